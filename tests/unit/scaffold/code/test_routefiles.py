"""Moving and removing pages: only a route's own files move or go, every import still names the
same file, and the links an op leaves are named in what the turn says."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.errors import PlanError
from app.scaffold.code import modules
from app.scaffold.code.codeops import CodeEdit, apply_code_plan
from app.scaffold.code.reader import read_project
from app.scaffold.plan import parse_plan
from tests.unit.scaffold.code.projects import write_edit

TSCONFIG = '{"compilerOptions": {"baseUrl": ".", "paths": {"@/*": ["./*"]}}}'


def page(title: str, head: str = "", body: str = "") -> str:
    return f"{head}export default function P() {{\n  return <main><h1>{title}</h1>{body}</main>;\n}}\n"


def project(root: Path, files: dict[str, str]) -> Path:
    base = {"package.json": '{"name": "p", "dependencies": {"next": "15.0.0"}}', "tsconfig.json": TSCONFIG,
            "app/layout.tsx": "export default function L({ children }: { children: React.ReactNode }) {\n"
                              "  return <html><body>{children}</body></html>;\n}\n",
            "app/page.tsx": page("Home")}
    for rel, text in {**base, **files}.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def apply(root: Path, op: dict[str, Any]) -> CodeEdit:
    edit = apply_code_plan(read_project(root), parse_plan(json.dumps({"ops": [op]})))
    write_edit(root, edit.files)
    return edit


def unresolved(root: Path) -> list[tuple[str, str]]:
    """(file, specifier) for every local specifier (relative, "@/", baseUrl "app/…") that names no file."""
    resolver = modules.Resolver(root)
    out = []
    for rel in modules.project_files(root):
        for spec in modules.file_specifiers(rel, (root / rel).read_bytes()):
            if spec.value.startswith((".", "@/", "app/")):
                target = resolver.target(rel, spec.value)
                if target is None or target.file is None:
                    out.append((rel, spec.value))
    return out


# --- rename_page --------------------------------------------------------------------------------

def test_a_page_moved_to_another_depth_keeps_every_import_pointing_at_the_same_file(tmp_path: Path) -> None:
    head = ('import Chat from "../../components/chat";\nimport styles from "./page.module.css";\n'
            'import { helper } from "./helper";\nimport { x } from "@/lib/x";\nexport { y } from "../../../lib/x";\n'
            'const lazy = () => import("../shared/lazy");\nconst r = require("../../../lib/r");\n')
    root = project(tmp_path, {
        "app/examples/basic-chat/page.tsx": page("Chat", head, "<Chat />"),
        "app/examples/basic-chat/page.module.css": '.main { composes: base from "../shared/base.module.css"; }\n',
        "app/examples/basic-chat/layout.tsx": "export default function L({ children }: { children: React.ReactNode }) {\n"
                                              "  return children;\n}\n",
        "app/examples/basic-chat/helper.ts": "export const helper = 1;\n",
        "app/examples/shared/lazy.ts": "export const lazy = 1;\n",
        "app/examples/shared/base.module.css": ".base { color: red; }\n",
        "app/other/page.tsx": page("Other", 'import s from "../examples/basic-chat/page.module.css";\n'
                                            "import Wrap from 'app/examples/basic-chat/layout'\n"),
        "app/components/chat.tsx": "export default function Chat() {\n  return <div />;\n}\n",
        "lib/x.ts": "export const x = 1;\nexport const y = 2;\n",
        "lib/r.js": "module.exports = 1;\n",
    })
    assert unresolved(root) == []
    edit = apply(root, {"op": "rename_page", "route": "/examples/basic-chat", "new_route": "/studio"})
    assert unresolved(root) == []
    moved = (root / "app/studio/page.tsx").read_text()
    for spec in ('"../components/chat"', '"./page.module.css"', '"../examples/basic-chat/helper"', '"@/lib/x"',
                 '"../../lib/x"', '"../examples/shared/lazy"', 'require("../../lib/r")'):
        assert spec in moved, (spec, moved)
    assert '"../examples/shared/base.module.css"' in (root / "app/studio/page.module.css").read_text()
    other = (root / "app/other/page.tsx").read_text()
    assert '"../studio/page.module.css"' in other and "'app/studio/layout'" in other  # the quotes as they were
    # The route's own files moved; the module beside them stayed where others may use it.
    assert sorted(p.name for p in (root / "app/studio").iterdir()) == ["layout.tsx", "page.module.css", "page.tsx"]
    assert (root / "app/examples/basic-chat/helper.ts").is_file()
    assert "app/examples/basic-chat/helper.ts" not in edit.files


def test_a_moved_folder_leaves_its_shared_modules_and_data_in_place(tmp_path: Path) -> None:
    """The portfolio starter: app/blog/utils.ts is imported by 4 files (baseUrl paths) and reads
    app/blog/posts/*.mdx by a path written in code."""
    root = project(tmp_path, {
        "app/blog/page.tsx": page("Blog", "import { getPosts } from 'app/blog/utils'\n"),
        "app/blog/[slug]/page.tsx": page("Post", "import { getPosts } from 'app/blog/utils'\n"),
        "app/blog/utils.ts": "import path from 'path'\nexport const dir = path.join('app', 'blog', 'posts')\n"
                             "export function getPosts() { return [] }\n",
        "app/blog/posts/a.mdx": "# A\n",
        "app/sitemap.ts": "import { getPosts } from 'app/blog/utils'\nexport default function s() { return [] }\n",
    })
    apply(root, {"op": "rename_page", "route": "/blog", "new_route": "/studio"})
    assert unresolved(root) == []
    assert (root / "app/studio/page.tsx").is_file() and (root / "app/studio/[slug]/page.tsx").is_file()
    assert (root / "app/blog/utils.ts").is_file() and (root / "app/blog/posts/a.mdx").is_file()
    assert "'app/blog/utils'" in (root / "app/studio/page.tsx").read_text()
    assert [p.route for p in read_project(root).pages] == ["/", "/studio", "/studio/[slug]"]


def test_rename_rewrites_template_links_and_names_the_ones_it_cannot(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/blog/page.tsx": page("Blog"),
        "app/page.tsx": page("Home", 'import Link from "next/link";\n',
                             "<Link href={`/blog/${slug}`}>Post</Link><Link href=\"/blog\">All</Link>"),
        "app/nav.tsx": "export const items = { '/blog': { name: 'blog' } }\n",
    })
    edit = apply(root, {"op": "rename_page", "route": "/blog", "new_route": "/studio"})
    home = (root / "app/page.tsx").read_text()
    assert "href={`/studio/${slug}`}" in home and 'href="/studio"' in home
    assert "'/blog'" in (root / "app/nav.tsx").read_text()  # an object key is not guessed at
    told = [line for line in edit.summary if "still link" in line]
    assert told and "app/nav.tsx" in told[0] and "app/page.tsx" not in told[0] and "/studio" in told[0]


# --- remove_page --------------------------------------------------------------------------------

def test_remove_page_deletes_the_page_and_never_a_module_others_import(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/blog/page.tsx": page("Blog", 'import styles from "./page.module.css";\n'),
        "app/blog/page.module.css": ".a { color: red; }\n",
        "app/blog/layout.tsx": "export default function L({ children }: { children: React.ReactNode }) {\n"
                               "  return children;\n}\n",
        "app/blog/[slug]/page.tsx": page("Post", "import { getPosts } from 'app/blog/utils'\n"),
        "app/blog/utils.ts": "export function getPosts() { return [] }\n",
        "app/sitemap.ts": "import { getPosts } from './blog/utils'\nexport default function s() { return [] }\n",
    })
    edit = apply(root, {"op": "remove_page", "route": "/blog"})
    assert sorted(rel for rel, data in edit.files.items() if data is None) == ["app/blog/page.module.css",
                                                                                "app/blog/page.tsx"]
    assert (root / "app/blog/utils.ts").is_file() and (root / "app/blog/layout.tsx").is_file()
    assert unresolved(root) == []
    said = " ".join(edit.summary)
    assert "/blog/[slug]" in said and "app/blog/layout.tsx" in said  # the nested route stays, and it is said


def test_remove_page_without_nested_routes_takes_its_layout_but_keeps_what_others_import(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/about/page.tsx": page("About", 'import styles from "./page.module.css";\n'),
        "app/about/page.module.css": ".a { color: red; }\n",
        "app/about/layout.tsx": "export default function L({ children }: { children: React.ReactNode }) {\n"
                                "  return children;\n}\n",
        "app/about/loading.tsx": "export default function Loading() {\n  return <p>…</p>;\n}\n",
        "app/about/team.tsx": "export const team = [];\n",
        "app/contact/page.tsx": page("Contact", 'import styles from "../about/page.module.css";\n'),
    })
    edit = apply(root, {"op": "remove_page", "route": "/about"})
    assert sorted(rel for rel, data in edit.files.items() if data is None) == [
        "app/about/layout.tsx", "app/about/loading.tsx", "app/about/page.tsx"]
    assert (root / "app/about/page.module.css").is_file() and (root / "app/about/team.tsx").is_file()
    assert any("I kept app/about/page.module.css" in line and "app/contact/page.tsx" in line for line in edit.summary)
    assert unresolved(root) == []


def test_a_page_another_file_imports_is_not_removed(tmp_path: Path) -> None:
    root = project(tmp_path, {"app/about/page.tsx": page("About"),
                              "app/team/page.tsx": 'export { default } from "../about/page";\n'})
    with pytest.raises(PlanError, match=r"app/team/page\.tsx imports app/about/page\.tsx"):
        apply(root, {"op": "remove_page", "route": "/about"})


def test_remove_page_says_which_files_still_link_to_it(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/dream/page.tsx": page("Dream"),
        "app/page.tsx": page("Home", 'import Link from "next/link";\n', '<Link href="/dream">Go</Link>'),
        "components/footer.tsx": "export const links = [{ href: '/dream?x=1', label: 'Dream' }];\n",
        "app/other/page.tsx": page("Other", "", '<a href="/dreamy">Not it</a>'),
    })
    edit = apply(root, {"op": "remove_page", "route": "/dream"})
    assert "app/page.tsx and components/footer.tsx still link to /dream; I left those links as they are." \
        in edit.summary
    assert '<Link href="/dream">Go</Link>' in (root / "app/page.tsx").read_text()  # not guess-edited
