"""Whether a session pair teaches what its request says: a check per op, and one per copied value.

A replayed turn passes when its page shows the user's words; the plan that got them there can
still be wrong in a way the checks do not see. Taught such a plan, the model learns it: runs 13
and 14 learned items cut at any word ("ex" / "lifeguard", "drilling is"), a navigation request
written as a list, a font request written as a page title, and they then cut "Order Ahead" to
"Order". Each check below names one way a plan misreads its request; a pair failing any is
dropped, and the cleaned file's header counts why.

    .venv/bin/python build/finetune/pairchecks.py build/finetune/data/sessions-run13.jsonl \\
        --out build/finetune/data/sessions-run15.jsonl
"""

from __future__ import annotations

import argparse
import collections
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pairfile

# words a phrase does not end on: an item "drilling is" or "Tue-Thu 11:30-2 and" was cut mid-clause
_OPEN_ENDS = {"and", "or", "the", "a", "an", "to", "of", "with", "is", "are", "was", "its", "but"}
# words that may follow a one- or two-word lowercase item in a list ("planting from £9", "labour only $22")
_AFTER_ITEM = {"from", "per", "at", "each", "on", "in", "to", "for", "and", "or", "is", "are", "only", "a", "an",
               "the", "with", "w", "by", "not", "now", "instead", "please", "pls", "plz", "page", "first", "then",
               "every", "included", "includes", "free", "extra", "min", "mins", "minutes", "hours", "hrs", "x",
               "until", "till", "thru", "through", "daily", "weekly", "monthly"}
_FILLER = {"and", "or", "the", "a", "an", "to", "of", "for", "with", "not", "just", "been", "is", "are", "was",
           "be", "in", "on", "at", "but", "so", "if", "it", "big", "ta", "too", "also", "by", "as", "from"}
_NAV = re.compile(r"\b(nav|navigation|navbar|nav bar|top menu|menu at the top|header menu|main menu)\b", re.I)
_STYLE = re.compile(r"\b(fonts?|colou?rs?|typeface)\b", re.I)
_PAGE_WORD = re.compile(r"\b(page|pages|pg|tab|call it|called|named)\b", re.I)


def _spots(request: str, value: str) -> list[int]:
    """Where ``value`` stands in the request as whole words (not inside "womens" or "guitarron")."""
    low, v = request.lower(), value.lower()
    out, i = [], low.find(v)
    while i >= 0:
        before = low[i - 1] if i else " "
        after = low[i + len(v)] if i + len(v) < len(low) else " "
        if not before.isalnum() and not after.isalnum():
            out.append(i)
        i = low.find(v, i + 1)
    return out


def _copied(op: dict[str, Any]) -> Iterator[tuple[str, str]]:
    for k in ("title", "label", "heading", "text", "item"):
        if isinstance(op.get(k), str) and op[k]:
            yield k, op[k]
    for entry in op.get("items", []):
        for k in ("title", "text"):
            if entry.get(k):
                yield "item." + k, entry[k]


def _value_problem(request: str, slot: str, value: str) -> str | None:
    if request.lower().find(value.lower()) < 0:
        return None  # derived, not copied (a route, a colour)
    spots = _spots(request, value)
    if not spots:
        return "cut inside a word"
    words = value.lower().split()
    if all(w in _FILLER for w in words):
        return "only filler words"
    if 1 < len(words) <= 5 and words[-1] in _OPEN_ENDS and not value.istitle():
        return "cut before the clause ends"
    if slot.startswith("item.") and len(words) <= 2 and value[:1].islower() and not re.search(r"\d", value):
        nxt = [re.match(r" ([a-z][a-z'-]*)", request[i + len(value):]) for i in spots]
        if all(m and m.group(1) not in _AFTER_ITEM for m in nxt):
            return "a fragment of a sentence as an item"
    return None


def _items_not_nav(request: str, op: dict[str, Any]) -> str | None:
    return "a navigation request as items" if _NAV.search(request) and op.get("kind") != "contact" else None


def _not_style(request: str, op: dict[str, Any]) -> str | None:
    if _STYLE.search(request) and not re.search(r"\bpage\b", request, re.I):
        return f"a font or colour request as {op['op']}"
    return None


def _page_title_named(request: str, op: dict[str, Any]) -> str | None:
    spots = _spots(request, op["title"])
    if spots and not any(_PAGE_WORD.search(request[max(0, i - 40):i + len(op["title"]) + 40]) for i in spots):
        return "a page title taken far from the word page"
    return None


Check = Callable[[str, dict[str, Any]], "str | None"]
# the op's own checks; every op's copied values are checked as well
CHECKS: dict[str, list[Check]] = {
    "add_items": [_items_not_nav],
    "add_page": [_page_title_named, _not_style],
    "set_text": [_not_style],
}


def problem(request: str, plan: dict[str, Any]) -> str | None:
    """Why the plan misreads the request, or None when every op and every copied value fits it."""
    for op in plan["ops"]:
        for check in CHECKS.get(op["op"], []):
            why = check(request, op)
            if why:
                return why
        for slot, value in _copied(op):
            why = _value_problem(request, slot, value)
            if why:
                return f"{why} ({slot} {value!r})"
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pairs", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    lines = args.pairs.read_text(encoding="utf-8").splitlines()
    source = json.loads(lines[0])
    kept: list[str] = []
    dropped: collections.Counter[str] = collections.Counter()
    for line in lines[1:]:
        sample = json.loads(line)
        why = problem(sample["request"], sample["plan"])
        if why:
            dropped[why.split(" (")[0]] += 1
        else:
            kept.append(line)
    pairfile.write(args.out, f"{source['set']} less the pairs whose plan misreads the request "
                             "(build/finetune/pairchecks.py)", kept,
                   sets=source.get("sets", []), dropped=dict(dropped), **{"from": source["set"]})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
