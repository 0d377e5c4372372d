"""Words of the site replaced as the request quotes them: "Change 'sing sea shanties badly but
loudly' to 'sing sea shanties with more enthusiasm than skill'", "'Two hour guided walks' should
say 'Relaxed two-hour guided walks'".

The model has no op for a sentence inside a paragraph, and it wrote such requests as the site's
name, a heading or an item edit that found nothing. When the request quotes words the site
shows, the plan is that replacement (``ReplaceText``), wherever the pages show them.
"""

from __future__ import annotations

import re

from pydantic import ValidationError

from app.scaffold.plan import ReplaceText
from app.scaffold.site import Site

_OPEN = "'\"“‘"
_CLOSE = "'\"”’"
# A verb of change, the quoted old words, "to"/"with" and the new words (quoted, or to the
# sentence's end); or the quoted words and "should say". Without the verb, "add 'Pricing' to
# the navigation" would read as a replacement.
_REPLACE = re.compile(
    r"(?:\b(?:change|replace|swap|switch|update|edit|correct|fix|reword)\s+(?:the\s+(?:\w+\s+)?(?:text|words?|line|"
    r"bit|sentence|phrase|part)\s+)?"
    rf"[{_OPEN}](?P<old>[^\n]{{2,200}}?)[{_CLOSE}]\s*,?\s+(?:to|with|into|for|by)"
    rf"|[{_OPEN}](?P<old2>[^\n]{{2,200}}?)[{_CLOSE}]\s*,?\s+should\s+(?:be|say|read))\s+"
    rf"(?:[{_OPEN}](?P<quoted>[^\n]{{1,200}}?)[{_CLOSE}](?=[\s.,!?;:]|$)|(?P<plain>[^.!?\n]{{1,200}}?)"
    r"(?=\s+(?:please|pls|everywhere|instead|on the|in the)\b|[.!?\n]|$))",
    re.IGNORECASE)


def _shows(site: Site, words: str) -> bool:
    """Whether any page of the site shows ``words`` (its titles, headings, texts, items)."""
    wanted = " ".join(words.split()).casefold()
    return any(wanted in " ".join(page.model_dump_json().split()).casefold() for page in site.pages)


def replacement(request: str, site: Site | None) -> ReplaceText | None:
    """The replacement the request quotes, of words the site shows; None when it quotes none."""
    found = _REPLACE.search(request)
    if found is None or site is None:
        return None
    old = (found.group("old") or found.group("old2")).strip()
    new = (found.group("quoted") or found.group("plain") or "").strip()
    if not new or old.casefold() == new.casefold() or not _shows(site, old):
        return None
    try:
        return ReplaceText(op="replace_text", old=old, new=new)
    except ValidationError:
        return None
