"""The user's list, as they typed it, for a plan's ``add_items``.

A small model copies the first items of a long list and stops ("Full Groom £45, Bath &
Brush £30" of four), cuts names short ("File search" for "File search over your documents"),
or mangles a price's currency sign. When the request holds a typed-out
list that contains the model's item titles, the list in the request is the truth: every
entry of it becomes an item, in the request's order, each split into its name and its
detail (price, time, role) the way the user wrote it ("Name £45", "Name - detail",
"Name: detail", "Name (detail)", "Name, detail" between semicolons).
"""

from __future__ import annotations

import re

from app.scaffold.heldpiece import DAY_ENTRY
from app.scaffold.namedcontent import request_word
from app.scaffold.plan import ENTRY_NAME_MAX, ENTRY_TEXT_MAX, Entry
from app.scaffold.whenfit import CLOCK_TIME
from app.scaffold.pricetyped import PRICE

# The detail of an entry, at its end: a price, a time or time range, a date-ish number.
_DETAIL_TAIL = re.compile(
    r"\s+((?:(?:from|at|for)\s+)?(?:\+?[$£€]\s?\d[\d,]*(?:\.\d+)?\+?(?:\s?(?:/|per\s|an?\s)\s?\w+|\s+each)?"
    r"|\d[\d,]*(?:\.\d+)?\s?(?:€|EUR)"
    r"|\d{1,2}(?::\d{2}|\.\d{2})?\s?(?:am|pm)?\s?(?:-|–|to|till|til|until)\s?\d{1,2}(?::\d{2}|\.\d{2})?\s?(?:am|pm)?"
    r"|\d{1,2}(?::\d{2})?\s?(?:am|pm)))\s*$", re.IGNORECASE)
# A price last in any currency ``pricefit`` reads ("Flat tire repair ¥1,200", "Onde Onde RM10 per box", "Terrace tiles
# from 140 zł/m2", "Arepa reina pepiada 12.000 COP"), with what it is for.
_PRICE_TAIL = re.compile(rf"\s+((?:(?:from|at|for)\s+)?\+?(?:{PRICE.pattern})(?:\s?(?:/|per\s|an?\s)\s?[\w()]+|\s+each)?)\s*$")
_SPLIT_DETAIL = re.compile(r"\s+[-–—]\s+|:\s+")
_PAREN = re.compile(r"^(.*?)\s*\(([^()]+)\)\s*$")
_LIST_START = re.compile(r"[:\n]\s*")
_SENTENCE_END = re.compile(r"(?:(?<=[^\W_])|(?<=[)£$€%]))[.!?](?=\s|$)")  # after any letter: "entry 60 zł. Put on home"
MIN_TITLE = 2


def _top_split(segment: str, sep: str) -> list[str]:
    """``segment`` split at ``sep`` outside brackets and not inside a number ("£1,600")."""
    out, depth, start = [], 0, 0
    i = 0
    while i < len(segment):
        ch = segment[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and segment.startswith(sep, i):
            digit_comma = sep == "," and i > 0 and segment[i - 1].isdigit() and segment[i + 1:i + 2].isdigit()
            if not digit_comma:
                out.append(segment[start:i])
                start = i + len(sep)
                i += len(sep)
                continue
        i += 1
    out.append(segment[start:])
    return [p.strip() for p in out if p.strip()]


def pieces(segment: str) -> tuple[list[str], bool]:
    """The entries of a typed list, and whether they were split at semicolons (then a comma inside
    an entry separates its name from its detail: "Ana Ruiz, head chef; Tom Lee, sous chef")."""
    if ";" in segment:
        return _top_split(segment, ";"), True
    if len(re.findall(r"\s/\s", segment)) >= 2:  # "Charred Leek & Romesco / Wild Garlic Gnocchi / Rhubarb Tart"
        return [p.strip() for p in re.split(r"\s/\s", segment)], True
    parts = _top_split(segment, ",")
    parts = [one for part in _with_own_prices(parts) for one in _day_runs(part)]
    if len(parts) == 1 and (run := _priced_run(segment)):
        return run, False
    if len(parts) > 1:
        last = re.split(r"\s+and\s+", parts[-1], maxsplit=1)
        # "pasta, rice and soap": the last "and" separates entries, but only in a list of short
        # names ("19 Apr The Hug and Pint" is one entry).
        short = all(len(p.split()) <= 3 and not _DETAIL_TAIL.search(p) for p in parts[:-1] + last)
        # "beard trim £10 and kids cut £12": two entries that each end in their own price or time.
        priced = len(last) == 2 and all(_DETAIL_TAIL.search(" " + p) for p in last)
        if len(last) == 2 and (short or priced):
            parts = parts[:-1] + [p.strip() for p in last]
    return parts, False


# A piece that is only a price said of what comes before it: "from $2,800", "only £40" (not a bare price: "Birthday dome
# party, 1 hour, up to 20 children, £260" is a paragraph of one thing).
_PRICE_ALONE = re.compile(rf"^\s*(?:from|only|just|starting\s+(?:at|from))\s+(?:{PRICE.pattern})\s*(?:each|per\s+\w+|/\s?\w+)?\s*[.!]?\s*$",
                          re.IGNORECASE)


_DAY_LED = re.compile(DAY_ENTRY.pattern, re.IGNORECASE)  # typed in lower case too ("tue 6.30pm")
_CLOCK_SAID = re.compile(r"\d(?:[:.]\d{2})?\s?(?:am|pm)\b|\d[:.h]\d{2}\b|\d\s?-\s?\d", re.IGNORECASE)


def _day_runs(part: str) -> list[str]:
    """``part`` cut before each day that a time follows, where it runs two or more such days together ("tue 6.30pm-9.30pm
    fri 7pm-10pm": two entries, not "tue 6.30pm-9.30pm fri" / "7pm-10pm"); else ``part`` alone."""
    starts = [m.start() for m in _DAY_LED.finditer(part)]
    if len(starts) < 2 or starts[0] != len(part) - len(part.lstrip()) or re.search(r"\s(?:and|&)\s", part):
        return [part]  # (days joined by "and" are the last split's: ``pieces``)
    runs = [part[a:b].strip().removesuffix("&").removesuffix(" and").strip(" ,|") for a, b in zip(starts, [*starts[1:], len(part)], strict=True)]
    # each a day and its hours ("Saturday 16 May to Monday 25 May" is one span of dates)
    return runs if all(_CLOCK_SAID.search(run) for run in runs) else [part]


def _with_own_prices(parts: list[str]) -> list[str]:
    """``parts`` with a piece that is only a price joined to the entry before it: "hopper bottom silo sandblast and
    paint, from $2,800" is one entry (its price had been an entry "from")."""
    out: list[str] = []
    for part in parts:
        if out and _PRICE_ALONE.match(part) and not _DETAIL_TAIL.search(" " + out[-1]):
            out[-1] = f"{out[-1]} {part.strip()}"
        else:
            out.append(part)
    return out


# A price and what it is per: "$28/acre", "$14/bale", "€9 per hour".
_PRICED = re.compile(rf"(?:{PRICE.pattern})(?:\s?/\s?[A-Za-z]+|\s+(?:per|a|each)\s+[A-Za-z]+)?")


MAX_RUN_NAME_WORDS = 4
# Words of a sentence about prices, not of an entry's name: "change Call out fee $89 to Call out fee $99", "Margherita now
# 7.50€", "and Submarino $1.800" (a list said with "and" is read by ``pieces``, not as a run).
_NOT_A_NAME = frozenset("to from now is are was were not no change changed raise raised up going instead because becomes "
                        "costs cost and or on in of price prices".split())


def _priced_run(segment: str) -> list[str]:
    """Entries typed one after another with no comma between them, each ending in its price ("swathing $28/acre raking
    $10/acre baling rounds $14/bale"); [] where the run is not only such entries."""
    ends, said = [m.end() for m in _PRICED.finditer(segment)], segment.rstrip(" .!")
    if len(ends) < 2 or ends[-1] < len(said):
        return []  # not ending in a price: a sentence with prices in it
    out, start = [], 0
    for end in ends:
        piece = segment[start:end].strip()
        name = _PRICED.sub(" ", piece).split()
        if not re.search(r"[A-Za-z]{2}", " ".join(name)) or len(name) > MAX_RUN_NAME_WORDS \
                or _NOT_A_NAME & {w.lower() for w in name}:
            return []  # a price with no name before it, or a sentence ("raise the rider tune up to $149 and chain ...")
        out.append(piece)
        start = end
    return out


def _tail(text: str) -> re.Match[str] | None:
    """The detail at the end of ``text``: a price, a time or a date-ish number, else a price in any currency."""
    return _DETAIL_TAIL.search(text) or _PRICE_TAIL.search(text)


_WRAPPED = re.compile(r"^['\"‘“](.+)['\"’”]$")


def entry_of(piece: str, semicolons: bool = False) -> tuple[str, str]:
    """One typed entry as (name, detail)."""
    piece = re.sub(r"^(?:and|&)\s+", "", piece.strip()).strip(" .")
    piece = _WRAPPED.sub(r"\1", piece)  # "'Works offline'": the words, not their quotes
    if semicolons and re.search(r"(?<!\d),|,(?!\d)", piece):
        name, detail = re.split(r"(?<!\d),|,(?!\d)", piece, maxsplit=1)  # not the comma of "£1,850"
        return name.strip(), detail.strip()
    m = _PAREN.match(piece)
    if m and m.group(1):
        name, inner = m.group(1), m.group(2)
        tail = _tail(name)
        if tail:  # "Elopement £950 (3 hours)": the price is the detail, the note stays with it
            return name[:tail.start()].strip(), f"{tail.group(1)} ({inner})"
        return name.strip(), inner.strip()
    parts = _SPLIT_DETAIL.split(piece, maxsplit=1)
    if len(parts) == 2 and parts[0].strip():
        return parts[0].strip(), parts[1].strip()
    tail = _tail(piece)
    if tail and piece[:tail.start()].strip():
        name, detail = piece[:tail.start()].strip().rstrip(" ,;"), tail.group(1).strip()  # not "Connemara Mist, aran weight,"
        # "avos 4 for $5": the count is the price's (not "doubles $3 each or 4 for $10", a name that prices already)
        count = re.search(r"\s(\d+)$", name) if detail.startswith("for ") and not PRICE.search(name) else None
        return (name[:count.start()], f"{count.group(1)} {detail}") if count else (name, detail)
    return piece, ""


def _segment(request: str, first_title: str) -> str | None:
    """The stretch of the request that holds the list starting with ``first_title``: from the
    title (or the colon before it) to the end of its sentence."""
    at = request.casefold().find(first_title.casefold())
    if at < 0:
        return None
    # The list may start before the model's first item (it skipped one): from the colon that opens it.
    opener = max(request.rfind(":", 0, at), request.rfind("\n", 0, at))
    if opener >= 0 and not _SENTENCE_END.search(request, opener + 1, at):
        at = opener + 1
    end_match = _SENTENCE_END.search(request, at + len(first_title))
    end = end_match.start() if end_match else len(request)
    return request[at:end]


def typed_list(request: str, items: list[Entry]) -> list[Entry] | None:
    """The request's own list when it contains the plan's items and more, or gives their
    details exactly; None when the request holds no such list (the plan is kept)."""
    titles = [e.title for e in items if len(e.title) >= MIN_TITLE]
    if not titles:
        return None
    segment = _segment(request, titles[0])
    if segment is None:
        return None
    parts, semicolons = pieces(segment)
    entries = [entry_of(p, semicolons) for p in parts]
    entries = [(n, d) for n, d in entries if n and len(n) <= 80 and len(d) <= 200]
    names = [n.casefold() for n, _ in entries]
    # Every title the model wrote must be an entry's name: else this is not the list it meant.
    if len(entries) < len(titles) or not all(any(n.startswith(t.casefold()) for n in names) for t in titles):
        return None
    if not 2 <= len(entries) <= 8:
        return None  # one entry is a phrase, not a list; more than a section holds is not one either
    garbled = any(e.text and e.text.casefold() not in request.casefold() for e in items)
    # "File search" for "File search over your documents": a name copied cut short is mended too.
    cut = any(t.casefold() not in names for t in titles)
    if len(entries) == len(titles) and not garbled and not cut:
        return None  # nothing to add, nothing to mend: the model's items stand
    return [Entry(title=n, text=d) for n, d in entries]


MAX_OPENED_WORDS = 6  # an entry of a list is a name, not a clause of prose ("heres my bio: i've been ...")
_OPENER = re.compile(r"(?<!\d):(?!\d)")  # not the colon of a time ("7:00")


def opened_list(request: str) -> list[Entry] | None:
    """The list the request's first colon opens ("... with our prices: Posy £25, Hand-Tied £40"),
    to its sentence's end, as entries; None when that is not a list of 2-8 short entries."""
    opener = _OPENER.search(request)
    if opener is None or request[opener.end():].startswith("//"):  # "https://...": a URL
        return None
    if re.match(r"\s*1\s*[.)]\s", request[opener.end():]):
        return None  # "How to Be a Mummer: 1. Cover your face - pillowcase, veil, anything. 2. ...": numbered steps, not one list

    end_match = _SENTENCE_END.search(request, opener.end())
    parts, semicolons = pieces(request[opener.end():end_match.start() if end_match else len(request)])
    entries = [entry_of(p, semicolons) for p in parts]
    entries = [(n, d) for n, d in entries
               if n and len(n) <= 80 and len(d) <= 200 and len(n.split()) <= MAX_OPENED_WORDS]
    if not 2 <= len(entries) <= 8 or len(entries) != len(parts):
        return None
    return [Entry(title=n, text=d) for n, d in entries]


def price_whole(title: str, text: str) -> tuple[str, str]:
    """An entry whose price the split cut in two ("Depilación con hilo 30.000" / "COP") with the whole price its
    detail ("Depilación con hilo" / "30.000 COP"); as written else, and where either part holds a price of its own."""
    said = f"{title} {text}"
    price = next((m for m in PRICE.finditer(said) if m.start() < len(title) < m.end()), None)
    if price is None or not title[:price.start()].strip() or PRICE.search(title) or PRICE.search(text):
        return title, text
    return title[:price.start()].strip(" ,-–:"), said[price.start():].strip()


def name_whole(title: str, request: str) -> str:
    """``title`` with the capitalised words typed just before it that no ask holds ("put new one: Nan Gyi Thoke $13.50":
    the model's "Gyi Thoke" is "Nan Gyi Thoke")."""
    found = re.search(rf"(?<![\w'’-])((?:(?-i:[A-Z])[\w'’-]*\s+){{1,2}}){re.escape(title)}(?![\w'’-])", request) \
        if title[:1].isupper() else None
    if found is None:
        return title
    before = found.group(1).split()
    while before and request_word(before[0]):
        before = before[1:]
    whole = " ".join([*before, title])
    return whole if before and not any(request_word(w) for w in before) and len(whole) <= ENTRY_NAME_MAX else title


# Words that end a name typed before its detail: "Linen abaya to the collection", "Espresso rich and dark".
_NAME_ENDS = frozenset("a about after an and at before by et for from in into like of on or over per plus than the to und under via with y".split())
_TYPED_WORD = re.compile(r"\s+([^\W\d_][\w'’-]+)")
MAX_ONWARD = 2


def name_onward(title: str, text: str | None, request: str) -> str:
    """``title`` with the words typed right after it, where the next thing typed is its detail or a mark that
    ends the name ("add Standing fan ₦5,000": the model's "Standing" is "Standing fan"); else ``title``."""
    if not text or not title or len(title) < MIN_TITLE or text.split()[0].lower() in _NAME_ENDS:
        return title  # ("Maths" / "and decimals" of "Maths fractions and decimals": a name cut in two, not a name and its detail)
    found = re.search(rf"(?<![\w'’-]){re.escape(title)}(?![\w'’-])", request)
    if found is None or text not in request[found.end():]:
        return title
    words: list[str] = []
    at = found.end()
    while len(words) < MAX_ONWARD and (word := _TYPED_WORD.match(request, at)) is not None:
        if word.group(1).lower() in _NAME_ENDS or request_word(word.group(1)) or word.group(1).isupper():
            return title  # "Espresso rich and dark $3": a description runs on; "Saint-Georges QC G5Y": a code, no name
        words.append(word.group(1))
        at = word.end()
        if re.match(rf"\s*[,:;(–—-]?\s*{re.escape(text)}", request[at:]):  # its detail next: not "Amor" / "Eterno" of "Amor Eterno"
            whole = " ".join([title, *words])
            return whole if len(whole) <= ENTRY_NAME_MAX else title
    return title


# An entry of a list numbered in a sentence: "1. Test your water every week. 2. Don't overfeed, ... 3. ...".
_NUMBERED = re.compile(r"(?:^|(?<=[\s:]))(\d{1,2})[.)]\s+(?=\S)")
MIN_NUMBERED = 3


def numbered(request: str) -> list[Entry]:
    """The entries of a list the request numbers inline from 1 (three or more, each to the next number), their numbers
    left off; [] where it numbers none."""
    marks = [m for m in _NUMBERED.finditer(request)]
    start = next((k for k, m in enumerate(marks) if m.group(1) == "1"), None)
    if start is None:
        return []
    run = [marks[start]]
    for m in marks[start + 1:]:
        if int(m.group(1)) == int(run[-1].group(1)) + 1:
            run.append(m)
    if len(run) < MIN_NUMBERED:
        return []
    ends = [m.start() for m in run[1:]] + [len(request)]
    said = [request[m.end():end].strip().rstrip(".;,").strip() for m, end in zip(run, ends)]
    return [Entry(title=s) for s in said] if all(s and len(s) <= ENTRY_NAME_MAX for s in said) else []


# Words to the app, cut into an entry by a model that listed the request: "button Book your trip on home page", "new page
# FAQ with the 4 questions", "Officers in that order", "8h30 - 13h30 (not 9h - 13h)", "no more Wednesday", "can you show me?".
_ASKED_IN_ENTRY = re.compile(r"\b(?:button|link)\b.*\b(?:on|to)\s+(?:the\s+)?(?:home\s*page|\w+\s+page)\b|\bnew\s+page\b|\bshow\s+me\b",
                             re.IGNORECASE)
# ... and in a few words (not a story's "polka on Sunday mornings, and the Packers, in that order")
_ASKED_IN_FEW = re.compile(r"\bin\s+th(?:at|is)\s+order\b|\(\s*not\s+[^)]*\d|\bno\s+more\s+(?-i:[A-Z])", re.IGNORECASE)
MAX_FEW_WORDS = 12


def asked_in_entry(*shown: str) -> bool:
    """Whether an entry's name and detail (or a section's heading and text) hold words the request says to the app,
    not content to show (an FAQ's "Can you deliver?" is content)."""
    said = " | ".join(shown)
    return _ASKED_IN_ENTRY.search(said) is not None or len(said.split()) <= MAX_FEW_WORDS and _ASKED_IN_FEW.search(said) is not None


_CLOCK_END = re.compile(rf"(?<![\w:.])({CLOCK_TIME})$", re.IGNORECASE)
_CLOCK = re.compile(CLOCK_TIME, re.IGNORECASE)


def time_whole(title: str, text: str, request: str) -> tuple[str, str]:
    """An entry whose name ends with the start of a time range the request types and whose detail is its end ("Sundays
    11am" / "1pm" of "add sundays 11am to 1pm"): the name without it, the range whole as its detail; else as it is."""
    start = _CLOCK_END.search(title)
    if start is None or not _CLOCK.fullmatch(text.strip()) or not title[:start.start()].strip():
        return title, text
    said = re.search(rf"(?<![\w:.]){re.escape(start.group(1))}\s*(?:-|–|to|till|until)\s*{re.escape(text.strip())}(?![\w:])", request,
                     re.IGNORECASE)
    return (title[:start.start()].strip(" ,:-"), said.group(0)) if said else (title, text)


_WHERE_LAST = re.compile(r"\s+(?:under|on|to|in|onto)\s+(?:the\s+|all\s+|our\s+|my\s+)?(?:(?!(?:under|on|to|in|onto|for)\b)[\w'’-]+\s*){1,4}$",
                         re.IGNORECASE)  # "under the prices", "on the home page"


MAX_NAME_RUN = 8  # words of a name typed before its price
_JOINING = frozenset(("and", "&", "with", "of"))  # small words inside a name ("sandblast and paint")


def name_to_price(title: str, text: str, request: str) -> tuple[str, str]:
    """An entry's name the model cut short, as typed from its first word to its price ("Hopper" / "$2,800" of "services
    page add hopper bottom silo sandblast and paint from $2,800"), with the "from" said before the price; else as given."""
    if not title or not PRICE.fullmatch(text.strip()) or len(PRICE.findall(request)) != 1:
        return title, text
    found = re.search(rf"(?<![\w'’-]){re.escape(title)}(?P<more>(?:\s+[^\W\d][\w'’&-]*)+?)\s+(?P<lead>(?:from|at|for|only|just)\s+)?"
                      rf"(?:[-–:]\s*)?{re.escape(text.strip())}", request, re.IGNORECASE)
    if found is None:
        return title, text
    more = found.group("more").split()
    if len(more) + len(title.split()) > MAX_NAME_RUN or any(request_word(w) and w.casefold() not in _JOINING for w in more):
        return title, text
    whole = request[found.start():found.start("more") + len(found.group("more"))]
    lead = (found.group("lead") or "").strip()
    return (whole, f"{lead} {text.strip()}" if lead else text) if len(whole) <= ENTRY_NAME_MAX else (title, text)


def detail_whole(title: str, text: str, request: str) -> str:
    """An entry's detail the model cut short, as typed after its name and a dash or colon ("call" of "add commercial lots -
    call for quote under the prices": "call for quote"), without the place said after it; else ``text``."""
    if not title or not text:
        return text
    found = re.search(rf"(?<![\w'’]){re.escape(title)}\s*[-–:]\s*({re.escape(text)}[^,.;!?\n]*)", request, re.IGNORECASE)
    if found is None:
        return text
    whole = _WHERE_LAST.sub("", found.group(1)).strip()
    return whole if len(whole) > len(text) and whole.casefold().startswith(text.casefold()) and len(whole) <= ENTRY_TEXT_MAX else text
