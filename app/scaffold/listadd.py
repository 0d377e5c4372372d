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
from app.scaffold.plan import AddItems, Entry, Plan
from app.scaffold.pricefit import PRICE
from app.scaffold.site import Item, Site, norm_words

# The entry, after what says it is one to add: "Please add: X", "new player: X", "add to menu X", "on Team page add
# player X" (a word for what it is may stand before it).
_ADDS = (
    re.compile(r"(?:^|[.!?]\s+)(?:please\s+)?(?:add|put\s+up|list)(?:\s+(?:this|these|a\s+new\s+\w+|new\s+\w+|the\s+new\s+\w+))?"
               r"\s*:\s*(?P<entry>[^\n:]+?)\W*$", re.IGNORECASE),
    re.compile(r"^\W*(?:a\s+)?new\s+\w+\s*:\s*(?P<entry>[^\n:]+?)\W*$", re.IGNORECASE),
    re.compile(r"^\W*(?:please\s+)?add\s+(?:to|on|in)\s+(?:the\s+)?(?P<page>[\w'’]+(?:\s+[\w'’]+)??)\s+(?:page\s+)?"
               r"(?P<entry>[^\n:]+?)\W*$", re.IGNORECASE),
    re.compile(r"^\W*(?:on|in)\s+(?:the\s+)?(?P<page>[\w'’]+(?:\s+[\w'’]+)?)\s+page,?\s+(?:please\s+)?add\s+"
               r"(?:(?:a\s+)?(?:new\s+)?[a-z]+\s+(?=[A-Z0-9]))?(?P<entry>[^\n:]+?)\W*$"),
)
# Words that say more than one entry, or something beside it.
_MORE = re.compile(r"\s(?:and|&)\s|;|\b(?:also|then|remove|delete|change|move|instead|section|page)\b", re.IGNORECASE)
MIN_ITEMS = 2
MIN_SHARE = 0.6
MAX_WORD_GAP = 1


def _shape(title: str, text: str) -> tuple[bool, bool, str, int]:
    """A number first, a price (or a number) last, a detail that starts with a number or a word, and how many words."""
    last = title.split()[-1] if title.split() else ""
    priced = bool(PRICE.search(last)) or bool(re.fullmatch(r"\d[\d.,]*", last))
    detail = "" if not text else "number" if text[:1].isdigit() else "word"
    return bool(re.match(r"\d", title)), priced, detail, len(title.split())


def _alike(entry: tuple[bool, bool, str, int], item: tuple[bool, bool, str, int]) -> bool:
    # names as long as each other where nothing else tells the list's entries apart ("Rosie" is no "Monday to Friday")
    return entry[:2] == item[:2] and (not entry[2] or not item[2] or entry[2] == item[2]) \
        and (entry[0] or entry[1] or abs(entry[3] - item[3]) <= MAX_WORD_GAP)


def _lists(site: Site, page_said: str) -> list[tuple[str, str, list[Item]]]:
    """(route, kind, items) of each section with entries, on the page named when one is."""
    named = [p for p in site.pages if page_said and norm_words(p.title) == norm_words(page_said)]
    pages = named or site.pages
    return [(p.route, s.kind, s.items) for p in pages for s in p.sections if len(s.items) >= MIN_ITEMS]


def read(request: str, site: Site | None) -> Plan | None:
    """The entry added to the one list of its shape (see the module docstring); None when there is not one."""
    found = next((m for pattern in _ADDS if (m := pattern.search(request.strip()))), None)
    if site is None or found is None or _MORE.search(found.group("entry")):
        return None
    said = found.group("entry").strip(" .,")
    page = found.groupdict().get("page") or ""
    title, text = entry_of(said)
    shape = _shape(title, text)
    if not (shape[0] or shape[1] or shape[2] == "number"):
        return None  # a shape of no list in particular ("Please add: John Smith")
    fits = [(route, kind, items) for route, kind, items in _lists(site, page)
            if sum(_alike(shape, _shape(i.title, i.text)) for i in items) >= MIN_SHARE * len(items)]
    if len(fits) != 1:
        return None
    route, kind, items = fits[0]
    whole = all(not i.text for i in items)  # a list that keeps each entry in its name ("Coconut coffee 50.000đ")
    entry = Entry(title=said, text="") if whole else Entry(title=title, text=text)
    try:
        return Plan(ops=[AddItems.model_validate({"op": "add_items", "route": route, "kind": kind, "items": [entry]})])
    except ValidationError:
        return None  # a section of a kind that takes no entries


def placed(ops: list[Any], request: str, site: Site | None) -> list[Any]:
    """``ops``, or the entry added to its list (``read``) where they put it anywhere else."""
    plan = read(request, site)
    if plan is None:
        return ops
    added = plan.ops[0]
    assert isinstance(added, AddItems)
    there = [op for op in ops if isinstance(op, AddItems) and op.route == added.route and op.kind == added.kind]
    if there and any(norm_words(added.items[0].title) in norm_words(f"{i.title} {i.text}") for op in there for i in op.items):
        return ops
    return list(plan.ops)
