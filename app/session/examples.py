"""Few-shot examples chosen per request (a small base model copies the nearest example best).

The bank lives in ``resources/prompts/plan-examples.jsonl``. For each request the
``k`` examples sharing the most informative words (IDF-weighted overlap) go into
the prompt, the closest one last, right before the request.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from app import paths

_STOP = {"a", "an", "the", "to", "of", "on", "in", "and", "with", "for", "our", "my", "me", "i", "it", "is", "be",
         "that", "this", "please", "can", "you", "we", "us", "at", "from", "by", "as", "so", "some", "want", "like",
         "make", "should", "would", "need", "new"}


def words(text: str) -> set[str]:
    out = set()
    for w in re.findall(r"[a-z0-9]+", text.lower()):
        if w in _STOP:
            continue
        out.add(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w)
    return out


def pages_line(routes: list[str]) -> str:
    return "Pages: " + ", ".join(routes) + "."


def request_content(request: str, routes: list[str], last_error: str | None = None) -> str:
    """The user message of a turn: the request, the project's pages and the last preview error.
    The fine-tune (build/finetune/train.py) trains on exactly this text."""
    context = pages_line(routes)
    if last_error:
        context += f" Last error: {last_error[:200]}"
    return f"{request.strip()}\n{context}"


@dataclass(frozen=True)
class Example:
    request: str
    routes: tuple[str, ...]
    plan: str

    @property
    def prompt(self) -> str:
        return f"{self.request}\n{pages_line(list(self.routes))}"


def load_examples(path: Path | None = None) -> list[Example]:
    source = path or paths.resources_dir() / "prompts" / "plan-examples.jsonl"
    out = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.strip():
            data = json.loads(line)
            out.append(Example(data["request"], tuple(data["routes"]), json.dumps(data["plan"], separators=(",", ":"))))
    return out


class ExampleIndex:
    def __init__(self, examples: list[Example]) -> None:
        self.examples = examples
        self._words = [words(e.request) for e in examples]
        df = Counter(w for ws in self._words for w in ws)
        n = len(examples)
        self._idf = {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}

    def select(self, request: str, k: int = 4) -> list[Example]:
        query = words(request)
        scored = []
        for i, ws in enumerate(self._words):
            shared = query & ws
            score = sum(self._idf.get(w, 0.0) for w in shared) / math.sqrt(len(ws) or 1)
            scored.append((score, -i, i))
        best = sorted(scored, reverse=True)[:k]
        return [self.examples[i] for _, _, i in reversed(best)]  # closest last
