"""The "preview ready" poll (app.preview.routecheck.poll_route) on scripted responses."""

from __future__ import annotations

import time

from app.preview.devlog import DevError
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


def test_a_broken_page_returns_its_error_after_the_grace() -> None:
    error = DevError(kind="compile", message="Expected '>', got ';'", file="app/page.tsx", line=2)
    check = poll_route(scripted((500, "")), "/", timeout=5.0, error_grace_s=0.1, current_error=lambda: error)
    assert not check.ok and check.error is error
    assert check.elapsed_s < 1.0


def test_a_requests_parse_failure_waits_for_the_compile_report() -> None:
    """Under load the request's "Could not parse module" report came before the located
    compile report (CI, stop 57): the check waits a little longer for the report worth showing."""
    echo = DevError(kind="runtime", message="Could not parse module '[project]/app/page.tsx'", file="app/page.tsx")
    located = DevError(kind="compile", message="Expected '>', got ';'", file="app/page.tsx", line=2)
    started = time.monotonic()

    def current() -> DevError:
        return located if time.monotonic() - started > 0.25 else echo

    check = poll_route(scripted((500, "")), "/", timeout=5.0, error_grace_s=0.1, current_error=current)
    assert check.error is located


def test_a_parse_failure_alone_is_still_returned() -> None:
    echo = DevError(kind="runtime", message="Could not parse module '[project]/app/page.tsx'", file="app/page.tsx")
    check = poll_route(scripted((500, "")), "/", timeout=5.0, error_grace_s=0.1, current_error=lambda: echo)
    assert check.error is echo and check.elapsed_s < 2.0
