"""A section the request names and then gives in its own words: "add section How to order: WhatsApp 024 555 7812 or
come to shop at Market Circle ...", "Please add Exhibitions section on home page: 'Paper and Water' at Gallery Kura,
...", "add history section: my abuela Graciela Quispe started selling empanadas ...", "On the homepage, add a 'What to
bring' section: warm layers, wool hat, gloves. We provide dry suits, boots and paddles."

The model kept a piece of such words as a card or two ("Graciela Quispe" / "empanadas from her window"), or all of
them without the name the section was given. Here the section is the name as typed, its heading, and the words after
the colon, whole, its text: exact by construction. Only where the words are no content of another kind a section of
its own holds (questions and answers, quotes with who said them, people, prices or times in a list) and no more is
asked after them.
"""

from __future__ import annotations

import re

from pydantic import ValidationError

from app.scaffold import entries, prose
from app.scaffold.contentfit import read_content, routes_of
from app.scaffold.kindwords import TEAM_WORDS
from app.scaffold.pagename import named_page
from app.scaffold.plan import AddSection, Plan
from app.scaffold.site import SECTION_WORDS, Site, norm_words

# The section's name: in quotes, all that the quotes hold ("a section 'Our story' in home"); else a few words.
_NAME = (r"(?:[\"“‘'](?P<{0}q>(?:[^\"“”‘’'\n]|(?<=\w)['’](?=\w)){{1,40}})[\"”’']|(?P<{0}>(?:[^\W\d_][\w'’&-]*)(?:\s+[^\W\d_][\w'’&-]*){{0,3}}?))"
         r"(?:\s+with)?")
_WHERE = r"(?:\s+(?:on|to|in)\s+(?:the\s+|my\s+|our\s+)?(?:home\s*page|homepage|home|front\s*page|main\s+page))?"
_SECTION = re.compile(
    r"^\W*(?:(?:on|to)\s+(?:the\s+)?(?:home\s*page|homepage|home|front\s*page)\s*,?\s+)?"
    # "what to bring section: trainers, water bottle, ...": the name and a colon, with no verb before
    r"(?:(?:and|also|ok|okay|so|then|just|please|pls|can\s+you|could\s+you)[,.]?\s+)*(?:(?:add|put|make|create)\s+(?:a\s+|an\s+|the\s+)?(?:new\s+)?)?"
    rf"(?:section\s+(?:called\s+|named\s+|titled\s+)?{_NAME.format('after')}|{_NAME.format('before')}\s+section)"
    # "... on the home page with our bank: Crédit Mutuel ...": what the words are, said before the colon
    rf"{_WHERE}(?:\s+with\s+(?:our|my|the)\s+(?!(?:heading|title|name|text|words)\b)[\w'’ ]{{1,30}}?)?\s*:\s*(?P<body>\S.*)$", re.IGNORECASE | re.DOTALL)
# Asked after the words: "... and a button 'Book now'", "... and make it green".
_MORE = re.compile(r"\b(?:and|then|also)\s+(?:add|make|put|a\s+button|the\s+button|link|change|remove|move)\b|\bbutton\b",
                   re.IGNORECASE)
# A section's kind said as its name ("FAQ section", "pricing section"): another reader's, which makes that kind.
_KIND_NAMES = frozenset(norm_words(w) for kind, words in SECTION_WORDS.items() for w in (kind, *words)) | {"about", "about us"}
MAX_TEXT = 400
# Words around a section's name that are not of it: "a short About Us section", "a section on what to bring", "a
# section describing my services", "a section Where We Train with: ...".
_NOT_THE_NAME = re.compile(r"^(?:(?:short|small|little|quick|new|nice|brief)\s+)+|^(?:on|about|describing|for|with|of)\s+.*$"
                           r"|\s+with(?:\s+(?:the\s+)?(?:text|words))?$", re.IGNORECASE)
_LISTED = re.compile(r"(?:^|\s)1[.)]\s")


# "add a Messages section on home where I'll put greetings: ...": a section named so, whatever it holds.
_NAMED = re.compile(r"\b(?:add|put|make|create|start)\s+(?:a\s+|an\s+|the\s+)?(?:new\s+)?"
                    r"(?:section\s+(?:(?:called|named|titled)\s+)?(?P<after>[\"“‘'][^\"“”‘’\n]{1,40}[\"”’']|(?-i:[A-Z])[\w'’&-]*(?:\s+(?-i:[A-Z])[\w'’&-]*){0,2})"
                    r"|(?P<before>[\"“‘'][^\"“”‘’\n]{1,40}[\"”’']|(?-i:[A-Z])[\w'’&-]*(?:\s+(?-i:[A-Z])[\w'’&-]*){0,2})\s+section\b)",
                    re.IGNORECASE)


def name(request: str) -> str:
    """The name the request gives a new section, in quotes or capitalised ("a Messages section"); "" for none
    or a kind's name ("an FAQ section", "a Reviews section": what the section is, which gives its own heading)."""
    found = _NAMED.search(request)
    said = (found.group("after") or found.group("before")).strip("\"“”‘’'") if found else ""
    return "" if norm_words(said) in _KIND_NAMES else said


def read(request: str, site: Site | None) -> Plan | None:
    """The section the request names, with its words (see the module docstring); None for any other request."""
    found = _SECTION.match(request.strip())
    if found is None:
        return None
    quoted = found.group("afterq") or found.group("beforeq")
    name = quoted.strip() if quoted else _NOT_THE_NAME.sub("", (found.group("after") or found.group("before") or "")).strip()
    body = prose.unquoted(found.group("body").strip())
    body = body[:1].upper() + body[1:]  # its first word opens a sentence of the page ("My abuela Graciela ...")
    if not name or norm_words(name) in _KIND_NAMES or _MORE.search(body) or len(body) > MAX_TEXT or _LISTED.search(body):
        return None  # numbered steps: a list's
    kind, listed = read_content(body)
    # "what to bring section: trainers, water bottle, ...": things, not people, where no role is given
    people = kind == "team" and (TEAM_WORDS.search(name) is not None or any(e.text for e in listed))
    if entries.quotes(body) or entries.questions(body) or people or kind in ("testimonials", "faq") \
            or any(e.text for e in listed) and kind:
        return None  # quotes, questions, people, a priced or timed list: each a section of its kind
    routes = routes_of(site) or ["/"]
    route = named_page(request, routes) or "/"
    try:
        return Plan(ops=[AddSection(op="add_section", route=route, kind="text", heading=name[:1].upper() + name[1:],
                                    text=body)])
    except ValidationError:
        return None
