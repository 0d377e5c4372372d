"""A scripted engine for fast UI and flow tests; never used by the app itself.

It honours the same contract as the real one (lazy stream, timestamps,
cancel within one chunk), so tests of callers exercise the real protocol.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence

from app.engine.base import EngineInfo, GenerateOptions, Guidance, Message
from app.engine.response import Response

Reply = Callable[[Sequence[Message], GenerateOptions], str]


class FakeEngine:
    def __init__(self, reply: str | Reply = "ok", chunk_chars: int = 4, delay_s: float = 0.0) -> None:
        self._reply = reply
        self._chunk_chars = max(1, chunk_chars)
        self._delay_s = delay_s
        self.calls: list[Sequence[Message]] = []

    @property
    def info(self) -> EngineInfo:
        return EngineInfo(backend="fake", model_id="fake", provider="none")

    def warm(self, guidance: Guidance | None = None, system: str | None = None) -> None:
        return None

    def prefill(self, messages: Sequence[Message], options: GenerateOptions | None = None) -> None:
        return None

    def generate(self, messages: Sequence[Message], options: GenerateOptions | None = None) -> Response:
        opts = options or GenerateOptions()
        self.calls.append(list(messages))
        text = self._reply if isinstance(self._reply, str) else self._reply(messages, opts)

        def produce(resp: Response) -> Iterator[str]:
            resp.mark_started()
            resp.usage.prompt_tokens = sum(len(m.content.split()) for m in messages)
            pieces = [text[i : i + self._chunk_chars] for i in range(0, len(text), self._chunk_chars)]
            for n, piece in enumerate(pieces[: opts.max_tokens], start=1):
                if resp.cancel_requested:
                    return
                if self._delay_s:
                    time.sleep(self._delay_s)
                resp.usage.completion_tokens = n
                yield piece
            if len(pieces) > opts.max_tokens:
                resp.usage.finish_reason = "length"

        return Response(produce)

    def close(self) -> None:
        return None
