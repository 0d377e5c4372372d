"""A streaming response that records its own timestamps.

``Response`` is returned at once by ``Engine.generate``; iterating it drives the
model token by token. It records when it was submitted, when the first text
arrived and when it ended (``time.perf_counter`` seconds), counts tokens, and
can be cancelled from any thread: the producer checks the flag before every
token, so a cancel takes effect within one token.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal

from app.errors import GenerationCancelled

FinishReason = Literal["stop", "length", "cancelled", "error"]


@dataclass
class Usage:
    """Filled in by the producer as it runs."""

    prompt_tokens: int = 0
    cached_tokens: int = 0
    completion_tokens: int = 0
    finish_reason: FinishReason | None = None
    # ORT: decode steps (a step may append several tokens the grammar forces) and the time spent
    # setting up a new session for this turn (its grammar and prefix prefill; 0 when reused).
    decode_steps: int = 0
    setup_ms: float | None = None


Producer = Callable[["Response"], Iterator[str]]


class Response:
    def __init__(self, producer: Producer) -> None:
        self.submitted: float = time.perf_counter()
        self.started: float | None = None
        self.first_token: float | None = None
        self.ended: float | None = None
        self.usage = Usage()
        self._producer = producer
        self._chunks: list[str] = []
        self._cancel = threading.Event()
        self._consumed = False
        self._lock = threading.Lock()

    # -- control ---------------------------------------------------------
    def cancel(self) -> None:
        """Ask the producer to stop; safe from any thread."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def mark_started(self) -> None:
        """Called by the producer once it holds the model (ends the queued phase)."""
        self.started = time.perf_counter()

    # -- consumption -----------------------------------------------------
    def __iter__(self) -> Iterator[str]:
        with self._lock:
            if self._consumed:
                yield from list(self._chunks)
                return
            self._consumed = True
        try:
            for chunk in self._producer(self):
                if not chunk:
                    continue
                if self.first_token is None:
                    self.first_token = time.perf_counter()
                self._chunks.append(chunk)
                yield chunk
                if self._cancel.is_set():
                    break
        except GenerationCancelled:
            pass
        except BaseException:
            self.usage.finish_reason = "error"
            raise
        finally:
            self.ended = time.perf_counter()
            if self._cancel.is_set():
                self.usage.finish_reason = "cancelled"
            elif self.usage.finish_reason is None:
                self.usage.finish_reason = "stop"

    def text(self) -> str:
        """Run to the end (if not yet) and return all text."""
        for _ in self:
            pass
        return "".join(self._chunks)

    @property
    def done(self) -> bool:
        return self.ended is not None

    @property
    def cancelled(self) -> bool:
        return self.usage.finish_reason == "cancelled"

    # -- timings (seconds) -------------------------------------------------
    @property
    def queued_s(self) -> float | None:
        return None if self.started is None else self.started - self.submitted

    @property
    def ttft_s(self) -> float | None:
        return None if self.first_token is None else self.first_token - self.submitted

    @property
    def generation_s(self) -> float | None:
        if self.first_token is None or self.ended is None:
            return None
        return self.ended - self.first_token

    @property
    def total_s(self) -> float | None:
        return None if self.ended is None else self.ended - self.submitted

    @property
    def tokens_per_s(self) -> float | None:
        gen = self.generation_s
        n = self.usage.completion_tokens
        if gen is None or gen <= 0 or n < 2:
            return None
        # The first token's cost is the prefill, counted in ttft; the rest is decode.
        return (n - 1) / gen

    def timings(self) -> dict[str, float | int | str | None]:
        def ms(v: float | None) -> float | None:
            return None if v is None else round(v * 1000, 1)

        tps = self.tokens_per_s
        return {
            "queued_ms": ms(self.queued_s),
            "ttft_ms": ms(self.ttft_s),
            "generation_ms": ms(self.generation_s),
            "total_ms": ms(self.total_s),
            "prompt_tokens": self.usage.prompt_tokens,
            "cached_tokens": self.usage.cached_tokens,
            "completion_tokens": self.usage.completion_tokens,
            "tokens_per_s": None if tps is None else round(tps, 1),
            "finish_reason": self.usage.finish_reason,
            "decode_steps": self.usage.decode_steps,
            "setup_ms": self.usage.setup_ms,
        }
