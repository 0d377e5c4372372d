from __future__ import annotations

from app.scaffold import explicit


def test_paths_outside_urls_and_words() -> None:
    assert explicit.paths("see https://x.com/a and /b/c/, and/or /d.") == ["/b/c", "/d"]
    assert explicit.paths('add a "Home" link to the nav going to /') == ["/"]
    assert explicit.paths("move /Team to /crew") == ["/crew"]  # not a route: routes are lower case


def test_new_and_api_routes_need_exactly_one_candidate() -> None:
    assert explicit.new_route("rename /about to /story", ["/", "/about"]) == "/story"
    assert explicit.new_route("add /a and /b", ["/"]) is None
    assert explicit.api_route("GET /api/menu/today please") == "/api/menu/today"
    assert explicit.api_route("add /api/a and /api/b") is None


def test_json_bodies_are_flat_objects_typed_once() -> None:
    assert explicit.json_body('returns {"ok": true, "n": 2.5}') == {"ok": True, "n": 2.5}
    assert explicit.json_body("returns {'ok': true}") == {"ok": True}  # single quotes, as people type
    assert explicit.json_body('returns {"a": {"b": 1}}') is None
    assert explicit.json_body('either {"a": 1} or {"b": 2}') is None


def test_method_and_colour() -> None:
    assert explicit.method("POST endpoint /api/orders/cancel please") == "POST"
    assert explicit.method("GET or POST, whichever") is None
    assert explicit.hex_colour("make it #ABCDEF") == "#abcdef"
    assert explicit.hex_colour("a decade of cafe culture") is None
    assert explicit.hex_colour("https://x.io/1d4ed8 is the link") is None


def test_a_web_address_typed_without_its_scheme_is_a_link_target() -> None:
    assert explicit.link_target("Add a link to our Instagram, instagram.com/rollingbrisket, on the home page.") \
        == "https://instagram.com/rollingbrisket"
    assert explicit.urls("see www.fernwood.ie.") == ["https://www.fernwood.ie"]
    assert explicit.urls("to order email hello@fernwoodclay.com") == []  # an email's domain
    assert explicit.urls("upload logo.png please") == []
