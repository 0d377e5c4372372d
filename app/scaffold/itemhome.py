"""New items for a list the site has: on the page that lists their like, one entry per thing.

"Add a new dog please Maple - 2 yr old hound mix, shy at first but very sweet, $150" on a site
whose Adoptable Dogs page lists "Duke - 7 yr old shepherd, calm, $100": the model put the new dog on
the home page, in pieces ("Maple", "Mix", "$150"). "Also add Back glass replacement KSh 3,000 to
prices" went on the home page too. A request that names no home page and whose new items the model
put on home goes where the request says ("to prices", "on services", "to the menu"), or else on the
one other page whose list holds things of the same shape (prices, ages, times, days, dates), added
to that list; one thing typed as "Name - what it is, details" is one entry of it, as the list's
entries are.
"""

from __future__ import annotations

import re
from typing import Any

from app.scaffold.coverage import list_lines
from app.scaffold.listfit import entry_of, pieces
from app.scaffold.pagename import HOME_WORDS
from app.scaffold.plan import AddItems, AddPage, AddSection, Entry, Plan, RemoveItem
from app.scaffold.pricetyped import PRICE
from app.scaffold.site import Page, Section, Site, is_placeholder, names_of, norm_words
from app.scaffold.swapfit import NOT_AN_ENTRY
from app.scaffold.textfit import DAY, MONTH

# The shapes a list's entries share: what makes a new entry one of them.
_SHAPES: dict[str, re.Pattern[str]] = {
    "price": re.compile(rf"{PRICE.pattern}|(?<![\w.])\+?\d+\.\d\d\b|\b\d[\d,]*\s?(?:yen|MAD|dhs?|baht)\b", re.IGNORECASE),
    "age": re.compile(r"\b\d+\s*-?\s*(?:yrs?|years?|yo|months?|mos|weeks?)\b", re.IGNORECASE),
    "time": re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)\b|\b\d{1,2}:\d{2}\b", re.IGNORECASE),
    "day": re.compile(rf"\b{DAY}\b", re.IGNORECASE),
    "date": re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\b|\b{MONTH}\s+\d{{1,2}}\b", re.IGNORECASE),
}
_ITEM_KINDS = ("list", "features", "team", "testimonials", "faq", "contact", "pricing", "image_text")
# Where the request says the new things go: "to prices", "on the services page", "into the menu".
_TO = r"\b(?:to|on|onto|into|in|under)\s+(?:the\s+|our\s+|my\s+)?"
# How a thing's name is followed by what it is: "Maple - 2 yr old", "Pepper, 5 year old", "Hazel: spaniel".
_AFTER_NAME = re.compile(r"\s*(?:[-–—:,]|\bis\b)\s*")
_ADDS = re.compile(r"\b(?:add|new|another|arrived|arrival)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[A-Za-z0-9)%])[.!?](?=\s|$)|\n")


def _shapes(text: str) -> set[str]:
    return {name for name, pattern in _SHAPES.items() if pattern.search(text)}


def _common(texts: list[str]) -> set[str]:
    """The shapes at least half of ``texts`` have."""
    counts: dict[str, int] = {}
    for text in texts:
        for shape in _shapes(text):
            counts[shape] = counts.get(shape, 0) + 1
    return {shape for shape, n in counts.items() if 2 * n >= len(texts)}


def _lists(page: Page, site: Site) -> list[Section]:
    return [s for s in page.sections if s.kind in _ITEM_KINDS and (s.items or s.tiers) and not is_placeholder(s, site.name)]


def _texts(section: Section) -> list[str]:
    return [f"{i.title} {i.text}" for i in section.items] + [f"{t.name} {t.price}" for t in section.tiers]


def _alike(page: Page, site: Site, shapes: set[str]) -> Section | None:
    return next((s for s in _lists(page, site) if len(_texts(s)) >= 2 and _common(_texts(s)) & shapes), None)


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _said(request: str, page: Page, site: Site) -> bool:
    """Whether the request sends things to ``page`` by its name ("to prices", "on the Services page")."""
    names = names_of(site, page) - {""}
    said = " ".join(_stem(w) for w in norm_words(request).split())
    for name in names:
        stemmed = " ".join(_stem(w) for w in name.split())
        if re.search(rf"{_TO}{re.escape(stemmed)}\b", said) or f" {stemmed} page " in f" {said} ":
            return True
    return False


def _one_thing(items: list[Entry], request: str) -> list[Entry]:
    """``items`` as the one entry the request types ("Maple - 2 yr old hound mix, ..., $150") where the
    model cut it into pieces: the first piece's name is capitalised and followed by what it is, and
    no later piece is another capitalised name ("Oat Milk +0.80 and Extra Shot +0.60" are two)."""
    first = items[0]
    at = request.find(first.title)
    if len(items) < 2 or at < 0:
        return items
    low = request.casefold()
    for item in items[1:]:
        where = low.find(item.title.casefold(), at + len(first.title)) if item.title else -1
        if where >= 0 and request[where].isupper() and first.title[:1].isupper():
            return items
    start = _detail_at(first.title, request)
    if start < 0:
        return items
    end = _SENTENCE_END.search(request, start)
    text = request[start:end.start() if end else len(request)].strip(" .,!")
    return [Entry(title=first.title, text=text[:300])] if text else items


def _detail_at(name: str, request: str) -> int:
    """Where what ``name`` is starts in ``request``, which types the name capitalised and then what it is
    ("Collier Aurore - rose quartz pendant"); -1 where it does not."""
    at = request.find(name)
    sep = _AFTER_NAME.match(request, at + len(name)) if at >= 0 else None
    if sep is None or sep.end() == at + len(name):
        return -1
    # a name typed in lower case is one when a dash follows it ("sat jan 10 - continental club")
    return sep.end() if name[:1].isupper() or re.search(r"[-–—]", sep.group(0)) else -1


def _name_pattern(page: Page) -> str:
    """``page``'s name and address as typed, as alternatives of a pattern ("Menu|menu")."""
    return "|".join(re.escape(n) for n in {page.title, page.route.rsplit("/", 1)[-1].replace("-", " ")} if n)


def _without_where(items: list[Entry], page: Page) -> list[Entry]:
    """``items`` without the words that say where they go ("Affogato $6.50 to the menu")."""
    names = _name_pattern(page)
    out = []
    for item in items:
        title = re.sub(rf"\s*{_TO}(?:{names})(?:\s+page)?\b.*$", "", item.title, flags=re.IGNORECASE).strip()
        if title != item.title and not item.text:
            name, detail = entry_of(title)
            out.append(Entry(title=name, text=detail))
        elif title:
            out.append(item.model_copy(update={"title": title}))
    return out


def _typed(items: list[Entry], request: str, page: Page) -> list[Entry]:
    """The one thing "add X to the <page>" types, whole ("vegemite + cheese scroll $6.50" of the model's
    "vegemite"), where the model wrote one item and X holds it; else ``items``."""
    names = _name_pattern(page)
    m = re.search(rf"\badd\s+(?P<what>.+?)\s+{_TO}(?:{names})s?\b", request, re.IGNORECASE)
    if m is None or len(items) != 1 or re.search(r",|\band\b|\n", m.group("what")):
        return items
    said = " ".join(f"{items[0].title} {items[0].text}".split())
    name, detail = entry_of(m.group("what"))
    held = set(norm_words(said).split()) <= set(norm_words(m.group("what")).split())
    return [Entry(title=name, text=detail)] if held and name else items


def _target(items: list[Entry], request: str, site: Site) -> tuple[Page, Section | None] | None:
    """The page (and its list) that new ``items`` belong on, by name or by shape; None for home."""
    others = [p for p in site.pages if p.route != "/"]
    named = [p for p in others if _said(request, p, site)]
    shapes = _common([f"{e.title} {e.text}" for e in items])
    if len(named) == 1:
        page = named[0]
        lists = _lists(page, site)
        return page, _alike(page, site, shapes) or (lists[0] if len(lists) == 1 else None)
    home = site.page("/")
    # by shape only what the request adds ("a new dog", "add ..."): "Opening hours: Wed-Fri 5pm-10pm" is
    # no new workshop, though the Workshops page lists days and times
    if named or not shapes or not _ADDS.search(request) or (home is not None and _alike(home, site, shapes) is not None):
        return None
    alike = [(p, s) for p in others if (s := _alike(p, site, shapes)) is not None]
    return alike[0] if len(alike) == 1 else None


def _as_items(op: Any, request: str) -> AddItems | None:
    """The model's new things on the home page: its ``add_items``, or an ``add_section`` of one
    thing's name and what it is ("Collier Aurore" / "Rose quartz pendant - 54$")."""
    if getattr(op, "route", None) != "/":
        return None
    if isinstance(op, AddItems):
        return op
    if isinstance(op, AddSection) and op.heading and op.text and op.kind in ("text", "image_text") \
            and _detail_at(op.heading, request) >= 0:
        return AddItems(op="add_items", route="/", kind="list", items=[Entry(title=op.heading, text=op.text)])
    return None


def placed(ops: list[Any], request: str, site: Site | None) -> list[Any]:
    """``ops`` with the new items the model put on home, when the request names no home page, on the
    page they belong on (:func:`_target`), in its list's kind, one entry per thing typed."""
    if site is None or HOME_WORDS.search(request) or any(isinstance(op, AddPage) for op in ops):
        return ops
    out: list[Any] = []
    for op in ops:
        new = _as_items(op, request)
        # one thing the model cut in pieces ("Juno", "4 years", "gentle") has the shapes of the whole of it
        one = _one_thing(new.items, request) if new is not None else []
        found = _target(one if len(one) == 1 else new.items, request, site) if new is not None else None
        # reviews and questions are no entries of another kind's list ("add reviews 'Never late in 6 months!' - Ritika, TCS")
        if new is None or found is None or new.kind in ("testimonials", "faq") and (found[1] is None or found[1].kind != new.kind):
            out.append(op)
            continue
        page, section = found
        items = _typed(_without_where(new.items, page) or new.items, request, page)
        if section is not None and any(i.text for i in section.items):
            items = _one_thing(items, request)  # the list's entries are "name - what it is": so is the new one
        kind = section.kind if section is not None else new.kind
        out.append(new.model_copy(update={"route": page.route, "kind": kind, "items": items}))
    return out


# One new thing announced, then typed: "New dog to add: Juno - greyhound, 4 years", "new soap: Jabón de Café - $85 MXN",
# "New piece! Collar Frida – $1,450 MXN", "We have taken in a new dog. Please add: Maple – 5 year old ...".
_ANNOUNCED = re.compile(r"(?:^|[.!?]\s+|,\s+(?=(?:please\s+|pls\s+)?add\s*:))(?:(?:we\s+(?:have|got)\s+)?(?:a\s+)?new\s+[\w-]+(?:\s+to\s+add)?\s*(?:[:!]+|\.(?=\s+[A-Z]))|"
                        r"(?:please\s+|pls\s+)?add\s*:)\s*(?P<what>[^\n]{3,200})$", re.IGNORECASE)


MAX_NAME = 60


def announced(request: str, site: Site | None) -> Plan | None:
    """The one new thing a request announces and types (``_ANNOUNCED``), as an entry of the one list whose like it
    is (:func:`_target`); None where it types more than one thing or no list of the site is its like."""
    found = _ANNOUNCED.search(request.strip())
    if site is None or found is None or _ANNOUNCED.search(found.group("what")):
        return None
    what = found.group("what").strip(" .")
    if len(pieces(what)[0]) > 1 and all(_shapes(p) for p in pieces(what)[0]):
        return None  # "add: Oat Milk +0.80, Extra Shot +0.60": two things, each with its price
    name, detail = entry_of(what)
    lead = re.sub(r"[:!.\"“”]", " ", request[:found.start("what")])
    if NOT_AN_ENTRY.search(lead) or NOT_AN_ENTRY.search(name):
        return None  # "new page: About", "add: a line saying ...": no entry of a list
    if not name or len(name) > MAX_NAME:
        return None  # "Please add: Telephone 01584 872 306, visits by appointment only, ...": details, no one thing's name
    items = [Entry(title=name, text=detail[:300])]
    target = _target(items, request, site)
    page, section = target if target is not None else (None, None)
    if page is None or section is None:
        return None
    return Plan(ops=[AddItems(op="add_items", route=page.route, kind=section.kind, items=items)])


# What a request adds beside a removal: "banana bread is off. add\nRicotta Hotcakes 22.00".
_ADDED = re.compile(r"\b(?:add|put\s+in|and\s+add|new)\b[:!.\s]*(?P<what>.+)$", re.IGNORECASE | re.DOTALL)


_THEN_REMOVE = re.compile(r",?\s+(?:and\s+)?(?:remove|delete|take\s+(?:off|out))\b", re.IGNORECASE)
_TO_LIST = re.compile(r"\s+to\s+(?:the\s+)?(?P<where>[\w'’ ]{1,30}?)(?:\s+(?P<kind>page|list))?$", re.IGNORECASE)
_NAME = r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}"
_NAMES_AND = re.compile(rf"{_NAME}\s+(?:and|&)\s+{_NAME}")


def added_beside(removal: RemoveItem, request: str, site: Site) -> AddItems | None:
    """The items the request adds beside ``removal`` ("X is off. add Y 22.00"), in the removed item's list;
    None where it adds nothing it types or the site lists no such item."""
    said = _ADDED.search(request)
    section = next(((p, s) for p in site.pages for s in _lists(p, site)
                    if any(i.title == removal.item for i in s.items) or any(t.name == removal.item for t in s.tiers)), None)
    if said is None or section is None:
        return None
    # "add Moortown and Alwoodley, remove Kirkstall": what is added, not the removal said after it
    what = _THEN_REMOVE.split(said.group("what"), maxsplit=1)[0].strip(" .!")
    to = _TO_LIST.search(what)
    if to is not None and (norm_words(section[0].title).startswith(norm_words(to.group("where"))) or to.group("kind")):
        what = what[:to.start()]  # "add Moortown and Alwoodley to areas" of the Areas Covered page
    if NOT_AN_ENTRY.search(re.split(r"[:\n]", what)[0]):
        return None  # "add booking contact to the Tours page: ...": a note, not an item of the list
    lines = list_lines(what, lead=False)
    typed = lines or pieces(re.split(r"[.!?]\s", what)[0])[0]
    if len(typed) == 1 and _NAMES_AND.fullmatch(typed[0]):
        typed = re.split(r"\s+(?:and|&)\s+", typed[0])  # "Moortown and Alwoodley": two places of a list of places
    found = [Entry(title=name[:120], text=detail[:300]) for name, detail in (entry_of(t) for t in typed) if name]
    if not found or len(found) > 8:
        return None
    page, kind = section[0], section[1].kind
    return AddItems(op="add_items", route=page.route, kind=kind, items=found)
