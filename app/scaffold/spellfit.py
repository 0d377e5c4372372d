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
from app.scaffold.site import Site, norm_words, shown_pieces

_CUE = re.compile(r"\b(?:spelt|spelled|spelling|spell|typo|misspel\w*|wrong|mistake|actually|oops|correction)\b", re.IGNORECASE)
_STOP = r"(?=\s*(?:[,.;!?(]|$|\s+(?:with|not|and|please|pls|thanks?|thank|sorry|instead|on|in)\b))"
_NEW = re.compile(rf"\b(?:should|must)\s+(?:be|say|read)\s+(?:the\s+)?[\"'“‘]?(?P<new>[^\"'”’\n]+?)[\"'”’]?{_STOP}"
                  rf"|\bactually\s+(?:called\s+|named\s+|spelled\s+|spelt\s+)?(?:the\s+)?(?P<called>(?-i:[A-Z])[^\n]+?){_STOP}",
                  re.IGNORECASE)
_OLD_NEW = re.compile(r"(?P<old>[\w'’-]{3,})\s+should\s+(?:be|say)\s+(?P<new>[\w'’-]{3,})\b", re.IGNORECASE)
MIN_LIKENESS = 0.8
MIN_CHARS = 4


def _runs(text: str, size: int) -> list[str]:
    """Each run of ``size`` words of ``text``, as the site shows it."""
    words = list(re.finditer(r"\S+", text))
    return [text[words[i].start():words[i + size - 1].end()].strip(",.;:!?()") for i in range(len(words) - size + 1)]


def _nearest(site: Site, new: str) -> str | None:
    """The one run of the site's words that is nearly ``new`` and not it."""
    size = len(new.split())
    found = {}
    for _name, shown in shown_pieces(site):
        for run in _runs(shown, size):
            likeness = SequenceMatcher(None, run.casefold(), new.casefold()).ratio()
            if likeness >= MIN_LIKENESS and norm_words(run) != norm_words(new):
                found[run] = likeness
    best = sorted(found.items(), key=lambda kv: -kv[1])
    if not best or (len(best) > 1 and best[1][1] == best[0][1] and norm_words(best[1][0]) != norm_words(best[0][0])):
        return None
    return best[0][0]


def read(request: str, site: Site | None) -> Plan | None:
    """The correction the request types, as a replacement of the site's nearly-right words; None else."""
    if site is None or not _CUE.search(request):
        return None
    named = _OLD_NEW.search(request)
    shown = " | ".join(text for _name, text in shown_pieces(site))
    if named and named.group("old") in shown and named.group("old") != named.group("new"):
        op = replacing(named.group("old"), named.group("new"))  # "recomend should be recommend"
        return Plan(ops=[op]) if op else None
    said = _NEW.search(request)
    new = (said.group("new") or said.group("called") or "").strip() if said else ""
    if len(new) < MIN_CHARS or len(new.split()) > 6:  # "actually no": no word to respell
        return None
    old = _nearest(site, new)
    if old is None or norm_words(old) == norm_words(site.name):
        return None
    op = replacing(old, new)
    return Plan(ops=[op]) if op else None
