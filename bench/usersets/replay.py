"""Replay recorded user-set sessions offline, against each turn's site as the code had it.

    .venv/bin/python bench/usersets/replay.py bench/results/usersets-….json [...] --dump OUT.jsonl [--at REGEX]
    .venv/bin/python bench/usersets/replay.py --diff BEFORE.jsonl AFTER.jsonl [--show]

``refit.py`` fits recorded model plans against a site of routes alone; removals, edits and the gates
need the site's content. Here each session starts from a new project from the template; at each
recorded turn the current turn loop's decisions are taken on the recorded model plan
(``turn.fitted``, ``turn.typed_but_left_out``, the edit itself) against the site as the recorded
turns before it left it, and the step's checks are judged on the site view's words: the outcome
check as the bench does, an http check as the page's title, headings, texts, items and tiers with the
site's name, navigation and layout (not the rendered page: a measure of what a change touches, to
compare two versions' dumps, not a replacement for ``nxr bench``). The sessions then go on with the
recorded plans, so every version is judged on the same sites. A turn whose model plan the model read a
second time (``decline`` taken out of its grammar) keeps its recorded plan. ``--at`` prints the site
before the turns it matches ("u67 fettle-and-frame-kendal 9.0"). Each dumped turn also says the site's
routes, the model's recorded plan and whether the applied plan is a fixed point of the fitting: what
``build/finetune/fromsessions.py`` makes training pairs of.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.errors import NxrError, PlanError  # noqa: E402
from app.scaffold.plan import Decline, parse_plan, plan_to_json  # noqa: E402
from app.scaffold.project import create_project  # noqa: E402
from app.scaffold.shorthand import spelled_out  # noqa: E402
from app.scaffold.site import Site  # noqa: E402
from app.scaffold.source import open_source  # noqa: E402
from app.session.turn import fitted, is_decline, typed_but_left_out  # noqa: E402

Writes = dict[str, bytes | None]


def _write(root: Path, writes: Writes) -> None:
    for rel, body in writes.items():
        path = root / rel
        if body is None:
            path.unlink(missing_ok=True)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(body)


def _outcome(plan_json: str, prompt: str, root: Path) -> tuple[str, Writes]:
    """What the turn loop does with ``plan_json`` on the project at ``root``, writing nothing."""
    source = open_source(root)
    reading = source.read()
    plan = parse_plan(plan_json)
    if any(isinstance(op, Decline) for op in plan.ops) or typed_but_left_out(plan, spelled_out(prompt), reading.site):
        return "declined", {}
    try:
        edit = source.apply(plan, reading)
    except NxrError:
        return "rejected", {}
    if edit.declined and not edit.writes:
        return "declined", {}
    return ("applied", dict(edit.writes)) if edit.writes else ("unchanged", {})


def _fixed_point(plan_json: str, prompt: str, site: Site) -> bool:
    """Whether the plan, written by the model as it stands, would be fitted to itself: a plan the
    model can be taught to write whole."""
    try:
        again, _ = fitted(parse_plan(plan_json), spelled_out(prompt), site)
    except (PlanError, NxrError):
        return False
    return plan_to_json(again) == plan_json


def _page_words(root: Path, route: str) -> str | None:
    site = open_source(root).read().site
    page = site.page(route)
    if page is None:
        return None
    parts = [site.name, *(link.label for link in site.nav), page.title]
    for s in page.sections:
        parts += [s.heading, s.text, *(v for i in s.items for v in (i.title, i.text)),
                  *(v for t in s.tiers for v in (t.name, t.price, *t.features))]
    # the layout's words (a footer) and the page file's own (the hero's subtitle, which the view does not hold)
    folder = "" if route == "/" else route.lstrip("/") + "/"
    for rel in ("app/layout.tsx", "src/app/layout.tsx", f"app/{folder}page.tsx", f"src/app/{folder}page.tsx"):
        if (root / rel).is_file():
            source = (root / rel).read_text(encoding="utf-8")
            # a button's label and a link's address are in the served page the bench's http check reads
            parts += [re.sub(r"<[^>]+>", " ", source), *re.findall(r'(?:href=\{?|(?:label|href):\s*)"([^"]+)"', source)]
    return " | ".join(p for p in parts if p).casefold()


def _passes(checks: list[dict[str, Any]], outcome: str, writes: Writes, root: Path) -> bool:
    probe = root
    if writes:
        probe = root.parent / "probe"
        shutil.rmtree(probe, ignore_errors=True)
        shutil.copytree(root, probe, symlinks=True)
        _write(probe, writes)
    for check in checks:
        if check["kind"] == "outcome" and outcome != check["expect"]:
            return False
        if check["kind"] == "http":
            words = _page_words(probe, check["path"])
            if check.get("status") == 404:
                # a page asked to be gone (a rename's old address, a removed page)
                if words is not None:
                    return False
                continue
            if words is None or any(c.casefold() not in words for c in check.get("contains", [])) \
                    or any(c.casefold() in words for c in check.get("not_contains", [])):
                return False
    return True


def _show_site(site: Site) -> None:
    for page in site.pages:
        print(f"  PAGE {page.route} {page.title}")
        for s in page.sections:
            print(f"    {s.kind} | {s.heading[:60]} | {s.text[:150]} | {[(i.title, i.text[:40]) for i in s.items]}"
                  f" {[(t.name, t.price) for t in s.tiers]}")


def replay(report_path: Path, template: Path, out: Any, at: str | None) -> None:
    report = json.loads(report_path.read_text(encoding="utf-8"))
    set_name = re.search(r"usersets-(u\d+)-", report_path.name).group(1)  # type: ignore[union-attr]
    rows = [json.loads(line) for line in (ROOT / "bench" / "usersets" / f"{set_name}.jsonl").read_text().splitlines()]
    steps = {row["name"]: row["turns"] for row in rows if "turns" in row}
    for session in report["sessions"]:
        root = Path(tempfile.mkdtemp()) / "site"
        shutil.copytree(template, root, symlinks=True, ignore=shutil.ignore_patterns("node_modules", ".next", ".git"))
        for turn in session["turns"]:
            key = f"{set_name} {session['name']} {turn['step']}.{turn['attempt']}"
            prompt, recorded = turn["prompt"], turn.get("plan") or ""
            reading = open_source(root).read()
            site = reading.site
            if at and re.search(at, key):
                print(f"== {key}: {prompt[:150]}")
                _show_site(site)
            plan = recorded
            try:
                model = parse_plan(turn.get("model_plan") or recorded) if recorded else None
            except PlanError:
                model = None
            if model is not None:
                now, _ = fitted(model, spelled_out(prompt), site)
                second = is_decline(now) and is_decline(model) and not is_decline(parse_plan(recorded))
                plan = recorded if second else plan_to_json(now)
            outcome, writes = _outcome(plan, prompt, root) if plan else (turn["outcome"], {})
            checks = steps[session["name"]][turn["step"]]["checks"]
            out.write(json.dumps({"k": key, "prompt": prompt, "plan": plan, "out": outcome,
                                  "ok": _passes(checks, outcome, writes, root), "decl": turn["expects_decline"],
                                  # what a fine-tune on the turn needs (build/finetune/fromsessions.py)
                                  "routes": reading.routes, "model": turn.get("model_plan") or recorded,
                                  "fixed": outcome == "applied" and _fixed_point(plan, prompt, site)}) + "\n")
            if turn["outcome"] == "applied" and not turn.get("undone") and recorded:
                # the session goes on as recorded
                _write(root, writes if plan == recorded else _outcome(recorded, prompt, root)[1])
        shutil.rmtree(root.parent, ignore_errors=True)


def diff(before: Path, after: Path, show: bool) -> None:
    a = {r["k"]: r for r in map(json.loads, before.read_text().splitlines())}
    b = {r["k"]: r for r in map(json.loads, after.read_text().splitlines())}
    counts = {"turns": 0, "plans_changed": 0, "fixed": 0, "broke": 0, "wrong_applied_before": 0,
              "wrong_applied_after": 0, "in_scope_declined_before": 0, "in_scope_declined_after": 0}
    for key, x in a.items():
        y = b.get(key)
        if y is None:
            continue
        counts["turns"] += 1
        for tag, row in (("before", x), ("after", y)):
            counts[f"wrong_applied_{tag}"] += row["out"] == "applied" and not row["ok"]
            counts[f"in_scope_declined_{tag}"] += row["out"] == "declined" and not row["decl"]
        if x["plan"] != y["plan"]:
            counts["plans_changed"] += 1
            state = "fixed" if y["ok"] and not x["ok"] else "broke" if x["ok"] and not y["ok"] else "same"
            counts[state] = counts.get(state, 0) + 1
            if show:
                print(f"[{state} {x['out']}->{y['out']}] {key}: {x['prompt'][:200]}\n    was {x['plan'][:300]}\n"
                      f"    now {y['plan'][:300]}")
    print(json.dumps(counts))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("reports", nargs="*", type=Path)
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--at")
    ap.add_argument("--diff", nargs=2, type=Path)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    if args.diff:
        diff(args.diff[0], args.diff[1], args.show)
        return 0
    with tempfile.TemporaryDirectory() as tmp, open(args.dump or "/dev/null", "w", encoding="utf-8") as out:
        template = Path(tmp) / "template"
        create_project(template, "My Site")
        for path in args.reports:
            replay(path, template, out, args.at)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
