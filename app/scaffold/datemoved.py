"""A date or a month of a year said to move, found on the site by the words said before it: "Early bird extended until 15
Jan 2027" of "Early bird until 31 Dec 2026.", "the Gold Panning Championship got shifted to Sunday 26 April", "launch is
March 2027 now" of "launching Feb 2027". ``textfit.date_change`` reads a request that types the old date too."""

from __future__ import annotations

import re

from app.scaffold.plan import ReplaceText, replacing
from app.scaffold.site import Site, norm_words, shown_text
from app.scaffold.textfit import DATE_TYPED, DAY_FIRST, MONTH, MOVED_WORDS

_DATE_YEAR = re.compile(DATE_TYPED.pattern + r"(?:,?\s+(?:19|20)\d\d)?", re.IGNORECASE)


def _stems(text: str) -> set[str]:
    return {re.sub(r"(?:ing|ed|es|s)$", "", w) for w in norm_words(text).split() if len(w) >= 4}


def date_moved(request: str, site: Site | None) -> ReplaceText | None:
    """"Early bird extended until 15 Jan 2027" of "Early bird until 31 Dec 2026.": the one date the site shows after words
    the request says too, replaced by the one date typed after a word that says it moved; None else."""
    typed = list(_DATE_YEAR.finditer(request))
    if site is None or len(typed) != 1 or not MOVED_WORDS.search(request[:typed[0].start()]):
        return None
    said = _stems(request[:typed[0].start()])
    if re.search(r"\b(?:still|same)\W*$", request[:typed[0].start()], re.IGNORECASE):
        return None  # (the date it keeps: "... to Kaumana community center, still May 15 at 5pm")
    # an entry that is a date and what happens then ("6 March" / "Pre-season fitness test"): the other half names it
    entries = set(_entry_dates(site, said))
    if entries:
        if len(entries) != 1:
            return None
        old = entries.pop()
    else:
        dates = list(_DATE_YEAR.finditer(shown_text(site)))
        shown = [m for m in dates if _stems(_around_in_piece(m)) & said] \
            or [m for m in dates if _stems(m.string[max(0, m.start() - 40):m.start()]) & said]  # else a heading's: "RSVP | Please reply by ..."
        if len(shown) != 1:
            return None
        old = shown[0].group(0)
    new = typed[0].group(0)
    return None if norm_words(DAY_FIRST.sub("", old)) == norm_words(DAY_FIRST.sub("", new)) else replacing(old, new)


# Words that say a date moved, and nothing else: not "until", "to" or "now" ("... for €89/night until 1 may").
_MOVED = re.compile(r"\b(?:moved|postponed|rescheduled|brought\s+forward|pushed\s+back|shifted)\b", re.IGNORECASE)


def said_moved(request: str, site: Site | None) -> ReplaceText | None:
    """``date_moved`` of a request that says in so many words that a date moved ("Picture Day got moved to Oct 16"),
    whatever plan the model wrote; None else."""
    return date_moved(request, site) if _MOVED.search(request) else None


def _entry_dates(site: Site, said: set[str]) -> list[str]:
    """The dates that are the whole of one half of an entry whose other half holds a word said: "6 March" of
    "6 March" / "Pre-season fitness test, Beaton Park, 8am" for "the fitness test has been moved to 13 March"."""
    found = []
    for item in (item for page in site.pages for section in page.sections for item in section.items):
        for half, other in ((item.title, item.text), (item.text, item.title)):
            date = _DATE_YEAR.search(half)
            if date is not None and not re.search(r"[^\W\d_]{3,}", _DATE_YEAR.sub("", half)) and _stems(other) & said:
                found.append(date.group(0))
    return found


def _around_in_piece(date: re.Match[str]) -> str:
    """The words beside a date the site shows, within its own piece of text (``shown_text`` parts pieces by " | "): not the
    next entry's ("Sat 21 March v Killererin home | 11am | Sun 29 March ..." names Killererin beside 21 March only); a date
    alone in its piece is an entry's detail, whose name is the piece before it."""
    text = date.string
    start = max(text.rfind(" | ", 0, date.start()) + 3, date.start() - 40)
    end = text.find(" | ", date.end())
    around = text[start:date.start()]  # the words before it, else after it ("Sat 21 March v Killererin home")
    if len(re.findall(r"[^\W\d_]{3,}", around)) < 2:
        around += " " + text[date.end():min(end if end >= 0 else len(text), date.end() + 40)]
    if len(re.findall(r"[^\W\d_]{3,}", around)) < 2 and start > 3:
        # a date alone in its piece ("Gold Panning Championship | Sunday 19 April"): the entry's name before it too
        around = text[max(text.rfind(" | ", 0, start - 3) + 3, start - 43):start] + " " + around
    return around


# A month of a year: "Feb 2027", "March 2027".
_MONTH_YEAR = re.compile(rf"(?<!\d\s)(?<!\d(?:st|nd|rd|th)\s)\b{MONTH}\.?\s+(?:19|20)\d\d\b", re.IGNORECASE)  # not of "14 April 2027"
_NOW = re.compile(r"\b(?:now|moved?|pushed|delayed|postponed|changed?|instead)\b", re.IGNORECASE)


def month_change(request: str, site: Site | None) -> ReplaceText | None:
    """"launch is March 2027 now" of "launching Feb 2027": the one month of a year the site shows, after a word the
    request says too (as a stem: "launch", "launching"), replaced by the one typed; None else."""
    typed = _MONTH_YEAR.findall(request)
    shown = [m for m in _MONTH_YEAR.finditer(shown_text(site))] if site is not None and len(typed) == 1 and _NOW.search(request) else []
    if len(shown) != 1 or norm_words(shown[0].group(0)) == norm_words(typed[0]):
        return None
    before = shown[0].string[max(0, shown[0].start() - 40):shown[0].start()]
    return replacing(shown[0].group(0), typed[0]) if _stems(" ".join(norm_words(before).split()[-3:])) & _stems(request) else None


# A count changed from one number to another: "change the number of widows from 86 to 94".
