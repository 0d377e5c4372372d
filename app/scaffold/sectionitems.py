"""A section asked for by its kind and the entries typed for it, as one section of that kind holding them.

"add features section 👉 Offline maps, Fare calculator in cedis, Live crowd reports from other riders, ...": the model
wrote a features section (headed with the first entry) and a list of the entries beside it, so the page showed the
placeholder features "Quality / Speed / Support" above the user's list. The entries go into the section of the kind
the request names, and a heading that is one of them goes.
"""

from __future__ import annotations

import re
from typing import Any

from app.scaffold.plan import AddItems, AddSection
from app.scaffold.site import SECTION_WORDS, norm_words


def _said(request: str, kind: str) -> bool:
    words = SECTION_WORDS.get(kind, ())
    return any(re.search(rf"\b{re.escape(w)}\b", request, re.IGNORECASE) for w in words)


def merged(ops: list[Any], request: str) -> list[Any]:
    """``ops`` with an empty section of a kind the request names and the one list of entries the plan puts on the same
    page (of a kind it does not name) made one section of that kind; else ``ops``."""
    empty = [op for op in ops if isinstance(op, AddSection) and not op.text and op.kind != "hero" and _said(request, op.kind)]
    if len(empty) != 1:
        return ops
    section = empty[0]
    lists = [op for op in ops if isinstance(op, AddItems) and op.route == section.route]
    if len(lists) != 1 or lists[0].kind == section.kind or _said(request, lists[0].kind):
        return ops
    items = lists[0]
    titles = {norm_words(e.title) for e in items.items}
    heading = items.heading or ("" if norm_words(section.heading) in titles else section.heading)
    one = items.model_copy(update={"kind": section.kind, "heading": heading})
    return [one if op is items else op for op in ops if op is not section]
