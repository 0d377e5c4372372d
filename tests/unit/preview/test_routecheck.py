"""The "preview ready" poll (app.preview.routecheck.poll_route) on scripted responses."""

from __future__ import annotations

from app.preview.routecheck import poll_route


def scripted(*answers: tuple[int, str]):  # type: ignore[no-untyped-def]
    seq = list(answers)

    def fetch(path: str, timeout: float) -> tuple[int, str]:
        return seq.pop(0) if len(seq) > 1 else seq[0]

    return fetch


def test_a_post_only_api_route_is_ready_when_get_answers_405() -> None:
    check = poll_route(scripted((404, "not found"), (405, "")), "/api/echo", timeout=2.0)
    assert check.ok and check.status == 405


def test_405_is_not_enough_when_text_is_expected() -> None:
    check = poll_route(scripted((405, "")), "/about", contains=["Our Story"], timeout=0.3)
    assert not check.ok


def test_a_new_route_is_ready_once_it_shows_the_text() -> None:
    check = poll_route(scripted((404, ""), (200, "<h1>Old</h1>"), (200, "<h1>Our Story</h1>")), "/about",
                       contains=["our story"], timeout=2.0)
    assert check.ok and check.status == 200
