"""The Turns list's rows and the chart's labels come from one numbering; dates read like dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.scaffold.history import History, TurnRecord
from app.session.turn import TurnResult
from app.session.turnlist import Attempt, anchor_of, chart_labels, human_time, shown, turn_rows


@dataclass
class Turn:
    id: str
    prompt: str
    summary: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    at: str = "2026-03-04T14:03:09"


def test_attempts_sit_after_the_turn_they_were_tried_on_and_everything_is_numbered() -> None:
    hist = History([Turn("a", "first"), Turn("b", "second"), Turn("c", "third")], position=2)  # type: ignore[list-item]
    results = [TurnResult("second", "applied", turn_id="b"), TurnResult("bad", "rejected", message="no such page"),
               TurnResult("third", "applied", turn_id="c")]
    attempts = [Attempt(1, "b", "bad", "rejected", "no such page")]
    rows = turn_rows(hist, attempts, results)
    assert [(r.number, r.prompt, r.state) for r in rows] == [
        (1, "first", "applied"), (2, "second", "applied"), (3, "bad", "rejected"), (4, "third", "undone")]
    assert [r.result_index for r in rows] == [None, 0, 1, 2]
    assert chart_labels(rows, len(results)) == ["2", "3 ✗", "4"]


def test_an_attempt_before_any_turn_and_one_on_a_dropped_turn() -> None:
    hist = History([Turn("x", "new")], position=1)  # type: ignore[list-item]
    attempts = [Attempt(0, None, "early", "cancelled", ""), Attempt(2, "gone", "late", "declined", "")]
    results = [TurnResult("early", "cancelled"), TurnResult("dropped", "applied", turn_id="gone"),
               TurnResult("late", "declined"), TurnResult("new", "applied", turn_id="x")]
    rows = turn_rows(hist, attempts, results)
    assert [(r.number, r.prompt) for r in rows] == [(1, "early"), (2, "new"), (3, "late")]
    # a cancel and a decline are marked as what they are, not as failures
    assert chart_labels(rows, len(results)) == ["1 ○", "undone", "3 ⊘", "2"]


def test_anchor_is_the_last_applied_turn() -> None:
    assert anchor_of(History()) is None
    turns = [TurnRecord("a", "p", "{}", [], []), TurnRecord("b", "q", "{}", [], [])]
    assert anchor_of(History(turns, 1)) == "a"


def test_human_time() -> None:
    now = dt.datetime(2026, 3, 10, 9, 0)
    assert human_time("2026-03-10T08:15:00", now) == "today 08:15"
    assert human_time("2026-03-09T23:59:00", now) == "yesterday 23:59"
    assert human_time("2026-03-06T10:00:00", now) == "Fri 10:00"
    assert human_time("2025-12-24T18:30:00", now) == "24 Dec 2025 18:30"
    assert human_time("garbage", now) == "garbage" and human_time("", now) == "–"


def test_only_errors_are_shown_as_failures() -> None:
    assert [shown(o).mark for o in ("applied", "unchanged", "cancelled", "declined", "rejected", "error")] == [
        "✓", "○", "○", "⊘", "✗", "✗"]
    assert [shown(o).level for o in ("unchanged", "declined", "invalid_plan")] == ["info", "warning", "error"]


def test_a_flagged_turn_is_marked_unsure() -> None:
    hist = History([Turn("a", "first", ["Renamed the site"]), Turn("b", "second", ["Added the page /faq"])],  # type: ignore[list-item]
                   position=2)
    results = [TurnResult("first", "applied", turn_id="a", flagged=True), TurnResult("second", "applied", turn_id="b")]
    assert [r.unsure for r in turn_rows(hist, [], results)] == [True, False]
    assert not any(r.unsure for r in turn_rows(hist, [], []))  # a history read back has no flags to show
