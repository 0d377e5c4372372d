"""The op steps that put the user's own content on the site: lists of items (products and
prices, opening hours, people, questions, quotes, plans), edits of one item, and the opening
description of the site. Each is a row of ``edit.OPS``."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from app.errors import PlanError
from app.scaffold import plan as p
from app.scaffold.editbase import EditResult, page_at
from app.scaffold.site import Item, Page, Section, Site, Tier, default_section, is_placeholder

# Kinds whose layout has no list: content given for them goes into a two-column list instead.
_NO_ITEMS = ("hero", "cta", "image_text", "text")
MIN_TITLE_SIMILARITY = 0.8
_GENERIC = re.compile(r"^(?:the|our|my)\s+|\s+(?:plan|package|tier|gig|show|class|item|product|service|option|"
                      r"event|entry|one|dish|drink)s?$", re.IGNORECASE)


def _section_for(site: Site, page: Page, kind: str, heading: str) -> tuple[Section, bool]:
    """The page's section of ``kind`` (its first), or a new one at the end; True when new."""
    kind = "list" if kind in _NO_ITEMS else kind
    for section in page.sections:
        if section.kind == kind:
            return section, False
    section = default_section(kind, site.name, heading)
    page.sections.append(section)
    return section, True


def add_items(r: EditResult, op: p.AddItems) -> None:
    site = r.site
    page = page_at(site, op.route)
    section, new = _section_for(site, page, op.kind, op.heading)
    fresh = new or is_placeholder(section, site.name)
    if op.heading:
        section.heading = op.heading
    if section.kind == "pricing":
        tiers = [] if fresh else list(section.tiers)
        for e in op.items:
            tiers = [t for t in tiers if t.name.casefold() != e.title.casefold()]
            tiers.append(Tier(name=e.title, price=e.text or "—"))
        if len(tiers) > 4:
            raise PlanError("A pricing section shows at most 4 plans.", hint="remove one first")
        section.tiers = tiers
    else:
        items = [] if fresh else list(section.items)
        for e in op.items:
            items = [i for i in items if i.title.casefold() != e.title.casefold()]
            items.append(Item(title=e.title, text=e.text))
        if len(items) > 12:
            raise PlanError("A section shows at most 12 items.", hint="remove some first, or add another section")
        section.items = items
    r.routes.append(op.route)
    r.expect += [(op.route, e.title) for e in op.items]
    names = ", ".join(e.title for e in op.items)
    where = f"a new {section.kind.replace('_', ' ')} section" if new else f"the {section.kind.replace('_', ' ')} section"
    r.summary.append(f"put {names} in {where} of {op.route}")


def _entries_of(section: Section) -> list[tuple[str, str]]:
    if section.kind == "pricing":
        return [(t.name, t.price) for t in section.tiers]
    return [(i.title, i.text) for i in section.items]


def _find(site: Site, name: str) -> tuple[Page, Section, int]:
    """The one item or plan on the site that ``name`` names: by its title, else by its text (a
    gig listed as "2 Mar" / "Mono" is "the Mono gig"), exactly before closely. None or several
    is a sentence, never a guess."""
    wanted = name.casefold().strip()
    tiers: list[list[tuple[Page, Section, int]]] = [[], [], [], []]  # exact title, exact text, close title, close text
    for page in site.pages:
        for section in page.sections:
            for index, pair in enumerate(_entries_of(section)):
                for part, value in enumerate(pair):
                    have = value.casefold().strip()
                    if not have:
                        continue
                    if have == wanted:
                        tiers[part].append((page, section, index))
                    elif SequenceMatcher(None, have, wanted).ratio() >= MIN_TITLE_SIMILARITY or (
                            len(wanted) >= 3 and wanted in have.split()):
                        tiers[2 + part].append((page, section, index))
    found = next((t for t in tiers if t), [])
    plain = _GENERIC.sub("", name).strip()
    if not found and plain and plain.casefold() != wanted:  # "the Team plan", "the Mono gig": Team, Mono
        return _find(site, plain)
    if not found:
        raise PlanError(f"I can't find \u201c{name}\u201d on the site; nothing was changed.",
                        hint="name it as it appears on the page")
    if len(found) > 1:
        places = sorted({pg.route for pg, _, _ in found})
        raise PlanError(f"\u201c{name}\u201d appears {len(found)} times (on {', '.join(places)}); "
                        "I changed nothing.", hint="say which page or section you mean")
    return found[0]


def edit_item(r: EditResult, op: p.EditItem) -> None:
    if not op.text and not op.title:
        raise PlanError(f"The plan did not say what to change about \u201c{op.item}\u201d.")
    page, section, index = _find(r.site, op.item)
    if section.kind == "pricing":
        tier = section.tiers[index]
        old = tier.name
        tier.price, tier.name = op.text or tier.price, op.title or tier.name
        shown = [tier.name, tier.price]
    else:
        item = section.items[index]
        old = item.title
        item.text, item.title = op.text or item.text, op.title or item.title
        shown = [item.title] + ([item.text] if op.text else [])
    r.routes.append(page.route)
    r.expect += [(page.route, s) for s in shown if s]
    r.summary.append(f"changed \u201c{old}\u201d on {page.route}")


def remove_item(r: EditResult, op: p.RemoveItem) -> None:
    page, section, index = _find(r.site, op.item)
    if section.kind == "pricing":
        name = section.tiers.pop(index).name
    else:
        name = section.items.pop(index).title
    r.routes.append(page.route)
    r.summary.append(f"removed \u201c{name}\u201d from {page.route}")


def describe_site(r: EditResult, op: p.DescribeSite) -> None:
    """The opening prompt sets up the home page: no new page."""
    site = r.site
    site.name = op.name
    if op.tagline:
        site.description = op.tagline
    home = page_at(site, "/")
    if not home.sections or home.sections[0].kind != "hero":
        home.sections.insert(0, default_section("hero", op.name))
    hero = home.sections[0]
    hero.heading = op.name
    hero.text = op.tagline or f"Welcome to {op.name}."
    have = {s.kind for s in home.sections}
    added = [k for k in dict.fromkeys(op.sections) if k not in have and k != "hero"]
    home.sections += [default_section(k, op.name) for k in added]
    r.routes.append("/")
    r.expect.append(("/", op.name))
    extra = f", with {', '.join(k.replace('_', ' ') for k in added)} sections" if added else ""
    r.summary.append(f"set up the home page for {op.name}{extra}")
