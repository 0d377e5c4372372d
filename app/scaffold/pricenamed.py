"""New prices for several things the site prices, each typed after (or before) its name: "Prices up from January:
Classic ₩700,000, Signature ₩1,300,000", "Socks now 1000 som and long socks 1450 som", "Il Fienile becomes €120 and
La Stalla €165".

``pricefit`` reads each clause against the pieces of the site's texts, cut at every full stop and comma; a long
package description ("Signature - 6 cocktails incl. 1 custom drink ..., ₩1,200,000") or a name given in the section's
heading is then no piece that names the thing. Here each price the site shows is named by everything written before it
since the price before it (an item's title; a text's words, with its heading for the first), and each new price typed
is matched to the one price whose name holds the words typed with it, the most specific first ("long socks" before
"socks"). Every new price must find its own old one, in the same currency, or nothing is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.scaffold.plan import ReplaceText, replacing
from app.scaffold.pricefit import currency
from app.scaffold.pricepieces import SMALL
from app.scaffold.pricetyped import PRICE
from app.scaffold.site import Site, shown_text

MIN_PRICES = 2  # one new price is ``pricefit``'s
# What says the prices change (a list of prices alone may be new things: "Tournament entry: 12.000 pesos adults").
_CHANGE = re.compile(r"\b(?:now|up|down|becomes?|became|new\s+prices?|prices?\s+(?:change|rise|increase|go|went)\w*|"
                     r"chang\w*|increas\w*|rais\w*|from\s+(?:next|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)\b",
                     re.IGNORECASE)
# Where one typed price's clause ends.
_CLAUSE = re.compile(r"(,\s+|\s+and\s+)|[;.!?](?:\s+|$)|\n+")  # a full stop ends it ("€165. The others ..."), not "12.000"
# Words that say what happens, not what is priced.
_NOT_NAMING = SMALL | frozenset("up down becomes become became new change changes changed changing from next year month "
                                "january february march april may june july august september october november december "
                                "sorry people more expensive cheaper increase rise each per".split())
_STAYS = re.compile(r"\b(?:stays?|remains?|same|unchanged)\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Shown:
    price: str  # as the site shows it
    words: frozenset[str]  # the words that name it
    core: frozenset[str]  # its name proper: an item's title outside brackets, a text's words up to a dash, colon or comma
    field: str  # the text (an item's field or a section's text) that holds it


def _words(text: str) -> frozenset[str]:
    """The words that tell one priced thing from another, in any alphabet ("pão", "queijo"), one form for a plural."""
    return frozenset(re.sub(r"(?<=\w\w\w)s$", "", w) for w in re.findall(r"[^\W\d_]+", text.lower())
                     if len(w) > 1 and w not in _NOT_NAMING)


def _shown(site: Site) -> list[_Shown]:
    out: list[_Shown] = []
    for page in site.pages:
        for section in page.sections:
            for item in section.items:
                for field in (item.title, item.text):
                    for m in PRICE.finditer(field):
                        core = re.sub(r"\([^()]*\)", " ", item.title if field == item.text else field[:m.start()])
                        out.append(_Shown(m.group(0), _words(f"{item.title} {field}"), _words(core), field))
            text, before = section.text, 0
            for m in PRICE.finditer(text):
                # what names it, not the unit of the price before ("per night. La Stalla: 4 people, €150")
                named = re.sub(r"^[^.!?]{0,20}?[.!?;]\s+", "", text[before:m.start()]) if before else text[:m.start()]
                lead = named if before else f"{section.heading} {named}"  # "Il Fienile" as the heading, "2 people, ... €110"
                core = re.split(r"\s[–-]\s|:|,", named.strip(" .,;"), maxsplit=1)[0] if named.strip(" .,;") else section.heading
                out.append(_Shown(m.group(0), _words(lead), _words(core), text))
                before = m.end()
    return out


def read(request: str, site: Site | None) -> list[ReplaceText]:
    """Each new price typed replacing the old one of what it names; [] unless every one is found."""
    if site is None or len(PRICE.findall(request)) < MIN_PRICES or not _CHANGE.search(request):
        return []
    typed: list[tuple[str, frozenset[str]]] = []
    listed = re.split(r":\s", request, maxsplit=1)  # "Prices up from January: Classic ..., Signature ...": after the lead-in
    parts = _CLAUSE.split(listed[-1])  # clause, the "," or "and" after it (None after a sentence's end), clause, ...
    for clause, joined in zip(parts[::2], [*parts[1::2], None]):
        prices = PRICE.findall(clause or "")
        if len(prices) > 1 or (clause and not prices and joined and _words(clause) and not _STAYS.search(clause)
                               and not _CHANGE.search(clause)):
            # two prices in a clause, or a name whose price is said with the next ("Socks and long socks now ..."); not
            # what says they change ("the price of stone go up, the mosaic ... now is 220€ each")
            return []
        if prices:
            typed.append((prices[0], _words(PRICE.sub(" ", clause))))
    shown = _shown(site)
    found: dict[int, str] = {}
    # the most specific first: "long socks" takes "Long socks (knee)", and "socks" then "Yak wool socks"
    for new, said in sorted(typed, key=lambda t: -len(t[1])):
        if not said:
            return []
        fits = [i for i, s in enumerate(shown) if i not in found and currency(s.price) == currency(new)
                and (s.core and s.core <= said or said <= s.words)]
        exact = [i for i in fits if shown[i].core and shown[i].core <= said]
        fits = exact if len(exact) == 1 else fits
        if len(fits) != 1 or shown[fits[0]].price == new:
            return []
        found[fits[0]] = new
    if len(found) != len(typed):
        return []
    everything = shown_text(site)  # read once, not once a price
    ops = [op for i, new in found.items() if (op := _replacement(shown[i], new, everything)) is not None]
    return _in_turn(ops) if len(ops) == len(found) else []


def _in_turn(ops: list[ReplaceText]) -> list[ReplaceText]:
    """The replacements in an order where none replaces a price another has just written ("$7.500" -> "$9.000" after
    "$9.000" -> "$11.000", not before); [] where two would swap prices, which no order does."""
    done: list[ReplaceText] = []
    left = list(ops)
    while left:
        free = [op for op in left if not any(op.old in other.new for other in left if other is not op)]
        if not free:
            return []
        done.append(free[0])
        left.remove(free[0])
    return done[::-1]


def _replacement(shown: _Shown, new: str, everything: str) -> ReplaceText | None:
    """The old price replaced: alone where the site (``everything`` it shows) shows it once, else with the words before
    it that tell it apart."""
    if everything.count(shown.price) == 1:
        return replacing(shown.price, new)
    at = shown.field.find(shown.price)
    start = max(shown.field.rfind(",", 0, at), shown.field.rfind(".", 0, at - 1), -1) + 1
    old = shown.field[start:at + len(shown.price)].strip()
    return replacing(old, old.replace(shown.price, new)) if everything.count(old) == 1 else None
