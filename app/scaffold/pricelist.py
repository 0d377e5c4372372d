"""A list of things with their prices, typed in a sentence: each thing and its price an entry, as typed.

"Now make a page Services with this: New decorative pavement - from 85€ per m2. Repair of old calçada - 40€ per m2. ...",
"Fees on Services: milonga in Montevideo USD 120, Buenos Aires USD 180 plus ferry, ...", "Could you add a Services page
listing the following, with prices: Back-of-book index – SEK 28 per indexable page; Embedded indexing ... – SEK 35 per
page; ...". The list readers (``entries``) take a list one shape at a time; these came in shapes they do not take (a price
after the name with no mark between, entries parted by full stops, a dash inside a name), and the model cut them short
or paired the prices wrongly: in u376-u388, eleven such steps were declined ("85€, 40€ ... would have been left out") or
placed half. Here the content (after the colon that opens it, where one does) is cut into pieces at semicolons, full
stops and commas, each piece holding one price or more; a piece's name is what comes before its first price (or before
its dash), its detail the price and the words after it. Read only where every price the request types is in an entry.
"""

from __future__ import annotations

import re
from typing import Any

from app.scaffold.plan import AddItems, AddPage, AddSection, Entry, Plan
from app.scaffold.pagename import HOME_WORDS, named_page, new_page_named, title_for, typed_name
from app.scaffold.pricetyped import PRICE
from app.scaffold.site import Site, norm_words

MIN_ENTRIES = 2
MAX_NAME = 60
# Where a sentence ends: a full stop before a word (not "Nu. 2,000", "1.60", "etc.)" inside the entry).
_SENTENCE = re.compile(r"(?<!\bNu)(?<!\betc)\.\s+(?=[^\d\s])|;\s*|\n+")
_DASH = re.compile(r"\s+[-–—]\s+|\s*:\s+")
# Words before a price that belong to it: "from 85€", "about 55 EUR", "only $5".
_LEADS = re.compile(r"\s+(?:from|about|approx\.?|aprox\.?|around|only|just|starting\s+at|at|is|are|now|for|costs?)$", re.IGNORECASE)
# Words that say a price moved, in an entry or around the list.
_MOVED = r"(?:went|goes|going|gone|go)\s+(?:up|down)|changed|instead|no\s+longer|anymore|sold\s+out"
_CHANGES = re.compile(rf"\b(?:now|raised|not|new\s+price|{_MOVED})\b", re.IGNORECASE)
_ASKS = re.compile(r"^\W*(?:(?:ok|okay|now|then|and|also|please|pls|could\s+you|can\s+you)\W+)*(?:add|make|create|put|list|new|need|want|"
                   r"i\b|we\b|here)", re.IGNORECASE)
# What asks to change what the site shows, said around the list: its prices are new prices, not a new list.
_EDITS = re.compile(r"\b(?:remove|delete|replace|(?:change|update)(?=\s+(?:it|them|the|to|that|this|my|our|all|those|these)\b)|updated|"
                    rf"fix|correct|rename|swap|raised?|increase[sd]?|{_MOVED})\b", re.IGNORECASE)
_JOINS = re.compile(r"^(?:and|or|also|plus|&|then|add)\s+", re.IGNORECASE)


def _lead_and_content(request: str) -> tuple[str, str]:
    """The request before the colon that opens its content (the last one before its first price) and after it; ("", the
    whole request) without such a colon, ("", "") without a price."""
    first = PRICE.search(request)
    if first is None:
        return "", ""
    colon = request.rfind(":", 0, first.start())
    return (request[:colon], request[colon + 1:]) if colon >= 0 else ("", request)


# An entry with no price, what it says instead: "Packaging illustration on request", "Kids under 5 free".
_NO_PRICE = re.compile(r"\s+(?P<said>(?:price\s+)?on\s+request|free(?:\s+of\s+charge)?|by\s+arrangement|ask\s+us|tba|tbc|included)\s*$",
                       re.IGNORECASE)
# A piece that only says where the list goes: "page Services", "Put on page Membership", "put on home".
_WHERE = re.compile(r"^(?:(?:please|pls)\s+)?(?:(?:put|add|list)\s+(?:it\s+|them\s+|this\s+)?)?(?:(?:on|in|to)\s+)?(?:the\s+|a\s+)?"
                    r"(?:(?:new\s+)?page\b.{0,30}|home(?:\s+page)?|[\w ]{1,30}\s+page)$", re.IGNORECASE)


def _priced(part: str) -> bool:
    """Whether a part of a sentence is an entry of its own: a name, then its price (or what it says instead)."""
    return bool(PRICE.search(part) and not PRICE.match(part.strip()) or _NO_PRICE.search(part))


def _pieces(content: str) -> list[str]:
    out: list[str] = []
    for sentence in _SENTENCE.split(content):
        parts = [p for p in re.split(r",\s+", sentence) if p.strip()]
        # commas part entries only where each part has its own price ("A4 print RM45, A3 print RM70"), not "free in
        # Porto, 30€ outside Porto" nor "General translation — $0.18 per word, minimum $60" (one entry's detail)
        if len(parts) > 1 and not _DASH.search(parts[0]) and all(_priced(p) for p in parts):
            out += parts
        elif sentence.strip():
            out.append(sentence)
    pieces = [p.strip().rstrip(".") for p in out if p.strip()]
    while pieces and _WHERE.match(pieces[-1]):
        pieces.pop()  # "... propeller change KSh 1,500 plus part. page Services": where it goes, not an entry
    return pieces


def _entry(piece: str) -> Entry | None:
    price = PRICE.search(piece) or _NO_PRICE.search(piece)
    dash = _DASH.search(piece)
    cut = dash.start() if dash is not None and (price is None or dash.start() < price.start()) else price.start() if price else -1
    if cut <= 0:
        return None
    name = _JOINS.sub("", piece[:cut].strip())
    lead = _LEADS.search(name) if dash is None or cut != dash.start() else None
    detail = piece[dash.end():] if dash is not None and cut == dash.start() else piece[cut:]
    if lead is not None:
        name, detail = name[:lead.start()], f"{lead.group(0).strip()} {detail}"
    name = name.strip(" -–—:,.")
    if not name or len(name) > MAX_NAME or not re.search(r"[^\W\d_]", name):
        return None
    return Entry(title=name[:1].upper() + name[1:], text=detail.strip())


# The ask before a note typed after the list: "Please add a note underneath that all prices exclude 25% VAT ...".
_NOTE_ASK = re.compile(r"^(?:(?:please|pls|and|also)\s+)*(?:(?:add|put|write|say|include|mention)\s+)?(?:a\s+)?(?:short\s+)?"
                       r"(?:note|line|sentence)?\s*(?:underneath|below|under\s+(?:it|them|the\s+list)|at\s+the\s+(?:bottom|end))?\s*"
                       r"(?:that|saying|:)?\s*", re.IGNORECASE)


def entries(request: str) -> tuple[list[Entry], list[str]]:
    """The priced entries the request types, in its order, and the sentences it types after them (a note, without the
    ask: "all prices exclude 25% VAT ..."); ([], []) when it types fewer than two, or a price no entry or note holds."""
    lead, content = _lead_and_content(request)
    pieces = _pieces(content)
    said = [lead]  # what the request says around the list: no ask to change the site
    while pieces and not PRICE.search(pieces[0]):
        said.append(pieces.pop(0))  # "prices as a guide. colorbond 1.8m $95/m ...": what the list is, said before it
    if any(_CHANGES.search(p) for p in pieces):
        return [], []  # "Shower walls $20 now. Also add heated floors $9/sq ft extra.": new prices of what the site shows
    read = [_entry(p) for p in pieces]
    last = max((i for i, e in enumerate(read) if e is not None), default=-1)
    found = [e for e in read[:last + 1] if e is not None]
    notes = [n[:1].upper() + n[1:] for p in pieces[last + 1:] if (n := _NOTE_ASK.sub("", p).strip())]
    if any(n.endswith("?") or _ASKS.match(n) for n in notes) or _EDITS.search(" ".join([*said, *notes])) \
            or any(_EDITS.fullmatch(e.title) for e in found):
        # "... going up a little. Måken 1550 NOK, ... Could you change them on The Cabins page?", "SID replacement €35 + chip
        # (waiting list). remove €25": new prices of what the site shows, not a list to add
        return [], []
    placed = " ".join([*(e.text for e in found), *notes])
    if len(found) < MIN_ENTRIES or len(found) != last + 1 or any(m.group(0) not in placed for m in PRICE.finditer(request)):
        return [], []
    return found, notes


def read(request: str, site: Site | None, route: str | None = None) -> Plan | None:
    """The priced list on the page the request names (one the site has, or a new one, added first), else ``route`` or
    home; None when the request types no such list whole."""
    found, notes = entries(request)
    shown = {norm_words(i.title) for page in site.pages for sec in page.sections for i in sec.items} if site is not None else set()
    if site is None or not found or any(norm_words(e.title) in shown for e in found):
        return None  # a thing the site lists already: its price changed, not a new list
    routes = [p.route for p in site.pages]
    typed = typed_name(request)  # a name typed in lower case may be words of a sentence ("bikes for sale page: ...")
    named = named_page(request, routes)
    new = new_page_named(request, routes) if named is None and typed is not None and typed[1] else None
    target = named or new or ("/" if HOME_WORDS.search(request) or route is None else route)
    # "Fees on Services: ...": what the list is, typed before its colon, its heading
    lead = _lead_and_content(request)[0].strip()
    heading = lead if 0 < len(lead.split()) <= 4 and not _ASKS.match(lead) and not _WHERE.match(lead) else ""
    try:
        ops: list[Any] = [AddItems(op="add_items", route=target, kind="list", items=found[:8], heading=heading)]
        if notes:
            ops.append(AddSection(op="add_section", route=target, kind="text", text=" ".join(f"{n}." for n in notes)))
    except ValueError:
        return None
    return Plan(ops=[AddPage(op="add_page", title=title_for(target, request), route=target), *ops] if target not in routes else ops)
