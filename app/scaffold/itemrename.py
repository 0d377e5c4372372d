"""A new name for something the site shows that is no page: "rename Koala Kidnap to 'Koala Caper', parents didn't love
kidnap lol", "change the name of 'Chullo hat alpaca' to 'Chullo Andino hat'", "Birch Sap Drink rename to Birch Sap
(Bērzu sula) pls", "rename the Clinic plan to Practice".

The model wrote these as the site's name, an item's title cut short ("Bērzu sula"), or an edit of an item the site
does not have. Here the old name is found where the site shows it (a page's name is ``itemfit.page_rename``'s), and the
new one, as typed, replaces it there: exact by construction.
"""

from __future__ import annotations

import re

from app.scaffold.plan import ReplaceText, replacing
from app.scaffold.site import Site, norm_words, shown_as, shown_pieces

# "the ball gown name is wrong, it's Mmabatho Evening Gown"
_WRONG_NAME = re.compile(r"^\W*(?:the\s+|our\s+|my\s+)?(?P<old>[^,.!?;\n]{3,40}?)(?:['’]s)?\s+name\s+is\s+(?:wrong|not\s+right)\s*[,.;:–-]?\s*"
                         r"(?:it['’]?s|it\s+is|should\s+be|is)\s+(?P<new>.+)$", re.IGNORECASE)
_RENAMES = (
    # "rename feature 'Export to CSV' to 'Export to CSV and PDF'": a quoted old name, "to" and all
    re.compile(r"\b(?:rename|re-name|change\s+(?:the\s+)?name\s+of)\s+(?:the\s+)?(?:[a-z]+\s+)?[\"“‘'](?P<old>[^\"“”‘’'\n]{1,60})[\"”’']"
               r"\s+(?:to|as|into)\s+(?P<new>.+)$", re.IGNORECASE),
    # "Osoyoos Orcas officially renamed to Osoyoos Killer Whales"
    re.compile(r"^\W*(?P<old>[^.!?;\n]+?)\s+(?:(?:has|have|was|were|is|got|been|officially|now|just|i|we)\s+)*"  # "Platinum package I rename to ..."
               r"(?:rename|should\s+be\s+renamed|renamed)\s+(?:to|as)\s+(?P<new>.+)$", re.IGNORECASE),
    # "godzilla is getting swapped out for Jurassic Park next month"
    re.compile(r"^\W*(?P<old>[^.!?;,\n]+?)\s+(?:(?:is|are|was|were|will\s+be|getting|being|been|got)\s+)*swapped\s+(?:out\s+)?"
               r"(?:for|(?<=out\s)with)\s+(?P<new>.+)$", re.IGNORECASE),  # not "tom swapped with marlys": two who trade places
    # "The Thursday market is not Korvel anymore, it is now Westermarkt"
    re.compile(r"\b(?:is|are)\s+(?:not|no\s+longer)\s+(?:at\s+|in\s+)?(?P<old>[^,.;!?\n]{2,40}?)(?:\s+any\s?more)?\s*[,;.–-]\s*"
               r"(?:(?:it|they)(?:['’]s|\s+is|\s+are|['’]re)\s+)?now\s+(?:at\s+|in\s+|called\s+)?(?P<new>.+)$", re.IGNORECASE),
    re.compile(r"\b(?:renam(?:e|ing)|re-name)\s+(?:the\s+|our\s+|my\s+)?(?P<old>[^.!?;\n]+?)\s+(?:to|as|into)\s+(?P<new>.+)$", re.IGNORECASE),
    # "Start place change!! not Tha Phae Gate, now start at Three Kings Monument"
    re.compile(r"(?:^|[.!?]\s*)\s*not\s+(?:at\s+|in\s+|from\s+)?(?P<old>(?-i:[A-Z])[^,.;!?\n]{2,40}?)\s*[,;]\s*(?:it['’]?s\s+|we\s+)?now\s+"
               r"(?:(?-i:[a-z])[\w'’]*\s+)?(?:at|in|from)\s+(?P<new>.+)$", re.IGNORECASE),
    _WRONG_NAME,
    # "catan tournament cancelled (licensing thing). replace with Carcassonne tournament same time"
    re.compile(r"^\W*(?P<old>[^.!?;,(\n]{3,40}?)\s+(?:is\s+|has\s+been\s+|was\s+|got\s+)?cancell?ed\b[^.!?\n]*[.!?)]*\s*"
               r"(?:so\s+)?(?:please\s+|pls\s+)?replace\s+(?:it\s+)?with\s+(?P<new>.+)$", re.IGNORECASE),
    re.compile(r"\bchange\s+(?:the\s+)?name\s+of\s+(?:the\s+|our\s+|my\s+)?(?P<old>[^.!?;\n]+?)\s+(?:to|into)\s+(?P<new>.+)$",
               re.IGNORECASE),
)
# What the old name is, said after it: "the Clinic plan", "the Koala Kidnap room".
_KIND = re.compile(r"\s+(?:plan|tier|package|item|product|room|class|course|dish|drink|card|option|service|tour|event|flavou?r)$",
                   re.IGNORECASE)
_QUOTED = re.compile(r"^[\"“‘'](?P<q>(?:[^\"“”‘’'\n]|(?<=\w)['’](?=\w)){1,60})[\"”’']")
# Where the new name ends, unquoted: at a sentence's end, or words to the app ("pls", "instead").
_NEW_END = re.compile(r"\s*(?:[.!?;](?:\s|$)|,\s|\s+(?:pls|please|plz|thanks|thx|instead|now|everywhere)\b"
                      # "rename Campus Club to Club Pass and make it $3.99/mo": another ask of the thing renamed
                      r"|\s+and\s+(?=(?:make|set|change|put|move|raise|lower|drop|update|add|remove|its?)\b)"
                      r"|\s+(?:next|this)\s+(?:week|month|year|season|time)\b"
                      r"|\s+(?:at\s+|for\s+)?(?:the\s+)?same\s+(?:time|day|place|price|slot)\b|$)", re.IGNORECASE)
MAX_NEW_WORDS = 8
# What names the site itself: its new name is the site's, wherever it shows.
_THE_SITE = frozenset({"app", "the app", "my app", "our app", "site", "the site", "website", "the website"})


def _unquoted(said: str) -> str:
    found = _QUOTED.match(said.strip())
    return found.group("q").strip() if found else said.strip()


def _shown_as(site: Site, old: str) -> set[str]:
    """``old`` as the site shows it: as typed where it shows that ("Clinic" of "Clinic S$129/mo", not the "clinic" of
    "any clinic PMS"), else in each case it shows."""
    shown = shown_as(site, old)
    return {old} if old in shown else shown


def read(request: str, site: Site | None) -> ReplaceText | None:
    """The rename the request asks of something the site shows (see the module docstring); None else."""
    if site is None:
        return None
    for pattern in _RENAMES:
        found = pattern.search(request.strip())
        if found is None:
            continue
        typed = _unquoted(found.group("old"))
        old = typed if _shown_as(site, typed) else _unquoted(_KIND.sub("", typed))  # "Birch Sap Drink" is a name
        said = found.group("new").strip()
        quoted = _QUOTED.match(said)
        new = quoted.group("q").strip() if quoted else said[:_NEW_END.search(said).start()].strip()  # type: ignore[union-attr]
        pages = {norm_words(p.title) for p in site.pages} | {norm_words(p.route.rsplit("/", 1)[-1]) for p in site.pages}
        if not old or not new or len(new.split()) > MAX_NEW_WORDS or norm_words(old) in pages or norm_words(old) == norm_words(new) \
                or norm_words(old) in _THE_SITE:
            return None  # a page's name is a page rename; "rename app to Dabba everywhere" is the site's name
        # "the ball gown name is wrong, it's Mmabatho Evening Gown": the whole name the words are of, first
        shown = (_name_holding(site, old) or _shown_as(site, old)) if pattern is _WRONG_NAME else \
            (_shown_as(site, old) or _name_holding(site, old))
        if len(shown) != 1:
            return None
        return replacing(shown.pop(), new)
    return None


_WORD = r"(?-i:[A-Z])[^\W\d_]*(?:['’-][^\W\d_]+)*(?![\w'’-])"  # a capitalised word of letters ("Mmabatho", not "R2400")
_CAPITALISED = re.compile(rf"{_WORD}(?:\s+{_WORD}){{1,4}}")


def _name_holding(site: Site, said: str) -> set[str]:
    """The names the site shows (runs of capitalised words) that hold every word said: "Mmabatho Ball Gown" of "the
    ball gown"."""
    words = set(norm_words(said).split())
    return {m.group(0) for _, text in shown_pieces(site) for m in _CAPITALISED.finditer(text)
            if words and words <= set(norm_words(m.group(0)).split())}
