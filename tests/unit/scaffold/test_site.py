"""The site model's own texts."""

from __future__ import annotations

from app.scaffold.site import welcome


def test_the_placeholder_welcome_keeps_one_mark_after_a_name_that_ends_with_its_own() -> None:
    assert welcome("Harbor Cafe") == "Welcome to Harbor Cafe."
    assert welcome("¡Abuela Carmen cumple 80!") == "Welcome to ¡Abuela Carmen cumple 80!"
