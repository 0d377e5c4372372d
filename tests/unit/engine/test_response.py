from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from app.engine.base import GenerateOptions, Message
from app.engine.fake import FakeEngine
from app.engine.response import Response


def test_timestamps_are_ordered_and_usage_recorded() -> None:
    engine = FakeEngine("hello world", chunk_chars=3, delay_s=0.01)
    resp = engine.generate([Message("user", "hi")])
    assert not resp.done and resp.first_token is None
    assert resp.text() == "hello world"
    assert resp.first_token is not None and resp.ended is not None
    assert resp.submitted <= resp.first_token <= resp.ended
    assert resp.usage.completion_tokens == 4
    assert resp.usage.finish_reason == "stop"
    t = resp.timings()
    assert t["ttft_ms"] is not None and t["ttft_ms"] >= 0
    assert t["tokens_per_s"] is not None and t["tokens_per_s"] > 0


def test_iterating_twice_replays_the_same_text() -> None:
    resp = FakeEngine("abcdef", chunk_chars=2).generate([Message("user", "x")])
    assert list(resp) == ["ab", "cd", "ef"]
    assert list(resp) == ["ab", "cd", "ef"]


def test_cancel_from_another_thread_stops_within_one_chunk() -> None:
    engine = FakeEngine("x" * 400, chunk_chars=1, delay_s=0.005)
    resp = engine.generate([Message("user", "go")], GenerateOptions(max_tokens=400))
    got: list[str] = []
    seen_at_cancel: list[int] = []

    def consume() -> None:
        for chunk in resp:
            got.append(chunk)

    worker = threading.Thread(target=consume)
    worker.start()
    while len(got) < 10:
        time.sleep(0.001)
    seen_at_cancel.append(len(got))
    resp.cancel()
    worker.join(timeout=2)
    assert not worker.is_alive()
    assert resp.cancelled
    assert len(got) <= seen_at_cancel[0] + 1
    assert len(got) < 400


def test_length_limit_reports_length() -> None:
    resp = FakeEngine("abcdefgh", chunk_chars=1).generate([Message("user", "x")], GenerateOptions(max_tokens=3))
    assert resp.text() == "abc"
    assert resp.usage.finish_reason == "length"


def test_producer_error_marks_error_and_propagates() -> None:
    def broken(resp: Response) -> Iterator[str]:
        yield "a"
        raise RuntimeError("boom")

    resp = Response(broken)
    with pytest.raises(RuntimeError, match="boom"):
        resp.text()
    assert resp.usage.finish_reason == "error"
    assert resp.ended is not None
