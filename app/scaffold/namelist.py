"""Names typed as a list under what they are to the site: "Sponsors: Bream Bay Bait and Tackle, Ruakaka
Four Square, Marsden Point Marine", "Please add our sponsors: Barre Granite Hardware, Green Mountain Maple
Co., and the Lions Club of Montpelier.", "a line 'Trusted by' with clients: Villa Strandlyst, Kaffebaren
Mølle, Studio Nord", "a Sponsors section on the home page listing ...".

The model split such names at "and" and "of", or paired two of them as a name and its detail; in the user
sets u240-u247, four such steps failed both tries. Here each name is the words between the list's
commas, whole ("Co." keeps its dot), under what they are ("Sponsors", "Trusted by"), on the home page.
"""

from __future__ import annotations

import re

from app.scaffold.coverage import typed_content
from app.scaffold.plan import AddItems, Entry, Plan
from app.scaffold.site import EMOJI, Site, norm_words

_WHAT = (r"(?:(?:thanks?|thank\s+you)\s+to\s+(?:all\s+)?(?:our\s+)?)?(?:sponsors|supporters|partners)|sponsored\s+by|supported\s+by|"
         r"trusted\s+by|clients|stockists|funders|thanks?\s+to|thank\s+you\s+to|as\s+seen\s+in|featured\s+in")
# "Sponsors: ...", "add our sponsors: ...", "add 'Our sponsors' with three names: ..."
_COLON = re.compile(rf"^(?P<ask>[^:\n]{{0,60}}?)(?P<what>\b(?:our\s+)?(?:{_WHAT}))\b(?P<rest>[^:\n]{{0,40}}):\s*(?P<names>.+)$",
                    re.IGNORECASE | re.DOTALL)
# "Add a Sponsors section on the home page listing A, B and C"
_LISTING = re.compile(rf"^(?P<ask>.{{0,30}}?)(?P<what>\b(?:our\s+)?(?:{_WHAT}))\b(?P<rest>[^:\n]{{0,50}}?)\s+listing\s+(?P<names>.+)$",
                      re.IGNORECASE | re.DOTALL)
# Where the names end: a sentence's end, not an abbreviation's dot ("Green Mountain Maple Co., and ...").
_END = re.compile(r"(?<!\bCo)(?<!\bLtd)(?<!\bInc)(?<!\bSt)(?<!\bMt)(?<!\bDr)(?<!\bBros)(?<!\bCorp)[.!?]+(?=\s|$)")
_QUOTED = re.compile(r"['‘\"“](?P<q>[^'’\"”]{2,30})['’\"”]")
_A_PAGE = re.compile(r"\b(?!home\s)(?:[\w'-]+\s+)page\b|\bpage\s+(?:called|named)\b", re.IGNORECASE)
_NAME = re.compile(r"^(?-i:[A-Z0-9À-ÖØ-Þ])[^$£€@\d]{1,58}$")
# What may follow the names: where they go, and thanks ("Put them at the bottom of the home page", "Thank you to them!!",
# "Just names is fine, we don't have their logos yet.").
_SAID_AFTER = re.compile(r"[^.!?]*\b(?:put|place|show|bottom|top|home|page|fine|logos?|names|thanks?|thank\s+you|cheers|please|pls)\b"
                         r"[^.!?]*[.!?]*|[\s\U0001F300-\U0001FAFF\u2600-\u27BF]+", re.IGNORECASE)
MAX_NAME_WORDS = 6
MIN_NAMES = 2


def read(request: str, site: Site | None) -> Plan | None:
    """The home page's list of the names typed under what they are, or None where the request is not such
    a list, names a page besides home, or types anything the names do not hold."""
    said = request.strip()
    m = _COLON.match(said) or _LISTING.match(said)
    if m is None or _A_PAGE.search(said[:m.start("names")].replace("homepage", "home page")) \
            or len(re.findall(r"[\"“”]|(?<!\w)'|'(?!\w)", said[:m.start("names")])) % 2:
        return None  # a page's list, or words in quotes ("add 'With thanks to our sponsors: ...'"): the footer's, a text's
    head, after = _names_end(m.group("names"))
    names = _names(head)
    if names is None or typed_content(after) or _SAID_AFTER.sub(" ", after).strip(" .!?,;:-"):
        return None  # more said after the names than where they go or thanks ("couldn't do it without them")
    quoted = _QUOTED.search(m.group("ask") + m.group("what") + m.group("rest"))
    heading = quoted.group("q") if quoted else re.sub(r"\s+", " ", m.group("what").strip())
    heading = heading[:1].upper() + heading[1:]
    if site is not None and any(norm_words(s.heading) == norm_words(heading) for p in site.pages for s in p.sections):
        return None  # a list the site shows already: an addition to it is not read here
    return Plan(ops=[AddItems(op="add_items", route="/", kind="list", heading=heading,
                              items=[Entry(title=name, text="") for name in names])])


def _names_end(names: str) -> tuple[str, str]:
    """The names, and what the request says after them."""
    end = _END.search(names)
    return (names[:end.start()], names[end.end():]) if end else (names, "")


def _names(typed: str) -> list[str] | None:
    parts = [p.strip() for p in typed.split(",") if p.strip()]
    if len(parts) < MIN_NAMES:
        return None
    last = re.sub(r"^(?:and|&)\s+", "", parts[-1], flags=re.IGNORECASE)
    split = re.split(r"\s+(?:and|&)\s+", last)
    # "A, B and C": the last "and" joins names where none of the others holds one ("Bait and Tackle, ...")
    parts = parts[:-1] + (split if len(split) == 2 and not any(re.search(r"\s(?:and|&)\s", p) for p in parts[:-1]) else [last])
    names = [re.sub(r"^(?-i:the)\s+", "", EMOJI.sub("", p)).strip() for p in parts]  # "the Lions Club of ...", but "The Swan Inn" as typed
    if any(not _NAME.match(n) or len(n.split()) > MAX_NAME_WORDS for n in names):
        return None
    return names
