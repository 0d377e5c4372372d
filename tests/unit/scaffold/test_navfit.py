"""Edits of the navigation and a page's name read from the request's words (``navfit``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.engine.fake import FakeEngine

from app.scaffold import navfit
from app.scaffold.plan import EditNavLink, Plan, RemovePage, RenamePage
from app.scaffold.requestfit import fit_plan
from app.scaffold.site import NavLink, Page, Site
from app.session.turn import TurnRunner
from tests.unit.scaffold.helpers import managed_project

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


@pytest.mark.parametrize(("request_text", "route", "new_route", "title"), [
    # the old name said first, the page found among its last words
    ("I have changed my mind about the name of the page. Prices should be called Fees.", "/prices", "/fees", "Fees"),
    ("I think Our Work is not a good name, please call it Past Jobs", "/our-work", "/past-jobs", "Past Jobs"),
    ("I think better the Advice page is called Thatch Tips", "/advice", "/thatch-tips", "Thatch Tips"),
    ("The page name Our Work is too long\nCan it just be Work", "/our-work", "/work", "Work"),
    ("Excuse me, the page name should be Rates, not Prices.\nIt is more English.", "/prices", "/rates", "Rates"),
    ("The committee would prefer the page 'Our Work' to be called 'Past Jobs'. Thank you.", "/our-work", "/past-jobs",
     "Past Jobs"),
])
def test_a_page_renamed_by_its_name_said_first(request_text: str, route: str, new_route: str, title: str) -> None:
    assert navfit.read(request_text, _site()) == Plan(ops=[RenamePage(op="rename_page", route=route, new_route=new_route,
                                                                      title=title)])


def test_a_name_the_site_has_no_page_for_is_left_alone() -> None:
    assert navfit.read("I think Gallery should be called Photos", _site()) is None


def test_a_new_name_at_the_pages_own_address_renames_it_in_place(tmp_path: Path) -> None:
    """"'Our Members' should just be called 'Members'" of the page at /members: its heading and its link
    say Members, and nothing moves."""
    root = managed_project(tmp_path)
    TurnRunner(root, FakeEngine('{"ops":[{"op":"add_page","title":"Our Members","route":"/members"}]}')).run(
        "add a page Our Members at /members")
    model = '{"ops":[{"op":"set_text","route":"/members","target":"site_name","text":"Our Members"}]}'
    result = TurnRunner(root, FakeEngine(model)).run("Actually I think 'Our Members' should just be called 'Members'.")
    assert result.outcome == "applied", result.message
    page = (root / "app" / "members" / "page.tsx").read_text()
    assert "Members" in page and "Our Members" not in page
    assert "Our Members" not in (root / "lib" / "site.ts").read_text()
    assert any("its address stays" in line for line in result.summary)
