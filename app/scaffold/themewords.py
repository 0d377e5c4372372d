"""The theme a request's colour words ask for: which colour is the background, the text, the accent and the
main colour, in the shade typed.

The model filled the theme's slots from the colour names in any order and added colours nobody typed: "dark
theme, purple accent" made the background purple, "white and cobalt blue" a white main colour on a blue
background, "Cream and dark wood brown" red text, "a soft orange and cream? The grey feels a bit cold" a grey
main colour. Here the slots are read from the words: a colour said beside "background", "text" or "accent" is
that slot's ("white background, dark grey text"); "dark theme" is a dark background with light text; of the
other colours said, a light one (white, cream, beige, a pastel) is the background and the others the main
colour, then the accent. A colour said as the one to leave ("the grey feels cold", "too grey") is none of them;
a shade typed ("pastel pink", "dark wood brown") is the colour mixed lighter or darker; the text always reads
on its background. A request that names no colour keeps the model's theme.

A typeface named where the request speaks of fonts ("Font Inter.", "a serif like Garamond") is the font family it
belongs to (``font-words.txt``): the model had given Inter a serif and Poppins a monospace. One said as the one to
avoid ("not Comic Sans", "anything that isn't Arial") is none; two families named (serif headings, sans body) leave
the model's choice.
"""

from __future__ import annotations

import functools
import re

from typing import Any

from app.scaffold.plan import NAMED_COLORS, SetTheme
from app.scaffold.scope import look_words, word_list
from app.scaffold.site import norm_words


@functools.cache
def _words() -> dict[str, str]:
    """Each colour word or phrase people type, with the theme's colour for it (a name or "#rrggbb")."""
    listed = {word.strip(): colour.strip() for word, colour in (line.split("=", 1) for line in word_list("colour-words.txt"))}
    return {**{name: name for name in NAMED_COLORS}, **listed}


_SHADES = {"light": ("#ffffff", 0.45), "pale": ("#ffffff", 0.55), "pastel": ("#ffffff", 0.6), "soft": ("#ffffff", 0.3),
           "baby": ("#ffffff", 0.5), "dark": ("#000000", 0.4), "deep": ("#000000", 0.3)}
_LIGHT = 0.7  # the relative luminance above which a colour is a background's, not a main colour's
_DARK_BACKGROUND, _LIGHT_TEXT, _DARK_TEXT = "#111111", "#f5f5f5", "#1f1d1a"


@functools.cache
def _mention() -> re.Pattern[str]:
    """A colour as typed, with its shade: "pastel pink", "dark wood brown", "cobalt blue", "grey"."""
    words = "|".join(sorted((re.escape(w) for w in _words()), key=len, reverse=True))
    return re.compile(rf"\b(?:(?:very\s+|quite\s+)?(?P<shade>{'|'.join(_SHADES)}|bright|warm|cool|plain|pure)\s+)?"
                      rf"(?P<c>{words})(?:e?s)?\b|(?P<hex>#[0-9a-f]{{6}})\b", re.IGNORECASE)  # "greens", "greys"


def colours_in(text: str) -> list[str]:
    """The colours ``text`` names, as typed ("yellow", "dark green")."""
    return [m.group(0) for m in _mention().finditer(text)]


def only_colours(text: str) -> bool:
    """Whether ``text`` says colours and nothing else ("yellow", "dark green")."""
    return bool(text.strip()) and not _mention().sub(" ", text).strip(" ,.&-")


# A colour said as the one to leave: "too grey", "not so much red", "the grey feels a bit cold", "instead of blue".
_LEAVE_BEFORE = re.compile(r"\b(?:too|not|no|less|than|without|hate|instead\s+of|away\s+from|rid\s+of|"
                           r"not\s+(?:so\s+much|the))\s+(?:\w+\s+)?$", re.IGNORECASE)
_LEAVE_AFTER = re.compile(r"^\s+(?:\w+\s+)?(?:feels?|looks?|seems?|is\s+(?:a\s+bit\s+|way\s+|far\s+)?(?:too|cold|boring|dull|"
                          r"ugly|much|sad|harsh))\b", re.IGNORECASE)
_SLOT_WORDS = {"background": r"(?:background|backdrop|bg)",
               "foreground": r"(?:foreground|text|writing|body\s+text|font\s+colou?r|lettering)",
               "accent": r"accents?", "primary": r"(?:primary|main\s+colou?r)"}
_DARK_THEME = re.compile(r"\bdark\s+(?:theme|mode|site|look|version|style)\b|\b(?:make|go)\s+it\s+dark\b", re.IGNORECASE)


def _hex(colour: str) -> str:
    return NAMED_COLORS.get(colour, colour)


def _shaded(colour: str, shade: str | None) -> str:
    """``colour`` mixed toward white or black for a shade ("pastel", "dark"); the colour itself else."""
    if shade is None or shade.lower() not in _SHADES:
        return colour
    towards, share = _SHADES[shade.lower()]
    a, b = _hex(colour), towards
    mixed = [round(int(a[i:i + 2], 16) * (1 - share) + int(b[i:i + 2], 16) * share) for i in (1, 3, 5)]
    return "#" + "".join(f"{v:02x}" for v in mixed)


def _luminance(colour: str) -> float:
    """The relative luminance of ``colour`` (WCAG 2)."""
    h = _hex(colour)
    channels = [int(h[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _said(request: str) -> list[tuple[int, int, str]]:
    """(start, end, colour) of each colour the request asks for, in order; not one said as the one to leave."""
    out = []
    for m in _mention().finditer(request):
        clause_start = max(request.rfind(ch, 0, m.start()) for ch in ".!?;,")
        if _LEAVE_BEFORE.search(request[clause_start + 1:m.start()]) or _LEAVE_AFTER.match(request[m.end():]):
            continue
        colour = m.group("hex") or _shaded(_words()[m.group("c").lower()], m.group("shade"))  # "#1f2937" as typed
        out.append((m.start(), m.end(), colour))
    return out


def _tied(request: str, said: list[tuple[int, int, str]]) -> dict[str, tuple[int, str]]:
    """The slots a colour is said beside: "white background", "text in dark grey", "purple accent"."""
    out: dict[str, tuple[int, str]] = {}
    for slot, word in _SLOT_WORDS.items():
        for start, end, colour in said:
            before = re.match(rf"\s+(?:body\s+)?{word}\b", request[end:], re.IGNORECASE)
            after = re.search(rf"\b{word}\s*(?:(?:colou?r\s+)?(?:in|of|to|is|should\s+be|as)\s+|[=:]\s*)?(?:(?:a|the)\s+)?"
                              rf"(?:\w+\s+)?$", request[:start], re.IGNORECASE)
            if slot not in out and (before or after) and start not in {s for s, _c in out.values()}:
                out[slot] = (start, colour)
    return out


def read(request: str, background: str | None = None, foreground: str | None = None) -> dict[str, str | None] | None:
    """The theme's slots as the request's colour words ask (see the module docstring), None for a slot it does not
    set; None when it names no colour and no dark theme. ``background`` and ``foreground``: the site's now, so that
    the text reads on the new background."""
    said = _said(request)
    dark = _DARK_THEME.search(request) is not None
    if not said and not dark:
        return None
    tied = _tied(request, said)
    out: dict[str, str | None] = {slot: colour for slot, (_s, colour) in tied.items()}
    if dark:
        out.setdefault("background", _DARK_BACKGROUND)
    tied_at = {start for start, _c in tied.values()}
    rest = list(dict.fromkeys(colour for start, _e, colour in said if start not in tied_at))
    lights = [c for c in rest if _luminance(c) > _LIGHT]
    if "background" not in out and lights:
        out["background"] = lights[0]
        rest.remove(lights[0])
    for slot in ("primary", "accent"):
        if slot not in out and rest:
            out[slot] = rest.pop(0)
    back = out.get("background") or background
    text = out.get("foreground") or foreground
    if back is not None and (text is not None and _contrast(back, text) < 3 or text is None and _luminance(back) < 0.2):
        out["foreground"] = _LIGHT_TEXT if _luminance(back) < 0.2 else _DARK_TEXT  # the text reads on its background
    return {slot: out.get(slot) for slot in ("primary", "accent", "background", "foreground")}


def slots(request: str) -> dict[str, str]:
    """The theme slots ``request`` gives a colour by name beside their word: "background" and "foreground"."""
    tied = _tied(request, _said(request))
    return {slot: colour for slot, (_s, colour) in tied.items() if slot in ("background", "foreground")}


def one_theme(ops: list[Any]) -> list[Any]:
    """``ops`` with their theme changes as one, where the first stood: the model wrote the font and the colours as two
    ops on the same theme, which the turn refused (two edits of one place), or the same colours twice."""
    themes = [op for op in ops if isinstance(op, SetTheme)]
    if len(themes) < 2:
        return ops
    slots = {slot: value for op in themes for slot, value in op.model_dump(exclude_none=True).items()}
    merged = SetTheme(**slots)
    return [merged if op is themes[0] else op for op in ops if op is themes[0] or not isinstance(op, SetTheme)]


@functools.cache
def _fonts() -> tuple[re.Pattern[str], dict[str, str]]:
    listed = {word.strip(): family.strip() for word, family in (line.split("=", 1) for line in word_list("font-words.txt"))}
    names = "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in listed)
    return re.compile(rf"(?<![\w-])(?:{names})(?![\w-])", re.IGNORECASE), listed


_SPEAKS_OF_FONTS = re.compile(r"\b(?:fonts?|typefaces?|lettering|typography|type)\b", re.IGNORECASE)
_NOT_THIS_FONT = re.compile(r"\b(?:not|isn'?t|isn’t|no|but|than|except|instead\s+of|nothing\s+like)\s+(?:[\w'’]+\s+){0,2}$", re.IGNORECASE)


def named_font(request: str) -> str | None:
    """The font family of the typefaces the request names when it speaks of fonts (see the module docstring)."""
    if not _SPEAKS_OF_FONTS.search(request):
        return None
    pattern, families = _fonts()
    said = {families[re.sub(r"[\s-]+", " ", m.group(0).lower())] for m in pattern.finditer(request)
            if not _NOT_THIS_FONT.search(request[max(0, m.start() - 40):m.start()])}
    return said.pop() if len(said) == 1 else None


def font_alone(clause: str) -> list[SetTheme]:
    """The theme's font as the one change a clause asks ("And change the font to something a bit more friendly and rounded"),
    where it names one family and no colour; []."""
    family = named_font(clause)
    if family is None or colours_in(clause):
        return []
    return [SetTheme.model_validate({"op": "set_theme", "font": family})]


@functools.cache
def asks_for_a_look(request: str) -> bool:
    """Whether the request speaks of colours, fonts or a look at all: a theme change the request
    does not ask for ("Change hero text to: ...") is the model's misreading, not an edit."""
    return bool(look_words().search(request))


# What wishes, beside a look's word: "Something warm and homely please", "use green and gold". Without
# one, the word is a fact's ("Hawsley Green", "a gold panning club", "we look after three rollers").
_WISH = re.compile(r"\b(?:please|pls|want|wanted|like|love|prefer|make|use|something|go for|colou?rs?|fonts?|theme|nothing too|not too|keep it|"
                   r"look(?!\s+after)|feel|vibe|style)\b", re.IGNORECASE)


MIN_LOOK_SHARE = 0.2  # "Dark green and cream.", "Warm and friendly, nothing too posh.": a look said bare


def wishes_for_a_look(sentence: str) -> bool:
    """Whether an opening prompt's sentence asks for a look (not told to the site's visitors):
    a look's word with a wish, or look words that make up much of the sentence."""
    found = look_words().findall(sentence)
    words = norm_words(sentence).split()
    return bool(found) and (bool(_WISH.search(sentence)) or len(found) >= MIN_LOOK_SHARE * max(len(words), 1))
