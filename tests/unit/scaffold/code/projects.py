"""Projects for the code reader and code ops: the fixtures copied into a temporary folder.

Imported by the tests that use it (other tests share this folder)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from tests.unit.scaffold.helpers import next_project

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "code"
STARTERS = ("ts-tw", "js-css", "ts-css-src", "js-tw-src")


def copy_fixture(name: str, dest: Path) -> Path:
    """A fixture project in ``dest``: one of ``FIXTURES``, or "generated" (what `nxr new` writes)."""
    if name == "generated":
        return next_project(dest, "Demo Bakery")
    shutil.copytree(FIXTURES / name, dest)
    return dest


def write_edit(root: Path, files: Mapping[str, bytes | None]) -> None:
    """A code edit's files into the project: each written (folders made as needed), or deleted when None."""
    for rel, data in files.items():
        path = root / rel
        if data is None:
            path.unlink()
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)


@pytest.fixture()
def project_copy(tmp_path: Path) -> Callable[[str], Path]:
    def make(name: str) -> Path:
        return copy_fixture(name, tmp_path / name)
    return make
