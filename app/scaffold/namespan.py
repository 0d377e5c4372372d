"""The words the site shows for a name the user typed shorter or longer: "Change Alasdair Fenwick to Ally Fenwick" of a page
that shows "Alasdair 'Ally' Fenwick". The model (and the fitting after it) replaced the one word both share, "Fenwick",
and the page then said "Alasdair 'Ally' Ally Fenwick". Here the run of the site's words from the first word typed to the
last (five words at most, shown once) is what the replacement takes out."""

from __future__ import annotations

import re

from app.scaffold.site import Site, norm_words, shown_text

MAX_RUN_WORDS = 5
_CHANGE = re.compile(r"\b(?:change|replace|rename|correct|update)\s+(?P<old>[^,.;!?]{3,60}?)\s+(?:to|with|into|by)\s+(?P<new>[^,.;!?]{2,60}?)"
                     r"(?=\s+(?:on|in|at|please|pls|thanks?|everywhere)\b|\s*[,.;!?]|$)", re.IGNORECASE)


def widened(old: str, new: str, request: str, site: Site | None) -> str:
    """``old`` as the site shows the typed old words (see the module docstring); ``old`` else."""
    typed = _CHANGE.search(request)
    if site is None or typed is None or norm_words(typed.group("new")) != norm_words(new):
        return old
    said = typed.group("old").split()
    if len(said) < 2 or said[-1].casefold() != old.split()[-1].casefold() or norm_words(" ".join(said)) == norm_words(old) \
            or re.search(r"\d", " ".join(said)):
        return old  # (a name, not a price or a figure: "change knotless medium from R450 to R480")
    shown = shown_text(site)
    if re.search(rf"(?<![\w'’]){re.escape(' '.join(said))}(?![\w'’])", shown):
        return old  # shown as typed: the fitting's old words stand
    runs = set(re.findall(rf"(?<![\w'’]){re.escape(said[0])}(?:\s+[^\s|]+){{0,{MAX_RUN_WORDS - 2}}}?\s+{re.escape(said[-1])}(?![\w'’])",
                          shown))  # within one text of the site (its texts are joined by " | ")
    return runs.pop() if len(runs) == 1 and shown.count(next(iter(runs))) == 1 else old
