"""Code ops against the real TypeScript compiler: after a round of edits, every fixture project
still type-checks (TypeScript projects) or parses as JavaScript (the JS starters), with the
components, imports and props the ops wrote. Uses the shared node_modules store (installed once
into the user cache, as the dev-server tests do)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from app.preview.node import NodeRuntime, find_node
from app.scaffold.code.codeops import apply_code_plan
from app.scaffold.code.reader import read_project
from app.scaffold.plan import parse_plan
from app.scaffold.store import ensure_store
from tests.unit.scaffold.code.projects import STARTERS, copy_fixture, write_edit

pytestmark = pytest.mark.integration

TSCONFIG = {
    "compilerOptions": {
        "target": "ES2017", "lib": ["dom", "dom.iterable", "esnext"], "allowJs": True, "skipLibCheck": True,
        "strict": True, "noEmit": True, "esModuleInterop": True, "module": "esnext", "moduleResolution": "bundler",
        "resolveJsonModule": True, "isolatedModules": True, "jsx": "react-jsx", "paths": {"@/*": ["./*"]},
    },
    "include": ["**/*.ts", "**/*.tsx", "**/*.js", "**/*.jsx"],
    "exclude": ["node_modules", "*.config.*", "eslint.config.mjs"],
}
ROUTE_TYPES = """import type { ReactNode } from "react";
declare global {
  type LayoutProps<Route extends string> = { children: ReactNode; params: Promise<Record<string, string>> };
  type PageProps<Route extends string> = { params: Promise<Record<string, string>> };
}
export {};
"""
PLANS = [
    [{"op": "add_page", "title": "Our Team", "sections": ["team", "faq", "pricing"]},
     {"op": "add_section", "route": "/", "kind": "contact", "text": "Call us"}],
    [{"op": "add_items", "route": "/", "kind": "contact", "items": [{"title": "Phone", "text": "0123 456"}]},
     {"op": "add_section", "route": "/our-team", "kind": "image_text"}],
    [{"op": "rename_page", "route": "/our-team", "new_route": "/team"},
     {"op": "set_text", "route": "/", "target": "title", "text": "Hi {there} <3 & \"you\""}],
    [{"op": "add_api_route", "route": "/api/hello", "method": "POST", "json": {"a": 1}},
     {"op": "describe_site", "name": "Crumb", "tagline": "Bread", "sections": ["cta", "testimonials", "list", "hero"]}],
    [{"op": "edit_item", "item": "Phone", "text": "0999"}, {"op": "remove_section", "route": "/", "kind": "cta"},
     {"op": "set_theme", "primary": "green", "font": "mono"}],
]


@pytest.fixture(scope="module")
def node() -> NodeRuntime:
    return find_node()


@pytest.fixture(scope="module")
def store(node: NodeRuntime) -> Path:
    return ensure_store(node)


@pytest.mark.parametrize("name", (*STARTERS, "hand", "generated"))
def test_edited_projects_type_check(name: str, tmp_path: Path, node: NodeRuntime, store: Path) -> None:
    root = copy_fixture(name, tmp_path / name)
    for ops in PLANS:
        edit = apply_code_plan(read_project(root), parse_plan(json.dumps({"ops": ops})))
        write_edit(root, edit.files)
    config = json.loads(json.dumps(TSCONFIG))  # a deep copy
    if read_project(root).conventions.src:
        config["compilerOptions"]["paths"] = {"@/*": ["./src/*"]}
    (root / "tsconfig.json").write_text(json.dumps(config))
    (root / "next-env.d.ts").write_text('/// <reference types="next" />\n/// <reference types="next/image-types/global" />\n')
    (root / "route-types.d.ts").write_text(ROUTE_TYPES)  # what `next dev` generates in .next/types
    (root / "node_modules").symlink_to(store / "node_modules", target_is_directory=True)
    shutil.rmtree(root / ".nxr", ignore_errors=True)
    result = subprocess.run([str(node.node), str(store / "node_modules/typescript/bin/tsc"), "-p", "."], cwd=root,
                            env=node.env(), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
