"""A misspelling the user corrects: the site's words closest to the right ones, replaced by them.

"I spelled Wilmington wrong on the volunteer page, it should be Wilmington Pike" of a page that says
"PetSmart on Wilmingtn Pike"; "I spelled the hotel wrong, it should be the Felbridge Hotel, with a d".
The model read each as a new site name (a spelling word speaks of a name). Where the request says it
corrects a spelling or a mistake and gives the right words ("should be X", "is actually called X"), the
one run of the site's words that is nearly X (same number of words, spelled within a few letters) is
replaced by X. A correction that names the old words ("recomend should be recommend") replaces them
where the site shows them. The site's own name is left to the model's plan (it lives in the layout).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from app.scaffold.plan import Plan, replacing
from app.scaffold.site import Site, norm_words, page_named, shown_text

_CUE = re.compile(r"\b(?:spelt|spelled|spelling|spell|typo|misspel\w*|wrong|mistake|actually|oops|correction)\b", re.IGNORECASE)
_STOP = r"(?=\s*(?:[,.;!?(]|$|\s+(?:with|not|and|please|pls|thanks?|thank|sorry|instead|on|in)\b))"
_NEW = re.compile(rf"\b(?:should|must)\s+(?:be|say|read)\s+(?:the\s+)?[\"'“‘]?(?P<new>[^\"'”’\n]+?)[\"'”’]?{_STOP}"
                  rf"|\bactually\s+(?:called\s+|named\s+|spelled\s+|spelt\s+)?(?:the\s+)?(?P<called>(?-i:[A-Z])[^\n]+?){_STOP}",
                  re.IGNORECASE)
# "the instagram is @wanjiru.shoots.ke not @wanjiru.shoots", "should say PO Box 421, not PO Box 412"
_NOT = re.compile(r"\b(?:is|are|should\s+(?:be|say|read)|it'?s)\s+(?:now\s+)?(?:at\s+|in\s+|called\s+)?(?P<new>[^,;!?\n]+?),?"
                  r"\s+not\s+(?P<old>[^,;!?\n]+?)\s*(?:[.;!?](?:\s|$)|$)", re.IGNORECASE)
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_QUOTES = "\"'“”‘’ "
_OLD_NEW = re.compile(r"(?P<old>[\w'’-]{3,})\s+should\s+(?:be|say)\s+(?P<new>(?!['’])[\w'’-]{3,})\b", re.IGNORECASE)  # not "'Church ..."
MIN_LIKENESS = 0.8
MIN_CHARS = 4
MAX_WORDS = 6


def _runs(text: str, size: int) -> list[str]:
    """Each run of ``size`` words of ``text``, as the site shows it."""
    words = list(re.finditer(r"\S+", text))
    return [text[words[i].start():words[i + size - 1].end()].strip(",.;:!?()") for i in range(len(words) - size + 1)]


def _nearest(site: Site, new: str) -> str | None:
    """The one run of the site's words that is nearly ``new`` and not it."""
    size = len(new.split())
    found = {}
    for shown in shown_text(site).split(" | "):  # headings and buttons too ("Join the club")
        for run in _runs(shown, size):
            likeness = SequenceMatcher(None, run.casefold(), new.casefold()).ratio()
            if likeness >= MIN_LIKENESS and run != new:  # "Join the club" for "Join the Club": a capital to fix
                found[run] = likeness
    best = sorted(found.items(), key=lambda kv: -kv[1])
    if not best or (len(best) > 1 and best[1][1] == best[0][1] and norm_words(best[1][0]) != norm_words(best[0][0])):
        return None
    return best[0][0]


def _instead(request: str, shown: str, site: Site) -> Plan | None:
    """"X, not Y" of words Y the site shows: Y replaced by X, the parallel part of it ("52" of "it is 52
    boreholes, not 48"); None where X is no like of Y (more words than Y and two more)."""
    m = _NOT.search(request)
    if m is None:
        return None
    new, old = m.group("new").strip(_QUOTES), m.group("old").strip(_QUOTES)
    if _NUMBER.fullmatch(old):
        number = _NUMBER.search(new)
        unit = re.match(r"\s+([^\W\d_]+)", new[number.end():]) if number else None
        if number is not None and unit is not None and len(re.findall(rf"(?<![\w.]){re.escape(old)}\s+{re.escape(unit.group(1))}\b", shown, re.IGNORECASE)) == 1:
            # "Duke is 7 years old, not 8" of "German Shepherd, 8 years": the number with what it counts, where the site
            # shows that once (a bare "8" is in too many places to replace)
            old, new = f"{old} {unit.group(1)}", f"{number.group(0)} {unit.group(1)}"
        else:
            new = number.group(0) if number else ""
    elif len(old) < MIN_CHARS - 1 or len(new.split()) > len(old.split()) + 2:
        return None
    tail = " ".join(new.split()[len(old.split()):])  # "April 2027 not March" of "March 2027": the year the site shows too
    was = re.search(rf"(?<![\w.@-]){re.escape(old)}" + (rf"(?:\s+{re.escape(tail)})?" if tail else "") + r"(?![\w@-]|\.\w)",
                    shown, re.IGNORECASE)  # no tail: nothing after the old words (not the space before the next)
    if not new or was is None or new.casefold() in shown.casefold() or was.group(0).casefold() in site.name.casefold() \
            or page_named(site, was.group(0)) is not None:
        return None  # (the site's name and a page's are the model's and the renames' to change: they live in the layout)
    op = replacing(was.group(0), new)
    return Plan(ops=[op]) if op else None


def read(request: str, site: Site | None) -> Plan | None:
    """The correction the request types, as a replacement of the site's nearly-right words; None else."""
    if site is None:
        return None
    shown = shown_text(site)
    instead = _instead(request, shown, site)  # a correction by its form, whatever words come with it
    if instead is not None:
        return instead
    if not _CUE.search(request):
        return None
    named = _OLD_NEW.search(request)
    if named and named.group("old") in shown and named.group("old") != named.group("new"):
        op = replacing(named.group("old"), named.group("new"))  # "recomend should be recommend"
        return Plan(ops=[op]) if op else None
    said = _NEW.search(request)
    new = (said.group("new") or said.group("called") or "").strip() if said else ""
    if len(new) < MIN_CHARS or len(new.split()) > MAX_WORDS:  # "actually no": no word to respell
        return None
    old = _nearest(site, new)
    if old is None or norm_words(old) == norm_words(site.name):
        return None
    op = replacing(old, new)
    return Plan(ops=[op]) if op else None
