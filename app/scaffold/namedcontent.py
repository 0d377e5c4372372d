"""Names and dates the user typed that a plan left out.

``coverage.typed_content`` finds prices, times, emails, phones and quotes. A request also types
names (people, teams, places: "Lorraine Pattinson, chair", "The Double Tops (Felling Social Club)")
and dates ("Sunday July 26"). A plan that drops them makes a page that looks done and is not: in
the user sets u48-u63, 47 of 248 applied turns that failed their checks had left out such a name or
date, against 2 of 1045 that passed. The turn gate declines them instead, naming what was left out.

A name here is two or more capitalised words in a row inside a sentence (its first word is
capitalised anyway), without the request's own words (``not-names.txt``): "Can you add a Teams
page" names no one. "and" between two names parts them: "Travis and Darla Kimbrough" is one name
that needs "Darla Kimbrough" placed.
"""

from __future__ import annotations

import functools
import re

from app.scaffold.coverage import fold
from app.scaffold.scope import word_list

# A sentence ends at . ! ? : ; or a line break, but not after "St", "Co", "Mt" ("St. Cloud", "Co. Cork").
_SENTENCE_END = re.compile(r"(?<!\bSt)(?<!\bCo)(?<!\bMt)(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)[.!?:;]+(?:\s+|$)|\n+")
# Small words inside a name: "Isle of Skye", "Lake of the Woods Loop", "Ruth de Souza".
_INSIDE = ("of", "the", "de", "da", "van", "von", "du", "la", "le", "on", "upon")
_RUN = re.compile(r"[A-Z][\w'’&-]*\.?(?:[ \t]+(?:" + "|".join(_INSIDE) + r"|[A-Z][\w'’&-]*\.?))*")
_AND = re.compile(r"\s+(?:and|&)\s+")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = re.compile(rf"\b{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?\b"
                   rf"|\b\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?{_MONTH}(?![a-z])")


@functools.cache
def _not_names() -> frozenset[str]:
    return frozenset(word_list("not-names.txt"))


def _trimmed(words: list[str]) -> list[str]:
    """``words`` without the request's own words and small words at either end."""
    def loose(word: str) -> bool:
        return word.lower().strip("'’") in _not_names() or word in _INSIDE
    while words and loose(words[0]):
        words = words[1:]
    while words and loose(words[-1]):
        words = words[:-1]
    return words


def _capitals(words: list[str]) -> int:
    return sum(w[0].isupper() for w in words)


def names(request: str) -> list[str]:
    """The names typed in ``request``, in order."""
    found: list[str] = []
    for sentence in _SENTENCE_END.split(request):
        sentence = sentence.strip()
        for run in _RUN.finditer(sentence):
            for k, part in enumerate(_AND.split(run.group(0))):
                words = [w.rstrip(".") for w in part.split()]
                # A sentence's first word is capitalised whatever it is: "Owner Terrell Banks" names
                # Terrell Banks, but "Debbie Nixon, secretary" (after a ";") is a name on its own.
                if k == 0 and run.start() == 0 and _capitals(_trimmed(words[1:])) >= 2:
                    words = words[1:]
                words = _trimmed(words)
                # Shouting is not a name ("and I NEED a website"); "NSW", "GA" are.
                if any(w.isupper() and len(w) > 3 for w in words):
                    continue
                if _capitals(words) >= 2:
                    found.append(" ".join(words))
    return found


def dates(request: str) -> list[str]:
    return [m.group(0).rstrip(".") for m in _DATE.finditer(request)]


def unused_names(request: str, applied: str) -> list[str]:
    """The names and dates of ``request`` that ``applied`` (the plan's values, and what the site
    shows already) does not hold; compared without case, punctuation, hyphens and slashes."""
    have = _loose(applied)
    return list(dict.fromkeys(p for p in names(request) + dates(request) if _loose(p) not in have))


def _loose(text: str) -> str:
    return " ".join(re.sub(r"[-/]+", " ", fold(text)).split())
