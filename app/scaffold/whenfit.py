"""A date or a time the site shows, moved: "the Adult Beginners class has moved from Wednesday 7pm to
Thursday 7pm", "Swiss Darning has moved to Sat 18 April", "the Saturday session now runs 10am to 4pm",
"it still says Apr 11 on the schedule, needs to be the 18th".

``textfit.date_change`` reads a request that types the old date and then the new one; people name
the thing that moved and give only its new date or time, or type the new one first. The model
wrote these as a new item beside the old one, an edit of the wrong words, or a decline. Here the
old date or time is the one the site shows for what the request names (an item by its title, or
the one piece of a text that holds it), and the new one replaces it there, the rest kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from app.scaffold.heldpiece import stems
from app.scaffold.plan import Entry, ReplaceText
from app.scaffold.pricetyped import PRICE, without_reason
from app.scaffold.site import Site, norm_words, shown_pieces
from app.scaffold.textfit import DAY, MONTH, WEEKDAY

_MONTH = rf"{MONTH}\.?"  # "Sept." too
_DAY = rf"{DAY}\.?"
_NOON = r"(?:12\s?)?(?:noon|midday)"  # "12 noon" too
_CLOCK = (rf"\d{{1,2}}(?:[:.]\d{{2}})?\s?(?:am|pm|uhr\b)|{_NOON}|(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])"
          r"|(?<![\d:])(?:[01]?\d|2[0-3])h(?:[0-5]\d)?(?![\w:])")  # "12h-14h30", as the French type it  # "12:00, not 11:30",
# "10-15 Uhr" too
# A date ("Sat 18 April", "April 18", "18th April") or a time or span of times ("7pm", "10am to 4pm",
# "9:30-11am"), with the weekday before it where there is one.
# a run of days and the year are the date's too: "17-18 April" moved to "24-25 April", "launching March 2027" to
# "14 April 2027" (not "17-25 April", nor "14 April" without its year)
_DAYS = r"(?:\d{1,2}(?:st|nd|rd|th)?\s?[-–]\s?)?"
_YEAR_AFTER = r"(?:,?\s+(?:19|20)\d\d(?!\d))?"
_DATE = (rf"(?:(?:{_DAY},?\s+)?(?:{_DAYS}\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}{_YEAR_AFTER}"
         rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s?[-–]\s?\d{{1,2}}(?:st|nd|rd|th)?)?(?!\d){_YEAR_AFTER})"
         rf"|(?<!\d\s){_MONTH}\s+(?:19|20)\d\d(?!\d)"  # "launch moved to May 2027" of "March 2027"
         r"|(?<![\d.])\d{1,2}\.\d{1,2}\.(?:19|20)\d\d(?![\d.])"  # "amiga night moved to 13.03.2027"
         r"|(?<![\d/])\d{1,2}/\d{1,2}/(?:19|20)\d\d(?![\d/]))")  # "tournament moved to 21/02/2027"
# ("12 noon to 4pm" is one span)
_TIME = (rf"(?:{_DAY}\s+(?:at\s+)?)?(?:(?:{_NOON}|\d{{1,2}}(?:[:.]\d{{2}})?\s?(?:am|pm)?)\s?(?:-|–|to|until|till)\s?"
         rf"(?:{_CLOCK})|{_CLOCK})")
WHEN = re.compile(rf"(?<![\w$£€]){_DATE}(?!\w)|(?<![\w$£€.:]){_TIME}(?!\w)", re.IGNORECASE)
# What says it moved, and that the new date or time follows.
_MOVED = re.compile(r"\b(?:moved?|moves|moving|changed?|changing|now|instead|postponed|brought forward|rescheduled|should be|"
                    r"slipped|slips|pushed|delayed|new\s+(?:time|times|hours)|"
                    r"needs? to be|not)\b", re.IGNORECASE)
# "has moved from Wednesday 7pm to Thursday 7pm" (not "we train from 6pm to 7:30pm": a span, said as a fact)
_FROM_TO = re.compile(rf"\b(?:move[sd]?|moving|change[sd]?|changing|switch(?:es|ed)|shift(?:s|ed)|goes)\s+(?:[\w'’]+\s+){{0,5}}?from\s+"
                      rf"(?P<old>{WHEN.pattern})\s+to\s+(?P<new>{WHEN.pattern})", re.IGNORECASE)
# "the 2pm walk is moving to 1.30pm from june": the thing named by its old time, then the new one.
_OLD_MOVED = re.compile(rf"(?<![\w$£€])(?P<old>{_CLOCK})(?:\s+[\w'’&-]+){{1,4}}?\s+(?:is\s+|are\s+|has\s+|have\s+)?(?:now\s+)?"
                        rf"(?:moving|moved|changing|changed|shifting|shifted|going)\s+to\s+(?:at\s+)?(?P<new>{_CLOCK})(?!\w)",
                        re.IGNORECASE)
# "dusk viewings now meet at 5:00 pm, not 5:30 pm": the new, then the old after "not" or "instead of".
_NEW_NOT_OLD = re.compile(rf"(?P<new>{WHEN.pattern})(?:\s+now)?\s*,?\s*(?:and\s+)?(?:not|instead\s+of)\s+(?:at\s+|on\s+)?(?P<old>{WHEN.pattern})",
                          re.IGNORECASE)  # "moves to 20:00 instead of 19:30" too
# A weekday said alone, the new one first ("we moved to Thursdays now not tuesdays") or "from ... to"
# ("Teen Tap has moved from Wednesday to Tuesday").
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
_DAY_NOT = re.compile(rf"\b(?P<new>{_WEEKDAY})\s*(?:now\s*)?,?\s*\(?(?:and\s+)?not\s+(?:on\s+)?(?P<old>{_WEEKDAY})\b", re.IGNORECASE)
# ... the old one first: "Closed day change. Not Tuesday, now Wednesday."
_NOT_DAY_NOW = re.compile(rf"\bnot\s+(?:on\s+)?(?P<old>{_WEEKDAY})\s*[,;.]?\s*(?:but\s+|it['’]?s\s+|it\s+is\s+)?now\s+(?:on\s+)?(?P<new>{_WEEKDAY})\b",
                         re.IGNORECASE)
_DAY_FROM_TO = re.compile(rf"\b(?:moved?|moving|changed?|changing|switched|shifted)\s+(?:[\w'’]+\s+){{0,5}}?from\s+"
                          rf"(?P<old>{_WEEKDAY})\s+to\s+(?P<new>{_WEEKDAY})\b", re.IGNORECASE)
# A request that adds or removes, rather than moves.
# ("domingo we open now too, 9am-2pm": a day's hours more, not the others' moved)
_NOT_A_MOVE = re.compile(r"\b(?:add|another|extra|remove|delete|take\s+\w+\s+off|cancel\w*|(?:too|as\s+well)(?=\s*(?:[,.;!?]|$))|now\s+too)\b",
                         re.IGNORECASE)  # "we are open on sundays now too 11am to 1pm": a day more, not a move  # not "too early"
# ("hours", "opening": words every time of a timetable shares, which name none of them)
_SMALL = frozenset("the a an and of on in at to for our my class session now has is are be it its from with hours hour opening "
                   "times".split())
MIN_NAME_CHARS = 3
# A place that changes too, after the new date or time: a second change the date alone would leave out.
_ELSEWHERE = re.compile(r"\b(?:now\s+(?:in|at)|instead\s+of)\s+(?-i:[A-Z])", re.IGNORECASE)
Pieces = list[tuple[str, str]]  # ``site.shown_pieces``


# A weekday's name, whole or short ("sunday" is the "Sun" of "Sun 9am Gentle Hatha"; not "Sunrise").
_A_DAY = re.compile(r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)|(?:mon|tues|wednes|thurs|fri|satur|sun)days?")


# A day in two letters, as German and many timetables write it ("Mo-Fr 16-19 Uhr, Sa 10-13 Uhr"); not "we", "do", "so".
_TWO_LETTER_DAYS = {"mo": "mon", "tu": "tue", "th": "thu", "fr": "fri", "sa": "sat", "su": "sun"}


def _short_days(words: list[str]) -> set[str]:
    return {w[:3] if _A_DAY.fullmatch(w) else _TWO_LETTER_DAYS.get(w, w) for w in words}


CLOCK_SAID = re.compile(_CLOCK, re.IGNORECASE)  # a clock time as typed or shown: "7pm", "18:00", "noon" (also ``itemvalue``)


def when_kind(when: str) -> str:
    return "time" if re.search(rf"{_CLOCK}", when, re.IGNORECASE) and not re.search(_MONTH, when, re.IGNORECASE) \
        else "date"


def _shown_once(pieces: Pieces, old: str) -> str | None:
    """``old`` as the site shows it (a weekday before it too), when it shows it in one place."""
    pattern = re.compile(rf"(?<![\w$£€])(?:{_DAY},?\s+)?{re.escape(old)}(?!\w)", re.IGNORECASE)
    held = {(name, words) for name, words in pieces if pattern.search(words)}
    # the same entry shown on two pages ("Sun 8:00-13:00" on home and shop) is one place: ``replace_text`` edits both
    found = [m.group(0) for _, words in held for m in pattern.finditer(words)]
    return found[0] if len(found) == 1 else None


def _from_to(request: str, pieces: Pieces) -> ReplaceText | None:
    """"moved from Wednesday 7pm to Thursday 7pm": the old as the site shows it, in one place."""
    m = _FROM_TO.search(request)
    if m is None:
        return None
    shown = _shown_once(pieces, m.group("old"))
    return ReplaceText(op="replace_text", old=shown, new=_with_day(shown, m.group("new"))) if shown else None


def _old_moved(request: str, pieces: Pieces) -> ReplaceText | None:
    """"the 2pm walk is moving to 1.30pm": the old time as the site shows it, in one place."""
    m = _OLD_MOVED.search(request)
    shown = _shown_once(pieces, m.group("old")) if m else None
    return ReplaceText(op="replace_text", old=shown, new=m.group("new")) if m and shown else None


def _new_not_old(request: str, pieces: Pieces) -> ReplaceText | None:
    """"now meet at 5:00 pm, not 5:30 pm": the old as the site shows it, in one place."""
    found = list(_NEW_NOT_OLD.finditer(request))
    if len(found) != 1:
        return None
    shown = _shown_once(pieces, found[0].group("old"))
    return ReplaceText(op="replace_text", old=shown, new=_with_day(shown, found[0].group("new"))) if shown else None


def _with_day(shown: str, new: str) -> str:
    """``new`` with the weekday the site shows before the old one, where it types none ("Wednesday 19:30" -> "Wednesday
    20:00", not "20:00")."""
    day = re.match(rf"{_DAY},?\s+", shown, re.IGNORECASE)
    new = day.group(0) + new if day and not re.match(_DAY, new, re.IGNORECASE) else new
    # and the year the site shows after a date the request types without one ("17 April 2027" -> "24 April 2027")
    year = re.search(r"(?<=\D)(?:19|20)\d\d$", shown)
    dated = when_kind(new) == "date" and not re.search(r"(?:19|20)\d\d", new) and re.search(r"[A-Za-z]{3}", new)
    return f"{new} {year.group(0)}" if year and dated and re.search(_MONTH + r"\s+\d|\d\s+" + _MONTH, shown, re.IGNORECASE) else new


def _day_moved(request: str, pieces: Pieces) -> ReplaceText | None:
    """"we moved to Thursdays now not tuesdays": the old weekday where the site shows it, in one place,
    the new one written as the site writes it (a capital, a plural)."""
    found = [m for pattern in (_DAY_NOT, _DAY_FROM_TO, _NOT_DAY_NOW) for m in pattern.finditer(request)]
    if len(found) != 1 or re.search(rf"{_WEEKDAY}\W+(?:and\W+)?$", request[:found[0].start("new")], re.IGNORECASE):
        return None  # "now on Tuesdays, Thursdays and Saturdays, not Fridays": the last of several days
    old, new = found[0].group("old").rstrip("sS"), found[0].group("new").rstrip("sS")
    pattern = re.compile(rf"(?<![\w'’]){re.escape(old)}s?(?![\w'’])", re.IGNORECASE)
    shown = [m.group(0) for _, words in pieces for m in pattern.finditer(words)]
    if len(shown) != 1 or old.casefold() == new.casefold():
        return None
    return ReplaceText(op="replace_text", old=shown[0], new=_written_like(new, shown[0]))


# Several days in a run, joined as a list: "Mon, Wed and Sat", "Tuesdays & Fridays".
_RUN = rf"(?:{_A_DAY.pattern})\b\.?(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:{_A_DAY.pattern})\b\.?)+"
_RUN_NOW = re.compile(rf"\b(?:now|changed?\s+to|moved?\s+to|are|will\s+be)\s+(?:on\s+)?(?P<new>{_RUN})", re.IGNORECASE)
_RUN_NOT = re.compile(rf"\b(?:not|instead\s+of)\s+(?:on\s+)?(?P<old>{_RUN})", re.IGNORECASE)


def _days_run(request: str, pieces: Pieces) -> ReplaceText | None:
    """"restock days changed, now Tue, Thu and Sat mornings": the one run of several days the site shows ("Mon, Wed and
    Sat"), replaced by the run typed."""
    found = [m.group("new") for m in _RUN_NOW.finditer(request)]
    said_old = [m.group("old") for m in _RUN_NOT.finditer(request)]  # "moved to Mon & Wed 7:00 now, not Tue & Thu"
    if len(found) == 1 and len(said_old) == 1:
        held = [m.group(0) for _, words in pieces for m in re.finditer(rf"(?<![\w'’]){re.escape(said_old[0])}(?![\w'’])", words, re.IGNORECASE)]
        return ReplaceText(op="replace_text", old=held[0], new=found[0]) if len(held) == 1 else None
    shown = {m.group(0) for _, words in pieces for m in re.finditer(rf"(?<![\w'’]){_RUN}", words, re.IGNORECASE)}
    if len(found) != 1 or len(shown) != 1 or re.search(_RUN, _RUN_NOW.sub(" ", request), re.IGNORECASE):
        return None  # another run typed too ("from Mon, Wed to Tue, Thu"): the model's
    old = shown.pop()
    return None if norm_words(old) == norm_words(found[0]) else ReplaceText(op="replace_text", old=old, new=found[0])


def _written_like(day: str, said: str) -> str:
    """The weekday ``day`` written as the site writes the one it replaces: a capital, a plural ("Thursdays" ->
    "Wednesdays")."""
    return (day[:1].upper() if said[:1].isupper() else day[:1].lower()) + day[1:].lower() + ("s" if said[-1:] in "sS" else "")


# "Sunset paddle moved to Wednesdays, same time": a weekday alone, the old one left to the site.
_DAY_TO = re.compile(rf"\b(?:moved?|moving|changed?|changing|switched|shifted|now)\s+(?:to\s+|on\s+)(?P<new>{_WEEKDAY})\b(?!\s+(?:to|-|–)\s)",
                     re.IGNORECASE)


def _day_named(request: str, pieces: Pieces) -> ReplaceText | None:
    """"Sunset paddle moved to Wednesdays": the one weekday of the one piece the request names by the most words."""
    found = list(_DAY_TO.finditer(request))
    if len(found) != 1 or len(re.findall(_WEEKDAY, request, re.IGNORECASE)) != 1:
        return None
    new = found[0].group("new")
    said = stems({w for w in norm_words(request[:found[0].start()]).split() if w not in _SMALL and len(w) >= MIN_NAME_CHARS})
    day = re.compile(rf"(?<![\w'’]){_WEEKDAY}(?![\w'’])", re.IGNORECASE)
    # by the entry's name too: "The Tech Talk Net is moving to Thursdays" of "Tech Talk Net | Wednesdays 7:00 PM"
    scored = [(len(stems(set(norm_words(f"{name} {words}" if name != words else words).split())) & said), days[0])
              for name, words in pieces if len(days := day.findall(words)) == 1]
    best = max((hits for hits, _ in scored), default=0)
    olds = {old for hits, old in scored if hits == best}
    if not best or len(olds) != 1:
        return None
    said_day = olds.pop()
    if said_day.rstrip("sS").casefold() == new.rstrip("sS").casefold():
        return None
    written = _written_like(new.rstrip("sS"), said_day)
    return ReplaceText(op="replace_text", old=said_day, new=written) if _shown_once(pieces, said_day) else None


# The old day named first, then the new one: "The Tuesday training is now on Monday", "our Friday class moved to Thursday".
_DAY_NOW_ON = re.compile(rf"\b(?P<old>{_WEEKDAY})\b(?:\s+[\w'’-]+){{0,3}}?\s+(?:is|are|has\s+been|have\s+been)?\s*(?:now\s+)?"
                         rf"(?:moved?|moves|changed?|switched|shifted)?\s*(?:to|on)\s+(?P<new>{_WEEKDAY})\b(?!\s+(?:to|-|–)\s)(?!\s*,?\s*(?:at\s+|from\s+)?\d)",
                         re.IGNORECASE)  # (not "moved to Wednesday 19:30": the time moves too)


def _day_now_on(request: str, pieces: Pieces) -> ReplaceText | None:
    """The old weekday the request names before the new one, where the site shows it once, as the new one."""
    found = _DAY_NOW_ON.search(request)
    if found is None or not re.search(r"\b(?:now|moved?|moves|changed?|switched|shifted)\b", found.group(0), re.IGNORECASE):
        return None
    old, new = found.group("old"), found.group("new")
    if old.rstrip("sS").casefold() == new.rstrip("sS").casefold():
        return None
    shown = _shown_once(pieces, old)
    return ReplaceText(op="replace_text", old=shown, new=_written_like(new.rstrip("sS"), shown)) \
        if shown is not None and shown.casefold() == old.casefold() else None


def _led_by_said(words: str, new: str, said: set[str], days: Callable[[list[str]], set[str]]) -> list[str]:
    """Of several dates or times of ``new``'s kind in one text, those whose own words before them (back
    to a comma or the one before) the request says: "pick up is Saturday 20 March" of "Orders close
    Friday 12 March, pick up is Saturday 20 March ..." for "Pick up date has changed ...")."""
    out: list[tuple[int, str]] = []
    start = 0
    found = list(WHEN.finditer(words))
    # a timetable typed a time first on each line ("12:00 Opening ... 2:30 Dog Show 4:00 Tug of War"): a time's
    # name is the words after it, up to the next time
    # (not a date that heads times of a day: "Saturday 17 July: beach games 10:00, ... big dinner 19:00")
    # (nor a day's times, each day before its time: "Saturday 9am to 12pm and Thursday evening 6pm to 8pm"; but
    # "Tuesdays 5:30pm juniors, ..., Saturdays 7am race crews" names each after it)
    between = words[found[0].end():found[1].start()] if len(found) > 1 else ""
    time_first = bool(found) and not words[:found[0].start()].strip() and when_kind(found[0].group(0)) == when_kind(new) \
        and (found[0].group(0)[:1].isdigit() or not any(_A_DAY.fullmatch(w) for w in norm_words(between).split()))
    for k, when in enumerate(found):
        ends = found[k + 1].start() if k + 1 < len(found) else len(words)
        name = words[when.end():ends] if time_first else re.split(r"[,;.!?]", words[start:when.start()])[-1]
        # "Open Mo-Fr 16-19 Uhr, Sa 10-13 Uhr": "open" names no one time of the hours
        own = {w for w in days(norm_words(name).split()) if w not in _SMALL and w not in _OF_ALL_HOURS and len(w) >= MIN_NAME_CHARS}
        # a verb said in another form names it too: "start time" of "... starts 5.30pm"
        if when_kind(when.group(0)) == when_kind(new) and (hits := len(stems(own) & stems(said))):
            out.append((hits, when.group(0)))
        start = when.end()
    # "Full Moon Swim" of "Christmas Day Swim 25 December ..., Full Moon Swim 13 February": the most words said
    return [when for hits, when in out if hits == max(h for h, _ in out)]


_OF_ALL_HOURS = frozenset("open opening opens hours hour times time closed".split())


def _of_the_named(pieces: Pieces, new: str, typed: set[str], days: Callable[[list[str]], set[str]]) -> set[str]:
    """The dates or times of ``new``'s kind of the things named by the most of the ``typed`` words, with ``days``:
    not by the new one's numbers ("30am" of "8:30am" is no "6:30am"); its month may name one ("the April one")."""
    said = days([w for w in typed if not (re.search(r"\d", w) and w in norm_words(new).split())])
    other = days(list(typed)) - days(norm_words(new).split())  # the words besides the new one's
    new_words = stems(set(norm_words(new).split()))  # the new date's own words ("april" of "4 April 2027")
    best, found = 0, set()
    for name, words in pieces:
        whens = [w.group(0) for w in WHEN.finditer(words) if when_kind(w.group(0)) == when_kind(new)]
        led: list[str] = []
        if len(whens) > 1:  # "Tuesday 5pm to 8pm and Saturday 10am to 3pm": the one whose day the request says
            whens = [w for w in whens if days(norm_words(w).split()) & other] or (led := _led_by_said(words, new, other, days))
        own = {w for w in days(norm_words(name).split()) if w not in _SMALL and len(w) >= MIN_NAME_CHARS}
        # named by its entry's name, or by its own words in the entry ("banquet at 20:00" of "Saturday 20 Feb")
        # ("Saturday dinner" of "Saturday 17 July: ..., big dinner 19:00" is named by both)
        named = stems(own) & stems(said) | ({"".join(led)} if len(led) == 1 else set())
        if len(whens) != 1 or not named or whens[0].casefold() == new.casefold():
            continue
        # a word besides the new date's counts more than its month ("The Magadi ride is postponed to 4 April 2027" is the
        # Magadi ride's, not the April ride's)
        score = 2 * len(named - new_words) + len(named & new_words)
        if score > best:
            best, found = score, {whens[0]}
        elif score == best:
            found.add(whens[0])
    return found


_TIME_SAID = re.compile(r"\b(?:(?:meeting|start|starting|opening|class|session)\s+)?time\b", re.IGNORECASE)


def _the_only_time(request: str, pieces: Pieces, new: str) -> set[str]:
    """The one time of day the whole site shows, where the request says a time moves and names nothing the site has
    ("Please change our meeting time to 7.30pm" of "We meet every Tuesday evening at 7pm")."""
    if not _TIME_SAID.search(request) or when_kind(new) != "time":
        return set()
    shown = {w.group(0) for _, words in pieces for w in WHEN.finditer(words) if when_kind(w.group(0)) == "time"}
    return shown if len(shown) == 1 else set()


def _named(request: str, pieces: Pieces) -> ReplaceText | None:
    """The one date or time of the one thing the request names, replaced by the one it types."""
    typed = list(WHEN.finditer(request))
    if len(typed) != 1:
        return None
    # what says it moved is in the sentence of the new date or time, before it, or "not" just after it
    start = max(request.rfind(c, 0, typed[0].start()) for c in ".!?\n") + 1
    if not (_MOVED.search(request, start, typed[0].start()) or re.match(r"\s*,?\s*not\b", request[typed[0].end():])):
        return None
    if _ELSEWHERE.search(request, typed[0].end()):
        return None  # "... moved to November 22 and it's now in Madison instead of Decatur": a second change

    new = typed[0].group(0)
    said = set(norm_words(request).split())
    # the days as typed, else a day said whole for the short one shown ("sunday class" of "Sun 9am Gentle Hatha")
    # the days said whole or short alike, where that names one ("saturday practice" of "tue & thu 19:00, sat 14:00": the days
    # as typed took the piece's first time, Thursday's); else the days as typed
    short = _of_the_named(pieces, new, said, _short_days)
    found = (short if len(short) == 1 else set()) or _of_the_named(pieces, new, said, set) or short \
        or _the_only_time(request, pieces, new)
    if len(found) != 1:
        return None
    old = found.pop()
    if re.search(r"\b(?:until|till|til)\s+$", request[:typed[0].start()], re.IGNORECASE) \
            and any(re.search(rf"{re.escape(old)}\s*(?:to|-|–|until)\s", words, re.IGNORECASE) for _, words in pieces):
        return None  # "until 15 September" of "1 June to 31 August": the range's end, not its start (``shapefit``'s)
    if any(re.search(rf"(?<![\w–-]){re.escape(new)}(?![\w–-])", words, re.IGNORECASE) for _, words in pieces):  # not "2pm-5pm"
        return None  # a date the site shows already names what moves ("Their night, Sunday 8 March, will now be ...")
    shown = _shown_once(pieces, old)
    new = _with_day(shown, new) if shown else new  # "Saturday 10am to 3pm" -> "Saturday 10am to 4pm", not "10am to 4pm"
    return ReplaceText(op="replace_text", old=shown, new=new) if shown and shown.casefold() != new.casefold() else None


def _new_and_shown(request: str, pieces: Pieces) -> ReplaceText | None:
    """"Change lunch time to 1 pm, cooks said 12:30 is too early": of two times typed, the one the site shows (in one
    place, "Lunch 12:30 pm") goes, and the other, said moved, comes."""
    typed = list(WHEN.finditer(request))
    if len(typed) != 2 or when_kind(typed[0].group(0)) != when_kind(typed[1].group(0)) \
            or re.fullmatch(r"\s*(?:to|till|until|-|–)\s*", request[typed[0].end():typed[1].start()], re.IGNORECASE):
        return None  # "13h to 19h": one time range, not a new time and an old one
    held = [(t, shown) for t in typed if (shown := _shown_once(pieces, t.group(0)))]
    if len(held) != 1:
        return None
    new = next(t for t in typed if t is not held[0][0])
    start = max(request.rfind(c, 0, new.start()) for c in ".!?\n") + 1
    # "to 1 pm" after what says it moved; not beside a price that changes too ("gone up to £20 and now finishes ...")
    if not _MOVED.search(request, start, new.start()) or not re.search(r"\bto\s+(?:at\s+)?$", request[:new.start()]) \
            or PRICE.search(request):
        return None
    old = held[0][1]
    # the old time's own am/pm goes with it ("12:30 pm" -> "1 pm", not "1 pm pm")
    suffix = re.compile(rf"(?<![\w$£€]){re.escape(old)}(\s?(?:am|pm)\b)?", re.IGNORECASE)
    whole = next((m.group(0) for _, words in pieces for m in suffix.finditer(words)), old)
    return ReplaceText(op="replace_text", old=whole, new=_with_day(whole, new.group(0)))


# A time range as typed: "13h to 19h", "9am-5pm", "10:00 - 16:00".
CLOCK_TIME = r"\d{1,2}(?:[:.]\d{2})?\s?(?:h\b|am\b|pm\b|uhr\b)?"  # "7", "7:30", "8h30", "11am" (also ``hoursfit``, ``listfit``)
TIME_RANGE = re.compile(rf"(?<![\w:.]){CLOCK_TIME}\s*(?:to|till|until|-|–)\s*{CLOCK_TIME}(?![\w:])", re.IGNORECASE)


def _written(when: str) -> str:
    """How a time is written: its units and marks ("h", "am pm", ":"), not its numbers."""
    return " ".join(sorted(set(re.findall(r"h\b|am|pm|uhr|:", when.casefold()))))


def _the_only_range(request: str, pieces: Pieces) -> ReplaceText | None:
    """The one time range the site shows, where the request types one range and says it changes ("Change the opening:
    now Tuesday to Saturday 13h to 19h" of "Open Tuesday to Saturday, 14h to 19h")."""
    # not "moved from 8pm to 7.30pm": an old time and a new one
    typed = [m.group(0) for m in TIME_RANGE.finditer(request) if _written(m.group(0)) and not re.search(r"\bfrom\s*$", request[:m.start()], re.I)]
    # written the same way ("14h to 19h" for "13h to 19h", not the "9am to 5pm" of another list)
    written = _written(typed[0]) if typed else None
    alike = [(f"{name} {words}", m.group(0)) for name, words in pieces for m in TIME_RANGE.finditer(words) if _written(m.group(0)) == written]
    shown = {when for _, when in alike}
    days = {w for w in _short_days(norm_words(request).split()) if _A_DAY.fullmatch(w)}
    if days:  # "From March it is Wednesday 16:00-19:00": the range shown with Wednesday (not "Tue-Sun" of "Monday to Friday")
        alike = [(words, when) for words, when in alike if days <= _short_days(norm_words(words).split())]
        shown = {when for _, when in alike}
    if len(shown) > 1:  # ... and with "distribution", the word the request names it by
        said = {w for w in norm_words(request).split() if len(w) > 3 and not _A_DAY.fullmatch(w)}
        shown = {when for words, when in alike if said & set(norm_words(words).split())}
    if len(typed) != 1 or len(shown) != 1 or not _MOVED.search(request):
        return None
    old = shown.pop()
    return ReplaceText(op="replace_text", old=old, new=typed[0]) if old.casefold() != typed[0].casefold() else None


_STAYS = re.compile(r"[^.!?;,]*\b(?:stays?|remains?|is\s+still)\s+(?:the\s+same|unchanged|as\s+(?:it\s+)?is)\b[^.!?;,]*[.!?;,]?"
                    r"|\bsame\s+(?:time|date|day|venue|place)\b[^.!?;,]*[.!?;,]?", re.IGNORECASE)  # "Same time 7pm": the time kept
# A range said to stay: "other days still 9:30am-7pm", "weekdays remain 9-5".
_STILL_RANGE = re.compile(rf"\b(?:still|stays?|remains?)\s+(?:at\s+)?({TIME_RANGE.pattern})", re.IGNORECASE)
# The end (or the start) of one day's hours said alone: "on Saturday we close at 13:00 now", "Sundays we open at 11".
_ENDS_AT = re.compile(rf"\b(?P<day>{_WEEKDAY})\b[^.!?;]{{0,30}}?\b(?P<side>clos\w*|shut\w*|finish\w*|open\w*|start\w*)\s+(?:at\s+)?"
                      rf"(?P<t>{CLOCK_TIME})(?![\w:.]\d)(?!\s*(?:to|till|until|-|–)\s*\d)", re.IGNORECASE)  # not a whole range typed


def _one_end(request: str, pieces: Pieces) -> ReplaceText | None:
    """The closing (or opening) time of the one range the site shows beside the day named ("Saturday 9:00 to 19:00" ->
    "Saturday 9:00 to 13:00"), written as the site writes it; None where the day shows no range or several."""
    said = _ENDS_AT.search(request)
    if said is None or not said.group("t").strip():
        return None
    day = said.group("day").casefold().rstrip("s")
    found = [m for _name, words in pieces for m in re.finditer(rf"\b{day}s?\b[^.;,]{{0,20}}?({TIME_RANGE.pattern})", words, re.IGNORECASE)]
    if len({m.group(1) for m in found}) != 1:
        return None
    old = found[0].group(1)
    start, end = re.split(r"\s*(?:to|till|until|-|–)\s*", old, maxsplit=1)
    new = said.group("t").strip()
    closing = not said.group("side").lower().startswith(("open", "start"))
    if _written(new) != _written(end if closing else start):
        return None  # "close at 5" of "9am to 7pm": written otherwise than the site writes it
    now = old[:len(old) - len(end)] + new if closing else new + old[len(start):]
    return ReplaceText(op="replace_text", old=found[0].group(0), new=found[0].group(0).replace(old, now)) if now != old else None


def when_change(request: str, site: Site | None) -> ReplaceText | None:
    """The date or time the request moves (see the module docstring); None when it moves none, or
    the one it names is not in exactly one place on the site. Read as typed, then without why it moved ("Change the
    time to 1:30 pm, the church has another event at 5.")."""
    if site is None:
        return None
    pieces = shown_pieces(site)  # read once for every reading
    said = _STAYS.sub(" ", request)  # "Thursday evening is now 5.30pm to 7.30pm. Saturday stays the same."
    return next((found for typed in dict.fromkeys((said, without_reason(said, WHEN)))
                 if not _NOT_A_MOVE.search(typed) and (found := _moved(typed, pieces))), None)


def _moved(request: str, pieces: Pieces) -> ReplaceText | None:
    kept = [m.group(1) for m in _STILL_RANGE.finditer(request)]
    if any(k.casefold() in words.casefold() for k in kept for _name, words in pieces):
        return None  # "sunday hours change to 10am-5pm, other days still 9:30am-7pm" of "Open 7 days 9:30am-7pm": not that range
    # several days for several ("moved to Mon & Wed 7:00 now, not Tue & Thu"), before one day for one
    runs_first = _RUN_NOT.search(request) is not None
    found = (_days_run(request, pieces) if runs_first else None) \
        or _one_end(request, pieces) or _from_to(request, pieces) or _old_moved(request, pieces) or _new_not_old(request, pieces) \
        or _day_moved(request, pieces) or _named(request, pieces) or _the_only_range(request, pieces) or _new_and_shown(request, pieces) \
        or _day_named(request, pieces) or _day_now_on(request, pieces) or (None if runs_first else _days_run(request, pieces))
    # "change the meeting time to 8pm for the summer months, 7:30pm stays for the rest of the year": not the time kept
    kept_times = [m.group(1).casefold() for m in _KEPT_TIME.finditer(request)]
    if found is not None and any(t in found.old.casefold() for t in kept_times):
        return None
    # "kids class moves from Wednesday to Saturday 10:00-11:00 AM" of "Kids Monday and Wednesday | 5:30-6:30 PM": the new
    # day and time, but the old day stays where the time was replaced: no such half
    day = _DAY_FROM.search(request)
    if found is not None and day is not None and day.group("new").casefold() in found.new.casefold() \
            and day.group("old").casefold() not in found.old.casefold():
        return None
    if found is not None and _shared_by_days(found, request, pieces):
        return None
    return found


_WEEKDAY_SAID = re.compile(WEEKDAY, re.IGNORECASE)


def _shared_by_days(found: ReplaceText, request: str, pieces: Pieces) -> bool:
    """Whether the time replaced is one several days share and the request names only some of them ("Thursday is now 9am
    to 2pm" of "Tue and Thu | 9am to 1pm"): replacing it would move the other days too."""
    said = {d[:3].casefold() for d in _WEEKDAY_SAID.findall(request)}
    if not said or _WEEKDAY_SAID.search(found.old):
        return False  # a time replaced with its day ("Saturday 10am to 3pm") is that day's
    for name, words in pieces:
        if name != words and found.old in words:  # an entry: the days its name lists (not one with its own time: "Saturday 8am")
            days = {d[:3].casefold() for d in _WEEKDAY_SAID.findall(re.sub(rf"{WEEKDAY}\s+{CLOCK_TIME}", " ", name, flags=re.IGNORECASE))}
            if len(days) >= 2 and not days <= said:
                return True
    return False


_DAY_FROM = re.compile(rf"\bfrom\s+(?P<old>{_WEEKDAY})\s+to\s+(?P<new>{_WEEKDAY})\b", re.IGNORECASE)


_KEPT_TIME = re.compile(rf"({CLOCK_TIME})\s+(?:stays?|remains?|is\s+kept|unchanged)\b", re.IGNORECASE)


def all_dated(items: Sequence[Entry]) -> bool:
    """Whether every entry (two or more) is led by a date or a time: a lineup or a schedule, whose names are its details."""
    return len(items) >= 2 and all(WHEN.match(i.title.strip()) for i in items)
