"""A move in the menu said beside another edit: "place the Contact page last in the menu, after Courses, and
add a button on the front page reading 'Arrange a free trial lesson' that goes to it", "Move Schedule page
before Accommodation in the menu, and prize for 1st now 3500 GEL".

``navorder`` reads the move from the whole request and puts it in place of the model's ops, which were
about the menu (a link it has, a removal) or a misreading of both parts; the other part was left out and
the turn declined it. Here the request's other parts, read whole without the move's own words, add their
edits beside the move; "it" and "that page" in them are the page that moved. A part that asks for something
nothing here reads declines the turn (the move alone would look done); one that only types content leaves the
plan as it was (the turn then says what was left out).
"""

from __future__ import annotations

import re
from typing import Any

from app.scaffold import buttonfit, chromefit, compound, itemfit, navorder, pageblock, prose, sizefit, themewords
from app.scaffold.coverage import typed_content
from app.scaffold.plan import Decline, EditNavLink, MoveNavLink, Plan, RenamePage
from app.scaffold.site import Site, norm_words

_MENU = re.compile(r"\b(?:menu|nav\w*)\b", re.IGNORECASE)
# The page that moved, said again: "that goes to it", "going to that page", "linking there".
_BACK = re.compile(r"\b(?:to\s+(?:it|that\s+page|this\s+page|the\s+page)|there)\b(?!\s+(?:is|are)\b)", re.IGNORECASE)


def _read(part: str, title: str, site: Site) -> list[Any]:
    """``_readings`` of a part, "it" and "that page" in it the page that moved."""
    return _readings(_BACK.sub(f"to the {title} page", part) if title else part, site)


_COLOURS_SAID = re.compile(r"\b(?:the\s+)?colou?rs?\b", re.IGNORECASE)
# A part that asks for another look ("Could the lettering be made larger", "the green slightly darker?"): read, or the turn
# declines; not one that only speaks of it ("the new font looks great")
_ASKS_LOOK = re.compile(r"\b(?:darker|lighter|brighter|bigger|larger|smaller|bolder|colou?rs?\s+(?:to|in|like))\b", re.IGNORECASE)
_NAMES = re.compile(r"\b(?:rename\w*|name)\b", re.IGNORECASE)
_STILL = re.compile(r"\bstill\b", re.IGNORECASE)
_THANKS = re.compile(rf"^\W*{prose.THANKING}\b", re.IGNORECASE)
_ASKS = re.compile(r"\b(?:add|put|make|change|remove|delete|drop|rename|move|write|set|update|replace|take)\b", re.IGNORECASE)


def _readings(part: str, site: Site) -> list[Any]:
    """The edits of one part read whole: a button, the footer, a link's new name or place, what it replaces of the site's
    words (a new price), a note for a page."""
    plan = buttonfit.read(part, site, lone=False)
    if plan is not None:
        return list(plan.ops)
    footer = chromefit.footer(part)  # "add our instagram @... at the bottom of every page"
    if footer is not None:
        return [footer]
    # "... And change the font to something a bit more friendly and rounded", "..., and make the font a bit bigger", "..., and
    # change the colours to dark brown and green"
    size = sizefit.read(part, site)
    # "Fair enough, Make the colours a bit more summery then, sky blue and white", "blue and white colours": the colours
    # it names wherever it says "colours"
    said = _COLOURS_SAID.search(part)
    look: list[Any] = [*themewords.font_alone(part)] or compound.colours(f"colours: {part}" if said else part, site) \
        or (list(size.ops) if size is not None else [])
    if look:
        return look
    # "..., and Packages should be last": a second move, in the menu the first one named
    placed = navorder.placed(Plan(ops=[Decline(op="decline")]), part if _MENU.search(part) else f"{part} in the navigation", site)
    moved = [op for op in placed.ops if isinstance(op, MoveNavLink)]
    block = pageblock.read(part, site)  # "write small note on home page: '...'"
    page = itemfit.page_rename(part, site)  # "rename How It Works to Rules": the page, not words of it
    return navorder.link_renamed(part, navorder.links_of(site)) or ([page] if page else []) or moved \
        or compound.swaps(part, site) or (list(block.ops) if block is not None else [])


def _names_colours(part: str, site: Site) -> bool:
    """Whether a part says "colours" and names one ("blue and white colours"), not only speaks of them ("the colours look
    great")."""
    said = themewords.read(part, site.theme.background, site.theme.foreground) if _COLOURS_SAID.search(part) else None
    return said is not None and any(said.values())


def _others(request: str, site: Site) -> list[list[str]]:
    """The request's parts other than the move's own (the one that says the place the whole request's reading found),
    those next to each other kept together ("add a button ... that says Volunteer with us, going to the Volunteer page"),
    that say something of their own or name a link ("Packages should be last"); another place said for another link is
    a second move ("FAQ should be the last one, and Visit the Factory before Our Chocolates")."""
    links = navorder.links_of(site)
    where = navorder.anchor(request, links)
    chunks: list[list[str]] = [[]]
    for part in navorder.parts(request):
        if _THANKS.match(part) or _STILL.search(part):
            continue  # "..., Thank you kindly"; "About is still at the end of the menu": where it is now
        if navorder.anchor(part, links) == where:
            chunks.append([])
        else:
            chunks[-1].append(part)
    return [chunk for chunk in chunks if chunk and any(compound.says_something(p) or _ASKS_LOOK.search(p) or _COLOURS_SAID.search(p) or any(
        f" {norm_words(label)} " in f" {norm_words(p)} " for label, _ in links) for p in chunk)]


def beside(plan: Plan, request: str, site: Site | None) -> Plan:
    """``plan`` (a move read from the request, see the module docstring) with the edits of the request's
    other parts; else ``plan``."""
    moves = [op for op in plan.ops if isinstance(op, MoveNavLink)]
    if site is None or len(moves) != 1 or not all(isinstance(op, (MoveNavLink, RenamePage)) for op in plan.ops):
        return plan
    others = _others(request, site)
    page = site.page(moves[0].href)
    title = page.title if page is not None else ""
    found: list[Any] = []
    unread = []
    renames = any(isinstance(op, RenamePage) for op in plan.ops)
    for chunk in others:
        # the parts next to each other read together ("a button ..., going to the Volunteer page"), else each alone
        together = _read(", ".join(chunk), title, site)
        # (read together, each part about the look still reads alone: "..., Could the lettering be made larger, the green
        # slightly darker?" is not the larger text alone)
        unread += [p for p in chunk if together and len(chunk) > 1 and _ASKS_LOOK.search(p) and not _read(p, title, site)]
        for part, ops in [(", ".join(chunk), together)] if together or len(chunk) == 1 else [(p, _read(p, title, site)) for p in chunk]:
            if not ops and not (renames and _NAMES.search(part)):  # "... and rename it 'Our Family'": the plan's rename
                unread.append(part)
            found += ops
    # a part nothing here reads, unless it asks nothing and all it types is in the others' edits ("we closed on 1 January,
    # write small note on home page: 'Closed 1 January 2027'"): a part that asks declines the turn, one that types content
    # leaves the plan as it was (the turn says the content was left out)
    placed = " ".join(str(v) for op in found for v in op.model_dump().values())
    if any(_ASKS.search(part) or _ASKS_LOOK.search(part) or _names_colours(part, site) for part in unread):
        return Plan(ops=[Decline(op="decline")])  # a part that asks what nothing here reads: not the move alone, shown as done
    if any(not all(piece in placed for piece in typed_content(part)) for part in unread) or not found:
        return plan
    # the moved link's place said twice ("to be first in the menu, before Classes"): the move read from the whole request;
    # a page the plan renames already, read again from its part
    renamed = {op.route for op in plan.ops if isinstance(op, RenamePage)}
    found = [op for op in found if not (isinstance(op, MoveNavLink) and op.href == moves[0].href)
             and not (isinstance(op, RenamePage) and op.route in renamed)]
    more = [op for op in found if isinstance(op, MoveNavLink)]
    if more:
        # one move at a time in a plan (each takes the links' places as the menu has them): a second one the first
        # leaves done goes ("the FAQ right after Menu, and Packages should be last"); one it does not is declined
        order = _moved([link.href for link in site.nav], moves[0])
        if any(_moved(order, op) != order for op in more):
            return Plan(ops=[Decline(op="decline")])
        found = [op for op in found if op not in more]
    # a link relabelled or its page renamed goes first: the move then takes the link's text as the plan leaves it (not one
    # the plan renames already: "rename Products to Our Products and put it first")
    found = [op for op in found if not (isinstance(op, EditNavLink) and op.href in renamed)]
    relabelled = [op for op in found if isinstance(op, (EditNavLink, RenamePage))]
    return Plan(ops=[*relabelled, *plan.ops, *(op for op in found if op not in relabelled)]) if found or more else plan


def _moved(hrefs: list[str], op: MoveNavLink) -> list[str]:
    """``hrefs`` with ``op``'s link put before its ``before`` (at the end when empty)."""
    rest = [h for h in hrefs if h != op.href]
    at = rest.index(op.before) if op.before in rest else len(rest)
    return [*rest[:at], op.href, *rest[at:]]
