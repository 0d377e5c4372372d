"""The turn loop as the typed-request tests drive it: a model plan and a request through ``TurnRunner``, and the page
the turn wrote."""

from __future__ import annotations

import json
from pathlib import Path

from app.engine.fake import FakeEngine
from app.session.turn import TurnRunner


def run(root: Path, plan: str, prompt: str):  # type: ignore[no-untyped-def]
    return TurnRunner(root, FakeEngine(plan)).run(prompt)


def page(root: Path, route: str) -> str:
    rel = "page.tsx" if route == "/" else route.strip("/") + "/page.tsx"
    return (root / "app" / rel).read_text()


def apply(root: Path, ops: list[dict[str, object]], prompt: str) -> None:
    result = run(root, json.dumps({"ops": ops}), prompt)
    assert result.outcome == "applied", result.message


def text(root: Path, words: str, route: str = "/") -> None:
    apply(root, [{"op": "add_section", "route": route, "kind": "text", "text": words}], f"add to home: {words}")
