"""Where a link goes in the navigation, read from the request's own words: "Put Records before
Events in the menu", "add it after Prices", "move the Kit link to the end of the menu", "put
Visit first", "Care is still after Contact in the menu".

The model has no op for a link's place and read such requests as a link to add (the site had it:
"Nothing changed") or as a removal. The link and the one it goes next to are named as the
navigation shows them, so the place is read here against the site's own links, never guessed: a
link the menu has is moved (``move_nav_link``), one the plan adds goes in that place
(``add_nav_link``'s ``before``).
"""

from __future__ import annotations

import re
from typing import Any

from app.scaffold import compound, prose
from app.scaffold.plan import AddItems, AddNavLink, AddPage, AddSection, Decline, EditItem, EditNavLink, MoveNavLink, Plan, RenamePage, SetText
from app.scaffold.site import Site, norm_words, slug

_MENU = re.compile(r"\b(?:menu|nav|navigation|navbar|nav bar|tabs?|top bar|header)\b", re.IGNORECASE)
_MOVES = re.compile(r"\b(?:put|move|add|place|swap|switch|come|comes|go|goes|be|have|make|shift|sit)\b", re.IGNORECASE)
# The link it goes next to: "before Events", "right after Prices", "next to Adopt", "between Services and".
_NEXT_TO = re.compile(r"\b(?P<side>before|ahead of|in front of|after|next to|beside|behind|following|between)\s+"
                      r"(?:the\s+)?(?P<rest>.+)$", re.IGNORECASE | re.DOTALL)
_AFTER = ("after", "next to", "beside", "behind", "following", "between")
# A report of where it is now: "Care is still after Contact": it goes on the other side.
_STILL = re.compile(r"\bstill\s+(?:sits\s+|comes\s+)?(?P<side>before|after)\s+(?:the\s+)?(?P<rest>.+)$",
                    re.IGNORECASE | re.DOTALL)
_FIRST = re.compile(r"\b(?:first|to the (?:front|start|beginning|left)|at the (?:front|start|beginning))\b", re.IGNORECASE)
_LAST = re.compile(r"\b(?:last(?!\s+(?:thing|one|year|season|week|month|time|bit|request|change|of))|"
                   r"to the (?:end|back|right)|at the (?:end|back))\b", re.IGNORECASE)
# A place counted from the start: "put About Us as second in menu".
_NTH = re.compile(r"\b(?:as\s+(?:the\s+)?|be\s+(?:the\s+)?|the\s+)?(?P<n>second|2nd|third|3rd|fourth|4th)\b(?!\s+(?:thing|time|one|request|change))",
                  re.IGNORECASE)
_ORDINALS = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_IT = re.compile(r"\b(?:it|that|this|them)\b", re.IGNORECASE)


def links_of(site: Site | None) -> list[tuple[str, str]]:
    """The menu's links as (label, href), in its order; [] without a site."""
    return [(link.label, link.href) for link in site.nav] if site is not None else []


def _starts_with(text: str, name: str) -> bool:
    return f" {norm_words(text)} ".startswith(f" {norm_words(name)} ")


def _named(request: str, name: str) -> bool:
    return bool(norm_words(name)) and f" {norm_words(name)} " in f" {norm_words(request)} "


def anchor(request: str, links: list[tuple[str, str]], menu: bool = False) -> tuple[str, str] | None:
    """(side, href): "before"/"after" the link the request names after its place word, "first" or
    "last", or "nth" and the place counted ("2" for "second"); None when it names no place in the menu
    (``menu``: a part of a request that speaks of the menu elsewhere)."""
    for pattern, flip in ((_STILL, True), (_NEXT_TO, False)):
        for m in pattern.finditer(request):
            # the link's label, or its page's address in words ("before How to order" of the link "Order" to /how-to-order)
            found = sorted((link for link in links if _starts_with(m.group("rest"), link[0])
                            or len(link[1]) > 1 and _starts_with(m.group("rest"), link[1].strip("/").replace("-", " "))),
                           key=lambda link: -len(link[0]))
            if found:
                after = m.group("side").lower() in _AFTER
                return ("before" if after else "after") if flip else ("after" if after else "before"), found[0][1]
    if menu or _MENU.search(request):
        if _FIRST.search(request):
            return "first", ""
        if _LAST.search(request):
            return "last", ""
        if nth := _NTH.search(request):
            return "nth", str(_ORDINALS[nth.group("n").lower()])
    return None


# Where one part of a request ends inside a clause: "..., and prize for 1st now 3500 GEL".
_AND = re.compile(r",\s*(?:and\s+)?|\s+and\s+(?=(?:add|put|make|change|the|a|an|please)\b)", re.IGNORECASE)


def parts(request: str) -> list[str]:
    """The request's clauses (``compound.clauses``) cut at each comma and "and" before a new ask."""
    return [p for clause in compound.clauses(request) for piece in _AND.split(clause) if (p := piece.strip(" ,."))]


def _before(side: str, anchor: str, moved: str, hrefs: list[str]) -> str | None:
    """The href the moved link goes before ("" for the end) among ``hrefs`` without it."""
    rest = [h for h in hrefs if h != moved]
    if side == "first":
        return rest[0] if rest else None
    if side == "last":
        return ""
    if side == "nth":  # the place counted with the moved link out of the menu: "second" goes before the second one now
        at = int(anchor) - 1
        return rest[at] if at < len(rest) else ""
    if anchor not in rest:
        return None
    at = rest.index(anchor) + (side == "after")
    return rest[at] if at < len(rest) else ""


# The menu's links typed in a row, in the order wanted: "Home, Meetings, Honey, Committee", "Home > Shop > About".
_ORDER_WORDS = re.compile(r"\b(?:order|orders|ordered|sequence|reorder|re-order|rearrange|arrangement|arranged?)\b"
                          r"|\b(?:to|should|must)\s+(?:go|be|read|look)\b", re.IGNORECASE)  # "I'd like the menu to go Home, ..."
# The links not typed, said to come after the ones typed: "Home, Services, Recent Work, and then anything else".
_THE_REST = re.compile(r"^\s*,?\s*(?:and\s+)?(?:then\s+)?(?:anything|everything|all)\s+else\b|^\s*,?\s*(?:and\s+)?(?:then\s+)?"
                       r"the\s+(?:rest|others)\b", re.IGNORECASE)
_BETWEEN_LINKS = re.compile(r"^\s*(?:,\s*(?:then\s+|and\s+)?|\s*(?:>|→|->|-|–|\||/)\s*|\s+(?:then|and)\s+)$", re.IGNORECASE)
MIN_ORDERED = 3
_MENU_SAID = re.compile(r"^.*?\b(?:menu|nav|navigation)\b[^:,]{0,30}:\s*", re.IGNORECASE)  # "Menu order:", "Change order in menu:"
# The menu typed as its links after a colon: "Menu: Home, Services, Projects, Contact.", "Menu po: Home, Rates, ...".
_MENU_LISTED = re.compile(r"\b(?:menu|nav|navigation)(?:\s+(?:please|pls|po|now|then|should\s+be))?\s*(?:[:=]|\s[-–]\s)", re.IGNORECASE)
# The menu said as the pages' order: "I think the order of the pages is not logical. It should be Home, ..."
# ("Please put the pages in this order: Home, Collection, ...")
_PAGES_ORDER = re.compile(r"\b(?:order|sequence)\s+of\s+(?:the\s+|my\s+|our\s+)?(?:pages|tabs|links)\b"
                          r"|\b(?:pages|tabs|links)\s+in\s+(?:this|that|the\s+following|the\s+right)\s+order\b", re.IGNORECASE)


def _in_order(request: str, links: list[tuple[str, str]]) -> list[str]:
    """The hrefs of the links the request types in a row, said with the menu's order ("the menu order be Home,
    Meetings, Honey, Committee"): every link the menu has, or all but the first, which stays; [] for any other."""
    if not ((_MENU.search(request) or _PAGES_ORDER.search(request)) and _ORDER_WORDS.search(request) or _MENU_LISTED.search(request)):
        return []
    for clause in compound.clauses(request):
        # the links typed after the words that say it is the menu's order ("Menu order: Home, Menu, Season Fish, Access"
        # of a page called Menu)
        clause = _MENU_SAID.sub("", clause, count=1)
        found = sorted((m.start(), m.end(), href) for label, href in links
                       for m in re.finditer(rf"(?<![\w'’-]){re.escape(label)}(?![\w'’-])", clause, re.IGNORECASE))
        row = found[:1]
        for start, end, href in found[1:]:
            if start >= row[-1][1] and _BETWEEN_LINKS.match(clause[row[-1][1]:start]) and href not in [h for _s, _e, h in row]:
                row.append((start, end, href))
            elif start >= row[-1][1]:
                break
        hrefs = [h for _s, _e, h in row]
        if len(hrefs) >= MIN_ORDERED and len(hrefs) == len(found):
            every = [h for _l, h in links]
            if _THE_REST.match(clause[row[-1][1]:]):
                hrefs += [h for h in every if h not in hrefs]  # the others after, in the order they have
            kept = [] if set(hrefs) == set(every) else every[:1]  # "Meetings, Honey, Committee": Home stays first
            if set(kept + hrefs) == set(every) and len(kept + hrefs) == len(every):
                return kept + hrefs
    return []


_PAGE_WORDS = re.compile(r"((?:[\w'’-]+\s+){1,4})page\b", re.IGNORECASE)
MIN_START_WORDS = 2  # "How to Clean" of "How to Clean a Slide Rule"; one word is too little to tell a link by


def _named_by_its_start(said: str, links: list[tuple[str, str]]) -> set[str]:
    """The href of the one link whose label starts with the words typed before "page" ("the How to Clean page" of "How to
    Clean a Slide Rule"), two words or more; an empty set else."""
    found = set()
    for m in _PAGE_WORDS.finditer(said):
        words = norm_words(m.group(1)).split()
        for n in range(MIN_START_WORDS, len(words) + 1):
            start = " ".join(words[-n:])
            found |= {h for label, h in links if f"{norm_words(label)} ".startswith(f"{start} ")}
    return found if len(found) == 1 else set()


def _of_the_menu(op: Any, labels: set[str]) -> bool:
    """Whether ``op`` is the model's reading of a menu's order: an op on the menu, or one that holds only its links' names."""
    if isinstance(op, (AddNavLink, EditNavLink, MoveNavLink)):
        return True
    if isinstance(op, AddItems):
        labels = labels | {norm_words(e.title) for e in op.items if _THE_REST.match(e.title)}  # "then anything else"
        return all(norm_words(e.title) in labels | {""} and norm_words(e.text) in labels | {""} for e in op.items) \
            or all(norm_words(e.title) in labels for e in op.items)
    if isinstance(op, (AddPage, SetText)):
        return norm_words(op.title if isinstance(op, AddPage) else op.text) in labels | {"home"}
    if isinstance(op, EditItem):  # "Home" made "Our Cheese"
        return norm_words(op.item) in labels and norm_words(op.text or op.title) in labels | {""}
    return False


MIN_LISTED = 2
_ONLY_PLEASE = re.compile(r"\W*(?:please|pls|plz|po|por\s+favor|thanks?|thank\s+you)\W*", re.IGNORECASE)  # "... Board. Please."


def lists_the_menu(op: Any, links: list[tuple[str, str]]) -> bool:
    """Whether ``op`` adds entries, or a text, that are the menu's links' names: two or more, and all but a third of them."""
    if isinstance(op, AddItems):
        said = [e.title for e in op.items]
    elif isinstance(op, (AddSection, SetText)) and op.text:  # "Change menu order" / "Home, Pregnancy Care, Courses, ..."
        said = re.split(r"\s*(?:,|;|/|>|→|->|\band\b|\bthen\b)\s*", op.text.strip().rstrip("."))
    else:
        return False
    labels = {norm_words(label) for label, _h in links} | {"home"}
    named = sum(norm_words(name) in labels for name in said)
    return named >= MIN_LISTED and 3 * named >= 2 * len(said)


def _moves(now: list[str], wanted: list[str]) -> list[Any]:
    """The moves that make the menu's order ``now`` the ``wanted`` one, each link put before the one in its place."""
    now, out = list(now), []
    for at, href in enumerate(wanted):
        if now[at] != href:
            out.append(MoveNavLink(op="move_nav_link", href=href, before=now[at]))
            now.remove(href)
            now.insert(at, href)
    return out


def placed(plan: Plan, request: str, site: Site | None) -> Plan:
    """``plan`` with the link the request places put there: a new one where the plan adds it, one
    the menu has moved there (in place of the plan's other ops for it), the menu's links typed in the
    order wanted moved into it; else ``plan``."""
    if site is None or not site.nav:
        return plan
    links = links_of(site)
    if wanted := _in_order(request, links):
        # what the plan does besides the menu ("... and put our phone number in the footer") stays; what it made of the
        # links' names (a list of them, new pages or links by their names, the site's name) goes
        labels = {norm_words(label) for label, _h in links}
        # another part of the request, one that names none of the links ("..., and use a serif font")
        # (not one that says the order is wrong: "I think the order of the pages is not logical")
        asked_more = any(not any(_named(clause, label) for label, _h in links) and not prose.thanks(clause)
                         and not _PAGES_ORDER.search(clause) and not _ONLY_PLEASE.fullmatch(clause) for clause in compound.clauses(request))
        # (the model's decline of a request that only orders the menu goes with its other readings of it)
        others = [op for op in plan.ops if not _of_the_menu(op, labels) and not lists_the_menu(op, links)
                  and not (isinstance(op, Decline) and not asked_more)]
        moves = _moves([h for _l, h in links], wanted)
        if not moves and not others:  # in that order already: the last two kept as they are, "Nothing changed"
            moves = [MoveNavLink(op="move_nav_link", href=wanted[-2], before=wanted[-1])]
        # another ask the model did not read ("... And bigger letters please."): the order read, and that part declined
        return Plan(ops=[*moves, Decline(op="decline")] if asked_more and not others else [*others, *moves])
    anchored = _anchored(plan, request, links)
    return anchored if anchored is not None else plan


def without_menu_lists(plan: Plan, request: str, site: Site | None) -> Plan:
    """``plan`` without the entries that only name the menu's pages, where the request speaks of the menu ("Menu: Home,
    Executives, Calendar, ..." of a page still called Upcoming Events; "menu: Home, Committees, Secretariat" of a menu with a
    fourth link): such a list put on a page would be shown as the menu reordered. Alone, the turn declines."""
    if site is None or not site.nav or not (_MENU.search(request) or _PAGES_ORDER.search(request)):
        return plan
    links = links_of(site)
    listing = [op for op in plan.ops if lists_the_menu(op, links)]
    return Plan(ops=[op for op in plan.ops if op not in listing] or [Decline(op="decline")]) if listing else plan


def _each_placed(request: str, links: list[tuple[str, str]]) -> list[Any]:
    """The moves of a request that places two links or more, each in its own part ("In menu, put Prices after References,
    and Piano care at the end"): each part that names a link says its place, and each move starts from the order the one
    before left; [] for any other request."""
    menu, hrefs, moves = bool(_MENU.search(request)), [h for _l, h in links], []
    for part in parts(request):
        where = anchor(part, links, menu)
        named = [h for label, h in links if (where is None or h != where[1]) and _named(part, label)]
        if where is None and named or where is not None and len(named) != 1:
            return []  # a part that names a link without its place, or its place without one link: not read here
        if where is None:
            continue
        before = _before(where[0], where[1], named[0], hrefs)
        if before is None:
            return []
        moves.append(MoveNavLink(op="move_nav_link", href=named[0], before=before))
        hrefs.remove(named[0])
        hrefs.insert(hrefs.index(before) if before else len(hrefs), named[0])
    return moves if len(moves) > 1 else []


def _anchored(plan: Plan, request: str, links: list[tuple[str, str]]) -> Plan | None:
    """``plan`` with the one link the request places next to another, first or last put there (each of the links it places,
    ``_each_placed``); None where it places none."""
    if moves := _each_placed(request, links):
        return Plan(ops=moves)
    where = anchor(request, links)
    if where is None or not (_MENU.search(request) or _MOVES.search(request)):
        return None
    side, href = where
    hrefs = [h for _, h in links]
    adds = [op for op in plan.ops if isinstance(op, AddNavLink) and op.href != href]
    # the links named in the part that says the place ("in the menu put Adopciones before Services, and add button in
    # home ...": not Home)
    said = next((part for part in parts(request) if anchor(part, links) == where
                 and any(h != href and _named(part, label) for label, h in links)), "") \
        or next((part for part in compound.clauses(request) if anchor(part, links) == where), request)
    named = {h for label, h in links if h != href and _named(said, label)} \
        or {h for label, h in links if h != href and _named(request, label)} \
        or {h for _l, h in links if h != href and len(h) > 1 and _named(said, h.strip("/").replace("-", " "))} \
        or _named_by_its_start(said, [(label, h) for label, h in links if h != href])
    # "rename X to Y and put it last in menu"; "Move Gallery before Menu" of the link "Our Food, Our Love" to /gallery
    if len(adds) == 1 and adds[0].href not in hrefs and named <= {adds[0].href}:
        before = _before(side, href, adds[0].href, hrefs)
        if before is None:
            return None
        return Plan(ops=[op.model_copy(update={"before": before}) if op is adds[0] else op for op in plan.ops])
    if len(named) != 1 and not (not named and len(adds) == 1 and _IT.search(request)):
        return None
    moved = named.pop() if named else adds[0].href
    before = _before(side, href, moved, hrefs)
    if before is None or moved not in hrefs:
        return None
    # what the model wrote for a request about the menu's order (a link it has, a removal) goes; a new name asked in
    # the same breath is given first (the move then takes the renamed link)
    return Plan(ops=[*_renamed(request, links, moved), MoveNavLink(op="move_nav_link", href=moved, before=before)])


# "move Family Tree to the end of the menu and rename it 'Our Family'", "Rename 'Commissions' to 'Commissions &
# Workshops' in the menu and put it before About", "rename Prices page to Rates and move it right after Home", "Change the
# name in the menu "Products" to "Our Products" please, and put it first in the menu", "rename Gallery to Builds and ...".
_RENAME = re.compile(r"\b(?:rename(?:\s+the\s+(?:menu\s+|nav\s+)?(?:link|tab|item))?|change\s+the\s+(?:menu\s+)?name(?:\s+(?:in|on)\s+the\s+(?:menu|nav\w*))?(?:\s+of)?)\s+"
                     r"(?:it|that|this|the\s+page|['\"“‘](?P<old>[^'\"”’]{2,40})['\"”’]|(?:the\s+)?(?P<bare>[\w'’&-]+(?:\s+(?!(?:to|as)\b)[\w'’&-]+)?)(?:\s+page)?)"
                     r"(?:\s+(?:in|on)\s+the\s+(?:menu|nav\w*))?\s+(?:(?:to|as|so\s+it\s+(?:reads|says))\s+)?(?:['\"“‘](?P<quoted>[^'\"”’]{1,40})['\"”’]"
                     r"|(?P<new>(?-i:[A-Za-z0-9])[^'\"”’.,!?]{0,39}?)(?=\s*(?:[.,!?]|$|\s+(?:and|then|please|pls|&)\b)))", re.IGNORECASE)


def _renamed(request: str, links: list[tuple[str, str]], moved: str) -> list[RenamePage]:
    # "move Join to be the last item and change its name to Become a Member": "it" renamed; "rename the page Selected
    # Projects to Portfolio": the page named after "the page"
    said_as = re.sub(r"\bchange\s+its\s+(?:menu\s+)?name\s+to\b", "rename it to", request, flags=re.IGNORECASE)
    found = _RENAME.search(re.sub(r"\brename\s+the\s+page\s+(?=(?-i:[A-Z]))", "rename the ", said_as, flags=re.IGNORECASE))
    label = next((lab for lab, h in links if h == moved), "")
    said = found and (found.group("old") or found.group("bare"))
    if found is None or moved == "/" or said and norm_words(said) != norm_words(label):
        return []
    new = (found.group("quoted") or found.group("new")).strip()
    title = new[:1].upper() + new[1:]  # "to hallitus": the page's name, capitalised
    return [RenamePage(op="rename_page", route=moved, new_route="/" + slug(new), title=title)] if slug(new) and new != label else []


def link_renamed(request: str, links: list[tuple[str, str]]) -> list[EditNavLink]:
    """The new label of the one link the request names by its label ("change the menu name "Trips" to "Trips and
    Prices"", "rename the menu link "Trips" so it reads ..."), said beside a move of another: the link relabelled, its
    page where it is; [] where it names none, or "it"."""
    found = _RENAME.search(request)
    said = (found.group("old") or found.group("bare")) if found else None
    hrefs = [h for label, h in links if said and norm_words(label) == norm_words(said)]
    renamed = _renamed(request, links, hrefs[0]) if len(hrefs) == 1 else []
    return [EditNavLink(op="edit_nav_link", href=r.route, label=r.title) for r in renamed]
