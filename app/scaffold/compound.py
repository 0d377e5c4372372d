"""A request that asks for several edits in one message, each read whole on its own.

"rename the Meetings page to What Happens. oops the yearly fee is $170 not 160", "take Dave off Our
Team, and rename that page to Committee", "rename the patterns page to free patterns pls and take the
wexford wrap off": the model makes one of the edits (or a misreading of both), and the readings that
read a request whole (a page's rename, a new price, a replaced text, a removal, a menu change) each
take the whole message as one request and do one part. Here the message is cut into its clauses;
when every clause that asks or types something is read whole by one of those readings, and at
least two are, the plan is their edits, in order. Otherwise it is not read here: one part done and
the other dropped would be a wrong edit shown as done.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from app.scaffold import headfit, itemfit, navfit, peoplefit, textfit, whenfit
from app.scaffold.coverage import typed_content
from app.scaffold.namedcontent import names
from app.scaffold.plan import Plan, ReplaceText
from app.scaffold.site import Site

_VERB = r"(?:rename|change|add|remove|delete|take|put|make|move|replace|update|raise|drop|swap|call|set|get rid)\b"
_ASK = rf"(?:(?:please|pls|can\s+you|could\s+you|also|and|then|n)\s+)*{_VERB}"
# Where one request ends and the next begins: a sentence's end, a semicolon, "also", ", and" before a
# verb of asking, " and" before one.
_CUT = re.compile(rf"(?<=[.!?])\s+|;\s*|,?\s+(?:and\s+)?also,?\s+(?={_ASK})|,\s*(?:and|then|n)\s+(?={_ASK})"
                  rf"|\s+(?:and|n)\s+(?=(?:please\s+)?{_VERB})", re.IGNORECASE)
_ASKS = re.compile(rf"^\W*{_ASK}", re.IGNORECASE)

Reading = Callable[[str, Site], list[Any]]


def _ops(plan: Plan | None) -> list[Any]:
    return list(plan.ops) if plan is not None else []


def _one(op: Any) -> list[Any]:
    return [op] if op is not None else []


# The readings that read a request whole, in the order ``requestfit`` tries them on a whole request.
_READINGS: tuple[Reading, ...] = (
    lambda said, site: _one(itemfit.page_rename(said, site)),
    lambda said, site: _one(textfit.replacement(said, site) or textfit.date_change(said, site) or whenfit.when_change(said, site)),
    lambda said, site: _one(peoplefit.swap(said, site)),
    lambda said, site: list(textfit.price_changes(said, site)),
    lambda said, site: _ops(navfit.read(said, site)),
    lambda said, site: _ops(headfit.read(said, site)),
    lambda said, site: _ops(itemfit.removal(said, site)),
)


def said_before(op: Any, ops: list[Any]) -> bool:
    """Whether ``op`` replaces part of what an op before it replaced already, with part of its words."""
    return isinstance(op, ReplaceText) and any(isinstance(o, ReplaceText) and op.old in o.old and op.new in o.new
                                               for o in ops)


def clauses(request: str) -> list[str]:
    return [c.strip(" ,.") for c in _CUT.split(request) if c and c.strip(" ,.")]


def _says_something(clause: str) -> bool:
    """Whether a clause asks or types content (a price, a name): "It sounds friendlier." does not."""
    return bool(_ASKS.search(clause) or typed_content(clause) or names(clause))


def read(request: str, site: Site | None) -> Plan | None:
    """The edits of a request of several clauses, each read whole (see the module docstring); None
    when it has one clause, or a clause that says something no reading reads whole."""
    if site is None:
        return None
    parts = clauses(request)
    if len(parts) < 2:
        return None
    ops: list[Any] = []
    read_clauses = 0
    for clause in parts:
        found = next((got for reading in _READINGS if (got := reading(clause, site))), [])
        if found:
            read_clauses += 1
            # "Gerry Moloney has stepped down ... Please replace Gerry with Pádraig": one swap said twice
            ops += [op for op in found if op not in ops and not said_before(op, ops)]
        elif _says_something(clause):
            return None
    return Plan(ops=ops) if read_clauses >= 2 else None
