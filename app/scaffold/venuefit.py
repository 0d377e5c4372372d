"""A new venue said without the old one: "Venue changed. New venue is Mengo Hill Secondary School main hall",
"Change venue!! now it's Rockview Hotel Owerri, Wetheral Road, same time".

The model made these a new site ("Mengo Hill Secondary School") or an edit of an item "Venue" the site does not
have. The site shows the old venue in a sentence ("..., venue Nsambya Community Hall.", "... at Owerri Civic Hall,
12 noon."): a run of capitalised words after "venue" or "at" that ends in what a venue is called (Hall, Hotel,
Centre, ...). Where the site shows one such, the new venue, as typed, takes its place.
"""

from __future__ import annotations

import re

from app.scaffold.plan import Plan, ReplaceText
from app.scaffold.site import Site, shown_text

# "Oops park change, now at Emma Prusch Farm Park": a place said to change, and where it is now
_ASKS = re.compile(r"\bvenue\b|\b(?:location|park|hall|place|restaurant|stop)\s+(?:has\s+)?(?:change[sd]?|moved)\b.*\bnow\s+(?:is\s+)?at\s+(?-i:[A-Z])",
                   re.IGNORECASE)
# The new venue, after what says it is new, to the clause that says what stays.
_NEW = re.compile(r"\b(?:new\s+venue\s+(?:is|:)|venue\s+(?:is\s+)?now(?:\s+is)?|now\s+(?:it'?s|it\s+is|is\s+at|at)|venue\s*:|"
                  r"(?:moved|moving|changed?)\s+to)\s+(?:the\s+)?(?P<new>(?-i:[A-Z])[^.!?;\n]{2,80}?)"
                  r"\s*(?=,?\s*(?:same|but|and\s+same|still|not|instead)\b|[.!?;\n]|$)", re.IGNORECASE)
_PLACE_WORDS = (r"Hall|Hotel|Centre|Center|Church|School|Park|Club|Pavilion|Inn|Lodge|Stadium|Room|Rooms|House|Arena|Theatre|"
                r"Theater|Bar|Pub|Cafe|Café|Restaurant|Gardens|Garden|Ground|Grounds|Field|Beach|Library|Museum|Barn|Farm|Estate")
# ... or opens with it ("at Salón Las Palmas", "at Hotel Voroněž")
_LEADING = r"Salón|Salon|Hotel|Villa|Casa|Club|Café|Cafe|Restaurant|Restoran|Hall|Quinta|Finca|Parque|Centro"
_OLD = re.compile(rf"\b(?:venue(?:\s+is)?|at|in)\s+(?:the\s+)?(?P<old>(?:[A-Z][\w'’&-]*\s+){{0,5}}(?:{_PLACE_WORDS})\b"
                  rf"|(?:{_LEADING})(?:\s+(?:de\s+|del\s+|la\s+|las\s+|los\s+)?[A-Z][\w'’&-]*){{1,3}})")
# "Replace the venue Owerri Civic Hall everywhere on the homepage with: Rockview Hotel, Wetheral Road, Owerri.": the old one named
_WITH = re.compile(r"\b(?:with|by|to)\s*:?\s+['\"“‘]?(?P<new>(?-i:[A-Z])[^'\"”’!?;\n]{2,80}?)['\"”’]?"
                   r"\s*(?=(?:,\s*|\s+)(?:everywhere|same|but|keep|please)\b|\.(?:\s|$)|[!?;\n]|$)", re.IGNORECASE)


def read(request: str, site: Site | None) -> Plan | None:
    """The old venue replaced by the new one the request types, where the site shows one venue; None else."""
    if site is None or not _ASKS.search(request):
        return None
    shown = shown_text(site)
    olds = {m.group("old") for m in _OLD.finditer(shown)}
    if not olds:  # "..., AIC Kericho Town Church Hall, 11am." named in the request by its words ("the church hall is ...")
        said = {w for w in re.findall(r"[a-z]{3,}", request.casefold())}
        olds = {m.group(0) for m in _PLACE_RUN.finditer(shown) if len(said & set(re.findall(r"[a-z]{3,}", m.group(0).casefold()))) >= 2}
    if len(olds) != 1:
        return None  # no venue shown, or several
    old = olds.pop()
    if shown.count(old.split()[0]) > shown.count(old):
        return None  # the venue named elsewhere in other words ("Slottsträdgården" beside "Slottsträdgården Café")
    at = request.lower().find(old.lower())
    new = _WITH.search(request, at + len(old)) if at >= 0 else _NEW.search(request)
    if new is None:
        return None
    venue = new.group("new").strip(" ,")
    if old in venue or venue in old:
        return None
    return Plan(ops=[ReplaceText(op="replace_text", old=old + _old_address(old, venue, shown), new=venue)])


def _old_address(old: str, venue: str, shown: str) -> str:
    """The comma parts the site shows after the old venue, up to the town the new venue names again ("Dragon Court
    Restaurant, Seremban 2" in place of "Restoran Kim Hoe, Jalan Tuanku Antah, Seremban": its street and town too); "".
    A new venue that names no town the old one's address does keeps what follows ("..., 4510 Montana Ave" of "Salón
    Las Palmas, El Paso")."""
    towns = set(re.findall(r"(?-i:[A-Z])[\w'’-]{2,}", venue.partition(",")[2]))
    tail = re.match(r"(?:,\s+(?-i:[A-Z])[^,.;!?\n]*?(?=[,.;!?\n]|$))+", shown[shown.find(old) + len(old):])
    parts = re.findall(r",\s+[^,]+", tail.group(0)) if tail is not None else []
    for end in range(len(parts), 0, -1):
        if towns & set(re.findall(r"(?-i:[A-Z])[\w'’-]{2,}", parts[end - 1])):
            return "".join(parts[:end])
    return ""


_PLACE_RUN = re.compile(rf"(?:[A-Z][\w'’&-]*\s+){{1,5}}(?:{_PLACE_WORDS})\b")
