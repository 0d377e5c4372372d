"""An edit of an item the site does not list, whose name its text says: the new value in its place.

The model reads "The 8x8 is $950 now" as an edit of an item "8x8" with the text "$950", and "Sat
clinic moved to 11am" as an edit of "Sat clinic" with "11am". Where the site says the thing in a
sentence of a text ("Sheds: 6x8 $780, 8x8 $890, 10x12 $1,400.") rather than as an item of a list,
that edit found nothing and the turn failed with "I can't find". Here the one place of the site's
text that names the thing by every word of the model's name and shows one value of the same kind as
the new one (a price, a date, a time) has that value replaced, the rest of it kept: the smallest
place first (the piece between commas), then the sentence. The new value must be one the user
typed; a name said in more than one place, or a place with two values of the kind, is left to the
edit as it was (which says what it cannot find).
"""

from __future__ import annotations

import re

from app.scaffold.plan import EditItem, ReplaceText, replacing
from app.scaffold.pricetyped import KEPT, PRICE
from app.scaffold.site import Page, Site, is_placeholder, norm_words, shown_pieces
from app.scaffold.textfit import WEEKDAY
from app.scaffold.whenfit import CLOCK_SAID, WHEN, when_kind

# Words that name no one thing: "the price of the class" is the class.
_SMALL = frozenset("the a an and of on in at to for our my your is are now new price prices cost fee date time "
                   "day times one number count total rate rates".split())
_PIECE = re.compile(r"(?<=[,;])\s+|\s+/\s+")  # "$12 adults / $6 kids" is two
_LEAD = re.compile(r"^[^:]{1,60}:\s*")
_WEEKDAY = rf"{WEEKDAY}\.?"
_DAY_FIRST = re.compile(rf"^{_WEEKDAY},?\s+", re.IGNORECASE)
MIN_NAME_CHARS = 3
# A count ("48 member farmers", "4,318 packets", "6,000 plastic lids"): two digits or more, no part of a
# phone number's groups ("0722 418 903"), a word ("B12"), a decimal or a percentage.
_COUNT = re.compile(r"(?<![\w$£€.,:/#-])(?<!\d\s)(?:\d{1,3}(?:,\d{3})+|\d{2,})(?![\w:/-]|[.,]\d|\s?%|\s\d)")


# A code ("BUNICA80", "SUMMER25"): capitals and digits, both, as a discount or booking code is typed.
_CODE = re.compile(r"(?<![\w@./-])(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z\d]{5,16}(?![\w@/-])")
_CENTS = re.compile(r"(?<![\w.,:$£€])\+?\d{1,4}\.\d{2}(?![\w:]|\.\d)")  # "3.80." ends a sentence
_AMOUNT = re.compile(r"\d[\d,]*(?:\.\d+)?")


_PRICE_SAID = re.compile(r"\b(?:price|prices|cost|costs|rate|fee)\b", re.IGNORECASE)


def _found(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, value) for each price, date, time and count ``text`` shows, in order; a price's
    digits are no time, a sentence's full stop no part of a month ("27 Mar."), a date's day no count."""
    prices = [(m.start(), m.end(), "price", m.group(0)) for m in PRICE.finditer(text)]
    whens = [(m.start(), m.end(), when_kind(m.group(0)), m.group(0).rstrip(".")) for m in WHEN.finditer(text)
             if not any(s < m.end() and m.start() < e for s, e, _k, _v in prices)]
    # a bare amount with cents is a price on a menu ("Flat White 5.20"), not a time ("5.30pm" is read above)
    prices += [(m.start(), m.end(), "price", m.group(0)) for m in _CENTS.finditer(text)
               if not any(s < m.end() and m.start() < e for s, e, _k, _v in prices + whens)]
    counts = [(m.start(), m.end(), "count", m.group(0)) for m in _COUNT.finditer(text)
              if not any(s < m.end() and m.start() < e for s, e, _k, _v in prices + whens)]
    codes = [(m.start(), m.end(), "code", m.group(0)) for m in _CODE.finditer(text)]
    return sorted(prices + whens + counts + codes)


def _values(text: str) -> list[tuple[str, str]]:
    return [(kind, value) for _s, _e, kind, value in _found(text)]


def _stems(text: str) -> set[str]:
    return {re.sub(r"(?<=\w\w\w)s$", "", w) for w in norm_words(text).split() if w not in _SMALL}


def _pieces(shown: str) -> list[str]:
    return [p.rstrip(",;") for p in _PIECE.split(shown)]


def _places(site: Site) -> list[list[list[str]]]:
    """For each field or sentence the site shows, its places smallest first, a level at a time: the words up
    to each value ("big jar €14" of "small jar €8 big jar €14."), its pieces between commas, the whole of it."""
    out = []
    for _name, shown in shown_pieces(site):
        found = _found(shown)
        ends = [e for _s, e, _k, _v in found]
        spans = [shown[a:b].strip(" ,;.") for a, b in zip([0, *ends], ends)] if len(ends) > 1 else []
        if len(found) > 1 and _FOR_WHOM.match(shown, found[0][1]):
            # "Monthly fee 900 EGP for adults and 600 EGP for kids": each value said before whom it is for
            starts = [s for s, _e, _k, _v in found]
            spans = [shown[a:b].strip(" ,;.") for a, b in zip(starts, [*starts[1:], len(shown)])]
        # not a span whose value opens its own piece: "3pm" in "1pm Kids Kite Making Tent, 3pm Kite Ballet" is the ballet's
        spans = [span for span in spans if not _opens_piece(span)]
        pieces = _pieces(shown)
        out.append([spans, pieces if len(pieces) > 1 else [], [shown]])
    return out


# What follows a value said before whom or what it is for: "900 EGP for adults", "£8 per child".
_FOR_WHOM = re.compile(r"\s+(?:for|per|each\s+for)\s+(?:the\s+|a\s+|an\s+)?[A-Za-z]", re.IGNORECASE)


def _opens_piece(span: str) -> bool:
    """Whether the value a span ends with is all of the piece after its last comma: a value said before its name."""
    last = re.split(r"[,;]\s*", span)[-1]
    return last != span and [(s, e) for s, e, _k, _v in _found(last)] == [(0, len(last))]


def _part_named(whole: str, wanted: set[str], kind: str) -> tuple[str, str] | None:
    """Where a sentence names the thing and one piece of it, with one value of the kind, names the part:
    "$12 adults" of "Spaghetti Supper – Friday, March 19, 5:30 pm, $12 adults / $6 kids." for "The
    Spaghetti Supper adult price is now $14"; not a piece that names all of it, which the sentence leads
    with ("Sheds: 6x8 $780, 8x8 $890" for "the sheds are $950 now")."""
    if not wanted <= _stems(whole):
        return None
    hits = [(piece, olds[0]) for piece in _pieces(whole)
            if len(olds := [v for k, v in _values(piece) if k == kind]) == 1 and set() < wanted & _stems(piece) < wanted]
    return hits[0] if len(hits) == 1 else None


def _named_beside(piece: str, wanted: set[str], old: str) -> bool:
    """Whether ``piece`` names the thing at or before its value, or just after it in the same words: "Windpomp
    Cottage sleeps 4, R1,450 per night", "3pm Kite Ballet", not "£3 on the door, members free" (a price of
    the door, said before the members)."""
    end = piece.find(old) + len(old)
    return wanted <= _stems(piece[:end]) or wanted <= _stems(re.split(r"[,;.!?/(]", piece[end:])[0])


def _as_shown(old: str, new: str, typed: str) -> str | None:
    """``new`` written where ``old`` stood: with the weekday the site showed before a date ("Sat 27 Mar"
    -> "Sat 20 Mar") unless the user typed a weekday of their own, which the value must then hold."""
    day = _DAY_FIRST.match(old)
    if _DAY_FIRST.match(new) or not re.search(_WEEKDAY, typed, re.IGNORECASE):
        return day.group(0) + new if day and not _DAY_FIRST.match(new) else new
    return None  # "Sunday 12 noon in Brennan's Bar": the weekday typed is no part of the value read ("noon")


# Where a request's changes part, and what says a part changes something.
_CLAUSE = re.compile(r"[.;!?]\s+|,\s*(?:and|but|plus)\s+", re.IGNORECASE)
_CHANGES = re.compile(r"\b(?:now|rather\s+than|instead\s+of|moved?|moving|changed?|changing|no\s+longer)\b", re.IGNORECASE)


def _another_change(request: str, value: str) -> bool:
    """Whether a part of ``request`` without ``value`` says something else changes."""
    return any(_CHANGES.search(part) for part in _CLAUSE.split(request) if norm_words(value) not in norm_words(part))


def only_a_value(text: str) -> bool:
    """Whether ``text`` is one price, date, time or count and nothing else ("7:00 PM", "$70")."""
    found = _found(text)
    rest = norm_words(text.replace(found[0][3], "")) if len(found) == 1 else "-"
    return not rest or rest in ("now", "up to", "down to", "to", "at", "now at", "is now")


def said_with(request: str, item: str, value: str) -> bool:
    """Whether the part of ``request`` that types ``value`` names ``item``: "Machair still says £38" gives
    no price of the Blackhouse the model named beside it."""
    wanted = _stems(item)
    return any(wanted <= _stems(part) for part in _CLAUSE.split(request) if norm_words(value) in norm_words(part))


def value_in_text(op: EditItem, request: str, site: Site) -> ReplaceText | None:
    """The replacement of the one value of the new one's kind in the one place that names ``op.item``; a bare amount
    said as a price ("tunturi price now 1720") is the amount of a price the place shows ("1650 €") where no place
    shows it as a bare number ("Full service 1,200")."""
    new = _values(op.text)
    if len(new) != 1:
        return None
    found = _value_in_text(op, request, site, new[0])
    if found is None and new[0][0] == "count" and _PRICE_SAID.search(request):
        found = _value_in_text(op, request, site, ("price", new[0][1]), as_price=True)
    return found


def _value_in_text(op: EditItem, request: str, site: Site, new: tuple[str, str], as_price: bool = False) -> ReplaceText | None:
    wanted = _stems(op.item)
    if not wanted or len("".join(wanted)) < MIN_NAME_CHARS:
        return None
    kind, value = new
    if norm_words(value) not in norm_words(request):
        return None  # a value the model wrote, not the user
    if _another_change(request, value):
        return None  # "... now goes out on Fridays rather than Thursdays, and it is now about 75 minutes long": one of two
    places = _places(site)  # read once: the readings below and the check after them walk the same places
    found: set[tuple[str, str]] = _item_fields(site, wanted, kind)
    by_item = bool(found)  # an item's title names it: its text's value is the one, beside no name
    for place in places if not found else []:
        for level in place:  # the smallest places that name it; two of a size name two things
            hits = [(piece, olds[0]) for piece in level
                    if len(olds := [v for k, v in _values(piece) if k == kind]) == 1
                    # a piece names what its own words say, not the name its sentence leads with ("Sheds: 6x8 $780, 8x8 $890")
                    and wanted <= _stems(_LEAD.sub("", piece) if level is not place[-1] else piece)]
            found.update(hits)
            if hits:
                break
    beside = by_item  # the value is beside the words that name it, as the reading found it
    if not found:
        found, beside = {hit for place in places if (hit := _part_named(place[-1][0], wanted, kind))}, True
    if not found:
        found, beside = _on_the_page_named(site, wanted, kind), True
    if not found and kind == "date" and "date" in norm_words(op.item).split():
        found, beside = _the_only_date(site), True  # "release date moved, now 30 May 2027": the site shows one
    if len(found) != 1:
        return None
    piece, old = found.pop()
    if as_price and any(k == "count" for k, _v in _values(piece)):
        return None  # "MK 150,000 (about $85)": a bare amount beside the price may be the one meant
    if KEPT.search(request) and re.search(rf"(?<![\w.,]){re.escape(old)}(?![\w.,]\d)", request):
        return None  # "the fee for students is 300 yen. Adults stay 500 yen.": the value shown is the one that stays
    if kind == "price" and _AMOUNT.fullmatch(value.lstrip("+")) and not _AMOUNT.fullmatch(old.lstrip("+")):
        value = _AMOUNT.sub(value.lstrip("+"), old, count=1)  # "89.99" of "£79.99" is "£89.99"
    written = _as_shown(old, value, op.text)
    # a value the place shows already is the old one, the model's text the wrong way round ("still showing 5:30pm")
    if written is None or norm_words(value) in norm_words(piece) or not (beside or _named_beside(piece, wanted, old)):
        return None
    if not beside and _said_of_another(piece, places, request, op.item):
        return None
    return replacing(piece, piece.replace(old, written, 1))


def _said_of_another(piece: str, places: list[list[list[str]]], request: str, item: str) -> bool:
    """Whether the word the request says beside the model's name for the thing is one its sentence gives
    another piece: "change knotless small to R900" of "Knotless braids medium R650, small R850." names the
    small, though the model named only "Knotless"."""
    whole = next((place[-1][0] for place in places if any(piece in level for level in place)), piece)
    said = re.search(rf"(?:([\w'’-]+)\s+)?{re.escape(item)}(?:\s+([\w'’-]+))?", request, re.IGNORECASE)
    beside = _stems(" ".join(w for w in said.groups() if w)) if said else set()
    return bool(beside & (_stems(whole) - _stems(piece)))


def _item_fields(site: Site, wanted: set[str], kind: str) -> set[tuple[str, str]]:
    """The text of the one item whose title names the thing, where it shows one value of the kind: "£30 all
    day" of the item "E-bike" for "E-bikes have gone up, £35 all day now"; not a placeholder's ("Monday to
    Friday 9am to 5pm" is no Friday the user gave)."""
    found: set[tuple[str, str]] = set()
    for page in site.pages:
        for section in page.sections:
            if is_placeholder(section, site.name):
                continue
            for item in section.items:
                # the name in one field and the value in the other, either way round ("13 Feb, 7 pm" /
                # "Mehendi & Sangeet"), or both in the title ("Flat White 5.20")
                # (a count in a title is part of the name: "Private class (60 min)", "Under 10s")
                pairs = [(item.title, item.text)] + ([(item.text, item.title), (item.title, item.title)] if kind != "count" else [])
                for named, valued in pairs:
                    olds = [v for k, v in _values(valued) if k == kind]
                    # a name that is a value of the kind ("3 May") is the old value, not the thing's name
                    own = named is not valued and only_a_value(named)
                    if named and wanted <= _stems(named) and len(olds) == 1 and not own:
                        found.add((valued, olds[0]))
                        break
    # the text replaced wherever the site shows it: only where that is this item alone ("$24" may be two things)
    shown = [text for _name, text in shown_pieces(site)]
    if len(found) != 1:
        return set()
    alone = re.compile(rf"(?<![\w.,]){re.escape(next(iter(found))[0])}(?![\w])")  # "2pm", not the "2pm" of "12pm"
    return found if sum(bool(alone.search(text)) for text in shown) == 1 else set()


def _on_the_page_named(site: Site, wanted: set[str], kind: str) -> set[tuple[str, str]]:
    """The one value of ``kind`` the one page named by ``wanted`` shows, where no place names it ("Workshop
    price is now $210" of the Workshops page's "Beginner Kintsugi Day - Saturday, 10am to 3pm, $195 ...")."""
    pages = [p for p in site.pages if p.route != "/" and wanted <= _stems(f"{p.title} {p.route.rsplit('/', 1)[-1]}")]
    if len(pages) != 1:
        return set()
    shown = _shown_of_kind(site, pages, kind)
    return set(shown) if len(shown) == 1 else set()


def _the_only_date(site: Site) -> set[tuple[str, str]]:
    """The one date the site's own content shows (its placeholders' days aside), where it shows one."""
    pages = [p.model_copy(update={"sections": [s for s in p.sections if not (s.items and is_placeholder(s, site.name))]}) for p in site.pages]
    shown = set(_shown_of_kind(site, pages, "date"))
    return shown if len(shown) == 1 else set()


def _shown_of_kind(site: Site, pages: list[Page], kind: str) -> list[tuple[str, str]]:
    """(text, value) for each value of ``kind`` that ``pages`` of ``site`` show."""
    return [(text, v) for _name, text in shown_pieces(site.model_copy(update={"pages": pages}))
            for k, v in _values(text) if k == kind]


# "Kids lessons price is now R180 per month", "the arvo walk is at 5.30pm now": a thing, then its new value.
_SAID_CHANGE = re.compile(r"^\W*(?:(?:ok|okay|so|and|also|oh|sorry|small\s+change|quick\s+change|update)[,!.:]?\W*\s+)*"
                          r"(?:the\s+|our\s+|my\s+)?(?P<item>[\w'’&-]+(?:\s+[\w'’&-]+){0,4}?)"
                          r"\s+(?:(?:price|fee|cost|time|date)\s+)?(?:(?:is|are|'s|’s)\s+(?:now\s+(?:at\s+)?|going\s+up\s+to\s+|up\s+to\s+|"
                          r"down\s+to\s+|moving\s+to\s+|moved\s+to\s+)|(?:has|have|'s|’s)\s+gone\s+(?:up|down)(?:\s+to)?\s*[,:-]?\s+"
                          # "the ceremony has moved to 2:30pm", "cocktail hour moves to 5:00 PM", "now starts at 8pm"
                          r"|(?:has|have)\s+(?:been\s+)?(?:moved|changed|shifted)\s+to\s+|(?:moves|shifts)\s+to\s+|"
                          # "The workshop price increases to 2.200 TL from January", "month unlimited now 30.000 Kz"
                          r"(?:increases?|increased|rises?|rose|goes\s+up|went\s+up|decreases?|decreased|drops?|dropped)\s+to\s+|"
                          r"now\s+(?=[$£€¥₹]?\d)|"
                          r"(?:now\s+)?chang(?:e|es|ed)\s+to\s+|"  # "lunch time change to 12.30pm pls"
                          r"(?:now\s+)?(?:starts?|begins?)\s+(?:now\s+)?at\s+)", re.IGNORECASE)

# "Change touch rugby to 3pm because of the tide": the thing, then its new value, asked.
_CHANGE_TO = re.compile(r"^\W*(?:(?:ok|okay|so|and)[,\s]+)?(?:(?:please|pls|can\s+you|could\s+you|can\s+u)\s+)?(?:change|move|shift|raise|lower|increase|"
                        r"decrease|drop|bump|put)\s+(?:the\s+|our\s+)?(?P<item>[\w'’&-]+(?:\s+[\w'’&-]+){0,4}?)\s+(?:(?:price|fee|cost)\s+)?"
                        r"(?:up\s+|down\s+)?to\s+(?=\S*\d)", re.IGNORECASE)


def said_change(request: str, site: Site) -> ReplaceText | None:
    """The one value the request's first clause gives the thing it opens with (``_SAID_CHANGE``), in the one
    place of the site's text that names that thing (``value_in_text``); None where it says no such thing."""
    # "Small change to The Day, if you don't mind: the ceremony has moved to 2:00pm": what follows the colon
    lead = re.match(r"^[^:\d]{0,80}:\s+(?=\S)", request)
    said = _SAID_CHANGE.match(request) or (_SAID_CHANGE.match(request[lead.end():]) if lead else None) or _CHANGE_TO.match(request)
    if said is None:
        return None
    rest = said.string[said.end():]
    clause = re.split(r"[.;!?]\s|,\s*not\b|\bnot\s|\binstead\s+of\b|\brather\s+than\b", rest)[0]
    new = _found(clause)
    if len(new) != 1 or new[0][0] != 0:
        return None  # one value, at once ("is now R180"), not in a reason after it, nor two ("now 10am and 2pm")
    return value_in_text(EditItem(op="edit_item", item=said.group("item"), text=new[0][3]), request, site)


def kind_swapped(op: EditItem, site: Site) -> bool:
    """Whether ``op`` puts a price alone in place of an item's time, or a time alone in place of its price ("fee now $130"
    written as the Beginners class's "$130" over its "10am-11am"): a value of another thing than the one the item shows."""
    if op.text is None or op.title:
        return False
    named = norm_words(op.item)
    olds = [item.text for page in site.pages for section in page.sections for item in section.items
            if f"{norm_words(item.title)} ".startswith(f"{named} ")]  # "Beginners" of "Beginners (age 6-9) Sat" too
    if len(olds) != 1 or not olds[0]:
        return False
    old, new = olds[0], op.text
    bare = norm_words(PRICE.sub(" ", CLOCK_SAID.sub(" ", new)))
    if bare and set(bare.split()) - {"per", "month", "week", "hour", "session", "class", "each", "a", "now"}:
        return False  # words of its own beside the value: what the user typed for the item whole
    price_for_time = bool(PRICE.search(new)) and not CLOCK_SAID.search(new) and bool(CLOCK_SAID.search(old)) and not PRICE.search(old)
    time_for_price = bool(CLOCK_SAID.search(new)) and not PRICE.search(new) and bool(PRICE.search(old)) and not CLOCK_SAID.search(old)
    return price_for_time or time_for_price
