"""The size of all the text, read from the request's words: "The writing is too small for me, can
it be bigger throughout.", "make all the writing noticeably larger", "text is too big".

The model has no op for it and declined, or set a colour or a font nobody asked for. Only the
text as a whole is read: "make the heading bigger" names one element, which no op sizes, and
stays the model's (a decline).
"""

from __future__ import annotations

import re

from app.scaffold.plan import Plan, SetTextSize
from app.scaffold.site import Site

_TEXT = r"(?:writing|text|font(?:\s+size)?|fonts|words|letters|lettering|print|type(?:face)?|everything)"
# "make the text bigger", "can the writing be a bit larger"
_WISH = re.compile(rf"\b{_TEXT}\b[^.!?]{{0,40}}?\b(?:(?P<bigger>bigger|larger)|(?P<smaller>smaller))\b"
                   rf"|\b(?:(?P<bigger2>bigger|larger)|(?P<smaller2>smaller))\s+{_TEXT}\b", re.IGNORECASE)
# "increase the font size", "reduce the size of the text"
_VERB = re.compile(rf"\b(?:(?P<bigger>increase|bump up|enlarge)|(?P<smaller>decrease|reduce|shrink))\s+(?:the\s+)?"
                   rf"(?:size\s+of\s+(?:the\s+|all\s+(?:the\s+)?)?)?{_TEXT}", re.IGNORECASE)
# "The writing is too small for me", "text is rather small": a complaint, so the other way
_COMPLAINT = re.compile(rf"\b{_TEXT}\b[^.!?]{{0,30}}?\b(?:is|are|'s|looks?|seems?)\s+"
                        r"(?:(?:rather|quite|very|so|too|a bit|a little|really|way|far)\s+)*"
                        r"(?:(?P<bigger>small|tiny|hard to read|difficult to read)|(?P<smaller>big|large|huge))\b(?!\s+print)",
                        re.IGNORECASE)
# Words typed for the site ("Add a line of text: we have bigger bikes now"): content, not a size.
_TYPED = re.compile(r"[:\"“”‘]|(?:^|\s)'")
# One element named: its size is no op's ("make the heading bigger", "the logo is too small").
_ONE_PART = re.compile(r"\b(?:heading|headline|title|sub-?title|tagline|button|logo|menu|nav\w*|footer|image|photo|"
                       r"picture|price|prices|link|links|section|hero|banner)\b", re.IGNORECASE)


def read(request: str, site: Site | None) -> Plan | None:
    """The plan that makes all the text larger or smaller by a step; None when the request does
    not ask that of the text as a whole."""
    if _ONE_PART.search(request) or _TYPED.search(request):
        return None
    m = _WISH.search(request) or _VERB.search(request) or _COMPLAINT.search(request)
    if m is None:
        return None
    return Plan(ops=[SetTextSize(op="set_text_size", change="larger" if m.group("bigger") or m.groupdict().get("bigger2")
                                     else "smaller")])
