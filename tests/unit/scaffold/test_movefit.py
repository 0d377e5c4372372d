"""A section moved to another page (``movefit``), through the turn loop with the model's plan as it was in
the user sets: a rename of the home page (refused: the home page can't be moved), a new page holding a
placeholder, or a decline. The section's own content goes where the request says and leaves where it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.engine.fake import FakeEngine
from app.scaffold import movefit
from app.scaffold.site import Page, Section, Site
from app.session.turn import TurnRunner
from tests.unit.scaffold.helpers import managed_project

HOURS = ('{"ops":[{"op":"add_items","route":"/","kind":"list","heading":"Timings","items":[{"title":"Weekdays",'
         '"text":"4:30 pm to 8:30 pm"},{"title":"Saturday","text":"9 am to 1 pm"}]}]}')
RENAME_HOME = '{"ops":[{"op":"rename_page","route":"/","new_route":"/","title":"%s"}]}'


def _run(root: Path, model: str, prompt: str) -> str:
    result = TurnRunner(root, FakeEngine(model)).run(prompt)
    assert result.outcome == "applied", result.message
    return result.outcome


def _page(root: Path, route: str) -> str:
    return (root / "app" / (route.strip("/") + "/page.tsx" if route != "/" else "page.tsx")).read_text()


def test_a_section_moves_to_a_page_the_site_has(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_page","title":"Contact Us","route":"/contact-us"}]}', "add a Contact Us page")
    _run(root, HOURS, "Timings on home: Weekdays 4:30 pm to 8:30 pm, Saturday 9 am to 1 pm")
    _run(root, RENAME_HOME % "Contact Us", "Move the Timings from home page to Contact Us page")
    assert "4:30 pm to 8:30 pm" in _page(root, "/contact-us")
    assert "4:30 pm to 8:30 pm" not in _page(root, "/")


@pytest.mark.parametrize(("prompt", "route"), [
    ("move the timings to its own page Timetable", "/timetable"),
    ("Move the timings info\nfrom front page to a new page called Class Times", "/class-times"),
    ("put the timings stuff on its own page called hours, not home", "/hours"),
    ("move timings to own page called Timetable", "/timetable"),
])
def test_a_section_moves_to_a_new_page(tmp_path: Path, prompt: str, route: str) -> None:
    root = managed_project(tmp_path)
    _run(root, HOURS, "Timings on home: Weekdays 4:30 pm to 8:30 pm, Saturday 9 am to 1 pm")
    _run(root, '{"ops":[{"op":"decline"}]}', prompt)
    assert "9 am to 1 pm" in _page(root, route)
    assert "9 am to 1 pm" not in _page(root, "/")


def test_the_section_named_moves_and_its_neighbour_of_the_same_kind_stays(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_section","route":"/","kind":"text","text":"Dues are $20 a year."}]}', "add: Dues are $20 a year.")
    _run(root, '{"ops":[{"op":"add_section","route":"/","kind":"text","text":"We meet on the second Tuesday in Room C."}]}',
         "add: We meet on the second Tuesday in Room C.")
    _run(root, '{"ops":[{"op":"add_page","title":"Meetings","route":"/meetings","sections":["cta"]}]}',
         "Please move the meeting time and place off the front page\nand onto its own page called Meetings.")
    assert "second Tuesday" in _page(root, "/meetings")
    home = _page(root, "/")
    assert "second Tuesday" not in home
    assert "Dues are $20 a year." in home


def _site() -> Site:
    home = Page(route="/", title="Home", sections=[Section(kind="hero"), Section(kind="text", text="Open 9 to 5 daily"),
                                                    Section(kind="text", text="Open mic on Fridays")])
    return Site(name="Cafe", pages=[home, Page(route="/menu", title="Menu")])


@pytest.mark.parametrize("request_text", [
    "move the button to the left",  # no section
    "move the menu page to the top of the nav",
    "move the open stuff to its own page called Times",  # two sections hold "open": which one is not said
    "move the opening hours to its own page called Menu",  # a page the site has, named as new
])
def test_a_move_that_names_no_one_section_is_left_to_the_model(request_text: str) -> None:
    assert movefit.read(request_text, _site()) is None


def test_it_is_what_the_request_took_off_before() -> None:
    """"take the league table off the home page, put it on its own page called Table": "it" is the league
    table; where the site has none, nothing is moved (the model's "it" once moved the FAQ)."""
    faq = Section(kind="faq", heading="Questions", text="Get in touch and we will take it from there.")
    table = Section(kind="list", heading="League table", text="Red Lion 24 pts")
    request = "take the league table off the home page, put it on its own page called Table"
    without = Site(name="League", pages=[Page(route="/", title="Home", sections=[Section(kind="hero"), faq])])
    assert movefit.read(request, without) is None
    with_table = Site(name="League", pages=[Page(route="/", title="Home", sections=[Section(kind="hero"), faq, table])])
    plan = movefit.read(request, with_table)
    assert plan is not None and [op.op for op in plan.ops] == ["add_page", "move_section"]
    assert plan.ops[-1].kind == "list" and plan.ops[-1].to == "/table"


def test_where_a_button_takes_people_is_no_move() -> None:
    """"... and take people to the Menu page": a paragraph about how people can help once went to /menu."""
    home = Page(route="/", title="Home", sections=[Section(kind="hero"), Section(kind="text", text="How people can help")])
    site = Site(name="Paws", pages=[home, Page(route="/menu", title="Menu")])
    assert movefit.read("take the people bit to the Menu page", site) is not None  # the words that once moved it
    assert movefit.read("The button should say Meet Our Animals and take people to the Menu page, please.", site) is None
