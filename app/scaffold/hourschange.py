"""New hours for some days, said of the one entry the site shows its hours in: "Opening hours change: Saturday now
closed. Monday to Friday same, 10.00 to 18.00." of "Hours: Monday to Friday 10.00 to 18.00", "change hours, now open
Wed-Sat 9 till 4 instead of Tues" of "Tues-Sat 9 till 4", "hours change, sunday close now. mon-sat 9am-7pm".

The model wrote these as an edit of an item named by a day or a month ("Saturday", "January"), which the site does not
list, and the turn said "I can't find" (u428-u436: 11 of the 38 such turns were hours). Here each run of days the
request types, with the hours or "closed" said after it, takes the place of what the entry said of those days; the days
the request does not name keep what they had ("Sunday we close at 12h now, other days same"). A run of the entry's that
the request names only in part keeps the rest of its days, written as the entry writes days, where they run on
("Monday to Saturday" less Saturday is "Monday to Friday"). Nothing is read where the entry's days are not all plain
weekdays ("every day except CNY"), where the request names no day with hours, or where the site shows no such entry,
or several.
"""

from __future__ import annotations

import re

from app.scaffold.hoursfit import DAY, day_set, hours_entries
from app.scaffold.plan import EditItem
from app.scaffold.site import EMOJI, Site, norm_words
from app.scaffold.whenfit import CLOCK_TIME, WHEN

_RUN = re.compile(rf"(?<![\w-])(?:every\s*day|daily|week\s?days|week\s?ends|{DAY}(?:\s*(?:-|–|to|&|and)\s*{DAY})*)(?![\w-])",
                  re.IGNORECASE)
# What the request says of the hours at all: a change of the hours, not of a class held on a day.
_OF_HOURS = re.compile(r"\b(?:hours?|opening|open|close[ds]?|closing)\b", re.IGNORECASE)
# Hours as people write them: "10am til 6pm", "9 till 4", "10.00 to 18.00", "9-12.30 and 15-19", "12h".
_SPAN = re.compile(rf"(?<![\w.:]){CLOCK_TIME}\s*(?:to|till|til|until|-|–)\s*{CLOCK_TIME}(?![\w:])", re.IGNORECASE)
_CLOSED = re.compile(r"^clos(?:ed|e)(?:\s+all\s+day)?$", re.IGNORECASE)
# A new closing time alone ("Saturday we close at 2pm now"): the end of the hours the entry gives those days.
_CLOSES_AT = re.compile(rf"^(?:clos(?:e|es|ed|ing)\s+(?:at\s+)?|until\s+|till\s+|til\s+)(?P<at>{CLOCK_TIME}|12\s?nn|noon)$", re.IGNORECASE)
# Words of the change, not of the hours: "now", "still", "same", "we open", "is", "hours:", "please change".
_FILLER = re.compile(r"\b(?:now|still|same|also|again|too|as\s+before|actually|please|pls|change|is|are|will|be|hours?|opening|open|"
                     r"we|we're|i\s+am|i'm|i|on)\b[,:]?", re.IGNORECASE)  # (not the "am" of "8.00 am")
# What may be said of a day's hours besides the times: the rest of a run's words must be these.
_OF_A_DAY = re.compile(r"\b(?:and|only|morning|afternoon|evening|from|until|till|til|to|closed?|at|noon|12nn|midnight)\b|[,&–-]",
                       re.IGNORECASE)
# The days it was, after the new ones ("instead of Tues"), a note in brackets, and what is said of the other days ("other
# days same", "rest same"), which keep theirs: not the new hours.
_WAS = re.compile(r"(?:\b(?:instead\s+of|not|rather\s+than|no\s+longer)\b|\(|\b(?:(?:the\s+)?rest|(?:all\s+)?(?:the\s+)?other\s+days|everything\s+else)\b).*$",
                  re.IGNORECASE)
# An addition beside the hours ("Under the hours add: Summer hours ...", "Add to opening hours: June to August ..."), or hours
# of a season, not the week's hours changed.
_NOT_A_CHANGE = re.compile(r"\b(?:add|write|put|under|below|summer|winter|spring|autumn|fall|season\w*|holidays?|remove|delete)\b"
                           r"|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:to|-|–|till|until)\b",
                           re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)|\n")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _said(rest: str) -> str:
    """What a run's words say of its hours ("" for nothing, or more than hours): the hours as typed, "closed", or a
    closing time alone ("close at 2pm")."""
    rest = _FILLER.sub(" ", _WAS.sub("", rest))
    rest = re.sub(r"(?:\s+(?:and|&))+\s*$", "", re.sub(r"\s+", " ", rest)).strip(" ,:-–")  # "Saturdays 10am to 2pm and Wednesdays ..."
    rest = re.sub(r"^to\s+(?=\d)", "", rest, flags=re.IGNORECASE)  # "change Saturday opening to 10:00-13:00"
    if _CLOSED.match(rest):
        return "closed"
    left = _OF_A_DAY.sub(" ", _SPAN.sub(" ", WHEN.sub(" ", rest)))
    if re.search(r"[^\W\d_]", re.sub(r"\b\d{1,2}(?:[.:]\d{2})?\s?(?:h|am|pm|nn|uhr)?\b", " ", left, flags=re.IGNORECASE)):
        return ""  # words that are no hours: "wrong its 8-1", "10:00-14:00 from hours" (a removal)
    return rest if WHEN.search(rest) or _SPAN.search(rest) or _CLOSES_AT.match(rest) else ""


def _closing(hours: str, days: frozenset[int], old: list[tuple[frozenset[int], str, str]]) -> str:
    """The hours a new closing time alone gives ``days``: those the entry gives them, with the new end; "" where the entry gives
    them none, or not as a span."""
    found = _CLOSES_AT.match(hours)
    if found is None:
        return hours
    had = [said for run_days, _w, said in old if days <= run_days]
    span = _SPAN.search(had[0]) if len(had) == 1 else None
    if span is None:
        return ""
    ends = list(re.finditer(CLOCK_TIME, span.group(0), re.IGNORECASE))
    last = [m for m in ends if m.group(0).strip()][-1]
    return had[0][:span.start() + last.start()] + found.group("at") + had[0][span.start() + last.end():]


def _runs(text: str, typed: bool) -> list[tuple[frozenset[int], str, str]] | None:
    """(days, the days as written, what is said of them) of each run of days in ``text``; None where a run's days are no
    weekdays, or (``typed``) nothing is said of one. A run typed after "instead of" is days no longer open (said "")."""
    found = list(_RUN.finditer(text))
    out: list[tuple[frozenset[int], str, str]] = []
    for k, m in enumerate(found):
        if typed and re.search(r"\b(?:instead\s+of|not|rather\s+than)\s*$", text[:m.start()], re.IGNORECASE):
            out.append((day_set(m.group(0).strip(" .")), "", ""))  # "open Wed-Sat ... instead of Tues": Tuesday goes
            continue
        end = found[k + 1].start() if k + 1 < len(found) else len(text)
        stop = _SENTENCE_END.search(text, m.end(), end)
        rest = text[m.end():stop.start() if stop else end]
        days = day_set(m.group(0).strip(" ."))
        said = _said(rest)
        if not days:
            return None
        if not said:
            if typed and re.search(r"\b(?:same|still|as\s+before)\b", rest, re.IGNORECASE):
                continue  # "Monday to Friday same": what the entry says of them stays
            return None
        out.append((days, m.group(0).strip(" ."), said))
    return out


# The old hours typed after the new ones: "(not 9-13)", "not 8-12".
_WAS_TYPED = re.compile(rf"\b(?:not|instead\s+of|rather\s+than)\s+(?:{CLOCK_TIME}\s*(?:to|till|til|until|-|–)\s*)?\d", re.IGNORECASE)


def _shown_elsewhere(site: Site, entry: str, named: frozenset[int]) -> bool:
    """Whether a text of the site besides the hours entry gives hours of the named days alone ("... Saturday 10:00-14:00 ..." in
    the home page's text; not "Monday to Saturday 7am to 6pm", the hours of days not named too)."""
    texts = [t for page in site.pages for section in page.sections
             for t in (section.text, *(i.text for i in section.items)) if t and t != entry]
    return any((days := day_set(m.group(0).strip(" ."))) and days <= named for t in texts for m in _RUN.finditer(t)
               if re.match(r"[\s:,-]{0,3}(?:from\s+)?\d", t[m.end():]))


def _written(days: frozenset[int], like: str) -> str | None:
    """Days that run on, written as ``like`` writes days ("Mon-Fri", "Monday to Friday"); None where they do not run on."""
    first, last = min(days), max(days)
    if days != frozenset(range(first, last + 1)):
        return None
    short = not re.search(r"day", like, re.IGNORECASE)
    names = [n[:3] if short else n for n in _DAY_NAMES]
    if first == last:
        return names[first]
    return f"{names[first]}-{names[last]}" if short or "-" in like else f"{names[first]} to {names[last]}"


def changed(request: str, site: Site | None) -> EditItem | None:
    """The site's one hours entry with the new hours of the days the request names (see the module docstring)."""
    said = EMOJI.sub("", request)
    if site is None or not _OF_HOURS.search(said) or _NOT_A_CHANGE.search(said):
        return None
    entries = hours_entries(site)
    new = _runs(said, typed=True)
    if len(entries) != 1 or not new or not any(hours for _d, _w, hours in new) or not all(days for days, _w, _s in new):
        return None
    entry = entries[0]
    named = frozenset().union(*(days for days, _w, _s in new))
    if _WAS_TYPED.search(said) or _shown_elsewhere(site, entry.text, named):
        # "Saturday hours: 9-14 (not 9-13)", or a text of the site besides the entry that says "Saturday 10:00-14:00": the
        # old hours are replaced where the site shows them (u441, u442: the entry edited alone left the text saying the old)
        return None
    old = _runs(entry.text, typed=False)
    if old is None or not old:
        return None
    new = [(days, written, _closing(hours, days, old) if hours else "") for days, written, hours in new]
    if any(written and not hours for _d, written, hours in new):
        return None  # a closing time of days the entry gives no span
    kept: list[tuple[frozenset[int], str, str]] = []
    for days, written, hours in old:
        left = days - named
        spelt = _written(left, written) if left else None
        if left and spelt is not None:
            kept.append((left, spelt if left != days else written, hours))
    runs = sorted([*kept, *(run for run in new if run[2])], key=lambda r: min(r[0]))  # in the week's order
    text = ", ".join(f"{written[:1].upper()}{written[1:]} {hours}" for _d, written, hours in runs)
    return EditItem(op="edit_item", item=entry.title, text=text) if norm_words(text) != norm_words(entry.text) else None
