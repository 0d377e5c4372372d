"""Names and dates the user typed that a plan left out.

``coverage.typed_content`` finds prices, times, emails, phones and quotes. A request also types
names (people, teams, places: "Lorraine Pattinson, chair", "The Double Tops (Felling Social Club)")
and dates ("Sunday July 26"). A plan that drops them makes a page that looks done and is not: in
the user sets u1-u63 (each set's latest report), 280 of the 1343 applied turns that failed their
checks had left out such a name or date, against 38 of the 3132 that passed. The turn gate declines
them instead, naming what was left out.

A name here is two or more capitalised words in a row inside a sentence (its first word is
capitalised anyway), without the request's own words (``not-names.txt``): "Can you add a Teams
page" names no one. "and" between two names parts them: "Travis and Darla Kimbrough" is one name
that needs "Darla Kimbrough" placed.
"""

from __future__ import annotations

import functools
import re

from app.scaffold.coverage import fold
from app.scaffold.pricetyped import PRICE
from app.scaffold.scope import name_set, word_list

# A sentence ends at . ! ? : ; or a line break, but not after "St", "Co", "Mt" ("St. Cloud", "Co. Cork").
_SENTENCE_END = re.compile(r"(?<!\bSt)(?<!\bCo)(?<!\bMt)(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)[.!?:;]+(?:\s+|$)|\n+")
# Small words inside a name: "Isle of Skye", "Lake of the Woods Loop", "Ruth de Souza".
_INSIDE = ("of", "the", "de", "da", "van", "von", "du", "la", "le", "on", "upon")
_RUN = re.compile(r"[A-Z][\w'’&-]*\.?(?:[ \t]+(?:" + "|".join(_INSIDE) + r"|[A-Z][\w'’&-]*\.?))*")
_AND = re.compile(r"\s+(?:and|&)\s+")
# a month's name whole or cut short, not a word that starts like one ("Margherita 7€" is no date, nor "Marinara 6€")
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|"
          r"Nov(?:ember)?|Dec(?:ember)?)\b\.?")
_DATE = re.compile(rf"\b{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?\b"
                   rf"|\b\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?{_MONTH}(?![a-z])")


@functools.cache
def role_words() -> re.Pattern[str]:
    """A role typed before a name ("Treasurer Linda Barras"), from ``role-words.txt``, with its space."""
    return re.compile(r"(?:" + "|".join(re.escape(w) for w in word_list("role-words.txt")) + r")\b\s*", re.IGNORECASE)


@functools.cache
def _not_names() -> frozenset[str]:
    return frozenset(word_list("not-names.txt"))


_Word = tuple[str, int, int]  # a word without a closing ".", and where it starts and ends


def request_word(word: str) -> bool:
    """Whether ``word`` is one of the request's own words ("Please", "Page"), not a part of a name."""
    return word.lower().strip("'’") in _not_names()


def _trimmed(words: list[_Word]) -> list[_Word]:
    """``words`` without the request's own words and small words at either end."""
    def loose(word: _Word) -> bool:
        return request_word(word[0]) or word[0] in _INSIDE
    while words and loose(words[0]):
        words = words[1:]
    while words and loose(words[-1]):
        words = words[:-1]
    return words


def _capitals(words: list[_Word]) -> int:
    return sum(w[0][0].isupper() for w in words)


def _parts(request: str, run: re.Match[str]) -> list[list[_Word]]:
    """The words of a run of capitalised words, parted at "and": "Travis and Darla Kimbrough"."""
    parts: list[list[_Word]] = [[]]
    for m in re.finditer(r"\S+", request[:run.end()]):
        if m.start() < run.start():
            continue
        if m.group(0) in ("and", "&"):
            parts.append([])
        else:
            word = m.group(0).rstrip(".")
            parts[-1].append((word, m.start(), m.start() + len(word)))
    return parts


def name_spans(request: str) -> list[tuple[int, int]]:
    """Where each name typed in ``request`` starts and ends, in order."""
    spans: list[tuple[int, int]] = []
    # a price's currency is no word of a name: "Pulut Inti RM1.50", "Regular UGX 80,000", "Rachi S/ 14"
    priced = [m.span() for m in PRICE.finditer(request)]
    ends = [m for m in _SENTENCE_END.finditer(request)]
    starts = [0, *(m.end() for m in ends)]
    for start, stop in zip(starts, [*(m.start() for m in ends), len(request)]):
        first = start + len(request[start:stop]) - len(request[start:stop].lstrip())
        for run in _RUN.finditer(request, start, stop):
            for k, words in enumerate(_parts(request, run)):
                # A sentence's first word is capitalised whatever it is: "Owner Terrell Banks" names
                # Terrell Banks, but "Debbie Nixon, secretary" (after a ";") is a name on its own.
                if k == 0 and run.start() == first and _capitals(_trimmed(words[1:])) >= 2:
                    words = words[1:]
                words = _trimmed(next((words[:i] for i, w in enumerate(words) if any(a <= w[1] < b for a, b in priced)), words))
                # Shouting is not a name ("and I NEED a website"); "NSW", "GA" are.
                if any(w[0].isupper() and len(w[0]) > 3 for w in words):
                    continue
                if _capitals(words) >= 2:
                    spans.append((words[0][1], words[-1][2]))
    return spans


def names(request: str) -> list[str]:
    """The names typed in ``request``, in order."""
    return [" ".join(request[s:e].split()) for s, e in name_spans(request)]


def dates(request: str) -> list[str]:
    return [m.group(0).rstrip(".") for m in _DATE.finditer(request)]


# Why something is asked, not what to show: "moved to July 16 because of a Forest Service trail closure",
# "a sturdy serif, kind of like the old wooden National Park signs", "a deep red like a Red Delicious".
# Names in such a clause are the user's reason or likeness, never content they typed to see. Said after
# what it explains, the reason runs to its clause's end; said first ("Because of the Festival du Voyageur
# the February meeting has moved to Wednesday Feb 11"), only the name that follows it is the reason.
_BECAUSE = r"(?:because|cos|cuz|coz|'cause|due\s+to|owing\s+to|on\s+account\s+of|thanks\s+to)"
_REASON_AFTER = re.compile(rf"(?<=[\w,)]\s)\s*{_BECAUSE}\b[^.!?;,()]*", re.IGNORECASE)
_REASON_FIRST = re.compile(rf"(?:^|(?<=[.!?]\s))\s*{_BECAUSE}(?:\s+of)?\s+(?:the\s+|a\s+|an\s+|our\s+)?{_RUN.pattern}",
                           re.IGNORECASE)
# The old, said to be wrong: "it is called Sequence and Old Time, not Sequence Dancing", "definitely not Comic Sans".
_NOT_THIS = re.compile(rf"\b(?:not|Not|NOT)\s+(?:a\s+|an\s+|the\s+)?{_RUN.pattern}")
_LIKENESS = re.compile(r"(?<!\bwould\s)(?<!\bI'd\s)(?<!\bwe'd\s)(?<!\bI\s)(?<!\bwe\s)(?<!\byou\s)(?<!\bthey\s)"
                       r"(?<!\bjust\s)(?<!\breally\s)(?<!\bdon't\s)\blike\s+(?:a|an|the|in|at|on|those|that)\s[^.!?;,()]*",
                       re.IGNORECASE)


# When a correction takes effect: "monthly unlimited now $129 from 1 July", "€40 not €35, from 1 April",
# "revised to ₹2,500 w.e.f. 1st January".
_FROM_DATE = re.compile(rf"\b(?:from|starting(?:\s+from)?|as\s+of|effective(?:\s+from)?|with\s+effect\s+from|w\.?e\.?f\.?|beginning)\s+(?:the\s+)?(?:{_DATE.pattern})",
                        re.IGNORECASE)


# Where someone who leaves went: "Pieter moved to Cape Town sadly. Replace him with Sipho Khumalo" (for an edit).
_MOVED_AWAY = re.compile(rf"(?<!\bWe\s)(?<!\bI\s)(?<!\bOur\s)(?<!\bour\s)(?<!\bwe\s)(?<!\bThe\s)(?<!\bthe\s)"
                         rf"\b(?!(?:We|I|Our|The|It|They|Shop|Office|Studio)\b)(?-i:[A-Z])[\w'’-]+\s+(?:has\s+|had\s+|is\s+)?"
                         rf"(?:moved|moving|relocated|relocating|emigrated|emigrating)\s+(?:away\s+)?to\s+{_RUN.pattern}")


# Why a change, said of someone after it: "the Mass is now 3:30 PM not 4:00, Father Ben can only do early".
_WHO_CAN = re.compile(r"(?<=,)\s*(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,3}\s+(?:can\s+only|can(?:not|'t|’t)|could\s+only|"
                      r"could(?:n't|n’t|\s+not)|won'?t|is\s+(?:busy|away|sick|unwell|unavailable))\b[^.!?;]*")


def _in_asides(request: str, edits: bool) -> list[tuple[int, int]]:
    asides = (_REASON_AFTER, _REASON_FIRST, _NOT_THIS, _LIKENESS, *((_FROM_DATE, _MOVED_AWAY, _WHO_CAN) if edits else ()))
    return [m.span() for pattern in asides for m in pattern.finditer(request)]


def unused_names(request: str, applied: str, edits: bool = False) -> list[str]:
    """The names and dates of ``request`` that ``applied`` (the plan's values, and what the site
    shows already) does not hold; compared without case, punctuation, hyphens and slashes. A name
    said only in a reason or a likeness (``_in_asides``) is not one the user typed to see, nor, for a
    plan that only ``edits`` what the site shows, the date a correction takes effect from."""
    have = _loose(applied)
    asides = _in_asides(request, edits)
    said = [*name_spans(request), *(m.span() for m in _DATE.finditer(request))]
    found = [(" ".join(request[s:e].split()).rstrip("."), re.match(r"\s+page\b", request[e:], re.IGNORECASE) is not None)
             for s, e in said if not any(a <= s and e <= b for a, b in asides)]
    return list(dict.fromkeys(p for p, before_page in found if not _held(p, have, before_page)))


def _held(name: str, have: str, before_page: bool) -> bool:
    """Whether ``have`` holds ``name``, or, just before "page", each name in it around "on": "a FAQ on
    the Workshops page" is the FAQ and the page, not a name of its own ("Safety on the Water" is one)."""
    if _loose(name) in have or _loose(re.sub(r"['’]s$", "", name)) in have:  # "Mei Ling's surname" of "Mei Ling Chow"
        return True
    parts = re.split(r"\s+on\s+(?:the\s+)?", name) if before_page else []
    if len(parts) > 1 and all(_loose(p) in have for p in parts):
        return True
    # a role before a person's name ("Vice President Linda Ochoa" of a plan's "Linda Ochoa" and "Vice President"): both held
    # (a role's word last before the name: not "Court de Honor" of a page "Court" and another's "Honor")
    words = name.split()
    roles = name_set("role-words.txt")
    return len(words) >= 3 and any(words[k - 1].casefold() in roles and _loose(" ".join(words[:k])) in have
                                   and _loose(" ".join(words[k:])) in have for k in range(1, len(words) - 1))


def _loose(text: str) -> str:
    # an apostrophe inside a word is no break in it: "Monkeys Fist" is "Monkey's Fist"
    return " ".join(re.sub(r"[-/]+", " ", fold(re.sub(r"(?<=\w)['’](?=\w)", "", text))).split())
