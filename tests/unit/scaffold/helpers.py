from __future__ import annotations

from pathlib import Path

from app.scaffold.render import initial_files


def managed_project(root: Path, name: str = "Test Site") -> Path:
    """A new project as ``nxr new`` writes it, less node_modules and package.json: the template's
    layout, nav and stylesheet (what the code reader needs) plus the generated files."""
    import shutil

    from app.scaffold.store import template_dir

    shutil.copytree(template_dir(), root, dirs_exist_ok=True, ignore=shutil.ignore_patterns("package.json", "gitignore"))
    for rel, body in initial_files(name).items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(body, encoding="utf-8")
    return root


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and ".nxr/objects" not in str(p) and ".nxr/journal" not in str(p)
            and not str(p.relative_to(root)).startswith(".nxr/history") and "session.jsonl" not in str(p)
            and str(p.relative_to(root)) != ".nxr/lock"}


def next_project(root: Path, name: str = "Test Site") -> Path:
    """A managed project the CLI opens: the template's files (no node_modules) plus the generated ones."""
    import shutil

    from app.scaffold.store import template_dir

    managed_project(root, name)
    shutil.copy2(template_dir() / "package.json", root / "package.json")
    return root
