"""Property-based fuzzing of the write path with hostile edit plans.

Every generated plan goes through the real apply path (`history.record_turn`,
the journal, atomic writes) into a real project folder that has a sentinel
folder beside it and a symlink inside it pointing out. After every plan:
nothing outside the project changed, and a refusal is a clear message.

`NXR_FUZZ_EXAMPLES` sets the number of plans (CI: 1,000; `scripts/reliability.sh`: 10,000).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import NxrError, PathSafetyError, PlanError
from app.scaffold import history
from app.scaffold.plan import Plan, parse_plan
from app.scaffold.source import open_source
from tests.unit.scaffold.helpers import managed_project

EXAMPLES = int(os.environ.get("NXR_FUZZ_EXAMPLES", "1000"))
STATS = {"plans": 0, "applied": 0, "refused": 0}

hostile_parts = st.sampled_from([
    "..", ".", "", "/etc/passwd", "C:", "C:\\Windows", "\\\\server\\share", "con", "NUL", "aux.txt", "COM1",
    "lpt9.tsx", "a\x00b", "node_modules", ".git", ".next", ".nxr", "NODE_MODULES", "link-out", "x" * 300,
    "trailing. ", "what?", "a<b", "é", "ｆｕｌｌ", "\u202e", "~", "$HOME", "%APPDATA%",
])
normal_parts = st.from_regex(r"[a-z][a-z0-9-]{0,12}(\.tsx|\.ts|\.css|\.json)?", fullmatch=True)
path_text = st.lists(st.one_of(hostile_parts, normal_parts), min_size=1, max_size=6).map("/".join) | st.one_of(
    st.just("../../outside/pwned.txt"), st.just("/tmp/pwned"), st.just("link-out/pwned.txt"),
    st.just("app/../../../outside/x"), st.text(min_size=1, max_size=40), st.just("a/" * 400 + "b"))
contents = st.one_of(st.text(max_size=200), st.just("x" * (1024 * 1024 + 1)), st.binary(max_size=50).map(
    lambda b: b.decode("utf-8", "surrogateescape")))
route_text = st.one_of(st.sampled_from(["/", "/about", "/../x", "//evil", "/a/b/c/d/e", "/API", "/con"]),
                       st.from_regex(r"/[a-z0-9/-]{0,20}", fullmatch=True))


@st.composite
def plans(draw: st.DrawFn) -> Plan | str:
    kind = draw(st.sampled_from(["write", "write", "page", "section", "api", "raw"]))
    if kind == "write":
        path, content = draw(path_text), draw(contents)
        return f'{{"ops":[{{"op":"write_file","path":{_json(path)},"content":{_json(content)}}}]}}'
    if kind == "page":
        return f'{{"ops":[{{"op":"add_page","title":"T","route":{_json(draw(route_text))}}}]}}'
    if kind == "section":
        return f'{{"ops":[{{"op":"add_section","route":{_json(draw(route_text))},"kind":"faq"}}]}}'
    if kind == "api":
        return f'{{"ops":[{{"op":"add_api_route","route":{_json("/api" + draw(route_text))},"json":{{"a":1}}}}]}}'
    return draw(st.text(max_size=80))


def _json(text: str) -> str:
    import json

    return json.dumps(text)


def _fingerprint(folder: Path) -> dict[str, str]:
    out = {}
    for p in sorted(folder.rglob("*")):
        if p.is_file() and not p.is_symlink():
            out[str(p.relative_to(folder))] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def test_hostile_plans_never_write_outside_the_project(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "sentinel.txt").write_text("do not touch")
    project = managed_project(tmp_path / "project")
    (project / "link-out").symlink_to(outside, target_is_directory=True)
    parent_before = sorted(p.name for p in tmp_path.iterdir())
    outside_before = _fingerprint(outside)

    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])
    @given(plans())
    def check(candidate: Plan | str) -> None:
        STATS["plans"] += 1
        try:
            plan = candidate if isinstance(candidate, Plan) else parse_plan(candidate)
            source = open_source(project)
            edit = source.apply(plan, source.read())
            history.record_turn(project, edit.writes, "fuzz", "{}", [], expected=edit.expected, internal=edit.internal)
            STATS["applied"] += 1
        except (PathSafetyError, PlanError) as exc:
            STATS["refused"] += 1
            assert len(str(exc)) > 10 and "Traceback" not in str(exc)
        except NxrError as exc:  # any other domain error must still be a sentence
            STATS["refused"] += 1
            assert str(exc)
        assert _fingerprint(outside) == outside_before
        assert sorted(p.name for p in tmp_path.iterdir()) == parent_before

    check()
    assert STATS["plans"] >= min(EXAMPLES, 100)
    assert STATS["refused"] > 0 and STATS["applied"] > 0
    print(f"\nfuzz: {STATS['plans']} plans, {STATS['applied']} applied, {STATS['refused']} refused, 0 escapes")
