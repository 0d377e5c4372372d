"""A place or an address given anew: "the venue changed – Villa Serafini double booked us. It's now Agriturismo Sancin, Via
di Prosecco 22, Trieste", "Our hall has changed. From next month we meet at Sankey Tank Community Hall, first floor",
"Werkstatt moved! New address Gerbe 3, 6870 Bezau".

The model wrote these as edits of an item named by the request's first words, or as a new site. Here the new place is the
words after "it's now", "we meet at", "new address" or "moved to", to the sentence's end; what it replaces is the place the
request names where the site shows it once, else the one run of the site's words written as the new one is (the same
words where the site has them, other names and figures where it does not: "Ellenbogen 14, 6870 Bezau", "Senior Citizens
Hall"). Words both end with are kept once ("..., Trieste").
"""

from __future__ import annotations

import re

from app.scaffold.itemfit import PROPER_RUN
from app.scaffold.plan import Plan, replacing
from app.scaffold.site import Site, shown_text

_MOVED = re.compile(r"\b(?:mov(?:e|ed|ing)|relocat\w*|new\s+(?:address|venue|place|location)|(?:venue|hall|place|location|"
                    r"address)\s+(?:has\s+)?changed)\b", re.IGNORECASE)
_NEW = re.compile(r"\b(?:new\s+(?:address|venue|place|location)(?:\s+is)?|(?:it['’]?s|it\s+is|is)\s+now(?:\s+at|\s+in)?|"
                  r"(?:we\s+)?(?:now\s+)?meet\s+(?:at|in)|moved\s+to)\s*:?\s*(?P<new>(?-i:[A-Z])(?:[^.!?;\n]|"
                  r"(?<=\b(?:ul|st|nr|no|av|rd|dr))\.){3,80}?)(?=\s*(?:[!?;\n]|{_NOT_SHORT}\.|$|,?\s+and\s+|\s+from\s+))".replace(
                      "{_NOT_SHORT}", "".join(rf"(?<!\b{a})" for a in ("ul", "st", "nr", "no", "av", "rd", "dr"))), re.IGNORECASE)
_WORD = r"[^\W\d_][\w'’.-]*"
MAX_NAME_WORDS = 4


def _shape(words: str, shown: str) -> str:
    """A pattern of ``words``: a word the site shows as it is, another name any one to four words, a figure any figure."""
    out: list[str] = []
    for token in re.findall(r"\d+|[^\W\d_][\w'’.-]*|[^\w\s]", words):
        if token.isdigit():
            out.append(r"\d+")
        elif token[0].isalpha() and not re.search(rf"(?<![\w'’]){re.escape(token)}(?![\w'’])", shown):
            if out[-1:] != ["NAME"]:
                out.append("NAME")
        else:
            out.append(re.escape(token))
    name = rf"{_WORD}(?:\s+{_WORD}){{0,{MAX_NAME_WORDS - 1}}}"
    return r"\s*".join(name if t == "NAME" else t for t in out)


def _written_so(new: str, shown: str, before: str) -> str:
    """The one run of the site's words written as the new place is, whole, else up to its last or first comma ("Sankey
    Tank Community Hall, first floor"), without the words the request says before the place ("Werkstatt moved!" of
    "Werkstatt Ellenbogen 14, ..."); "" for none."""
    for part in dict.fromkeys((new, new.rsplit(",", 1)[0], new.split(",", 1)[0])):
        runs = {m.group(0) for m in re.finditer(rf"(?<![\w'’]){_shape(part, shown)}(?![\w'’])", shown)}
        if len(runs) == 1:
            old = runs.pop()
            while len(old.split()) > 1 and re.search(rf"(?<![\w'’]){re.escape(old.split()[0])}(?![\w'’])", before):
                old = old.split(maxsplit=1)[1]
            return old
    return ""


def read(request: str, site: Site | None) -> Plan | None:
    """The place the request gives anew, in place of the one the site shows (see the module docstring); None else."""
    found = _NEW.search(request)
    if site is None or found is None or not _MOVED.search(request):
        return None
    new = found.group("new").strip(" ,")
    shown = shown_text(site)
    named = {m.group(0) for m in PROPER_RUN.finditer(request[:found.start()]) if shown.count(m.group(0)) == 1}
    old = named.pop() if len(named) == 1 else _written_so(new, shown, request[:found.start()])
    if not old or old in new:
        return None
    tail = re.match(r",\s*([^,]+)", shown[shown.find(old) + len(old):])
    if tail is not None and new.endswith(f", {tail.group(1).strip()}"):
        new = new[:-len(tail.group(1).strip()) - 2]  # "..., Trieste" shown after the old place already
    op = replacing(old, new)
    return Plan(ops=[op]) if op is not None else None
