"""Shorthand people type for the words the request readings look for, spelled out before they read it.

"trips pg: half day $160pp", "add a Rules bit on the Hire pg", "the bottom of all pgs": of 19 requests
with "pg" in the user sets u1-u81, 14 failed, each read as something other than a page (a section on
the home page headed "What to bring pg", items on the home page). The model still reads the request as
typed; only the readings that fit its plan to the request's words see it spelled out.
"""

from __future__ import annotations

import functools
import re
from difflib import SequenceMatcher

from app import paths
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
# "po", Tagalog's word of respect, where it ends a clause or follows the ask ("Please add page Rates po: ...", "Rename About
# Us to Our Agency po", "Add po How it works page: ..."): not of a page's name (u429-u432 made /rates-po, /our-agency-po). In
# lower case only, and nowhere else ("po 18:00", Polish for "after", is content; "PO Box" is an address).
_PO = re.compile(r"(?<=\w)[ \t]+(?-i:po)(?=[ \t]*[:.!?,]|[ \t]*$)"
                 r"|\b(?P<ask>add|put|make|create|remove|delete|rename|change|update)[ \t]+(?-i:po)\b", re.IGNORECASE)


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


@functools.cache
def _asks() -> tuple[re.Pattern[str], dict[str, tuple[str, bool]]]:
    """The words of asking of ``resources/prompts/ask-words.txt`` as one pattern (a phrase before the words it holds),
    and the English of each, with whether it is a verb (read only where an ask starts)."""
    text = (paths.resources_dir() / "prompts" / "ask-words.txt").read_text(encoding="utf-8")
    english: dict[str, tuple[str, bool]] = {}
    for line in text.splitlines():
        found = re.fullmatch(r"(.+?)\s+(=>|->)\s+(.+)", line.strip())
        if found and not line.startswith("#"):
            english[found.group(1).casefold()] = found.group(3), found.group(2) == "->"
    typed = sorted(english, key=len, reverse=True)
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(t) for t in typed) + r")(?![\w'’-])", re.IGNORECASE), english


_QUOTED = re.compile(r"[\"“][^\"“”\n]*[\"”]")  # words typed to be shown, left as typed ("Crea tu propio ramo")
# Where an ask starts: the request's start, a sentence's or clause's, after a greeting or "please"; or a verb before
# what it acts on ("quita a Memo Salcedo", "borra la cancion", "coloca na pagina").
_ASK_BEFORE = re.compile(r"(?:^|[.!?;:,(\-–]|\b(?:y|e|and|et|then|also|ahora|agora|now|please|pls|porfa|por\s+favor|hola|oi|ok|okay))\W*$",
                         re.IGNORECASE)
_ASK_AFTER = re.compile(r"\s*:|\s+(?:la|el|los|las|a|o|as|os|al|na|no|en|una|un|uma|um|le|les|du|des|il|lo|mi|su|esta|este|essa|"
                        r"esse|page|pages|página|pagina)\b", re.IGNORECASE)
# After the ask in English, the words that join a page's name to its content or a rename's old name to the new one:
# "page Servicios con precios:", "rename the page Equipo a Nosotros", "Modelos para Nossas Redes".
_PAGE_WITH = re.compile(r"(\bpages?\s+(?:[^\s:,.;]+\s+){1,4}?)(?:con|com)\b")
_RENAME_TO = re.compile(r"(\brename\b[^.,;:!?]*?\S)\s+(?:a|para)\s+(?=\S)", re.IGNORECASE)


def asks_in_english(request: str) -> str:
    """``request`` with its words of asking typed in Spanish, Portuguese, French or Italian in English ("Agrega página
    Servicios con precios: ..." as "Add page Servicios with precios: ..."), the words typed to be shown as typed; the
    request itself where it has none. The model and the readings know the asks in English (of 43 turns so typed in the
    user sets u376-u418, 34 failed)."""
    pattern, english = _asks()

    def said(m: re.Match[str], text: str) -> str:
        word, verb = english[m.group(0).casefold()]
        if verb and not (_ASK_BEFORE.search(text[:m.start()]) or _ASK_AFTER.match(text, m.end())):
            return m.group(0)  # "A gente faz rede de dormir": what they do, no ask
        return word[:1].upper() + word[1:] if m.group(0)[:1].isupper() else word

    parts, last, out = list(_QUOTED.finditer(request)), 0, []
    for quoted in [*parts, None]:
        piece = request[last:quoted.start() if quoted is not None else len(request)]
        out.append(pattern.sub(functools.partial(said, text=piece), piece))
        if quoted is not None:
            out.append(quoted.group(0))
            last = quoted.end()
    said_again = "".join(out)
    if said_again == request:
        return request
    return _RENAME_TO.sub(r"\1 to ", _PAGE_WITH.sub(r"\1with", said_again))


def spelled_out(request: str) -> str:
    """``request`` with its shorthand for "page", "pages", "about", "before" and "first page" written out, a word it corrects in
    brackets as corrected, and without the emoji that end a line or follow a sentence's end (one that ends a sentence
    is its full stop) or a "po" of respect after its ask or at a clause's end."""
    request = asks_in_english(request)
    request = _STOP_EMOJI.sub(".", _END_EMOJI.sub("", _POINTS.sub(": ", request))).strip() or request
    request = _PO.sub(lambda m: m.group("ask") or "", request)
    request = _FIRST_PAGE.sub(lambda m: "Front" if m.group(0)[0].isupper() else "front", _WITH.sub("with", _BEFORE.sub("before", request)))
    return _CORRECTED.sub(_corrected, _ABOUT.sub(lambda m: "About" if m.group(0)[0].isupper() else "about",
                                                 _PAGE.sub(lambda m: "page" + m.group(1), request)))
