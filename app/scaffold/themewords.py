"""The colours a request ties to the page's background and to its text: "white background, dark grey
text", "a plain white background with dark grey body text", "black text on cream".

The model filled the theme's slots from the colour names in any order, and wrote white text on a white
background ("white background, dark grey text, navy accent" as background white, foreground white). A
colour said right beside "background" or "text" is that slot's, as typed; the text never takes the
background's colour.
"""

from __future__ import annotations

import re

from app.scaffold.plan import NAMED_COLORS

# The words people use for the colours the theme has (``plan.NAMED_COLORS``).
_SAID = {**{name: name for name in NAMED_COLORS}, "grey": "gray", "charcoal": "gray", "silver": "gray",
         "cream": "white", "ivory": "white", "off-white": "white", "offwhite": "white", "maroon": "red",
         "burgundy": "red", "crimson": "red", "lavender": "purple", "violet": "purple", "indigo": "navy",
         "turquoise": "teal", "beige": "white"}
_COLOUR = r"(?P<c>" + "|".join(sorted((re.escape(w) for w in _SAID), key=len, reverse=True)) + r")"
_SHADE = r"(?:(?:very\s+|quite\s+)?(?:dark|light|pale|soft|deep|bright|plain|pure|warm|cool)\s+)?"
_SLOT = {"background": r"(?:background|backdrop|bg)", "foreground": r"(?:text|writing|body\s+text|font\s+colou?r|lettering)"}
# Per slot: the colour said before its word ("dark grey text"), else after it ("text in dark grey").
_SAID_OF = {slot: (re.compile(rf"\b{_SHADE}{_COLOUR}\s+(?:body\s+)?{word}\b", re.IGNORECASE),
                   re.compile(rf"\b{word}\s+(?:(?:colou?r\s+)?(?:in|of|to|is|should\s+be|as)\s+)?{_SHADE}{_COLOUR}\b", re.IGNORECASE))
            for slot, word in _SLOT.items()}


def slots(request: str) -> dict[str, str]:
    """The theme slots ``request`` gives a colour by name: "background" and "foreground"."""
    out: dict[str, str] = {}
    for slot, (before, after) in _SAID_OF.items():
        found = before.search(request) or after.search(request)
        if found is not None:
            out[slot] = _SAID[found.group("c").lower()]
    return out


def readable(primary: str | None, background: str | None, foreground: str | None,
             request: str) -> dict[str, str | None]:
    """The background and text colours as the request ties them, and no text in the background's colour.
    A colour the model put on the background that the request says of something else is the main colour
    ("walnut brown with a pale cream background": brown, on cream)."""
    said = slots(request)
    back = said.get("background", background)
    fore = said.get("foreground", foreground)
    if fore is not None and fore == back:
        fore = None  # white on white: the text keeps the theme's own colour
    out = {"background": back, "foreground": fore}
    if primary is None and background not in (None, back) and _names(request, background):
        out["primary"] = background
    return out


def _names(request: str, colour: str | None) -> bool:
    """Whether ``request`` says ``colour`` by one of its words."""
    return any(_SAID[w] == colour for w in re.findall(r"[a-z-]+", request.casefold()) if w in _SAID)
