"""Content typed for one page, read whole from the request's own words: "Services: Basic tune-up
$65. Timing adjustment $90.", "For the ponies page: Pickle - 29 inches, ...", "add a prices page.
100 x 12 inch £695. 300 x 12 inch £1,240.", "About: I'm Ji-woo Park. I learned from ...".

Such a request says where (a page the site has, or a page it names) and then gives only content.
The model copied it piecemeal: of 41 such turns in three user sets, 27 lost part of it (a list cut
short, a price split from its name, prose declined or put in the site's name). Here the content
is the request's words, so it is exact by construction: a numbered list, questions and answers,
quotes and their authors, or a typed list become items; every sentence the items do not hold
becomes a text on the same page, in order; prose is a text, whole. Nothing typed is left out, or
the request is not read here.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any, NamedTuple

from pydantic import ValidationError

from app.scaffold import entries, pagelist, prose
from app.scaffold.contentfit import FAQ_WORDS, REVIEW_WORDS, TEAM_WORDS
from app.scaffold.coverage import typed_content, unused_content
from app.scaffold.listfit import pieces as split_entries
from app.scaffold.plan import AddItems, AddPage, AddSection, Entry, Plan
from app.scaffold.scope import asks_for_feature, word_list
from app.scaffold.site import Site, norm_words, slug

# What may follow a new page's name before its content: "too", "with these prices", then ":" or ".".
_NEW_END = (r"\s*(?:too\s+|as well\s+)?(?:(?:with|listing|showing|saying|that says)\b(?:\s+(?-i:[a-z0-9])[\w'’]*){0,8})?"
            r"\s*(?::|[.!](?=\s)|\s[-–—]\s)\s*")
# A page's name after "called": in quotes (then a few words about it may follow), or as typed.
_CALLED = (r"(?:['\"“‘](?P<quoted>[^'\"”’]{1,40})['\"”’](?:\s+[a-z][\w'’]*){0,4}"
           r"|(?P<called>[A-Za-z][\w'’&]*(?:\s+(?!(?:with|listing|showing|saying|that)\b)[A-Za-z0-9&][\w'’&]*){0,4}?))")
_NAME = r"[A-Za-z][\w'’&]*(?:[ \t]+(?!page\b)[A-Za-z][\w'’&]*){0,3}"
_OPEN = (r"(?:(?:ok|okay|right|now|next|also|and|lastly|finally|then|oh|so)[,.]?\s+){0,2}"
         r"(?:(?:please|pls|can you|could you|would you)\s+)?(?:please\s+)?")
# "On How It Works: ...", "For the ponies page: ...", "Add to the Trials page - ...".
_ON = re.compile(rf"\s*{_OPEN}(?:(?:add|put)\s+(?:(?!(?:to|on|onto|in)\b)[\w'’]+\s+){{0,4}}?)?(?:to|on|onto|for|in)\s+"
                 rf"(?:the\s+|my\s+|our\s+)?(?P<name>{_NAME})(?P<page>\s+page)?\s*(?::|\s[-–—]\s)\s*", re.IGNORECASE)
# "Services: ...", "rules page: ...", "join page - membership £120 ...".
_BARE = re.compile(rf"\s*{_OPEN}(?:an?\s+)?(?P<own>the\s+|my\s+|our\s+)?(?P<name>{_NAME})(?:(?P<page>\s+page)(?:\s+with\b"
                   r"(?:\s+(?-i:[a-z])[\w'’]*){0,5})?\s*(?::|\.(?=\s)|\s[-–—]\s)|\s*(?::|\s[-–—]\s))\s*",
                   re.IGNORECASE)
# "add a prices page. ...", "Add a Visit page: ...", "Create a Commissions page with these prices: ...".
_NEW = re.compile(rf"\s*{_OPEN}(?:add|create|make|build|start|set up|put up|put)\s+(?:me\s+|us\s+)?(?:(?:a|an|the)\s+)?"
                  rf"(?:new\s+)?(?:(?P<name>{_NAME})(?P<page>\s+page)|page\s+(?:called|named|titled|for)\s+" + _CALLED + ")" + _NEW_END, re.IGNORECASE)
# "Also a page for Advice with the following. ...", "A page called Visit: ...".
_PAGE_FOR = re.compile(rf"\s*{_OPEN}(?:a|an)\s+(?:new\s+)?page\s+(?:called|named|titled|for)\s+" + _CALLED + _NEW_END, re.IGNORECASE)
# "put a line on the shop page saying ...", "add a note to the Prices page: '...'", "add a line under the
# classes that says '...'": a text for a page, after what introduces it.
_LINE = re.compile(rf"\s*{_OPEN}(?:then\s+)?(?:(?:just|also)\s+)?(?:add|put|write|stick|pop)\s+(?:a|an|this|one)\s+"
                   r"(?:short\s+|little\s+|small\s+|big\s+)?(?:line|note|bit|sentence|paragraph|message)\s+"
                   rf"(?:on|to|onto|in|under|below|at the (?:top|bottom) of)\s+(?:the\s+|my\s+|our\s+)?(?P<name>{_NAME})"
                   r"(?P<page>\s+page)?\s*(?:(?:saying|that says|which says|to say|reading)\s*:?|:|\s[-–—]\s)\s*",
                   re.IGNORECASE)
# "Add Wholesale to the nav going to a new Wholesale page: ...": a new page named just before the colon.
_NEW_BEFORE_COLON = re.compile(rf"(?P<ask>[^:.!?]{{0,80}}?)\b(?:a|an)\s+new\s+(?P<name>{_NAME})(?P<page>\s+page)\s*:\s*",
                               re.IGNORECASE)
# "Now our show classes, perhaps on their own page called Classes: ...".
_CALLED_BEFORE_COLON = re.compile(rf"(?P<ask>(?:(?!section\b)[^:.!?]){{0,80}}?)\bpage\s+(?:called|named|titled)\s+{_CALLED}\s*:\s*",
                                  re.IGNORECASE)
_LEADS = (_NEW, _PAGE_FOR, _LINE, _ON, _BARE, _NEW_BEFORE_COLON, _CALLED_BEFORE_COLON)
# A short aside before the lead ends at a sentence's end: "Gotcha. Then add a line ...".
_ASIDE_END = re.compile(r"[.!?]\s+(?:(?:then|instead|so|ok|okay)[,]?\s+)*")
MAX_ASIDE, MAX_ASIDE_WORDS = 60, 6
_SAYS = re.compile(r"\b(?:(?:that|which|it)\s+says|saying|to say)\b", re.IGNORECASE)
_HOME = frozenset(("home", "homepage", "home page", "front page", "front", "main page", "landing page"))
# A body that is itself a request, or a report of a wrong result, is not content.
_ASKS = re.compile(r"^(?:please\s+)?(?:remove|delete|add|change|replace|rename|make|move|put|take|swap|update|"
                   r"link|use|set|get rid|drop|hide|show|edit|give|turn|switch|(?:name|call)\s+(?:it|the|this|them))\b", re.IGNORECASE)
_RETRY = re.compile(r"\b(?:missing|still|isn'?t there|wasn'?t|not there|not showing|wrong|should be|didn'?t|"
                    r"don'?t see|instead)\b", re.IGNORECASE)
# A sentence of the body that speaks to the app, not to the site's visitors.
_TO_THE_APP = re.compile(r"\b(?:nav|navigation|menu bar|navbar|footer|header|colou?rs?|fonts?|web\s*site|"
                         r"pages?|section|heading|headline|sub-?heading|subtitle|tagline|hero|banner|"
                         r"button|logo|title|url|path|route|link|please|pls|"
                         r"thanks|thank you)\b|(?<![\w.])/[a-z]|->|→", re.IGNORECASE)
# Words that open a request or point at a page, never a page's name ("Remove the pricing page - ...").
_NOT_A_NAME = re.compile(r"^(?:a|an|the|new|now|ok|okay|so|then|also|just|here|there|this|that|each|every|one|other|same|could|can|would|will|please|pls|i|we|you|remove|delete|add|change|replace|rename|make|"
                         r"move|put|take|swap|update|link|use|set|get|drop|hide|show|edit)\b", re.IGNORECASE)
_NUMBERED = re.compile(r"(?:^|(?<=\s))(\d{1,2})[.)]\s+(?=[A-Za-z'\"“‘(£$€])")
# What opens a list inside its sentence ("Membership prices: ..."): the list's heading.
_LIST_LEAD = re.compile(r"^([A-Za-z][^:.!?]{1,40}?):\s")
# Words that join a list's entries and are not part of any ("pasta, rice and soap").
_JOINS = frozenset("and or plus also the a an q question answer".split())
MAX_TEXTS = 3
MIN_WORDS = 3
LIST_SHARE = 0.8  # a list stands when it holds this share of the words of each sentence it was read from


class Where(NamedTuple):
    route: str
    title: str  # the new page's title; "" for a page the site has
    body: str  # the content
    lead: str  # what says where it goes ("Services page: ", "Put them on an About page.")


@functools.cache
def _names(data: str) -> frozenset[str]:
    return frozenset(norm_words(w) for w in word_list(data))


def _target(name: str, explicit: bool, owned: bool, site: Site | None) -> tuple[str, str] | None:
    """The (route, title) of the page ``name`` names: home, a page the site has (title ""), or a
    new page when the request says "page" (``explicit``) or the name is a page's of a small site
    and not "our ..." (``owned``); None when it names none of these."""
    # "Classes on the home page", "a testimonial for the About page": the page is the last name
    name = re.split(r"(?:^|\s+)(?:on|to|for|in|onto)\s+(?:the\s+|my\s+|our\s+)?", name.strip(), flags=re.IGNORECASE)[-1]
    name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.IGNORECASE)  # "Our Work" is a name
    said = norm_words(name)
    if not said or _NOT_A_NAME.match(said):
        return None
    if said in _HOME:
        return "/", ""
    pages = list(site.pages) if site is not None else []
    for page in pages:
        if page.route != "/" and said in (norm_words(page.route.rsplit("/", 1)[-1]), norm_words(page.title)):
            return page.route, ""
    route = "/" + slug(name)
    # "Our tours: ..." with no Tours page is the site's content, not a page of it
    if route != "/" and (explicit or said in _names("page-names.txt") and not owned):
        return route, pagelist.as_title(name)
    return ("/", "") if said in _names("home-names.txt") else None


def _where(request: str, site: Site | None) -> Where | None:
    """The page a request's lead names (one the site has, or a new one it names as a page), and
    the content after the lead; None when the request opens with no such lead."""
    # the lead opens the request, or follows a short aside ("ok no worries. instead put a line on ...")
    starts = [0] + [m.end() for m in _ASIDE_END.finditer(request[:MAX_ASIDE])
                    if len(request[:m.end()].split()) <= MAX_ASIDE_WORDS and not re.search(r"\d", request[:m.end()])]
    found = ((pattern.match(request, at), at) for at in starts for pattern in _LEADS)
    for m, at in found:
        if m is None:
            continue
        got = m.groupdict()
        name = (got.get("quoted") or got.get("called") or got.get("name") or "").strip()
        if _TO_THE_APP.search(name):
            return None  # "headline on home: ...", "title for the home page: ...": a text it names, not a page
        target = _target(name, bool(got.get("page") or got.get("called") or got.get("quoted")), bool(got.get("own")),
                         site)
        lead = request[:m.end()]
        asked = lead[at:].replace(got.get("quoted") or "\0", "")  # the page's name in quotes is no content
        if target is None or typed_content(asked) or re.search(r"\d\s*[-–]\s*\d|[$£€@]", asked):
            return None  # a lead that holds content (a time, a price) would drop it
        return Where(target[0], target[1], request[m.end():].strip(), lead)
    return None


# What introduces the content itself ("Text: ...", "here is the text: ...").
_TEXT_LEAD = re.compile(r"^(?:here(?:'s| is) the text|the text is|text|with this|this|the following)\s*[:\-–—]\s*",
                        re.IGNORECASE)
# A last sentence that only says where the rest goes ("Put that on a Prices page.", "put em on the home page").
_ONLY_WHERE = re.compile(r"^\W*(?:(?:could|can|would|will)\s+(?:you|u)\s+)?(?:please\s+)?(?:put|add|place|list|show)"
                         r"(?:\s+(?:that|this|these|them|em|it|those|all (?:that|this|of (?:it|them|that|this))|"
                         r"(?:it|them) all))?\s+(?:on|onto|in|to)\s+(?:(?:the|a|an|my|our)\s+)?"
                         r"(?:(?P<name>[\w' ]{1,30}?)\s+page|page\s+(?:called|named)\s+(?P<called>[\w' ]{1,30}?))"
                         r"(?:,?\s+(?:please|pls|thanks|if you would|if you could|if possible))?\W*$", re.IGNORECASE)


def _where_said(where: Where, site: Site | None) -> Where | None:
    """``where`` with the page its body's last sentence names ("Put on an About page.") and the
    body without that sentence; None when that names no page ``_target`` knows."""
    said = prose.sentences(where.body)
    last = _ONLY_WHERE.match(said[-1]) if len(said) > 1 else None
    if last is None:
        return where
    target = _target(last.group("name") or last.group("called"), True, False, site)
    return Where(target[0], target[1], " ".join(said[:-1]), f"{where.lead} {said[-1]}") if target else None


def _where_at_end(request: str, site: Site | None) -> Where | None:
    """A request whose last sentence only says where the rest goes ("... Could you put all that on
    the front page."), as a ``Where`` with the rest as its body; None otherwise."""
    said = prose.sentences(request)
    if len(said) < 2 or not _ONLY_WHERE.match(said[-1]):
        return None
    chat = _CHAT_LEAD.match(request)
    return _where_said(Where("/", "", request[chat.end():] if chat else request, chat.group(0) if chat else ""), site)


def _unquoted(body: str) -> str:
    body = body.strip()
    if len(body) > 2 and body[0] + body[-1] in ("''", '""', "“”", "‘’"):
        return body[1:-1].strip()
    return body


def _words(text: str) -> set[str]:
    return set(norm_words(text).split())


def _numbered(body: str) -> list[Entry]:
    """"1. Join for £25 a year. 2. Browse the catalogue ...": each numbered step, whole, in order."""
    marks = list(_NUMBERED.finditer(body))
    numbers = [int(m.group(1)) for m in marks]
    if len(marks) < 2 or numbers != list(range(numbers[0], numbers[0] + len(numbers))) or body[:marks[0].start()].strip():
        return []
    steps = [body[m.end():(marks[i + 1].start() if i + 1 < len(marks) else len(body))].strip() for i, m in enumerate(marks)]
    out = []
    for step in steps:
        step = step.rstrip(" .;,")
        if len(step) <= 80:
            out.append(Entry(title=step))
            continue
        cut = step[:80].rsplit(" ", 1)[0]  # a long step: its first words as the title, the rest below
        out.append(Entry(title=cut, text=step[len(cut):].strip()[:200]))
    return out if 2 <= len(out) <= 8 else []


def _items(route: str, kind: str, found: Sequence[Entry], heading: str = "") -> AddItems | None:
    try:
        return AddItems(op="add_items", route=route, kind=kind, items=list(found), heading=heading)  # type: ignore[arg-type]
    except ValidationError:
        return None


def _texts(route: str, said: Sequence[str]) -> list[Any]:
    """The sentences ``said``, in order, as text sections of at most ``prose.MAX_TEXT`` characters."""
    out: list[Any] = []
    chunk = ""
    for sentence in said:
        if len(sentence) > prose.MAX_TEXT:
            return []  # a sentence longer than a section holds is not cut
        if chunk and len(chunk) + len(sentence) + 1 > prose.MAX_TEXT:
            out.append(chunk)
            chunk = ""
        chunk = f"{chunk} {sentence}".strip()
    if chunk:
        out.append(chunk)
    if len(out) > MAX_TEXTS:
        return []
    return [AddSection(op="add_section", route=route, kind="text", text=_capital(t)) for t in out]


def _capital(text: str) -> str:
    """``text`` with its first word capitalised, when that is a plain word (not an email, a handle)."""
    first = text.split(" ", 1)[0]
    return text[:1].upper() + text[1:] if first.isalpha() else text


def _placed(found: Sequence[Entry]) -> str:
    return " | ".join(f"{e.title} | {e.text}" for e in found)


# A sentence that is one entry: "Pickle - 29 inches, 14 years old." or "Door cards pair £260."
_DASHED = re.compile(r"^([A-Za-z0-9][^,;:.!?]{0,60}?)\s+[-–—]\s+(.+)$")
_MONEY = re.compile(r"(?:(?:from|at|for|only)\s+)?\+?[$£€]\s?\d[\d,]*(?:\.\d+)?")
# An address is one place, not a list of its parts ("Unit 4, Inveralmond Way, Perth PH1 3UQ").
_ADDRESS = re.compile(r"\b(?:road|rd|street|st|lane|ln|way|avenue|ave|drive|dr|unit|suite|industrial estate|"
                      r"ind est)\b|\b[A-Z]{1,2}\d{1,2}[A-Z]?\s\d[A-Z]{2}\b|\b[A-Z]{2}\s\d{5}\b", re.IGNORECASE)


def _sentence_entry(sentence: str) -> Entry | None:
    """``sentence`` as one entry: its name before a dash, or before its one price; else None."""
    sentence = sentence.strip().rstrip(" .!;")
    dashed = _DASHED.match(sentence)
    if dashed and len(dashed.group(1).split()) <= 6:
        name, detail = dashed.group(1).strip(), dashed.group(2).strip()
    else:
        prices = list(_MONEY.finditer(sentence))
        if len(prices) != 1 or not re.search(r"[A-Za-z]{2}", sentence[:prices[0].start()]):
            return None
        name, detail = sentence[:prices[0].start()].strip(" ,-–—"), sentence[prices[0].start():].strip()
    if len(name) > 80 or len(detail) > 200 or not name:
        return None
    return Entry(title=name, text=detail)


def _entry_run(said: Sequence[str]) -> list[Entry]:
    """The longest run of two or more sentences in a row that are one entry each."""
    best: list[Entry] = []
    run: list[Entry] = []
    for sentence in said:
        entry = _sentence_entry(sentence)
        run = [*run, entry] if entry is not None else []
        if len(run) > len(best):
            best = run
    return best if len(best) >= 2 else []


def _dashed_parts(said: Sequence[str]) -> list[Entry]:
    """"dec 10 - intro to pin picking, dec 24 - no meeting": the one sentence of parts that are
    each a name, a dash and its detail."""
    found = []
    for sentence in said:
        parts, _ = split_entries(sentence.rstrip(" .!"))
        dashed = [_DASHED.match(p) for p in parts]
        if 2 <= len(parts) <= 8 and all(dashed):
            found.append([Entry(title=d.group(1).strip(), text=d.group(2).strip()) for d in dashed if d])
    return found[0] if len(found) == 1 else []


def _kind_and_entries(lead: str, body: str, said: Sequence[str]) -> tuple[str, list[Entry]]:
    """The items the body types out (questions and answers, quotes and authors, sentences that
    are one entry each, a list), and their section kind; ("", []) when it types none."""
    asked = entries.questions(body)
    if len(asked) >= 2:
        return "faq", asked
    quoted = entries.quotes(body)
    if quoted:
        return "testimonials", quoted
    run = _entry_run(said)
    listed = _dashed_parts(said) or entries.listed(body)
    kind = "team" if TEAM_WORDS.search(lead) or _PEOPLE.search(lead) else "list"
    if len(run) >= len(listed):
        return (kind, run) if run else ("", [])
    return kind, listed


def _holds(body: str, ops: Sequence[Any], title: str = "") -> bool:
    """Whether ``ops`` show every word and every piece of typed content of ``body`` (but a step's
    number: the list shows the order)."""
    shown = " | ".join(f"{getattr(op, 'heading', '')} {getattr(op, 'text', '')} "
                       f"{_placed(getattr(op, 'items', []))}" for op in ops)
    numbers = {m.group(1) for m in _NUMBERED.finditer(body)}
    return not unused_content(body, shown) and not _words(body) - _words(shown) - _words(title) - _JOINS - numbers


def _with_items(lead: str, route: str, body: str, said: Sequence[str]) -> list[Any]:
    """The body's items and each sentence they do not hold as a text, in order; [] when the body
    types no items, or they hold too little of it to be its content, or would lose a word."""
    steps = _numbered(body)
    if steps:
        items = _items(route, "list", steps)
        return [items] if items is not None and _holds(body, [items]) else []
    kind, found = _kind_and_entries(lead, body, said)
    if not found or len(found) > 8:
        return []
    if not any(e.text for e in found):
        # "Junior £45 a year, Adult £120 a year": each entry's name before its price
        split = [_sentence_entry(e.title) for e in found]
        found = [e for e in split if e is not None] if all(split) else found
    if any(not re.search(r"[A-Za-z]{2}", e.title) or _CUT.search(e.title) for e in found):
        return []  # "$25" as an entry's name: a detail split from its entry
    if not any(e.text for e in found) and any(re.search(r"\d", e.title) for e in found):
        return []  # "Blue Note Classics, Thursday 4 December, 7pm, free": one event's details, not a list
    placed = _words(_placed(found))
    read = [i for i, s in enumerate(said)
            if len((_words(s) - _JOINS) & placed) >= LIST_SHARE * max(1, len(_words(s) - _JOINS))]
    if not read or any(i not in read for i in range(min(read), max(read) + 1)):
        return []  # the list skips a sentence between its own: prose, not a list
    first, last = min(read), max(read)
    if kind in ("list", "team") and (2 * sum(len(_words(said[i])) for i in read) < len(_words(body))
                           or any(_ADDRESS.search(said[i]) for i in read)):
        return []  # a list in passing, or an address's parts: the body is prose
    opens = _LIST_LEAD.match(said[first]) if first == last else None
    items = _items(route, kind, found, opens.group(1).strip() if opens else "")
    before, after = _texts(route, said[:first]), _texts(route, said[last + 1:])
    if items is None or (said[:first] and not before) or (said[last + 1:] and not after):
        return []
    ops = [*before, items, *after]
    return ops if _holds(body, ops) else []


# An entry's name cut inside a phrase ("10am to", "Sat and Sun noon to"): the list was split wrongly.
_CUT = re.compile(r"\b(?:to|and|or|from|at|with|of|the|a)$|[-–—,]$", re.IGNORECASE)
# Chat before the content of a request that says where at its end ("ok here's what i got for sale: ...").
_CHAT_LEAD = re.compile(r"^(?:(?:ok|okay|so|right|well|fine)[,.]?\s+)*(?:(?:here'?s|here is|these are|this is)\b[^:.!?]{0,40}"
                        r"|(?:just\s+)?(?:write|put|say)\s+(?:it|this|that))\s*:\s*", re.IGNORECASE)
# Who a list of people is, besides ``TEAM_WORDS``: "a Committee page: Chair - ...".
_PEOPLE = re.compile(r"\b(?:committee|officers|executive|board|guides|tutors|crew|volunteers|members)\b", re.IGNORECASE)
# Between two quoted paragraphs: "... From £180.' 'Cookery books: ..."
_BETWEEN_QUOTES = re.compile(r"(?<=[.!?])['’”\"]\s+['‘“\"]")


def _paragraphs(route: str, body: str) -> list[Any]:
    """Paragraphs typed each in quotes, one after another, as a text each; [] when there are none."""
    parts = _BETWEEN_QUOTES.split(body)
    if len(parts) < 2 or body[0] not in "'‘“\"" or body.rstrip(" .")[-1] not in "'’”\"":
        return []
    parts = [p.strip().strip("'‘’“”\"").strip() for p in parts]
    texts = [_texts(route, prose.sentences(p)) for p in parts]
    return [op for t in texts for op in t] if all(len(t) == 1 for t in texts) else []


def _content(lead: str, route: str, body: str) -> list[Any]:
    """The ops that put ``body`` on ``route``: its quoted paragraphs, or its items with the
    sentences they do not hold as texts, or else the body as text, whole; [] when a sentence
    would be cut."""
    said = prose.sentences(body)
    return _paragraphs(route, body) or _with_items(lead, route, body, said) or _texts(route, said)


def read(request: str, site: Site | None) -> Plan | None:
    """The plan that puts the content a request types for one page on that page (a new page
    first when the site lacks it); None when the request is not such content, or asks for a
    feature, or any of what it types would be left out."""
    where = _where(request, site) or _where_at_end(request, site)
    if where is None:
        return None
    where = _where_said(where, site)
    if where is None:
        return None
    body = _unquoted(_TEXT_LEAD.sub("", where.body))
    # A feature's words in typed content are content ("house sign in Welsh slate from £220",
    # "address given after booking, hello@..."); in a body that types none they are the request.
    if asks_for_feature(where.lead) or not typed_content(body) and asks_for_feature(body):
        return None
    said = prose.sentences(body)
    if len(_words(body)) < MIN_WORDS or _ASKS.match(body) or _RETRY.search(body) \
            or any(_TO_THE_APP.search(s) for s in said):
        return None
    ops = _content(where.lead, where.route, body)
    kinds = {getattr(op, "kind", "") for op in ops}
    asked = _SAYS.sub(" ", where.lead)  # "a line that says": the line's words, not a quote of someone
    if not ops or REVIEW_WORDS.search(asked) and "testimonials" not in kinds \
            or FAQ_WORDS.search(asked) and "faq" not in kinds:
        return None  # quotes or questions it could not read as such are the model's to place
    if where.title:
        ops.insert(0, AddPage(op="add_page", title=where.title, route=where.route))
    try:
        plan = Plan(ops=ops)
    except ValidationError:
        return None
    return plan if _holds(body, ops, where.title) else None
