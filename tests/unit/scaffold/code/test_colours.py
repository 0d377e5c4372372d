"""A background or text colour goes where the page takes it from, on sites nobody here wrote."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.scaffold.code.codeops import apply_code_plan
from app.scaffold.code.reader import read_project
from app.scaffold.plan import parse_plan

SITES = Path(__file__).resolve().parents[3] / "fixtures" / "sites"


def theme(root: Path, **colours: str) -> tuple[list[str], dict[str, bytes | None]]:
    edit = apply_code_plan(read_project(root), parse_plan(json.dumps({"ops": [{"op": "set_theme", **colours}]})))
    return edit.summary, edit.files


@pytest.mark.parametrize(("site", "field", "rel", "old", "new"), [
    ("roomgpt", "background", "app/layout.tsx", b'className="bg-[#17181C] text-white"', b'className="bg-[#0f172a] text-white"'),
    ("roomgpt", "foreground", "app/layout.tsx", b'className="bg-[#17181C] text-white"', b'className="bg-[#17181C] text-[#0f172a]"'),
    ("portfolio-blog", "background", "app/layout.tsx", b"'text-black bg-white dark:text-white dark:bg-black'",
     b"'text-black bg-[#0f172a] dark:text-white dark:bg-black'"),
    ("assistants-quickstart", "foreground", "app/globals.css", b"color: rgb(var(--foreground-rgb));", b"color: #0f172a;"),
])
def test_the_colour_replaces_what_the_page_uses(site: str, field: str, rel: str, old: bytes, new: bytes,
                                                tmp_path: Path) -> None:
    root = shutil.copytree(SITES / site, tmp_path / site)
    summary, files = theme(root, **{field: "#0f172a"})
    before = (root / rel).read_bytes()
    assert list(files) == [rel] and files[rel] == before.replace(old, new, 1), summary
    assert summary[0].startswith(f"Set the {field} colour to #0f172a (")


def test_a_page_with_no_background_anywhere_gets_it_in_its_body_rule(tmp_path: Path) -> None:
    root = shutil.copytree(SITES / "assistants-quickstart", tmp_path / "site")
    summary, files = theme(root, background="#0f172a")
    assert summary == ["Set the background colour to #0f172a (added background to the body rule in app/globals.css)."]
    assert b"body {\n  color: rgb(var(--foreground-rgb));\n  background: #0f172a;\n}" in (files["app/globals.css"] or b"")
