"""The home page's button as the request types it (``buttonfit``), through the turn loop with the
model's plan as it was in the user sets: the label cut short ("Enquire" for "Enquire now"), the old
label on the button and the new one as the heading, and no slot for where the button goes."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.engine.fake import FakeEngine
from app.scaffold import buttonfit
from app.session.turn import TurnRunner
from tests.unit.scaffold.helpers import managed_project

BUTTON = '{"ops":[{"op":"set_text","route":"/","target":"button","text":"%s"}]}'


def _home(root: Path) -> str:
    return (root / "app" / "page.tsx").read_text()


@pytest.mark.parametrize(("prompt", "model", "label"), [
    ("Kindly change button to Enquire now", BUTTON % "Enquire", "Enquire now"),
    ("home button should say RSVP now instead", BUTTON % "RSVP", "RSVP now"),
    ("And home button should say View Classes then", BUTTON % "View Classes", "View Classes"),
    ("Please change the button of home page to say:\nCome to play", BUTTON % "Come to play", "Come to play"),
    ("Last change: the home page button should say Buy tickets instead of See the line-up.",
     BUTTON % "Buy tickets instead of See the line-up", "Buy tickets"),
    ('Please change the home page button from "Join the club" to "Become a member".',
     '{"ops":[{"op":"set_text","route":"/","target":"button","text":"Join the club"},'
     '{"op":"set_text","route":"/","target":"title","text":"Become a member"}]}', "Become a member"),
])
def test_the_label_is_the_one_typed(tmp_path: Path, prompt: str, model: str, label: str) -> None:
    root = managed_project(tmp_path)
    TurnRunner(root, FakeEngine(BUTTON % "Join the club")).run("change the button to Join the club")
    result = TurnRunner(root, FakeEngine(model)).run(prompt)
    assert result.outcome == "applied", result.message
    home = _home(root)
    assert f">{label}</Link>" in home
    assert "<h1>Become a member</h1>" not in home


@pytest.mark.parametrize(("prompt", "model", "label", "href"), [
    ("button -> 'github' linking to https://github.com/lbrandt", BUTTON % "github", "github",
     "https://github.com/lbrandt"),
    ("make the button say Book a table and link it to opentable.com/r/bistro-nine", BUTTON % "Book a table",
     "Book a table", "https://opentable.com/r/bistro-nine"),
    ("Button on home should link to /projects.", '{"ops":[{"op":"add_nav_link","label":"Button","href":"/projects"}]}',
     "Join the club", "/projects"),
    ("Ok no worries!! Then just make the RSVP button email us at kayla@example.com", BUTTON % "kayla@example.com",
     "Join the club", "mailto:kayla@example.com"),
])
def test_the_button_goes_where_the_request_says(tmp_path: Path, prompt: str, model: str, label: str, href: str) -> None:
    root = managed_project(tmp_path)
    TurnRunner(root, FakeEngine(BUTTON % "Join the club")).run("change the button to Join the club")
    result = TurnRunner(root, FakeEngine(model)).run(prompt)
    assert result.outcome == "applied", result.message
    assert f'href="{href}">{label}</Link>' in _home(root)
    assert any(href in line for line in result.summary), result.summary  # the turn says where it goes


def test_an_email_typed_to_show_is_no_link(tmp_path: Path) -> None:
    """"... to RSVP by email and add X below it": the email is a text to add, not the button's target."""
    request = "Change the home page button text to RSVP by email and add meianddaniel2027@gmail.com below it."
    assert buttonfit._href(request) == ""


def test_two_buttons_stay_the_models(tmp_path: Path) -> None:
    assert buttonfit.read("add two buttons: Book now and Call us", None) is None
    assert buttonfit._label("the buttons should say Book and Call") is None


def test_a_request_with_another_part_keeps_it(tmp_path: Path) -> None:
    """The heading the model set stays; only its button op takes the typed label."""
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"set_text","route":"/","target":"title","text":"Fresh bread daily"},'
             '{"op":"set_text","route":"/","target":"button","text":"Order"}]}')
    result = TurnRunner(root, FakeEngine(model)).run("change the heading to Fresh bread daily and the button to Order now")
    assert result.outcome == "applied", result.message
    home = _home(root)
    assert "<h1>Fresh bread daily</h1>" in home
    assert ">Order now</Link>" in home
