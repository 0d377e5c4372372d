"""Edits of the navigation and of a page's name, read from the request's own words:
"change Advice to Thatch Advice in the menu", "take About off the menu", "About is still in
the menu, take it off" (the page goes: it was meant to), "rename the prices page to Rates".

The model has no op for a link's label or for taking a link out, and read "rename prices page to
Rates" as the home page's title: these requests name a link the site's navigation shows or a
page it has, so they are read here and never guessed at (a name the site does not show is left
to the model).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from app.scaffold import explicit
from app.scaffold.pagename import new_title
from app.scaffold.plan import EditNavLink, Plan, RemovePage, RenamePage
from app.scaffold.site import Site, norm_words, page_named, slug

_Q = "['\"“”‘’]?"
_NAME = r"[A-Za-z][\w'’&]*(?:\s+[A-Za-z0-9][\w'’&]*){0,3}?"  # lazy: "About is still" is About
# an old name said first, among the words before it ("I think Visit Us"): up to six words, the page's among the last
_OLD = r"[A-Za-z][\w'’&]*(?:[ \t]+[A-Za-z0-9][\w'’&]*){0,5}"
_MENU = r"(?:the\s+)?(?:top\s+)?(?:menu(?:\s+bar)?|nav(?:igation)?(?:\s+bar)?|navbar|header)"
_NEW_WORDS = r"['\"“‘]?(?P<new>[A-Za-z0-9][^'\"”’.!?,;]{0,40}?)['\"”’]?"
# The new name ends with its clause: "... to Rates in the menu", "... to Questions and put it in the nav".
_NEW = _NEW_WORDS + (r"\s*(?:[.!?;,]|\s+(?:in|on)\s+(?:the\s+)?(?:top\s+)?(?:menu|nav\w*|navbar|header)\b|"
                     # "... to Questions and put it in the nav", but "... to Repairs and Prices"
                     r"\s+(?:and(?=\s+(?:put|make|add|keep|move|link|change|set|then|also|remove|update|use|it)\b)|"
                     r"everywhere|please|pls|thanks?|too|so|because|since)\b|$)")
# "change Advice to Thatch Advice in the menu", "change 'Commissions' in the nav to 'Prices'" (a "rename" of
# a page renames the page, and its link with it: ``_RENAME``)
_RELABEL = [
    re.compile(rf"\b(?:change|relabel)\s+(?:the\s+)?{_Q}(?P<old>{_NAME}){_Q}(?:\s+(?:link|tab|button))?\s+"
               rf"(?:in|on)\s+{_MENU}\s+(?:to|so it says|to say)\s+{_NEW}", re.IGNORECASE),
    re.compile(rf"\b(?:change|relabel)\s+(?:the\s+)?{_Q}(?P<old>{_NAME}){_Q}(?:\s+(?:link|tab|button))?\s+"
               rf"(?:to|so it says|to say)\s+{_NEW_WORDS}\s+(?:in|on)\s+{_MENU}", re.IGNORECASE),
    re.compile(rf"\b{_MENU}\s+still\s+says\s+{_Q}(?P<old>{_NAME}){_Q}[,.;]?\s+(?:please\s+)?(?:change|rename)\s+"
               rf"(?:it|that)\s+to\s+{_NEW}", re.IGNORECASE),
    re.compile(rf"\b(?:in|on)\s+{_MENU},?\s+(?:change|relabel)\s+{_Q}(?P<old>{_NAME}){_Q}\s+to\s+{_NEW}",
               re.IGNORECASE),
    # "In the menu, can the link say 'Shop' instead of 'Works'?"
    re.compile(rf"\b(?:in|on)\s+{_MENU},?\s+(?:(?:can|could|should)\s+)?(?:the\s+)?(?:link|tab)\s+(?:say|read|be)\s+"
               rf"{_NEW_WORDS}\s+instead\s+of\s+{_Q}(?P<old>{_NAME}){_Q}(?=[\s.,;!?]|$)", re.IGNORECASE),
]
# "take About off the menu", "remove the Shipping link from the nav": the link goes, the page stays
_UNLINK = [
    re.compile(rf"\b(?:remove|take|delete|drop|get rid of|hide)\s+(?:the\s+)?{_Q}(?P<old>{_NAME}){_Q}"
               rf"(?:\s+(?:link|tab|button))?\s+(?:off|out of|from)\s+{_MENU}", re.IGNORECASE),
]
# "About is still in the menu, take it off", "About still in menu. Delete it.": said after a page was
# meant to go (of such retries in the user sets, every one followed "remove the About page"), so
# the page goes, and its link with it.
_STILL_LISTED = re.compile(rf"^\W*{_Q}(?P<old>{_NAME}){_Q}(?:\s+(?:link|tab|button|page))?\s+(?:is\s+)?still\s+"
                           rf"(?:in|on)\s+{_MENU}\W+(?:please\s+)?(?:take\s+it\s+(?:off|out)|remove\s+it|"
                           r"get\s+rid\s+of\s+it|delete\s+it|drop\s+it)\b", re.IGNORECASE)
# "Theme page is still there. Delete it.", "Take the Theme page out of the menu and delete it.": the page goes
_REMOVE_PAGE = [
    re.compile(rf"^\W*(?:the\s+)?{_Q}(?P<old>{_NAME}){_Q}\s+page\s+(?:is\s+)?still\s+(?:there|up|showing|live|on the site)\W+"
               r"(?:please\s+)?(?:delete|remove|take\s+(?:it\s+)?down|get\s+rid\s+of)\b", re.IGNORECASE),
    re.compile(rf"\b(?:take|remove)\s+(?:the\s+)?{_Q}(?P<old>{_NAME}){_Q}\s+page\s+(?:out\s+of|off|from)\s+{_MENU}\s*,?\s+"
               r"and\s+(?:then\s+)?(?:delete|remove)\s+(?:it|the page)\b", re.IGNORECASE),
]
# "rename the prices page to Rates", "rename fixtures to Matches", "call the Gigs page Shows", "Rename page
# Board Members to Who We Are", "change the policies page name to Studio Rules", "Change the name Walks to Walk Programme"
_RENAME = [
    re.compile(rf"\b(?:rename|change\s+the\s+(?:page\s+)?name(?:\s+of)?)\s+(?:the\s+)?(?:page\s+)?{_Q}(?P<old>{_NAME}){_Q}"
               rf"(?:\s+page)?\s+(?:to|as|into)\s+{_NEW}", re.IGNORECASE),
    # a page's "name", not its "title": "Change the products page title to New Arrivals" is its heading, at /products
    re.compile(rf"\bchange\s+(?:the\s+)?{_Q}(?P<old>{_NAME}){_Q}\s+page(?:'s|’s)?\s+name\s+(?:to|into)\s+{_NEW}",
               re.IGNORECASE),
    re.compile(rf"\bcall\s+the\s+{_Q}(?P<old>{_NAME}){_Q}\s+page\s+{_NEW}", re.IGNORECASE),
    # the name said first: "Prices should be called Fees", "'Our Members' should just be called 'Members'", "the
    # Contact page is called Find Us", "Visit Us is not a good name, please call it Find Us", "The page name Dogs
    # for Adoption is too long\nCan it just be Our Dogs" (``_page`` finds the page among the name's last words)
    re.compile(rf"\b{_Q}(?P<old>{_OLD}){_Q}(?:\s+page)?\s+(?:should|could|can|must)\s+(?:just\s+|simply\s+)?be\s+"
               rf"(?:called|named|renamed(?:\s+to)?)\s+{_NEW}", re.IGNORECASE),
    re.compile(rf"\b{_Q}(?P<old>{_OLD}){_Q}\s+page\s+is\s+(?:called|named)\s+{_NEW}", re.IGNORECASE),
    # "The committee would prefer the page 'How to Help' to be called 'Get Involved'"
    re.compile(rf"\b(?:prefer|like|want)\s+(?:the\s+)?(?:page\s+)?{_Q}(?P<old>{_NAME}){_Q}(?:\s+page)?\s+to\s+be\s+"
               rf"(?:called|named|renamed(?:\s+to)?)\s+{_NEW}", re.IGNORECASE),
    re.compile(rf"\b{_Q}(?P<old>{_OLD}){_Q}(?:\s+page)?\s+is\s+(?:not\s+a\s+good|a\s+bad|the\s+wrong|too\s+long\s+a)\s+name"
               rf"[\s,.;]+(?:so\s+)?(?:please\s+)?(?:call|name|rename)\s+it\s+(?:to\s+)?{_NEW}", re.IGNORECASE),
    re.compile(rf"\bpage\s+name\s+{_Q}(?P<old>{_OLD}){_Q}\s+is\s+(?:too\s+\w+|not\s+\w+|wrong)[\s,.;!]+"
               rf"(?:can|could)\s+(?:it|we)\s+(?:just\s+)?(?:be|call\s+it|make\s+it)\s+{_NEW}", re.IGNORECASE),
]
# "the page name should be Membership, not Tariffs": the new name first
_RENAME_NEW_FIRST = [
    re.compile(rf"\bpage(?:'s|’s)?\s+name\s+should\s+be\s+{_NEW_WORDS}[\s,]+not\s+{_Q}(?P<old>{_NAME}){_Q}(?=[\s.,;!?]|$)",
               re.IGNORECASE),
]
# A typed path ("make sure the page address is /prices"): the model's to read, but for a rename's own
# old and new address ("Rename the Rooms page to Our Rooms, at /our-rooms").
_PATH = re.compile(r"(?<![\w.])/[a-z]")


def _linked(site: Site, name: str) -> str | None:
    """The href of the one link the navigation shows as ``name``, or to the page called ``name``."""
    said = norm_words(name)
    hrefs = {link.href for link in site.nav if norm_words(link.label) == said}
    hrefs |= {p.route for p in site.pages if p.route != "/" and norm_words(p.title) == said
              and any(link.href == p.route for link in site.nav)}
    return hrefs.pop() if len(hrefs) == 1 else None


def _page(site: Site, name: str) -> str | None:
    page = page_named(site, name, last_words=True)
    return page.route if page else None


def _relabelled(m: re.Match[str], site: Site) -> Any:
    href = _linked(site, m.group("old"))
    same = norm_words(m.group("new")) == norm_words(m.group("old"))
    return EditNavLink(op="edit_nav_link", href=href, label=m.group("new").strip()) if href and not same else None


def _unlinked(m: re.Match[str], site: Site) -> Any:
    href = _linked(site, m.group("old"))
    return EditNavLink(op="edit_nav_link", href=href) if href and href != "/" else None


def _still_listed(m: re.Match[str], site: Site) -> Any:
    href = _linked(site, m.group("old"))
    if not href or href == "/":
        return None
    return RemovePage(op="remove_page", route=href) if site.page(href) is not None \
        else EditNavLink(op="edit_nav_link", href=href)


def _removed(m: re.Match[str], site: Site) -> Any:
    route = _page(site, m.group("old"))
    return RemovePage(op="remove_page", route=route) if route else None


def _renamed(m: re.Match[str], site: Site) -> Any:
    route, new = _page(site, m.group("old")), new_title(m.group("new"))
    if route is None or not slug(new):
        return None
    if "/" + slug(new) == route:  # "Our Members" called "Members" at /members: the name alone changes
        page = site.page(route)
        same = page is None or norm_words(page.title) == norm_words(new)
        return None if same else RenamePage(op="rename_page", route=route, new_route=route, title=new)
    if any(path != route and path != "/" + slug(new) for path in explicit.paths(m.string)):
        return None  # "... to Rates at /our-prices": an address of the user's own, the model's to read
    return RenamePage(op="rename_page", route=route, new_route="/" + slug(new), title=new)


# Each reading in order: its patterns, and the op a match makes (None: it names nothing the site shows).
_READINGS: tuple[tuple[Sequence[re.Pattern[str]], Callable[[re.Match[str], Site], Any]], ...] = (
    (_RELABEL, _relabelled), (_REMOVE_PAGE, _removed), (_UNLINK, _unlinked), ((_STILL_LISTED,), _still_listed),
    (_RENAME, _renamed), (_RENAME_NEW_FIRST, _renamed))


def read(request: str, site: Site | None) -> Plan | None:
    """The plan for a request that relabels a navigation link, takes one out, or renames a page
    the site has; None when the request is none of these or names nothing the site shows."""
    if site is None:
        return None
    for patterns, op_for in _READINGS if not _PATH.search(request) else ((_RENAME, _renamed), (_RENAME_NEW_FIRST, _renamed)):
        for pattern in patterns:
            m = pattern.search(request)
            op = op_for(m, site) if m else None
            if op is not None:
                return Plan(ops=[op])
    return None
