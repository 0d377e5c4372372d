"""A section moved from one page to another, read from the request's words: "Move the Timings from home
page to Contact Us page", "move coaches to its own page Coaches", "Move the venue info from front page to
a new page called Venue", "move the meeting time and place off the front page and onto its own page called
Meetings"; a new page made for content the site shows: "make a Menu page and put the menu there", "make separate
page Shop with these products", "Put the juices on a own page called Juices".

The model has no op for a move; it wrote a rename of the home page (refused: "The home page can't be
moved") or a new page with a placeholder. A move takes the section, whole, off the page it leaves and puts
it at the end of the page it goes to (``move_section``): the section is found by the request's words among
the headings, texts and entries of the page it leaves; words that only point back ("them", "these
products", "the menu") mean the one list of the user's own content that page shows; where no one section of
ours is meant, the model's plan stands.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from app.scaffold.plan import AddPage, MoveSection, Plan
from app.scaffold.pricetyped import PRICE
from app.scaffold.site import SECTION_WORDS, Page, Section, Site, default_section, is_placeholder, norm_words, page_named, slug

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
    # "Put the juices on a own page called Juices", "Put pricing on its own page /pricing"
    re.compile(rf"\b(?:put|give|move)\s+{_WHAT}\s+(?:on|onto|in)\s+(?:a|an|its|their|the)?\s*(?:own|separate|seperate|new)\s+page"
               rf"(?:\s*,?\s*(?:called|named)\s+{_NAME}|\s+/(?P<path>[a-z0-9][a-z0-9-]{{0,40}})\b)", re.IGNORECASE),
    # "make a Menu page and put the menu there", "make separate page Products and move the list there",
    # "Make page Tours and put them there", "make separate page Shop with these products", "make Events page w/ those"
    re.compile(r"\b(?:make|create|add|build|do|start|set\s+up)\s+(?:me\s+)?(?:(?:a|an|one)\s+)?"
               r"(?:(?:separate|seperate|new|own|different|extra|dedicated)\s+)*"
               r"(?:page\s+(?:called\s+|named\s+)?['\"“‘]?(?P<new>[A-Za-z0-9][\w'’&-]*(?:\s+(?-i:[A-Z])[\w'’&-]*){0,3})['\"”’]?"
               r"|['\"“‘]?(?P<new2>[A-Za-z0-9][\w'’&-]*(?:\s+[\w'’&-]+){0,2}?)['\"”’]?\s+page)"
               r"\s*(?:,\s*|\s+(?:and\s+|&\s+|\+\s+)?)(?:(?:then\s+)?(?:move|put|place|shift|show|list)\s+"
               r"(?P<what>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:there|in\s+it|on\s+it|onto\s+it|on\s+that\s+page)\b"
               r"|(?:with|w/)\s+(?P<what2>(?:these|those|that|this|them|it|all)\b(?:\s+[\w'’-]+){0,3}?)"
               r"(?=\s*(?:[.!?,;+\n]|$|\s+(?:and|on|there|please|pls|thanks?|\+)\b)))", re.IGNORECASE),
]
# Words that only point back at content the site shows: "them", "those", "these products", "the list".
_POINTING = frozenset("them they those these it this that everything all list items things products stuff".split())
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
_PRICE_WORDS = frozenset("prices price fees fee rates costs tariffs menu packages".split())
_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)\b|\b\d{1,2}[:.]\d{2}\b", re.IGNORECASE)


def _said_of(word: str, section: Section) -> bool:
    """Whether ``word`` names what ``section`` is or holds (its kind's words, its times, its prices)."""
    shown = " ".join([section.text, *(f"{i.title} {i.text}" for i in section.items)])
    return (word in SECTION_WORDS.get(section.kind, ()) or word in _TIME_WORDS and bool(_TIME.search(shown))
            or word in _PRICE_WORDS and bool(PRICE.search(shown)))


def _theirs(section: Section, site_name: str) -> bool:
    """Whether ``section`` shows the user's own content: entries not the placeholders, or a text of theirs."""
    if section.items or section.tiers:
        return not is_placeholder(section, site_name)
    return bool(section.text) and section.text != default_section(section.kind, site_name).text


def _the_section(page: Page, what: str, site_name: str, pointed: bool = False) -> Section | None:
    """The one section of ``page`` (not its hero) that holds most of ``what``'s words, among the user's own
    content first; ``pointed``: words that name nothing there mean the one list of the user's content; None
    when none or two."""
    said = _words(what) - _LOOSE
    sections = [s for s in page.sections if s.kind != "hero"]
    theirs = [s for s in sections if _theirs(s, site_name)]
    for pool in (theirs, sections):
        scored = [(sum(_holds(w, _section_words(s)) or _said_of(w, s) for w in said), s) for s in pool]
        best = max((n for n, _ in scored), default=0)
        top = [s for n, s in scored if n == best]
        if best > 0:
            # a list beside a text that also says the word ("the juices": the list, not the intro about juice)
            lists = [s for s in top if s.items or s.tiers]
            return top[0] if len(top) == 1 else lists[0] if len(lists) == 1 else None
    lists = [s for s in theirs if s.items or s.tiers]
    pointing = not said or len(said) == 1 and len(_words(what)) <= 3 or bool(_words(what) & _POINTING)
    return lists[0] if pointed and pointing and len(lists) == 1 else None


# What follows a request for a new page with the user's new content for it: "add a FAQ page with these. Q: ...",
# "add a Catering page with that and my email lola@tacolola.com", "a page called Services with these, and their prices:".
_NEW_CONTENT = re.compile(r":|@|\d")


def _brings_its_own(request: str, m: re.Match[str], made: bool) -> bool:
    """Whether the request types the content the new page gets, beside its words for it ("We have a Christmas
    fashion show on Friday 5 December ... Could you put that on a new page called Events?", "add a FAQ page with
    these. Q: ..."): then "that" is that content, not what the site shows. ``made``: the request makes the page."""
    what = m.groupdict().get("what") or m.groupdict().get("what2") or ""
    pointing = not _words(what) - _LOOSE - _POINTING
    return (pointing or made) and bool(_NEW_CONTENT.search(request[:m.start()] + " " + request[m.end():]))


def read(request: str, site: Site | None) -> Plan | None:
    """The plan for a request that moves one section of the site to another page, new or not."""
    if site is None:
        return None
    for pattern in _MOVES:
        m = pattern.search(request)
        if m is None or _brings_its_own(request, m, pattern is _MOVES[-1]):
            continue
        plan = _moved(m, site)
        if plan is not None:
            return plan
    return None


# What a button or a link does, not what moves: "put a button on home 'See our tours' that goes to the tours page".
_NOT_MOVED = re.compile(r"\b(?:button|link|goes|go|going|takes?|leads?|points?|sends?)\b", re.IGNORECASE)


def _moved(m: re.Match[str], site: Site) -> Plan | None:
    groups = {k: v for k, v in m.groupdict().items() if v}
    what = groups.get("what") or groups.get("what2") or ""
    if _NOT_MOVED.search(what):
        return None
    if not _words(what) - _LOOSE:
        before = _SAID_BEFORE.search(m.string, 0, m.start())
        if before is None and not _words(what) & _POINTING:
            return None
        what = before.group("before") if before is not None else what
    sources = [page_named(site, groups["src"], home=True)] if groups.get("src") else list(site.pages)
    found = [(p, s) for p in sources if p is not None for s in [_the_section(p, what, site.name)] if s is not None]
    if not found:  # "them", "the menu": the one list of the user's content on the page it leaves (home, unless said)
        leaves = sources[0] if groups.get("src") else site.page("/")
        pointed = _the_section(leaves, what, site.name, pointed=True) if leaves is not None else None
        found = [(leaves, pointed)] if leaves is not None and pointed is not None else []
    if len(found) != 1:
        return None
    page, section = found[0]
    ops: list[Any] = []
    title = (groups.get("new") or groups.get("new2") or "").strip() or _title_of(what, groups.get("path", ""))
    if groups.get("dst"):
        target = page_named(site, groups["dst"], home=True)
        if target is None:
            return None
        route = target.route
    else:
        route = "/" + slug(title)
        if not slug(title) or site.page(route) is not None:
            return None
        try:
            ops.append(AddPage(op="add_page", title=title[:1].upper() + title[1:], route=route))
        except ValidationError:
            return None
    if route == page.route:
        return None
    index = [s for s in page.sections if s.kind == section.kind].index(section)
    ops.append(MoveSection(op="move_section", route=page.route, kind=section.kind, index=index, to=route))
    return Plan(ops=ops)


def _title_of(what: str, path: str) -> str:
    """The new page's title where the request names none: from its address ("/pricing") or the one word
    that says what moves ("put the menu on its own page")."""
    if path:
        return path.replace("-", " ").title()
    said = [w for w in norm_words(what).split() if w not in _LOOSE and w not in _POINTING]
    return said[0].title() if len(said) == 1 else ""
