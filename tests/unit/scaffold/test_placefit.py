"""A place or an address given anew, in place of the one the site shows."""

from __future__ import annotations

import pytest

from app.scaffold import placefit
from app.scaffold.site import Page, Section, initial_site


def _site(text: str):  # type: ignore[no-untyped-def]
    site = initial_site("Lublin Word Warriors")
    site.pages.append(Page(route="/visit", title="Visit", sections=[Section(kind="text", text=text)]))
    return site


def test_an_address_written_as_the_new_one_is_replaced() -> None:
    plan = placefit.read("We move! From May we meet in Kawiarnia Pod Sową, ul. Krakowska 41.",
                       _site("Thursdays 18:30, Café Literacka, ul. Zielona 17"))
    assert plan is not None and (plan.ops[0].old, plan.ops[0].new) == ("Café Literacka, ul. Zielona 17",
                                                                      "Kawiarnia Pod Sową, ul. Krakowska 41")


@pytest.mark.parametrize(("shown", "request_"), [
    ("Café Literacka, ul. Zielona 17 and Café Nova, ul. Lipowa 2", "We moved, we now meet at Kawiarnia Pod Sową, ul. Krakowska 41"),
    ("Café Literacka, ul. Zielona 17", "We now meet at Kawiarnia Pod Sową, ul. Krakowska 41 too"),  # nothing says it moved
    ("Meet at the library.", "We moved! It's now Kawiarnia Pod Sową, ul. Krakowska 41"),  # nothing written so
])
def test_nothing_is_read_where_several_or_none_are_written_so_or_nothing_moved(shown: str, request_: str) -> None:
    assert placefit.read(request_, _site(shown)) is None
