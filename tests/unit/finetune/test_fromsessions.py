"""Training pairs from the recorded user sessions (build/finetune/fromsessions.py) and the data file they make."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "build" / "finetune"))
sys.path.insert(0, str(ROOT))

import fromsessions  # noqa: E402

PLAN = '{"ops":[{"op":"add_items","route":"/menu","kind":"list","items":[{"title":"Flat white","text":"$4"}]}]}'
REQUEST = "add Flat white $4 to the menu"


def _row(**kw: object) -> dict[str, object]:
    row: dict[str, object] = {"k": "u1 cafe 0.0", "prompt": REQUEST, "plan": PLAN, "out": "applied", "ok": True,
                              "decl": False, "routes": ["/", "/menu"], "model": PLAN, "fixed": True}
    return row | kw


def test_a_plan_is_writable_only_with_the_requests_words_and_the_sites_routes() -> None:
    assert fromsessions.writable(PLAN, REQUEST, ["/", "/menu"])
    respelt = PLAN.replace("Flat white", "Flat whites")
    assert not fromsessions.writable(respelt, REQUEST, ["/", "/menu"])
    section = '{"ops":[{"op":"add_section","route":"/menu","kind":"text","text":"Flat white"}]}'
    assert fromsessions.writable(section, REQUEST, ["/", "/menu"])
    assert not fromsessions.writable(section, REQUEST, ["/"])  # a section goes on a page the site has
    assert not fromsessions.writable('{"ops":[{"op":"add_items","route":"/menu"}]}', REQUEST, ["/", "/menu"])


def test_a_turn_teaches_its_applied_plan_or_a_decline_and_only_when_it_passed() -> None:
    assert fromsessions.target(_row()) == PLAN
    assert fromsessions.target(_row(ok=False)) is None
    assert fromsessions.target(_row(fixed=False)) is None  # the fitting would change it again
    assert fromsessions.target(_row(out="unchanged")) is None
    assert fromsessions.target(_row(decl=True, out="declined")) == fromsessions.DECLINE
    assert fromsessions.target(_row(decl=True, out="applied", ok=False)) is None


def test_pairs_keep_away_from_held_requests_and_repeats_and_say_what_they_teach() -> None:
    other = '{"ops":[{"op":"edit_item","item":"Flat white","text":"$4"}]}'
    rows = [_row(), _row(), _row(model=other, routes=["/", "/menu", "/about"]), _row(prompt="Add Flat white $4 to the menu!")]
    taught, kept = fromsessions.pairs(rows, set())
    assert len(kept) == 1 and len(taught) == 1  # the repeat (same words, same pages) is one pair
    assert taught[0]["routes"] == ["/", "/menu", "/about"]
    assert fromsessions.pairs(rows, {fromsessions.key(REQUEST)}) == ([], [])
    decline = fromsessions.DECLINE
    taught, kept = fromsessions.pairs([_row(decl=True, out="declined", plan="x", model=decline)], set())
    assert (taught, kept) == ([], [])  # a decline the model makes already is given no more weight
    taught, kept = fromsessions.pairs([_row(decl=True, out="declined", model=PLAN)], set())
    assert [t["plan"] for t in taught] == [{"ops": [{"op": "decline"}]}]


def test_the_shipped_pairs_are_writable_and_keep_away_from_every_eval_and_later_set() -> None:
    held = fromsessions._held_apart()
    usersets = ROOT / "bench" / "usersets"
    # a request a later blind writer happened to type too is recorded, with where and why
    recorded = {json.loads(line)["request"] for line in (usersets / "pair-overlaps.jsonl").open(encoding="utf-8")}
    for path in sorted((ROOT / "build" / "finetune" / "data").glob("sessions-*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        header, pairs = json.loads(lines[0]), [json.loads(line) for line in lines[1:]]
        assert len(pairs) == header["count"]
        later = [p for p in usersets.glob("u*.jsonl") if p.stem not in header["sets"]]
        unseen = " ".join(p.read_text(encoding="utf-8") for p in later).lower()
        for pair in pairs:
            plan = json.dumps(pair["plan"], ensure_ascii=False, separators=(",", ":"))
            assert fromsessions.writable(plan, pair["request"], pair["routes"]), pair["request"]
            assert fromsessions.key(pair["request"]) not in held
            # a short request ("make it black and yellow") may be typed again by anyone; one of eight words or more is its set's own
            if len(pair["request"].split()) >= 8 and pair["request"].lower() not in recorded:
                assert json.dumps(pair["request"], ensure_ascii=False)[1:-1].lower() not in unseen, pair["request"]
