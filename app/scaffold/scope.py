"""What a request asks that no edit plan can do: a feature (``beyond-plans.txt``: a booking
calendar, a checkout) or something the site would do by itself or for its visitors
(``beyond-actions.txt``: signing up, uploading, paying; moving, playing, shimmering on hover).
Such a request is declined whatever the model wrote, and its content is never read into a plan.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from app import paths
from app.scaffold.coverage import typed_content
from app.scaffold.plan import NAMED_COLORS
from app.scaffold.site import norm_words


@functools.cache
def word_list(name: str) -> tuple[str, ...]:
    """The words and phrases of ``resources/prompts/NAME`` (one a line; "#" lines are comments)."""
    text = (paths.resources_dir() / "prompts" / name).read_text(encoding="utf-8")
    return tuple(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@functools.cache
def name_set(name: str) -> frozenset[str]:
    """The words and phrases of ``resources/prompts/NAME``, as ``site.norm_words`` writes them."""
    return frozenset(norm_words(w) for w in word_list(name))


def words_pattern(words: Sequence[str], extra: str = "") -> re.Pattern[str]:
    """Any of ``words`` as whole words (or ``extra``, a pattern of its own), ignoring case."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b" + (f"|{extra}" if extra else ""),
                      re.IGNORECASE)


@functools.cache
def look_words() -> re.Pattern[str]:
    """A colour, a font or a style's word (``theme-words.txt``, the named colours, a hex colour)."""
    return words_pattern([*word_list("theme-words.txt"), *NAMED_COLORS], r"#[0-9a-fA-F]{6}\b")


@functools.cache
def _beyond() -> re.Pattern[str]:
    return words_pattern(word_list("beyond-plans.txt"))


def asks_for_feature(request: str) -> bool:
    """Whether the request asks for something an edit plan cannot build (a booking calendar,
    a checkout): then no reading of its content stands in for a decline."""
    # the words a text is set to are the page's ("write on top of home: English menu OK! Card payment OK!")
    # nor the words of a quote typed to show ("“... First time I ever finished a book. ...” – a reader at HMP Garth")
    return bool(_beyond().search(_FOOD.sub(" ", _QUOTE_SHOWN.sub(" ", _LABELLED_TEXT.sub(r"\1", request))))) or asks_for_action(request)


_QUOTE_SHOWN = re.compile(r"[\"“][^\"“”\n]*?\s[^\"“”\n]*?\s[^\"“”\n]*?[\"”]")  # three words or more


# A feature's word in a dish's name: "we sell mango sticky rice" (not a sticky header).
_FOOD = re.compile(r"\bsticky\s+(?:rice|toffee|buns?|date|pudding|ribs|wings|chicken|pork|fingers)\b", re.IGNORECASE)


@functools.cache
def _patterns(name: str) -> re.Pattern[str]:
    """Any of the patterns of ``resources/prompts/NAME`` (regular expressions, one a line), from a word's start."""
    return re.compile(r"\b(?:" + "|".join(word_list(name)) + ")", re.IGNORECASE)


# Content typed beside the words (a quote, "Q:", a list or a text after a colon), a path or an
# API route, a text or a page set or removed: what a plan does, with such a word in it ("a heading Sign
# up today", "remove the /beta-signup page", "an endpoint /api/upload"; not "conditions from our API").
_TYPED_BESIDE = re.compile(r"[\"“‘]|(?:^|\s)'|\bQ:|:\s|(?<![\w.])/[a-z]|\b(?:api\s+(?:route|endpoint)|endpoint|route|heading|headline|"
                           r"title|titled|label|button|called|named|remove|delete|kill|drop|take off)\b", re.IGNORECASE)


# A word that opens the message before a colon, which types nothing: "Last: can you add live video stream ...".
_OPENING_WORD = re.compile(r"^\W*(?:last(?:ly)?|finally|also|ps|p\.s\.|one\s+more(?:\s+thing)?|oh|and|ok|okay)\s*:\s*",
                           re.IGNORECASE)


def types_beside(request: str) -> bool:
    """Whether the request types content or names a text beside its words (a quote, "Q:", a colon,
    a path, "heading", "called"): then a feature's word in it may be content."""
    request = _NAMED_PART.sub(r"\1", _OPENING_WORD.sub("", request))
    return bool(typed_content(request) or _TYPED_BESIDE.search(request))


# A part's name in quotes, which types no content: "Add a 'Memories' section where anyone ... can upload their own photos".
_NAMED_PART = re.compile(r"(?:\ban?\s+|\bthe\s+)[\"“‘']([^\"“”‘’'\n]{1,30})[\"”’']\s+(?=(?:section|part|area|tab|block|corner|wall)\b)",
                         re.IGNORECASE)


# Content, a path or an API, or a removal: "Q: do you take cards?", "a webhook at /api/webhooks/stripe",
# "i closed the online shop part, remove the gift cards page".
_CONTENT_SAID = re.compile(r"\bQ:|[\"“”]|\b(?:questions?|answers?|faqs?|api|endpoint|webhook|remove|delete|get rid of)\b"
                           r"|(?<![\w.])/[a-z]|\btake\s+(?:[\w'’-]+\s+){0,4}(?:off|out|down)\b", re.IGNORECASE)


def asks_to_take_money(request: str) -> bool:
    """Whether the request asks the site to take money or to keep a feed up by itself
    (``beyond-always.txt``), content typed beside it or not; not a request with "Q:", a quote,
    questions and answers (whose answer may say "we take cards"), a path or an API, or a removal."""
    # "Change main heading on home to: Your story, in two languages", "write on top of home: ... Card payment OK!"
    asked = _ACCEPTS.sub(" ", _LABELLED_TEXT.sub(r"\1", request))
    return bool(_patterns("beyond-always.txt").search(asked)) and not _CONTENT_SAID.search(request)


# A sentence that says how the business is paid, to show: "i take paypal only", "We accept cards and cash."
_ACCEPTS = re.compile(r"(?:^|(?<=[.!?]\s))\W*(?:i|we)\s+(?:only\s+)?(?:take|accept)\s+(?!(?:orders|bookings|payments?)\s+(?:on|through|via|online))"
                      r"[^.!?,]{1,40}?(?:\s+only)?\s*(?:[.!]|$)", re.IGNORECASE)


# The words a text is set to, after its label and a colon: what the page will say, not what the request asks.
_LABELLED_TEXT = re.compile(r"^([^:\n]{0,40}\b(?:write|say|says|reads?|heading|title|headline|tagline|text|banner|line|note)\b"
                            r"[^:\n]{0,30}?|[^:\n]{0,40}\b(?:change|set|make|update)\b[^:\n]{0,40}\bto)\s*:\s.*",
                            re.IGNORECASE | re.DOTALL)


def asks_for_action(request: str) -> bool:
    """Whether the request asks for something the site would do (``beyond-actions.txt``: visitors
    signing, uploading, paying; the page moving or playing by itself) and types no content, or
    asks it to take money (``asks_to_take_money``): it is declined whatever the model wrote."""
    found = _patterns("beyond-actions.txt").search(request)
    if found is not None and _HAPPENED.match(request, _clause_start(request, found.start())):
        found = None  # "..., we had a new lot sign up at the fair": why a figure changed, not a feature asked
    # the action's own words type no content ("updating every 5 min")
    return found is not None and not types_beside(request[:found.start()] + request[found.end():]) or asks_to_take_money(request)


# A clause that tells what happened, not what the site should do: "we had a new lot sign up", "because 40 signed up".
_HAPPENED = re.compile(r"\s*(?:and\s+|so\s+)?(?:(?:we|they|i)\s+(?:had|got|saw)|because|since|cos|coz)\b", re.IGNORECASE)


def _clause_start(request: str, at: int) -> int:
    """Where the clause that holds ``at`` begins: after the last comma or stop before it."""
    cut = max(request.rfind(mark, 0, at) for mark in ",.;!?")
    return cut + 1


# What a visitor would do on the site: "where people can book classes", "so that clients can pay", "lets parents
# sign up", "book online": asked of the site, not what the business does ("I do puppet and clay animation").
_VISITORS_DO = re.compile(r"\b(?:people|customers|clients|visitors|users|guests|parents|members|students|patients|fans|buyers|they|"
                          r"someone|anyone|you)\s+(?:can|could|will|would|should|to|be\s+able)\b|\b(?:where|so\s+that|lets?|allow\w*)\b"
                          r"|\b(?:book|pay|buy|order|sign\s+up|register|subscribe)\w*\s+online\b|\bonline\s+(?:booking|payment|shop|store|ordering)",
                          re.IGNORECASE)


def asks_visitors_to_act(request: str) -> bool:
    """Whether the request asks the site to let its visitors do something (book, pay, sign up), or to take money."""
    return bool(_VISITORS_DO.search(request)) or asks_to_take_money(request)

