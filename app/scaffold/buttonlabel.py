"""A correction of words only a button shows: "Sorry, the number for whatsapp is wrong, is +54 9 223 555-3387" of a
button "Pedí por WhatsApp +54 9 223 555-3378" that links to "https://wa.me/5492235553378".

The replacement read from the request is right, but a replacement edits the text of headings, paragraphs and
entries, not a button's label, so the turn was refused ("I can't find ..."). Where the words are a button's label
and no other text's, the button is set to its label with them replaced, and its link too where the link holds the
same digits (a WhatsApp or phone link).
"""

from __future__ import annotations

import re
from typing import Any

from app.scaffold.plan import ReplaceText, SetText
from app.scaffold.site import Section, Site

_DIGITS = re.compile(r"\D")
MIN_DIGITS = 5  # a number long enough to be a phone's, not a year or a price


def relabelled(ops: list[Any], site: Site | None) -> list[Any]:
    """``ops`` with each replacement of words only one button's label shows made the setting of that button."""
    return [_button_set(op, site) or op if isinstance(op, ReplaceText) else op for op in ops]


def _button_set(op: ReplaceText, site: Site | None) -> SetText | None:
    if site is None or not op.old or not op.new:
        return None
    # (not the hero's: the page header's button is text a replacement edits)
    held = [(page.route, section) for page in site.pages for section in page.sections
            if op.old in section.button_label and section.kind != "hero"]
    if len(held) != 1 or _shown_elsewhere(site, op.old):
        return None
    route, section = held[0]
    label = section.button_label.replace(op.old, op.new)
    return SetText(op="set_text", route=route, target="button", text=label, section=section.kind, href=_href(section, op.old, op.new))


def _shown_elsewhere(site: Site, words: str) -> bool:
    """Whether any text of the site other than a button's label shows ``words`` (its name, a page's, the footer's)."""
    parts = [site.name, *site.footer, *(p.title for p in site.pages), *(part for p in site.pages for s in p.sections for part in _texts(s))]
    return any(words in part for part in parts)


def _texts(section: Section) -> list[str]:
    return [section.heading, section.text, *(v for i in section.items for v in (i.title, i.text)),
            *(v for t in section.tiers for v in (t.name, t.price, *t.features))]


def _href(section: Section, old: str, new: str) -> str:
    """The button's link with the old number's digits replaced by the new one's, where it holds them; else its link."""
    was, now = _DIGITS.sub("", old), _DIGITS.sub("", new)
    href = section.button_href
    if len(was) < MIN_DIGITS or len(now) < MIN_DIGITS or was not in href:
        return href if href.startswith(("/", "https://", "mailto:", "tel:")) else ""
    return href.replace(was, now)
