"""`nxr demo`: the app's main job, headless, on a bundled default.

Creates a demo site in the user data folder, starts its real `next dev`,
loads the real model and runs a few prompts through the whole turn loop
(plan -> files -> preview ready), then undoes the last one, printing what
happened and the latency of every phase.
"""

from __future__ import annotations

import shutil
import sys
import time
from typing import Any, TextIO

from app import paths
from app.engine.ort_engine import OrtEngine

DEMO_PROMPTS = (
    "I need a services page",
    "create a blog page titled Latest News",
    "switch to a purple color scheme",
)


def _line(result: Any, out: TextIO) -> None:
    t = result.timings

    def ms(key: str) -> str:
        v = t.get(key)
        return "    -" if v is None else f"{v:5.0f}"

    out.write(f"  plan     {result.plan or '-'}\n")
    out.write(f"  outcome  {result.outcome}: {'; '.join(result.summary) or result.message}\n")
    if result.preview_url:
        out.write(f"  preview  {result.preview_url} ({'shows the change' if result.preview_ok else 'NOT updated'})\n")
    out.write(f"  latency  first token {ms('ttft_ms')} ms | generation {ms('generation_ms')} ms | apply {ms('apply_ms')} ms"
              f" | preview {ms('preview_ms')} ms | total wait {ms('total_ms')} ms\n")


def run_demo(engine: OrtEngine, keep_serving: bool = False, out: TextIO = sys.stdout) -> int:
    from app.preview.devserver import DevServer
    from app.preview.node import find_node
    from app.scaffold import history
    from app.scaffold.project import create_project
    from app.session.turn import TurnRunner

    target = paths.data_dir() / "demo-site"
    if target.exists():
        shutil.rmtree(target)  # our own demo folder, recreated each run
    start = time.perf_counter()
    project = create_project(target, "Demo Bakery")
    out.write(f"\nCreated {project.root} in {time.perf_counter() - start:.2f} s\n")
    server = DevServer(project.root, find_node())
    try:
        start = time.perf_counter()
        url = server.start()
        server.fetch("/")  # the first compile of the home page
        out.write(f"Preview at {url} (ready and compiled in {time.perf_counter() - start:.1f} s)\n")
        runner = TurnRunner(project.root, engine, server)
        start = time.perf_counter()
        runner.warm()
        out.write(f"Model warm on {engine.info.provider} in {time.perf_counter() - start:.1f} s "
                  "(grammar set-up and system prompt prefill, once per session)\n")
        applied = 0
        for prompt in DEMO_PROMPTS:
            out.write(f"\n> {prompt}\n")
            result = runner.run(prompt)
            _line(result, out)
            applied += result.applied
        if history.load(project.root).can_undo:
            turn = history.undo(project.root)
            out.write(f"\nundo: restored {', '.join(turn.files)} (\"{turn.prompt}\" is undone)\n")
        if keep_serving:
            out.write(f"\nServing {url} until Ctrl+C\n")
            while True:
                time.sleep(1)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0 if applied else 1
