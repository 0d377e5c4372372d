"""The one engine interface: ``Engine.generate(messages, options) -> Response``.

Shaped like ``llm``'s ``Model.prompt() -> Response``: the call returns at once
with a lazy stream; iterating it runs the model. Every backend (ORT GenAI, the
fake engine for UI tests, peers in the benchmark) implements this protocol.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from app.engine.response import Response

Role = Literal["system", "user", "assistant"]


@dataclass(frozen=True)
class Message:
    role: Role
    content: str


@dataclass(frozen=True)
class Guidance:
    """A constraint on the output: a JSON schema, a regex or a Lark grammar."""

    kind: Literal["json_schema", "regex", "lark_grammar"]
    data: str

    @classmethod
    def json_schema(cls, schema: dict[str, Any] | str) -> Guidance:
        # Never sort keys: llguidance emits object properties in the schema's order, so sorted
        # keys made "op" come after e.g. "kind" and left add_section, remove_section,
        # rename_page and add_nav_link impossible to write with "op" first (measured).
        return cls("json_schema", schema if isinstance(schema, str) else json.dumps(schema))

    @classmethod
    def regex(cls, pattern: str) -> Guidance:
        return cls("regex", pattern)

    @classmethod
    def lark(cls, grammar: str) -> Guidance:
        return cls("lark_grammar", grammar)


@dataclass(frozen=True)
class GenerateOptions:
    max_tokens: int = 256
    guidance: Guidance | None = None
    # Greedy by default: edit plans want the most likely answer, reproducibly.
    temperature: float = 0.0
    top_p: float = 1.0


@dataclass(frozen=True)
class EngineInfo:
    backend: str
    model_id: str
    provider: str
    model_dir: str = ""
    threads: int | None = None
    load_s: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)


class Engine(Protocol):
    @property
    def info(self) -> EngineInfo: ...

    def generate(self, messages: Sequence[Message], options: GenerateOptions | None = None) -> Response: ...

    def warm(self, guidance: Guidance | None = None, system: str | None = None) -> None:
        """Pay one-off costs (tokenizer, grammar set-up, system prefill) now, off the UI thread."""
        ...

    def prefill(self, messages: Sequence[Message], options: GenerateOptions | None = None) -> None:
        """Prefill a prompt that is likely to be sent (the user's draft), so that ``generate`` on a
        prompt that starts the same pays only for the rest. Best effort: it may do nothing."""
        ...

    def close(self) -> None: ...
