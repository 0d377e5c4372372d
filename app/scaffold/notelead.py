"""A paragraph for the home page, said so before a colon: "on home write: my mother open this shop in 1989, ...",
"Home pe likho: 3 generations we are playing ...", "In home put this text: ...", "home text: measure today, ...",
"On the home page, please add this paragraph: ...", "I want to write on home that Saturday 8:00-12:00 is ...".

The model wrote these as a theme (the words held "colors"), items cut from the sentences, an edit of an item named by a
word of them, or a decline: of 8 such first tries in the blind sets u401-u402, none was done. Where the words before the
colon name the home page and say to write (not "add", which lists as often as it writes), what follows is the user's
text, whole, as a text section on the home page.
"""

from __future__ import annotations

import re

from pydantic import ValidationError

from app.scaffold.plan import AddSection, Plan

MIN_WORDS = 4
# The home page and the ask to write, before the colon; what the user typed after it.
_LEAD = re.compile(r"^\W*(?:(?:please|pls|ok|okay|now|and|also)[\s,]+)*(?:(?:on|in|at|to|onto|for)\s+(?:the\s+)?)?"
                   r"(?:home\s*page|homepage|home|main\s+page|front\s+page)\b(?P<ask>[^:.!?\n]{0,50}):\s*(?P<note>\S.*)$",
                   re.IGNORECASE | re.DOTALL)
_WRITE = re.compile(r"\b(?:write|likho|text|paragraph|story|words|note|tell)\b", re.IGNORECASE)
# "I want to write on home that Saturday 8:00-12:00 is only visits ...": the text after "that".
_THAT = re.compile(r"\b(?:write|say|put)\s+(?:on|in)\s+(?:the\s+)?(?:home\s*page|homepage|home)\s+that\s+(?P<note>\S.*)$",
                   re.IGNORECASE | re.DOTALL)


def read(request: str) -> Plan | None:
    """The text the request gives the home page after saying so; None when it gives none."""
    lead = _LEAD.match(request)
    said = lead if lead is not None and _WRITE.search(lead.group("ask")) else _THAT.search(request)
    if said is None:
        return None
    note = said.group("note").strip()
    if len(note.split()) < MIN_WORDS:
        return None
    try:
        return Plan(ops=[AddSection(op="add_section", route="/", kind="text", text=note[:1].upper() + note[1:])])
    except ValidationError:
        return None  # longer than a section holds: the other readers' to cut
