"""Bad input gets a sentence and exit code 1 or 2, never a traceback, and nothing is lost (issue 14, item 5)."""

from __future__ import annotations

import errno
import json
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli_project
from tests.unit.cli_helpers import (
    PAGE_PLAN,
    TEXT_PLAN,
    add_turns,
    crash_reports,
    fake_node,
    files_of,
    make_project,
    run_cli,
    run_nxr,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX paths, links and resource limits")


@pytest.fixture()
def node_env(isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """`nxr new` without the network: a fake node/npm and a cache in the test's folder."""
    env = {"NXR_NODE": str(fake_node(isolated_dirs / "node-bin")), "NXR_CACHE_DIR": str(isolated_dirs / "cache"),
           "NXR_DATA_DIR": str(isolated_dirs / "data")}
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return env


@pytest.fixture()
def site(isolated_dirs: Path) -> Path:
    root = make_project(isolated_dirs / "site")
    add_turns(root, PAGE_PLAN, TEXT_PLAN)
    return root


def refused(run: object, code: int, *words: str) -> None:
    assert run.code == code, (run.code, run.out, run.err)  # type: ignore[attr-defined]
    err = run.err  # type: ignore[attr-defined]
    assert err.startswith("nxr: error: "), err
    for word in words:
        assert word in err, (word, err)


# --- nxr new ----------------------------------------------------------------------------------


PLACES = ["a file in the way", "a dangling link", "a path over 4096 characters", "a deep path over 4096 characters",
          "a folder name over 120 characters", "a --name over 120 characters", "a name with an escape sequence",
          "a folder name with a newline"]


def _places(base: Path) -> dict[str, tuple[list[str], str]]:
    (base / "a-file").write_text("mine")
    (base / "dangling").symlink_to(base / "nowhere")
    return {
        "a file in the way": ([str(base / "a-file" / "sub")], "is a file, not a folder"),
        "a dangling link": ([str(base / "dangling")], "which does not exist"),
        "a path over 4096 characters": ([str(base / ("a" * 4100))], "too long"),
        "a deep path over 4096 characters": ([str(base.joinpath(*["b" * 200] * 25))], "too long"),
        "a folder name over 120 characters": ([str(base / ("c" * 130))], "130 characters long; at most 120"),
        "a --name over 120 characters": ([str(base / "ok"), "--name", "N" * 121], "121 characters long"),
        "a name with an escape sequence": ([str(base / "ok"), "--name", "a\x1b[2Jb"], "control character"),
        "a folder name with a newline": ([str(base / "two\nlines")], "control character"),
    }


@pytest.mark.parametrize("case", PLACES)
def test_new_refuses_places_and_names_it_cannot_use(node_env: dict[str, str], isolated_dirs: Path, case: str) -> None:
    base = isolated_dirs / "places"
    base.mkdir()
    args, words = _places(base)[case]
    before = files_of(base)
    run = run_cli(["new", *args])
    refused(run, 2, words, "nothing was changed")
    assert "\x1b" not in run.err and "\n" not in run.err.split("  hint:")[0].rstrip("\n")
    assert files_of(base) == before


def test_new_into_a_read_only_folder_says_permission_denied(node_env: dict[str, str], isolated_dirs: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes into a chmod 555 folder; the full-disk tests cover a refused write as root")
    ro = isolated_dirs / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        run = run_cli(["new", str(ro / "site")])
    finally:
        ro.chmod(0o755)
    refused(run, 1, "permission denied", "nothing was left behind")
    assert list(ro.iterdir()) == []


def test_new_into_an_immutable_folder_says_not_permitted(node_env: dict[str, str], isolated_dirs: Path) -> None:
    locked = isolated_dirs / "immutable"
    locked.mkdir()
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(locked)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not available here (no chattr, no CAP_LINUX_IMMUTABLE, or the file system)")
    try:
        run = run_cli(["new", str(locked / "site")])
    finally:
        subprocess.run([chattr, "-i", str(locked)], check=True)
    refused(run, 1, "not permitted (an immutable or protected folder?)", "nothing was left behind")
    assert list(locked.iterdir()) == []


@pytest.mark.parametrize(("code", "words"), [
    (errno.ENOSPC, "the disk is full"), (errno.EDQUOT, "quota"), (errno.EROFS, "read-only"),
    (errno.EACCES, "permission denied"), (errno.EPERM, "not permitted"), (errno.ENAMETOOLONG, "too long"),
])
def test_new_says_why_the_file_system_refused_and_leaves_nothing(
    node_env: dict[str, str], isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    """Refusals root cannot provoke for real: the template copy's writes fail with ``code``."""
    assert run_cli(["new", str(isolated_dirs / "first")]).code == 0  # the dependency store exists now
    real_copy = shutil.copyfile
    calls = []

    def failing_copy(src: str, dst: str, **kwargs: object) -> object:
        calls.append(dst)
        if len(calls) > 3:  # a few files are written first: they must be removed again
            raise OSError(code, os.strerror(code), str(dst))
        return real_copy(src, dst, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(shutil, "copyfile", failing_copy)
    target = isolated_dirs / "parent" / "site"
    run = run_cli(["new", str(target)])
    refused(run, 1, f"Could not create the project in {target}: ", words, "nothing was left behind")
    assert not (isolated_dirs / "parent").exists()


def test_new_on_a_full_disk_removes_what_it_wrote(node_env: dict[str, str], isolated_dirs: Path) -> None:
    """A full disk, as root and without a tmpfs: RLIMIT_FSIZE makes the child's writes fail with EFBIG."""
    assert run_cli(["new", str(isolated_dirs / "first")]).code == 0  # the dependency store exists now
    target = isolated_dirs / "deep" / "second"

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (200, 200))  # Python ignores SIGXFSZ: write() fails instead

    run = run_nxr(["new", str(target)], node_env, preexec=small_files)
    assert run.code == 1, run.err
    assert "Traceback" not in run.err
    assert run.err.startswith("nxr: error: Could not create the project in"), run.err
    assert "file-size limit" in run.err and "nothing was left behind" in run.err
    assert not (isolated_dirs / "deep").exists()


# --- package.json, site.json, history.json ----------------------------------------------------


@pytest.mark.parametrize("value", ['"next"', '["next"]', "5"])
def test_open_explains_dependencies_that_are_not_an_object(isolated_dirs: Path, value: str) -> None:
    root = make_project(isolated_dirs / "site")
    package = root / "package.json"
    package.write_text(package.read_text().replace('"dependencies": {', f'"dependencies": {value}, "x": {{', 1))
    assert f'"dependencies": {value}' in package.read_text()
    before = files_of(root)
    run = run_cli(["open", str(root)])
    refused(run, 1, '"dependencies" is', "not an object of package names")
    assert files_of(root) == before


def test_open_says_a_legacy_site_json_is_no_longer_read(site: Path) -> None:
    (site / ".nxr/site.json").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")  # damaged or not: never read
    run = run_cli(["open", str(site)])
    assert run.code == 0 and "made by Avery NXR: yes;" in run.out
    assert ".nxr/site.json (from an earlier Avery NXR) is no longer read: the code is the truth" in run.out
    info = json.loads(run_cli(["open", str(site), "--json"]).out)
    assert info["made_here"] is True and info["legacy_site_model"] is True
    healthy = make_project(site.parent / "healthy")
    assert "no longer read" not in run_cli(["open", str(healthy)]).out


def test_the_first_turn_removes_a_legacy_site_json_and_undo_brings_it_back(site: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from app.engine import catalog
    from app.engine.fake import FakeEngine

    plan = '{"ops":[{"op":"add_page","route":"/contact","title":"Contact"}]}'
    monkeypatch.setattr(catalog, "open_engine", lambda *_, **__: FakeEngine(plan))
    legacy = bytes(range(256))
    (site / ".nxr/site.json").write_bytes(legacy)
    run = run_cli(["prompt", str(site), "add a page", "--no-preview"])
    assert run.code == 0, run.err
    assert "no longer read: the code is the truth, so it was removed with this turn (undo brings it back)" in run.out
    assert not (site / ".nxr/site.json").exists()
    assert run_cli(["undo", str(site)]).code == 0
    assert (site / ".nxr/site.json").read_bytes() == legacy


def _history_with(site: Path, change: object) -> None:
    path = site / ".nxr/history.json"
    data = json.loads(path.read_text())
    change(data)  # type: ignore[operator]
    path.write_text(json.dumps(data))


HISTORY_DAMAGE = {
    "binary": lambda site: (site / ".nxr/history.json").write_bytes(b"\xff\xfe\x00garbage"),
    "truncated": lambda site: (site / ".nxr/history.json").write_bytes(
        (site / ".nxr/history.json").read_bytes()[:40]),
    "position abc": lambda site: _history_with(site, lambda d: d.update(position="abc")),
    "position 99": lambda site: _history_with(site, lambda d: d.update(position=99)),
    "position -1": lambda site: _history_with(site, lambda d: d.update(position=-1)),
    "position true": lambda site: _history_with(site, lambda d: d.update(position=True)),
    "an integer prompt": lambda site: _history_with(site, lambda d: d["turns"][0].update(prompt=7)),
    "an integer path": lambda site: _history_with(site, lambda d: d["turns"][1]["changes"][0].update(path=7)),
    "a path out of the project": lambda site: _history_with(
        site, lambda d: d["turns"][1]["changes"][0].update(path="../../outside.txt")),
    "a hash that is a path": lambda site: _history_with(
        site, lambda d: d["turns"][1]["changes"][0].update(after="../../../etc/passwd")),
    "turns is an object": lambda site: _history_with(site, lambda d: d.update(turns={})),
}


@pytest.mark.parametrize("damage", list(HISTORY_DAMAGE))
@pytest.mark.parametrize("command", ["history", "diff", "undo", "redo"])
def test_a_damaged_history_is_reported_and_nothing_changes(site: Path, damage: str, command: str) -> None:
    HISTORY_DAMAGE[damage](site)
    before = files_of(site)
    run = run_cli([command, str(site)])
    refused(run, 1, "history.json is damaged: ")
    assert len(run.err.splitlines()) == 2  # the sentence and its hint, not a validator's report
    assert files_of(site) == before


# --- prompts, turn numbers, echoes -------------------------------------------------------------


def test_a_prompt_that_is_not_utf8_is_refused(site: Path, node_env: dict[str, str]) -> None:
    before = files_of(site)
    run = run_cli(["prompt", str(site), "bad \udcff byte", "--no-preview"])
    refused(run, 2, "The prompt is not valid UTF-8 text", "'bad \\xff byte'")
    outside = run_nxr(["prompt", str(site), b"bad \xff byte", "--no-preview"], node_env)
    assert outside.code == 2 and "Traceback" not in outside.err and "not valid UTF-8" in outside.err
    assert files_of(site) == before


def test_an_empty_prompt_is_refused(site: Path) -> None:
    refused(run_cli(["prompt", str(site), "  ", "--no-preview"]), 2, "The prompt is empty")


@pytest.mark.parametrize("number", ["99", "0", "-1", "3"])
def test_diff_refuses_turn_numbers_that_do_not_exist(site: Path, number: str) -> None:
    refused(run_cli(["diff", str(site), "--turn", number]), 2, f"There is no turn {number}: turns are numbered 1 to 2")


def test_diff_shows_the_turn_asked_for(site: Path) -> None:
    first = run_cli(["diff", str(site), "--turn", "1"])
    assert first.code == 0 and first.out.startswith("turn 1 [") and "+++ b/app/about/page.tsx" in first.out
    last = run_cli(["diff", str(site)])
    assert last.out.startswith("turn 2 [") and "Fresh bread" in last.out
    assert run_cli(["undo", str(site)]).code == 0
    undone = run_cli(["diff", str(site), "--turn", "2"])
    assert undone.out.startswith("turn 2 [") and "(undone)" in undone.out.splitlines()[0]
    assert run_cli(["diff", str(site)]).out.startswith("turn 1 [")


def test_echoed_prompts_show_control_characters_instead_of_obeying_them(site: Path) -> None:
    hostile = "make it \x1b[31mred\x1b[0m \u202eexe.txt\r"
    add_turns(site, '{"ops":[{"op":"set_theme","primary":"#aa0000"}]}')
    path = site / ".nxr/history.json"
    data = json.loads(path.read_text())
    data["turns"][-1]["prompt"] = hostile
    path.write_text(json.dumps(data))
    for command in (["history", str(site)], ["diff", str(site)], ["undo", str(site)], ["redo", str(site)]):
        run = run_cli(command)
        assert run.code == 0, run.err
        assert "\x1b" not in run.out and "\u202e" not in run.out and "\r" not in run.out
        assert "\\x1b[31mred" in run.out and "\\u202eexe" in run.out


def test_created_project_names_are_echoed_visibly(node_env: dict[str, str], isolated_dirs: Path) -> None:
    run = run_cli(["new", str(isolated_dirs / "rtl"), "--name", "Shop \u202eevil"])
    assert run.code == 0 and "created Shop \\u202eevil in" in run.out and "\u202e" not in run.out


def test_a_session_line_that_is_not_utf8_is_skipped(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.engine import catalog
    from app.engine.fake import FakeEngine

    monkeypatch.setattr(catalog, "open_engine", lambda *_, **__: FakeEngine(PAGE_PLAN))
    run = run_cli(["session", str(site), "--no-preview"], stdin=b"\xff\xfe bad\n:diff\n:quit\n")
    assert run.code == 0
    assert "line 1 is not valid UTF-8 text; it was ignored" in run.err
    assert run.out.startswith("turn 2 [")


def test_bad_numbers_are_refused_by_the_parser(site: Path) -> None:
    for argv in (["prompt", str(site), "x", "--threads", "0", "--no-preview"], ["diff", str(site), "--turn", "abc"],
                 ["generate", "hi", "--max-tokens", "-5"]):
        run = run_cli(argv)
        assert run.code == 2 and "usage:" in run.err, argv


# --- the last line of defence -----------------------------------------------------------------


def test_an_unexpected_error_is_one_sentence_and_a_crash_report(site: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    def broken(args: object) -> int:
        raise RuntimeError("a bug \x1b[2J")

    monkeypatch.setattr(cli_project, "cmd_history", broken)
    before = crash_reports()
    assert main(["history", str(site)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("nxr: internal error (RuntimeError: a bug \\x1b[2J); this is a bug in Avery NXR")
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    [report] = [p for p in crash_reports() if p not in before]
    assert str(report) in err and "Traceback" in report.read_text() and "RuntimeError" in report.read_text()
