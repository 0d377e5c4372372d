"""A section of cards the request counts and types: "Add a features section with 3 cards: Wind-down timer (dims your
phone and fades out audio), 120+ sleep sounds recorded in Nordic forests, Sleep diary with weekly insights",
"Features section, 3 cards: 'Scan in 2 seconds' - point your camera, we read every line. 'Split any way' - ...",
"features section w/ 3 cards: Feeding reminders – never starve your starter again. Hydration calculator – ...".

The model made one card of the first, kept a few words of each, or changed the colours. The count typed says how the
words part: the first way of parting them (quoted names, sentences, semicolons, commas outside brackets) that gives as
many cards as typed is the one; each card's name is what comes before its dash, colon or bracket, its text the rest,
whole. Exact by construction; where no way gives the count, the request is read as before.
"""

from __future__ import annotations

import re

from app.scaffold.contentfit import items_op
from app.scaffold.plan import Entry, Plan
from app.scaffold.pricetyped import PRICE
from app.scaffold.site import Site
from app.scaffold.stepsfit import WHERE, route_said

_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_CARDS = re.compile(r"^\W*(?P<lead>[^\n]{0,90}?)\b(?:(?:with|w/)\s*)?(?:exactly\s+)?(?P<n>[2-6]|two|three|four|five|six)\s+"
                    r"(?:feature\s+|small\s+|short\s+)?(?:cards?|boxes|tiles|columns|blocks|points|features|benefits|reasons)"
                    r"\s*(?::|[.–—-])\s*(?P<body>\S.*)$", re.IGNORECASE | re.DOTALL)
# A card's name, quoted, then its text after a dash or colon: "'Split any way' - by item, by percent or evenly."
_QUOTED_CARD = re.compile(r"[\"“‘'](?P<title>[^\"“”‘’\n]{2,60})[\"”’']\s*(?:[:–—-]\s*)?")
_NUMBERED = re.compile(r"^(?:card|box|tile|feature|point|column)\s*\d\s*[:.)–—-]\s*", re.IGNORECASE)
_NAME_THEN_TEXT = re.compile(r"^(?P<title>[^:–—()]{2,60}?)\s+(?:[–—-]|:)\s+(?P<text>.+)$|^(?P<title2>[^:–—()]{2,60}?):\s*(?P<text2>.+)$"
                             r"|^(?P<title3>[^()]{2,60}?)\s*\((?P<text3>[^()]+)\)$")
_SECTION_NAME = re.compile(r"[\"“‘'](?P<quoted>[^\"“”‘’\n]{2,40})[\"”’']|\b(?:titled|called|named)\s+(?P<titled>(?-i:[A-Z])[^,\n]{1,40}?)"
                           r"(?=\s+(?:with|w/)\b|\s*$)|\b(?P<features>features)\b", re.IGNORECASE)
# What the cards' words are not to be read alone: titles and descriptions typed apart ("Titles exactly: ... Descriptions:
# ..."), a new page ("Create a page at /privacy with three points"), a section replaced.
_NOT_PARTED = re.compile(r"\b(?:titles?|descriptions?|names?)\s*(?:exactly\s*)?:|\bpages?\b|\breplac\w*|\binstead\b", re.IGNORECASE)


def _quoted_parts(body: str) -> list[str]:
    heads = list(_QUOTED_CARD.finditer(body))
    return [body[m.start():heads[i + 1].start() if i + 1 < len(heads) else len(body)] for i, m in enumerate(heads)] \
        if heads and heads[0].start() == 0 else []


def _top_level(body: str, sep: str) -> list[str]:
    """``body`` parted at ``sep`` outside brackets."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(body):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 and body.startswith(sep, i):
            parts.append(body[start:i])
            start = i + len(sep)
    return [*parts, body[start:]]


def _card(part: str) -> Entry | None:
    part = _NUMBERED.sub("", part.strip()).strip(" ,;.")
    quoted = _QUOTED_CARD.match(part)
    if quoted is not None:
        title, text = quoted.group("title"), part[quoted.end():]
    elif (found := _NAME_THEN_TEXT.match(part)) is not None:
        title = found.group("title") or found.group("title2") or found.group("title3")
        text = found.group("text") or found.group("text2") or found.group("text3")
    else:
        title, text = part, ""
    title, text = title.strip(" ,;.:"), text.strip(" ,;:")
    text = text[1:-1] if text.startswith("(") and text.endswith(")") else text  # "'Family mode' (manage meds ...)"
    text = text[:-1] if text.endswith(".") and text.count(".") == 1 else text
    return Entry(title=title, text=text) if title and len(title) <= 60 and len(text) <= 200 else None


def cards(body: str, count: int) -> list[Entry]:
    """The ``count`` cards ``body`` types, by the first way of parting it that gives that many; [] when none does."""
    body = body.strip()
    for parts in (_quoted_parts(body), _top_level(body, ". "), _top_level(body, "; "), _top_level(body, ", "),
                  _top_level(body, " / ")):
        parts = [p for p in parts if p.strip(" .,;")]
        if len(parts) == count and None not in (found := [_card(p) for p in parts]):
            return [e for e in found if e is not None]
    return []


def read(request: str, site: Site | None) -> Plan | None:
    """The counted cards as a section (see the module docstring); None for any other request."""
    found = _CARDS.match(request.strip())
    if site is None or found is None or PRICE.search(found.group("body")):
        return None  # "3 plans: Basic $9 ...": prices, read as such
    lead = found.group("lead")
    if _NOT_PARTED.search(WHERE.sub(" ", _SECTION_NAME.sub(" ", lead))) or _NOT_PARTED.search(found.group("body").split(".")[0]):
        return None
    n = found.group("n").casefold()
    entries = cards(found.group("body"), _COUNTS.get(n) or int(n))
    route = route_said(_SECTION_NAME.sub(" ", lead), site)
    if not entries or route is None:
        return None
    named = _SECTION_NAME.search(lead)
    heading = (named.group("quoted") or named.group("titled") or "Features") if named is not None else ""
    items = items_op(route, "features", entries, heading=heading)
    return Plan(ops=[items]) if items is not None else None
