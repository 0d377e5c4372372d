"""A new page the model made of a page the site has.

"The Join Us page is missing the sibling discount, it's $20 off each sibling." The model added a
page "Us" at /us with the discount on it; the user meant the page they have, /join-us. A page the
plan adds whose name is part of the name of the one page the request names that the site has (by
its name followed by "page": ``contentfit.named_page``), in a request that asks for no new page,
is that page: the new page goes, and what the plan put on it goes on the page the site has. And the content of a
request for a new page goes on that page, not on home ("add page prices. battery change 35rb, ...": the list had gone
on the home page, the Prices page empty).
"""

from __future__ import annotations

import re
from typing import Any

from app.scaffold.contentfit import routes_of
from app.scaffold.pagename import HOME_WORDS, named_page
from app.scaffold.plan import AddItems, AddPage, AddSection
from app.scaffold.site import Site, norm_words

# Asking for a page that is not there yet: "add a page", "new page", "a page called", "create".
_NEW_PAGE = re.compile(r"\b(?:new|another|extra|second|separate)\s+(?:\w+\s+){0,3}page\b|\b(?:add|make|create|build|start)"
                       r"\s+(?:a|an|me\s+a|us\s+a)\s+(?:\w+\s+){0,4}page\b|\bpage\s+(?:called|named|titled)\b",
                       re.IGNORECASE)


def _title_words(site: Site, route: str) -> set[str]:
    page = next((p for p in site.pages if p.route == route), None)
    words = norm_words(page.title if page else "") + " " + norm_words(route.rsplit("/", 1)[-1])
    return set(words.split())


def onto_pages_it_has(ops: list[Any], request: str, site: Site | None) -> list[Any]:
    """``ops`` with a new page that is a page the site has taken out, and what went on it moved there."""
    if site is None or _NEW_PAGE.search(request):
        return ops
    routes = routes_of(site)
    had = named_page(request, routes)
    if had is None:
        return ops
    moved = {op.route: had for op in ops if isinstance(op, AddPage) and op.route not in routes
             and set(norm_words(op.title).split()) <= _title_words(site, had)}
    if not moved:
        # content for a page neither the site nor the plan has, where the request names one the site has ("add our team
        # on the page Our Story: ..." put at "/our-team")
        made = {op.route for op in ops if isinstance(op, AddPage)}
        lost = {op.route for op in ops if isinstance(op, (AddItems, AddSection)) and op.route not in routes and op.route not in made}
        return [op.model_copy(update={"route": had}) if getattr(op, "route", None) in lost else op for op in ops]
    return [op.model_copy(update={"route": moved[op.route]}) if getattr(op, "route", None) in moved else op
            for op in ops if not (isinstance(op, AddPage) and op.route in moved)]


def without_pageless(ops: list[Any], site: Site | None) -> list[Any]:
    """``ops`` without content put on a page that neither the site nor the plan has, beside other ops ("ok just link
    my instagram then, instagram.com/x": the link, and the model's items for a page "/instagram" that is not there,
    which would fail the whole turn); alone, it stays, for the turn to say the page is missing."""
    if site is None:
        return ops
    routes = {*routes_of(site), *(op.route for op in ops if isinstance(op, AddPage))}
    kept = [op for op in ops if not (isinstance(op, (AddItems, AddSection)) and op.route not in routes)]
    return kept if kept else ops


def onto_the_new_page(ops: list[Any], request: str) -> list[Any]:
    """``ops`` with the content they put on the home page moved onto the one page they add, where the request names
    that page and not the home page."""
    pages = [op for op in ops if isinstance(op, AddPage)]
    if len(pages) != 1 or HOME_WORDS.search(request) or pages[0].route == "/" \
            or f" {norm_words(pages[0].title)} " not in f" {norm_words(request)} ":
        return ops
    return [op.model_copy(update={"route": pages[0].route}) if isinstance(op, (AddItems, AddSection)) and op.route == "/" else op
            for op in ops]
