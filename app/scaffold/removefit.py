"""A removal the request names, read whole from its words, beside what else the request types.

"scrap mulch delivery", "Remove Kumho.", "take the raffle off" (``itemfit.removal``) are the whole plan.
Beside content the site does not show, the plan says what it does with it: the new item in the removed
one's list where the request adds it ("banana bread is off. add Ricotta Hotcakes 22.00"), the model's
plan where that cannot be read, or the removal and a decline where the request adds nothing ("... take
it off. And the single tree price is now $45, not $42": one part done and the other dropped would look
done).
"""

from __future__ import annotations

import re

from app.scaffold import itemfit, itemhome
from app.scaffold.coverage import plan_text, unused_content
from app.scaffold.plan import MAX_OPS, Decline, Plan, RemoveItem, plan_to_json
from app.scaffold.site import Site, shown_text


def read(request: str, site: Site | None) -> Plan | None:
    """The removal the request names (``itemfit.removal``) as the whole plan. Beside content the
    request types that the site does not show: where it asks to add it ("... please take it off.
    And add this to the home page: "..." — Anjali"), None (the model's plan, which holds both, is
    fitted instead); else the removal and a decline ("... take it off. And the single tree price is
    now $45, not $42": one part done and the other dropped would look done)."""
    removed = itemfit.removal(request, site)
    shown = shown_text(site)  # read once: both coverage checks below hold the plan against it
    if removed is None or not unused_content(request, f"{plan_text(plan_to_json(removed))} | {shown}"):
        return removed
    if _ADDS.search(request):
        # "banana bread is off. add Ricotta Hotcakes 22.00": the new one in the same list, else the model's plan
        added = [a for op in removed.ops if isinstance(op, RemoveItem) and site is not None
                 and (a := itemhome.added_beside(op, request, site))]
        both = Plan(ops=[*removed.ops, *added[:1]])
        return both if added and not unused_content(request, f"{plan_text(plan_to_json(both))} | {shown}") else None
    return Plan(ops=[*removed.ops[:MAX_OPS - 1], Decline(op="decline")])


_ADDS = re.compile(r"\b(?:add|put|include)\b", re.IGNORECASE)
