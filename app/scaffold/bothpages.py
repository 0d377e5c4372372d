"""Content said to go on two pages at once: "address 117 Rye Lane, London SE15 4ST. put it on home and prices
page", "the studio adress: Rua de São Miguel 22 ... on home and on classes page".

The model declined or wrote one section, and the page it was read onto was a new page "Home and Prices" or
one of the two. Here the one section (or list) the plan adds goes on each page named, both pages the site
has, and a page made of the two names goes.
"""

from __future__ import annotations

import re
from typing import Any

from app.scaffold.plan import AddItems, AddPage, AddSection, Decline
from app.scaffold.site import Site, norm_words, page_named

_NAME = r"[\w'’&]+(?:\s+[\w'’&]+)?"
# ... or "page" said after the first alone, the second ending the request: "Put it on the home page and on contact."
_BOTH = re.compile(rf"\bon\s+(?:the\s+)?(?P<a>{_NAME}?)(?P<pa>\s+page)?\s+(?:and|&|\+)\s+(?:on\s+)?(?:the\s+)?(?P<b>{_NAME}?)"
                   r"(?:\s+pages?\b|(?P<last>(?=\s*[.!]*\s*$)))", re.IGNORECASE)


def _named(request: str, site: Site) -> tuple[list[str], set[str]]:
    """The routes of the two pages the request puts its content on, where the site has both ([] else), and
    the words of their names."""
    m = _BOTH.search(request)
    if m is None or m.group("last") is not None and not m.group("pa"):
        return [], set()
    pages = [page_named(site, m.group(g), home=True) for g in ("a", "b")]
    routes = [p.route for p in pages if p is not None]
    if not routes:
        return [], set()  # "on the terms and conditions page": one page's name, of a page to make
    return (routes if len(set(routes)) == 2 else []), set(norm_words(f"{m.group('a')} {m.group('b')}").split())


def spread(ops: list[Any], request: str, site: Site | None) -> list[Any]:
    """``ops`` with the one section or list they add on each of the two pages the request names; a decline
    where it names a page the site does not have and the model made a page of the two names."""
    if site is None:
        return ops
    routes, said = _named(request, site)
    both = said | {w for route in routes if (p := site.page(route)) for w in norm_words(p.title).split()} | {"home"}
    # a page the model made of the two names ("Home and Prices"): not a page asked for
    made = {op.route for op in ops if isinstance(op, AddPage) and said and set(norm_words(op.title).split()) - {"and"} <= both
            and len(norm_words(op.title).split()) > 1}
    if not routes:
        return [Decline(op="decline")] if made else ops  # "on home and gallery page" of a site with no gallery
    adds = [op for op in ops if isinstance(op, (AddSection, AddItems)) and (op.route in routes or op.route in made)]
    if len(adds) != 1:
        return ops
    add = adds[0]
    kept = [op for op in ops if op is not add and not (isinstance(op, AddPage) and op.route in made)]
    return [*kept, *(add.model_copy(update={"route": route}) for route in routes)]
