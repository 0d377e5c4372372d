"""Words of the site replaced as the request gives them: quoted ("Change 'sing sea shanties
badly but loudly' to 'sing sea shanties with more enthusiasm than skill'", "'Two hour guided
walks' should say 'Relaxed two-hour guided walks'"), or a new price for an item the site lists
("scissors went up to $9", "knife weekend now £345").

The model has no op for a sentence inside a paragraph, and it wrote such requests as the site's
name, a heading or an item edit that found nothing. When the request quotes words the site
shows, the plan is that replacement (``ReplaceText``), wherever the pages show them.
"""

from __future__ import annotations

import re

from pydantic import ValidationError

from app.scaffold.plan import EditItem, ReplaceText
from app.scaffold.site import Site, norm_words

_OPEN = "'\"“‘"
_CLOSE = "'\"”’"
# A verb of change, the quoted old words, "to"/"with" and the new words (quoted, or to the
# sentence's end); or the quoted words and "should say". Without the verb, "add 'Pricing' to
# the navigation" would read as a replacement.
_REPLACE = re.compile(
    r"(?:\b(?:change|replace|swap|switch|update|edit|correct|fix|reword)\s+(?:the\s+(?:\w+\s+)?(?:text|words?|line|"
    r"bit|sentence|phrase|part)\s+)?"
    rf"[{_OPEN}](?P<old>[^\n]{{2,200}}?)[{_CLOSE}]\s*,?\s+(?:to|with|into|for|by)"
    rf"|[{_OPEN}](?P<old2>[^\n]{{2,200}}?)[{_CLOSE}]\s*,?\s+should\s+(?:be|say|read))\s+"
    rf"(?:[{_OPEN}](?P<quoted>[^\n]{{1,200}}?)[{_CLOSE}](?=[\s.,!?;:]|$)|(?P<plain>[^.!?\n]{{1,200}}?)"
    r"(?=\s+(?:please|pls|everywhere|instead|on the|in the)\b|[.!?\n]|$))",
    re.IGNORECASE)


def _shows(site: Site, words: str) -> bool:
    """Whether any page of the site shows ``words`` (its titles, headings, texts, items)."""
    wanted = " ".join(words.split()).casefold()
    return any(wanted in " ".join(page.model_dump_json().split()).casefold() for page in site.pages)


def replacement(request: str, site: Site | None) -> ReplaceText | None:
    """The replacement the request quotes, of words the site shows; None when it quotes none."""
    found = _REPLACE.search(request)
    if found is None or site is None:
        return None
    old = (found.group("old") or found.group("old2")).strip()
    new = (found.group("quoted") or found.group("plain") or "").strip()
    if not new or old.casefold() == new.casefold() or not _shows(site, old):
        return None
    try:
        return ReplaceText(op="replace_text", old=old, new=new)
    except ValidationError:
        return None


# A price as typed: "$9", "£1,600", "€12.50", "20p".
_PRICE = re.compile(r"[$£€]\s?\d[\d,]*(?:\.\d+)?|\b\d+(?:\.\d+)?p\b")
# What says a price changed, and the new one follows: "now", "went up to", "should be".
_NEW_PRICE = re.compile(r"\b(?:now|up to|down to|should be|changed? to|is|are|costs?|increase\w* to|"
                        r"rais\w* to|reduc\w* to|drop\w* to|instead of)\b", re.IGNORECASE)
_NOT_A_CHANGE = re.compile(r"\b(?:add|new|also|another|remove|delete)\b", re.IGNORECASE)
MIN_NAME = 3


def _priced(site: Site) -> list[tuple[str, str]]:
    """Every (name, detail) the site lists with a price: items by title and text, tiers by name and price."""
    out: list[tuple[str, str]] = []
    for page in site.pages:
        for section in page.sections:
            out += [(i.title, i.text) for i in section.items if _PRICE.search(i.text)]
            out += [(t.name, t.price) for t in section.tiers if _PRICE.search(t.price)]
    return out


def price_change(request: str, site: Site | None) -> EditItem | None:
    """The new price of the one priced item the request names ("scissors went up to $9"): the
    item's detail with its price replaced, the rest kept ("£950 (3 hours)" -> "£990 (3 hours)");
    None when the request names none, several, or adds an item."""
    if site is None or _NOT_A_CHANGE.search(request) or not _NEW_PRICE.search(request):
        return None
    prices = _PRICE.findall(request)
    if not prices or len(prices) > 2:
        return None
    new = prices[-1]  # "still says $7, should be $9": the last one is the new price
    words = f" {norm_words(request)} "
    named = {(name, detail) for name, detail in _priced(site)
             if len(norm_words(name)) >= MIN_NAME and f" {norm_words(name)} " in words}
    if len(named) != 1:
        return None
    name, detail = named.pop()
    old = _PRICE.search(detail)
    if old is None or old.group(0) == new:
        return None
    return EditItem(op="edit_item", item=name, text=detail[:old.start()] + new + detail[old.end():])
