"""A running figure the site states after its word, given anew: "Update please: we have now raised MK 1,850,000." of "So far
we have raised MK 1,200,000.", "The new target is MK 3,950,000." of "... - target MK 4,800,000", "Update: we have now raised
BWP 27,900 as of 20 March." of "So far we have raised BWP 18,450 as of 28 February."

The price readers (``pricefit``) find a price by the name of what it is the price of; an appeal's total or its target has
no such name, and the model wrote these as an edit of an item named by the new figure, or as a date moved alone (u386-u388:
three steps, each failed twice). Here the one amount the request types replaces the one amount of the same currency the
site shows just after a word of such figures the request says (``figure-words.txt``: "raised", "target"), with the date
said after it ("as of ...") where both say one.
"""

from __future__ import annotations

import re

from app.scaffold.plan import ReplaceText
from app.scaffold.pricetyped import PRICE
from app.scaffold.scope import name_set
from app.scaffold.site import Site, norm_words, shown_pieces

# A new item with its price is no new figure ("add a tote bag MK 5,000").
_ADDS = re.compile(r"\b(?:add|adding|also\s+sell|new\s+(?:product|item|service)|another)\b", re.IGNORECASE)
# What a figure is said as of: "as of 20 March", "on 28 February".
_AS_OF = re.compile(r"^(?P<lead>\s+(?:as\s+of|as\s+at|on|by|until)\s+)(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?)")


def _currency(price: str) -> str:
    return re.sub(r"[\d,.\s]", "", price)


def read(request: str, site: Site | None) -> ReplaceText | None:
    """The site's one figure the request gives anew (see the module docstring); None when the request types no single
    amount, adds something, or the site shows no such figure, or more than one, after a word the request says."""
    typed = list(PRICE.finditer(request))
    if site is None or len(typed) != 1 or _ADDS.search(request):
        return None
    new = typed[0]
    said = set(norm_words(PRICE.sub(" ", request)).split()) & name_set("figure-words.txt")
    places = []
    for text in dict.fromkeys(text for _, text in shown_pieces(site)):
        for m in PRICE.finditer(text):
            before = re.findall(r"[\w'’]+", text[max(0, m.start() - 30):m.start()])[-2:]
            word = next((w for w in reversed(before) if norm_words(w) in said), None)
            if word is not None and _currency(m.group(0)) == _currency(new.group(0)):
                places.append((text, m, text.rfind(word, 0, m.start())))
    if len(places) != 1:
        return None
    text, old, start = places[0]
    if old.group(0) == new.group(0):
        return None
    was, now = text[start:old.end()], text[start:old.start()] + new.group(0)
    shown_date, typed_date = _AS_OF.match(text[old.end():]), _AS_OF.match(request[new.end():])
    if shown_date and typed_date and norm_words(shown_date.group("lead")) == norm_words(typed_date.group("lead")):
        was, now = was + shown_date.group(0), now + shown_date.group("lead") + typed_date.group("date")
    return ReplaceText(op="replace_text", old=was, new=now)
