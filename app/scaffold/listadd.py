"""One new entry for a list the site shows, said as people say it: "new player: 7 Matheus Lima", "add to menu
Yogurt coffee 45.000đ", "We have a new arrival. Please add: Rosie - 2 year old beagle, a little shy at first".

The model named the site "7 Matheus Lima", edited a "Yogurt coffee 45.000đ" the menu does not have, or put Rosie in
a paragraph of the home page beside the dogs listed for adoption. Here the entry goes into the one list whose
entries are of its shape (a number first, a price last, a detail that starts with a number), on the page the
request names when it names one, split into name and detail as that list's entries are.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from app.scaffold.listfit import entry_of
from app.scaffold.pagename import HOME_WORDS
from app.scaffold.plan import AddItems, Entry, Plan
from app.scaffold.pricetyped import PRICE
from app.scaffold.site import EMOJI, Item, Site, is_placeholder, norm_words, page_named, page_text

# The entry, after what says it is one to add: "Please add: X", "new player: X", "add to menu X", "on Team page add
# player X" (a word for what it is may stand before it).
_LEAD = r"(?:(?:and|also|ok|okay|so|then|oh|now|pls|please|could\s+you|can\s+you)[,!]?\s+)*"
_ADDS = (
    # "Please add: X", "And please add a new dog: X", "add one project: X", "Add one new dish please: X", "add new year
    # special: X"
    re.compile(rf"(?:^|[.!?]\s+){_LEAD}(?:add|put\s+up|list)(?:\s+(?!(?:to|on|in)\b)(?:this|these|(?:(?:a|an|one|another|the|\d+(?:st|nd|rd|th)?|two|three)\s+)?"
               r"(?:new\s+)?[a-z]+(?:\s+(?!(?:to|on|in|page|home)\b)[a-z]+){0,2}))?"
               r"(?:\s+(?:please|pls))?\s*(?::|!+(?=\s))\s*(?P<entry>[^\n:]+?)[\s.,!?;]*$", re.IGNORECASE),  # "add new member!! Yuna, ..."
    # "Add on Our Breads a new one: Fougasse aux olives - 4,20 €"
    re.compile(rf"^\W*{_LEAD}add\s+(?:on|to|in)\s+(?:the\s+)?(?:page\s+)?(?P<page>[\w'’]+(?:\s+[\w'’]+){{0,2}}?)(?:\s+page)?"
               r"(?:\s+(?:(?:a|an|one|another)\s+)?(?:new\s+)?[a-z]+)?\s*:\s*(?P<entry>[^\n:]+?)[\s.,!?;]*$", re.IGNORECASE),
    # "Menu page: add Iced Magpie Mocha $7 and Ricotta Hotcakes $22 to the list"
    re.compile(rf"^\W*(?:(?P<page>[\w'’]+(?:\s+[\w'’]+)?)\s+page\s*:\s*)?{_LEAD}add\s+(?P<entry>[^\n:]+?)\s+to\s+(?:the\s+)?"
               r"(?:list|menu)\b[\s.,!?;]*$", re.IGNORECASE),
    # "add Kids prayer set £18 and Satin underscarf £4 to collection": the page the site has, by its name
    re.compile(rf"^\W*{_LEAD}add\s+(?P<entry>[^\n:]+?)\s+to\s+(?:the\s+|my\s+|our\s+)?(?P<topage>[\w'’]+)(?:\s+page)?[\s.,!?;]*$",
               re.IGNORECASE),
    # "add new item Tablea Hot Choco - ₱110"
    # "add new product - Kolhapuri sandal with buckle ₹1,350"
    re.compile(rf"^\W*{_LEAD}add\s+(?:(?:a|an|one|another)\s+)?new\s+[a-z]+\s+(?:[-–—]\s+)?(?P<entry>[\"'“‘]?(?-i:[A-Z0-9])[^\n:]+?)[\s.,!?;]*$",
               re.IGNORECASE),
    # "New item please: Wool socks - 4.900 ISK", "new product! Alfajor de nuez $1.700", "New item winter only: ...",
    # "new machine arrived: ..."
    re.compile(r"^\W*(?:a\s+)?new\s+\w+(?:\s+(?!(?:page|section)\b)\w+){0,2}?(?:\s+(?:please|pls))?\s*(?::|!+)\s*(?P<entry>[^\n:]+?)"
               r"(?:,\s*(?:add|put)\s+(?:it|them)\b[^\n:]*)?[\s.,!?;]*$", re.IGNORECASE),
    # "new flavour Kek Lapis Pandan Gula Apong RM52, this one very special Sarawak one"
    re.compile(r"^\W*(?:a\s+)?new\s+[a-z]+\s+(?P<entry>(?-i:[A-Z])[^\n:,]+?)(?:,\s+[^\n:]*)?[\s.!?;]*$", re.IGNORECASE),
    re.compile(r"^\W*(?:please\s+)?add\s+(?:to|on|in)\s+(?:the\s+)?(?P<page>[\w'’]+(?:\s+[\w'’]+)??)\s+(?:page\s+)?"
               r"(?P<entry>[^\n:]+?)[\s.,!?;]*$", re.IGNORECASE),
    re.compile(r"^\W*(?:on|in)\s+(?:the\s+)?(?P<page>[\w'’]+(?:\s+[\w'’]+)?)\s+page,?\s+(?:please\s+)?add\s+"
               r"(?:(?:a\s+)?(?:new\s+)?[a-z]+\s+(?=[A-Z0-9]))?(?P<entry>[^\n:]+?)[\s.,!?;]*$"),
    # "in menu add also Calzone 8€ and Bufala 10€": the page said by its name alone
    re.compile(r"^\W*(?:on|in)\s+(?:the\s+)?(?P<page>[\w'’]+(?:\s+[\w'’]+)?),?\s+(?:please\s+)?add\s+(?:also\s+)?"
               r"(?P<entry>(?-i:[A-Z0-9])[^\n:]+?)[\s.,!?;]*$", re.IGNORECASE),
    # "add unlocking too £20" (its "too" left out before the match): a name and its price, ending the request
    re.compile(rf"^\W*{_LEAD}add\s+(?:a\s+|an\s+)?(?P<entry>(?!(?:to|on|in|onto|into|the)\b)(?-i:[a-z])[^\n:,]{{1,40}}?\s(?:{PRICE.pattern}))"
               r"[\s.!?]*$", re.IGNORECASE),
)
# Words that say more than one entry, or something beside it.
_MORE = re.compile(r";|\b(?:also|then|remove|delete|change|move|instead|section|page)\b", re.IGNORECASE)
# Where several entries typed on one line part: "Iced Magpie Mocha $7 and Ricotta Hotcakes $22".
_AND = re.compile(r"(?:\s+(?:and|&)\s+|,\s+(?:and\s+)?)(?![^()]*\))")  # not inside brackets: "Camarón Queso (shrimp & cheese)"
_DASHED = re.compile(r"\S\s+[-–—]\s+\S")
_A_PAGE = re.compile(r"\bpage\b|\.\s", re.IGNORECASE)  # a new page's list ("new page Routes. list: ..."), sentences
_NOT_ENTRIES = frozenset(("faq", "testimonials"))  # questions and quotes have details too, of other kinds
MIN_ITEMS = 2
MIN_SHARE = 0.6
MAX_WORD_GAP = 1


_YEAR_LAST = re.compile(r"\(?(?:19|20)\d\d\)?$")
_BARE_PRICE = re.compile(r"\d{1,4}[.,]\d{2}\b(?![:.]\d)")  # "1,40", "5.50"; not "9.30-5"
_TIME = re.compile(r"\d{1,2}(?:[:.h]\d\d)?\s?(?:am|pm|h\b)|\d{1,2}[:.h]\d\d", re.IGNORECASE)
Shape = tuple[bool, bool, str, int, bool]


def _shape(title: str, text: str) -> Shape:
    """A number first, a price (or a number) last, a detail that starts with a number or a word, how many words,
    and a year last ("poster series for jazz festival (2025)")."""
    last = title.split()[-1] if title.split() else ""
    priced = bool(PRICE.search(last)) or bool(re.fullmatch(r"\d[\d.,]*", last))
    detail = "" if not text else "price" if PRICE.search(text) or _BARE_PRICE.match(text) else "time" if _TIME.match(text) \
        else "number" if text[:1].isdigit() else "word"
    # a year last tells a list of works apart, not a priced entry's "..., only until 15 Feb 2027"
    dated = bool(_YEAR_LAST.search((text or title).strip())) and detail != "price"
    return bool(re.match(r"\d", title)), priced, detail, len(title.split()), dated


def _alike(entry: Shape, item: Shape) -> bool:
    # names as long as each other where nothing else tells the list's entries apart ("Rosie" is no "Monday to Friday");
    # a price beside each tells a menu apart, whatever its names' lengths ("Penovani khachapuri (puff pastry) 13 GEL")
    return entry[:2] == item[:2] and (not entry[2] or not item[2] or entry[2] == item[2]) and entry[4] == item[4] \
        and (entry[0] or entry[1] or entry[4] or entry[2] == item[2] == "price" or abs(entry[3] - item[3]) <= MAX_WORD_GAP)


def _lists(site: Site, page_said: str) -> list[tuple[str, str, list[Item]]]:
    """(route, kind, items) of each section with entries, on the page named when one is."""
    named = [p for p in site.pages if page_said and norm_words(p.title) == norm_words(page_said)]
    pages = named or site.pages
    return [(p.route, s.kind, s.items) for p in pages for s in p.sections if len(s.items) >= MIN_ITEMS]


def _distinct(shape: Shape) -> bool:
    """Whether the shape tells a list apart: a number first, a price last, a detail that is a price, time or number,
    a year."""
    return shape[0] or shape[1] or shape[2] in ("number", "price", "time") or shape[4]


def _entry(said: str) -> tuple[str, str]:
    """A name and its detail typed apart ("Sesc Pompeia - poster series for jazz festival (2025)"), else as a list's
    entry is."""
    quoted = re.match(r"[\"'“‘](?P<name>[^\"'“”‘’\n]{2,60})[\"'”’]\s*[-–—:,]?\s*(?P<rest>\S.*)$", said)
    if quoted is not None:  # "'Wedding Car Special' GH₵ 600 — full valet plus ribbon decoration": the name in quotes
        return quoted.group("name").strip(), quoted.group("rest").strip()
    apart = re.split(r"\s+[-–—]\s+|:\s+", said, maxsplit=1)
    if len(apart) == 2:
        return apart[0].strip(), apart[1].strip()
    priced = PRICE.search(said)
    if priced is not None and priced.start() > 0 and re.fullmatch(r"\s*\([^()]+\)", said[priced.end():]):
        # "Penovani khachapuri 13 GEL (puff pastry with cheese)": the bracket names the thing, as the list's
        # "Lobiani (bean bread) 7 GEL" does; the price is the detail
        return f"{said[:priced.start()].strip()} {said[priced.end():].strip()}", priced.group(0)
    if priced is not None and priced.start() > 0 and re.fullmatch(r"\s*(?:per|a|each|every|/)\s*[\w ]{1,20}", said[priced.end():]):
        return said[:priced.start()].strip(" ,-–—"), said[priced.start():].strip()  # "Coconut tree trimming 30 TOP per tree"
    if priced is not None and priced.start() > 0 and re.match(r",\s+\S", said[priced.end():]):
        return said[:priced.start()].strip(" ,"), said[priced.start():].strip()  # "Pineapple tarts jar of 50 $48, only until ..."
    return entry_of(said)


def _entries(said: str) -> list[tuple[str, str]]:
    """The entries typed: one, or several joined by "and" or commas where each is priced or numbered as the others
    ("add 2 new ones: Iced Magpie Mocha $7 and Ricotta Hotcakes $22"); [] where "and" joins words of one entry."""
    parts = [p for p in _AND.split(said) if p.strip()]
    if len(parts) > 1:
        shapes = [_shape(*_entry(p)) for p in parts]
        if all(sh[:3] == shapes[0][:3] and _distinct(sh) for sh in shapes):
            return [_entry(p) for p in parts]
        if re.search(r"\s(?:and|&)\s", said):
            return []
    return [_entry(said)]


def _fitting(lists: list[tuple[str, str, list[Item]]], shapes: list[Shape]) -> list[tuple[str, str, list[Item]]]:
    """The lists most of whose entries are of each of ``shapes``."""
    return [(route, kind, items) for route, kind, items in lists
            if all(sum(_alike(sh, _shape(i.title, i.text)) for i in items) >= MIN_SHARE * len(items) for sh in shapes)]


def read(request: str, site: Site | None) -> Plan | None:
    """The entries added to the one list of their shape (see the module docstring); None when there is not one."""
    said = re.sub(r"\s+(?:too|also|as\s+well)(?=\s+(?:[$£€₹¥₦₱]|\d))", "", request.strip())  # "add unlocking too £20"
    found = next((m for pattern in _ADDS if (m := pattern.search(said))), None)
    if site is None or found is None or _MORE.search(found.group("entry")):
        return None
    if not found.groupdict().get("page") and re.search(r"\bpage\b", found.string[:found.start("entry")], re.IGNORECASE):
        return None  # "Add page Catering: trays for 20 people from $120, ...": a new page's content
    said = EMOJI.sub("", found.group("entry")).strip(" .,")
    entries = _entries(said)
    page_said = found.groupdict().get("page") or found.groupdict().get("topage") or ""
    if page_said and HOME_WORDS.search(f"the {page_said} page"):
        # "add on top page: ...": home's, by its title (not a page "/top" made by mistake before)
        page_said = next((p.title for p in site.pages if p.route == "/"), page_said)
    if found.groupdict().get("topage") and not any(norm_words(p.title) == norm_words(page_said) for p in site.pages):
        return None  # "add X to home", "to the FAQ": no page of that name's list
    lists = _lists(site, page_said)
    shapes = [_shape(title, text) for title, text in entries]
    if not entries or not all(_distinct(sh) for sh in shapes):
        # a shape of no list in particular ("Please add: John Smith", "Add service area: Columbus, Dublin, ..."), unless a
        # new one of what a page lists is said ("add new member!! Yuna, she's main vocal" of a Members page)
        lead = found.string[:found.start("entry")]
        return _into_the_page_named(lead, entries, site) if not page_said and re.search(r"\bnew\b", lead, re.IGNORECASE) else None
    fits = _fitting(lists, shapes)
    typed = entries
    if not fits:  # "Sake cup ¥2,800" into a list that keeps each price in its entry's name
        entries = [(f"{title} {text}".strip(), "") for title, text in entries]
        shapes = [_shape(title, text) for title, text in entries]
        fits = _fitting(lists, shapes) if all(_distinct(sh) for sh in shapes) else []
    if not fits and len(entries) == 1 and len(_DASHED.findall(said)) == 1 and not _A_PAGE.search(request):
        # "add: sungei – mural for nparks, 2026": a name and its detail, into the one list of names with details
        # (works listed "the paper boat: picture book, epigram books 2025"), whatever the details hold
        fits = [(route, kind, items) for route, kind, items in lists
                if kind not in _NOT_ENTRIES and all(i.text and not PRICE.search(i.text) for i in items)]
    if len(fits) > 1:
        # a priced entry into the list whose entries are priced, not one of bare names ("Podcast intro/outro — 250 zł")
        fits = [f for f in fits if all(_shape(i.title, i.text)[2] == sh[2] for i in f[2] for sh in shapes)] or fits
    if len(fits) != 1:
        # a list of its own only for what the request says is new, or adds to a page it names ("add: Dues are $20 a
        # year." is a sentence)
        new = bool(re.search(r"\bnew\b", found.string[:found.start("entry")], re.IGNORECASE)) or bool(page_said)
        return _alone(typed, page_said, site) if not fits and new else None
    route, kind, items = fits[0]
    whole = all(not i.text for i in items)  # a list that keeps each entry in its name ("Coconut coffee 50.000đ")
    try:
        made = [Entry(title=f"{title} {text}".strip() if whole else title, text="" if whole else text) for title, text in entries]
        if len(entries) == 1 and whole:
            made = [Entry(title=said, text="")]  # as typed, its dash too
        return Plan(ops=[AddItems.model_validate({"op": "add_items", "route": route, "kind": kind, "items": made})])
    except ValidationError:
        return None  # a section of a kind that takes no entries, or too many; an entry over its length


def _into_the_page_named(lead: str, entries: list[tuple[str, str]], site: Site) -> Plan | None:
    """The one entry added to the one list of the one page the words before it name ("new member" of "Members")."""
    said = {re.sub(r"s$", "", w) for w in norm_words(lead).split()} - {"add", "new", "a", "an", "one", "another", "the"}
    pages = [p for p in site.pages if p.route != "/" and {re.sub(r"s$", "", w) for w in norm_words(p.title).split()} & said]
    lists = _lists(site, pages[0].title) if len(pages) == 1 and len(entries) == 1 else []
    if len(lists) != 1 or lists[0][1] in _NOT_ENTRIES:
        return None
    route, kind, _items = lists[0]
    title, text = entries[0]
    named = re.match(r"(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}),\s+(?:(?:she|he|they)(?:'s|’s|'re|’re|\s+is|\s+are)\s+)?"
                     r"(?P<rest>\S.*)$", title) if not text else None
    if named is not None:  # "Yuna, she's main vocal": the name, then what she is
        title, text = named.group("name"), named.group("rest")
    try:
        return Plan(ops=[AddItems.model_validate({"op": "add_items", "route": route, "kind": kind,
                                                  "items": [Entry(title=title, text=text)]})])
    except ValidationError:
        return None


def _alone(entries: list[tuple[str, str]], page_said: str, site: Site) -> Plan | None:
    """Priced entries no list of the site fits (its prices are in a paragraph, or it lists none yet): a list of their
    own, on the page named, else on the one page that shows the most prices ("add new makgeolli: Strawberry makgeolli
    12,000 won"); None where entries are not all priced, or no page is clear."""
    if not entries or not all(len(PRICE.findall(f"{title} {text}")) == 1 and len(title.split()) <= MAX_NAME_WORDS
                              for title, text in entries) or any(re.match(r"[\"“‘']", title) for title, _text in entries):
        return None  # each a name and its price; a text typed in quotes is a line as typed, not a list's entry
    if page_said:
        route = named.route if (named := page_named(site, page_said, home=True)) is not None else None
    else:
        counts = {p.route: len(PRICE.findall(page_text(p))) for p in site.pages}
        most = max(counts.values(), default=0)
        top = [r for r, n in counts.items() if n == most]
        route = top[0] if len(top) == 1 else "/" if not most else None
    page = site.page(route) if route is not None else None
    # a kind the page has no list of the user's in yet: its entries would join that list ("Opening hours")
    sections = page.sections if page is not None else []
    kind = next((k for k in _OWN_KINDS if page is not None and not any(s.kind == k for s in sections)), None) or \
        next((k for k in _OWN_KINDS if page is not None and not any(s.kind == k and not is_placeholder(s, site.name)
                                                                     for s in sections)), None)
    if route is None or kind is None:
        return None
    try:
        return Plan(ops=[AddItems.model_validate({"op": "add_items", "route": route, "kind": kind,
                                                  "items": [Entry(title=title, text=text) for title, text in entries]})])
    except ValidationError:
        return None


_OWN_KINDS = ("list", "features")
MAX_NAME_WORDS = 8


def placed(ops: list[Any], request: str, site: Site | None) -> list[Any]:
    """``ops``, or the entry added to its list (``read``) where they put it anywhere else."""
    plan = read(request, site)
    if plan is None:
        return ops
    added = plan.ops[0]
    assert isinstance(added, AddItems)
    there = [op for op in ops if isinstance(op, AddItems) and op.route == added.route and op.kind == added.kind]
    shown = [norm_words(f"{i.title} {i.text}") for op in there for i in op.items]
    # each entry there whole, its detail too ("Coconut tree trimming 30" | "TOP" is not "... 30 TOP per tree")
    if all(any(norm_words(f"{entry.title} {entry.text}") in have for have in shown) for entry in added.items):
        return ops
    return list(plan.ops)
