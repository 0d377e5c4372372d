from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.errors import SessionFileError, UsageError
from app.session.bench.sessionfile import FileCheck, HttpCheck, load_session_file, load_sessions, parse_sessions

ROOT = Path(__file__).resolve().parents[4]
EXAMPLE = {
    "name": "bakery",
    "turns": [
        {"prompt": "Create a home page for a bakery called Rosie's Bakes with a hero section",
         "retries": ["Make the home page about Rosie's Bakes, with a big hero"],
         "checks": [{"kind": "http", "path": "/", "status": 200, "contains": ["Rosie's Bakes"]}]},
        {"prompt": "Add an about page titled Our Story",
         "checks": [{"kind": "http", "path": "/about", "status": 200, "contains": ["Our Story"]},
                    {"kind": "file", "path": "app/about/page.tsx", "exists": True}]},
    ],
    "final_checks": [{"kind": "typecheck"}, {"kind": "build"}],
}


def test_the_documented_example_parses_with_its_phrasings_and_checks() -> None:
    [session] = parse_sessions(EXAMPLE)
    assert session.name == "bakery" and len(session.turns) == 2
    assert session.turns[0].phrasings == [EXAMPLE["turns"][0]["prompt"], EXAMPLE["turns"][0]["retries"][0]]  # type: ignore[index]
    assert isinstance(session.turns[0].checks[0], HttpCheck)
    assert session.turns[0].checks[0].contains == ["Rosie's Bakes"]
    assert isinstance(session.turns[1].checks[1], FileCheck) and session.turns[1].checks[1].exists
    assert [c.kind for c in session.final_checks] == ["typecheck", "build"]


def test_a_file_may_hold_a_list_of_sessions(tmp_path: Path) -> None:
    second = {**EXAMPLE, "name": "second"}
    path = tmp_path / "two.json"
    path.write_text(json.dumps([EXAMPLE, second]))
    assert [s.name for s in load_session_file(path)] == ["bakery", "second"]


@pytest.mark.parametrize(("mutate", "expected"), [
    (lambda d: d["turns"][0]["checks"][0].update(kind="htp"), "unknown check kind 'htp'"),
    (lambda d: d["turns"][0]["checks"][0].update(contain=["x"]), "turns.0.checks.0.http.contain: unknown field"),
    (lambda d: d["turns"][1].update(check=[]), "turns.1.check: unknown field"),
    (lambda d: d.update(final=[]), "final: unknown field"),
    (lambda d: d["final_checks"].append({"kind": "build", "strict": True}), "final_checks.2.build.strict: unknown field"),
    (lambda d: d["turns"][0].update(checks=[]), "turns.0.checks"),
    (lambda d: d["turns"][0]["checks"][0].update(path="about"), "turns.0.checks.0.http.path"),
    (lambda d: d.pop("turns"), "turns: Field required"),
    (lambda d: d["turns"][0].update(prompt="x" * 1001), "turns.0.prompt: String should have at most 1000 characters"),
])
def test_unknown_kinds_fields_and_bad_values_are_clear_errors(mutate: object, expected: str) -> None:
    data = json.loads(json.dumps(EXAMPLE))
    mutate(data)  # type: ignore[operator]
    with pytest.raises(SessionFileError) as info:
        parse_sessions(data, "s.json")
    assert expected in str(info.value), str(info.value)
    assert "s.json" in str(info.value)
    assert isinstance(info.value, UsageError) and info.value.exit_code == 2


def test_unreadable_or_invalid_json_files_and_duplicate_names(tmp_path: Path) -> None:
    with pytest.raises(SessionFileError, match="Cannot read"):
        load_session_file(tmp_path / "none.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"name": "x", ')
    with pytest.raises(SessionFileError, match="not valid JSON"):
        load_session_file(bad)
    one = tmp_path / "one.json"
    one.write_text(json.dumps(EXAMPLE))
    with pytest.raises(SessionFileError, match="Two sessions are named 'bakery'"):
        load_sessions([one, one])
    empty = tmp_path / "empty.json"
    empty.write_text("[]")
    with pytest.raises(SessionFileError, match="no sessions"):
        load_session_file(empty)


def test_the_public_sessions_parse_and_are_varied() -> None:
    files = sorted((ROOT / "bench" / "sessions").glob("*.json"))
    sessions = load_sessions(files)
    assert len(sessions) >= 12
    for s in sessions:
        assert 5 <= len(s.turns) <= 10, s.name
    prompts = [p for s in sessions for t in s.turns for p in t.phrasings]
    assert len(prompts) == len(set(prompts)), "no phrasing is reused"
    examples = {json.loads(line)["request"].strip().lower()
                for line in (ROOT / "resources" / "prompts" / "plan-examples.jsonl").read_text().splitlines() if line.strip()}
    assert not examples & {p.strip().lower() for p in prompts}, "phrasings are not copied from the few-shot examples"


def test_a_jsonl_session_set_needs_its_header_and_reads_one_session_a_line(tmp_path: Path) -> None:
    import json as _json

    from app.errors import SessionFileError
    from app.session.bench.sessionfile import load_session_file

    step = {"prompt": "make the header sticky", "checks": [{"kind": "outcome", "expect": "declined"}]}
    rows = [{"set": "u9", "written": "2026-11-30", "how": "blind"}, {"name": "a", "turns": [step]},
            {"name": "b", "turns": [step, step]}]
    path = tmp_path / "u9.jsonl"
    path.write_text("\n".join(_json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    sessions = load_session_file(path)
    assert [s.name for s in sessions] == ["a", "b"] and sessions[1].turns[0].expects_decline
    path.write_text("\n".join(_json.dumps(r) for r in rows[1:]) + "\n", encoding="utf-8")
    with pytest.raises(SessionFileError, match="header"):
        load_session_file(path)


# --- "project": start from a folder instead of a new project ------------------------------------


def _next_project(folder: Path, *, layout: bool = True, next_dep: bool = True) -> Path:
    folder.mkdir(parents=True)
    deps = {"next": "16.4.3"} if next_dep else {"left-pad": "1.3.0"}
    (folder / "package.json").write_text(json.dumps({"name": folder.name, "dependencies": deps}))
    if layout:
        (folder / "app").mkdir()
        (folder / "app" / "layout.tsx").write_text("export default function L() { return null; }\n")
    return folder


def test_a_session_without_project_starts_from_a_new_one() -> None:
    [session] = parse_sessions(EXAMPLE)
    assert session.project is None and session.project_dir is None


def test_project_is_relative_to_the_session_file(tmp_path: Path) -> None:
    site = _next_project(tmp_path / "starters" / "ts-tw")
    path = tmp_path / "sessions" / "s.json"
    path.parent.mkdir()
    path.write_text(json.dumps({**EXAMPLE, "project": "../starters/ts-tw"}))
    [session] = load_session_file(path)
    assert session.project_dir == site.resolve()
    assert session.project_dir.is_absolute()


def test_a_jsonl_header_project_is_every_sessions_unless_one_names_its_own(tmp_path: Path) -> None:
    _next_project(tmp_path / "a")
    _next_project(tmp_path / "b")
    rows = [{"set": "u9", "written": "2026-11-30", "how": "blind", "project": "a"},
            {**EXAMPLE, "name": "one"}, {**EXAMPLE, "name": "two", "project": "b"}]
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    one, two = load_session_file(path)
    assert one.project_dir == (tmp_path / "a").resolve() and two.project_dir == (tmp_path / "b").resolve()
    for bad in (7, "", " "):
        rows[0]["project"] = bad
        path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
        with pytest.raises(SessionFileError, match="header's \"project\" must be a folder name"):
            load_session_file(path)


@pytest.mark.parametrize(("make", "expected"), [
    (lambda root: None, "does not exist"),
    (lambda root: (root / "site").write_text("a file"), "is not a folder"),
    (lambda root: (root / "site").mkdir(), "it has no package.json"),
    (lambda root: _next_project(root / "site", next_dep=False), "does not list `next`"),
    (lambda root: _next_project(root / "site", layout=False), "has no App Router layout"),
])
def test_a_project_that_is_missing_or_not_next_is_a_sentence(tmp_path: Path, make: object, expected: str) -> None:
    make(tmp_path)  # type: ignore[operator]
    path = tmp_path / "s.json"
    path.write_text(json.dumps({**EXAMPLE, "project": "site"}))
    with pytest.raises(SessionFileError) as info:
        load_session_file(path)
    message = info.value.message
    assert expected in message, message
    assert message.startswith(f"{path}, session 'bakery': \"project\": 'site'") and message.endswith(".")
    assert "\n" not in message and "Traceback" not in message
    assert info.value.exit_code == 2 and info.value.hint


def test_project_must_be_a_non_empty_string() -> None:
    with pytest.raises(SessionFileError, match="project"):
        parse_sessions({**EXAMPLE, "project": ""})
    with pytest.raises(SessionFileError, match="project"):
        parse_sessions({**EXAMPLE, "project": 3})


def test_a_first_message_as_long_as_people_type_it_is_a_step() -> None:
    data = json.loads(json.dumps(EXAMPLE))
    data["turns"][0]["prompt"] = "Good morning! I'm the coordinator of the sock knitters. " * 10  # 560 characters
    assert len(parse_sessions(data, "s.json")[0].turns[0].prompt) == 560
