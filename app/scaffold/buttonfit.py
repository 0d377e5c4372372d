"""A button's label and link, read from the words the request types for them: "Kindly change button to
Enquire now", "home button should say RSVP now instead", "change the home page button from "Join the club"
to "Become a member"", "button -> 'github' linking to https://github.com/lbrandt", "Button on home should
link to /projects", "make the RSVP button email us at kaylaandmarcus2027@gmail.com".

The model cut labels short ("Enquire", "RSVP"), set the button to the old label and the heading to the new
one, and has no slot for where a button goes. A request that names one button and types its label or its
target is read here: alone, as the whole plan (``read``); beside other parts, as the model's button op
corrected (``fitted``). Two buttons ("buttons", "second button") stay the model's to place.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from app.scaffold.plan import Plan, SetText
from app.scaffold.site import Site, norm_words

_Q_OPEN, _Q_CLOSE = "[\"“‘']", "[\"”’']"
# The button named: "button", "the home page button", "button text", "the RSVP button", "cta".
_BUTTON = r"\b(?:button|cta)(?:\s+(?:text|label|wording))?"
# Where an unquoted label ends: its clause, or words that are not the label's ("instead", "linking to ...").
_END = (r"(?=\s*(?:[.!?;\n]|,|$)|\s+(?:instead|then|please|pls|plz|thanks?|thank\s+you|"
        r"(?:that\s+|which\s+|and\s+)?(?:links?|linking|goes|going|points?|pointing)\s+to|"
        r"and(?=\s+(?:put|make|add|keep|move|link|change|set|then|also|remove|update|use|it|the|on)\b))\b)")
_LABEL = rf"(?:{_Q_OPEN}(?P<q>[^\"“”‘’'\n]{{1,40}}){_Q_CLOSE}|(?P<bare>[A-Za-z0-9#@][^\n.!?;,]{{0,39}}?){_END})"
_LABELS = [
    # "change the home button from RSVP details to Travel info", "Kindly change button to Enquire now"
    re.compile(rf"{_BUTTON}(?:\s+(?:on|of)\s+(?:the\s+)?home(?:\s+page)?)?\s+(?:from\s+(?P<old>{_Q_OPEN}[^\"“”‘’'\n]{{1,40}}"
               rf"{_Q_CLOSE}|[^\n.!?;,]{{1,40}}?)\s+)?to\s+(?:(?:say|read)\b\s*:?\s*)?{_LABEL}", re.IGNORECASE),
    # "home button should say RSVP now instead", "button can read Book a table", "make the button say Book now"
    re.compile(rf"{_BUTTON}(?:\s+(?:on|of)\s+(?:the\s+)?home(?:\s+page)?)?\s+(?:should|can|could|must|will|needs?\s+to)\s+"
               rf"(?:just\s+|now\s+)?(?:say|read|be)\b\s*:?\s*{_LABEL}", re.IGNORECASE),
    re.compile(rf"{_BUTTON}\s+(?:say|read)\b\s*:?\s*{_LABEL}", re.IGNORECASE),
    # "button -> 'github'", "button: Book now", "button saying Book now"
    re.compile(rf"{_BUTTON}\s*(?:->|→|=|:|\s+saying|\s+that\s+says)\s*{_LABEL}", re.IGNORECASE),
]
_TWO = re.compile(r"\bbuttons\b|\b(?:two|2|second|other|both)\s+(?:\w+\s+)?buttons?\b", re.IGNORECASE)
# Where the button goes, said right before it: "linking to URL", "should link to /projects", "go to /projects",
# "take people to ...", "email us at X" (a mailto link); not an email typed to show ("add X below it").
_TARGET = r"(?P<t>https?://\S+|(?<![\w.])/[a-z0-9][\w/-]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/\S*)"
_GOES_TO = re.compile(r"\b(?:link(?:s|ing|ed)?|go(?:es|ing)?|point(?:s|ing)?|take\s+(?:people|you|them|visitors)|open(?:s|ing)?|"
                      r"send(?:s|ing)?\s+(?:people|you|them|visitors))\s+(?:it\s+|this\s+|that\s+)?(?:straight\s+)?(?:to|at)\s+" + _TARGET
                      + r"|\be-?mail(?:s|ing)?\s+(?:us|me|them)?\s*(?:at|to|on)?\s*(?P<mail>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)",
                      re.IGNORECASE)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
# What a request about the button alone may say beside it.
_FILLER = frozenset(norm_words(
    "please kindly pls plz thanks thank you very much last one thing lastly finally ok okay then actually also just "
    "on home page the a button text label link should it can could you hi hello sorry and is that alright fine "
    "one more so oh now instead change make set update our main top hero cta").split())


def _label(request: str) -> tuple[str, str] | None:
    """The button's new label and the old one the request names ("" where it names none)."""
    if _TWO.search(request):
        return None
    for pattern in _LABELS:
        m = pattern.search(request)
        if m is None:
            continue
        label = (m.group("q") or m.group("bare") or "").strip()
        old = (m.group("old") or "") if "old" in pattern.groupindex else ""
        if label and not _EMAIL.fullmatch(label) and not label.startswith(("http", "/")):
            return label, old.strip("\"“”‘’' ")
    return None


def _href(request: str) -> str:
    """Where the request says the button goes: a URL, a path of the site, or an email as a mailto link."""
    if not re.search(_BUTTON, request, re.IGNORECASE) or _TWO.search(request):
        return ""
    found = [m for m in _GOES_TO.finditer(request)]
    if len(found) != 1:
        return ""
    target = (found[0].group("t") or "").rstrip(".,;:!?)")
    if found[0].group("mail") or "@" in target:
        return f"mailto:{found[0].group('mail') or target}"
    if target.startswith("/"):
        return target.rstrip("/") or "/"
    return target if target.startswith("http") else "https://" + target


def _button_op(request: str, site: Site | None, route: str = "/") -> SetText | None:
    said = _label(request)
    href = _href(request)
    label = said[0] if said else ""
    if not label and href:  # "Button on home should link to /projects": the label it has now
        page = site.page(route) if site is not None else None
        label = next((s.button_label for s in page.sections if s.kind == "hero" and s.button_label), "") if page else ""
    if not label:
        return None
    try:
        return SetText(op="set_text", route=route, target="button", text=label, href=href)
    except ValidationError:
        return None


def read(request: str, site: Site | None) -> Plan | None:
    """The plan for a request about the home page's one button alone: its label, its link, or both."""
    op = _button_op(request, site)
    if op is None:
        return None
    rest = request
    typed = [m.group("t") or m.group("mail") for m in _GOES_TO.finditer(request)]
    for part in (op.text, *typed, (_label(request) or ("", ""))[1]):
        if part:
            rest = rest.replace(part, " ")
    if any(w not in _FILLER for w in norm_words(rest).split()) and not _only_link_words(rest):
        return None  # another part ("... and add our hashtag"): the model's plan, its button corrected (``fitted``)
    return Plan(ops=[op])


def _only_link_words(rest: str) -> bool:
    """Whether what is left beside the label is the link's own wording ("linking to", "email us at")."""
    left = _GOES_TO.sub(" ", rest)
    return all(w in _FILLER or w in ("to", "at", "us", "me", "people", "go", "goes", "link", "links", "linking", "email")
               for w in norm_words(left).split())


def fitted(ops: list[Any], request: str, site: Site | None) -> list[Any]:
    """``ops`` with the home page's button as the request types it: the model's button op takes the typed
    label and link, and a heading the model set to the button's old or new words goes."""
    button = _button_op(request, site)
    if button is None:
        return ops
    label, old = _label(request) or (button.text, "")
    words = {norm_words(label), norm_words(old), norm_words(button.href.removeprefix("mailto:"))} - {""}
    mine = [op for op in ops if isinstance(op, SetText) and op.route == "/" and op.section is None
            and (op.target == "button" or op.target in ("title", "subtitle") and norm_words(op.text) in words)]
    if not any(op.target == "button" for op in mine):
        return ops  # the model placed no button: the request's other parts, read as the model read them
    return [*(op for op in ops if op not in mine), button]
