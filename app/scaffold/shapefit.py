"""A time or a date given anew, where the site shows one of the same shape: "market time change, now Saturdays 9-15" of
"Tartu Turg on Saturdays 8-14", "Season is longer now, until 15 September" of "1 June to 31 August".

The readers of moved dates and hours know their words ("moved to", "opening hours"); these say only that it changed and
the new value. Here the one value the request types (a range of hours, a date, either after a weekday) replaces the
one span of the site's words written the same way (the same words, other figures, another month); with "until" the one
that ends a range. Nothing is read when the request types two values or the site shows none or several.
"""

from __future__ import annotations

import re

from app.scaffold.plan import ReplaceText, replacing
from app.scaffold.site import Site, shown_text
from app.scaffold.textfit import DAY, MONTH

_CLOCK = r"\d{1,2}(?:[:.]\d\d)?(?:\s*(?:am|pm|h|hs|hrs))?"
_RANGE = rf"{_CLOCK}\s*(?:-|–|to)\s*{_CLOCK}"
_DATE = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?"
_VALUE = re.compile(rf"(?<![\w:.-])(?:(?P<day>{DAY})\s+)?(?P<value>{_RANGE}|{_DATE})(?![\w:-])", re.IGNORECASE)
# What says the value changed: "now", "change", "from now on", "longer".
_CHANGED = re.compile(r"\b(?:now|chang\w*|updat\w*|new|moved?|longer|shorter|extended|instead)\b", re.IGNORECASE)
# A value said beside the one shown, not in its place: "domingo we open now too, 9am-2pm".
_BESIDE = re.compile(r"\b(?:too|also|as\s+well|another|extra|more)\b", re.IGNORECASE)
_WEEKDAY = re.compile(rf"\b{DAY}\b", re.IGNORECASE)
MAX_WORDS = 12  # a short note of the new value; a longer message says what moved in words the date readers know
_UNTIL = re.compile(r"\b(?:until|till|til|to)\s+$", re.IGNORECASE)
_ENDS = re.compile(r"(?:\bto|\buntil|\btill|-|–)\s*$", re.IGNORECASE)


def _shape(value: str) -> str:
    """A pattern of ``value``'s words with any figures in place of its figures and any month in place of its month."""
    out = []
    for piece in re.split(rf"(\d+|{MONTH})", value, flags=re.IGNORECASE):
        if not piece:
            continue
        if piece.isdigit():
            out.append(r"\d+")
        elif re.fullmatch(MONTH, piece, re.IGNORECASE):
            out.append(MONTH)
        else:
            out.append(r"\s*".join(re.escape(w) for w in re.split(r"\s+", piece)))
    return "".join(out)


def read(request: str, site: Site | None) -> ReplaceText | None:
    """The one span of the site's words that the request's one typed value replaces (see the module docstring), or None."""
    values = list(_VALUE.finditer(request))
    if site is None or len(values) != 1 or not _CHANGED.search(request) or len(request.split()) > MAX_WORDS:
        return None
    typed = values[0]
    new = typed.group(0)
    # a weekday named apart from the value ("Thursday is now 9am to 2pm"): the readers of days' hours know which is whose
    apart = _WEEKDAY.search(request[:typed.start()] + " " + request[typed.end():])
    if _BESIDE.search(request) or apart is not None:
        return None
    pattern = rf"(?<![\w:.-]){_shape(new)}(?![\w:-])"
    shown = shown_text(site)
    found = {m.group(0): m.start() for m in re.finditer(pattern, shown, re.IGNORECASE)}
    if _UNTIL.search(request[:typed.start()]) and not typed.group("day"):
        found = {s: at for s, at in found.items() if _ENDS.search(shown[max(0, at - 8):at])}  # the end of a range
    if len(found) != 1:
        return None
    old = next(iter(found))
    return None if old.casefold() == new.casefold() else replacing(old, new)
