"""The turn loop as the typed-request tests drive it: a model plan and a request through ``TurnRunner``, and the page
the turn wrote."""

from __future__ import annotations

import json
import re
from pathlib import Path

from app.engine.fake import FakeEngine
from app.session.turn import TurnRunner


def run(root: Path, plan: str, prompt: str):  # type: ignore[no-untyped-def]
    return TurnRunner(root, FakeEngine(plan)).run(prompt)


def page(root: Path, route: str) -> str:
    rel = "page.tsx" if route == "/" else route.strip("/") + "/page.tsx"
    return (root / "app" / rel).read_text()


def shown(root: Path, route: str = "/") -> str:
    """The page's source with apostrophes as typed (the page escapes them)."""
    return page(root, route).replace("&apos;", "'")


def apply(root: Path, ops: list[dict[str, object]], prompt: str) -> None:
    result = run(root, json.dumps({"ops": ops}), prompt)
    assert result.outcome == "applied", result.message


def text(root: Path, words: str, route: str = "/") -> None:
    apply(root, [{"op": "add_section", "route": route, "kind": "text", "text": words}], f"add to home: {words}")


def items(root: Path, route: str, kind: str, entries: list[tuple[str, str]], prompt: str = "add these") -> None:
    """Entries (name, detail) of one section of ``kind`` on ``route``, as a turn adds them."""
    apply(root, [{"op": "add_items", "route": route, "kind": kind, "items": [{"title": t, "text": d} for t, d in entries]}], prompt)


def pages(root: Path, *names: str) -> None:
    """A page for each name, at its name in lower case."""
    for name in names:
        apply(root, [{"op": "add_page", "title": name, "route": "/" + name.lower().replace(" ", "-")}], f"add a {name} page")


def para(root: Path, words: str, route: str = "/") -> None:
    """A text section of ``words`` on ``route``, added as a text (not read as a list)."""
    apply(root, [{"op": "add_section", "route": route, "kind": "text", "text": words}], "add a text section")


def menu(root: Path) -> list[str]:
    """The navigation's labels in order, as the generated site data lists them."""
    return re.findall(r'label: "([^"]+)"', (root / "lib" / "site.ts").read_text())

