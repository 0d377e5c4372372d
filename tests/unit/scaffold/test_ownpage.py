"""Content for the new page a request names goes on that page (``ownpage``)."""

from __future__ import annotations

from typing import Any

from app.scaffold import ownpage
from app.scaffold.plan import AddItems, AddNavLink, AddPage, AddSection, parse_plan
from app.scaffold.site import Page, Site


def _site() -> Site:
    return Site(name="Slava", pages=[Page(route="/", title="Home"), Page(route="/plan", title="Plan")])


def _ops(plan: str) -> list[Any]:
    return list(parse_plan(plan).ops)


def test_content_put_on_home_goes_on_the_page_the_request_names_added_first() -> None:
    ops = _ops('{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Uncle Goran","text":"rakija"}]}]}')
    placed = ownpage.placed(ops, "Page Who brings what: Uncle Goran - rakija", _site())
    assert placed[0] == AddPage(op="add_page", title="Who brings what", route="/who-brings-what")
    assert isinstance(placed[1], AddItems) and placed[1].route == "/who-brings-what"


def test_a_new_page_under_part_of_its_name_takes_the_name_as_typed_with_its_content_and_link() -> None:
    ops = _ops('{"ops":[{"op":"add_page","title":"Menu","route":"/menu"},{"op":"add_nav_link","label":"Menu","href":"/menu"},'
               '{"op":"add_section","route":"/menu","kind":"text","text":"Monday soup, Tuesday chicken stew"}]}')
    placed = ownpage.placed(ops, "Add page Menu of the week: Monday soup, Tuesday chicken stew", _site())
    assert placed[0] == AddPage(op="add_page", title="Menu of the week", route="/menu-of-the-week")
    assert placed[1] == AddNavLink(op="add_nav_link", label="Menu of the week", href="/menu-of-the-week")
    assert isinstance(placed[2], AddSection) and placed[2].route == "/menu-of-the-week"


def test_home_or_a_page_of_its_own_or_a_name_typed_in_lower_case_is_left_as_the_plan_has_it() -> None:
    on_home = _ops('{"ops":[{"op":"add_section","route":"/","kind":"text","text":"Halloween Disco 30th October"}]}')
    assert ownpage.placed(on_home, "On the home page put: Halloween Disco 30th October", _site()) == on_home
    gallery = _ops('{"ops":[{"op":"add_page","title":"Gallery","route":"/gallery"},'
                   '{"op":"add_items","route":"/gallery","kind":"list","items":[{"title":"Photos"}]}]}')
    assert ownpage.placed(gallery, "Page Schedule: 9:00 check-in. And a Gallery page", _site()) == gallery
    bikes = _ops('{"ops":[{"op":"add_page","title":"Bikes for sale","route":"/bikes-for-sale"},'
                 '{"op":"add_items","route":"/bikes-for-sale","kind":"list","items":[{"title":"Trek Marlin 5","text":"S/ 1800"}]}]}')
    assert ownpage.placed(bikes, "bikes for sale page: trek marlin 5 S/ 1800", _site()) == bikes
