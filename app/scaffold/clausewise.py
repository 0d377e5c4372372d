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
from app.scaffold.plan import (MAX_OPS, AddItems, AddPage, AddSection, Decline, EditItem, Plan, RemoveItem, RemoveSection,
                               RenamePage, SetText)
from app.scaffold.site import Site, norm_words

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


def joined(asks: Sequence[str], plans: Sequence[Plan], site: Site | None = None) -> Plan | None:
    """The plans of the asks, in order, as one; None where any declines or asks nothing, or together they hold more
    ops than a plan may. Content an ask puts on the home page without naming it (the model's default page) goes on
    the one page the asks before it acted on ("Rename Our Crew page to Crew and Boat. Add sentence: ..." is for Crew
    and Boat; "Remove Gareth Evans from Councillors and add the sentence: ..." for Councillors); where they acted on
    none or several, the plans are None."""
    if any(not plan.ops or any(isinstance(op, Decline) for op in plan.ops) for plan in plans):
        return None
    placed: list[Plan] = []
    for ask, plan in zip(asks, plans):
        if _on_home_unasked(plan, ask):
            page = _page_acted_on(placed, site)
            if page is None:
                return None
            plan = Plan(ops=[op.model_copy(update={"route": page}) if _on_home(op) else op for op in plan.ops])
        placed.append(plan)
    ops = [op for plan in placed for op in plan.ops]
    return Plan(ops=ops) if len(ops) <= MAX_OPS else None


def _on_home(op: object) -> bool:
    return isinstance(op, (AddItems, AddSection)) and op.route == "/"


def _on_home_unasked(plan: Plan, ask: str) -> bool:
    return not HOME_WORDS.search(ask) and any(_on_home(op) for op in plan.ops)


def _page_acted_on(plans: Sequence[Plan], site: Site | None) -> str | None:
    """The one page other than home that ``plans`` add, rename, put content on or take an entry off; None for none
    or several."""
    pages = {route for plan in plans for op in plan.ops if (route := _route_of(op, site)) is not None}
    return pages.pop() if len(pages) == 1 and "/" not in pages else None


def _route_of(op: object, site: Site | None) -> str | None:
    if isinstance(op, AddPage):
        return op.route
    if isinstance(op, RenamePage):
        return op.route  # its content is edited where it is; the rename moves it with its edits
    if isinstance(op, (AddItems, AddSection, SetText, RemoveSection)):
        return op.route
    if isinstance(op, (RemoveItem, EditItem)) and site is not None:
        holding = {page.route for page in site.pages for section in page.sections
                   if any(norm_words(item.title) == norm_words(op.item) for item in section.items)}
        return holding.pop() if len(holding) == 1 else None
    return None
