"""A paragraph for the home page, said so before a colon (or "write on home that ..."), as the user typed it."""

from __future__ import annotations

import pytest

from app.scaffold import notelead


@pytest.mark.parametrize(("request_", "text"), [
    ("on home write: my mother open this shop in 1989, now i continue.", "My mother open this shop in 1989, now i continue."),
    ("Home pe likho: 3 generations we are playing in Jaipur weddings", "3 generations we are playing in Jaipur weddings"),
    ("In home put this text: En Firulais we treat every dog like it is our own.", "En Firulais we treat every dog like it is our own."),
    ("home text: measure today, 200 colors fabric, ready 3 days", "Measure today, 200 colors fabric, ready 3 days"),  # "colors": no theme
    ("On the home page, please add this paragraph: Since 2014 our volunteers have removed 900 bags.",
     "Since 2014 our volunteers have removed 900 bags."),
    ("In home I want story: My great-grandfather Don Celestino planted the first vines in 1911.",
     "My great-grandfather Don Celestino planted the first vines in 1911."),
    ("I want to write on home that Saturday 8:00-12:00 is only visits, no workshop.", "Saturday 8:00-12:00 is only visits, no workshop."),
])
def test_the_text_said_for_the_home_page_is_a_text_section_there_as_typed(request_: str, text: str) -> None:
    plan = notelead.read(request_)
    assert plan is not None and [(op.route, op.kind, op.text) for op in plan.ops] == [("/", "text", text)]  # type: ignore[union-attr]


@pytest.mark.parametrize("request_", [
    "Home page: change the heading to Fresh Bread Daily",  # no ask to write: an edit, the model's to read
    "On home add: Mon-Fri 9-5, Sat 10-2",  # "add" lists as often as it writes
    "home text: Welcome!",  # too short to be a paragraph
    "About page write: we are a family business since 1990",  # not the home page (``notefit``'s)
])
def test_nothing_is_read_without_the_home_page_and_an_ask_to_write(request_: str) -> None:
    assert notelead.read(request_) is None
