"""A file among the project's modules: the JSX a page returns, its specifiers, its import style."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.scaffold.code import modules, tsx
from app.scaffold.code.codeops import apply_code_plan
from app.scaffold.code.reader import read_project
from app.scaffold.plan import parse_plan

PACKAGE = '{"name": "p", "dependencies": {"next": "15.0.0"}}'


def project(root: Path, files: dict[str, str]) -> Path:
    for rel, text in {"package.json": PACKAGE, **files}.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def plan(*ops: dict[str, object]) -> object:
    return parse_plan(json.dumps({"ops": list(ops)}))


# --- the page root: what the default export returns ---------------------------------------------

MAIN = "<main><h1>Hi</h1><p>There</p></main>"


@pytest.mark.parametrize("source", [
    # a helper component defined first inside the page (roomgpt's /dream)
    "export default function P() { const Inner = () => <span/>; return " + MAIN + " }",
    "export default function P() {\n  const Inner = () => (<section><h1>Not me</h1></section>);\n  return (\n    "
    + MAIN + "\n  );\n}",
    "export default () => (" + MAIN + ");",
    "const P = () => {\n  function helper() { return <b>x</b>; }\n  return " + MAIN + ";\n};\nexport default P;",
    "function P() {\n  if (typeof window === 'undefined') return <p>Loading</p>;\n  return (" + MAIN + ");\n}\nexport default P;",
    "import { memo } from 'react';\nexport default memo(function P() { const a = <i/>; return " + MAIN + "; });",
    "export default async function P(): Promise<JSX.Element> { const x = [<li key='a'/>]; return (" + MAIN
    + ") as JSX.Element; }",
])
def test_the_page_root_is_what_the_default_export_returns(source: str, tmp_path: Path) -> None:
    root = project(tmp_path, {"app/page.tsx": source})
    page = read_project(root).page("/")
    assert page is not None and page.title is not None and page.title.text == "Hi"
    assert page.insert_at is not None
    main = source.index("<main>")
    assert main < page.insert_at <= source.index("</main>"), "a new section goes inside <main>"


def test_returned_jsx_is_none_without_a_function() -> None:
    doc = tsx.parse(b"const x = <main/>;\nexport default x;\n", "page.tsx")
    assert modules.returned_jsx(doc) is None


def test_a_page_returning_a_conditional_still_has_a_root(tmp_path: Path) -> None:
    source = "export default function P({ ok }: { ok: boolean }) {\n  return ok ? <p>No</p> : " + MAIN + ";\n}\n"
    page = read_project(project(tmp_path, {"app/page.tsx": source})).page("/")
    assert page is not None and page.title is not None and page.title.text == "Hi"


# --- specifiers ------------------------------------------------------------------------------------

def test_every_kind_of_specifier_is_found() -> None:
    source = ('import a from "./a";\nimport "./b.css";\nimport type { T } from \'../t\';\nexport * from "./c";\n'
              'export { d } from "./d";\nconst e = await import("./e");\nconst f = require("./f");\n'
              'const g = other("./not-a-module");\nconst h = `./template`;\n')
    doc = tsx.parse(source.encode(), "x.ts")
    found = [s.value for s in modules.specifiers(doc)]
    assert found == ["./a", "./b.css", "../t", "./c", "./d", "./e", "./f"]
    for spec in modules.specifiers(doc):
        assert source.encode()[spec.start:spec.end].decode() == spec.value


def test_stylesheet_references_skip_comments_and_absolute_paths() -> None:
    source = b'@import "./base.css";\n/* url(./old.png) */\n.a { composes: b from "../x.module.css"; ' \
             b'background: url(../img/a.png); }\n.c { background: url(/abs.png) url("https://x/y.png"); }\n'
    assert [s.value for s in modules.css_specifiers(source)] == ["./base.css", "../x.module.css", "../img/a.png"]


def test_the_resolver_knows_aliases_and_base_url(tmp_path: Path) -> None:
    root = project(tmp_path, {"tsconfig.json": '{"compilerOptions": {"baseUrl": ".", "paths": {"@/*": ["./src/*"]}}}',
                              "src/lib/x.ts": "", "app/blog/utils.ts": "", "app/page.tsx": ""})
    resolver = modules.Resolver(root)
    alias = resolver.target("app/page.tsx", "@/lib/x")
    assert alias is not None and (alias.kind, alias.file) == ("alias", "src/lib/x.ts")
    base = resolver.target("app/page.tsx", "app/blog/utils")
    assert base is not None and (base.kind, base.file) == ("base", "app/blog/utils.ts")
    assert resolver.target("app/page.tsx", "react") is None
    assert resolver.write(base, "app/studio/utils", "x/y.ts") == "app/studio/utils"
    assert resolver.write(alias, "src/lib/z", "app/page.tsx") == "@/lib/z"
    rel = resolver.target("app/page.tsx", "./blog/utils")
    assert rel is not None and resolver.write(rel, "app/blog/utils", "app/a/b/page.tsx") == "../../blog/utils"


# --- import style ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("head", "expected"), [
    ("import Link from 'next/link'\n", "import Features from '../components/nxr/Features'\n"),
    ("import Link from 'next/link';\n", "import Features from '../components/nxr/Features';\n"),
    ('import Link from "next/link"\n', 'import Features from "../components/nxr/Features"\n'),
    ("'use client'\n\n", "import Features from '../components/nxr/Features'\n"),
    ('"use client";\n\n', 'import Features from "../components/nxr/Features";\n'),
])
def test_an_added_import_follows_the_files_quotes_and_semicolons(head: str, expected: str, tmp_path: Path) -> None:
    root = project(tmp_path, {"app/page.tsx": head + "export default function P() {\n  return <main><h1>Hi</h1></main>\n}\n"})
    edit = apply_code_plan(read_project(root), plan({"op": "add_section", "route": "/", "kind": "features"}))
    text = (edit.files["app/page.tsx"] or b"").decode()
    assert expected in text, text


def test_restyle_import() -> None:
    assert modules.restyle_import('import "./x.css";', "'", False) == "import './x.css'"
    assert modules.restyle_import('import { a } from "b";', '"', True) == 'import { a } from "b";'
