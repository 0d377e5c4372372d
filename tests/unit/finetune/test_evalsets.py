"""The plan-accuracy eval sets as data (bench/plans/data/*.jsonl) and their one loader."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from app.scaffold.plan import OP_NAMES  # noqa: E402
from bench.plans.sets import (BLIND_SETS, DATA, FILES, SETS, EvalSetError, all_cases, digest, load,  # noqa: E402
                              op_counts, read)

# The sizes the results and the README quote; a set that has been measured keeps them.
SIZES = {"hand": 30, "generated": 320, "blind": 324, "blind2": 340, "blind3": 340, "blind4": 340, "blind5": 340}


def test_every_set_gives_the_cases_its_header_records() -> None:
    """The header's hash was taken from the Python modules the sets were first written as; the
    loader must give those cases byte for byte (canonical JSON), with the same count per op."""
    assert SETS == ("hand", "generated", "all", "blind", "blind2", "blind3", "blind4", "blind5")
    assert sorted(p.stem for p in DATA.glob("*.jsonl")) == sorted(FILES)
    for name in FILES:
        header, cases = read(name)
        assert {"set", "written", "how", "source", "cases", "ops", "sha256"} <= header.keys()
        assert header["set"] == name and len(cases) == header["cases"] == SIZES[name]
        assert digest(cases) == header["sha256"]
        assert op_counts(cases) == header["ops"] and set(header["ops"]) <= set(OP_NAMES)
        assert all(c.tags == (name,) for c in cases)
    assert all_cases("all") == load("hand") + load("generated")
    assert all(len(all_cases(name)) >= 300 for name in BLIND_SETS)


def test_a_case_keeps_its_slots_in_the_order_written() -> None:
    """A result file repeats each case's ``expected`` as read, so the rows' key order is kept."""
    lines = (DATA / "blind4.jsonl").read_text(encoding="utf-8").splitlines()[1:]
    assert [json.dumps(c.row(), ensure_ascii=False) for c in load("blind4")] == lines


# Slots a case leaves out (a careful reader could not pin them down), filled so the op validates.
_FILL: dict[str, dict[str, object]] = {
    "add_page": {"title": "X"}, "add_section": {"route": "/", "kind": "text"},
    "remove_section": {"route": "/", "kind": "text"}, "set_text": {"route": "/", "target": "title", "text": "X"},
    "add_nav_link": {"label": "X", "href": "/"}, "remove_page": {"route": "/"},
    "rename_page": {"route": "/", "new_route": "/x"}, "add_api_route": {"route": "/api/x"},
    "repair": {"path": "app/page.tsx"}, "set_theme": {}}


def test_every_case_still_fits_the_plan_schema_and_its_project() -> None:
    """The checks the sets' generators ran on their own output, kept for the data: a change to the
    plan schema that leaves a set asking for a slot or value the app no longer has fails here."""
    from pydantic import TypeAdapter

    from app.scaffold.plan import Op

    adapter: TypeAdapter[object] = TypeAdapter(Op)
    for name in FILES:
        for c in load(name):
            op = str(c.expected["op"])
            adapter.validate_python({**_FILL[op], **c.expected})
            assert c.routes[0] == "/" and len(set(c.routes)) == len(c.routes), c
            assert (c.error is not None) == (op == "repair"), c
            route = c.expected.get("route")
            if route and op in ("add_section", "remove_section", "set_text", "remove_page", "rename_page"):
                assert route in c.routes, c
            if route and op == "add_page":
                assert route not in c.routes, c

def _copy(tmp_path: Path) -> Path:
    for name in FILES:
        shutil.copy(DATA / f"{name}.jsonl", tmp_path / f"{name}.jsonl")
    return tmp_path


def _rewrite(path: Path, line: int, row: object) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[line] = json.dumps(row)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_an_edited_set_is_refused_with_a_sentence(tmp_path: Path) -> None:
    data = _copy(tmp_path)
    assert load("hand", data) == load("hand")
    path = data / "hand.jsonl"
    first = json.loads(path.read_text(encoding="utf-8").splitlines()[1])
    _rewrite(path, 1, {**first, "expected": {**first["expected"], "route": "/elsewhere"}})
    with pytest.raises(EvalSetError, match="no longer holds the cases its header describes"):
        load("hand", data)
    _rewrite(path, 1, {k: v for k, v in first.items() if k != "error"})
    with pytest.raises(EvalSetError, match=r"hand.jsonl line 2 is not a case"):
        load("hand", data)
    _rewrite(path, 1, {**first, "routes": "/"})
    with pytest.raises(EvalSetError, match=r"line 2 is not a case: .* routes a list"):
        load("hand", data)
    path.write_text("\n".join(path.read_text(encoding="utf-8").splitlines()[1:]) + "\n", encoding="utf-8")
    with pytest.raises(EvalSetError, match="must start with a header line"):
        load("hand", data)
    shutil.copy(DATA / "blind.jsonl", data / "blind2.jsonl")
    with pytest.raises(EvalSetError, match="says it holds the set 'blind', not 'blind2'"):
        load("blind2", data)
    (data / "blind3.jsonl").unlink()
    with pytest.raises(EvalSetError, match="Cannot read the eval set .*blind3.jsonl"):
        load("blind3", data)
    with pytest.raises(EvalSetError, match="no eval set named 'blind9'"):
        load("blind9", data)


def test_the_eval_runner_offers_the_same_sets() -> None:
    """``run.py --cases`` takes the set names, and an unknown one is a usage error, not a traceback."""
    run = [sys.executable, str(ROOT / "bench" / "plans" / "run.py")]
    shown = subprocess.run([*run, "--help"], capture_output=True, text=True, timeout=60)
    assert shown.returncode == 0 and "{hand,generated,all,blind,blind2,blind3,blind4,blind5}" in shown.stdout
    bad = subprocess.run([*run, "--cases", "blind9"], capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "invalid choice: 'blind9'" in bad.stderr and "Traceback" not in bad.stderr

