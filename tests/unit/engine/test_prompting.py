from __future__ import annotations

import pytest

from app.engine.base import Message
from app.engine.manifest import PromptSpec
from app.engine.prompting import render
from app.errors import UsageError

SPEC = PromptSpec(style="completion", system="{content}\n\n", user="Request: {content}\nPlan: ", assistant="{content}\n\n")


def test_system_messages_form_the_reusable_prefix() -> None:
    text = render([Message("system", "S1"), Message("system", "S2"), Message("user", "add a page")], SPEC)
    assert text.prefix == "S1\n\nS2\n\n"
    assert text.turn == "Request: add a page\nPlan: "
    assert text.full == text.prefix + text.turn


def test_history_goes_in_the_turn() -> None:
    text = render([Message("system", "S"), Message("user", "a"), Message("assistant", "{}"), Message("user", "b")], SPEC)
    assert text.prefix == "S\n\n"
    assert text.turn == "Request: a\nPlan: {}\n\nRequest: b\nPlan: "


def test_content_with_braces_is_not_formatted() -> None:
    text = render([Message("user", "use {content} and {0}")], SPEC)
    assert text.turn == "Request: use {content} and {0}\nPlan: "


@pytest.mark.parametrize(
    "messages",
    [[], [Message("assistant", "x")], [Message("user", "a"), Message("system", "late"), Message("user", "b")]],
)
def test_malformed_conversations_are_refused(messages: list[Message]) -> None:
    with pytest.raises(UsageError):
        render(messages, SPEC)
