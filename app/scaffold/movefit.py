"""A section moved from one page to another, read from the request's words: "Move the Timings from home
page to Contact Us page", "move coaches to its own page Coaches", "Move the venue info from front page to
a new page called Venue", "move the meeting time and place off the front page and onto its own page called
Meetings".

The model has no op for a move; it wrote a rename of the home page (refused: "The home page can't be
moved") or a new page with a placeholder. A move is the section's own content added where it goes and the
section taken off where it was: the section is found by the request's words among the headings, texts and
entries of the page it leaves, and where no one section of ours holds them the model's plan stands.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from app.scaffold.plan import AddItems, AddPage, AddSection, Entry, Plan, RemoveSection
from app.scaffold.pricefit import PRICE
from app.scaffold.site import SECTION_WORDS, Page, Section, Site, norm_words, page_named, slug

_WHAT = r"(?:the\s+|our\s+|all\s+(?:the\s+)?|my\s+)?(?P<what>[^\n.!?,;]{2,50}?)"
_HOME = r"(?:home|front|main|first|landing)(?:\s+page)?"
_FROM = rf"\s+(?:from|off|out\s+of)\s+(?:the\s+)?(?P<src>{_HOME}|[A-Za-z][\w'’& ]{{0,30}}?\s+page)(?:\s+and)?"
_NAME = r"['\"“‘]?(?P<new>[A-Za-z0-9][\w'’& -]{0,40}?)['\"”’]?(?=\s*(?:[.!?,;\n]|$|\s+(?:and|please|pls|thanks?|not|instead|under|below|too|as\s+well)\b))"
_TO = (r"\s+(?:on)?to\s+(?:(?:(?:its|their)\s+)?own\s+(?:new\s+)?page|(?:a\s+)?(?:new|separate|different)\s+page)"
       rf"(?:\s*,?\s*(?:called|named)?\s+{_NAME})"
       r"|\s+(?:on)?to\s+(?:the\s+)?['\"“‘]?(?P<dst>[A-Za-z][\w'’& ]{0,30}?)['\"”’]?\s+page\b")
_MOVES = [
    # not "take people to the Adopt page": where a button sends its visitors
    re.compile(rf"\b(?:move|put|shift|transfer|take)\s+(?!(?:people|you|them|visitors|users|guests|customers|folks)\b){_WHAT}"
               rf"(?:{_FROM})?(?:{_TO})", re.IGNORECASE),
    # "put the membership stuff on its own page called join, not home"
    re.compile(rf"\b(?:put|give)\s+{_WHAT}\s+(?:on|onto|its\s+own)\s+(?:its|their)?\s*own\s+page\s*,?\s*(?:called|named)\s+{_NAME}",
               re.IGNORECASE),
]
# Words that say what a section is, not what it holds.
_LOOSE = frozenset("the a an our my all info information stuff details detail bit part section bits and of on in "
                   "from page list text lines line it them this that these those".split())
# "take the league table off the home page, put it on its own page called Table": what "it" is, said before
_SAID_BEFORE = re.compile(r"\b(?:take|move|get|pull)\s+" + _WHAT.replace("what", "before") + r"\s+(?:off|out\s+of|from)\b",
                          re.IGNORECASE)


def _words(text: str) -> set[str]:
    return set(norm_words(text).split())


def _holds(request_word: str, words: set[str]) -> bool:
    """A word of the request the section holds: the same word, or one that begins with the other (4 letters
    or more: "meeting" of "meet", "coaches" of "coach")."""
    return any(w == request_word or min(len(w), len(request_word)) >= 4
               and (w.startswith(request_word[:max(4, len(request_word) - 2)]) or request_word.startswith(w))
               for w in words)


def _section_words(section: Section) -> set[str]:
    return _words(" ".join([section.heading, section.text, *(f"{i.title} {i.text}" for i in section.items)]))


# What a section holds, said by what it is: "the timings" of a list of times, "the fees" of a list of prices.
_TIME_WORDS = frozenset("hours timings times time timetable schedule opening".split())
_PRICE_WORDS = frozenset("prices price fees fee rates costs tariffs".split())
_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)\b|\b\d{1,2}[:.]\d{2}\b", re.IGNORECASE)


def _said_of(word: str, section: Section) -> bool:
    """Whether ``word`` names what ``section`` is or holds (its kind's words, its times, its prices)."""
    shown = " ".join([section.text, *(f"{i.title} {i.text}" for i in section.items)])
    return (word in SECTION_WORDS.get(section.kind, ()) or word in _TIME_WORDS and bool(_TIME.search(shown))
            or word in _PRICE_WORDS and bool(PRICE.search(shown)))


def _the_section(page: Page, what: str) -> Section | None:
    """The one section of ``page`` (not its hero) that holds most of ``what``'s words; None when none or two."""
    said = _words(what) - _LOOSE
    if not said:
        return None
    scored = [(sum(_holds(w, _section_words(s)) or _said_of(w, s) for w in said), i)
              for i, s in enumerate(page.sections) if s.kind != "hero"]
    best = max((n for n, _ in scored), default=0)
    top = [i for n, i in scored if n == best]
    return page.sections[top[0]] if best > 0 and len(top) == 1 else None


def _content_ops(section: Section, route: str) -> list[AddItems | AddSection] | None:
    """``section``'s own content, added at ``route``; None for what ops cannot carry (tiers, more than 8 entries)."""
    if section.tiers or len(section.items) > 8:
        return None
    if section.items:
        entries = [Entry(title=i.title[:80], text=i.text[:200]) for i in section.items if i.title]
        return [AddItems(op="add_items", route=route, kind=section.kind, items=entries, heading=section.heading[:60])]
    if section.text or section.heading:
        return [AddSection(op="add_section", route=route, kind=section.kind, heading=section.heading[:60],
                           text=section.text[:400])]
    return None


def read(request: str, site: Site | None) -> Plan | None:
    """The plan for a request that moves one section of the site to another page, new or not."""
    if site is None:
        return None
    for pattern in _MOVES:
        m = pattern.search(request)
        if m is None:
            continue
        plan = _moved(m, site)
        if plan is not None:
            return plan
    return None


def _moved(m: re.Match[str], site: Site) -> Plan | None:
    groups = dict(m.groupdict())
    if not _words(groups["what"]) - _LOOSE:
        before = _SAID_BEFORE.search(m.string, 0, m.start())
        if before is None:
            return None
        groups["what"] = before.group("before")
    sources = [page_named(site, groups["src"], home=True)] if groups.get("src") else list(site.pages)
    found = [(p, s) for p in sources if p is not None for s in [_the_section(p, groups["what"])] if s is not None]
    if len(found) != 1:
        return None
    page, section = found[0]
    ops: list[Any] = []
    if groups.get("dst"):
        target = page_named(site, groups["dst"], home=True)
        if target is None:
            return None
        route = target.route
    else:
        title = (groups.get("new") or "").strip()
        route = "/" + slug(title)
        if not slug(title) or site.page(route) is not None:
            return None
        try:
            ops.append(AddPage(op="add_page", title=title[:1].upper() + title[1:], route=route))
        except ValidationError:
            return None
    if route == page.route:
        return None
    content = _content_ops(section, route)
    if content is None:
        return None
    index = [s for s in page.sections if s.kind == section.kind].index(section)
    ops += [*content, RemoveSection(op="remove_section", route=page.route, kind=section.kind, index=index)]
    return Plan(ops=ops)
