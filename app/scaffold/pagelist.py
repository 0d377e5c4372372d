"""The pages a request lists by name: "pages: home, classes, about", "Home, Workshops, Shop and
About pages", "with a home page, a Prices page and a Contact page".

The model writes one op per thing it understood and tends to write the site's description and
drop the pages listed beside it (an opener that named its pages made none of them, 22 of 22 in
two user sets). The list is read from the request's own words, so every page it names is made,
with its name as typed. Only a list counts (two or more names, home included): a single "Prices
page" is the model's to read, and "on the Prices page, not the home page" is not a list.
"""

from __future__ import annotations

import re

from app.scaffold.scope import name_set
from app.scaffold.site import norm_words

MAX_NAME_WORDS = 4
# What joins the names of a list: a comma, "and", "&", "+", "|".
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*|\s*[+|]\s*)", re.IGNORECASE)
# Words that open a list's first name and are not part of it.
_LEADS = frozenset("a an the my our your his her their some".split())
# Words that end the search backwards for a name: what is before them is not the list.
_STOPS = frozenset("""
    with want wants need needs like love have has get got include includes including containing plus
    site website web and or for of to on in at from is are be should please pls just also
    add make create build put link show can could would will i i'd we we're you
""".split())
# A page request's verbs that do not make a page: a list of pages to remove is no list to add.
_NOT_ADDING = re.compile(r"\b(?:remove|delete|drop|scrap|take\s+(?:off|out|down)|get\s+rid|hide|rename|move|"
                         r"merge|combine|instead\s+of|not|isn't|aren't|don't|doesn't|still|missing)\b", re.IGNORECASE)
_COLON_LIST = re.compile(r"\bpages\s*(?::|-|–|—|=)\s*([^.!?\n]+)", re.IGNORECASE)
# (not "on all pages", "every other pages": the site's pages, none named)
_PLURAL_LIST = re.compile(r"([^.!?\n:]+?)(?<!\ball)(?<!\bevery)(?<!\bother)(?<!\bboth)(?<!\bthe)\s+pages\b", re.IGNORECASE)
# A request to have pages: a site, an addition, a wish ("Make the about and team pages blue" is none).
_HAVING = re.compile(r"\b(?:site|website|homepage|add|added|adding|link|linked|put|create|new|also|want|need|like|love|get|build|"
                     r"set\s+up|give|with)\b|\bpages?\s*:", re.IGNORECASE)
# Words no page name holds: where one is, the list's first name starts after it ("a site with Home").
_NOT_IN_NAME = frozenset("site website web with want wants need needs like love i i'd we you can could please pls "
                         "make create build get have add put link show".split())
# "the X page", "this X page": a page the site has (an edit of it), not one to add.
_REFERENCE = re.compile(r"\b(?:the|this|that|these|those)\s+$", re.IGNORECASE)
# "page" after a name, or before one: "a page called Annual Show", "and one called Races".
_ONE_PAGE = re.compile(r"\b(?:page|one)\b(?:\s+(?:called|named|titled)\s+(?P<called>(?:[\"“‘](?:[^\"”’]{1,40})[\"”’])"
                       r"|[A-Za-z][\w'’&]*(?:(?:\s+(?:to|of|the|and|for|in|on|at|a|&))*\s+(?-i:[A-Z])[\w'’&]*)*))?",
                       re.IGNORECASE)
# Between one "X page" and the next name of a list: an optional short note ("a Forays page with
# dates, and an About Me page"), then a join.
_BETWEEN = re.compile(r"^(?:(?:with|for|about|showing|listing)\s+[\w' ]{1,30}?\s*)?(?:,\s*(?:and|&|plus)?|,?\s*(?:and|plus)|\s*&|\s*\+)\s*$",
                      re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[A-Za-z0-9)])[.!?]+(?:\s+|$)|\n+")
_SMALL_WORDS = frozenset("a an and as at by for in of on or the to".split())


def as_title(name: str) -> str:
    """A page's name as its title: as typed, or capitalised when typed all in lower case."""
    if name != name.lower():
        return name
    words = name.split()
    return " ".join(_ACRONYMS.get(w) or (w if i and w in _SMALL_WORDS else w[:1].upper() + w[1:]) for i, w in enumerate(words))


_ACRONYMS = {"faq": "FAQ", "faqs": "FAQs"}  # "faq page" is the FAQ page


def _name(words: list[str]) -> str | None:
    """The name in ``words`` (the words before "page", or the first piece of a list): the words
    after its last stop word, article or comma, at most ``MAX_NAME_WORDS``; None when there are none."""
    kept: list[str] = []
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        low = word.lower().strip("'’\"“”")
        if low in ("and", "&") and _joins_one_name(words[:at], kept):
            kept.insert(0, word)
            continue
        if low in _LEADS or low in _STOPS or low.rstrip(",;:") == "page" or word[-1] in ",;:" or low in ("+", "plus"):
            break
        kept.insert(0, word.strip("'’\"“”()"))
    return _whole(kept)


def _joins_one_name(before: list[str], after: list[str]) -> bool:
    """Whether the "and" between ``before`` and ``after`` is inside one page's name: "a Wreaths and
    Prices page", capitalised each side, after an article or a comma, the first not a page of its
    own ("an About and Contact page" is two)."""
    if not after or not before or not after[0][:1].isupper() or not before[-1][:1].isupper():
        return False
    if norm_words(before[-1]) in name_set("page-names.txt") | name_set("home-names.txt") | {"home"}:
        return False
    return len(before) < 2 or before[-2].lower() in _LEADS or before[-2].endswith(",")


def _whole(words: list[str]) -> str | None:
    """``words`` as a name: one to ``MAX_NAME_WORDS`` words, the first a letter's, without an article."""
    if words and words[0].lower() in _LEADS and not (words[0] == "The" and len(words) > 1 and words[1][:1].isupper()):
        words = words[1:]  # but "The Rules", capitalised, is a name as typed
    words = [w.strip("'’\"“”()") for w in words]
    if not words or len(words) > MAX_NAME_WORDS or not re.match(r"[A-Za-z]", words[0]):
        return None
    return " ".join(words)


def _pieces(text: str) -> list[str]:
    return [p.strip() for p in _JOIN.split(text.strip()) if p.strip()]


def _colon_list(sentence: str) -> list[str]:
    """"pages: home, classes, about" (the list runs to the sentence's end)."""
    found = _COLON_LIST.search(sentence)
    if not found:
        return []
    names = [_whole(piece.split()) for piece in _pieces(found.group(1))]
    return [n for n in names if n] if all(names) else []


def _plural_list(sentence: str) -> list[str]:
    """"Home, Workshops, Shop and About pages": the names before "pages", back to the first piece
    that is not a name ("with", "I'd love a site with")."""
    found = _PLURAL_LIST.search(sentence)
    if not found:
        return []
    names: list[str] = []
    for piece in reversed(_pieces(found.group(1))):
        words = piece.split()
        whole = None if {w.lower().strip(",") for w in words} & _NOT_IN_NAME else _whole(words)
        name = whole or _name(words)
        if name is None:
            break
        names.insert(0, name)
        if whole is None:
            break  # the name was cut from a longer piece ("site with Home"): the list starts here
    return names


def _page_chain(sentence: str) -> list[str]:
    """"a home page, a Prices page and a Contact page": names each followed by "page", one after
    another with only a join (and a short note) between them."""
    chains: list[list[str]] = []
    end = 0
    for match in _ONE_PAGE.finditer(sentence):
        before = sentence[:match.start()]
        if match.group("called"):
            name = match.group("called").strip("\"“”‘’")
            between = _without_lead(sentence[end:match.start()])
            if chains and chains[-1] and _BETWEEN.match(between):
                chains[-1].append(name)
            else:
                chains.append([name])
            end = match.end()
            continue
        if match.group(0).lower() == "one":
            continue
        name = _name(before.split()[-(MAX_NAME_WORDS + 1):])
        if name is None:
            end = match.end()
            chains.append([])
            continue
        start = before.rstrip().rfind(name.split()[0])
        if _REFERENCE.search(sentence[:start]):
            end = match.end()  # "the about page and the team page": pages it has, not new ones
            chains.append([])
            continue
        between = _without_lead(sentence[end:start])
        if chains and chains[-1] and _BETWEEN.match(between):
            chains[-1].append(name)
        else:
            chains.append([name])
        end = match.end()
    if chains and chains[-1]:
        chains[-1].extend(_bare_tail(sentence[end:]))
    return max(chains, key=len, default=[])


def _without_lead(between: str) -> str:
    """The words between two names of a chain without the article of the second: its join."""
    return re.sub(r"\b(?:" + "|".join(_LEADS) + r")\s*$", "", between, flags=re.IGNORECASE).strip()


def _bare_tail(rest: str) -> list[str]:
    """A small site's pages named bare at a chain's end, the sentence ending with them: "a home
    page and a prices page and contact", "a home page, menu and contact"."""
    lead = re.match(r"\s*,?\s*(?:(?:and|plus)\b|&|\+)?", rest, re.IGNORECASE)
    if lead is None or not lead.group(0).strip():
        return []
    rest = rest[lead.end():]
    known = name_set("page-names.txt") | name_set("home-names.txt")
    names = [re.sub(r"^(?:an?|the)\s+", "", piece, flags=re.IGNORECASE) for piece in _pieces(rest.strip(" .!?"))]
    return names if names and all(norm_words(n) in known for n in names) else []


def _home_list(sentence: str) -> list[str]:
    """"Need home, products, shipping, contact.", "Home, Services, About, Contact.": three or more
    short names, one of them home, with nothing but a verb before them."""
    pieces = _pieces(sentence.split(":", 1)[-1])
    if len(pieces) < 3:
        return []
    names = [_name(pieces[0].split())] + [_whole(p.split()) if len(p.split()) <= 3 else None for p in pieces[1:]]
    said = {norm_words(n) for n in names if n}
    if not all(names) or "home" not in said or said & {"more", "etc", "stuff", "things", "everything", "others"}:
        return []
    return [n for n in names if n]


def listed_pages(request: str) -> list[str]:
    """The page names a request lists to have (as typed, each once, home included), or []."""
    if not _HAVING.search(request):
        return []
    for sentence in _SENTENCE.split(request):
        if _NOT_ADDING.search(sentence):
            continue
        for reader in (_colon_list, _plural_list, _page_chain, _home_list):
            names = reader(sentence)
            unique = list({norm_words(n): n for n in names[::-1]}.values())[::-1]
            if len(unique) >= 2:
                return unique
    return []


def names_pages(sentence: str) -> bool:
    """Whether ``sentence`` lists two or more pages ("Need home, products, shipping, contact."):
    a sentence to the app, not about the site."""
    return any(len(reader(sentence)) >= 2 for reader in (_colon_list, _plural_list, _page_chain, _home_list))
