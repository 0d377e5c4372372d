"""An edit the model read as an item's, of words the site shows in its text: those words replaced.

"On How to Apply, change Mrs. Delgado to Mr. Ochoa.", "on pricelist change game boy screen swap from 890 kc
to 950 kc", "Replace the address 8810 Bellaire Blvd with: Alief Community Center, 12429 Alief Clodine Rd":
the model wrote each as an edit of an item named by the old words with the new ones as its text
("Mrs. Delgado" -> "Mr. Ochoa"). The site says them in a paragraph, not as an item, so the edit found
nothing and the turn said "I can't find" (u333, u335). Where the request itself says the old words,
then the new ones, joined as a change is said ("to", "with", "->"), and the site shows the old words,
the plan is that replacement: the user's own words, both of them.
"""

from __future__ import annotations

import re

from app.scaffold.plan import EditItem, ReplaceText, replacing
from app.scaffold.site import Site, shown_text

# What joins the old words to the new ones in a request: "X to Y", "X with: Y", "X -> Y".
_JOIN = re.compile(r"^[\s,:\"'“”‘’]*(?:to|into|with|by|->|→|=>)[\s,:\"'“”‘’]*$", re.IGNORECASE)
# The old words name something: a capital, a digit, or two words ("every" alone is no text to replace).
_NAMED = re.compile(r"[A-Z0-9]|\w\s+\w")


def _said(words: str, text: str, start: int = 0) -> re.Match[str] | None:
    return re.compile(r"(?<!\w)" + re.escape(words) + r"(?!\w)", re.IGNORECASE).search(text, start)


def _names(site: Site) -> set[str]:
    return {n.casefold() for n in [site.name, *(p.title for p in site.pages), *(link.label for link in site.nav)]}


def said_pair(op: EditItem, request: str, site: Site) -> ReplaceText | None:
    """The replacement of ``op``'s item by its text, where the request says the one to the other and the site shows
    the old words (as the site writes them); None otherwise."""
    old, new = " ".join(op.item.split()), " ".join((op.text or "").split())
    if op.title or not new or len(old) < 3 or not _NAMED.search(old) or old.casefold() == new.casefold() \
            or old.casefold() in _names(site) or re.search(r"\d", new) and not re.search(r"\d", old):
        # (a page's or the site's name: a rename, not words of a text; a name traded for a value ("Sat clinic to 11am"):
        # the value in its place, ``itemvalue``'s)
        return None
    said_old = _said(old, request)
    said_new = _said(new, request, said_old.end()) if said_old else None
    if said_old is None or said_new is None or not _JOIN.match(request[said_old.end():said_new.start()]):
        return None
    shown = _said(old, shown_text(site))
    return replacing(shown.group(0), new) if shown else None
