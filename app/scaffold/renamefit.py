"""A page's rename read with the page's name as the site has it: "Rename Learn to Ride to Lessons",
"rename the page Patterns and Yarn to Shop Window", "change Book the Band to just Bookings", "The
menu still says Swim Times. Could it say Swim Schedule instead please?", "its still called price list
in the menu, i want it to say Prices".

A name of several words holds "to", "and" or "the"; read by a pattern alone, the old name stops at
its first small word ("Learn", "Where"), which is no page, and the request was read as some other
edit (a page "Ride to Lessons", the words "the Band" replaced on the page). Here each of the site's
page names is tried where the request says it, longest first, so the old name is a whole page's.
"""

from __future__ import annotations

import re
from typing import Any

from app.scaffold.coverage import typed_content
from app.scaffold.pagelist import as_title
from app.scaffold.pagename import YEAR_LAST, new_title
from app.scaffold.plan import RenamePage, SetText
from app.scaffold.site import Site, norm_words

# What asks for a new name, just before the page's present one.
# "Change name of menu Rooms to Stay with us": the name of the menu's entry; "change name "About me" to "About Pavel""
# "Page name Collection -> The Machines", "the page name 'About me' should be 'Our story'": the name said, then the page's
_ASK = re.compile(r"(?:\b(?:rename|change|call)\s+(?:(?:the\s+)?name\s+(?:of\s+)?)?(?P<own>the\s+(?:page\s+)?|my\s+|our\s+)?"
                  r"(?:(?:menu|nav)\s+(?:item\s+|link\s+|tab\s+|button\s+)?|page\s+)?|\bpage\s+name\s+)['\"“‘]?", re.IGNORECASE)
# What the menu shows now: "the menu still says Nights", "its still called price list in the menu".
_SHOWN = re.compile(r"\b(?:menu|nav|navigation|navbar|tab|link)\b[^.!?]{0,20}?\b(?:says|reads|shows|is)\s+['\"“‘]?"
                    r"|\bstill\s+(?:called|named|says)\s+['\"“‘]?", re.IGNORECASE)
# After the present name: what joins it to the new one.
# "'X' in the menu to 'Y'", "the X page and menu to Y", "X -> Y", "'X' should be 'Y'", "X page rename to Y"
_TO = re.compile(r"['\"”’]?(?:\s+page)?(?:\s+(?:in|on)\s+the\s+(?:menu|nav\w*)|\s+and\s+(?:the\s+)?(?:menu|nav\w*|link|tab))?"
                 r"(?:\s+(?:to|as|into)\s+|\s*(?:->|→|=>)\s*|\s+should\s+(?:be|say|read)\s+|\s+(?:please\s+)?renam\w*\s+(?:it\s+)?to\s+"
                 r"|\s+(?:please\s+)?change[sd]?\s+(?:it\s+)?to\s+)",  # "page name Boards change to The Quiver"
                 re.IGNORECASE)
_WANTS = re.compile(r"\b(?:say|read|be|be\s+called|called)\s+", re.IGNORECASE)
_IN_MENU = re.compile(r"^['\"”’]?(?:\s+(?:in|on)\s+the\s+(?:menu|nav\w*))?", re.IGNORECASE)
# The new name ends at a sentence's end or at words that are not part of it.
# "and" ends it before more asked ("... to Join Us and add ..."), not inside a name ("Repairs and Prices",
# "prices and repairs" at the end of the sentence).
_NEW = re.compile(r"(?:just\s+|simply\s+)?['\"“‘]?(?P<new>[^'\"”’.,!?;:]{1,40}?)['\"”’]?"
                  r"(?=\s*(?:[.,!?;:]|$|\s+(?:and(?!\s+(?-i:[A-Z]))(?!\s+[\w'’]+(?:\s+[\w'’]+)?\s*(?:[.,!?]|$))|"
                  r"please|pls|instead|everywhere|across|throughout|in\s+the|on\s+the|it|as|now)\b))", re.IGNORECASE)
_RENAMED_AFTER = re.compile(r"(?:\s+page)?\s*,?\s+(?:please\s+|pls\s+)?(?:renam\w*|change\s+(?:the\s+|its\s+)?name|name\s+change)\s+(?:it\s+)?(?:to|as)\s+",
                            re.IGNORECASE)
MAX_BETWEEN = 60  # "the menu still says Nights, can it say Upcoming Nights": the words between the two names


# A page's rename said with its name, as people say it (``itemfit.page_rename``): "rename the Our Story page to 'How We Met'".
_RENAME = re.compile(r"\brenam(?:e|ing)\s+(?:the\s+|my\s+)?['\"“‘]?(?P<old>[\w'’ &-]{1,40}?)['\"”’]?(?:\s+page)?"
                     r"\s+(?:to|as|into)\s+['\"“‘]?(?P<new>[^'\"”’.,!?;]{1,40}?)['\"”’]?"
                     # "... to 'Flying Days' — it's catchier": what follows a dash is why
                     r"(?=\s*(?:[.,!?;]|$|\s[-–—]\s|\s+(?:and(?!\s+[A-Z])|please|pls|instead|everywhere|across|throughout|in the|on the)\b))", re.IGNORECASE)


# The same said otherwise: "I would prefer the How It Works page to be called Getting Started",
# "call the Shop page Gallery", "change the name of the Visit page to Find Us", "It's still called
# Meet the Crew, can you change it to Crew?".
_PAGE_NEW = r"['\"“‘]?(?P<new>[^'\"”’.,!?;]{1,40}?)['\"”’]?(?=\s*(?:[.,!?;]|$|\s+(?:and(?!\s+[A-Z])|please|pls|instead|everywhere)\b))"
_PAGE_OLD = r"['\"“‘]?(?P<old>[\w'’ &-]{1,40}?)['\"”’]?"
PAGE_RENAMES = (_RENAME, *(re.compile(p, re.IGNORECASE) for p in (
    rf"\bthe\s+{_PAGE_OLD}\s+page\s+(?:to\s+be|should\s+be|be)\s+called\s+{_PAGE_NEW}",
    rf"\bcall\s+the\s+{_PAGE_OLD}\s+page\s+{_PAGE_NEW}",
    # "Please change Reviews to be called Testimonials"
    rf"\b(?:change|make)\s+(?:the\s+)?{_PAGE_OLD}(?:\s+page)?\s+(?:to\s+)?be\s+called\s+{_PAGE_NEW}",
    rf"\bchange\s+(?:the\s+)?(?:name|title)\s+of\s+(?:the\s+)?{_PAGE_OLD}\s+page\s+to\s+{_PAGE_NEW}",
    # "The course page, change the title from Corsi to Courses": the page named first, its name from one to the other
    rf"\bpage\s*,?\s+(?:please\s+)?change\s+(?:the\s+)?(?:name|title)\s+from\s+{_PAGE_OLD}\s+to\s+{_PAGE_NEW}",
    # "the page Contact please rename it to 'Find Us'"
    rf"\bthe\s+page\s+{_PAGE_OLD}\s*,?\s+(?:please\s+|pls\s+|can\s+you\s+|could\s+you\s+)?(?:rename|call)\s+it\s+(?:to\s+)?{_PAGE_NEW}",
    # "Please change the page name Groups to Singers", "change the name of the page Groups to Singers"
    # (not "the page title of the gallery": the heading it shows, which a page's name need not be)
    rf"\b(?:change|rename)\s+(?:the\s+)?(?:page\s+(?:name|called)|name\s+of\s+(?:the\s+)?page)\s+(?:from\s+)?{_PAGE_OLD}\s+to\s+{_PAGE_NEW}",
    # "Helen has asked that her page be called 'Our Musical Director' rather than 'Our Conductor'"
    r"\bpage\s+(?:to\s+be|be|should\s+be)\s+called\s+['\"“‘]?(?P<new>[^'\"”’.,!?;]{1,40}?)['\"”’]?\s+(?:rather\s+than|instead\s+of)\s+"
    r"['\"“‘]?(?P<old>[\w'’ &-]{1,40}?)['\"”’]?(?=\s*(?:[.,!?;]|$))",
    rf"\b(?:still\s+)?called\s+{_PAGE_OLD}\s*,?\s+(?:can\s+you\s+|could\s+you\s+|please\s+)?(?:change|rename)\s+it\s+to\s+{_PAGE_NEW}",
    # "menu still says products. change to The Workshop", "The tab still reads Shop, please rename it to Gallery"
    rf"\b(?:menu|nav|navigation|tab|link)(?:\s+bar)?\s+still\s+(?:says|reads|shows)\s+{_PAGE_OLD}\s*[.,;!-]*\s*(?:please\s+|pls\s+|"
    rf"can\s+you\s+|could\s+you\s+)?(?:change|rename)\s+(?:it\s+|that\s+)?to\s+(?:say\s+|read\s+)?{_PAGE_NEW}",
)))


def _names(site: Site) -> list[tuple[str, str]]:
    """(name, route) of each page but home, by title, nav label and route, longest first."""
    labels = {link.href: link.label for link in site.nav}
    found = {(name, p.route) for p in site.pages if p.route != "/"
             for name in (p.title, labels.get(p.route, ""), p.route.rsplit("/", 1)[-1].replace("-", " ")) if name}
    return sorted(found, key=lambda f: -len(f[0]))


def _page_at(request: str, at: int, site: Site) -> tuple[str, int] | None:
    """The route of the page whose name the request says at ``at``, and where that name ends."""
    for name, route in _names(site):
        end = at + len(name)
        if request[at:end].casefold() == name.casefold() and not request[end:end + 1].isalnum():
            return route, end
    return None


def _new_name(text: str) -> str:
    m = _NEW.match(text)
    if m is None:
        return ""
    name = as_title(new_title(re.sub(r"\s+(?:can|ok|okay)\s*\?*$", "", m.group("new"))))  # "join us" typed is the page "Join Us"
    return "" if not name or typed_content(YEAR_LAST.sub("", name)) or name[0].isdigit() else name


def rename(request: str, site: Site) -> tuple[str, str] | None:
    """(route, new title) of the page the request renames, said with its present name; None when
    it renames none, or the new name is no name (a price, a time)."""
    for m in _ASK.finditer(request):
        # "rename Our Stories -> Puppet Stories": "our" may be the page's own first word (the longer name first: "Our
        # Instructors", not "Instructors", where the site has both)
        page = (_page_at(request, m.start("own"), site) if m.group("own") else None) or _page_at(request, m.end(), site)
        joined = _TO.match(request, page[1]) if page else None
        if page and joined and (name := _new_name(request[joined.end():])):
            return page[0], name
    # "The tournament page rename to Club Open 2027 can?", "Our Stories page name change to Puppet Stories": the page, then the ask
    for name, route in _names(site):
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", request, re.IGNORECASE):
            joined = _RENAMED_AFTER.match(request, m.end())
            if joined and (new := _new_name(request[joined.end():])):
                return route, new
    for m in _SHOWN.finditer(request):
        page = _page_at(request, m.end(), site)
        if page is None:
            continue
        rest = request[page[1]:page[1] + MAX_BETWEEN + 40]
        rest = rest[_IN_MENU.match(rest).end():]  # type: ignore[union-attr]  # the pattern matches empty
        wants = _WANTS.search(rest, 1)
        if wants and wants.start() <= MAX_BETWEEN and (name := _new_name(rest[wants.end():])) \
                and norm_words(name) != norm_words(request[m.end():page[1]]):
            return page[0], name
    return None


def without_echoes(ops: list[Any]) -> list[Any]:
    """``ops`` without a site name or heading set to the new name a page's rename in the same plan gives ("Please rename
    'Our Pilots' page to 'Team' and address also /team": the model also named the site "Team")."""
    renames = [op for op in ops if isinstance(op, RenamePage) and op.title]
    echoed = {(norm_words(op.title), route) for op in renames for route in (op.route, op.new_route)}
    return [op for op in ops if not (isinstance(op, SetText) and op.target in ("site_name", "title")
                                     and (norm_words(op.text), op.route) in echoed)]
