"""How a site's texts are cut into the pieces one price each may name: "Travel fee $35 within Charleston, $50 Mount
Pleasant." is two, a list typed on one line ("Calamansi Bar - ₱120 Guava Bar - ₱110") one a thing, and each sentence's
lead name ("Monkeys and Tunnels: 2 hours, £30 per adult") is said with the pieces that do not hold it. One home for the
price readers (``pricefit``) that find a price by the words of its piece."""

from __future__ import annotations

import re

from app.scaffold.pricetyped import PRICE
from app.scaffold.site import NOT_AFTER_NO_END, Site, norm_words

SMALL = frozenset("a an and the of on in at to for by with it its is are be our my your this that there please pls kindly "
                  "still now says say page site price prices cost costs has have had was were will can get got".split())
_PRICE_WORDS = {"price", "prices", "cost", "costs", "fee", "fees", "now", "actually", "going", "gone", "make"}

# Where a text's pieces that may each hold one price end: "Travel fee $35 within Charleston, $50 Mount Pleasant.", not in brackets.
SENTENCE = re.compile(NOT_AFTER_NO_END + r"[.!?]\s+")  # not the dot of "Rs. 300"
# ... and " and " after a bracket closes ("Factory Chimneys (90 mins, £11) and the Harbour walk (2.5 hours, £16)").
_TEXT_PIECE = re.compile(r"(?<=[.;,!?])(?<!\bRs\.)(?<!\bGs\.)(?<!\bNo\.)\s+|(?<=\))\s+and\s+|[()]")


def _pieces(text: str) -> list[str]:
    """``text`` cut where a piece ends, outside brackets."""
    out, start, depth = [], 0, 0
    for m in _TEXT_PIECE.finditer(text):
        depth = max(0, depth + (m.group(0) == "(") - (m.group(0) == ")"))
        if not depth and m.group(0) not in "()":
            out.append(text[start:m.start()])
            start = m.end()
    return [*out, text[start:]]


# What follows a price where the next thing priced begins: a capitalised name, or a slash between spaces ("Road frame ¥280,000
# / gravel frame ¥310,000"), not a unit ("2,99 € / month").
_NEXT_THING = re.compile(r"(?:\s+|\s*[/|•·]\s*)(?-i:[A-Z])|\s+[/|•·]\s+(?!(?:month|mo|year|yr|week|wk|day|night|person|hour|hr|session|annum)\b)\w")


def _listed(piece: str) -> list[str]:
    """A piece cut after each price a capitalised name follows: a list typed on one line ("Calamansi Bright
    Bar - ₱120 Guava Leaf Gentle Bar - ₱110 Coconut Milk & Oat - ₱130") is a piece per thing it prices."""
    # ... or parted by a slash ("Bridal Look Rs. 18,000 / Reception Look Rs. 15,000"), not a second price ("R$ 350 / USD 70")
    ends = [m.end() for m in PRICE.finditer(piece) if _NEXT_THING.match(piece, m.end()) and not PRICE.match(piece[m.end():].lstrip(" /|•·"))]
    return [piece[a:b].strip() for a, b in zip([0, *ends], [*ends, len(piece)])]


def own_words(text: str) -> set[str]:
    """The words that tell one priced thing from another: not "the", "price", "now" or a number, and
    one form for a plural ("parties" is "party", "kids" is "kid")."""
    return {re.sub(r"ies$", "y", w) if len(w) > 4 and w.endswith("ies") else re.sub(r"(?<=\w\w\w)(?<!s)s$", "", w)
            for w in norm_words(text).split() if len(w) > 2 and w not in SMALL and w not in _PRICE_WORDS
            and not w.isdigit()}


# A sentence's lead name, before a colon or a dash: "Kreef Cottage – sleeps 2, ...", "Monkeys and Tunnels: 2 hours, ...".
_LEAD = re.compile(r"^\s*(?P<lead>[^:–—.,;()$£€]{3,60}?)\s*(?::|\s[-–—]\s)")
MAX_LEAD_WORDS = 6


def pieces_of(site: Site) -> list[tuple[str, str, bool]]:
    """Every piece of every section's text, with the name its sentence leads with when the piece does
    not hold it ("" else), and whether it is the one piece of its sentence with a price."""
    out: list[tuple[str, str, bool]] = []
    for page in site.pages:
        for section in page.sections:
            # a price in a section's heading too ("Free plan for 1 child, Family plan ₦2,500/month")
            for sentence in [*SENTENCE.split(section.text or ""), *([section.heading] if PRICE.search(section.heading or "") else [])]:
                found = _LEAD.match(sentence)
                lead = found.group("lead") if found and len(found.group("lead").split()) <= MAX_LEAD_WORDS else ""
                pieces = [bit for piece in _pieces(sentence) for bit in _listed(piece)]
                alone = sum(bool(PRICE.search(piece)) for piece in pieces) == 1
                # a price alone after its name's piece ("Beginners saturday 19h00-20h00, €8."): that piece leads it
                leads = [lead or (pieces[k - 1] if k and not own_words(PRICE.sub(" ", piece)) else "")
                         for k, piece in enumerate(pieces)]
                out += [(piece, "" if led and led in piece else led, alone) for piece, led in zip(pieces, leads)]
    return out
