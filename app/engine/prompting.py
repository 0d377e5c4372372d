"""Turn a list of messages into model input text, as the manifest says.

The text is split in two: a *prefix* (the system messages, long and constant
across turns, so the engine can prefill it once and reuse its KV cache) and
the *turn* (everything after it, ending where the model should continue).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.engine.base import Message
from app.engine.manifest import PromptSpec
from app.errors import UsageError


@dataclass(frozen=True)
class PromptText:
    prefix: str
    turn: str

    @property
    def full(self) -> str:
        return self.prefix + self.turn


def render(messages: Sequence[Message], spec: PromptSpec) -> PromptText:
    if not messages:
        raise UsageError("Nothing to send: the prompt is empty.")
    if messages[-1].role != "user":
        raise UsageError("The last message must be the user's request.")
    prefix_parts: list[str] = []
    i = 0
    while i < len(messages) and messages[i].role == "system":
        prefix_parts.append(spec.system.replace("{content}", messages[i].content))
        i += 1
    turn_parts: list[str] = []
    for msg in messages[i:]:
        if msg.role == "system":
            raise UsageError("System messages must come before the conversation.")
        template = spec.user if msg.role == "user" else spec.assistant
        turn_parts.append(template.replace("{content}", msg.content))
    return PromptText("".join(prefix_parts), "".join(turn_parts))
