#!/usr/bin/env python3
"""Five prompts on a project Avery NXR did not make, in the real window or on the command line.

Projects (``--site``): ``starter``, the official create-next-app starter (from the npm registry,
cached by tests/code/starters.py; ``--combo`` picks its shape), or one of the three real sites
vendored in tests/fixtures/sites (``roomgpt``, ``assistants-quickstart``, ``portfolio-blog``; their
``node_modules`` installed once into the cache by tests/code/sites.py). The prompts, the hand edits
and what each prompt must show are data: scripts/five_prompts.json.

Real parts: the bundled model, the project's own ``next dev``, QtWebEngine on X (Xvfb when there is
no $DISPLAY). Steps: copy the project and commit it to git (for a real site, after its ``next dev``
ran once, as after cloning); make the hand edits an editor beside the app would, before the step
each names; then

- ``--surface window`` (default): open the folder in the window and send the five prompts there,
  each checked in the window's own preview; screenshots before (when the data names one) and after;
- ``--surface cli``: ``nxr prompt DIR TEXT --json`` per prompt (the preview the CLI starts in the
  background), each checked by loading that preview in the app's preview pane; ``nxr undo``.

A step whose first prompt is not applied, is applied as another op, or does not show gets the
one rephrase the data holds (an applied first attempt is undone first), as a user would type it.
After the steps: ``git diff --stat``, whether every changed file is a turn's or a hand edit's,
whether every hand edit survived every later turn; then every turn is undone, the hand edits are
taken out, and the folder must be its git commit again, byte for byte. A JSON record of the run
goes to bench/results/ (``--record ''`` for none).

    .venv/bin/python scripts/screenshots_code.py [--site starter] [--surface window|cli] [--combo ts-tw]
        [--out docs/screenshots] [--record bench/results]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import qtdrive  # noqa: E402
from qtdrive import pump  # noqa: E402
from screenshots import start_xvfb  # noqa: E402

DATA = ROOT / "scripts" / "five_prompts.json"
NXR = ROOT / ".venv" / "bin" / "nxr"
# what a Next.js project's .gitignore holds (the vendored sites leave theirs out): kept out of the checks
GIT_EXCLUDE = ("node_modules/", ".next/", ".nxr/", "next-env.d.ts", ".env*.local", "*.tsbuildinfo")
TURN_TIMEOUT_S = 240.0
# the page's elements (outermost first) that a user cannot scroll to: past the right edge of the preview
# (a horizontal scroll bar) or above the top of the page
CUT_OFF_JS = ("(() => { window.scrollTo(0, 0); const w = document.documentElement.clientWidth; "
              "const name = e => e.tagName.toLowerCase() + (typeof e.className === 'string' && e.className ? '.' + "
              "e.className.split(' ').slice(0, 2).join('.') : ''); const all = Array.from(document.querySelectorAll("
              "'body *')); return JSON.stringify({viewport: w, right: all.filter(e => e.getBoundingClientRect().right "
              "> w + 1).slice(0, 4).map(e => name(e) + ' right=' + Math.round(e.getBoundingClientRect().right)), "
              "above: all.filter(e => e.getBoundingClientRect().top < -1).slice(0, 4).map(e => name(e) + ' top=' + "
              "Math.round(e.getBoundingClientRect().top))}); })()")
SHOW_TIMEOUT_S = 20.0
WARM_UP_TIMEOUT_S = 300.0


def git(root: Path, *argv: str) -> str:
    return subprocess.run(["git", *argv], cwd=root, check=True, capture_output=True, text=True).stdout


def now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# --- the project, its commit and the hand edits ---------------------------------------------------

@dataclass
class HandEdit:
    before_step: int
    file: str
    text: str
    made: bool = False


@dataclass
class Project:
    name: str
    spec: dict[str, Any]
    root: Path
    commit: str = ""
    warm_up: str = ""  # git show --stat of what next dev wrote on its first run
    hand_edits: list[HandEdit] = field(default_factory=list)

    def make_hand_edits(self, step: int) -> None:
        for edit in self.hand_edits:
            if edit.before_step == step and not edit.made:
                path = self.root / edit.file
                path.write_bytes(path.read_bytes() + edit.text.encode())
                edit.made = True
                print(f"hand edit: appended {edit.text.strip()!r} to {edit.file}", flush=True)

    def hand_edits_kept(self) -> bool:
        return all(edit.text.encode() in (self.root / edit.file).read_bytes() for edit in self.hand_edits if edit.made)

    def take_out_hand_edits(self) -> list[str]:
        """Removes each hand edit (once); the problems, if any."""
        problems = []
        for edit in self.hand_edits:
            if not edit.made:
                continue
            path = self.root / edit.file
            data, text = path.read_bytes(), edit.text.encode()
            if data.count(text) != 1:
                problems.append(f"{edit.file}: the hand edit is there {data.count(text)} times")
                continue
            path.write_bytes(data.replace(text, b"", 1))
        return problems


def prepare(name: str, spec: dict[str, Any], combo: str, work: Path) -> Project:
    from app.paths import cache_dir
    from app.preview.node import find_node

    node = find_node()
    root = work / spec["folder"]
    if name == "starter":
        from tests.code.starters import copy_starter, ensure_starter

        copy_starter(ensure_starter(combo, node), root)
        message = "create-next-app"
    else:
        from tests.code.sites import installed_copy

        installed_copy(name, root, node, cache_dir() / "sites")
        message = f"{name} as vendored (tests/fixtures/sites/{name})"
    for rel, text in spec.get("env", {}).items():
        (root / rel).write_text(text, encoding="utf-8")
    git(root, "init", "-q")
    (root / ".git" / "info").mkdir(parents=True, exist_ok=True)
    (root / ".git" / "info" / "exclude").write_text("\n".join(GIT_EXCLUDE) + "\n", encoding="utf-8")
    commit(root, message)
    project = Project(name, spec, root)
    if spec.get("warm_up"):
        warm_up(root, node)
        if git(root, "status", "--porcelain").strip():
            commit(root, "after next dev's first run")
            project.warm_up = git(root, "show", "--stat", "--format=%s", "HEAD").strip()
        else:
            project.warm_up = "next dev wrote nothing git tracks"
        print(f"warm-up: {project.warm_up}", flush=True)
    project.commit = git(root, "rev-parse", "HEAD").strip()
    for edit in spec.get("hand_edits", []):
        rel = next((f for f in edit["file"] if (root / f).exists()), None)
        if rel is None:
            raise SystemExit(f"none of {edit['file']} exists in {root}")
        project.hand_edits.append(HandEdit(edit["before_step"], rel, edit["append"]))
    return project


def commit(root: Path, message: str) -> None:
    git(root, "add", "-A")
    git(root, "-c", "user.name=me", "-c", "user.email=me@example.com", "commit", "-qm", message)


def warm_up(root: Path, node: Any) -> None:
    """The project's ``next dev`` once, until its home page answers (what a user does after cloning)."""
    from app.preview.devserver import DevServer

    started = time.monotonic()
    with DevServer(root, node, auto_restart=False) as server:
        server.start(timeout=WARM_UP_TIMEOUT_S)
        status, _ = server.fetch("/", timeout=WARM_UP_TIMEOUT_S)
    print(f"warm-up: next dev answered / with {status} in {time.monotonic() - started:.0f} s", flush=True)


# --- what must show ----------------------------------------------------------------------------------

def plan_colour(plan: str) -> str | None:
    """The colour the applied plan sets (primary, background, accent or foreground), as #rrggbb."""
    from app.scaffold.plan import NAMED_COLORS

    try:
        ops = json.loads(plan).get("ops", []) if plan else []
    except (ValueError, AttributeError):
        return None
    for op in ops:
        if op.get("op") == "set_theme":
            for key in ("background", "primary", "accent", "foreground"):
                if op.get(key):
                    return NAMED_COLORS.get(op[key], op[key]).lower()
    return None


def check_script(shows: dict[str, Any] | None, plan: str) -> tuple[str, str] | None:
    """(what is checked, a JS expression true when the preview shows it); None: nothing to check."""
    if not shows:
        return None
    if "text" in shows:
        texts = [shows["text"]] if isinstance(shows["text"], str) else list(shows["text"])
        wanted = json.dumps([t.lower() for t in texts])
        return (f"text {' + '.join(map(repr, texts))}",
                f"!!document.body && {wanted}.every(t => document.body.innerText.toLowerCase().includes(t))")
    if "link" in shows:
        label, href = shows["link"]
        # one link to href, labelled so: a second link to it (another label) is not what was asked
        return (f"one link {label!r} -> {href}",
                f"(() => {{ const links = Array.from(document.querySelectorAll('a')).filter(a => "
                f"a.getAttribute('href') === {json.dumps(href)}); return links.length === 1 && "
                f"links[0].textContent.trim().toLowerCase() === {json.dumps(label.lower())}; }})()")
    colour = plan_colour(plan)
    if colour is None or not re.fullmatch(r"#[0-9a-f]{6}", colour):
        return ("a colour (the plan sets none)", "false")
    rgb = "rgb({}, {}, {})".format(*(int(colour[i:i + 2], 16) for i in (1, 3, 5)))
    return (f"colour {colour} rendered",
            f"(() => {{ const want = {json.dumps(rgb)}; return [document.documentElement, "
            "...document.querySelectorAll('body, body *')].some(e => { const s = getComputedStyle(e); "
            "return s.backgroundColor === want || s.color === want; }); })()")


def link_style_script(href: str) -> str:
    """The link's colour, the first opaque background behind it, and its box (JSON)."""
    return (f"(() => {{ const a = Array.from(document.querySelectorAll('a')).find(a => a.getAttribute('href') === "
            f"{json.dumps(href)}); if (!a) return null; const r = a.getBoundingClientRect(); let e = a, "
            "bg = 'rgba(0, 0, 0, 0)'; while (e && /^(rgba\\(0, 0, 0, 0\\)|transparent)$/.test(bg)) "
            "{ bg = getComputedStyle(e).backgroundColor; e = e.parentElement; } "
            "if (/^(rgba\\(0, 0, 0, 0\\)|transparent)$/.test(bg)) bg = 'rgb(255, 255, 255)'; return JSON.stringify("
            "{color: getComputedStyle(a).color, background: bg, width: r.width, height: r.height, "
            "top: r.top + window.scrollY}); })()")


def contrast(a: str, b: str) -> float | None:
    """WCAG contrast ratio of two CSS rgb()/rgba() colours (None when one is not rgb)."""
    def luminance(css: str) -> float | None:
        m = re.match(r"rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)", css)
        if not m:
            return None
        c = [float(x) / 255 for x in m.groups()]
        c = [x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4 for x in c]
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]

    la, lb = luminance(a), luminance(b)
    if la is None or lb is None:
        return None
    hi, lo = max(la, lb), min(la, lb)
    return round((hi + 0.05) / (lo + 0.05), 2)


def eval_js(evaluate: Callable[[str, Callable[[Any], None]], None], script: str, timeout: float = 5.0) -> Any:
    box: dict[str, Any] = {}
    evaluate(script, lambda v: box.setdefault("v", v))
    end = time.monotonic() + timeout
    while "v" not in box and time.monotonic() < end:
        pump(50)
    return box.get("v")


def legible_link(evaluate: Callable[[str, Callable[[Any], None]], None], shows: dict[str, Any] | None,
                 attempt: dict[str, Any]) -> None:
    """For a link check that passed: records the link's colours and box; a link drawn in (nearly) the
    colour behind it, or with no size, is not shown (contrast under 2:1)."""
    if not shows or "link" not in shows or not attempt["shown"]:
        return
    raw = eval_js(evaluate, link_style_script(shows["link"][1]))
    style = json.loads(raw) if isinstance(raw, str) else None
    attempt["link_style"] = style
    if style:
        ratio = contrast(style["color"], style["background"])
        style["contrast"] = ratio
        if (ratio is not None and ratio < 2.0) or not style["width"] or not style["height"]:
            attempt["shown"] = False


def poll_js(evaluate: Callable[[str, Callable[[Any], None]], None], script: str, timeout: float) -> bool:
    """Evaluates ``script`` in the page until it is true (a page still loading answers nothing: asked again)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        box: dict[str, Any] = {}
        evaluate(script, lambda v: box.setdefault("v", v))
        asked = time.monotonic()
        while "v" not in box and time.monotonic() - asked < 5:
            pump(50)
        if box.get("v") is True:
            return True
        pump(400)
    return False


# --- the record ------------------------------------------------------------------------------------

def attempt_record(result: dict[str, Any], step: dict[str, Any], checked: str | None, shown: bool | None,
                   wall_s: float, kept: bool) -> dict[str, Any]:
    ops = []
    try:
        ops = [op.get("op") for op in json.loads(result.get("plan") or "{}").get("ops", [])]
    except (ValueError, AttributeError):
        pass
    timings = result.get("timings") or {}
    return {
        "prompt": result.get("prompt"), "outcome": result.get("outcome"), "ops": ops,
        # the plan does what was asked: only ops of that kind, and no more of them than it takes
        "op_asked": (result.get("outcome") == "applied" and bool(ops) and all(op in step["ops"] for op in ops)
                     and len(ops) <= step.get("max_ops", 1)),
        "checked": checked, "shown": shown, "preview_ok": result.get("preview_ok"),
        "message": result.get("message"), "summary": result.get("summary"), "plan": result.get("plan"),
        "model_plan": result.get("model_plan") or None, "files": result.get("files"), "route": result.get("route"),
        "wait_ms": timings.get("total_ms"), "timings": timings, "wall_s": round(wall_s, 1),
        "hand_edits_kept": kept, "model": result.get("model"), "provider": result.get("provider"),
    }


def step_record(step: dict[str, Any], attempts: list[dict[str, Any]]) -> dict[str, Any]:
    last = attempts[-1]
    if last["outcome"] == "applied":
        outcome = "applied" if last["op_asked"] else "wrong"
    else:
        outcome = last["outcome"]
    return {"asks": step["asks"], "expected_ops": step["ops"], "outcome": outcome, "shown": last["shown"],
            "retries": len(attempts) - 1, "attempts": attempts}


def passed(attempt: dict[str, Any]) -> bool:
    return attempt["outcome"] == "applied" and attempt["op_asked"] and attempt["shown"] is not False


def play_steps(project: Project, record: dict[str, Any],
               send: Callable[[str], tuple[dict[str, Any], dict[str, Any]]],
               shows: Callable[[dict[str, Any], str], bool],
               evaluate: Callable[[str, Callable[[Any], None]], None], undo_last: Callable[[], bool]) -> None:
    """The project's steps as a user plays them, on either surface: the hand edits, the prompt and,
    after a wrong result (undone first), its rephrase; one record per step. ``send`` runs a turn
    (its result and extra fields for the record); ``shows`` polls a page script in the turn's
    preview until it holds."""
    for number, step in enumerate(project.spec["steps"], start=1):
        project.make_hand_edits(number)
        attempts: list[dict[str, Any]] = []
        prompts = [step["prompt"], *([step["rephrase"]] if step.get("rephrase") else [])]
        for n, prompt in enumerate(prompts):
            started = time.monotonic()
            result, extra = send(prompt)
            wall = time.monotonic() - started
            check = check_script(step.get("shows"), result.get("plan") or "")
            shown = None
            if result.get("outcome") == "applied" and check is not None:
                shown = shows(result, check[1])
            attempt = attempt_record(result, step, check and check[0], shown, wall, project.hand_edits_kept())
            legible_link(evaluate, step.get("shows"), attempt)
            attempt.update(extra)
            attempts.append(attempt)
            print_attempt(number, attempt)
            if passed(attempt) or n == len(prompts) - 1:
                break
            if attempt["outcome"] == "applied":
                attempt["undone"] = undo_last()
        record["steps"].append(step_record(step, attempts))


def after_steps(project: Project, record: dict[str, Any]) -> None:
    """git diff --stat, which changed files no turn or hand edit explains, the hand edits."""
    from app.scaffold import history

    root = project.root
    stat = git(root, "diff", "--stat")
    status = git(root, "status", "--porcelain", "--untracked-files=all")
    changed = sorted(line[3:] for line in status.splitlines() if line.strip())
    hist = history.load(root)
    from_turns = {f for turn in hist.turns[: hist.position] for f in turn.files}
    from_hand = {edit.file for edit in project.hand_edits if edit.made}
    record["git_diff_stat"] = stat.rstrip("\n").splitlines()
    record["git_diff"] = git(root, "diff").splitlines()
    record["git_status"] = status.rstrip("\n").splitlines()
    record["changed_files"] = changed
    record["files_from_turns"] = sorted(from_turns)
    record["changed_by_neither_a_turn_nor_a_hand_edit"] = sorted(set(changed) - from_turns - from_hand)
    record["hand_edits_survived"] = project.hand_edits_kept() and all(
        a["hand_edits_kept"] for s in record["steps"] for a in s["attempts"])
    print(stat, flush=True)
    print(status, flush=True)
    print(f"hand edit kept after every turn: {record['hand_edits_survived']}", flush=True)


def after_undo(project: Project, record: dict[str, Any], undone: int, errors: list[str]) -> None:
    problems = project.take_out_hand_edits()
    left = git(project.root, "status", "--porcelain", "--untracked-files=all")
    record["undo_all"] = {"undone": undone, "errors": errors, "hand_edit_problems": problems,
                          "left": left.splitlines(), "byte_identical": not left.strip() and not problems}
    print(f"after undoing every turn (and removing the hand edits) the tree is the commit again: "
          f"{record['undo_all']['byte_identical']}", flush=True)


def failures_of(record: dict[str, Any]) -> int:
    steps = sum(s["outcome"] != "applied" or s["shown"] is False for s in record["steps"])
    return (steps + (not record.get("hand_edits_survived")) + (not record.get("undo_all", {}).get("byte_identical"))
            + bool(record.get("changed_by_neither_a_turn_nor_a_hand_edit")) + bool(record.get("crashed")))


# --- the window --------------------------------------------------------------------------------------

def run_window(out: Path, project: Project, record: dict[str, Any]) -> None:
    from PySide6.QtCore import QThreadPool

    from app.ui.app import create_app, prepare_environment

    prepare_environment()
    app = create_app()
    from app.ui.controller import SessionController
    from app.ui.crash import ExceptionRouter
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    router = ExceptionRouter()
    router.install()
    controller = SessionController()
    window = MainWindow(controller, Settings.load(), router)
    window.resize(1480, 920)
    window.show()
    try:
        window_session(window, controller, out, project, record)
    finally:
        window.close()
        QThreadPool.globalInstance().waitForDone(120_000)
        app.processEvents()
        router.uninstall()
        record["crashed"] = [str(c) for c in router.crashes]
        app.shutdown()


def window_session(window: Any, controller: Any, out: Path, project: Project, record: dict[str, Any]) -> None:
    from app.scaffold import history

    def until(cond: Callable[[], bool], timeout: float, what: str) -> None:
        qtdrive.until(controller, cond, timeout, what)

    def shot(name: str | None) -> None:
        if name:
            window.preview.run_js("window.scrollTo(0, 0)", lambda _v: None)
            pump(800)
            save_small(window.grab().toImage(), out / name)
            print(f"saved {out / name}", flush=True)

    def evaluate(script: str, callback: Callable[[Any], None]) -> None:
        window.preview.run_js(script, callback)

    errors: list[str] = []
    controller.domain_error.connect(lambda exc: errors.append(str(exc)))
    shots = project.spec.get("screenshots", {})
    project.make_hand_edits(1)
    opened = time.monotonic()
    controller.load_engine()
    controller.open_project(project.root)
    until(lambda: controller.engine is not None, 300, "the model")
    until(lambda: window.preview.base_url is not None, 300, "the dev server")
    opened_text = project.spec["opened_text"].lower()
    until(lambda: opened_text in qtdrive.dom_text(window, controller).lower(), 180, "the project's home page")
    record["opened_s"] = round(time.monotonic() - opened, 1)
    shot(shots.get("opened"))

    def send(prompt: str) -> tuple[dict[str, Any], dict[str, Any]]:
        return qtdrive.send(window, controller, prompt, TURN_TIMEOUT_S).to_dict(), {}

    def undo_last() -> bool:  # the user undoes it (Ctrl+Z) before typing the rephrase
        before = history.load(project.root).position
        window.act_undo.trigger()
        pump(1500)
        return bool(history.load(project.root).position == before - 1)

    play_steps(project, record, send, lambda _result, script: poll_js(evaluate, script, SHOW_TIMEOUT_S), evaluate,
               undo_last)
    cut_off = eval_js(evaluate, CUT_OFF_JS)
    record["page_after"] = {"route": window.preview.route, "cut_off": json.loads(cut_off) if cut_off else None}
    shot(shots.get("after"))
    after_steps(project, record)
    undone = 0
    while history.load(project.root).position:
        before = history.load(project.root).position
        window.act_undo.trigger()  # Ctrl+Z
        pump(300)
        if history.load(project.root).position != before - 1:
            break
        undone += 1
    after_undo(project, record, undone, errors)


def save_small(image: Any, path: Path, colours: int = 256) -> None:
    """The screenshot as a PNG with a palette of ``colours`` picked by k-means over its own colours
    (a dark gradient saved as RGB is 2-3 times the size), or as RGB when that is smaller."""
    import numpy as np
    from PySide6.QtGui import QImage

    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    w, h = rgb.width(), rgb.height()
    pixels = np.frombuffer(rgb.constBits(), dtype=np.uint8, count=rgb.bytesPerLine() * h)
    pixels = pixels.reshape(h, rgb.bytesPerLine())[:, : w * 3].reshape(-1, 3)
    unique, inverse = np.unique(pixels, axis=0, return_inverse=True)
    inverse = inverse.reshape(-1)
    weights = np.bincount(inverse).astype(np.float64)
    points = unique.astype(np.float64)
    if len(unique) <= colours:
        palette, label = points, np.arange(len(unique))
    else:
        rng = np.random.default_rng(0)
        palette = points[rng.choice(len(points), colours, replace=False, p=weights / weights.sum())]
        for _ in range(12):
            label = np.concatenate([((chunk[:, None, :] - palette[None]) ** 2).sum(-1).argmin(1)
                                    for chunk in np.array_split(points, max(1, len(points) // 4000))])
            total = np.zeros_like(palette)
            np.add.at(total, label, points * weights[:, None])
            mass = np.bincount(label, weights=weights, minlength=len(palette))
            palette = np.where(mass[:, None] > 0, total / np.maximum(mass, 1e-9)[:, None], palette)
    indexed = QImage(w, h, QImage.Format.Format_Indexed8)
    indexed.setColorTable([0xFF000000 | (int(r) << 16) | (int(g) << 8) | int(b)
                           for r, g, b in np.clip(palette.round(), 0, 255)])
    target = np.frombuffer(indexed.bits(), dtype=np.uint8, count=indexed.bytesPerLine() * h)
    target.reshape(h, indexed.bytesPerLine())[:, :w] = label[inverse].reshape(h, w).astype(np.uint8)
    indexed.save(str(path))
    small = path.stat().st_size
    rgb.save(str(path))
    if path.stat().st_size > small:
        indexed.save(str(path))


def print_attempt(number: int, attempt: dict[str, Any]) -> None:
    print(f"{number}. {attempt['outcome']:9} ops={attempt['ops']} shown={attempt['shown']} "
          f"({attempt['checked']}) {attempt['prompt']!r}\n          files {attempt['files']} "
          f"wait {attempt['wait_ms']} ms  {attempt['message']}\n          plan {attempt['plan']}", flush=True)


# --- the command line ------------------------------------------------------------------------------

class Probe:
    """The app's preview pane on its own, loading the preview the CLI started: what a user sees there."""

    def __init__(self) -> None:
        from app.ui.app import create_app, prepare_environment

        prepare_environment()
        self.app = create_app()
        from app.ui.preview import PreviewPane

        self.pane = PreviewPane()
        self.pane.resize(1280, 860)
        self.pane.show()

    def shows(self, url: str, script: str, timeout: float) -> bool:
        match = re.match(r"(https?://[^/]+)(/.*)?$", url)
        base, route = (match.group(1), match.group(2) or "/") if match else (url, "/")
        if self.pane.base_url != base:
            self.pane.set_base_url(base)
        self.pane.navigate(route)
        return poll_js(self.pane.run_js, script, timeout)

    def close(self) -> None:
        self.pane.dispose()  # the web view goes before the app and its web profile
        self.pane.close()
        self.pane.deleteLater()
        pump(200)
        self.app.shutdown()


def nxr(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(NXR), *argv], capture_output=True, text=True, timeout=600, check=False)


def run_cli(project: Project, record: dict[str, Any]) -> None:
    from app.scaffold import history

    root = str(project.root)
    probe = Probe()
    errors: list[str] = []
    try:
        def send(prompt: str) -> tuple[dict[str, Any], dict[str, Any]]:
            done = nxr("prompt", root, prompt, "--json")
            try:
                result = json.loads(done.stdout[done.stdout.index("{"):])
            except ValueError:
                result = {"prompt": prompt, "outcome": f"no JSON (exit {done.returncode})",
                          "message": (done.stderr or done.stdout)[-2000:]}
            return result, {"exit": done.returncode, "stderr_tail": done.stderr.strip().splitlines()[-6:]}

        def shows(result: dict[str, Any], script: str) -> bool:
            url = result.get("preview_url") or ""
            return probe.shows(url, script, SHOW_TIMEOUT_S) if url else False

        def undo_last() -> bool:
            undo = nxr("undo", root)
            print(f"   nxr undo: {undo.stdout.strip() or undo.stderr.strip()}", flush=True)
            return undo.returncode == 0

        play_steps(project, record, send, shows, probe.pane.run_js, undo_last)
        after_steps(project, record)
        undone = 0
        while history.load(project.root).position:
            undo = nxr("undo", root)
            if undo.returncode != 0:
                errors.append(undo.stderr.strip() or undo.stdout.strip())
                break
            undone += 1
        after_undo(project, record, undone, errors)
    finally:
        stop = nxr("stop", root)
        print(f"nxr stop: {stop.stdout.strip() or stop.stderr.strip()}", flush=True)
        probe.close()


# --- main ------------------------------------------------------------------------------------------

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--site", default="starter", help="a project in the data file (default: starter)")
    ap.add_argument("--surface", choices=("window", "cli"), default="window")
    ap.add_argument("--combo", default="ts-tw", help="the starter's shape (tests/code/starters.py)")
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--data", default=str(DATA))
    ap.add_argument("--record", default=str(ROOT / "bench" / "results"), help="folder for the run's JSON ('' for none)")
    args = ap.parse_args()
    projects = json.loads(Path(args.data).read_text(encoding="utf-8"))["projects"]
    if args.site not in projects:
        ap.error(f"--site must be one of {', '.join(projects)}")
    spec = projects[args.site]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="nxr-code-shots-"))
    os.environ.setdefault("NXR_DATA_DIR", str(work / "data"))
    record: dict[str, Any] = {
        "what": "five prompts on a project Avery NXR did not make (scripts/screenshots_code.py)",
        "project": args.site, "surface": args.surface, "started": now(), "cpus": os.cpu_count(),
        "load_at_start": [round(x, 2) for x in os.getloadavg()], "steps": [],
    }
    xvfb = start_xvfb()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    try:
        project = prepare(args.site, spec, args.combo, work)
        record["setup"] = {
            "combo": args.combo if args.site == "starter" else None, "commit": project.commit,
            "warm_up": project.warm_up or None, "env_files": sorted(spec.get("env", {})),
            "hand_edits": [asdict(e) for e in project.hand_edits],
        }
        if args.surface == "window":
            run_window(out, project, record)
        else:
            run_cli(project, record)
    finally:
        if xvfb is not None:
            xvfb.terminate()
        shutil.rmtree(work, ignore_errors=True)
    record["finished"] = now()
    record["load_at_end"] = [round(x, 2) for x in os.getloadavg()]
    record["failures"] = failures_of(record)
    if args.record:
        path = Path(args.record) / f"five-prompts-{args.site}-{args.surface}-{datetime.now():%Y%m%d-%H%M%S}.json"
        path.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"record: {path}", flush=True)
    return 1 if record["failures"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
