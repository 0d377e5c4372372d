"""The words a line should say, quoted, without the words they replace: "Oups, typo on About Me, it should say 'I
have been teaching since 2012'" (the page shows "... and I teach since 2012.").

The model wrote these as the site's name. Here the quoted words replace the run of words the site shows most like
them: it starts and ends with the quote's first and last words, is at most a few words longer, and shares at least
half of the quote's words (a word's first letters: "teach" is "teaching"). One such run, on the page the request
names when it names one; none is no reading.
"""

from __future__ import annotations

import re

from app.scaffold.plan import ReplaceText, replacing
from app.scaffold.site import Site, norm_words

_SHOULD_SAY = re.compile(r"(?:\b(?:should|must|needs?\s+to|has\s+to)\s+(?:say|read|be)"
                         # "launch date moved, say 'Launching March 2027' instead of Feb"
                         r"|\b(?:say|read|put|make\s+it\s+(?:say|read))(?=\s*:?\s*[\"“‘'][^\"“”‘’\n]{8,200}?[\"”’']\s*,?\s+(?:instead|not|rather)\b))"
                         r"\s*:?\s*[\"“‘'](?P<new>[^\"“”‘’\n]{8,200}?)"
                         r"[\"”’'](?=[\s.,!?;:]|$)", re.IGNORECASE)
# A part of the page named (its heading, its button): that part's own edit, not a run of its text.
_A_PART = re.compile(r"\b(?:button|heading|headline|title|subtitle|tagline|nav|navigation|menu|link|footer)\b", re.IGNORECASE)
MAX_EXTRA = 3  # words the run may have beyond the quote's
MIN_SHARE = 0.5
STEM = 5


def _stems(words: list[str]) -> list[str]:
    return [w[:STEM] for w in (norm_words(word) for word in words) if w]


def _texts(site: Site, request: str) -> list[str]:
    """The texts of the page the request names ("on About Me"), else of every page."""
    said = f" {norm_words(request)} "
    named = [p for p in site.pages if p.route != "/" and f" {norm_words(p.title)} " in said]
    pages = named if len(named) == 1 else site.pages
    return [t for p in pages for s in p.sections
            for t in (s.heading, s.text, *(v for i in s.items for v in (i.title, i.text))) if t]


def _runs(text: str, quote: list[str]) -> list[tuple[float, str]]:
    """Each run of ``text`` that starts and ends as ``quote`` does, or is it but for its last word, with the share of
    the quote's words it has."""
    words = text.split()
    stems = _stems(quote)
    if len(stems) < 2:
        return []
    out = []
    for i, first in enumerate(words):
        if _stems([first]) != stems[:1]:
            continue
        for j in range(i + 1, min(len(words), i + len(stems) + MAX_EXTRA)):
            if _stems([words[j]]) != stems[-1:]:
                continue
            run = words[i:j + 1]
            share = len(set(_stems(run)) & set(stems)) / len(set(stems))
            out.append((share, " ".join(run).rstrip(".,;:!?")))
        # as long as the quote and all of it but its last word: the word it changes ("... in our Kiez", not neighbourhood)
        run = words[i:i + len(stems)]
        if len(run) == len(stems) and set(_stems(run)) == set(stems):
            out.append((1.0, " ".join(run).rstrip(".,;:!?")))  # its words in another order: "Tklapi plum sour"
        if len(run) == len(stems) and _stems(run)[:-1] == stems[:-1] and _stems(run)[-1:] != stems[-1:]:
            out.append(((len(stems) - 1) / len(stems), " ".join(run).rstrip(".,;:!?")))
    return out


def should_say(request: str, site: Site | None) -> ReplaceText | None:
    """The run of words the quote replaces (see the module docstring), or None."""
    found = _SHOULD_SAY.search(request)
    if site is None or found is None or _A_PART.search(request) or len(re.findall(r"[\"“”]", request)) > 2:
        return None
    new = found.group("new").strip()
    runs = [(share, run) for text in _texts(site, request) for share, run in _runs(text, new.rstrip(".!").split())]
    best = max((share for share, _run in runs), default=0.0)
    top = {run for share, run in runs if share == best}
    if best < MIN_SHARE or len(top) != 1:
        return None
    old = top.pop()
    return None if norm_words(old) == norm_words(new) else replacing(old, new.rstrip(".") if not old.endswith(".") else new)
