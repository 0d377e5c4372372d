"""Edits of the navigation and a page's name read from the request's words (``navfit``)."""

from __future__ import annotations

import pytest

from app.scaffold import navfit
from app.scaffold.plan import EditNavLink, Plan, RemovePage, RenamePage
from app.scaffold.requestfit import fit_plan
from app.scaffold.site import NavLink, Page, Site

_PAGES = [("/", "Home"), ("/advice", "Advice"), ("/about", "About"), ("/prices", "Prices"), ("/our-work", "Our Work")]


def _site() -> Site:
    pages = [Page(route=r, title=t) for r, t in _PAGES]
    return Site(name="Pett & Son", pages=pages, nav=[NavLink(label=p.title, href=p.route) for p in pages])


@pytest.mark.parametrize(("request_text", "op"), [
    ("Can you change Advice to Thatch Advice in the menu", EditNavLink(op="edit_nav_link", href="/advice",
                                                                       label="Thatch Advice")),
    ("in the nav, change Prices to Rates", EditNavLink(op="edit_nav_link", href="/prices", label="Rates")),
    ("About is still in the menu, take it off", RemovePage(op="remove_page", route="/about")),
    ("About still in menu. Remove it.", RemovePage(op="remove_page", route="/about")),
    ("take About off the menu please", EditNavLink(op="edit_nav_link", href="/about")),
    ("rename prices page to Rates", RenamePage(op="rename_page", route="/prices", new_route="/rates", title="Rates")),
    ("rename our work page to Recent Jobs", RenamePage(op="rename_page", route="/our-work", new_route="/recent-jobs",
                                                      title="Recent Jobs")),
    ("About page is still there. Delete it.", RemovePage(op="remove_page", route="/about")),
    ("Take the About page out of the menu and delete it. We'll say it on Facebook instead.",
     RemovePage(op="remove_page", route="/about")),
    ("Rename Prices to Repairs and Prices in the menu please.",  # "and" inside the new name
     RenamePage(op="rename_page", route="/prices", new_route="/repairs-and-prices", title="Repairs and Prices")),
    ("change the advice page name to Thatch Tips", RenamePage(op="rename_page", route="/advice", new_route="/thatch-tips",
                                                               title="Thatch Tips")),
    ("Rename page Our Work to Past Jobs", RenamePage(op="rename_page", route="/our-work", new_route="/past-jobs",
                                                     title="Past Jobs")),
    ("Change the name Prices to Rates", RenamePage(op="rename_page", route="/prices", new_route="/rates", title="Rates")),
    ("Change the page name Our Work into Past Jobs, address /past-jobs.",  # its own new address
     RenamePage(op="rename_page", route="/our-work", new_route="/past-jobs", title="Past Jobs")),
    ("change the About page name to Who We Are so its at /who-we-are, same text",
     RenamePage(op="rename_page", route="/about", new_route="/who-we-are", title="Who We Are")),
])
def test_the_link_or_page_the_request_names_is_edited(request_text: str, op: object) -> None:
    assert navfit.read(request_text, _site()) == Plan(ops=[op])  # type: ignore[list-item]


@pytest.mark.parametrize("request_text", [
    "Shipping link still in the menu. Take it out.",  # no such link
    "Change the title to Fresh bread",
    "rename the site to Bobs Bikes",
    "Change 'Commissions' in the menu to 'Prices', and make sure the page address is /prices.",  # a path: the model's
    "remove the advice page",  # the page, not its link
    "rename the About page to Who We Are, at /team",  # an address of the user's own: the model's to read
    "Change the prices page title to New Arrivals",  # its heading: the page stays where it is
])
def test_requests_that_name_no_link_or_page_the_site_shows_are_left_alone(request_text: str) -> None:
    assert navfit.read(request_text, _site()) is None


def test_the_reading_stands_in_for_the_model_plan() -> None:
    model = Plan.model_validate({"ops": [{"op": "set_text", "route": "/", "target": "title", "text": "Rates"}]})
    assert [op.op for op in fit_plan(model, "rename prices page to Rates", _site()).ops] == ["rename_page"]


def test_a_menu_that_still_says_the_old_name_is_relabelled() -> None:
    plan = navfit.read("menu still says prices, change it to Rates", _site())
    assert plan == Plan(ops=[EditNavLink(op="edit_nav_link", href="/prices", label="Rates")])
