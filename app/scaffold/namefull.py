"""A person's name given whole, of the shorter name the site shows: "the teacher aide has asked us to use his full name,
Sione Leaupepe-Faleolo" of "Mr Sione Leaupepe", "The treasurer's name is spelt Farieda Jacobs-Salie" of "Farieda
Jacobs", "change the treasurer name to Gerhard Url-Fasching, he has a double name now" of "Gerhard Url.".

The model wrote these as the site's name (u433-u435: four steps, each declined). The new name is typed in capitals; the
site shows its first words, and not the rest: those words, where the site shows them, become the whole name. The words
shown must be two at least (a first name alone is many people's: "her daughter Ana" is no "Ana Kupu"), and one typed name
only may be read so.
"""

from __future__ import annotations

import re

from app.scaffold.plan import ReplaceText, replacing
from app.scaffold.site import Site, shown_text

# What says a name is corrected or given whole.
_OF_A_NAME = re.compile(r"\b(?:full\s+name|(?:sur|last\s+|double\s+|whole\s+)?name|spel(?:t|led|ling))\b", re.IGNORECASE)
# Someone taken off beside the name ("Mele Kupu has moved ... please take her off ... Her full name is Ana Kupu"): a swap,
# whose new name is another person's, not the shown one made whole.
_GOES = re.compile(r"\b(?:remove|delete|take\s+(?:\w+\s+)?(?:off|out|down)|left|leaving|moved|retired|replace\w*|instead)\b", re.IGNORECASE)
# A name as typed: two to four capitalised words, a word may be joined by a hyphen ("Jacobs-Salie", "Ñanco").
_WORD = r"(?-i:[A-ZÀ-ÖØ-Þ])[\w'’]*(?:-(?-i:[A-ZÀ-ÖØ-Þ])[\w'’]*)*"
_NAME = re.compile(rf"(?<![\w'’-]){_WORD}(?:\s+{_WORD}){{1,3}}(?![\w'’-])")
_NOT_A_NAME = frozenset(("The", "In", "On", "At", "Oops", "Please", "Can", "Could", "Change", "Fix", "Correct", "Put", "Use", "Our", "My"))


def _shorter(name: str) -> list[str]:
    """The name's first words, longest first, each ending where a word or a hyphen ends ("Farieda Jacobs" of "Farieda Jacobs-Salie")."""
    ends = [m.start() for m in re.finditer(r"[\s-]", name)]
    return [name[:end] for end in reversed(ends)]


def full_name(request: str, site: Site | None) -> ReplaceText | None:
    """The shorter form of the typed name replaced by the whole of it (see the module docstring); None else."""
    if site is None or not _OF_A_NAME.search(request) or _GOES.search(request):
        return None
    shown = shown_text(site)
    found: set[tuple[str, str]] = set()
    for m in _NAME.finditer(request):
        words = m.group(0).split()
        while words and words[0] in _NOT_A_NAME:
            words.pop(0)
        name = " ".join(words)
        if len(words) < 2 or re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", shown):
            continue  # no name, or shown whole already
        for short in _shorter(name):
            if len(short.split()) < 2:
                break  # a first name alone is many people's ("her daughter Ana" of "Her full name is Ana Kupu")
            at = list(re.finditer(rf"(?<![\w'’-]){re.escape(short)}(?![\w'’]|-(?-i:[A-Z]))", shown))
            if at and short.casefold() not in site.name.casefold():  # (the business's own name is the site name's readers')
                found.add((short, name))
                break
            if at:
                return None
    if len(found) != 1:
        return None
    short, name = found.pop()
    return replacing(short, name)
