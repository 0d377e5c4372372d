"""A line of the user's own words put on a page the site has, often typed after a request the app declined: "Ok then on
Our Team write 'Want to help? Email Denise at ...'", "Ah well, worth asking! OK in that case put on the Get a Box page 'To
ask for a box, text Jackie ...'", "put this on home page with text 'Order at home on Glovo and Just Eat'", "Fine, then
instead put a line on the home page: Please RSVP by 1 May to Elena ...".

The model read the words as the site's name, a theme or a list of names. Here the words in quotes (or after the colon
that follows the page) become a text on that page. Read only where the request names one page the site has, asks to
put or write, and types one run of words the site does not show yet.
"""

from __future__ import annotations

import re

from app.scaffold.plan import AddSection, Plan
from app.scaffold.site import Site, norm_words, page_named, shown_text

# One quoted run; a quote mark inside a word ("whether it's a house") is none of its ends.
_QUOTED = re.compile(r"(?:(?<=\s)|^|(?<=:))[\"“‘'](?P<q>[^\"“”\n]+?)[\"”’'](?=\s|[.!?,;)]|$)")
# Where it goes and what asks: "on Our Team write", "put on the Get a Box page", "put this on home page with text".
_ON_PAGE = re.compile(r"\b(?:on|to|in|onto)\s+(?:the\s+|my\s+)?(?P<page>[\w'’&-]+(?:\s+[\w'’&-]+){0,3}?)(?:\s+page)?"
                      r"(?=\s*(?:[:,]|$|\s+(?:write|put|add|say|with|please|pls)\b|\s+[\"“‘']))", re.IGNORECASE)
_PUTS = re.compile(r"\b(?:put|write|add|say|show|place)\b", re.IGNORECASE)
# After the page and a colon, to the end: "put a line on the home page: Please RSVP by 1 May ..."
_AFTER_COLON = re.compile(r"\b(?:put|write)\s+(?:(?:a\s+line|a\s+note|this|that|it|these\s+words|the\s+words)\s+)?(?:on|to|in)\s+"
                          r"(?:the\s+)?[\w'’&-]+(?:\s+[\w'’&-]+){0,3}?\s+page\s*:\s*(?P<said>\S.{7,300})$", re.IGNORECASE | re.DOTALL)
MIN_WORDS = 3
# A part of the page or a change of words: another reader's ("write 'X' as the heading", "replace 'X' with ...").
_OTHER = re.compile(r"\b(?:heading|headline|title|subtitle|tagline|button|footer|header|banner|hero|menu|nav\w*|link|"
                    r"instead\s+of|replace|change|rename|remove|delete|every\s+page|all\s+pages)\b", re.IGNORECASE)


def read(request: str, site: Site | None) -> Plan | None:
    """The text section the request puts on the page it names (see the module docstring), or None."""
    if site is None or not _PUTS.search(request) or _OTHER.search(request):
        return None
    quoted = [m for m in _QUOTED.finditer(request) if len(m.group("q").split()) >= MIN_WORDS]
    colon = _AFTER_COLON.search(request) if not quoted else None
    if len(quoted) > 1 or quoted and ":" in request[quoted[0].end():]:
        return None  # (a name in quotes before content: "Add a 'Meet the team' section on the home page: Lan (founder), ...")
    if quoted:
        said, asked = quoted[0].group("q").strip(), f"{request[:quoted[0].start()]} {request[quoted[0].end():]}"
    elif colon is not None:
        said, asked = colon.group("said").strip(), request[:colon.start("said")]
    else:
        return None
    pages = {page.route for m in _ON_PAGE.finditer(asked)
             if (page := page_named(site, m.group("page"), home=True, last_words=True)) is not None}
    if len(pages) != 1 or norm_words(said) in norm_words(shown_text(site)):
        return None
    return Plan(ops=[AddSection(op="add_section", route=pages.pop(), kind="text", text=said[:400])])
