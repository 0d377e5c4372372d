"""A new price for something the site shows.

"scissors went up to $9", "the Medium coat is now £62 and the Large is now £76", "It's $52 now, not
$45", "it still says $40 on learn to play, should be $45", "quarter mutton now R90 and half mutton
R150". The model has no op for a price inside an item's detail or a paragraph, and wrote these as an
edit of an item the site does not have, the site's name, or a new item beside the old one. Here each
new price replaces the old one where the site shows it: in the detail of the one item the request
names (by its whole name, or the longest run of its words), in the one piece of a text that prices
what it names, or where the site shows the old price the request types, when it shows it once.
"""

from __future__ import annotations

import re

from pydantic import ValidationError

from app.scaffold.plan import EditItem, ReplaceText, replacing
from app.scaffold.pricepieces import SENTENCE as _SENTENCE, SMALL as _SMALL, own_words as _own_words, pieces_of as _pieces_of
from app.scaffold.pricetyped import AMOUNT, KEPT, MARK, PRICE, UNIT, bare_marked, period, unit_after, without_reason
from app.scaffold.site import Site, norm_words

# What says a price changed, and the new one follows: "now", "went up to", "should be".
_NEW_PRICE = re.compile(r"\bto\s+(?=" + PRICE.pattern + r")|\b(?:now|up to|down to|updat\w*|new\s+prices|(?:gone|went|going|goes|go)\s+(?:up|down)|should be|chang(?:ed?|ing) to|is|are|costs?|increase\w* to|"
                        r"rais\w* to|rais\w*\s+(?:the\s+|our\s+|my\s+)?prices?|increas\w*\s+(?:the\s+|our\s+|my\s+)?prices?|reduc\w* to|drop\w* to|revis\w* to|(?:fees?|prices?|rates?)\s+(?:revision|(?:will\s+)?chang\w*)|instead of|not|price\s+(?:increase|rise|change|update)s?)\b", re.IGNORECASE)
# "also" opening a clause joins it to the one before ("Also, dealer tables will now cost $50"); elsewhere
# it adds ("we also do gift boxes for $5").
# Not "new" in a reason: "... we had to put it up for the new mallets".
# (not "from new session", "from the new year": when a new price holds)
_NOT_A_CHANGE = re.compile(r"\b(?:add|(?<!for the )(?<!for our )(?<!for a )(?<!from )(?<!from the )new(?!\s+(?:prices?|rates?|fees?|session|term|year|season|semester)\b)|another|remove|delete)\b"
                           r"|(?<!^)(?<!^and )\balso\b(?!,|\s*[.!]*\s*$)", re.IGNORECASE)  # not "... and Shan Noodle $15.50 also"
# What says a price changed in so many words ("is" and "are" say so of an item the request names, not of
# a piece of a paragraph: "Tickets are £10" for a new event is no new price of "Admission is £4").
_CHANGED = re.compile(r"\b(?:now|up|down|should|changed?|changing|instead|not|still|wrong|correct\w*|rais\w*|increase\w*|revis\w*|"
                      r"reduc\w*|drop(?:s|ped|ping)?\s+to|lower\w*\s+to|went|gone|going|goes|update\w*|new\s+price|too\s+(?:cheap|dear|expensive|low|high)|"
                      r"(?:make|set|change)\s+(?:it|that|them|this)|"
                      # when a new price takes effect: "from April miso class price is 7,000 yen", "in the new year"
                      r"from\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*(?!\s+(?:to|till|until|through|-|–)\s)|"
                      r"from\s+next\s+(?:month|year|week|season)|"
                      r"(?:in|from)\s+the\s+new\s+year)\b", re.IGNORECASE)
# The old price, typed, by what says it is the old one, the surest first: "$52 now, not $45", "instead
# of £16", "still says $40", "was $45".
_OLD_FORMS = tuple(re.compile(rf"\b(?:{lead})\s+(?P<old>{PRICE.pattern}|{AMOUNT}(?![\d\w]))", re.IGNORECASE) for lead in (
    r"not|instead\s+of", r"still\s+(?:it\s+is\s+|it's\s+)?(?:says?|shows?|showing|has|lists?|reads?|at)", r"was"))
# ... or by what follows it: "$40 should be $45", "$40 -> $45", "change $40 to $45".
_OLD_FIRST = re.compile(rf"(?P<old>{PRICE.pattern})\s*,?\s*(?:should\s+be|needs?\s+to\s+be|must\s+be|->|→|to)\s+(?:{PRICE.pattern})",
                        re.IGNORECASE)  # "from $45 to $52" too; not "is from $5200 now"
# A price said to stay as it is: "The under-18 fee stays at £10", "Tubs stay at £7.50".
_STAYS = re.compile(r"\b(?:stays?|staying|remains?|remaining|unchanged|no\s+change|"
                    r"still(?!\s+(?:says?|shows?|showing|has|lists?|listed|reads?|there|on|at|up|in)\b))\b", re.IGNORECASE)
# When a new price starts, which names nothing it prices: "from March", "as of 1 March", "starting next term".
_FROM_WHEN = re.compile(r"\b(?:from|as\s+of|starting(?:\s+from)?|effective(?:\s+from)?)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
                        r"(?:jan\w*|feb\w*|mar\w*|apr\w*|may|june?|july?|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|next\s+\w+|now|today|(?:19|20)\d\d)\b"
                        r"(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?", re.IGNORECASE)
MIN_NAME = 3
_APOLOGY = re.compile(r"^\W*(?:(?:sorry|oops|ok|okay|hi|hello)\b[,.!]*\s*)+", re.IGNORECASE)
_CODE = re.compile(r"[a-z]\d|\d[a-z]")  # a size's code is a name: "A3 is now N$1,250" of "A3 print"
MIN_SHARE = 0.5  # of a text piece's own words the request must say to name it
# The words of a clause that gives a new price to what was named before it: "It's $52 now", "should be $45".
_BACK = frozenset("its that this they them those these one now should went gone going wrong actually sorry oops "
                  "make change set put correct fix update not instead was shows showing listed each".split())
# Where one price of a request that changes several ends: "adults is going up to £7, and the family ticket is £21 now".
_PRICE_CLAUSE = re.compile(r",?\s+and\s+|(?<!\bRs)(?<!\bGs)(?<!\bNo)[.;!]\s+|,\s+(?!not\b|instead\b)|\s*\n\s*")  # "It should be £30, not £25": one; a list typed a line each: one a line
_COUNT = re.compile(r"(?<![\d.,:/-])\d+(?![\d.,:/-])")
_SIZED = re.compile(r"(?<![\w$£€])\d[\d.]*(?:-\d[\d.]*)?[a-z]+\b|(?<![\w$£€])\d+-\d+\b", re.IGNORECASE)

Change = EditItem | ReplaceText


def _priced(site: Site) -> list[tuple[str, str]]:
    """Every (name, detail) the site lists with a price: items by title and text, tiers by name and price."""
    out: list[tuple[str, str]] = []
    for page in site.pages:
        for section in page.sections:
            out += [(i.title, i.text) for i in section.items if PRICE.search(i.text)]
            # a price typed in the title, with no detail beside it ("Riverside and Rowntree - 2 hours, £22 per
            # person"): the detail is the title itself (``_priced_edit``)
            out += [(i.title, i.title) for i in section.items if not PRICE.search(i.text) and PRICE.search(i.title)]
            out += [(t.name, t.price) for t in section.tiers if PRICE.search(t.price)]
            out += [(t.name, t.name) for t in section.tiers if not PRICE.search(t.price) and PRICE.search(t.name)]
    return out


def _refers_back(clause: str) -> bool:
    """Whether a clause that gives a new price names nothing of its own ("It's $52 now, not $45"), so
    what it prices was named before it; not "make the grinder $35" (a grinder the site lists as "the
    electric apple grinder is", or does not list)."""
    return not (_own_words(PRICE.sub(" ", clause)) - _BACK)


def _run(parts: list[str], words: str) -> tuple[int, int]:
    """The longest run of ``parts`` the request says (with a word of its own in it, not "the" or
    "price"), and where: 2 at the name's start, 1 one word at its end ("fries" of "kumara fries"), 0."""
    last = max((i for i, w in enumerate(parts) if len(w) > 3 and w not in _SMALL), default=-1)  # "grinder" of "... grinder is"
    for n in range(len(parts), 0, -1):
        for i in range(len(parts) - n + 1):
            run = parts[i:i + n]
            own = sum(w not in _SMALL for w in run)  # "press is" is one word's run, "starter kit" two
            if any((len(w) >= MIN_NAME or _CODE.fullmatch(w)) and w not in _SMALL for w in run) and f" {' '.join(run)} " in words:
                return own, 2 if i == 0 else 1 if n == 1 and i == last else 0
    return 0, 0


def _named_by_part(priced: list[tuple[str, str]], words: str) -> set[tuple[str, str]]:
    """The priced items whose names share the longest run of the request's words, a name that starts
    with it before one that holds it ("the Large" is "Large (51 to 70cm)", not "Extra-large"). One
    word inside a name names nothing ("Sunset Ride" is not "Breakfast Ride 2 hrs"); one word at a
    name's end names it when no other name holds it ("fries" of "kumara fries"). Several alike is none."""
    said = _own_words(words) - _BACK
    # one word inside a name names it when the request names nothing else ("the fridge to $32": "40L
    # fridge with dual battery"), not beside a word the name lacks ("Sunset Ride": "Breakfast Ride ...")
    runs = [((1, 1) if run == (1, 0) and said <= set(norm_words(name).split()) else run, (name, detail))
            for name, detail in priced for run in [_run(norm_words(PRICE.sub(" ", name)).split(), words)]]  # not "500 mt" of a price
    held = sum(1 for (n, _where), _item in runs if n == 1)  # names that hold the one word
    best, found = (0, 0), set()
    for run, item in runs:
        if not run[0] or run == (1, 0) or (run == (1, 1) and held > 1):
            continue
        if run > best:
            best, found = run, {item}
        elif run == best:
            found.add(item)
    return found


def _singular(words: str) -> str:
    """Words compared without a plural's "s": "the student price" names "Students"."""
    return re.sub(r"(?<=\w\w[^\Wsu])s\b", "", words)  # not "plus", "class", "bonus"


def _old(request: str) -> str | None:
    """The old price the request types, as typed ("450" of "$475 not 450" too); None when it is the
    only price typed ("not £25" alone says no new one)."""
    old = next((m.group("old") for form in (*_OLD_FORMS, _OLD_FIRST) if (m := form.search(request))), None)
    return old if old is not None and [p for p in PRICE.findall(request) if p != old] else None


def _up_to(request: str, new: str) -> str:
    """The request up to the end of the clause that gives ``new``: what it prices is named there or
    before ("The Winter Pruning Day is now R1,600 and the Canopy morning moves to October": not the
    Canopy morning)."""
    at = request.find(new)
    end = _PRICE_CLAUSE.search(request, at + len(new)) if at >= 0 else None
    return request[:end.start()] if end is not None else request


def _new_price(request: str, site: Site) -> str | None:
    """The new price of a request that types one or two: with two, the one that is not the old one
    ("$52 now, not $45", "still says $7, should be $9"), or not the one the site shows; None else."""
    prices = [m.group(0) for m in PRICE.finditer(request)]
    if not prices or len(prices) > 2:
        return None
    if len(prices) == 1:  # not the old one alone ("Junior membership still says $30")
        said_old = any(m.group("old") == prices[0] for form in _OLD_FORMS for m in form.finditer(request))
        return None if said_old else prices[0]
    old = _old_said_or_shown(request, site, kept_too=True)
    rest = [p for p in prices if p != old]
    return rest[0] if old is not None and len(rest) == 1 else None


def _old_said_or_shown(request: str, site: Site, kept_too: bool = False) -> str | None:
    """The old price of a request: the one it types as old, else of two typed the one the site shows (the
    new price goes where that one is: "chipa almidón now is Gs. 6.000 ... and mbejú is Gs. 9.000" of a site
    showing Gs. 6.000 for a drink is no new price of the chipa); None else. ``kept_too``: one said to stay counts (it is not
    the new one), which as the old one of a piece it is not ("Pro price changed: ₹199/month, yearly stays ₹999")."""
    old = _old(request)
    prices = PRICE.findall(request)
    if old is None and len(prices) == 2:
        # (not one said to stay: "Pro price changed: ₹199/month, yearly stays ₹999")
        shown = [p for p in prices if any(_same_amount(p, s) for s in _shown_prices(site)) and (kept_too or not _kept(request, p))]
        old = shown[0] if len(shown) == 1 else None
    return old


def _named(priced: list[tuple[str, str]], said: str) -> set[tuple[str, str]]:
    """The priced items ``said`` names: by a whole name, else by the longest run of its words."""
    words = _singular(f" {norm_words(said)} ")
    named = {(name, detail) for name, detail in priced
             if len(norm_words(name)) >= MIN_NAME and _singular(f" {norm_words(name)} ") in words}
    if len(named) == 1:
        named = _the_kind_said(priced, named, words)
    if not named:
        named = _named_by_part([(_singular(n), d) for n, d in priced], words)  # "Improver course (3 days)"
        named = {(n, d) for n, d in priced if (_singular(n), d) in named}
    if len(named) > 1:
        # "Tuning price change to UYU 2.800": "Tuning (afinación)", whose name is all said but for its brackets, not
        # "Tuning + small repair"
        whole = {(n, d) for n, d in named if _singular(f" {norm_words(re.sub(r'[(][^)]*[)]', ' ', n))} ") in words}
        named = whole if len(whole) == 1 else named
    if len(named) != 1:
        # "knotless medium" of "knotless braids medium" (beside "knotless small"): the one name holding every word said
        own = {_singular(w) for w in _own_words(PRICE.sub(" ", said)) - _BACK}
        holds = {(n, d) for n, d in priced if len(own) >= 2 and own <= {_singular(w) for w in norm_words(n).split()}}
        named = holds if len(holds) == 1 else named
    return named


def _the_kind_said(priced: list[tuple[str, str]], named: set[tuple[str, str]], words: str) -> set[tuple[str, str]]:
    """The item a word said just before a label's name names: "large stall fee is now $45" where the site lists
    "Stall fees: Small 3x3m $25" and "Large 3x6m: $40" is the large one, not the label's first price."""
    (label, detail), = named
    before = words.split(_singular(f" {norm_words(label)} "), 1)[0].split()
    if not before or before[-1] in _SMALL or len(before[-1]) < MIN_NAME or not PRICE.sub(" ", detail).strip(" ,.;:-"):
        return named  # (an item whose detail is its price alone is no label: "chin chin big bag" is "big bag")
    kinds = {(n, d) for n, d in priced if (n, d) not in named and norm_words(n).split()[:1] == [before[-1]]}
    return kinds if len(kinds) == 1 else named


def price_change(request: str, site: Site | None, changing: bool = False) -> EditItem | None:
    """The new price of the one priced item the request names ("scissors went up to $9"): the
    item's detail with its price replaced, the rest kept ("£950 (3 hours)" -> "£990 (3 hours)");
    None when the request names none, several, or adds an item. ``changing``: a part of a request
    that says the prices change ("... small dogs now $50 and large $80": "large $80")."""
    if site is None or _NOT_A_CHANGE.search(request) or not (changing or _NEW_PRICE.search(request)):
        return None
    new = _new_price(request, site)
    if new is None:
        return None
    # named in the new price's own clause, else before it ("still shows the chowder. Please take it off,
    # and the littlenecks should be $32": the littlenecks)
    upto = _up_to(request, new)
    # in the currency typed: "pro plan price change to ₹79/month" is not the "$29/mo" of a placeholder's Pro
    priced = [(n, d) for n, d in _priced(site) if _same_currency(PRICE.search(d), new)]
    clause = _FROM_WHEN.sub(" ", _PRICE_CLAUSE.split(upto)[-1])  # "Magpie price up to $118,000 from 1 Jan"
    named = _named(priced, clause)
    if not named and _refers_back(clause):
        # by its whole name only: "I had the kitchen broom price wrong ... It's $52 now", not "Wisteria
        # Hall" of "Music for the Tudor Court ..., Wisteria Hall" in "still says Bethesda Library for
        # Dowland and Friends. It's at Wisteria Hall now, $15"
        words = _singular(f" {norm_words(upto)} ")
        named = {(n, d) for n, d in priced if len(norm_words(n)) >= MIN_NAME and _singular(f" {norm_words(n)} ") in words}
        if not named:  # or by the words it starts with, in the price's own sentence ("still says $45 for small dogs, its $50 now")
            last = _SENTENCE.split(upto)[-1]
            sentence = _singular(f" {norm_words(last)} ")
            named = {(n, d) for n, d in priced if _run(norm_words(_singular(n)).split(), sentence)[1] == 2}
    if len(named) != 1:
        return None
    name, detail = named.pop()
    old = _of_the_unit(detail, request, new)
    was = _old_said_or_shown(request, site)
    # a bare number after "not" may be no price ("the big press is 50 litre not 40"): only a typed price counts
    if old is None or old.group(0) == new or (was is not None and PRICE.fullmatch(was) and not _same_amount(old.group(0), was)) \
            or _kept(request, old.group(0)):
        return None  # "Still it is showing Rs 2500 for bridal": not the item whose price is Rs 500
    return _priced_edit(name, detail, old, new)


def currency(price: str) -> str:
    """A price's currency or unit as written, without its amount ("₩" of "₩650,000", "som" of "900 som")."""
    return re.sub(r"[\d.,\s]", "", price).casefold()


def _same_currency(shown: re.Match[str] | None, new: str) -> bool:
    """Whether a price shown is in the currency of the new one typed (either typed bare counts as the same)."""
    return shown is None or not currency(shown.group(0)) or not currency(new) or currency(shown.group(0)) == currency(new)


def _of_the_unit(detail: str, request: str, new: str) -> re.Match[str] | None:
    """The price of ``detail`` the new one replaces: the one ``_the_price`` names ("₹149/month or ₹999/year": the
    one whose unit the request types after the new price, "pro yearly now ₹899/year"), else the first."""
    return _the_price(detail, request, new) or PRICE.search(detail)


def _priced_edit(name: str, detail: str, old: re.Match[str], new: str) -> EditItem:
    """The edit that puts ``new`` where ``old`` is in the item's detail, or in its title when that is
    where the price is."""
    priced = detail[:old.start()] + new + detail[old.end():]
    if detail == name:
        return EditItem(op="edit_item", item=name, title=priced)
    # "Monthly Adults 45€" priced "45€": the price its name shows goes with it
    shown = re.search(rf"(?<![\d.,]){re.escape(old.group(0))}(?![\d.,])", name)
    titled = name[:shown.start()] + new + name[shown.end():] if shown else ""
    return EditItem(op="edit_item", item=name, text=priced, title=titled)


def price_in_text(request: str, site: Site | None, changing: bool = False) -> ReplaceText | None:
    """The one piece of a section's text that prices what the request names ("Travel fee within
    Charleston is $40 now": "Travel fee $35 within Charleston" of a paragraph), its price replaced."""
    if site is None or _NOT_A_CHANGE.search(request) or not (changing or _CHANGED.search(request)):
        return None
    request = _APOLOGY.sub("", request)  # "sorry volunteer fee is USD 175 now": no word of the piece
    new = _new_price(request, site)
    if new is None:
        return None
    was = _old_said_or_shown(request, site)
    # (not what says it changed: "price change morning now 700.000 VND" names "morning")
    said = _own_words(_CHANGED.sub(" ", PRICE.sub(" ", _FROM_WHEN.sub(" ", _up_to(request, new)))))
    led = [(piece.strip(" ,;./|•·"), _own_words(lead), alone) for piece, lead, alone in _pieces_of(site)]  # walked once
    pieces = [piece for piece, _lead, _alone in led]
    shown = _own_words(" ".join(pieces))  # a word the site shows nowhere ("actualy") names nothing
    # a size or a span as typed ("6-8m", "10kg", "2hr") tells two pieces of one kind apart: it counts more
    sized = {m.casefold() for m in _SIZED.findall(PRICE.sub(" ", request))}
    # a count typed alone names the piece that shows it alone: "up to 100 words" of "Up to 100 words USD 80, 100-300 words ..."
    counted = set(_COUNT.findall(PRICE.sub(" ", request)))
    said_period = period(request)
    scored: dict[str, float] = {}
    hits: dict[str, int] = {}
    chosen: dict[str, re.Match[str]] = {}
    for piece, lead, alone in led:
        one = _the_price(piece, request, new)
        if one is None or one.group(0) == new or (was is not None and not _same_amount(one.group(0), was)):
            continue
        chosen[piece] = one
        # the share of the piece's own words (outside brackets) the request says: "doz oysters" is "doz
        # R180" more than "Oysters: half doz R95"
        # with the name its sentence leads with ("£30 per adult" of "Monkeys and Tunnels: 2 hours, easy, £30 per
        # adult, £18 per child."), where the request names that lead and the piece is its sentence's one price or
        # the request says a word of its own ("per adult"); not "KSh 2,000 for children" of a request about adults
        bare = _own_words(re.sub(r"\([^()]*\)", " ", PRICE.sub(" ", piece)))
        words = _own_words(piece) | (lead if lead & said and (alone or bare & said) else set())
        own = bare | lead or {""}  # a lead not named still counts against the share
        hit = said & words
        hit = set() if hit == {"per"} else hit  # "per" alone ("R900 per household" of "R1,100 per night") names no piece
        share = len(hit) / len(own)
        size = 2 * len(sized & {m.casefold() for m in _SIZED.findall(piece)}) + 2 * len(counted & set(_COUNT.findall(PRICE.sub(" ", piece))))
        # most of the piece's words said, or every word the request names it by ("newsboy" of "Eight Panel
        # Newsboy €75"); not "full day" of "Kids half day bone carving $70 but ..." (a word the site shows
        # nowhere, "actualy", is no name beside two that are)
        named = (said - {"per"}) & shown <= words and (said <= shown or (len(said - shown) == 1 and len(hit) > 1))
        # "yearly is now $24.99": the one piece whose price is a year's, where nothing else names it
        of_period = bool(said_period) and said & shown <= words and unit_after(piece, one.end()) == said_period
        if share >= MIN_SHARE or size or (hit and named) or of_period:
            scored[piece] = share + size + (MIN_SHARE if of_period else 0)
            hits[piece] = len(hit)
    best = max(scored.values(), default=0)
    top = [p for p, n in scored.items() if n == best]
    if len(top) > 1:  # "round bales ... $72" of "round bale $65, square bale $9": the piece that holds more of the words said
        most = max(hits[p] for p in top)
        top = [p for p in top if hits[p] == most]
    if best <= 0 or len(top) != 1:
        return None
    piece, old = top[0], chosen[top[0]]
    if _kept(request, old.group(0)):
        return None
    return replacing(piece, piece[:old.start()] + new + piece[old.end():])


def _kept(request: str, shown: str) -> bool:
    """Whether the request says the price shown stays ("Suite Trullo ... 220 € now, from June to September. Other months stay
    190 €."): a price of its own beside the new one, not a new price for it."""
    return any(KEPT.search(clause) and any(_same_amount(p, shown) for p in PRICE.findall(clause))
               for clause in _PRICE_CLAUSE.split(request))


def _the_price(piece: str, request: str, new: str) -> re.Match[str] | None:
    """The one price of ``piece`` a new one may replace: its only one, or of several ("Pro: $3.99/month or
    $29.99/year") the one of the unit the request types after the new price ("pro now $4.99/month")."""
    found = list(PRICE.finditer(piece))
    if len(found) == 1:
        return found[0]
    at = request.find(new)
    typed = unit_after(request, at + len(new)) if at >= 0 else ""
    typed = typed or period(request)  # "yearly is now $24.99"
    same = [m for m in found if typed and unit_after(piece, m.end()) == typed]
    return same[0] if len(same) == 1 else _said_after(piece, found, request)


def _said_after(piece: str, found: list[re.Match[str]], request: str) -> re.Match[str] | None:
    """Of a piece that says its prices first ("It's $5 drop-in or $40 for the season."), the one whose own words,
    up to the next price, the request says ("Season price went up to $45"); None where the piece names first."""
    if not found or _own_words(piece[:found[0].start()]) - _BACK \
            and not all(re.match(r"\s*(?:per|for)\s", piece[m.end():]) for m in found):
        return None  # "Kids $5, adults $8": each price after its name; not "$25 per person or $40 per couple"
    said = _own_words(PRICE.sub(" ", request))
    ends = [m.start() for m in found[1:]] + [len(piece)]
    named = [m for m, end in zip(found, ends) if _own_words(piece[m.end():end]) & said]
    return named[0] if len(named) == 1 else None


def _same_amount(shown: str, typed: str) -> bool:
    """Whether a price the site shows is the one typed, with or without its currency ("$450", "450")."""
    return re.sub(r"[^\d.]", "", shown) == re.sub(r"[^\d.]", "", typed)


def old_price(request: str, site: Site | None) -> ReplaceText | None:
    """The old price the request types ("It's $52 now, not $45", "still says $40 ..., should be $45",
    "$475 not 450"), replaced by the new one where the site shows it: when it shows it once."""
    if site is None or _NOT_A_CHANGE.search(request):
        return None
    said = _old(request)
    new = _new_price(request, site)
    if said is None or new is None:
        return None
    if not PRICE.fullmatch(said) and re.search(rf"\b\d+\s+[A-Za-z]+\s+(?:instead\s+of|not)\s+{re.escape(said)}(?!\d|[.,]\d)", request):
        return None  # "... $24 per person, and the minimum should be 12 people instead of 15": a count, not the old price
    shown = _shown_prices(site)
    same = [p for p in shown if _same_amount(p, said)]
    if len(same) != 1 or any(p != same[0] and p.startswith(same[0]) for p in shown) or _same_amount(same[0], new):
        return None
    return replacing(same[0], new)


# What says a price changes without naming what it prices: "change the price to $12 a night", "price is changed. From
# April it is 7000 yen", "change the comp fee to 200 pesos".
# "the money goal", "change the hourly to $90 an hour" (a period's price named by its period)
_PRICE_SAID = re.compile(r"\b(?:price|prices|fee|fees|cost|costs|rate|rates|charge|goal|target|budget|hourly|nightly)\b", re.IGNORECASE)


def only_price(request: str, site: Site | None) -> ReplaceText | None:
    """The one new price a request types for the one price the site shows in that currency: it says a price changes
    but names nothing priced (``price_changes`` found nothing), and the site has a single amount to change."""
    asked = request  # "yearly is $24.99 now, apple price tier thing": that a price changes may be said in the reason too
    request = without_reason(request)  # "change the money goal to $5,200 bc registration went up"
    typed = PRICE.findall(request)
    if site is None or len(typed) != 1 or _NOT_A_CHANGE.search(request) or not (_PRICE_SAID.search(asked)
                                                                                  and _CHANGED.search(asked)):
        return None
    new = typed[0]
    if re.search(r"\bprice\s+(?:of|for)\s+[^$£€\d]{3,40}?\s*(?=\d|[$£€])", request, re.IGNORECASE):
        return None  # "new price of Adult conversation 13,000 yen": a thing named, whose price is ``price_change``'s to find
    # of a period said ("yearly is $24.99 now"), the one price the site shows for that period
    unit = unit_after(request, request.find(new) + len(new)) or period(request)  # "$3.49/month"
    shown = {p for p in _shown_prices(site, unit) if currency(p) == currency(new)}
    if len(shown) != 1 or _same_amount(next(iter(shown)), new):
        return None
    return replacing(shown.pop(), new)


def _shown_prices(site: Site, unit: str = "") -> list[str]:
    """Every price the site's sections show (of ``unit`` where one is given: "$19.99/yr" for "year"), each time it shows it."""
    shown: list[str] = []
    for page in site.pages:
        for section in page.sections:
            fields = [section.text, *(i.text for i in section.items), *(i.title for i in section.items),
                      *(t.price for t in section.tiers)]
            shown += [m.group(0) for field in fields if field for m in PRICE.finditer(field)
                      if not unit or unit_after(field, m.end()) == unit]
    return shown


def _priced_alike(name: str, change: Change, site: Site) -> EditItem | None:
    """The item ``name`` names and nothing else, with the new price of ``change`` (an item's)."""
    if not isinstance(change, EditItem):
        return None
    new = PRICE.search(change.text)
    named = _named(_priced(site), name)
    if new is None or len(named) != 1:
        return None
    item, detail = named.pop()
    old = PRICE.search(detail)
    bare = set(norm_words(name).split()) - {"the", "a", "an", "and", "our", "my", "also"}
    if old is None or item == change.item or not bare <= set(norm_words(item).split()):
        return None
    return _priced_edit(item, detail, old, new.group(0))


def _one_change(clause: str, site: Site, changing: bool) -> Change | None:
    return price_change(clause, site, changing) or price_in_text(clause, site, changing) or old_price(clause, site)


# What says, before a colon, that the prices after it are new: "Please update prices, the ones I gave were
# last year's: Kreef R1400, Bokkom R2100", "New prices: ...".
_LEAD_IN = re.compile(r"^[^:$£€\d]*\b(?:prices?|rates|fees|updat\w*)\b[^:$£€\d]*:\s*", re.IGNORECASE)


def _after_lead_in(request: str) -> str:
    found = _LEAD_IN.match(request)
    return request[found.end():] if found else request


def _bare_price_changes(request: str, site: Site) -> list[Change]:
    """``price_changes`` of a request that types its new prices bare, on a site that shows them bare."""
    both = None if PRICE.search(request) else bare_marked(request, site.model_dump_json())
    if both is None:
        return []
    said, site_json = both
    try:
        marked = Site.model_validate_json(site_json)
    except ValidationError:
        return []  # a field the mark makes too long
    shown = _shown_prices(marked)
    if not shown or any(not p.startswith(MARK) for p in shown):
        return []  # a site that prices with a currency: "5.40" of "$5.00" is no price typed
    changes = _price_changes(said, marked)
    return [type(op).model_validate_json(op.model_dump_json().replace(MARK, "")) for op in changes]


# The one text the request quotes for a price: "weekend pass goes up to 28 € from jan 1, so put '25 € early bird until 31 Dec,
# then 28 €'".
_QUOTED_PRICED = re.compile(r"(?<![\w'’])['\"“‘](?P<q>[^'\"“”‘’\n]*\d[^'\"“”‘’\n]*)['\"”’](?![\w'’])")


def quoted_price(request: str, site: Site | None) -> ReplaceText | None:
    """The price the request changes (``price_in_text``, read without its quote) replaced by the words it quotes for it,
    where they hold the old price or the new one; None else."""
    quoted = list(_QUOTED_PRICED.finditer(request))
    if site is None or len(quoted) != 1 or len(PRICE.findall(quoted[0].group("q"))) < 1:
        return None
    said = quoted[0].group("q").strip()
    change = price_in_text(request[:quoted[0].start()] + request[quoted[0].end():], site, changing=True)
    if change is None:
        return None
    gone = [p for p in PRICE.findall(change.old) if p not in change.new]
    now = [p for p in PRICE.findall(change.new) if p not in change.old]
    if len(gone) != 1 or len(now) != 1 or not any(_same_amount(p, gone[0]) or _same_amount(p, now[0]) for p in PRICE.findall(said)):
        return None
    return replacing(change.old, change.old.replace(gone[0], said, 1))


# Hours from one clock time to another, with no currency: "10.00 to 18.00", "9.30-17.00".
_CLOCK_SPAN = re.compile(r"(?<![\w.,$£€])(?:[01]?\d|2[0-4])[.:][0-5]\d\s*(?:to|till|til|until|-|–)\s*(?:[01]?\d|2[0-4])[.:][0-5]\d(?!\w|[.,]\d|\s?(?:€|\$|kr|zł))")


def price_changes(request: str, site: Site | None) -> list[Change]:
    """The new prices the request gives things the site shows: one, or each of several ("adults is
    going up to £7, and the family ticket is £21 now": every one must be found); [] when any is not."""
    if site is None:
        return []
    request = _CLOCK_SPAN.sub(" ", request)  # "Monday to Friday same, 10.00 to 18.00": hours, not 10.00 priced anew at 18.00
    # the one thing priced twice first: "pro price changed: €3.49/month, €29/year" is not its monthly price alone
    found = next((got for said in dict.fromkeys((request, without_reason(request)))
                  if (got := _one_of_several(said, site) or _price_changes(said, site) or _bare_price_changes(said, site))), [])
    gone = [p for c in found if isinstance(c, ReplaceText) for p in PRICE.findall(c.old) if p not in c.new]
    return [] if any(_kept(request, p) for p in gone) else found  # "... Other months stay 190 €.": not the 190 € replaced


def _one_of_several(request: str, site: Site) -> list[Change]:
    """The prices of one thing that has several ("pro price changed: €3.49/month, €29/year" of "Pro:
    €2.99/month or €24/year"): the one piece the request names that shows as many prices, each replaced
    in turn; [] when none or several do."""
    new = PRICE.findall(request)
    if len(new) < 2 or _NOT_A_CHANGE.search(request) or not _CHANGED.search(request) or _old(request) is not None:
        return []  # "big jar €15 not €14": a new price and an old one, not two new ones
    said = _own_words(_CHANGED.sub(" ", UNIT.sub(" ", PRICE.sub(" ", request))))
    places = [(piece, piece) for piece, lead, _alone in _pieces_of(site) if said and said <= _own_words(f"{lead} {piece}")]
    places += [(name, detail) for name, detail in _priced(site) if said and said <= _own_words(name)]
    found = [(name, detail) for name, detail in places if len(PRICE.findall(detail)) == len(new)]
    if len(found) != 1:
        return []
    name, detail = found[0]
    typed = iter(new)
    now = PRICE.sub(lambda _m: next(typed), detail)
    if now == detail:
        return []
    if name == detail:
        swap = replacing(detail, now)
        return [swap] if swap is not None else []
    return [EditItem(op="edit_item", item=name, text=now)]


def _price_changes(request: str, site: Site) -> list[Change]:
    if len(PRICE.findall(request)) > 1 and _NEW_PRICE.search(request) and not _NOT_A_CHANGE.search(request):
        each: list[Change] = []
        said, names = "", []
        for clause in _PRICE_CLAUSE.split(_after_lead_in(request)):
            if _STAYS.search(clause) and not PRICE.search(said):
                continue  # "The under-18 fee stays at £10": no change, and no new price
            # a clause that names no item, or the old price alone, runs on into the next
            # ("still sayin $180 for full set, shud be $190. front shoes $125")
            said = f"{said}, {clause}" if said else clause
            change = _one_change(said, site, changing=True) if PRICE.search(said) else None
            if change is None and not PRICE.search(clause):
                names.append(clause)
            elif change is not None:
                # "Blood Plum Jam and Chilli Tomato Relish now $10 each": a bare name before it, priced alike
                each += [change, *(alike for name in names if (alike := _priced_alike(name, change, site)))]
                said, names = "", []
        olds = [e.old for e in each if isinstance(e, ReplaceText)]  # two new prices for one old one: neither
        if each and not PRICE.search(said) and len({repr(e) for e in each}) == len(each) and len(set(olds)) == len(olds) \
                and len({e.item for e in each if isinstance(e, EditItem)}) == sum(isinstance(e, EditItem) for e in each):
            return each
    one = _one_change(request, site, changing=False)
    return [one] if one is not None else []
