"""A price replaced by words: "the mug is sold out, please write 'sold out' next to it instead of the price", "on
Shop page for Mug Kiez remove the price 32 € and write sold out instead".

The model set the home page's heading to "sold out", or the item's name. Here the one item the request names (by
most of its words, or by the first word of its name alone: "the mug" of "Mug 'Kiez', matte blue") keeps its name and
shows the words in place of its price.
"""

from __future__ import annotations

import re

from app.scaffold.itemfit import item_meant
from app.scaffold.plan import EditItem, Plan, replacing
from app.scaffold.site import Site, norm_words, shown_as, shown_text

_WORDS = r"['\"“‘]?(?P<words>[^'\"”’.,!?]{2,30}?)['\"”’]?"
_INSTEAD = (
    re.compile(rf"\b(?:write|put|say|show)\s+{_WORDS}\s+(?:next\s+to\s+it\s+|there\s+|beside\s+it\s+)?instead\s+of\s+"
               r"(?:the|its)\s+price\b", re.IGNORECASE),
    re.compile(rf"\bremove\s+(?:the|its)\s+price\b[^,.!?]{{0,20}}?\s+and\s+(?:write|put|say|show)\s+{_WORDS}\s+instead\b",
               re.IGNORECASE),
)


def _first_word_named(request: str, site: Site) -> str | None:
    """The one item whose name's first word the request says ("the mug"), where no other item's does."""
    said = set(norm_words(request).split())
    titles = {i.title for page in site.pages for section in page.sections for i in section.items if i.title}
    led = [t for t in titles if (first := norm_words(t).split()[:1]) and len(first[0]) >= 3 and first[0] in said]
    return led[0] if len(led) == 1 else None


# The words put beside what the item says: "Selbu workshop is full now, please write SOLD OUT next to it".
# ... or next to the thing it names: "can u write SOLD OUT next to tiny frog"
_BESIDE = re.compile(rf"\b(?:write|put|add|say|show|mark\s+it)\s+{_WORDS}\s+(?:(?:next\s+to|beside|after)\s+(?:it|that)\b(?!\s+instead)|"
                     r"(?:next\s+to|beside)\s+(?:the\s+)?(?P<thing>[^,.!?:]{3,40}?)(?=\s*(?:[,.!?]|$)))", re.IGNORECASE)


# ... or the thing named first: "beside chicken tocino write OUT OF STOCK"; or the words said before ("... is sold out until
# march, write it beside"), or "mark it as SOLD rather than removing it"
_BESIDE_FIRST = re.compile(rf"\b(?:next\s+to|beside)\s+(?:the\s+)?(?P<thing>[^,.!?:]{{3,40}}?)\s*,?\s+(?:write|put|add|say|show)\s+{_WORDS}"
                           r"(?=\s*(?:[,.!?]|$))", re.IGNORECASE)
_IT_BESIDE = re.compile(r"\b(?:write|put|add)\s+(?:it|that|this)\s+(?:beside|next\s+to)(?:\s+(?:it|that|the\s+name))?\b", re.IGNORECASE)
_MARK_AS = re.compile(rf"\bmark\s+(?:it|that|them)\s+as\s+{_WORDS}(?=\s*(?:[,.!?]|$|\s+(?:rather|instead|and|please|pls)\b))",
                      re.IGNORECASE)
_THE_WORD = re.compile(r"^(?:the\s+words?|a|the)\s+", re.IGNORECASE)  # "put the word SOLD next to it"


_GONE = re.compile(r"\b(?:sold\s+out|out\s+of\s+stock|full|fully\s+booked|booked\s+out|finish(?:ed)?|gone|agotad[oa]|unavailable|"
                   r"not\s+available|cancell?ed)\b", re.IGNORECASE)


def _by_detail(request: str, site: Site) -> str | None:
    """The one item whose detail holds a capitalised word the request says ("Selbu workshop" of "4 February: Selbu
    mitten workshop 350 kr"), where no other item's name or detail does."""
    said = {w.lower() for w in re.findall(r"\b[A-Z][\w'’-]{3,}", request)}
    held = [i.title for page in site.pages for section in page.sections for i in section.items
            if i.title and said & set(norm_words(f"{i.title} {i.text}").split())]
    return held[0] if len(held) == 1 else None


def _detail(site: Site, title: str) -> str | None:
    return next((i.text for page in site.pages for section in page.sections for i in section.items if i.title == title), None)


def read(request: str, site: Site | None) -> Plan | None:
    """The edit that shows the typed words in place of the named item's price, or after what it says; None for any
    other request."""
    found = next((m for pattern in _INSTEAD if (m := pattern.search(request))), None)
    beside = (_BESIDE.search(request) or _BESIDE_FIRST.search(request) or _MARK_AS.search(request)) if found is None else None
    said = found or beside
    gone = _GONE.search(request)
    if site is None:
        return None
    if said is not None:
        words = _THE_WORD.sub("", said.group("words").strip())
    elif gone is not None and _IT_BESIDE.search(request):
        words = gone.group(0)  # "The Alpaga du Bic is sold out until march, write it beside"
    else:
        return None
    # next to a thing named, only where the request says it is gone ("the tiny frogs are sold out rn, can u write SOLD OUT
    # next to tiny frog"), not "put Secretary next to Bev Kowalski"
    thing = beside.groupdict().get("thing") if beside is not None else None
    if thing and not gone:
        return None
    beside_it = beside is not None or said is None
    item = (item_meant(thing, site) if thing else None) or item_meant(request, site) or _first_word_named(request, site) \
        or (_by_detail(request, site) if beside_it else None)
    if item is None:
        return _beside_in_text(request, site, words, thing) if beside_it else None
    detail = _detail(site, item) if beside_it else None
    return Plan(ops=[EditItem(op="edit_item", item=item, text=f"{detail} – {words}" if detail else words)])


# What is full or sold out, said first: "Catan tournament is sold out, write SOLD OUT next to it".
# ... or after what it is: "out of stock chicken tocino until next week, put ..."
_GONE_FIRST = re.compile(r"^\W*(?:sold\s+out|out\s+of\s+stock)\s*:?\s+(?:the\s+|our\s+)?(?P<name>[^,.!?]{3,40}?)"
                         r"(?=\s+(?:until|till|for|this|today|now)\b|\s*[,.!?]|$)", re.IGNORECASE)
_SUBJECT = re.compile(r"^\W*(?:the\s+|our\s+)?(?P<name>[^,.!?]{3,60}?)\s+(?:is|are|'s|’s)\s+(?:now\s+|already\s+)?"
                      r"(?:sold\s+out|full|fully\s+booked|booked\s+out|cancell?ed|postponed|finish(?:ed)?)\b", re.IGNORECASE)


def _beside_in_text(request: str, site: Site, words: str, thing: str | None) -> Plan | None:
    """The words after the thing's name where a text shows it once (no item has it): "Catan tournament – SOLD OUT ..."."""
    found = _SUBJECT.match(request) or _GONE_FIRST.match(request)
    # the thing named beside the words, else the one the request says is gone ("The workshop is full, please write ... next to
    # the event"), else the one name it types that a text shows once
    said = [name.strip() for name in (thing, found.group("name") if found is not None else "", _named_once(request, site)) if name]
    shown: set[str] = set()
    for name in said:
        shown = shown_as(site, name) or _listed_with(site, name)
        if shown:
            break
    op = replacing(name, f"{name} – {words}") if len(shown) == 1 and (name := next(iter(shown))) else None
    return Plan(ops=[op]) if op is not None else None


def _named_once(request: str, site: Site) -> str:
    """The one run of capitalised words the request types (two or more) that a text of the site shows once: "the Raleigh
    Twenty" of "Leave the Raleigh Twenty on the Bikes for Sale page but put the word SOLD next to it"; "" else."""
    runs = re.findall(r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)+", request)
    text = shown_text(site)
    shown = [run for run in dict.fromkeys(runs) if text.count(run) == 1 and len(shown_as(site, run)) == 1]
    return shown[0] if len(shown) == 1 else ""


def _listed_with(site: Site, name: str) -> set[str]:
    """The pieces of a text's list (cut at commas) that have each word of ``name`` in any order ("coconut soap" of
    "Seaweed Soap Coconut 8000 TSh")."""
    words = set(norm_words(name).split())
    return {piece.strip() for text in shown_text(site).split(" | ") for piece in re.split(r"[,;]", text)
            if len(words) >= 2 and words <= set(norm_words(piece).split())}
