"""Shorthand people type for the words the request readings look for, spelled out before they read it.

"trips pg: half day $160pp", "add a Rules bit on the Hire pg", "the bottom of all pgs": of 19 requests
with "pg" in the user sets u1-u81, 14 failed, each read as something other than a page (a section on
the home page headed "What to bring pg", items on the home page). The model still reads the request as
typed; only the readings that fit its plan to the request's words see it spelled out.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from app.scaffold.site import EMOJI

# "pg", "pge", "pgs" as a word, not a film rating ("PG-13", "PG13").
_PAGE = re.compile(r"\bpge?(s?)\b(?![-\d])", re.IGNORECASE)


# "put Catering b4 Menu in the top menu": "before".
_BEFORE = re.compile(r"\bb4\b", re.IGNORECASE)
# "w" for "with" before what a page is to hold: "add a team page w our leads: ..." (not "w/", which content types)
_WITH = re.compile(r"(?<=\spage\s)w(?=\s+(?:our|my|the|a|an|all|some|their|his|her)\b)", re.IGNORECASE)


# "Contact on first page: ...", "Write on first page: ...": the front page, as the readings know it (not "make Gallery the
# first page in the menu", an order).
_FIRST_PAGE = re.compile(r"(?<!be the )(?<!as the )\bfirst(?=\s+page\b(?!\s+(?:in|on|of)\s+(?:the\s+)?(?:menu|nav\w*|list)))", re.IGNORECASE)


# "abt page, Donal Twomey, tying flies 40 yrs": "about", whatever follows.
_ABOUT = re.compile(r"\babt\b", re.IGNORECASE)


# A word corrected where it is typed: "Clases page (sorry, Classes):" is the Classes page.
_CORRECTED = re.compile(r"\b(?P<typo>[\w'’-]{3,})(?P<between>(?:\s+page)?)\s*\(\s*(?:sorry|oops|i\s+mean|i\s+meant)[,:]?\s+"
                        r"(?P<right>[\w'’-]{3,})\s*\)", re.IGNORECASE)
MIN_LIKENESS = 0.7  # a respelling, not another word ("Yoga (sorry, Pilates)" is a change of mind, read as typed)


def _corrected(m: re.Match[str]) -> str:
    alike = SequenceMatcher(None, m.group("typo").casefold(), m.group("right").casefold()).ratio() >= MIN_LIKENESS
    return m.group("right") + m.group("between") if alike else m.group(0)


# Emoji that decorate a sentence's end or the next one's start ("Fri-Sun 12pm-10pm ☀️🌙", "Flavors too!! 🍓🍋🍉 Tiger's
# Blood, ..."): no part of the content beside them. Emoji inside a line ("🌱 Plant swap, 💧 Reminders") stay.
_END_EMOJI = re.compile(rf"[ \t]*(?:{EMOJI.pattern}[ \t]*)+(?=\n|$)|(?<=[.!?])[ \t]*(?:{EMOJI.pattern}[ \t]*)+(?=[ \t]\S|\n|$)")
# An emoji between a sentence and the next, in place of its full stop: "ugh sugar prices 😩 Large is now $6.50".
_STOP_EMOJI = re.compile(rf"(?<=\w)[ \t]+(?:{EMOJI.pattern})+(?=[ \t]+[A-Z])")

# An emoji that points at what follows, in place of a colon: "add features section 👉 Offline maps, Fare calculator ...".
_POINTS = re.compile(r"(?<=\w)[ \t]*(?:\U0001F449|\U0001F447|\u27A1|\u2B07)\uFE0F?[ \t]*:?[ \t]+")


def spelled_out(request: str) -> str:
    """``request`` with its shorthand for "page", "pages", "about", "before" and "first page" written out, a word it corrects in
    brackets as corrected, and without the emoji that end a line or follow a sentence's end (one that ends a sentence
    is its full stop)."""
    request = _STOP_EMOJI.sub(".", _END_EMOJI.sub("", _POINTS.sub(": ", request))).strip() or request
    request = _FIRST_PAGE.sub(lambda m: "Front" if m.group(0)[0].isupper() else "front", _WITH.sub("with", _BEFORE.sub("before", request)))
    return _CORRECTED.sub(_corrected, _ABOUT.sub(lambda m: "About" if m.group(0)[0].isupper() else "about",
                                                 _PAGE.sub(lambda m: "page" + m.group(1), request)))
