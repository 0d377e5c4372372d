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
from typing import Any

from app.scaffold import compound, itemfit, itemhome, scope
from app.scaffold.coverage import plan_text, unused_content
from app.scaffold.namedcontent import unused_names
from app.scaffold.plan import MAX_OPS, Decline, Plan, RemoveItem, plan_to_json
from app.scaffold.site import Site, norm_words, shown_text


def read(request: str, site: Site | None) -> Plan | None:
    """The removal the request names (``itemfit.removal``) as the whole plan. Beside content the
    request types that the site does not show: where it asks to add it ("... please take it off.
    And add this to the home page: "..." — Anjali"), None (the model's plan, which holds both, is
    fitted instead); else the removal and a decline ("... take it off. And the single tree price is
    now $45, not $42": one part done and the other dropped would look done)."""
    removed = _with_one_more(itemfit.removal(request, site), request, site)
    shown = shown_text(site)  # read once: both coverage checks below hold the plan against it
    # (names too: "add Moortown and Alwoodley, remove Kirkstall" types no price or number, and the places are left out)
    adds = _ADDS.search(request) is not None
    if removed is None or not (_left_out if adds else unused_content)(request, f"{plan_text(plan_to_json(removed))} | {shown}"):
        # "Please remove Saint Nicholas, and make the header sticky": the removal, and a decline of the rest
        return Plan(ops=[*removed.ops[:MAX_OPS - 1], Decline(op="decline")]) \
            if removed and _asks_more(request, [op for op in removed.ops if isinstance(op, RemoveItem)]) else removed
    if adds:
        # "banana bread is off. add Ricotta Hotcakes 22.00": the new one in the same list, else the model's plan
        added = [a for op in removed.ops if isinstance(op, RemoveItem) and site is not None
                 and (a := itemhome.added_beside(op, request, site))]
        both = Plan(ops=[*removed.ops, *added[:1]])
        return both if added and not _left_out(request, f"{plan_text(plan_to_json(both))} | {shown}") else None
    return Plan(ops=[*removed.ops[:MAX_OPS - 1], Decline(op="decline")])


_ADDS = re.compile(r"\b(?:add|include)\b|\bput\b(?!\s+(?:it|them|him|her)\s+back\b)", re.IGNORECASE)  # "I will put it back in October"


# A capitalised word inside a sentence: a name ("add Moortown and Alwoodley, remove Kirkstall": two places).
_CAPITALISED = re.compile(r"(?<=[a-z,]\s)(?-i:[A-Z][a-z]{3,})")


def _left_out(request: str, placed: str) -> bool:
    """Whether a plan that places ``placed`` leaves out content, a name or a capitalised word the request types (where it
    asks to add something beside the removal: not "Jess" of "cancel the sunset one, Jess is on maternity leave")."""
    words = placed.casefold()
    return bool(unused_content(request, placed) or unused_names(request, placed)
                or any(w.casefold() not in words for w in _CAPITALISED.findall(request)))


# One more thing to go, said after the first removal: "..., remove it please, and also the Joyería Plata box in gallery".
_ALSO = re.compile(r",?\s+and\s+also\s+(?:the\s+)?(?P<more>[^,.;!?]{3,60}?)(?:\s+(?:box|item|line|one|card|tile|entry|bit))?"
                   r"(?:\s+(?P<where>(?:in|on|from)\s+(?:the\s+)?[\w'’ ]{2,30}?(?:\s+page)?))?\s*[.!?]*\s*$", re.IGNORECASE)


def _with_one_more(removed: Plan | None, request: str, site: Site | None) -> Plan | None:
    """``removed`` and the one more removal said after it, where the site shows what it names; ``removed`` else."""
    more = _ALSO.search(request)
    if removed is None or more is None:
        return removed
    where = re.sub(r"^(?:in|on)\b", "from", more.group("where") or "")
    also = itemfit.removal(f"remove {more.group('more')} {where}".strip(), site)
    ops = [*removed.ops, *(op for op in (also.ops if also else []) if op not in removed.ops)]
    return Plan(ops=ops[:MAX_OPS]) if also is not None else removed


_REMOVES = re.compile(r"\b(?:remove|delete|take\s+(?:[\w'’-]+\s+){0,5}?(?:off|out|down)|get\s+rid|drop)\b", re.IGNORECASE)


def _listed(site: Site, title: str) -> bool:
    return any(i.title == title for page in site.pages for s in page.sections for i in s.items)


# A clause that asks the app something more: a verb of making said first, or a question ("Could the colours be ...?"), not
# a question's words named ("the answer to Which countries? should be ..."); not a reason
# that says what the business makes ("we dont make them anymore").
_ASKS = re.compile(r"^\W*(?:(?:please|pls|and|also|then|now|can\s+you|could\s+you)\s+)*(?:add|make|create|put|set|change|move|rename|"
                   r"replace|write|update|show|give|let)\b|^\W*(?:could|can|would|will)\b.*\?\s*$", re.IGNORECASE)


def _asks_more(request: str, removed: list[RemoveItem]) -> bool:
    """Whether a clause of the request other than the removal's asks something more; not one that opens with the name of
    what goes ("Move and level still on prices. Take it off." of "Move and level pool table")."""
    names = [" ".join(norm_words(op.item).split()[:2]) for op in removed]
    return any(_ASKS.search(c) and not any(norm_words(c).startswith(n) for n in names if n)
               for c in compound.clauses(request) if not _REMOVES.search(c))


def without_hedge(ops: list[Any], request: str, site: Site | None) -> list[Any]:
    """``ops`` without the model's decline beside removals of what the site lists, where the request asks nothing more
    than the removal and says why ("Please remove 'Saint Nicholas' project, the church asked me not to show it online":
    the removal, not "I can't")."""
    removals = [op for op in ops if isinstance(op, RemoveItem)]
    if site is None or not removals or not any(isinstance(op, Decline) for op in ops) \
            or len(removals) + sum(isinstance(op, Decline) for op in ops) != len(ops) \
            or not all(_listed(site, op.item) for op in removals) or scope.asks_for_feature(request) \
            or compound.unread(request, site, removals) or _asks_more(request, removals):
        return ops
    return removals
