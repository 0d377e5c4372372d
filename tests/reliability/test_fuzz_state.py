"""Property test: damaged state files and bad arguments get a sentence, never a traceback (issue 14, item 5).

Hypothesis damages one of a real project's state files (truncated, binary, not UTF-8, valid
JSON of the wrong type or shape, nested too deeply, numbers too long) and runs one command
with possibly bad arguments through the real CLI (``app.cli.main``; ``prompt`` and
``session`` on the scripted engine). Every run must end with exit code 0, 1 or 2, a
sentence on stderr when it fails, no crash report from the CLI's last-resort guard, and the
project byte-identical whenever the command failed or only reads.

Not damaged here: ``.nxr/journal/pending.json`` and the undo store's objects for undo/redo
(recovery and the journal's own tests cover those); a damaged object is read by ``diff``.

``NXR_FUZZ_STATE_EXAMPLES`` sets the number of runs (CI: 300).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.unit.cli_helpers import PAGE_PLAN, TEXT_PLAN, add_turns, fake_node, files_of, make_project, run_cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX paths")

EXAMPLES = int(os.environ.get("NXR_FUZZ_STATE_EXAMPLES", "300"))
STATS = {"runs": 0, "bad_state": 0, "bad_args": 0, "refused": 0, "succeeded": 0}

STATE_FILES = [".nxr/site.json", ".nxr/history.json", ".nxr/project.json", ".nxr/session.jsonl",
               ".nxr/devserver.json", ".nxr/lock", "package.json", "OBJECT"]
READ_ONLY = {"open", "history", "diff"}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
hostile_text = st.one_of(
    st.text(max_size=60),
    st.sampled_from(["", " ", "\x1b[31mred\x1b[0m", "\u202eevil", "bad \udcff byte", "a\x00b", "\r\n", "x" * 5000,
                     ":undo", "../../etc/passwd", "日本語", "\t"]),
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _paths(item, (*prefix, i))


def _mutated(value: Any, draw: st.DrawFn) -> Any:
    """``value`` with one place in it replaced, deleted or given an extra key (wrong types, wrong shapes)."""
    places = list(_paths(value))
    path = places[draw(st.integers(0, len(places) - 1))]
    new = draw(json_values)
    if not path:
        return new
    parent = value
    for key in path[:-1]:
        parent = parent[key]
    action = draw(st.sampled_from(["replace", "replace", "delete", "extra"]))
    if action == "delete":
        del parent[path[-1]]
    elif action == "extra" and isinstance(parent, dict):
        parent[draw(st.text(max_size=6))] = new
    else:
        parent[path[-1]] = new
    return value


@st.composite
def damaged(draw: st.DrawFn, original: bytes) -> bytes:
    kinds = ["truncate", "binary", "flip", "empty", "json", "not_utf8", "deep", "long_number"]
    try:
        parsed = json.loads(original)
        kinds += ["mutate"] * 4
    except ValueError:
        parsed = None
    kind = draw(st.sampled_from(kinds))
    if kind == "truncate":
        return original[: draw(st.integers(0, max(0, len(original) - 1)))]
    if kind == "binary":
        return draw(st.binary(max_size=300))
    if kind == "flip" and original:
        at = draw(st.integers(0, len(original) - 1))
        return original[:at] + bytes([draw(st.integers(0, 255))]) + original[at + 1:]
    if kind == "json":
        return json.dumps(draw(json_values)).encode()
    if kind == "not_utf8":
        at = draw(st.integers(0, len(original)))
        return original[:at] + b"\xff\xc0" + original[at:]
    if kind == "deep":
        return b"[" * 100_000 + b"]" * 100_000
    if kind == "long_number":
        return b'{"position": ' + b"9" * 5000 + b', "turns": []}'
    if kind == "mutate":
        return json.dumps(_mutated(parsed, draw)).encode()
    return b""


def _never_a_live_pid(data: bytes) -> bytes:
    """devserver.json must never name a real process: `stop` signals the pid it finds there."""
    try:
        value = json.loads(data)
    except (ValueError, RecursionError):
        return data
    if isinstance(value, dict) and isinstance(value.get("pid"), int):
        value["pid"] = "not a pid"
        return json.dumps(value).encode()
    return data


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real project after three turns, the last one undone (so undo, redo and diff all have work)."""
    base = tmp_path_factory.mktemp("fuzz-state")
    old = {k: os.environ.get(k) for k in ("NXR_DATA_DIR", "NXR_CACHE_DIR")}
    os.environ["NXR_DATA_DIR"], os.environ["NXR_CACHE_DIR"] = str(base / "data"), str(base / "cache")
    try:
        root = make_project(base / "pristine")
        add_turns(root, PAGE_PLAN, TEXT_PLAN, '{"ops":[{"op":"set_theme","primary":"#336699"}]}')
        from app.scaffold import history

        history.undo(root)
    finally:
        for key, value in old.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return root


_PRISTINE_FILES: dict[Path, dict[str, bytes | str]] = {}


def _restore(root: Path, pristine: Path) -> None:
    """Puts ``root`` back to the pristine project: rewrites what differs, or copies it anew (folders
    are slow to delete on this disk, and most runs change one file)."""
    want = _PRISTINE_FILES.setdefault(pristine, files_of(pristine))
    have = files_of(root)
    if have.keys() != want.keys() or any(isinstance(want[k], str) and have[k] != want[k] for k in want):
        if root.exists():
            shutil.rmtree(root)
        shutil.copytree(pristine, root, symlinks=True)
        return
    for rel, body in want.items():
        if have[rel] != body and isinstance(body, bytes):
            (root / rel).write_bytes(body)


@given(data=st.data())
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
def test_damaged_state_and_bad_arguments_get_a_sentence(
    data: st.DataObject, pristine: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.engine import catalog
    from app.engine.fake import FakeEngine

    monkeypatch.setenv("NXR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("NXR_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("NXR_NODE", str(fake_node(tmp_path / "node-bin")))
    monkeypatch.setattr(catalog, "open_engine", lambda *_, **__: FakeEngine(data.draw(st.sampled_from(
        [PAGE_PLAN, TEXT_PLAN, '{"ops":[{"op":"remove_page","route":"/about"}]}', "not a plan"]))))
    root = tmp_path / "site"
    _restore(root, pristine)

    command = data.draw(st.sampled_from(["open", "history", "diff", "undo", "redo", "prompt", "session", "stop",
                                         "new"]))
    target = data.draw(st.sampled_from(STATE_FILES))
    if target == "OBJECT":
        if command not in READ_ONLY:
            target = ".nxr/site.json"
        else:
            objects = sorted(p for p in (root / ".nxr/objects").rglob("*") if p.is_file())
            target = str(data.draw(st.sampled_from(objects)).relative_to(root))
    path = root / target
    original = path.read_bytes() if path.is_file() else b'{"pid": "none", "url": "", "port": 0}'
    broken = data.draw(damaged(original))
    if target.endswith("devserver.json"):
        broken = _never_a_live_pid(broken)
    path.write_bytes(broken)
    STATS["bad_state"] += 1

    where = str(root)
    if data.draw(st.integers(0, 5)) == 0:  # a bad folder argument instead of the project
        STATS["bad_args"] += 1
        where = data.draw(st.sampled_from([
            str(root / "nope"), str(root / "package.json"), str(root / ("x" * 300)), str(root) + "/\x1b[2J",
            str(root) + "\udcff", str(tmp_path / "loop"),
        ]))
        if not (tmp_path / "loop").is_symlink():
            (tmp_path / "loop").symlink_to("loop")
    argv: list[str] = [command, where]
    stdin = None
    if command == "diff" and data.draw(st.booleans()):
        argv += ["--turn", data.draw(st.sampled_from(["-1", "0", "1", "2", "3", "99", "abc", ""]))]
    elif command == "open" and data.draw(st.booleans()):
        argv.append("--json")
    elif command == "prompt":
        argv += [data.draw(hostile_text), "--no-preview"]
    elif command == "session":
        argv.append("--no-preview")
        lines = data.draw(st.lists(st.one_of(st.sampled_from([b":undo", b":redo", b":diff", b"\xff\xfe"]),
                                             hostile_text.map(lambda t: t.encode("utf-8", "surrogateescape"))),
                                   max_size=3))
        stdin = b"\n".join(line.replace(b"\n", b" ") for line in lines) + b"\n:quit\n"
    elif command == "new":
        area = tmp_path / "new-area"
        area.mkdir(exist_ok=True)
        argv = ["new", data.draw(st.sampled_from([where, str(area / "fresh"), str(root / "package.json" / "x")]))]
        if data.draw(st.booleans()):
            argv += ["--name", data.draw(hostile_text)]

    before = files_of(root)
    new_area_before = files_of(tmp_path / "new-area")
    run = run_cli(argv, stdin=stdin)  # asserts: no crash report, no traceback
    STATS["runs"] += 1
    assert run.code in (0, 1, 2), (argv, run.code, run.err)
    if command in ("prompt", "session"):  # the session log records every turn, applied or not
        before.pop(".nxr/session.jsonl", None)
        after = files_of(root)
        after.pop(".nxr/session.jsonl", None)
    else:
        after = files_of(root)
    if run.code != 0:
        STATS["refused"] += 1
        turn_refused = command == "prompt" and "\nnote:    " in run.out  # a turn that was not applied, and why
        assert turn_refused or run.err.startswith(("nxr: error: ", "usage: ")), (argv, run.err)
        assert after == before, argv
        if command == "new":
            assert files_of(tmp_path / "new-area") == new_area_before, argv
    else:
        STATS["succeeded"] += 1
    if command in READ_ONLY:
        assert after == before, argv
    if command == "new" and (tmp_path / "new-area").exists():
        shutil.rmtree(tmp_path / "new-area")


def test_report_counts() -> None:
    """Prints what the property test tried (run with -s to see it)."""
    if STATS["runs"]:
        print(f"\nstate fuzz: {STATS['runs']} runs ({STATS['bad_state']} damaged state files, "
              f"{STATS['bad_args']} bad folder arguments), {STATS['refused']} refused with a sentence, "
              f"{STATS['succeeded']} succeeded, 0 tracebacks")
