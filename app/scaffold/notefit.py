"""A note the request gives for a page the site has, in the user's own sentences: "Add to home:
99% of rocks sent to us are not meteorites.", "Season note on the home page: queens available
October to March only", "We have eight bells ... Could you put that on the home page under a
heading 'Our Bells'?".

The model has no op for a paragraph on a page it did not just add; it wrote such requests as the
site's name, a theme or a decline. The note is the request's words, whole, as a text section.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from app.scaffold import prose
from app.scaffold.coverage import typed_content
from app.scaffold.plan import AddSection
from app.scaffold.scope import asks_for_feature
from app.scaffold.site import norm_words, slug

MAX_TEXT = 400
MIN_WORDS = 3
MAX_LEAD_WORDS = 14
SHORT_WHERE = 6
_PUT = re.compile(r"\b(?:put|add|place|state|say|says|write|include|show|mention|note|stick|pop)\b", re.IGNORECASE)
_POINTS_BACK = re.compile(r"\b(?:that|this|it|these|them|those)\b", re.IGNORECASE)
# A sentence that says what the next ones are: "Add a bit about us on the home page too. It's myself, ..."
_ANNOUNCES = re.compile(r"\b(?:a\s+(?:bit|little|few\s+words|line|paragraph|blurb|section)|something)\s+(?:\w+\s+)?about\b",
                        re.IGNORECASE)
# "under a heading 'When We Ring'"; "add a small part 'Our story': ..." (the part named by its quoted name)
_HEADING = re.compile(r"\b(?:heading|title|headline|called|titled|named|part|section|bit|box|block)\s+['\"“‘]([^'\"”’]{2,60})['\"”’]",
                      re.IGNORECASE)
_THANKS = re.compile(rf"\s*\b{prose.THANKING}\b[^.!?]*[.!?]*\s*$", re.IGNORECASE)
# A sentence that only answers the app ("Lovely.", "OK!", "Great, thanks."): not part of the note.
_ASIDE = re.compile(r"^\W*(?:\w+(?:\W+(?-i:[a-z])\w*)?)?\W*$")  # not "Closed Wednesday": a day named is content
# A sentence that answers the app: "Okay, that's fine.", "No worries then."
_REPLY = re.compile(r"^\W*(?:ok(?:ay)?|fine|alright|all\s+right|sure|no\s+worries|no\s+problem|got\s+it|understood|thanks?)\b"
                    r"[^.!?\d]{0,20}[.!?]*$", re.IGNORECASE)
# A "note" that is itself a request ("On treatments page: remove Shockwave Therapy, add ...").
_ASKS = re.compile(r"^(?:please\s+)?(?:remove|delete|add|change|replace|rename|make|move|put|take|swap|update)\b",
                   re.IGNORECASE)
_QUOTES = "'\"“”‘’"
# "Then on the Trees page please say orders are taken by email ...", "on the home page say eggs are collected
# fresh every morning": the place, then what to say there.
_ON_SAY = re.compile(r"^\W*(?:(?:then|and|also|ok|okay|so|now|oh|lastly|finally|fine|right|sure|(?:one\s+)?last\s+thing|one\s+more\s+thing)"
                     r"[,.:]?\s+)*(?P<where>(?:on|for)\s+(?:the\s+|my\s+|our\s+)?"
                     r"[\w'’&-]+(?:\s+[\w'’&-]+){0,4}?\s+page|on\s+(?:the\s+)?(?:home|homepage|front)"
                     r"|on\s+(?:the\s+)?[\w'’&-]+(?:\s+[\w'’&-]+){0,2}?(?=\s*,?\s*(?:please\s+|pls\s+)?say\s*:))\s*,?\s*"
                     r"(?:(?:please|pls|can\s+you|could\s+you|would\s+you|just)\s+)*(?:say|write|mention|state|explain|note|"
                     r"add(?=\s*:)|add(?=\s+that\s))\s*:?\s+(?:that\s+)?(?P<text>\S.*)$", re.IGNORECASE | re.DOTALL)
# "ok no problem, say register at the Renfrew Rec Centre front desk or on race day from 8am": what to say,
# with no place named, after an answer to the app (a decline, often): the home page's
_BARE_SAY = re.compile(r"^\W*(?:(?:ok|okay|fine|no problem|no worries|right|alright|sure|then|so|oh well|instead|well)[,.!]?\s+)*"
                       r"(?:(?:please|pls|can\s+you|could\s+you|just|instead)\s+)*(?:"
                       # "just write it out then: we meet at the fountain ...": the words after the colon
                       r"(?:say|write|put)\s+(?:it|this|that)(?:\s+(?:out|down|instead))?(?:\s+then)?\s*:\s*"
                       # "ok then put text: For appointments please call ..."
                       r"|(?:put|add|write)\s+(?:a\s+|this\s+|the\s+)?(?:text|line|note|sentence)\s*:\s*"
                       r"|(?:say|write)\s+(?:that\s+)?"
                       # "put that you register at the YMCA front desk": "that" and a clause, not "put that back"
                       r"|put\s+that\s+(?=(?:you|we|i|they|there|everyone|anyone|people|our|my|it'?s)\b)"
                       # "ok then just put Text Clarisse at 337-555-0148 to save your spot": a capital or a quote next
                       r"|(?P<put>put)\s+(?=[\"“‘']|(?-i:[A-Z])))(?P<text>\S.*)$",
                       re.IGNORECASE | re.DOTALL)
_SHOW_THIS = r"(?:please\s+|pls\s+)?(?:show|put|write|mention|say)\s+(?:that|this)"  # "please show that": what was said before
# "Kids under 10 walk free, put that on the tours page too", "gas safe reg 584213 put that on home page": the clause
# that says where, after the note.
_PUT_THAT = re.compile(r"(?:,\s*|\s+[-–—]\s*|(?<![.!?])(?<!\bto)(?<!\byou)(?<!\bwill)(?<!\bcan)\s+)"
                       r"(?=(?:and\s+)?(?:please\s+|pls\s+|can\s+you\s+|could\s+you\s+)?(?:put|add|stick|pop|include|write|show|mention)\s+"
                       r"(?:that|this|it)\s+(?:on|to|onto|in|near|at)\b"
                       # "adult nite thurs 8-11pm 18+ only $12 put on home": the place last, with no "that"
                       r"|(?:please\s+|pls\s+)?(?:put|add|stick|pop)\s+(?:on|onto)\s+(?:the\s+)?(?:home|front|main)(?:\s*page)?\W*$"
                       # "market is cancelled on 14 February because of the school gala, please show that": on the site
                       rf"|{_SHOW_THIS}(?:\s+on\s+the\s+(?:web\s*)?site)?\W*$)", re.IGNORECASE)
# A sentence that only asks for what was said before it, no place named: the home page's.
_SHOW_THAT = re.compile(rf"^\W*{_SHOW_THIS}"
                        r"(?:\s+on\s+the\s+(?:web\s*)?site|\s+(?:near|at|on)\s+(?:the\s+)?(?:very\s+)?top)?\W*$",
                        re.IGNORECASE)
# "ok fine. put on the trips page to book, text or call 07700 914 362": the verb, the place, then the note.
_PUT_ON = re.compile(r"^\W*(?:(?:then|and|also|ok|okay|fine|so|now|oh|right|(?:one\s+)?last\s+thing|one\s+more\s+thing|last|lastly|finally)[,.!:]?\s+)*(?:(?:please|pls|can\s+you|could\s+you|"
                     r"just)\s+)*(?:put|add|pop|stick|write)\s+(?:(?:this|the\s+following)\s+)?(?:on|onto|in|into)\s+(?P<where>(?:the\s+|my\s+|our\s+)?[\w'’&-]+"
                     r"(?:\s+[\w'’&-]+){0,4}?\s+page|(?:the\s+)?(?:home|homepage|front))"
                     # "put in home about my grandma who started the bakery: Since 1994, ..."
                     r"(?:\s+(?:something\s+|a\s+bit\s+|a\s+line\s+)?about\s+[^:\n]{1,60}?(?=:))?\s*[:,-]?\s*(?:that\s+)?(?P<text>\S.*)$",
                     re.IGNORECASE | re.DOTALL)
# "ok forget it. just say 'Wristbands $20 at the Visitor Centre' on the home page": the words in quotes, then the place.
_QUOTED_ON = re.compile(r"^\W*(?:(?:then|and|also|ok|okay|fine|so|now|oh|right)[,.!]?\s+)*(?:(?:please|pls|can\s+you|could\s+you|"
                        r"just)\s+)*(?:say|put|write|add|show|display)\s+(?:(?:a|an)\s+)?(?:(?:short|small|big|bold)\s+)?(?:(?:line|text|note|banner)\s+)?"
                        # "add line 'New problems every Thursday' at top", "add '...' big on the home page"
                        r"(?P<q>[\"“‘'])(?P<text>[^\"“”‘’]{3,}?)[\"”’']\s+(?:(?:big|large|bold)\s+)?(?:on|onto|to|at)\s+"
                        r"(?P<where>(?:the\s+|my\s+|our\s+)?[\w'’&-]+(?:\s+[\w'’&-]+){0,4}?\s+page|(?:the\s+)?(?:home|homepage|front)"
                        r"|(?:the\s+)?(?:very\s+)?top(?:\s+of\s+(?:the\s+)?(?:home\s*page|homepage|home|front\s+page))?)"
                        r"(?:\s+(?:please|pls|too|as\s+well))?(?=\W*$|\s*,\s*(?:i|we)(?:'ll|’ll|\s+will|\s+can)\b)",
                        re.IGNORECASE | re.DOTALL)
# "please write Fauré Requiem and change the ticket price to £10": a second request after the note
_ASKS_MORE = re.compile(r"\b(?:and|then|also|plus)\s+(?:please\s+)?(?:change|add|remove|delete|rename|make|move|put|take|"
                        r"update|replace|swap|drop)\b", re.IGNORECASE)
# A page, a part of one or the app's own words named: not a note said with no place.
_NAMES_A_PLACE = re.compile(r"\b(?:page|pg|menu|nav|navigation|footer|header|heading|headline|title|button|section|site|"
                            r"website|instead|colou?rs?|fonts?)\b", re.IGNORECASE)
_LEADING_INSTEAD = re.compile(r"^\W*(?:\w+[,.!]?\s+){0,3}?instead\b", re.IGNORECASE)  # a new offer, not "say X instead"
# A question to the app, not one the user's customers ask: "Can you ...?", "Could the ...?".
_UNDER_SAY = re.compile(r"^\W*(?:under(?:neath)?|below|beneath|after)\s+(?:(?:the|that|this|our)\s+)?(?P<what>[\w'’ -]{2,30}?)\s*,?\s*"
                        r"(?:please\s+|pls\s+|can\s+you\s+|could\s+you\s+|also\s+)*(?:explain|say|write|mention|add|note|put)"
                        r"(?:\s+(?:the\s+)?(?:text|line|note)|\s+this)?\s*:?\s+(?:that\s+)?"
                        r"(?P<text>\S.*)$", re.IGNORECASE | re.DOTALL)
_ASKS_APP = re.compile(r"^\W*(?:can|could|would|will|please|pls|is\s+it|are\s+you|do\s+you)\b", re.IGNORECASE)
MAX_ASIDE_WORDS = 4  # "Fine, no worries.": a sentence before the place that answers the app


def _text(words: str) -> str:
    words = _THANKS.sub("", words.strip()).strip()
    if len(words) > 2 and words[0] in _QUOTES and words[-1] in _QUOTES + ".":
        # the note in quotes: the quotes are not part of it, nor a full stop after them; its own full stop is
        words = (words[:-1] if words[-1] == "." else words).strip(_QUOTES).strip()
    return words[:1].upper() + words[1:]


# "... can you put that on the home page under a heading Areas I Cover": unquoted, to the end of what says where
_HEADING_LAST = re.compile(r"\bunder\s+(?:a|the)\s+(?:heading|title)\s+(?:of\s+|called\s+)?(?P<h>(?-i:[A-Z])[\w'’&-]*"
                           r"(?:\s+[\w'’&-]+){0,5})\s*[.!]?$", re.IGNORECASE)


def heading(said: str) -> str:
    """The heading the request names in quotes ("under a heading 'When We Ring'"), or last and capitalised
    ("under a heading Areas I Cover"), or ""."""
    found = _HEADING.search(said) or _HEADING_LAST.search(said.strip())
    return found.group(1).strip() if found else ""


# "And add a Halloween Special on the home page: Friday 30 and Saturday 31 October, ...", "Add a Rain Plan line on
# the home page: If it rains, ...": what the note is called, capitalised before the place and a colon.
_NAMED_ADD = re.compile(r"^\W*(?:(?:and|also|then|ok|okay|so|please|pls|can\s+you|could\s+you)[,.]?\s+)*add\s+(?:(?:a|an|the|our)\s+)?"
                        # "Add 'How to get there' on home: ..."
                        r"(?:['\"“‘](?P<quoted>[^'\"”’]{2,40})['\"”’]|(?P<name>(?-i:[A-Z])[\w'’&-]*(?:\s+(?-i:[A-Z])[\w'’&-]*){0,4}))"
                        r"(?:\s+(?:section|line|bit|part|note|"
                        r"paragraph|box|notice))?\s+(?:on|to)\s+(?:the\s+|my\s+|our\s+)?[\w'’ -]{0,25}?(?:page|home|homepage)\s*:\s*\S",
                        re.IGNORECASE)
# "add a section titled "Emergency?" with the text: Call 0803 555 2741 immediately. We see emergencies same day.":
# the text runs to the request's end.
_TEXT_AFTER = re.compile(r"\b(?:with\s+)?(?:the\s+)?(?:text|wording|words)\s*:\s*(?P<text>\S.*)$", re.IGNORECASE | re.DOTALL)


# What a note is called, said after "add" and before its colon, in a few small words: "add dress code: ...".
_LABEL_LEAD = re.compile(r"^\W*(?:(?:please|pls|and|also|ok|okay)[,.]?\s+)*add\s+(?:a\s+|an\s+|the\s+|our\s+|my\s+)?"
                         r"(?P<label>(?-i:[a-z])[\w'’-]*(?:\s+(?-i:[a-z])[\w'’-]*){0,2}?)"
                         # "add a dress code for the gala dinner: ...": what it is for, said after its name
                         r"(?P<for>\s+for\s+(?:the\s+|our\s+)?[\w'’ -]{2,30}?)?(?:\s+(?:please|pls))?\s*$", re.IGNORECASE)
# Words after a note's name that say what kind of thing it is ("add a prices section:", "service area text:").
_KIND_WORDS = re.compile(r"(?:\s+with\s+(?:the\s+)?prices?|\s+(?:section|text|line|bit|part|info|information|details))+$", re.IGNORECASE)
MAX_LABEL_WORDS = 2


def _label(lead: str) -> str:
    """What the note is called, capitalised ("Dress code", "Access" of "add access information"); "" where the lead
    names no such thing in a few words, or asks for a feature ("add an interactive live demo: ...")."""
    found = _LABEL_LEAD.match(lead)
    if found is None:
        return ""
    label = _KIND_WORDS.sub("", found.group("label"))
    if not label or len(label.split()) > MAX_LABEL_WORDS or asks_for_feature(lead) or re.match(r"(?:new|another)\b", label):
        return ""  # "Add new service: ..." is an entry of a list, not a note
    label += found.group("for") or ""
    return label[:1].upper() + label[1:]


# A note asked for with no page named, before its colon: "add note: no presents please ...", "add: no gifts please!", "add a banner at top:
# Launching 1 February 2027": the home page's.
# ("Fine - instead put a line", "Add Instagram text", "add a note about gifts": the note's own name or subject beside it)
_NOTE_LEAD = re.compile(r"^\W*(?:(?:please|pls|can\s+you|could\s+you|and|also|ok|okay|fine|then|so|no\s+worries|instead|just)"
                        r"\s*(?:[,.!]|\s[-–—])?\s+)*(?:(?:add|put|write)\s+(?:a\s+|an\s+|the\s+)?"
                        r"(?:short\s+|small\s+|little\s+)?(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[a-z])[\w'’-]*)?\s+)?"  # "a Dress code line"
                        r"(?:note|line|banner|notice|announcement|message|text|sentence|paragraph)"
                        r"(?:\s+(?:about|for)\s+[\w'’ -]{1,30}?)?(?:\s+(?:at|on)\s+(?:the\s+)?top)?|(?:write|say|add)(?:\s+instead)?)(?:\s+(?:please|pls))?\s*$",
                        re.IGNORECASE)


# A line asked for and said in the same breath, no colon: "add a line that instead of gifts we ask for donations to ...",
# "add we are fully insured and use pure water pole system".
_ADD_THAT = re.compile(r"^\W*(?:(?:please|pls|also|and)\s+)*(?:add|put|write)\s+(?:(?:a|an)\s+(?:short\s+|small\s+)?(?:line|note|sentence)\s+"
                       # "add that i only do west fargo and south fargo ..."
                       r"(?:that|saying|to\s+say)\s+|that\s+(?=(?:i|i'm|my|our|they|it'?s)\s)|(?:that\s+)?(?=(?:we|we're|we\s+are)\s))"
                       r"(?P<text>[^:\n]{8,300})$",
                       re.IGNORECASE)


def named_note(request: str) -> str:
    """What the note a request adds is called, said before its place and a colon (``_NAMED_ADD``); ""."""
    found = _NAMED_ADD.match(request)
    return (found.group("quoted") or found.group("name")) if found else ""


def text_after(request: str) -> str:
    """The words a request types after "with the text:", to its end, less thanks; ""."""
    found = _TEXT_AFTER.search(request)
    return _text(found.group("text")) if found else ""


def after_named_section(request: str, heading: str) -> str:
    """What a request types after the colon that follows the section it names ("add a small section 'Lei
    etiquette' on home: never refuse a lei, ..., don't throw it away - return it to nature"); ""."""
    lead, colon, rest = request.partition(":")
    named = bool(heading) and norm_words(heading) in norm_words(lead) and re.search(r"\b(?:section|part|bit|box)\b", lead, re.I)
    if colon and named and ":" not in rest:
        return rest.strip()
    # "add a section on the front page called Cabin History. My father Olaf Haugen built ...": after its name's full stop
    called = re.search(rf"\b(?:called|named|titled)\s+['\"“‘]?{re.escape(heading)}['\"”’]?\s*[.:]\s+(?P<rest>\S.*)$",
                       request, re.IGNORECASE | re.DOTALL) if heading else None
    return called.group("rest").strip() if called and ":" not in called.group("rest") else ""


# A text quoted whole at the request's end: "... please add 'Dress code: garden formal. ...'".
_QUOTED_LAST = re.compile(r"(?:^|(?<=\s))['\"“‘](?P<q>(?:[^'\"“”‘’]|(?<=\w)['’](?=\w)){3,400}?)['\"”’]\s*[.!]?\s*$")  # one quote


def note(request: str, names_place: Callable[[str], bool], colon_only: bool = False) -> tuple[str, str] | None:
    """The (heading, text) of the note the request gives the place it names (``names_place``: the
    home page or a page the site has); None when it gives none, or more than one section holds.
    ``colon_only``: only a note after a colon that follows the place ("Add to home: ...")."""
    lead, colon, rest = request.partition(":")
    said_there = _said_on(request, names_place)
    quoted = _QUOTED_LAST.search(request)
    if quoted and ":" in quoted.group("q") and names_place(request[:quoted.start()]) \
            and not re.search(r"[\"“”‘]|(?<!\w)'|'(?!\w)", request[:quoted.start()]):  # the one quote of the request
        # "On the home page, please add 'Dress code: garden formal. Please wear ...'": the colon is the quote's own
        title, text = "", _text(quoted.group("q"))
    elif said_there:
        title, text = "", _text(said_there)
    elif (under := _UNDER_SAY.match(request)) is not None and names_place(request[:under.end("what")]):
        title, text = "", _text(under.group("text"))  # "Underneath the list, please explain that our adoption fee is ..."
    elif quoted and not colon and _NOTE_LEAD.match(request[:quoted.start()]):
        title, text = "", _text(quoted.group("q"))  # "add text on top 'Only a few weeks until the big day!'"
    elif not colon and not quoted and (that := _ADD_THAT.match(request)) is not None and names_place("on the home page"):
        title, text = "", _text(that.group("text"))  # "add a line that instead of gifts we ask ...", "add we are fully insured ..."
    elif colon and (names_place(lead) or _NOTE_LEAD.match(lead)) and len(lead.split()) <= MAX_LEAD_WORDS:
        # "Add to home: 99% of rocks sent to us ...", "Add a Rain Plan line on the home page: If it rains, ..."
        title, text = heading(lead) or named_note(request), _text(rest)
    elif colon and not colon_only and (label := _label(lead)):
        # "add dress code: traditional please, ladies in nauvari if possible": home's, under what it is called
        title, text = label, _text(rest)
    elif colon_only:
        return None
    else:
        said = prose.sentences(_PUT_THAT.sub(". ", request))
        # "Please put that on the home page ...", "Put on home page.": a sentence that only says where
        where = [s for s in said if (names_place(s) and _PUT.search(s) and ":" not in s
                                     and (_POINTS_BACK.search(s) or len(s.split()) <= SHORT_WHERE or _ANNOUNCES.search(s))
                                     or _SHOW_THAT.match(s) and names_place("on the home page"))]
        if len(where) != 1 or len(said) < 2:
            return None
        # "Practice night is Thursday 7.30pm. Please put that on the home page under a heading 'When We Ring'."
        kept = [s for s in said if s is not where[0] and not _ASIDE.match(s) and not _REPLY.match(s) and not s.endswith("?")]
        title, text = heading(where[0]), _text(" ".join(kept))
    if len(norm_words(text).split()) < MIN_WORDS or len(text) > MAX_TEXT or _ASKS.match(text):
        return None
    return title, text


def quoted_on(request: str, names_place: Callable[[str], bool]) -> bool:
    """Whether the request types its note in quotes and then the place ("just write 'No pork, no lard' on home"):
    then the note is that, whatever the words around it (a question customers ask, a review)."""
    return any((found := _QUOTED_ON.match(s)) is not None and names_place("on " + _home_if_top(found.group("where")))
               for s in prose.sentences(request))


def _home_if_top(where: str) -> str:
    """The place a note goes: "top" (of the home page) is the home page's."""
    return "the home page" if re.match(r"(?:the\s+)?(?:very\s+)?top\b", where, re.IGNORECASE) else where


_WHERE_COLON = re.compile(r"^(?:under(?:neath)?|below|beneath)\s+[^:.!?]{2,40}:\s*(?=\S)", re.IGNORECASE)


def _said_on(request: str, names_place: Callable[[str], bool]) -> str:
    """What the request asks to say on the place it names first ("on the home page say ..."), to its
    end, after nothing but a short answer to the app; ""."""
    said = prose.sentences(request)
    while len(said) > 1 and _ASIDE.match(said[0]):
        said = said[1:]  # "No worries! Instead just say to email ...": the answer to the app is no part of it
    bare = _BARE_SAY.match(said[0]) if len(said) == 1 else None
    if bare and not _ASKS_MORE.search(bare.group("text")) and not _NAMES_A_PLACE.search(_LEADING_INSTEAD.sub("", said[0])):
        text = _WHERE_COLON.sub("", bare.group("text"))  # "write under the shop list: To order, ...": what follows the colon
        return _put(text) if bare.group("put") else text
    for i, sentence in enumerate(said):
        found = _ON_SAY.match(sentence) or _PUT_ON.match(sentence) or _QUOTED_ON.match(sentence)
        # the place as said after "on" ("... on home": the home page)
        # "on race info say: ...": a page said by its name alone
        where = found.group("where") if found else ""
        where = where if not where or re.search(r"\b(?:page|home|homepage|front|top)$", where, re.IGNORECASE) else f"{where} page"
        if found and names_place("on " + _home_if_top(where)) and not _ASKS_MORE.search(found.group("text")):
            after = said[i + 1:]
            # before a note typed in quotes, what the user says of it is no more asked of the app ("people ask got halal
            # cert? no la. just write 'No pork, no lard' on home"), unless it asks something itself
            before = [s for s in said[:i] if not (found.re is _QUOTED_ON and not _ASKS.match(s) and not _ASKS_APP.match(s)
                                                  and (not prose.asks_app(s) or s.endswith("?")))]
            if any(len(s.split()) > MAX_ASIDE_WORDS for s in before) or any(
                    s.endswith("?") or _ASKS.match(re.sub(r"^(?:also|and|then|oh|ok)\W+", "", s, flags=re.IGNORECASE))
                    for s in after):
                return ""  # more said to the app than this note
            return " ".join([found.group("text"), *after])
    return ""


# Where on the page a note is put, after it: "... right under the phone number", "... at the top".
_BESIDE = re.compile(r"^(?:right\s+|just\s+)?(?:under(?:neath)?|below|beneath|above|next\s+to|beside|after|at\s+the\s+(?:top|bottom))\b",
                     re.IGNORECASE)
# ... or on the home page, said so ("put 'call or text Darlene at 830-555-0147 to order' on the front")
_ON_FRONT = re.compile(r"^(?:on|onto|to)\s+(?:the\s+)?(?:front|home)(?:\s*page)?$", re.IGNORECASE)
_QUOTED_NOTE = re.compile(r"^[\"“‘'](?P<note>[^\"“”‘’]{3,}?)[\"”’'](?=[\s.!,]|$)(?P<rest>.*)$", re.DOTALL)


def _put(text: str) -> str:
    """The note "put ..." gives with no place named: in quotes, the quoted words, where all that follows says
    where on the page ("Put "Call or text to book" right under the phone number"); else words that type
    content ("put Text Clarisse at 337-555-0148 to save your spot"); "" for "put Mia before Sam"."""
    quoted = _QUOTED_NOTE.match(text)
    if quoted is not None:
        rest = quoted.group("rest").strip(" .!")
        return quoted.group("note") if not rest or _BESIDE.match(rest) or _ON_FRONT.match(rest) else ""
    return text if typed_content(text) else ""


_PLACE = re.compile(r"\b(?:page|pages|home|homepage|footer|menu|site|website)\b", re.IGNORECASE)
# What announces the user's telling of themselves: "a bit about us", "here's our story", "who we are".
_ABOUT_US = re.compile(r"\babout\s+(?:us|me|myself|ourselves|the\s+(?:club|team|business|shop|cafe|café|farm|company|family))\b"
                       r"|\b(?:our|my)\s+(?:story|history|background)\b|\bwho\s+(?:we\s+are|i\s+am)\b", re.IGNORECASE)
_TELLS = re.compile(r"\b(?:we|we're|we've|i|i'm|i've|my|our|us|it's)\b", re.IGNORECASE)


def says_under(request: str) -> bool:
    """Whether the request asks for words under something the site shows ("Underneath the list, please explain that ...")."""
    return _UNDER_SAY.match(request) is not None


def announces_telling(request: str) -> bool:
    """Whether the request announces the user telling of themselves ("a bit about us", "our story")."""
    return bool(_ABOUT_US.search(request))


def puts_that(request: str) -> bool:
    """Whether the request says a note and then where it goes ("..., put that near the top", "..., write this on home page")."""
    return _PUT_THAT.search(request) is not None


def told_at(text: str, request: str) -> int:
    """Where the request holds ``text`` (a note read from it, its first letter capitalised); -1 if not."""
    return request.casefold().find(text[1:40].casefold()) - 1 if len(text) > 10 else -1


def told(text: str, request: str) -> bool:
    """Whether ``text`` is what the user tells of themselves after asking for it ("Add a bit about us on
    the home page too. It's myself, Bridie Fahy, ...", "here's our story: My grandparents ..."): it
    follows words that announce it, tells in the first person, and no sentence of it asks the app or
    says where ("Put on Contact.")."""
    at = told_at(text, request)
    if at == 0 and puts_that(request):
        return True  # "everything is veggie, vegan options on request - put that near the top": the note, then where it goes
    if at < 0 or not announces_telling(request[:at]) or not _TELLS.search(text):
        return False
    return not any(_ASKS.match(re.sub(r"^\W*(?:and|also|then|oh|ok)\W+", "", s, flags=re.IGNORECASE))
                   or (_PUT.search(s) and _PLACE.search(s)) for s in prose.sentences(text))


# A correction or a change said in so many words: "A correction: the fee is now £275", "The 18th is changing to
# Sausage and mash", "membership went up this year, it's $30 now not $25".
_CORRECTS = re.compile(r"\b(?:correction|correct|mistake|chang(?:ing|ed)\s+to|(?:is|are)\s+now|now\s+(?:costs?|is|are)|"
                       r"renamed|mov(?:ed|ing)\s+to|revised|(?:went|gone|going)\s+up|not\s+[$£€]?\d)\b", re.IGNORECASE)
MIN_ECHO_SHARE = 0.6


def echoes_a_correction(ops: list[Any], request: str) -> bool:
    """Whether ``ops`` are one text section of the request's own words, most of them, where the request
    corrects or changes something the site shows: the correction put down as a paragraph beside the old
    words (8 of 9 such turns in the recorded user sets failed their checks), not made."""
    if len(ops) != 1 or not isinstance(ops[0], AddSection) or ops[0].kind != "text" or not _CORRECTS.search(request) \
            or re.search(r"[\"“][^\"”]*(?:\s+[^\s\"”]+){5}", request):  # a note quoted whole is content of its own
        return False
    said, asked = norm_words(f"{ops[0].heading} {ops[0].text}").split(), norm_words(request).split()
    return set(said) <= set(asked) and len(said) >= MIN_ECHO_SHARE * len(asked)


_UNDER = re.compile(r"\b(?:under(?:neath)?|below|beneath|next\s+to|beside|after)\s+(?:(?:each|every|all)\s+)?(?:the\s+|our\s+|my\s+)?"
                    r"(?P<what>[\w'’ -]{2,40}?)(?=\s*(?:then|please|pls|thanks)?\W*$|\s*:|\s*,?\s*(?:please|pls|could\s+you|can\s+you)\b"
                    r"|\s*,?\s*(?:also\s+)?(?:say|explain|write|mention|note)\b)",  # "under the prices also say I travel ..."
                    re.IGNORECASE)  # "under each concert: ...", "Underneath the list, please explain that ..."


def page_under(request: str, routes: Sequence[str], listed: str = "") -> str | None:
    """The page whose name the note is put under, said last without "page" ("... under the guitars"), or ``listed``,
    the one page with a list, for "underneath the list"."""
    found = _UNDER.search(request)
    if found is not None and listed and found.group("what").casefold() in ("list", "the list", "list of them"):
        return listed
    what = found.group("what") if found is not None else ""
    # "under the shop list": the Shop page's list
    bare = "/" + slug(re.sub(r"\s+(?:list|section|part|bit|items|products)$", "", what, flags=re.IGNORECASE)) if what else ""
    route = "/" + slug(what) if what else ""
    return next((r for r in (route, route + "s", bare) if found is not None and r in routes and r != "/"), None)


# A sentence of a text that tells the app to take something away: "Remove Eko Hotel.", "..., remove it from Events".
_REMOVAL_ASKED = re.compile(r"(?:^|[.!?]\s+|,\s*(?:and\s+|so\s+)?)(?:please\s+|pls\s+)?(?:remove|delete|get\s+rid\s+of|take\s+(?:it|that|them)\s+off)"
                            r"\b(?!\s+(?:your|their|all\s+your)\b)", re.IGNORECASE)  # not "Please remove your shoes at the door."


def asks_removal(text: str) -> bool:
    """Whether a text the plan would show holds a removal asked of the app: the request put down whole, not content
    ("From January adults fee is KES 2,000 per year. Also the Simul of 7 Dec is cancelled, remove it from Events.")."""
    return _REMOVAL_ASKED.search(text) is not None



# Content typed under a label of its own: "dress code: formal, please avoid wearing lavender thats for the court".
# "Add a Dress code line on the home page: ...", "Add a Dress code note on the home page: ...": the label asked for.
_LABELLED = re.compile(r"^\W*(?:(?i:add|put|write)\s+(?:(?i:a|an|the|our)\s+)?)?(?P<label>(?-i:[A-Za-z])[\w'’-]*(?:\s+[\w'’-]+){0,2}?"
                       r"(?:\s+(?i:for)\s+(?:(?i:the|our)\s+)?[\w'’ -]{2,30}?)?)"  # "Dress code for the launch party: ..."
                       r"(?:\s+(?i:line|note|bit|part|section))?(?:\s+(?i:on|to)\s+(?i:the\s+)?(?i:home\s*page|homepage|home|front\s+page))?"
                       r"\s*:\s*(?P<text>\S.{2,398})$", re.DOTALL)


def labelled(request: str) -> AddSection | None:
    """The home page's note for content typed under a label, where the model read its colours as a theme nobody asked
    for; None where the label is a look's own ("colours: ...") or the request is no label and content."""
    found = _LABELLED.match(request.strip())
    if found is None or _LOOK_LABEL.search(found.group("label")):
        return None
    label, text = found.group("label").strip(), found.group("text").strip()
    text = re.sub(r"\s*\((?:[^()]*\s)?(?:home|homepage|front\s+page)\)\s*$", "", text, flags=re.IGNORECASE)  # "(put on home)": said to the app
    try:
        return AddSection(op="add_section", route="/", kind="text", heading=label[:1].upper() + label[1:],
                          text=text[:1].upper() + text[1:])
    except ValueError:
        return None


_LOOK_LABEL = re.compile(r"\b(?:colou?rs?|theme|fonts?|style|look|vibe|background|palette|design)\b", re.IGNORECASE)


# Content added under its label: "add dress code: Formal attire, please avoid wearing pink" (the pink is the guests').
# "on the home page add dress code: Formal — please no pink", "dress code section: Mehndi - wear green or yellow"
_LABELLED_CONTENT = re.compile(r"^\W*(?:on\s+(?:the\s+)?[\w'’ -]{1,25}?\s+page,?\s+)?(?:(?:please|pls|ok|okay|and|also)\s+)*"
                               r"(?:(?:add|put|write)\s+(?:a\s+|the\s+|our\s+)?(?P<label>[\w'’ -]{1,30}?)"
                               r"|(?P<part>[\w'’ -]{1,30}?\s(?:section|part|list|box))"
                               # "dress code: something red ❤️ (it's ruby!)": a label alone, before words that wish for no look
                               r"|(?!(?:the\s+)?(?:design|colou?rs?|theme|style|look|fonts?)\b)(?P<bare>(?-i:[A-Za-z])[\w'’ -]{1,24}?)"
                               r"(?=\s*:(?!.*\b(?:colou?rs?|fonts?|design|theme|style|feel|look|vibe|background|accents?)\b)))"
                               r"\s*:\s*\S.*$", re.IGNORECASE | re.DOTALL)


# What guests wear: its colours are the content's ("dress code: bright colours, no black or white please").
_WORN = re.compile(r"\bdress\s*-?\s*code\b|\battire\b|\bwhat\s+to\s+wear\b", re.IGNORECASE)
# ... unless the site's own look is asked for beside it ("Change the colours to gold and emerald like the dress code").
_SITE_LOOK = re.compile(r"\b(?:change|make|set|use|switch|update)\b[^.!?]{0,30}\b(?:colou?rs?|theme|fonts?|background)\b", re.IGNORECASE)


def without_labelled_content(request: str) -> str:
    """``request`` without the content it adds under a label, whose colours are no look asked for."""
    if _WORN.search(request) and not _SITE_LOOK.search(request):
        return ""
    found = _LABELLED_CONTENT.match(request)
    return request[:found.end(next(g for g in ("label", "part", "bare") if found.group(g)))] if found else request


# A note that opens by asking the app in the first person: "I want to upload my photos from my computer here in chat."
_TO_THE_APP_FIRST = re.compile(r"^\W*(?:i|we)\s+(?:want|would\s+like|need|'d\s+like)\s+to\s+(?:upload|send|import|attach|connect|link)\b",
                               re.IGNORECASE)


def asks_app_first(text: str) -> bool:
    """Whether a note's words open by asking the app for something it would do, not content for a page."""
    return _TO_THE_APP_FIRST.match(text) is not None
