"""Opening hours typed as people type them: "We work Monday to Saturday 7am - 8pm. Sunday only emergency.", "open
every day 6am - 10pm 🕕", "put hours Mon-Fri 7:30am-5pm, Sat by arrangement".

The model wrote these as an edit of an item the site does not have ("Monday to Saturday 7am - 8pm"), which
failed with "I can't find", or as entries split mid-phrase. A new site's home page shows placeholder hours
("Monday to Friday 9am to 5pm"); here each day, or run of days, typed with its hours becomes one entry of the
home page's hours list (which replaces the placeholders), as typed: the days the name, the rest the detail.
Read only where the model's plan would fail or leave the typed content out (``turn.read_instead``), and only
where every piece of the request is a day with what it says of it.
"""

from __future__ import annotations

import re

from pydantic import ValidationError

from app.scaffold.plan import AddItems, EditItem, Entry, Plan, ReplaceText, replacing
from app.scaffold.site import EMOJI, Item, Site, is_placeholder, norm_words
from app.scaffold.whenfit import TIME_RANGE, WHEN

DAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\.?"  # a weekday as typed (also ``hourschange``)
# The days an entry is for: "Monday to Saturday", "Mon-Fri", "every day", "weekends", "Sat & Sun".
_DAY_RUN = rf"(?:every\s*day|daily|week\s?days|week\s?ends|{DAY}(?:\s*(?:-|–|to|&|and|,)\s*{DAY})*)"
_DAYS = re.compile(rf"^(?P<days>{_DAY_RUN})"
                   r"\s*[:,-]?\s+(?P<rest>\S.*)$", re.IGNORECASE)
# What opens the hours, said to the app or of the business: "we work", "we're open", "put hours", "hours:".
# (after a short sentence of chat: "ok no worries!! then just put hours: ...")
_LEAD = re.compile(r"^(?:(?![^.!?]*\b(?:mon|tue|wed|thu|fri|sat|sun|clos|open|hour|week|daily|every))[^\d.!?:\n]{1,40}[.!?]+\s+)?\W*(?:(?:please|pls|also|and|ok|okay|then|just|so|now)\s+)*(?:(?:put|add|show)\s+(?:the\s+|our\s+)?(?:opening\s+)?hours\s*:?\s*"
                   r"|(?:our\s+)?(?:opening\s+|working\s+|business\s+)?hours\s*(?:are|is|:)\s*|we(?:'re|\s+are)?\s+(?:work|open|working)\s+|"
                   r"(?:our\s+)?opening(?:\s+hours?)?\s*(?:pls|please|plz)?\s*[.:!]\s*|"  # "opening hour pls. Monday to ...", "Opening: ..."
                   rf"(?:our\s+)?(?:(?:opening|working|business)\s+)?hours?\s+(?=(?:every\s*day|daily|week\s?days|week\s?ends|{DAY})\b)|"  # "opening hours Mon to Sat ..."
                   r"(?:we(?:'re|\s+are)\s+)?open\s+|"
                   rf"(?:pick-?up|collection|delivery|office|phone|shop|store)\s+(?:times|hours)\s*:?\s+(?=(?:every\s*day|daily|week\s?days|week\s?ends|{DAY})\b))",
                   re.IGNORECASE)
_PIECES = re.compile(r"[.;!]\s+|,\s+|\n+")
_DAYS_ALONE = re.compile(_DAY_RUN, re.IGNORECASE)
# A day said after what it is: "Closed Wednesday", "closed on Sundays".
_CLOSED_ON = re.compile(rf"^(?P<rest>closed)\s+(?:on\s+)?(?P<days>{DAY}(?:\s*(?:-|–|to|&|and|,)\s*{DAY})*)$", re.IGNORECASE)
# Days closed that are no weekday, kept as typed: "close on Buddhist holidays", "closed over Christmas", "Poya days closed".
_CLOSED_WHEN = re.compile(r"^clos(?:ed|e)\s+(?:on|for|during|over|at)\s+(?:[\w'’]+\s*){1,5}$"
                          r"|^(?:[\w'’]+\s+){0,3}(?:days?|holidays?)\s+(?:are\s+)?closed$", re.IGNORECASE)
# A time of year with its own hours, after the days' ones: "In Ramadan open until 2:00 after midnight", "during summer
# we close at 22:00".
_SEASON = re.compile(r"^(?P<days>(?:in|during|over|for)\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}?[\w'’]+)\s*[:,-]?\s+"
                     r"(?:we(?:'re|\s+are)?\s+|it\s+is\s+|(?:we\s+)?stay\s+)?(?P<rest>(?:open|clos(?:ed|e|ing)|until|till|from)\b.*)$", re.IGNORECASE)
# What a day's hours say besides times: "Sunday only emergency", "Sat by arrangement", "Mon closed".
_HOURS_SAID = re.compile(r"(?:clos(?:ed|e|ing)|only|by\s+(?:appointment|arrangement)|open|from|until|till|emergenc|on\s+request)", re.IGNORECASE)


def _entries(request: str) -> list[Entry]:
    said = EMOJI.sub("", request).strip(" .!")
    body = _LEAD.sub("", said, count=1)
    if body == said and not _DAYS.match(said):
        return []
    out: list[Entry] = []
    # "Mon-Sat 7:00-18:00 Sunday 8:00-13:00": a day after a time opens the next piece
    body = re.sub(rf"(?<=\d|m)\s+(?={_DAY_RUN}\b)", ", ", body, flags=re.IGNORECASE)
    pieces = [p.strip(" .!") for p in _PIECES.split(body) if p.strip(" .!")]
    # "tuesday to sunday, 6pm to 1am": the days, then their hours, parted by a comma
    for k in range(len(pieces) - 1, 0, -1):
        if _DAYS_ALONE.fullmatch(pieces[k - 1]) and WHEN.match(pieces[k]):
            pieces[k - 1:k + 1] = [f"{pieces[k - 1]} {pieces[k]}"]
    for piece in pieces:
        piece = _LEAD.sub("", piece, count=1)
        found = _DAYS.match(piece) or _CLOSED_ON.match(piece) or (_CLOSED_WHEN.match(piece) or _SEASON.match(piece) if out else None)
        if found is None and not out and WHEN.fullmatch(piece) and body != said:
            out.append(Entry(title="Open", text=piece))  # "Open 9:00-19:00. Closed Wednesday.": the hours of every day open
            continue
        if found is None:
            return []  # a piece that is no day's hours: more than hours said
        if found.re is _CLOSED_WHEN:  # "close on Buddhist holidays", "Poya days closed": as typed
            out.append(Entry(title=piece[:1].upper() + piece[1:], text=""))
            continue
        days, rest = found.group("days"), found.group("rest").strip()
        if not (WHEN.match(rest) or _HOURS_SAID.match(rest)):
            return []  # "sunday ringing is moving to 9.30am": a thing on that day, not the day's hours
        if found.re is _CLOSED_ON:  # "closed Mondays" as typed, not "Mondays closed"
            said = piece[:found.start("days")] + days[:1].upper() + days[1:]
            out.append(Entry(title=said[:1].upper() + said[1:], text=""))
            continue
        out.append(Entry(title=days[:1].upper() + days[1:], text=rest))
    return out if any(WHEN.search(e.text) for e in out) else []


def read(request: str, site: Site | None) -> Plan | None:
    """The home page's hours, as typed (see the module docstring); None when the request is not only hours, or the
    home page lists something other than placeholder hours."""
    home = site.page("/") if site is not None else None
    if site is None or home is None:
        return None
    lists = [s for s in home.sections if s.kind == "list"]
    if any(not is_placeholder(s, site.name) for s in lists):
        return None  # the user's own list: a change of it is another reader's
    entries = _entries(request)
    if not entries:
        return None
    try:
        return Plan(ops=[AddItems(op="add_items", route="/", kind="list", items=entries,
                                  heading="" if lists else "Opening hours")])
    except ValidationError:
        return None


# New hours said of the hours the site shows as one entry: "Our hours are changing, it's now Saturdays 10am to 2pm and
# Wednesdays 5pm to 7pm" of a contact entry "Hours: Saturdays 10am to 1pm".
_NEW_HOURS = re.compile(r"^\W*(?:(?:our|the)\s+)?(?:opening\s+)?(?:hours|opening\s+times)\b[^.!?:]{0,40}?"
                        r"(?:\b(?:now|are|will\s+be)\b|:)\s*(?P<new>(?=(?:every|daily|week|mon|tue|wed|thu|fri|sat|sun|\d))[^.!?\n]+?)[\s.!]*$", re.IGNORECASE)
_HOURS_NAMES = frozenset(("hours", "opening hours", "opening times", "open", "opening"))


def hours_item(request: str, site: Site | None) -> EditItem | None:
    """The one entry the site shows its hours in, with the new hours typed as its detail; None when the request types no
    days or times after what says its hours are new, or the site has no such entry, or several."""
    found = _NEW_HOURS.match(EMOJI.sub("", request).strip())
    if site is None or found is None or not (WHEN.search(found.group("new")) and _DAYS_ALONE.search(found.group("new"))):
        return None
    named = {i.title for i in hours_entries(site)}
    return EditItem(op="edit_item", item=named.pop(), text=found.group("new").strip()) if len(named) == 1 else None


def hours_entries(site: Site) -> list[Item]:
    """The site's entries that give its hours ("Hours", "Opening times"), on every page."""
    return [i for page in site.pages for section in page.sections for i in section.items if norm_words(i.title) in _HOURS_NAMES]


_HOUR_RANGE = re.compile(r"\d{1,2}(?:[.:]\d{2})?\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?")  # "8-20", "8.30-20" (a 24-hour day)
_DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# New hours of the days an entry is named by: "Weekend hours change to 8-20." of an entry "Sat-Sun 9-20".
_DAYS_NOW = re.compile(rf"^\W*(?:(?:the|our)\s+)?(?P<days>week\s?ends?|week\s?days?|{_DAY_RUN})(?:\s+(?:opening\s+)?hours)?\s+"
                       r"(?:(?:will\s+)?change[sd]?\s+to|(?:is|are)\s+now|now|will\s+be)\s*:?\s*(?P<new>[^.!?\n]+?)[\s.!]*$", re.IGNORECASE)


def day_set(days: str) -> frozenset[int]:
    """The weekdays (0 for Monday) a run of days says: "weekend" {5, 6}, "Mon-Fri" {0..4}, "Sat & Sun" {5, 6}."""
    said = days.casefold().replace(" ", "")
    if re.fullmatch(r"weekends?", said):
        return frozenset({5, 6})
    if re.fullmatch(r"weekdays?", said):
        return frozenset(range(5))
    if re.fullmatch(r"everyday|daily", said):
        return frozenset(range(7))
    out: set[int] = set()
    for part in re.split(r"&|and|,", said):
        ends = [next((k for k, d in enumerate(_DAY_NAMES) if end.startswith(d)), -1) for end in re.split(r"-|–|to", part) if end]
        if not ends or -1 in ends:
            return frozenset()
        out |= set(range(ends[0], ends[-1] + 1)) if len(ends) == 2 else set(ends)
    return frozenset(out)


def days_now(request: str, site: Site | None) -> EditItem | None:
    """The one entry named by the days the request gives new hours ("Weekend hours change to 8-20." of "Sat-Sun"), with
    them as its detail; None when the request says no such thing, or no entry, or several, is named by those days."""
    found = _DAYS_NOW.match(EMOJI.sub("", request).strip())
    new = found.group("new") if found is not None else ""
    wanted = day_set(found.group("days")) if found is not None and (WHEN.search(new) or _HOUR_RANGE.fullmatch(new)) else frozenset()
    if site is None or not wanted:
        return None
    named = {i.title for page in site.pages for section in page.sections for i in section.items
             if _DAYS_ALONE.fullmatch(i.title.strip(" :")) and day_set(i.title.strip(" :")) == wanted}
    return EditItem(op="edit_item", item=named.pop(), text=found.group("new").strip()) if len(named) == 1 and found else None


# A day the business opens on now as well, with its hours: "we are open on sundays now too 11am to 1pm", "also open
# Sundays 11am-1pm".
_DAY_ADDED = re.compile(rf"\b(?:(?:also|now)\s+)?open\s+(?:on\s+)?(?P<day>{DAY})\s+(?:now\s+)?(?:too|as\s+well|also)\s*,?\s+(?:from\s+)?"
                        rf"(?P<hours>{TIME_RANGE.pattern})(?=\s*[.!]*\s*$|\s*[.!,;])"
                        rf"|\balso\s+open\s+(?:on\s+)?(?P<day2>{DAY})\s*,?\s+(?:from\s+)?(?P<hours2>{TIME_RANGE.pattern})(?=\s*[.!]*\s*$|\s*[.!,;])",
                        re.IGNORECASE)
_DAY_AND_HOURS = re.compile(rf"(?<![\w-])(?P<day>{DAY})\s+(?:from\s+)?(?P<hours>{TIME_RANGE.pattern})(?![\w:])", re.IGNORECASE)


def day_added(request: str, site: Site | None) -> ReplaceText | None:
    """The one day and hours the site shows in a text ("When we are open: saturdays 10am to 2pm."), followed by the day
    the request says it opens on as well, written alike ("saturdays 10am to 2pm, sundays 11am to 1pm"); None else."""
    found = _DAY_ADDED.search(request)
    if site is None or found is None:
        return None
    day, hours = (found.group("day") or found.group("day2")), (found.group("hours") or found.group("hours2"))
    shown = [m for text in _texts(site) for m in _DAY_AND_HOURS.finditer(text)]
    if len(shown) != 1 or shown[0].group("day").casefold().rstrip("s.") == day.casefold().rstrip("s."):
        return None
    old = shown[0].group(0)
    written = day.lower() if old[:1].islower() else day[:1].upper() + day[1:].lower()
    return replacing(old, f"{old}, {written} {hours}")


def _texts(site: Site) -> list[str]:
    return [section.text for page in site.pages for section in page.sections if section.text]
