"""An edit of an item the site does not have that is an entry to add: a review typed with its author, an item given by
its name and a colon, an entry the request adds ("add sunday 10am-12pm for juniors under 16"). The model wrote each as
an edit of an item named so, which would fail with "I can't find"; here each is the entry, added on the page the request
names (else home)."""

from __future__ import annotations

import re

from app.scaffold.kindwords import REVIEW_WORDS
from app.scaffold import contentfit, entries
from app.scaffold.pagename import named_page
from app.scaffold.plan import AddItems, EditItem, Entry
from app.scaffold.site import Site, norm_words


def added(op: EditItem, request: str, site: Site, corrects: re.Pattern[str]) -> AddItems | None:
    """The entry ``op`` stands for (see the module docstring), or None; ``corrects``: what says a request corrects the site."""
    return _labelled(op, request, site, corrects) or _review(op, request, site) or _entry_added(op, request, site)


def _entry_added(op: EditItem, request: str, site: Site) -> AddItems | None:
    """An entry the request adds ("add sunday 10am-12pm for juniors under 16"), read by the model as an edit of an item
    the site does not have: the entry, added on the page the request names (else home)."""
    if not _ADDS_ENTRY.match(request) or not op.text or op.title \
            or not all(norm_words(f) in norm_words(request) for f in (op.item, op.text)):
        return None
    route = named_page(request, [p.route for p in site.pages]) or "/"
    return contentfit.items_op(route, "list", [Entry(title=op.item, text=op.text)])


_ADDS_ENTRY = re.compile(r"^\W*(?:(?:pls|please|can\s+you|could\s+you|also|and|oh)\s+)*add\s+(?!(?:a|an|the|page|section)\b)", re.IGNORECASE)


def _review(op: EditItem, request: str, site: Site) -> AddItems | None:
    """The review a request types with its author ("testimonial: '...' - Sandra, 67"), read by the model as an
    edit of an item named after the author, which the site does not have: the review, added."""
    found = entries.quotes(request) if REVIEW_WORDS.search(request) else []
    if len(found) != 1 or norm_words(op.item) not in norm_words(found[0].title):
        return None
    route = named_page(request, [p.route for p in site.pages]) or "/"
    return contentfit.items_op(route, "testimonials", found)


_REPORTS = re.compile(r"\?|\b(?:still|says|shows?|showing|should|page|wrong|missing)\b", re.IGNORECASE)


def _labelled(op: EditItem, request: str, site: Site, corrects: re.Pattern[str]) -> AddItems | None:
    """The item the request gives by opening with its name and a colon ("Hours: Mon-Sat 7am-6pm. Weather
    permitting. Home page."), read by the model as an edit of an item the site does not have: the item,
    added on the page the request names (else home). Not a correction ("Hours: it's 9 now, not 8")."""
    # "Hours: Mon-Sat 7am-6pm", or with no colon where a value with a digit follows ("hours mon-sat 7am-6pm sunday by appt only")
    said = re.match(rf"\s*{re.escape(op.item)}\s*(?::|(?<=\s)(?!(?:is|are|was|were|now|costs?|has|have|will)\b)(?=[^.!?:\n]*\d))\s*(?P<value>[^.!?\n]+)", request, re.IGNORECASE)
    if said is None or not op.text or corrects.search(request) or norm_words(op.text) not in norm_words(said.group("value")):
        return None
    if ":" not in said.group(0) and _REPORTS.search(request):
        return None  # "prices page still says 195 for kids partys??": what the site shows, not an entry
    route = named_page(request, [p.route for p in site.pages]) or "/"
    return contentfit.items_op(route, "list", [Entry(title=op.item, text=said.group("value").strip())])
