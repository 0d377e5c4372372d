"""The piece of a text that names something to take out: "Kids Swag $420" of "Single Drover $685, Double Drover
$925, Kids Swag $420.", "Joyce Lindqvist" of a run of names, " + bank sync" of "unlimited roommates + bank sync", one
class of a timetable typed on one line. ``itemfit`` finds the sentence; here it is cut to what the request names, so
the rest of the sentence stays.
"""

from __future__ import annotations

import re

from app.scaffold.pricetyped import PRICE
from app.scaffold.site import norm_words


def stems(words: set[str]) -> set[str]:
    """``words`` without a plural's "s" or a verb's "ing": "cot duvets" names "Cot duvet £65", "launch date" names
    "launching March 2027"."""
    return {re.sub(r"(?<=\w\w\w)(?:s|ing)$", "", w) for w in words}


# A person's name in a run of them: a capitalised first name and surname.
_PERSON = re.compile(r"(?<![\w'’])(?-i:[A-Z][a-z'’]+)\s+(?-i:[A-Z][\w'’-]+)(?![\w'’])")
_ONLY_PEOPLE = re.compile(rf"(?:{_PERSON.pattern}(?:\s*(?:,|and|&)?\s*))+")  # a sentence's end that is all names


# Two names joined by "and", after what they are: "Hotels nearby: The Wykeham Arms and Holiday Inn Winchester".
# "Gold sponsors are X and Y" too, and after a word that says what they are to it: "editorial work for Público and Visão
# magazine" (u430)
_TWO_NAMES = re.compile(r"^(?:[^:]{2,40}:\s+|[^:]{2,60}?\s(?:are|is|for|with|by|from|at|including)\s+)(?P<a>(?-i:[A-Z])\S*(?:\s+\S+){0,5}?)"
                        r"\s+(?:and|&)\s+(?P<b>(?-i:[A-Z])\S*(?:\s+\S+){0,5}?)\s*$")


def _half_holding(sentence: str, wanted: set[str]) -> str:
    """The one of two names joined by "and" that names ``wanted``, with the "and" ("and Holiday Inn Winchester");
    "" where the sentence is no two names or both or neither name it."""
    m = _TWO_NAMES.match(sentence.rstrip(".!"))
    if m is None:
        return ""
    holds = [stems(wanted) <= stems(set(norm_words(m.group(g)).split())) for g in ("a", "b")]
    if holds == [False, True]:
        return sentence[m.end("a"):m.end("b")]
    return sentence[m.start("a"):m.start("b")].rstrip() if holds == [True, False] else ""


NAME_DASH = re.compile(r"(?<!\S)(?P<name>(?-i:[A-Z])[\w'’]+(?:\s(?-i:[A-Z])[\w'’]+){0,3})\s[-–—]\s")


def _added_holding(piece: str, wanted: set[str]) -> str:
    """Of a piece whose parts are joined by "+" or "&" ("unlimited roommates + bank sync"), the one part that holds
    ``wanted``, with its joiner; ""."""
    parts = re.split(r"(\s+[+&]\s+)", piece)
    held = [i for i in range(0, len(parts), 2) if stems(wanted) <= stems(set(norm_words(parts[i]).split()))]
    if len(parts) < 3 or len(held) != 1:
        return ""
    at = held[0]
    return "".join(parts[at - 1:at + 1]) if at else "".join(parts[0:2])


def piece_holding(sentence: str, wanted: set[str]) -> str:
    """The part of ``sentence`` that names ``wanted``: the piece between commas, the half of it around
    "and", or the whole sentence; "" when the sentence lists things and no one piece names it."""
    lead = re.match(r"^\s*([^:,.;]{2,60}?)\s*:", sentence)
    if lead is not None and stems(set(norm_words(lead.group(1)).split())) == stems(wanted):
        return sentence  # "Full Tea Course: 90 minutes, ¥6,000, include tasting ...": the sentence is the thing's own
    people: list[str] = _PERSON.findall(sentence)
    named = [p for p in people if set(norm_words(p).split()[:1]) == wanted]
    if len(people) >= 3 and len(named) == 1 and _ONLY_PEOPLE.fullmatch(sentence[sentence.find(people[0]):].rstrip(" .")):
        return named[0]  # "... names Brenda Kowalski Joyce Lindqvist Dot Ferraro ...": Joyce Lindqvist alone
    # "Road frame ¥280,000 / gravel frame ¥310,000 / ...": parted by slashes where no commas part it ("Muzzarella $6.500 /
    # $9.800, Fugazzeta ...": one thing's two prices)
    pieces = re.split(r"(,\s+|;\s+)" if re.search(r",\s+|;\s+", sentence) else r"(\s+/\s+)", sentence.rstrip(".!"))
    numbered = re.split(r"\s+(?=\d{1,2}\)\s)", sentence)  # "1) Galle Fort walk - LKR 6,500 2) Sea turtle hatchery ..."
    # "Bramble – 4 year old brindle greyhound, gentle Pip – 2 year old lurcher, ...": an entry from each name before a
    # dash, the one whose name is all the request names ("Molly"), not one that holds a word of it ("drone" of "Platinum")
    led = [m for m in NAME_DASH.finditer(sentence) if stems(set(norm_words(m.group("name")).split())) == stems(wanted)]
    if len(led) == 1 and len(NAME_DASH.findall(sentence)) >= 3:
        ends = [m.start() for m in NAME_DASH.finditer(sentence, led[0].end())]
        return sentence[led[0].start():ends[0] if ends else len(sentence)].strip(" ,;")
    run = numbered if len(numbered) >= 3 else run_of_entries(sentence) if len(pieces) == 1 else None
    if run is not None:
        # a list typed one entry a line and kept as one text ("Adult smock - GH₵ 350 Kids smock - GH₵ 180 Fugu
        # cap - GH₵ 60"): the one entry that names it, else nothing (the whole run would go with it)
        held = [p.strip() for p in run if stems(wanted) <= stems(set(norm_words(p).split()))]
        return held[0] if len(held) == 1 else ""
    holding = [i for i in range(0, len(pieces), 2) if stems(wanted) <= stems(set(norm_words(pieces[i]).split()))]
    if len(holding) == 1 and run_of_entries(pieces[holding[0]]) == []:
        return ""  # "..., loves chrome Jas - acrylics queen Tori - nail art": several people in one piece
    # two pieces are a list when each is a thing of its own (a name, a price); "Juveniles (U8-U14) Sat 9am,
    # coach Siobhan Tierney" is one thing said in two
    listed = len(pieces) >= 5 or all(re.match(r"\s*(?:(?:and|&)\s+)?[A-Z0-9$£€]", p) or PRICE.search(p)  # "smoked paprika 100g 1500 Ft"
                                     for p in pieces[2::2])
    if len(pieces) >= 5 and len(holding) != 1:
        return ""  # a list none of whose pieces holds the whole name ("We rent canopies, ... and generators"): no one place
    if len(pieces) == 1 and (one := _half_holding(sentence, wanted)):
        return one
    if len(holding) == 1 and (added := _added_holding(pieces[holding[0]], wanted)):
        return added  # "bank sync" of "Plus: $4/mo per house, unlimited roommates + bank sync": " + bank sync"
    if len(pieces) == 1 or len(holding) != 1 or not listed:
        return sentence
    at = holding[0]
    if at == 0 and not re.search(r"\d", pieces[0]) and all(re.search(r"\d", p) for p in pieces[2::2]):
        return sentence  # "Savoury cabbage rétes, Sunday at 10:00, 16,000 HUF per person.": the name, then its details
    price = r"\s*(?:[$£€₦₹]|R\s?\d)"
    after = pieces[at + 2::2]
    said_of = all(re.match(price, p) or re.match(r"\s*[a-z]", p) and not re.search(r"[$£€₦₹]|\bR\d", p) for p in after)
    if after and re.match(price, after[0]) or at == 0 and said_of and sum(bool(re.match(price, p)) for p in after) <= 1:
        # "Full Day Burren Botany – 6 hours, €80 per person, June to August.", "Seekat Cottage – sleeps 6, three
        # bedrooms, sea views, R2600 per night.": one thing and what is said of it
        return sentence
    # "..., the blackstairs beanie and the wexford wrap": the part of the piece after or before its "and"
    halves = re.split(r"(\s+and\s+)", pieces[at])
    half = [i for i in (0, 2) if len(halves) == 3 and wanted <= set(norm_words(halves[i]).split())]
    if len(half) == 1:
        return "".join(halves[1:3]) if half[0] == 2 else "".join(halves[0:2])
    # the piece with the separator before it (after it, when it is the first, without the lead that names the list:
    # "Sponsorship slots still available: Gate banner Rs 25,000, Pandal banner ..." keeps "Sponsorship slots still available: ")
    if at:
        return "".join(pieces[at - 1:at + 1])
    lead = re.match(r"[^:]{3,80}:\s*", pieces[0])
    if lead is not None and stems(wanted) <= stems(set(norm_words(pieces[0][lead.end():]).split())):
        return pieces[0][lead.end():] + pieces[1]
    return "".join(pieces[0:2])


DAY_ENTRY = re.compile(r"(?<![\w-])(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Satur|Sat|Sun)(?:day)?\.?,?\s+(?=\d)")


def run_of_entries(sentence: str) -> list[str] | None:
    """``sentence`` cut into its entries where it runs several together without commas: after each price
    that a capitalised word follows; [] (no entry can be told apart) when it holds two or more "name - detail"
    pairs and no prices; None when it is no such run."""
    # a new entry opens with a capital: "small £4 large £6" is one thing's sizes
    ends = [m.end() for m in PRICE.finditer(sentence) if re.match(r"\s+[A-Z]", sentence[m.end():])]
    if ends:
        return [sentence[a:b] for a, b in zip([0, *ends], [*ends, len(sentence)], strict=True)]
    # a timetable typed on one line: "Monday 18:30 Vinyasa Flow Wednesday 18:30 Hatha Basics Friday 07:00 ..."
    starts = [m.start() for m in DAY_ENTRY.finditer(sentence)]
    if len(starts) >= 2:
        return [sentence[a:b].strip() for a, b in zip([0, *starts], [*starts, len(sentence)], strict=True) if a < b]
    return [] if len(re.findall(r"\s[-–—]\s", sentence)) >= 2 else None


def names_another(piece: str, request: str) -> bool:
    """Whether the piece of text a removal would take off names, joined to what the request names by "and", another
    thing the request does not ("Barossa and Clare valleys" of "take out Clare valley")."""
    said = set(norm_words(request).split())
    # "round bales and square bales" of "take off the square bales": two kinds of one thing
    kinds = [(a, b) for a, _thing, b in re.findall(r"\b([a-z]{3,})\s+([a-z]{3,})\s+(?:and|&)\s+([a-z]{3,})\s+\2\b", piece, re.IGNORECASE)]
    return any((a.casefold() in said) != (b.casefold() in said)
               for a, b in [*re.findall(r"(?-i:([A-Z][a-z]{2,}))\s+(?:and|&)\s+(?-i:([A-Z][a-z]{2,}))", piece), *kinds])
