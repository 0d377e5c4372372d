"""Fixtures of the code-edit tests: real create-next-app projects (see :mod:`tests.code.starters`).

``starter`` is a function: ``root = starter("ts-tw")`` gives a fresh copy of that starter
in the test's temporary folder (made and installed into the cache on first use; a skip
with one line when that needs the npm registry and it does not answer, or no Node.js).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from app.errors import NodeNotFoundError
from app.preview.node import NodeRuntime, find_node
from tests.code.starters import StarterUnavailable, copy_starter, ensure_starter, starters_root

Starter = Callable[[str], Path]


@pytest.fixture(scope="session")
def starter_node() -> NodeRuntime:
    try:
        return find_node()
    except NodeNotFoundError as exc:
        pytest.skip(f"no Node.js for the starters: {exc.message}")


@pytest.fixture(scope="session")
def starters_cache() -> Path:
    """Resolved once, before any test's isolated_dirs can point NXR_CACHE_DIR at a temp folder
    (session fixtures are set up before function ones): the starters must outlive a test."""
    return starters_root()


@pytest.fixture()
def starter(starter_node: NodeRuntime, starters_cache: Path, tmp_path: Path) -> Starter:
    def make(combo: str) -> Path:
        try:
            source = ensure_starter(combo, starter_node, starters_cache)
        except StarterUnavailable as exc:
            pytest.skip(f"starter {combo} is not cached and cannot be made: {exc}")
        dest = tmp_path / "starters" / combo
        number = 1
        while dest.exists():  # a second copy of the same starter in one test
            number += 1
            dest = tmp_path / "starters" / f"{combo}-{number}"
        copy_starter(source, dest)
        return dest

    return make
