"""The plan-accuracy eval sets: one ``bench/plans/data/<set>.jsonl`` file each, read here.

A file's first line is its header record: the set's name, when and how it was written,
where it came from, its case count per op and the sha256 of its cases in canonical JSON
(:func:`canonical`). The other lines are one case each: ``request``, ``routes`` (the
project's pages), ``expected`` (the op and the slots a careful reader can pin down) and
``error`` (the error shown to the user, for ``repair``). Every load checks the cases
against the header's count and hash, so a set is never changed by accident; an eval set
that was used to measure something is not edited: write a new one.

    hand        30 cases written by hand
    generated   320 cases from templates written for the eval only
    all         hand + generated
    blind ...   blind, blind2 ... blind5: each written blind, after the run it was first used on
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import SessionFileError
from app.session.bench.sessionfile import split_set

DATA = Path(__file__).resolve().with_name("data")
BLIND_SETS = ("blind", "blind2", "blind3", "blind4", "blind5")
FILES = ("hand", "generated", *BLIND_SETS)
SETS = ("hand", "generated", "all", *BLIND_SETS)
_ROW_KEYS = {"request", "routes", "expected", "error"}


class EvalSetError(ValueError):
    """An eval set file is missing, malformed, or no longer matches its header."""


@dataclass(frozen=True)
class Case:
    request: str
    routes: list[str]
    expected: dict[str, object]
    error: str | None = None
    tags: tuple[str, ...] = field(default_factory=tuple)  # the set's name

    def row(self) -> dict[str, object]:
        return {"request": self.request, "routes": self.routes, "expected": self.expected, "error": self.error}


def canonical(cases: list[Case]) -> str:
    """The cases in order, each with its tags, as JSON with sorted keys: what the header's hash covers."""
    rows = [{**c.row(), "tags": list(c.tags)} for c in cases]
    return json.dumps(rows, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def digest(cases: list[Case]) -> str:
    return hashlib.sha256(canonical(cases).encode("utf-8")).hexdigest()


def op_counts(cases: list[Case]) -> dict[str, int]:
    return dict(sorted(Counter(str(c.expected["op"]) for c in cases).items()))


def _case(row: object, name: str, where: str) -> Case:
    if not (isinstance(row, dict) and row.keys() == _ROW_KEYS):
        raise EvalSetError(f"{where} is not a case: it needs exactly the fields {', '.join(sorted(_ROW_KEYS))}.")
    request, routes, expected, error = row["request"], row["routes"], row["expected"], row["error"]
    if not (isinstance(request, str) and isinstance(routes, list) and all(isinstance(r, str) for r in routes)
            and isinstance(expected, dict) and "op" in expected and (error is None or isinstance(error, str))):
        raise EvalSetError(f"{where} is not a case: request and error are text, routes a list of paths, "
                           "expected an object with an op.")
    return Case(request, routes, expected, error, (name,))


def read(name: str, data: Path = DATA) -> tuple[dict[str, object], list[Case]]:
    """A set's header and cases, checked against the header's name, per-op counts and sha256."""
    if name not in FILES:
        raise EvalSetError(f"There is no eval set named {name!r}; the sets are {', '.join(FILES)}.")
    path = data / f"{name}.jsonl"
    try:
        header, rows = split_set(path.read_text(encoding="utf-8"), path)
    except OSError as exc:
        raise EvalSetError(f"Cannot read the eval set {path}: {exc.strerror or exc}.") from exc
    except SessionFileError as exc:
        raise EvalSetError(str(exc)) from exc
    cases = [_case(row, name, f"{path} line {n}") for n, row in enumerate(rows, 2)]
    if header["set"] != name:
        raise EvalSetError(f"{path} says it holds the set {header['set']!r}, not {name!r}.")
    if header.get("ops") != op_counts(cases) or header.get("sha256") != digest(cases):
        raise EvalSetError(f"{path} no longer holds the cases its header describes (count per op {op_counts(cases)}, "
                           f"sha256 {digest(cases)}); an eval set that has been used is not edited: write a new set.")
    return header, cases


def load(name: str, data: Path = DATA) -> list[Case]:
    return read(name, data)[1]


def all_cases(which: str = "all") -> list[Case]:
    """One set's cases, in the order they were written; ``all`` is ``hand`` then ``generated``."""
    if which == "all":
        return load("hand") + load("generated")
    return load(which)
