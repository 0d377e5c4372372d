"""A request of two or three asks, each complete on its own, for the model to read one at a time.

"Make the Our Coffee page first in the menu and change the colours to dark brown and green": the
model writes one of the two edits, or a misreading of both, and the turn declines rather than do one
and drop the other (``compound``). Each ask read alone is the kind of request the model was taught;
the turn reads them one by one and makes them all, or declines as before.

Only asks that stand alone are cut: each clause starts with a verb of asking, and no later one points
back at the one before ("..., and move it first": "it" is not in that clause).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.scaffold import compound, scope
from app.scaffold.pagename import HOME_WORDS
from app.scaffold.plan import MAX_OPS, AddItems, AddSection, Decline, Plan

MAX_PARTS = 3
_FILLER = r"(?:(?:and|also|then|please|pls|plz|plus|oh|ok|okay|now|next|lastly|finally|can\s+you|could\s+you|can\s+u)[,]?\s+)*"
_VERB = (r"(?:add|remove|delete|take|put|change|rename|move|update|replace|make|create|swap|drop|fix|correct|set|use|write|"
         r"list|insert|show|mark|raise|lower)\b")
_ASKS = re.compile(rf"^\W*{_FILLER}{_VERB}", re.IGNORECASE)
# Words that need the clause before to be read: "take it off", "put them first", "swap those", "the same".
_POINTS_BACK = re.compile(r"\b(?:it|its|them|this|that|these|those|ones|him|her|there|same|both|above|instead)\b", re.IGNORECASE)


def parts(request: str) -> list[str]:
    """The request's asks, each to be read alone; [] where it is one ask, more than ``MAX_PARTS``, a clause
    asks nothing of its own or points back, or any of it asks for something no edit builds."""
    if scope.asks_for_feature(request) or scope.asks_for_action(request):
        return []
    cut = compound.clauses(request)
    if not MAX_PARTS >= len(cut) >= 2:
        return []
    if not all(_ASKS.match(clause) for clause in cut) or any(_POINTS_BACK.search(clause) for clause in cut[1:]):
        return []
    return cut


def joined(asks: Sequence[str], plans: Sequence[Plan]) -> Plan | None:
    """The plans of the asks, in order, as one; None where any declines or asks nothing, puts content on the home
    page that its ask does not name (the model's default page: "... and add Bartosz Mazurkiewicz, instructor" was
    for the page the ask before renamed), or together they hold more ops than a plan may."""
    ops = [op for plan in plans for op in plan.ops]
    if any(not plan.ops or any(isinstance(op, Decline) for op in plan.ops) for plan in plans) or len(ops) > MAX_OPS:
        return None
    if any(_on_home_unasked(plan, ask) for ask, plan in zip(asks, plans)):
        return None
    return Plan(ops=ops)


def _on_home_unasked(plan: Plan, ask: str) -> bool:
    return not HOME_WORDS.search(ask) and any(isinstance(op, (AddItems, AddSection)) and op.route == "/" for op in plan.ops)
