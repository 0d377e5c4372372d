"""What the user typed that the applied plan did not use.

A turn that did part of a request must say which part it did not do. Prices, times, durations,
emails, phone numbers, web addresses, quoted texts and who signed them are content a user types to see
on the site; any of them missing from the plan that was applied is named in the turn's
message ("Not used from your request: £48, 'Bella came back…'"), so a partial edit is
never shown as the whole of it.
"""

from __future__ import annotations

import re

from app.scaffold.pricetyped import PRICE

# A social handle: "@fruitvalefridge", "@wanjiru.shoots.ke"; not an email's "@gmail.com".
HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?\b")
# Each pattern finds one kind of typed-out content; order matters only for the message.
_CONTENT = [
    # a price as ``pricefit`` reads one, in any currency ("J$250", "GH₵ 120", "Rs. 600", "R600", "NZ$45"), with its period
    re.compile(rf"(?:{PRICE.pattern})(?i:\s?(?:/|per\s)\s?(?:month|mo|year|yr|hour|hr|week|night|person)\b)?"),
    re.compile(r"\b\d(?:[\d,]*\d)?(?:\.\d+)?\s?(?:€|EUR|USD|GBP)(?!\w)"),
    re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)\b", re.IGNORECASE),  # "7.30pm" whole, not "30pm"
    # a clock time without am or pm: "the Relay to 1:50", "Mass 18:30" (not the "2:1" of a ratio, nor a time range's ends)
    re.compile(r"(?<![\w:.,–-])(?<!\d to )(?<!\d - )(?<!\d – )\d{1,2}:\d{2}(?![\w:.,]\d|\s?(?:am|pm)\b|\s?(?:[-–]|to)\s?\d)", re.IGNORECASE),
    # hours from one clock time to another: "Tuesdays 13:00–16:00", "every day 08:00 - 19:00" (compared without its spaces)
    re.compile(r"(?<![\w:.])\d{1,2}:\d{2}\s*[-–—]\s*\d{1,2}:\d{2}(?![\w:])"),
    # hours as Brazil writes them, from one to the other in words: "8h to 18h" (not "7h - 13h", which an edit may replace)
    re.compile(r"\b\d{1,2}h(?:\d{2})?\s+(?:to|até|à|bis)\s+\d{1,2}h(?:\d{2})?\b", re.IGNORECASE),
    re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"),
    # "0113 496 0123", "(401) 555-0178", "07700 900461", and a two-digit code before two more groups: "04 385 2291",
    # "+55 48 99812 3307", "55 3412 8890", a six-digit area code: "017687 72431" (a postcode "31-128" is no phone number)
    # ... and pairs after them: "+46 70 412 38 19", "+995 555 98 76 54"; a number in pairs: "06 41 22 83 57"
    # a number after its country code is a phone number whatever its groups: "+370 612 44 901", "+47 912 34 567" (not
    # "+370 612 44", its code read as "+3" and "70")
    re.compile(r"(?<![\w/])\+\d{1,3}(?!\d)[\s-]?\(?\d{1,5}\)?(?:[\s-]\d{2,5}){1,4}\b(?![.,:/]\d)"
               r"|(?<![\w/])(?:\+\d{1,3}[\s-]?(?:\d[\s-](?=\d{3}))?)?\(?(?:\d{3,6}|\d{2}(?=\)?[\s-]\d{3,5}[\s-]\d))\)?(?:[\s-]\d{3,5}){0,2}[\s-]\d{3,6}\b"
               r"(?:[\s-]\d{2}\b(?![.,:/]\d|\s*(?:/|%|hours?\b|hrs?\b|h\b|am\b|pm\b|days?\b|min)))*"
               r"|(?<![\w/])(?:\+\d{1,3}[\s-]?)?0?\d{1,2}(?:[\s-]\d{2}){4}\b(?![.,:/]\d)"
               # an area code that opens with 0, then pairs: "02504 73 19 08"
               r"|(?<![\w/])0\d{2,5}(?:[\s-]\d{2}){3}\b(?![.,:/]\d)"),
    re.compile(r"https?://[^\s\"'<>]+"),
    HANDLE,
]
# How long: "4 hrs", "90 mins"; not one said in brackets beside a price ("£595 (up to 4 hours, includes ribbons)").
_DURATION = re.compile(r"\b\d+(?:\.\d+)?\s?(?:hrs?|hours?|mins?|minutes?)\b", re.IGNORECASE)
_QUOTED = re.compile(r"\"([^\"]{2,})\"|“([^”]{2,})”|(?:(?<=\s)|^)'([^']{2,})'(?=[\s.,;:!?)]|$)")
# Who signed a quote ("'...' - Earl Hupp, Clarksburg"): a name after a closing quote and a dash.
_SIGNER = re.compile(r"[\"”’']\s*[-–—~]+\s*([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})")
_FOLD = re.compile(r"[\s\u2019'\",.!?]+")


def fold(text: str) -> str:
    return _FOLD.sub(" ", text.casefold()).strip()


def typed_content(request: str) -> list[str]:
    """The pieces of content in ``request``, in order, without repeats."""
    found: list[tuple[int, str]] = []
    for pattern in _CONTENT:
        found += [(m.start(), m.group(0).strip()) for m in pattern.finditer(request)]
    found += [(m.start(), m.group(0)) for m in _DURATION.finditer(request)
              if request.count("(", 0, m.start()) <= request.count(")", 0, m.start())]
    for m in _QUOTED.finditer(request):
        quoted = next(g for g in m.groups() if g).strip()
        if re.fullmatch(r"[a-z]+", quoted):
            continue  # a word in scare quotes ("he's "busy" (gaming lol)"), not words for the site
        found.append((m.start(), quoted))
    # the signer ends with its sentence ("- Hemi Walker. And: ..."), not at an initial ("Marcus T. Smith")
    found += [(m.start(1), re.split(r"(?<=[a-z]{2})\.(?:\s|$)", m.group(1))[0].rstrip(".")) for m in _SIGNER.finditer(request)]
    return list(dict.fromkeys(text for _, text in sorted(found) if text))


def unused_content(request: str, applied: str) -> list[str]:
    """The typed content of ``request`` that does not appear in ``applied`` (the plan as applied,
    or the text it put on the site); compared without case, spacing and punctuation. A list
    line (``list_lines``) is placed when ``applied`` holds each of its words, split as the plan's
    fields split it ("Starter – ₹0" as an item's name and price)."""
    have = fold(applied)
    words = set(_WORD.findall(applied.casefold()))
    lines = [line for line in list_lines(request) if not set(_WORD.findall(line.casefold())) <= words]
    return [piece for piece in typed_content(request) if fold(piece) not in have and not _dialled(piece, applied)
            and not _parted(piece, have) and not _same_range(piece, have)] + lines


def _same_range(piece: str, have: str) -> bool:
    """Whether a range of clock times is placed with other spaces or dashes ("08:00 - 19:00" as "08:00–19:00")."""
    def bare(text: str) -> str:
        return re.sub(r"\s*[-–—]\s*", "-", text)
    return bool(re.fullmatch(r"\d{1,2}:\d{2}\s*[-–—]\s*\d{1,2}:\d{2}", piece)) and bare(fold(piece)) in bare(have)


def _parted(piece: str, have: str) -> bool:
    """Whether a quote typed as a question and its answer parted by an arrow ("Can i wash it? → hand wash only") is
    placed as its two parts (an FAQ entry's question and answer)."""
    parts = [fold(part) for part in re.split(r"\s*(?:→|->|=>)\s*", piece)]
    return len(parts) > 1 and all(part and part in have for part in parts)


def _dialled(piece: str, applied: str) -> bool:
    """Whether ``piece`` is a phone number a button's tel: link calls ("07700 900412" of "tel:07700900412")."""
    digits = re.sub(r"[\s()+-]", "", piece)
    return digits.isdigit() and len(digits) >= 7 and re.search(rf"\btel:\+?{digits}\b", applied) is not None


# A list typed one entry a line, with a bullet or a number ("- Drag-and-drop rota builder", "2. Re-tiling") or
# without ("Shirt stitching - Rs. 450", "Power points and switches"): content typed to show, each line
# an entry; two or more in a row make a list. A line of its own words is a sentence, not an entry: a long one
# that ends with a full stop ("All prices include a full English breakfast."), a question or answer ("Q: ..."),
# a quote; and the request's first line says what the list is.
_BULLET = re.compile(r"^[ \t]*(?:[-•*·]|\d{1,2}[.)])[ \t]+(?=\S)")
# Not an entry: a question or answer, a quote, or a line that names a part of the hero ("tagline "Every
# Saturday."", "button: Join a run"): said to the app, its words are the part's.
_NOT_AN_ENTRY = re.compile(r"^(?:q|a|question|answer)\s*:|^[\"“‘']|^(?:the\s+)?(?:heading|headline|title|tag\s?line|slogan|"
                           r"sub-?title|sub-?heading|button|cta)\b", re.IGNORECASE)
MAX_ENTRY_WORDS = 12
MIN_SENTENCE_WORDS = 6
_WORD = re.compile(r"\w+")


def _entry_line(line: str, first: bool) -> str | None:
    """``line`` as a list's entry, its bullet off; None when it is not one."""
    bulleted = _BULLET.match(line)
    text = line[bulleted.end():].strip() if bulleted else line.strip()
    if not text or _NOT_AN_ENTRY.match(text):
        return None
    if bulleted:
        return text
    words = len(text.split())
    if first or words > MAX_ENTRY_WORDS or (text[-1] in ".!?" and words >= MIN_SENTENCE_WORDS):
        return None
    return text


def strip_bullet(line: str) -> str:
    """``line`` without its bullet or number, stripped."""
    return _BULLET.sub("", line).strip()


def list_lines(request: str, lead: bool = True) -> list[str]:
    """The request's list lines (see ``_BULLET``), bullets off, in runs of two or more; else [].
    ``lead``: the first line says what the list is (a request's); else it may be an entry (a body's)."""
    runs: list[list[str]] = [[]]
    for at, line in enumerate(request.split("\n")):
        entry = _entry_line(line, lead and at == 0)
        if entry is None:
            runs.append([])
        else:
            runs[-1].append(entry)
    return [line for run in runs if len(run) >= 2 for line in run]


# Words typed after a colon to go on the site: "add a page 'Our Story': my gogo started selling kotas from her yard in 2009,
# ...". A plan that places almost none of them (a page of placeholder text) leaves them out, though they hold no price.
_BODY = re.compile(r":\s+(?P<body>[^:\n]{30,})$")
MIN_BODY_WORDS, MIN_PLACED_SHARE, BODY_SAID_WORDS = 6, 0.3, 6
_SETTING = re.compile(r"\b(?:colou?rs?|colou?r\s+scheme|design|theme|fonts?|style|look|pages|menu|nav(?:igation)?|palette|vibe)\s*:$",
                      re.IGNORECASE)


def unused_body(request: str, applied: str) -> list[str]:
    """The opening words of the body the request types after its last colon (``_BODY``), where ``applied`` (what the
    plan places, with the site's words) holds under ``MIN_PLACED_SHARE`` of its words of four letters or more; [] else."""
    found = _BODY.search(request.strip())
    if found is None or _SETTING.search(request[:found.start() + 1]):
        return []  # "Colours: ivory, navy and a touch of gold. Many thanks": a look, not words for a page
    words = [w for w in _WORD.findall(found.group("body").casefold()) if len(w) >= 4]
    if len(words) < MIN_BODY_WORDS:
        return []
    have = set(_WORD.findall(applied.casefold()))
    if sum(w in have for w in words) >= MIN_PLACED_SHARE * len(words):
        return []
    said = found.group("body").split()
    return [" ".join(said[:BODY_SAID_WORDS]) + ("…" if len(said) > BODY_SAID_WORDS else "")]


def unused_note(request: str, applied: str, themed: bool = False) -> str:
    """What the request typed that the applied plan does not hold: its content, and the colours it names where
    the plan changes no colour ("add big green button 'Call Us Now'": a button, in the theme's colour)."""
    from app.scaffold.themewords import colours_in  # here, not at the top: themewords -> scope -> coverage

    held = applied.casefold()
    missing = unused_content(request, applied) + \
        ([] if themed else [c for c in colours_in(request) if c.casefold() not in held])
    if not missing:
        return ""
    shown = ", ".join(f"\u201c{m}\u201d" if " " in m else m for m in missing[:6])
    more = f" and {len(missing) - 6} more" if len(missing) > 6 else ""
    return f"Not used from your request: {shown}{more}."


def plan_text(plan_json: str) -> str:
    """Every value of a plan as one text (its JSON escapes undone), for :func:`unused_note`."""
    import json
    from typing import Any

    def walk(node: Any) -> list[str]:
        if isinstance(node, dict):
            return [v for x in node.values() for v in walk(x)]
        if isinstance(node, list):
            return [v for x in node for v in walk(x)]
        return [str(node)]

    return " | ".join(walk(json.loads(plan_json))) if plan_json else ""
