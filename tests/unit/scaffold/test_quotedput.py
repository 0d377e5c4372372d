"""Words in quotes, or after a page's colon, put on a page the site has."""

from __future__ import annotations

import pytest

from app.scaffold import quotedput
from app.scaffold.site import Page, Section, initial_site


def _site():  # type: ignore[no-untyped-def]
    site = initial_site("Swifts over Stowmarket")
    site.pages.append(Page(route="/get-a-box", title="Get a Box", sections=[Section(kind="text", text="Boxes are free.")]))
    return site


def test_the_quoted_words_go_on_the_page_named() -> None:
    plan = quotedput.read("OK then put on the Get a Box page 'Text Jackie on 07700 918 264 with your address'", _site())
    assert plan is not None and plan.ops[0].route == "/get-a-box" and plan.ops[0].text.startswith("Text Jackie")


@pytest.mark.parametrize("request_", [
    "put 'Text Jackie on 07700 918 264' on the Get a Box page and 'Boxes are £25' on home",  # two quoted runs
    "on the Get a Box page write 'Boxes are free.'",  # shown already
    "change the heading on the Get a Box page to 'Ask for a box today'",  # a part of the page: headfit's
    "put 'Ask for a box today' on the Contact page",  # no such page
    "the Get a Box page 'Ask for a box today'",  # nothing asks to put it
])
def test_nothing_is_read_where_it_is_not_one_new_line_for_one_page_the_site_has(request_: str) -> None:
    assert quotedput.read(request_, _site()) is None
