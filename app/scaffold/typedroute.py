"""A new page goes at the address the request types for it ("a page 'Devenir bénévole' (become
volunteer), at the address /benevoles, explaining: ..."), whichever reading made the page: the
model's plan, or a reading of the page's content that routes it by its title; and a page the request
names in quotes ("Call it "How to Play"") at that name's address, not at one the model made of other words
("/learn-the-rule" for "a page for learning the rules"); a page name typed with a letter dropped at the name's
address ("pricng page" at "/pricing"). What the plan puts on that page follows it there."""

from __future__ import annotations

import re
from typing import Any

from app.scaffold import explicit, pagename
from app.scaffold.plan import AddPage
from app.scaffold.site import Site, slug

# A path said as where something points ("a button that goes to /book") is a link's, not the page's.
_LINKED = re.compile(r"\b(?:link(?:s|ed|ing)?|button|goes\s+to|go\s+to|takes?\s+(?:you|people|them)\s+to|points?\s+to|redirects?)\b",
                     re.IGNORECASE)
_ROUTE_SLOTS = ("route", "href")
_CALLED = re.compile(r"\b(?:call(?:ed)?\s+it|name(?:d)?\s+it|called|named|titled)\s+[\"“‘'](?P<title>[^\"“”‘’']{2,40})[\"”’']", re.IGNORECASE)


def _named_route(request: str, pages: list[AddPage]) -> str | None:
    """The address of the one new page's name as the request quotes it, where the plan titled it so."""
    called = _CALLED.findall(request)
    if len(pages) != 1 or len(called) != 1 or called[0].strip() != pages[0].title.strip():
        return None
    return "/" + slug(pages[0].title) if slug(pages[0].title) else None


def kept(ops: list[Any], request: str, site: Site | None) -> list[Any]:
    """``ops`` with their one new page at the one new path the request types; ``ops`` as they are
    when the request types none, or several, or says it as a link's target."""
    routes = [page.route for page in site.pages] if site is not None else ["/"]
    pages = [op for op in ops if isinstance(op, AddPage)]
    respelt = pagename.respelt(pages[0].title) if len(pages) == 1 else None  # "pricng page. Free £0, ..."
    typed = explicit.new_route(request, routes) or _named_route(request, pages) or ("/" + slug(respelt) if respelt else None)
    if typed in routes:
        return ops
    if respelt:
        ops = [op.model_copy(update={"title": respelt}) if op is pages[0] else op for op in ops]
        pages = [op for op in ops if isinstance(op, AddPage)]
    if typed is None or len(pages) != 1 or _LINKED.search(request):
        return ops
    old = pages[0].route or "/" + slug(pages[0].title)
    if old == typed or any(getattr(op, slot, None) == typed for op in ops for slot in _ROUTE_SLOTS):
        return ops
    return [op.model_copy(update={slot: typed for slot in _ROUTE_SLOTS if getattr(op, slot, None) == old}
                          | ({"route": typed} if op is pages[0] else {})) for op in ops]
