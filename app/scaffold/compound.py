"""A request that asks for several edits in one message, each read whole on its own.

"rename the Meetings page to What Happens. oops the yearly fee is $170 not 160", "take Dave off Our
Team, and rename that page to Committee", "rename the patterns page to free patterns pls and take the
wexford wrap off": the model makes one of the edits (or a misreading of both), and the readings that
read a request whole (a page's rename, a new price, a replaced text, a removal, a menu change) each
take the whole message as one request and do one part. Here the message is cut into its clauses;
when every clause that asks or types something is read whole by one of those readings, the plan
is their edits, in order. Otherwise it is not read here: one part done and
the other dropped would be a wrong edit shown as done.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from app.scaffold import (buttonfit, chromefit, contactswap, datemoved, entries, figurefit, headfit, hoursfit, hourschange, itemfit, itemrename, itemvalue, namefull, navfit, notfix, peoplefit, pricefit, pricenamed,
                          scope, shapefit, textfit, themewords, typofix, whenfit)
from app.scaffold.coverage import typed_content
from app.scaffold.namedcontent import dates, names, request_word
from app.scaffold.pricetyped import PRICE
from pydantic import ValidationError

from app.scaffold.plan import Decline, EditItem, Plan, RemoveItem, ReplaceText, SetTheme, replacing
from app.scaffold.site import Site, ends_with_no_end, norm_words, shown_pieces, shown_text
from app.scaffold.textfit import DAY, MONTH

_VERB = r"(?:rename|change|add|remove|delete|take|put|make|move|replace|update|raise|drop|swap|call|set|get rid|fix|correct)\b"
_ASK = rf"(?:(?:please|pls|can\s+you|could\s+you|also|and|then|n)\s+)*{_VERB}"
# Where one request ends and the next begins: a sentence's end, a semicolon, "also", ", and" before a
# verb of asking, " and" before one.
_CUT = re.compile(rf"(?<=[.!?])\s+|;\s*|,?\s+(?:and\s+)?also,?\s+(?={_ASK})|,\s*(?:and|then|n)\s+(?={_ASK})"
                  rf"|\s+(?:and|n)\s+(?=(?:please\s+)?{_VERB})"
                  # "... went up to €55, and we've stopped doing the body wrap": what the business stopped
                  r"|,?\s+and\s+(?=(?:we|i)(?:'ve|’ve|'re|’re|\s+have|\s+are)?\s+(?:stopped|no\s+longer|not|don'?t|dropped|"
                  r"discontinued|sold)\b)"
                  # "Small Suzani price now $110, and Pillow cover I don't sell anymore, please remove": what is no longer sold
                  r"|,\s*and\s+(?=[^,.;!?]{2,40}\s(?:we|i)\s+(?:don'?t|do\s+not|no\s+longer)\s)"
                  # "Snake plant price now Rs 1,100 and Aloe vera finished, remove it": what is gone
                  r"|\s+and\s+(?=[^,.;!?]{2,40}?\s(?:is\s+|are\s+)?(?:finished|sold\s+out|out\s+of\s+stock|gone)\W*"
                  r"(?:please\s+|pls\s+|so\s+)?(?:remove|delete|take)\b)"
                  # "the ceremony has moved to 2:30pm, so the drinks are now at 4:00pm", "..., and cocktail hour moves to 5"
                  r"|,\s*(?:so|and)\s+(?=(?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s+(?:(?:is|are|will)\s+now\s+(?:be\s+)?at|moves\s+to|"
                  r"(?:has|have)\s+moved\s+to|now\s+(?:starts?|begins?)\s+at)\b)",
                  re.IGNORECASE)
_ASKS = re.compile(rf"^\W*{_ASK}", re.IGNORECASE)

Reading = Callable[[str, Site], list[Any]]


def _ops(plan: Plan | None) -> list[Any]:
    return list(plan.ops) if plan is not None else []


def _one(op: Any) -> list[Any]:
    return [op] if op is not None else []


# The readings that read a request whole, in the order ``requestfit`` tries them on a whole request
# (the footer last: ``requestfit`` reads it beside the model's ops).
_READINGS: tuple[Reading, ...] = (
    lambda said, site: _one(itemfit.page_rename(said, site)),
    lambda said, site: swaps(said, site),
    lambda said, site: list(peoplefit.swap_with_number(said, site)),
    lambda said, site: _ops(navfit.read(said, site)),
    lambda said, site: _ops(headfit.read(said, site)),
    lambda said, site: _ops(buttonfit.read(said, site, lone=False)),  # "under heading: Street photography. button: See works"
    lambda said, site: _ops(itemfit.removal(said, site)),
    # "Colours: green like our logo and white. And the Sat hours are now 10-15 Uhr"
    lambda said, site: colours(said, site),
    # "... lower the Inters price to £4.50. And could you put our contact details at the bottom of every
    # page please: a@b.com, 028 2564 3170": the footer, beside the other edits
    lambda said, site: _one(chromefit.footer(said)),
)


# A clause about the site's colours alone: "Colours: green like our logo and white", "Finally, could you make the
# colours warm - terracotta and cream"; not one that names a font (read with the model's, whole).
_COLOURS = re.compile(r"^\W*(?:(?:and|also|finally|lastly|ok|okay|please|pls|could\s+you|can\s+you|make|change|set|update|"
                      r"the|our|site'?s?|website'?s?)[\s,]+)*(?:colou?rs?|colou?r\s+scheme|theme|palette)\b", re.IGNORECASE)
_FONT = re.compile(r"\b(?:fonts?|serif|sans|mono|rounded|typefaces?|letters)\b", re.IGNORECASE)


def colours(clause: str, site: Site) -> list[Any]:
    """The new colours a clause about the colours alone says ("Colours: green like our logo and white"); [] else."""
    if not _COLOURS.match(clause) or _FONT.search(clause):
        return []
    said = themewords.read(clause, site.theme.background, site.theme.foreground)
    if not said or not any(said.values()):
        return []
    try:
        return [SetTheme.model_validate({"op": "set_theme", **{slot: c for slot, c in said.items() if c}})]
    except ValidationError:
        return []


def swaps(request: str, site: Site) -> list[Any]:
    """What the request replaces of what the site shows, the surest reading first: words it quotes,
    new prices (``pricefit``), a new phone number or email (``contactswap``), words in plain words, a moved
    date or time."""
    if len(entries.questions(request)) >= entries.MIN_QUESTIONS:
        return []  # "Q: What if something breaks? A: Loop+ covers damage up to $1000. Q: ...": an FAQ typed, no price moved
    request = notfix.SPELT_WITH.sub("", request)  # "it's Marta Haugan with an A, not Haugen": the letter is no part of the name
    quoted = textfit.replacement(request, site, plain=False) or pricefit.quoted_price(request, site)
    if quoted is not None:
        return [quoted]
    renamed = itemrename.read(request, site)  # "rename Koala Kidnap to 'Koala Caper'": a name the site shows, no page's
    if renamed is not None:
        return [renamed]
    typo = typofix.should_say(request, site)  # "Oups, typo on About Me, it should say 'I have been teaching since 2012'"
    if typo is not None:
        return [typo]
    # "we have now raised MK 1,850,000": a running total or target, stated after its word
    priced = list(pricefit.price_changes(request, site)) or list(pricenamed.read(request, site)) \
        or _one(pricefit.only_price(request, site)) or _one(figurefit.read(request, site))
    if priced:  # "Independence Cup moved to 30 October 2027 and Entry fee now K200": the moved date beside the price
        moved = whenfit.when_change(request, site)
        if moved is None or not _days_kept(request, moved.new) or _until_moved(request, moved, site) \
                or any(_overlaps(moved, op) for op in priced):
            return priced
        return [*priced, moved]
    return _one(contactswap.contact_change(request, site)) \
        or _one(hoursfit.hours_item(request, site) or hourschange.changed(request, site)) \
        or _one(itemvalue.said_change(request, site)) \
        or list(textfit.plain_replacements(request, site)) \
        or _one(hoursfit.day_added(request, site)) \
        or _one(textfit.date_change(request, site) or datemoved.month_change(request, site) or whenfit.when_change(request, site)
                or datemoved.said_moved(request, site)  # "Picture Day got moved to Oct 16" of the entry "Oct 9" / "Picture Day"
                or textfit.place_move(request, site) or textfit.count_change(request, site) or hoursfit.hours_item(request, site)
                or hoursfit.days_now(request, site)) \
        or _one(notfix.correction(request, site) or textfit.wrote_wrong(request, site) or namefull.full_name(request, site)) \
        or _one(shapefit.read(request, site))  # "market time change, now Saturdays 9-15": the one shown so


# A date a price holds until, not a move: "3-night pass now €55 early bird until 1 June".
_UNTIL = r"(?:until|till|til|by|before|ends?)\s+"


def _until_moved(request: str, op: ReplaceText, site: Site) -> bool:
    """Whether ``op`` moves a date the site shows without "until" to one the request says a price holds until ("early bird
    until 1 June" is no new date of "22-24 July 2027"; "the block is now open until May 15" of "until May 1" is)."""
    said_until = any(op.new.casefold().startswith(m.group(1).casefold().rstrip(".,!"))  # "1 June" of "1 June 2027"
                     for m in re.finditer(rf"\b{_UNTIL}(?:the\s+)?(\S+(?:\s+\S+)?)", request, re.IGNORECASE))
    shown_until = re.search(rf"\b{_UNTIL}(?:the\s+)?{re.escape(op.old)}", shown_text(site), re.IGNORECASE) is not None
    return said_until and not shown_until


def _days_kept(said: str, new: str) -> bool:
    """Whether each weekday ``said`` names is in ``new`` ("moved to Saturday afternoons, 3pm to 6pm" is not "Sundays
    3pm to 6pm")."""
    said = re.sub(rf"\b(?:not|instead\s+of|from)\s+{DAY}\b", " ", said, flags=re.IGNORECASE)  # "Sundays 11am not saturdays"
    return all(re.search(rf"\b{day[:3]}", new, re.IGNORECASE) for day in re.findall(rf"\b{DAY}\b", said, re.IGNORECASE))


def _overlaps(one: ReplaceText, other: Any) -> bool:
    """Whether a replacement touches the words another one does (an edit of an entry touches none)."""
    if not isinstance(other, ReplaceText):
        return False
    old, new, other_old, other_new = (t.rstrip(".,;!") for t in (one.old, one.new, other.old, other.new))  # "28 February."
    return old in other_old or other_old in old or new in other_new or other_new in new


# A clause that asks something of "it", what the clause before renamed: "rename Campus Club to Club Pass and make it $3.99/mo".
_ASKED_OF = r"^\W*(?:(?:and|also|then|please|pls)\s+)*(?:make|set|change|put|update)\s+"  # "and make ", before "it"
_OF_IT = re.compile(_ASKED_OF + r"(?:it|its\s+price|the\s+price)\s+"
                    r"(?:to\s+|at\s+)?(?P<rest>[$£€]?\d\S*(?:\s+\S+){0,3})\W*$", re.IGNORECASE)


def _of_renamed(clause: str, ops: list[Any], site: Site) -> tuple[str, list[Any]] | None:
    """The old name of the thing the clause before renamed and the edits the clause asks of it, read as said of that name
    ("Campus Club is now $3.99/mo"); None when the clause is no such ask, or nothing was renamed just before."""
    found = _OF_IT.match(clause)
    renamed = ops[-1] if ops else None
    if found is None or not isinstance(renamed, ReplaceText) or not renamed.new:
        return None
    said = f"{renamed.old} is now {found.group('rest')}"
    got = next((got for reading in _READINGS if (got := reading(said, site))), [])
    return (renamed.old, got) if got and not any(isinstance(op, ReplaceText) and op.old == renamed.old for op in got) else None


# A count of "it", the thing the clause before edited: "change small ceremony to $300 and make it up to 20 guests".
_COUNT_OF_IT = re.compile(_ASKED_OF + r"it\s+(?:to\s+)?"
                          r"(?:up\s+to\s+|for\s+|max\s+|min(?:imum)?\s+)?(?P<n>\d+)\s+(?P<what>[a-z][\w'’-]*)\W*$", re.IGNORECASE)


def _count_of_it(clause: str, ops: list[Any], site: Site) -> tuple[str, list[Any]] | None:
    """The count the name of the item edited just before shows ("Small Ceremony (up to 15 guests)"), replaced by the one the
    clause gives, after that edit ("" first: nothing to go before); None when the clause is no such ask, or the site shows
    that count not once."""
    found = _COUNT_OF_IT.match(clause)
    edited = ops[-1] if ops else None
    name = edited.item if isinstance(edited, EditItem) else edited.new if isinstance(edited, ReplaceText) else ""
    shown = re.findall(rf"(?<![\w.,])\d+\s+{re.escape(found.group('what'))}\b", name, re.IGNORECASE) if found else []
    if found is None or len(shown) != 1 or shown_text(site).count(shown[0]) != 1:
        return None
    swap = replacing(shown[0], f"{found.group('n')} {found.group('what')}")
    return ("", [swap]) if swap is not None else None


def said_before(op: Any, ops: list[Any]) -> bool:
    """Whether ``op`` replaces part of what an op before it replaced already, with part of its words."""
    return isinstance(op, ReplaceText) and any(isinstance(o, ReplaceText) and op.old in o.old and op.new in o.new
                                               for o in ops)


# Words in quotes are typed to be shown as they are: no clause ends inside them ("add this footer line:
# "Registered with Exeter Diocese. Charity no. 1142337."").
_QUOTED = re.compile(r'"[^"\n]{2,300}"|“[^”\n]{2,300}”|(?:^|(?<=[\s:]))[\'‘][^\'‘’\n]{2,300}[\'’](?=[\s.,;:!?)]|$)')


# A title's full stop ends no clause: "Mr. Ivan Mugisha has been transferred ... Remove Mr. Mugisha.", "Regd. No. CTC-2016"
def clauses(request: str) -> list[str]:
    quoted = [m.span() for m in _QUOTED.finditer(request)]
    pieces, start = [], 0
    for cut in _CUT.finditer(request):
        if not any(a < cut.start() < b for a, b in quoted) and not ends_with_no_end(request[:cut.start()]):
            pieces.append(request[start:cut.start()])
            start = cut.end()
    pieces.append(request[start:])
    return [c.strip(" ,.") for c in pieces if c.strip(" ,.")]


# A clause that only says where the others' edits go: "Please update the Join Us page", "fix it on the menu page".
_ONLY_WHERE = re.compile(r"^\W*(?:(?:please|pls|and|also|so|can\s+you|could\s+you)\s+)*(?:update|change|fix|correct|amend)\s+(?:it\s+|that\s+)?"
                         # "Could you update the schedule please?" of a Schedule page
                         r"(?:on\s+|in\s+)?(?:the|our|my)\s+(?:[\w' ]{1,30}?\s+page|[\w'-]+)(?:\s+(?:please|pls|too|as well))?\W*$",
                         re.IGNORECASE)


# A part of the site named in a clause that asks nothing in so many words.
# Not "page" ("The Events page still says Saturday June 13 for the recital. It should be Sunday June 14.").
_SITE_PART = re.compile(r"\?|\b(?:section|sections|heading|menu|nav|navigation|footer|button)\b", re.IGNORECASE)


# A clause that sets a part of the home page by its name: "Button: See my work", "the heading should say ...".
_A_PART = re.compile(r"^\W*(?:the\s+|a\s+)?(?:button|cta|heading|headline|title|sub-?title|sub-?line|sub-?heading|tag\s?line|"
                     r"(?:text|line)\s*:)", re.IGNORECASE)


# A clause that asks for the others to be made, and nothing of its own: "Please fix!", "can you fix that pls".
_JUST_DO_IT = re.compile(r"^\W*(?:(?:please|pls|so|and|can\s+you|could\s+you)\s+)*(?:fix|correct|update|change)"
                         r"(?:\s+(?:it|that|this|them))?(?:\s+(?:please|pls|thanks|asap))?\W*$", re.IGNORECASE)


def says_something(clause: str) -> bool:
    """Whether a clause asks or types content (a price, a name): "It sounds friendlier." does not, nor
    one that only says where ("Please update the Join Us page") or asks for the others ("Please fix!")."""
    if (_ONLY_WHERE.match(clause) or _JUST_DO_IT.match(clause)) and not typed_content(clause):
        return False
    return bool(_ASKS.search(clause) or typed_content(clause) or names(clause))


# Where a part of a clause ends, for what is left undone: "Please take it off for now, and the littlenecks
# should be $32".
_PART = re.compile(r",\s+(?:and\s+)?(?!not\b)|\s+and\s+(?=(?:the|our|my|we|i|it|they|he|she|his|her|their)\s)",
                   re.IGNORECASE)  # "It's $52 now, not $45" is one, and so is "Tue and Thu 4-6pm"
# What a part asks that the swaps beside it may leave undone: something to go, or something added ("Please
# take it off for now, and the littlenecks should be $32"), not "him" or "her" (the person a swap replaces:
# "Please remove him from the Committee page. Our new route captain is Sipho Dlamini").
_OTHER_ASK = re.compile(r"^\W*(?:(?:please|pls|and|n|also|then|can\s+you|could\s+you)\s+)*add\b"
                        r"|\b(?:remove|delete|take|get\s+rid\s+of)\s+(?!him\b|her\b)|\b(?:sold\s+out|dropping|drop\s+the|"
                        r"cancell?(?:ed|ing)|no\s+longer|stopped|mov(?:es|ed|ing)\s+to|vacant)\b"
                        r"|\bnot\s+[$£€]?\d", re.IGNORECASE)  # a correction: "the big press is 50 litre not 40"


_BARE_REMOVAL = re.compile(r"(?:please\s+|pls\s+)?(?:remove|delete|drop|take\s+(?:it|them|him|her)\s+(?:off|out))"
                           r"(?:\s+(?:it|them|him|her|pls|please|plz|too|as\s+well))*", re.IGNORECASE)


# What a person did, said of him or her: why the swap, no ask ("Marc is not treasurer anymore, he moved to France").
_WHY_OF_A_PERSON = re.compile(r"^\W*(?:because\s+|as\s+|since\s+)?(?:he|she)(?:['’]s|\s+(?:has|had|is|was))?\s+"
                              r"(?!(?:will|would|can|could|should|asks?|wants?|needs?)\b)", re.IGNORECASE)


def _around(words: str, ops: list[Any]) -> list[str]:
    """Of a text the site shows, the comma-parted pieces that hold what a replacement in ``ops`` replaces, where it lists
    prices (the text whole else)."""
    olds = [op.old for op in ops if isinstance(op, ReplaceText) and op.old and op.old in words]
    if not olds:
        return []
    parts = re.split(r",\s+", words)
    if sum(bool(PRICE.search(part)) for part in parts) < MIN_LISTED_PARTS:
        return [words]  # a sentence, not a price list: all of it ("Spring Recital, Sunday May 16 at 2pm, Westminster United Church")
    return [part for part in parts if any(part in old or old in part for old in olds)] or [words]


MIN_LISTED_PARTS = 3


_ASKS_TO_ADD = re.compile(r"^\W*(?:(?:please|pls|and|n|also|then|can\s+you|could\s+you)\s+)*add\b", re.IGNORECASE)


def unread(request: str, site: Site, ops: list[Any]) -> list[str]:
    """The parts of ``request`` that ask for something beside ``ops`` (something to go, something
    added, a move, a correction: ``_OTHER_ASK``) that no reading reads and that none of ``ops`` (read
    from the whole request) came from: what a plan of those ops alone would leave undone ("Please take
    it off for now, and the littlenecks should be $32": the new price, not the removal)."""
    said = " ".join(str(v) for op in ops for v in op.model_dump().values()).casefold()
    said_new = " ".join(str(v) for op in ops for k, v in op.model_dump().items() if k not in ("old", "item")).casefold()
    # and the place each replacement is made: "the band cancelled ugh. take out Chicago Push, put DJ Marek instead" of
    # "7:00 polka band Chicago Push" (the band is what the swap replaces)
    # (the part of a listing sentence it is in: not "dungarees" of "Tote bag 150 kr, Apron 220 kr, Children's dungarees 280 kr")
    said += " " + " ".join(part for _, words in shown_pieces(site) for part in _around(words, ops)).casefold()
    out = []
    request = notfix.wrong_first(request)  # "the show is not 14h, it is 14h30": one correction, as its reading read it
    for clause in (part.strip(" ,.") for whole in clauses(request) for part in _PART.split(whole)):
        if not _OTHER_ASK.search(clause) or _WHY_OF_A_PERSON.match(clause) \
                or any(reading(clause, site) for reading in _READINGS) or _BARE_REMOVAL.fullmatch(clause):
            continue  # ("Sagar Sweets pulled out, remove please.": the one named before, whom the swap replaces)
        # a word of its own or a number an op has: the clause it came from, or whose name it replaces
        # ("Pieter has moved to Joburg", "the festival is July 19 and 20 not 12 and 13")
        words = [re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w'’-]{4,}|\d+|(?-i:\b[A-Z][\w'’-]{2}\b)", clause)  # "Yaw has moved to Kumasi"
                 if not request_word(w) or re.fullmatch(f"{DAY}|{MONTH}", w, re.IGNORECASE)]
        # what a clause asks to add is not read from the name a replacement takes away ("Could you also add a line on
        # the home page thanking Mair ..." beside "Mair Evans" replaced)
        held = said_new if _ASKS_TO_ADD.match(clause) else said
        if any(re.search(rf"(?<!\w){re.escape(piece.casefold())}(?!\w)", held)
               for piece in [*typed_content(clause), *names(clause), *dates(clause), *words]):
            continue
        out.append(clause)
    return out


def removed_left(request: str, site: Site, left: list[str]) -> list[Any]:
    """The removals the parts ``unread`` left say, each read with the rest of its sentence ("the tote bag is now 170 kr,
    and the dungarees are sold out for this season, please remove them": the dungarees); [] where any part is no removal."""
    out: list[Any] = []
    for part in left:
        at = request.find(part)
        sentence = re.split(r"(?<=[.!?])\s+", request[at:])[0] if at >= 0 else part
        removal = itemfit.removal(sentence, site)
        # what the part itself names ("the dungarees are sold out"), not a thing named beside it ("Please take them off
        # for now, and the bloaters should be £3.50": the bloaters get a price)
        own = {w for w in re.findall(r"[\w'’-]{4,}", part.casefold()) if not request_word(w)}
        if removal is None or any(isinstance(op, Decline) for op in removal.ops) \
                or not all(own & set(re.findall(r"[\w'’-]{4,}", str(getattr(op, "item", "") or getattr(op, "old", "")).casefold()))
                           for op in removal.ops):
            return []
        out += [op for op in removal.ops if op not in out]
    return out


def read(request: str, site: Site | None) -> Plan | None:
    """The edits of a request of several clauses, each read whole (see the module docstring); None
    when it has one clause, or a clause that says something no reading reads whole."""
    if site is None or headfit.read(request, site) is not None:
        return None  # "Heading: X. Subtitle: Backend engineer. Rust, Go. Button: Y": read whole, not cut at each full stop
    parts = clauses(request)
    if len(parts) < 2:
        return None
    ops: list[Any] = []
    read_clauses, about_the_site, read_parts = 0, False, []
    before = ""  # the clause before, which read nothing: "pudding is popular. price up to 550 yen"
    for clause in parts:
        found = next((got for reading in _READINGS if (got := reading(clause, site))), [])
        if not found and before:
            found = next((got for reading in _READINGS if (got := reading(f"{before}. {clause}", site))), [])
        if not found and (of_it := _of_renamed(clause, ops, site) or _count_of_it(clause, ops, site)):
            # an edit of a renamed thing goes first: it finds the thing by the name the site has before the rename
            at = len(ops) - 1 if of_it[0] else len(ops)
            ops[at:at] = [op for op in of_it[1] if op not in ops]
            read_clauses += 1
            read_parts.append(clause)
            before = ""
            continue
        before = "" if found else clause
        if found:
            read_clauses += 1
            read_parts.append(clause)
            # "Gerry Moloney has stepped down ... Please replace Gerry with Pádraig": one swap said twice
            ops += [op for op in found if op not in ops and not said_before(op, ops)]
        elif says_something(clause) or _FONT.search(clause):
            return None  # "Colour scheme: navy and rope-brown. And a font that looks a bit nautical": the font is unread
        else:
            about_the_site = about_the_site or bool(_SITE_PART.search(clause))
    if read_clauses > 1 and any(_A_PART.match(clause) for clause in parts if clause not in read_parts):
        return None  # "Heading: X. Line below: Y. Button: See my work": a part of the site no reading here reads
    if read_clauses == 1 and (about_the_site or any(reading(request, site) for reading in _READINGS)
                              or unread(request, site, ops)):
        # one clause read beside others that ask nothing is that clause's edits ("Prices went up with the
        # cost of meat, sorry. Braai Package is now N$199 and Executive Lunch N$275. Traditional stays the
        # same."), unless the whole request reads whole ("headline: Two riders. One bike. Zero arguments.")
        # or another part asks something that nothing reads ("... Relay in costume cancelled this year."), or
        # speaks of the site's parts ("Could the careers page get a features section ...? Heading: ...")
        return None
    return Plan(ops=ops) if read_clauses else None


def _shows_words(name: str, site: Site) -> bool:
    """Whether the site shows each word of ``name`` ("ginger chai" of "chai ya tangawizi (ginger)"): a removal that finds
    something to take out, not "Last thing"."""
    shown = set(norm_words(shown_text(site)).split())
    return bool(name.strip()) and set(norm_words(name).split()) <= shown


def without_a_spare_decline(plan: Plan, request: str, site: Site | None) -> Plan:
    """``plan`` less the model's decline beside its edits of words the site shows, where the request asks for nothing
    an edit plan cannot build and nothing those edits leave undone ("change the entry fee to $340, the hall went
    up": the reason). Beside other ops the decline stands ("make the whole site also in german ...")."""
    done: list[Any] = [op for op in plan.ops if not isinstance(op, Decline)]
    if site is None or not done or len(done) == len(plan.ops) or scope.asks_for_feature(request) \
            or not all(isinstance(op, (ReplaceText, EditItem)) or isinstance(op, RemoveItem) and _shows_words(op.item, site) for op in done) \
            or unread(request, site, done):
        return plan
    return Plan(ops=done)
