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

import re
from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError

from app.scaffold import entries, itemfit, notefit, pagelead, prose
from app.scaffold.chromefit import CONTACT_DETAIL
from app.scaffold.contentfit import items_op, placed_text as _placed
from app.scaffold.kindwords import FAQ_WORDS, REVIEW_WORDS, TEAM_WORDS
from app.scaffold.coverage import list_lines, strip_bullet, typed_content, unused_content
from app.scaffold.listfit import pieces as split_entries
from app.scaffold.plan import AddItems, AddPage, AddSection, Entry, Plan, SetFooter
from app.scaffold.scope import asks_for_feature
from app.scaffold.site import Site, norm_words

_SAYS = re.compile(r"\b(?:(?:that|which|it)\s+says|saying|to say)\b", re.IGNORECASE)
# A body that is itself a request, or a report of a wrong result, is not content.
_ASKS = re.compile(r"^\W*(?:please\s+)?(?:remove|delete|add|change|replace|rename|make|move|put|take|swap|update|"
                   r"link|use(?!\s+of\b)|set|get rid|drop|hide|show|edit|give|turn|switch|(?:name|call)\s+(?:it|the|this|them))\b", re.IGNORECASE)
# "still" of a result ("it still says", "Sunday is there still"), not of a story ("still she makes every morning at 4am",
# "we use her achar recipe still")
_RETRY = re.compile(r"\b(?:missing|still(?=\s+(?:not|missing|shows?|showing|says?|saying|there|here|on|in|has|have|listed|up|the|"
                    r"old|wrong|no|isn'?t|doesn'?t|hasn'?t)\b)|(?:is|are|it'?s|there|here|showing|shows|says|listed|up|wrong)\s+still(?=[\s.!?]*$)|isn'?t there|wasn'?t|not there|not showing|wrong|should be|didn'?t|"
                    r"don'?t see|instead)\b", re.IGNORECASE)
_NUMBERED = re.compile(r"(?:^|(?<=\s))(\d{1,2})[.)]\s+(?=[A-Za-z'\"“‘(£$€])")
# What opens a list inside its sentence ("Membership prices: ..."): the list's heading.
_LIST_LEAD = re.compile(r"^([A-Za-z][^:.!?]{1,40}?):\s")
# Words that join a list's entries and are not part of any ("pasta, rice and soap").
_JOINS = frozenset("and or plus also the a an q question answer".split())
# A request that goes on after its content: "... and say I reply within 2 business days" (the rest is
# asked, not typed).
_MORE_ASKED = re.compile(r"\b(?:and|then)\s+(?:say|put|add|make|change|link|move|remove)\b", re.IGNORECASE)
MAX_TEXTS = 3
MAX_ASK_WORDS = 12
MIN_WORDS = 3
LIST_SHARE = 0.8  # a list stands when it holds this share of the words of each sentence it was read from


def _words(text: str) -> set[str]:
    return set(norm_words(text).split())


def numbered(body: str) -> list[Entry]:
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


def _texts(route: str, said: Sequence[str]) -> list[Any]:
    """The sentences ``said``, in order, as text sections (``prose.chunks``); [] when one would be cut
    or they take more than ``MAX_TEXTS`` sections."""
    texts = prose.chunks(said)
    if len(texts) > MAX_TEXTS:
        return []
    return [AddSection(op="add_section", route=route, kind="text", text=_capital(t)) for t in texts]


def _capital(text: str) -> str:
    """``text`` with its first word capitalised, when that is a plain word (not an email, a handle)."""
    first = text.split(" ", 1)[0]
    return text[:1].upper() + text[1:] if first.isalpha() else text


# A sentence that is one entry: "Pickle - 29 inches, 14 years old." or "Door cards pair £260."
_DASHED = re.compile(r"^([A-Za-z0-9][^,;:.!?]{0,60}?)\s+[-–—]\s+(.+)$")
_NOTE = re.compile(r"\bnote\b", re.IGNORECASE)
# A person's name, a comma and what they do: "Carol Ashdown, kennel manager."
_NAMED = re.compile(r"^((?-i:[A-Z])[\w'’-]+(?:\s(?-i:[A-Z])[\w'’-]+){1,2}),\s+(.+)$")
_MONEY = re.compile(r"(?:(?:from|at|for|only)\s+)?\+?[$£€]\s?\d[\d,]*(?:\.\d+)?")
# An address is one place, not a list of its parts ("Unit 4, Inveralmond Way, Perth PH1 3UQ").
_ADDRESS = re.compile(r"\b(?:road|rd|street|st|lane|ln|way|avenue|ave|drive|dr|unit|suite|industrial estate|"
                      r"ind est)\b|\b[A-Z]{1,2}\d{1,2}[A-Z]?\s\d[A-Z]{2}\b|\b[A-Z]{2}\s\d{5}\b", re.IGNORECASE)


def _sentence_entry(sentence: str) -> Entry | None:
    """``sentence`` as one entry: its name before a dash, or before its one price; else None."""
    sentence = sentence.strip().rstrip(" .!;")
    dashed = _DASHED.match(sentence) or _NAMED.match(sentence)
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
    steps = numbered(body)
    if steps:
        items = items_op(route, "list", steps)
        return [items] if items is not None and _holds(body, [items]) else []
    kind, found = _kind_and_entries(lead, body, said)
    if not found or len(found) > 8:
        return []
    # "Junior £45 a year, Adult £120 a year": each entry's name before its price
    found = [e if e.text else (_sentence_entry(e.title) or e) for e in found]
    if any(not re.search(r"[A-Za-z]{2}", e.title) or _CUT.search(e.title) or _SPOKEN.match(e.title) for e in found):
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
    heading = opens.group(1).strip() if opens else ""
    if first == 1 and not heading and len(said[0].split()) <= pagelead.MAX_HEADING_WORDS and not typed_content(said[0]):
        heading, said = said[0].rstrip(" .:"), said[1:]  # "Committee. Chair - Dorothy Fenwick. ...": the list's name
        first, last = 0, last - 1
        kind = "team" if kind == "list" and _PEOPLE.search(heading) else kind
    items = items_op(route, kind, found, heading)
    before, after = _texts(route, said[:first]), _texts(route, said[last + 1:])
    if items is None or (said[:first] and not before) or (said[last + 1:] and not after):
        return []
    ops = [*before, items, *after]
    return ops if _holds(body, ops) else []


# An entry that is a clause said to someone ("you need mask, snorkel, fins"): the body is prose.
_SPOKEN = re.compile(r"(?:you|we|i|they|it|he|she)\b", re.IGNORECASE)
# An entry's name cut inside a phrase ("10am to", "Sat and Sun noon to"): the list was split wrongly.
_CUT = re.compile(r"\b(?:to|and|or|from|at|with|of|the|a)$|[-–—,]$", re.IGNORECASE)
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
    listed = [] if _NOTE.search(lead) else _lines(lead, route, body) or _with_items(lead, route, body, said)  # a note is prose
    return _paragraphs(route, body) or listed or _texts(route, said)


def _lines(lead: str, route: str, body: str) -> list[Any]:
    """A body typed one entry a line (``entries.lined``): its entries, and its other lines as a text; []
    when it is not, or they would lose a word."""
    found = entries.lined(body, lead=False)
    if not found:
        return []
    kind = "team" if TEAM_WORDS.search(lead) or _PEOPLE.search(lead) else "list"
    items = items_op(route, kind, found)
    listed = set(list_lines(body, lead=False))
    rest = [line.strip() for line in body.split("\n") if line.strip() and strip_bullet(line) not in listed]
    ops = [items, *_texts(route, rest)] if items is not None else []
    return ops if ops and _holds(body, ops) else []



def _headed(ops: list[Any], heading: str) -> list[Any]:
    """``ops`` with ``heading`` on the first section they add, unless it has one."""
    first = ops[0]
    if isinstance(first, (AddItems, AddSection)) and not first.heading:
        return [first.model_copy(update={"heading": heading}), *ops[1:]]
    return ops


_A_CHANGE = re.compile(r"^\W*(?:(?:a|one|small|quick|little)\s+)*(?:change|changes|update|updates|correction|corrections)\s+"
                       r"(?:in|to|of|on|for)\b", re.IGNORECASE)


def read(request: str, site: Site | None) -> Plan | None:
    """The plan that puts the content a request types for one page on that page (a new page
    first when the site lacks it); None when the request is not such content, or asks for a
    feature, or any of what it types would be left out."""
    if _A_CHANGE.match(request) or pagelead.names_it_after(request):
        return None  # "Change in timetable: Group 3 is now 12:30-13:45 ...": new values of what a page shows, no page's content
    where = pagelead.where(request, site) or pagelead.where_at_end(request, site) or pagelead.named_page(request, site)
    plan = _placed_where(where) if where is not None else None
    return _with_footer(plan, where) if plan is not None and where is not None else plan or _under_the_top(request)


# A quoted line asked for under the top of the home page: "fine. put text "Android coming Q2 2027" under the hero",
# "ok scrap that. Just add text 'iOS coming 2027' under the download button".
_UNDER_THE_TOP = re.compile(r"^(?:[^.!?\d]{0,40}[.!?]+\s+)?\W*(?:(?:ok|okay|fine|so|then|just|please|pls|and|also)[,.]?\s+)*"
                            r"(?:put|add|write|place|show)\s+(?:a\s+|the\s+|some\s+)?(?:(?:small|little|short|tiny)\s+)?"
                            r"(?:text|line|note|sentence|words?)\s*:?\s*(?:\"(?P<q1>[^\"]{2,160})\"|“(?P<q2>[^”]{2,160})”|'(?P<q3>[^']{2,160})')\s+"
                            r"(?:right\s+|just\s+)?(?:under(?:neath)?|below|beneath)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?"
                            r"(?:hero|button|heading|headline|title|header|banner|top)\b(?:\s+(?:on\s+)?(?:the\s+)?home(?:\s*page)?)?[\s.!]*$",
                            re.IGNORECASE)


# Words to show, after "put:" and nothing else: "OK no problem, then just put: To RSVP text Marisol at (787) 555-0148 by May 15."
_JUST_PUT = re.compile(r"^(?:[^.!?:\d]{0,40}[.!?,]\s+)?\W*(?:(?:ok|okay|fine|so|then|just|please|pls|and|also|no\s+problem)[,.!]?\s+)*"
                       r"(?:put|write|say)\s*:\s*(?P<said>[^\n:]{4,200}?)\s*$", re.IGNORECASE)
_WHERE_SAID = re.compile(r"\b(?:page|home|below|above|under|beside|next\s+to|after|before|section|footer|header|top|bottom)\b", re.IGNORECASE)
_A_SITE_PART = re.compile(r"\b(?:page|section|button|menu|nav|footer|header|colou?rs?|font|heading|title|link)\b", re.IGNORECASE)


def _under_the_top(request: str) -> Plan | None:
    put = _JUST_PUT.match(request.strip())
    # (not where the words before say where: "On the Adopt page, next to Luna, write: ...", "I need an About page. Say: ...")
    if put is not None and not _A_SITE_PART.search(put.group("said")) and not _WHERE_SAID.search(request.strip()[:put.start("said")]):
        return Plan(ops=[AddSection(op="add_section", route="/", kind="text", text=put.group("said").strip())])
    found = _UNDER_THE_TOP.match(request.strip())
    if found is None:
        return None
    said = found.group("q1") or found.group("q2") or found.group("q3")
    return Plan(ops=[AddSection(op="add_section", route="/", kind="text", text=said.strip())])


# Contact details under a bare "Contact:" (no "page"): in the user sets u1-u247, people looked for them
# on the home page 32 times and on a new Contact page 13 times. The new page, and the footer every page
# shows, hold them both.
_CONTACT_PAGE = frozenset({"contact", "contact us", "contacts"})
_PAGE_SAID = re.compile(r"\b(?:page|pg)\b", re.IGNORECASE)
MAX_FOOTER_CHARS = 200  # a footer line, not a page's worth


def _with_footer(plan: Plan, where: pagelead.Where) -> Plan:
    body = where.body.strip().rstrip(" .,;")
    if norm_words(where.title) not in _CONTACT_PAGE or _PAGE_SAID.search(where.lead) or not CONTACT_DETAIL.search(body) \
            or len(body) > MAX_FOOTER_CHARS:
        return plan
    return Plan(ops=[*plan.ops, SetFooter(op="set_footer", text=body)])


# A sentence that asks rather than tells: a verb to the app, a question, a wish.
_ASKING = re.compile(r"\b(?:can|could|would|will)\s+(?:you|u)\b|\b(?:i|we)(?:'d| would)?\s+(?:like|love|want|need)\b|\blet'?s\b|"
                     r"^\W*(?:(?:ok|okay|so|and|also|now|then|oh)[,.]?\s+)*(?:how|why|what|where|is\s+there)\b|\?", re.IGNORECASE)
MIN_STATEMENT_WORDS = 6
_ABOUT_THE_SITE = re.compile(r"\b(?:site|website|web site|page|pages|online)\b", re.IGNORECASE)  # "... on the site": said to the app
# What a sentence that tells a fact opens with: "The fridge is ...", "We meet ...", "It's open ...".
_TELLS = re.compile(r"^\W*(?:the|our|my|we|we're|i|i'm|im|it|it's|its|there|this|these|they|they're|he|she|everything|"
                    r"every|each|all|no|[A-Za-z][\w'’&-]*(?:\s+[\w'’&-]+){0,4}\s+(?:is|are|was|were|has|have|opens?|runs?|costs?|starts?)"
                    # "Rehearsals every Wednesday 19:00-21:30 in Kulturhuset room 3.": what happens, and when
                    r"|[A-Za-z][\w'’&-]*\s+(?i:every|each)\s+(?i:mon|tue|wed|thu|fri|sat|sun|week|day|morning|evening|night)\w*)\b")


# Where the facts go, said after them ("phone is 07700 914 382, put it in the top so people can ring"):
# the facts are the content, the rest is said to the app.
_THEN_PUT = re.compile(r"[,;.!]?\s*(?:(?:and|so|then|pls|please|can you|could you)\s+)*(?:put|add|place|stick|pop|show|list)\s+"
                       r"(?:it|that|this|them|these|those|em)\b.*$", re.IGNORECASE | re.DOTALL)


_ASKS_TO_ADD = re.compile(r"^\W*(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?|please\s+|pls\s+)(?:add|make|put|set\s+up|create|build|"
                          r"give|have|get)\b", re.IGNORECASE)


def read_loosely(request: str, site: Site | None) -> Plan | None:
    """The request's content read more loosely than ``read`` does: under a name that is no page's
    ("Dates this year: ..."), or the content's name before its page ("Last year's winners on the
    home page. ..."), or a request that only tells facts ("The fridge is outside Lupe's Laundromat,
    3417 Foothill Blvd. It's open 24/7."), all as home's content; None otherwise. Read only where
    the model's plan declined the request or left its typed content out."""
    where = pagelead.where(request, site, loose=True)
    if where is not None:
        return _placed_where(where)
    request = _THEN_PUT.sub("", request.strip())
    said = prose.sentences(request)
    # A feature's word in a statement of facts with typed content is one of the facts ("Members get
    # the newsletter Smokebox", "£18 a year"); in one that types none it is the request.
    if len(_words(request)) < MIN_STATEMENT_WORDS or not re.search(r"\d", request) \
            or asks_for_feature(request) and not typed_content(request) \
            or not _TELLS.match(said[0]) or itemfit.CORRECTS.search(request) or _ABOUT_THE_SITE.search(request) or _RETRY.search(request) \
            or any(_ASKS.match(s) or _ASKING.search(s) for s in said):
        return None
    return _placed_where(pagelead.Where("/", "", request, ""))


# Words of the content that speak of what it tells, not to the app: an aside in brackets ("(no boots with big treads
# please!)"), colours described ("the colours are natural: white, grey, ...").
_TOLD_OF = re.compile(r"\([^()]*\)|\bcolou?rs?\s+(?:are|is|were|was)\b", re.IGNORECASE)


_HOW_IT_LOOKS_END = re.compile(r"(?<=[.!?])\s+(?:please\s+|pls\s+|and\s+)?(?:make|keep)\s+(?:it|this|them|the\s+page)\s+[^.!?]{1,60}[.!?]*\s*$",
                               re.IGNORECASE)
_THANKS_END = re.compile(r"(?<=[.!?])\s+(?:thank\s+you|thanks|thx|cheers)\b[^.!?]*[.!?]*\s*$", re.IGNORECASE)


def _placed_where(where: pagelead.Where) -> Plan | None:
    body = prose.unquoted(pagelead.TEXT_LEAD.sub("", where.body))
    body = _THANKS_END.sub("", body) or body  # "... between 10:00 and 19:00. Thank you for all your help.": to the app
    body = _HOW_IT_LOOKS_END.sub("", body) or body  # "... engaged in Banff in October 2025. Make it cute but not cringe": the same
    if where.title:  # "Can you add a Rules page? Rules: 1. ...": the page's name again is no content
        body = re.sub(rf"^{re.escape(where.title)}\s*:\s*", "", body, flags=re.IGNORECASE)
    # A feature's words in typed content or in a paragraph are content ("house sign in Welsh slate
    # from £220", "... a Shire mare who pulls the Woodland Cart"); in a short body that types none
    # they are the request ("a booking calendar where people pick a slot").
    # "a Bookings page" is a page's name, "a booking calendar page" a feature
    page_name = where.title or where.route.rsplit("/", 1)[-1].replace("-", " ")
    lead = re.sub(re.escape(page_name), " ", where.lead, flags=re.IGNORECASE) if page_name else where.lead
    # a body that opens with its section's name is content: "a drop off section ...: drop off at 14 Gumtree Lane"
    opens_named = bool(where.heading) and norm_words(body).startswith(norm_words(where.heading))
    if asks_for_feature(lead) or len(page_name.split()) > 1 and asks_for_feature(page_name) or len(_words(body)) < MIN_WORDS \
            or _ASKS.match(body) and not opens_named or _MORE_ASKED.search(body) \
            or asks_for_feature(body) and _ASKS_TO_ADD.match(body):  # "Last: can you add live video stream ...?"
        return None  # a feature, a request, or more asked after the content
    ops = _content(where.lead, where.route, body)
    texts = [op.text for op in ops if isinstance(op, AddSection)]
    line = pagelead.labels_a_line(where.lead)  # "Put a line: Livestream link will be posted here on January 15."
    if any(_RETRY.search(t) or not line and pagelead.TO_THE_APP.search(_TOLD_OF.sub(" ", t)) for t in texts):
        # a report of a wrong result, or words to the app, not content (in a list they are an entry's:
        # "missing pieces from £120", "Logo block (company logo frozen in clear ice) $225")
        return None
    if not typed_content(body) and len(_words(body)) <= MAX_ASK_WORDS and asks_for_feature(body) and not line \
            and not any(isinstance(op, AddItems) for op in ops):
        return None  # a feature's words in a list are an entry's ("Maps and publicity - Priya Mottram")
    kinds = {getattr(op, "kind", "") for op in ops}
    asked = _SAYS.sub(" ", where.lead)  # "a line that says": the line's words, not a quote of someone
    if not ops or REVIEW_WORDS.search(asked) and "testimonials" not in kinds \
            or FAQ_WORDS.search(asked) and "faq" not in kinds:
        return None  # quotes or questions it could not read as such are the model's to place
    # "Add Batch Timings on home page: Morning batch ...": the name said before the place
    heading = where.heading or notefit.named_note(where.lead + where.body)
    if heading:
        ops = _headed(ops, heading)
    if where.title:
        ops.insert(0, AddPage(op="add_page", title=where.title, route=where.route))
    try:
        plan = Plan(ops=ops)
    except ValidationError:
        return None
    return plan if _holds(body, ops, where.title) else None
