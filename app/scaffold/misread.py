"""Ops that misread the request: a page's hero removed where no hero was named, a page renamed where no rename was
asked or to words no page is called, and sections, entries or removals that only echo the request's own words where it
asks for a feature no plan builds. ``requestfit`` drops them (alone, the turn declines)."""

from __future__ import annotations

import re
from typing import Any

from app.scaffold import pagename, scope
from app.scaffold.plan import AddItems, AddSection, RemoveItem, RemovePage, RemoveSection, RenamePage, SetText
from app.scaffold.site import kinds_named, norm_words

_HERO_WORDS = re.compile(r"\b(?:hero|banner|header|heading|headline|title|top|intro|welcome)\b", re.IGNORECASE)


def unasked_hero_removal(op: Any, request: str) -> bool:
    """Whether ``op`` removes a page's hero where the request names no hero, banner or heading."""
    return isinstance(op, RemoveSection) and op.kind == "hero" and not _HERO_WORDS.search(request)


def renamed_to_words(op: Any, request: str) -> bool:
    """Whether ``op`` renames a page to words no page is called, or where the request says no rename ("Practice is moved
    to Saturday na, same time" had renamed the Performances page "Practice")."""
    return isinstance(op, RenamePage) and (not pagename.could_be_a_name(op.title) or not _RENAME_ASKED.search(request))


_RENAME_ASKED = re.compile(r"\b(?:renam\w*|re-?titl\w*|titl\w*|call\w*|nam(?:e|ed|es|ing)|chang\w*|instead|should\s+be|spel\w*|typo|wrong|"
                           r"correct\w*|swap\w*|switch\w*|replac\w*|make|put|turn|not)\b|->|→|=>|:(?!\d)|(?<![\w.])/[a-z0-9]", re.IGNORECASE)  # not "4:00 PM"; "move /a to /b"


_REMOVES = re.compile(r"\b(?:remove|delete|get\s+rid|erase|drop|no\s+longer|any\s*more)\b", re.IGNORECASE)


def only_echoes(op: Any, request: str) -> bool:
    """Whether ``op`` is a section, items, a site name or a button holding nothing but placeholders or the
    request's own words (no typed content, nothing quoted): what a model writes for a feature it cannot build."""
    if isinstance(op, AddSection):
        if not op.text and not op.heading:
            return not kinds_named(request, [op.kind])
        said = f"{op.heading} {op.text}"
    elif isinstance(op, AddItems):
        said = " ".join(f"{i.title} {i.text}" for i in op.items)
    elif isinstance(op, SetText) and op.target in ("site_name", "button") and "?" in request:
        said = op.text  # "Can the site have calendar where parents choose free date ...?": a name "Free date"
    elif isinstance(op, (RemoveSection, RemoveItem, RemovePage)):
        return not _REMOVES.search(request)  # "Can the website take the deposit off their credit card ...": no removal
    else:
        return False
    return not scope.types_beside(request) and set(norm_words(said).split()) <= set(norm_words(request).split())


_EVERY_PAGE = re.compile(r"\b(?:on|to|at|of|across)\s+(?:the\s+top\s+of\s+)?(?:every|each|all(?:\s+(?:of\s+)?the)?)\s+pages?\b", re.IGNORECASE)


def home_text_for_every_page(ops: list[Any], request: str) -> bool:
    """Whether the ops only set the home page's heading or subtitle where the request asks for words on every page ("Add a
    line to the top of every page: Closed Saturday December 25"): one page's text, shown as done for all."""
    return bool(ops) and bool(_EVERY_PAGE.search(request)) \
        and all(isinstance(op, SetText) and op.target in ("title", "subtitle") for op in ops)
