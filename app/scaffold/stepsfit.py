"""A section of numbered steps the request names and types: "How to participate on home: 1. Come as listener, entry
free 2. To recite, give your name to the nazim before 6 pm ...", "add section 'How it works': 1. Send me photo or link
of furniture. 2. I tell you price and time. 3. I come with all tools and take the boxes away.", "add a how it works
section w/ 3 steps: 1. List what's in your shed 2. ...".

The model kept a word or two of each step as a card, numbered cards with the last step cut, the first step as the
site's name, or a nav link. Here the section is headed by the name as typed and holds each step whole, in order: exact
by construction. Only on home or a page the site has, and only with the steps numbered 1, 2, 3 ... in turn.
"""

from __future__ import annotations

import re

from app.scaffold.contentfit import items_op
from app.scaffold.pageblock import numbered
from app.scaffold.plan import Plan
from app.scaffold.pricetyped import PRICE
from app.scaffold.site import Site, page_named

# The request: its lead (what the section is called, where it goes), then the steps from "1." or "1)".
_STEPS = re.compile(r"^\W*(?P<lead>[^\n]{0,90}?)\s*[:–—-]?\s*(?P<body>(?<!\S)1[.)]\s.*)$", re.DOTALL)
_ASK = re.compile(r"^(?:(?:ok|okay|so|and|also|then|now|please|pls|can\s+you|could\s+you)[,.]?\s+)*"
                  r"(?:(?:add|put|make|create|write|show|list|include)\s+)?(?:(?:a|an|the|our|my|this|these)\s+)?(?:new\s+)?",
                  re.IGNORECASE)
# Where it goes: home by any name, or a page by its name ("on the classes page").
WHERE = re.compile(r"\s*,?\s*\b(?:on|to|in|at)\s+(?:the\s+|my\s+|our\s+)?(?:(?P<home>home\s*page|homepage|home|front\s*page|"
                    r"main\s+page|start\s*page)|(?P<page>[\w'’&-]+(?:\s+[\w'’&-]+){0,3}?)\s+page)\b", re.IGNORECASE)
# Words of the ask about the steps, not the section's name: "section", "w/ 3 steps", "with these 5 steps".
_NOT_NAME = re.compile(r"\b(?:section|part|bit|block)\b|\b(?:w/|with)\s*(?:(?:these|the|following)\s+)?(?:\d+|three|four|five|six)?\s*"
                       r"(?:numbered\s+)?steps?\b|\b(?:\d+|three|four|five|six)\s+(?:numbered\s+)?steps?\b|\bsteps\b"
                       r"|\b(?:called|named|titled)\b", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“‘'](?P<name>(?:[^\"“”‘’'\n]|(?<=\w)['’](?=\w)){2,40})[\"”’']")
MAX_NAME_WORDS = 6


def route_said(lead: str, site: Site) -> str | None:
    """The page the lead names: home when it names none or home; a page the site has by its title or path; else None."""
    found = WHERE.search(lead)
    if found is None or found.group("home"):
        return "/"
    page = page_named(site, found.group("page"))
    return page.route if page is not None else None


def _name(lead: str) -> str:
    """The section's name: what the quotes hold, else the lead's words that are no ask, place or word about steps."""
    quoted = _QUOTED.search(lead)
    if quoted:
        return quoted.group("name").strip()
    words = _NOT_NAME.sub(" ", WHERE.sub(" ", _ASK.sub("", lead.strip())))
    name = " ".join(words.split()).strip(" ,.:;-–—")
    return name[:1].upper() + name[1:]


def read(request: str, site: Site | None) -> Plan | None:
    """The named section of numbered steps (see the module docstring); None for any other request."""
    found = _STEPS.match(request.strip())
    if site is None or found is None:
        return None
    lead, body = found.group("lead"), found.group("body")
    steps = numbered(body)
    name = _name(lead)
    lead = _QUOTED.sub(" ", lead)  # where it goes, said outside its quoted name ("'What to bring' on the classes page")
    route = route_said(lead, site)
    if any(PRICE.search(f"{e.title} {e.text}") for e in steps):
        return None  # "1. Haircut $20 2. Shave $10": a price list, its names and prices apart
    if re.search(r"\bpages?\b", WHERE.sub(" ", lead), re.IGNORECASE) \
            or page_named(site, name) is not None:
        return None  # "add a standings page with this: 1. ...", "how it works - 1. ...": a page's
    if not steps or route is None or not name or len(name.split()) > MAX_NAME_WORDS or re.search(r"\d", name):
        return None
    items = items_op(route, "list", steps, heading=name)
    return Plan(ops=[items]) if items is not None else None
