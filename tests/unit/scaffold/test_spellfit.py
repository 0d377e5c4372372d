"""A misspelling the user corrects (``spellfit``), through the turn loop with the model's plan as it was in
the user sets: a new site name made of the right words. The site's nearly-right words are replaced instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.engine.fake import FakeEngine
from app.scaffold import spellfit
from app.scaffold.site import Page, Section, Site
from app.session.turn import TurnRunner
from tests.unit.scaffold.helpers import managed_project

SITE_NAME = '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"%s"}]}'


def _run(root: Path, model: str, prompt: str) -> None:
    result = TurnRunner(root, FakeEngine(model)).run(prompt)
    assert result.outcome == "applied", result.message


@pytest.mark.parametrize(("text", "prompt", "model_name", "right", "wrong"), [
    ("The adoption event is at PetSmart on Wilmingtn Pike every 2nd Saturday.",
     "I spelled Wilmington wrong on the volunteer page, it should be Wilmington Pike", "Wilmington Pike",
     "Wilmington Pike", "Wilmingtn"),
    ("Rooms are held at the Felbrige Hotel, East Grinstead.",
     "I've just noticed I spelled the hotel wrong, it should be the Felbridge Hotel, with a d. So sorry!",
     "Felbridge Hotel", "Felbridge Hotel", "Felbrige"),
    ("Honest price, recomend.", "fix spelling in the review: recomend should be recommend", "Review", "recommend", "recomend"),
    ("I have been a carpenter for 35 years.", "One mistake... The mistake is 35 years, it should be 33 years.",
     "Rusty", "33 years", "35 years"),
])
def test_the_nearly_right_words_are_corrected_and_the_site_keeps_its_name(
        tmp_path: Path, text: str, prompt: str, model_name: str, right: str, wrong: str) -> None:
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_page","title":"Volunteer","route":"/volunteer"},{"op":"add_section","route":"/volunteer",'
               '"kind":"text","text":"%s"}]}' % text, f"Volunteer page: {text}")
    _run(root, SITE_NAME % model_name, prompt)
    page = (root / "app" / "volunteer" / "page.tsx").read_text()
    assert right in page and wrong not in page
    assert model_name not in (root / "app" / "layout.tsx").read_text() or model_name == right


def _site(text: str) -> Site:
    return Site(name="Harbor Cafe", pages=[Page(route="/", title="Home", sections=[Section(kind="text", text=text)])])


def test_no_correction_without_a_cue_or_a_near_spelling_and_not_of_the_sites_name() -> None:
    assert spellfit.read("it should be Wilmington Pike", _site("on Wilmingtn Pike")) is None  # no word of a mistake
    assert spellfit.read("I got it wrong, it should be Oak Street", _site("on Wilmingtn Pike")) is None  # nothing near it
    assert spellfit.read("I spelled the name wrong, it should be Harbour Cafe", _site("Welcome to Harbor Cafe")) is None


def _shown(text: str, name: str = "Harbor Cafe") -> Site:
    hero = Section(kind="hero", heading=name, button_label="Join the club")
    return Site(name=name, pages=[Page(route="/", title="Home", sections=[hero, Section(kind="text", text=text)])])


@pytest.mark.parametrize(("request_", "old", "new"), [
    ("sorry the instagram is @wanjiru.shoots.ke not @wanjiru.shoots", "@wanjiru.shoots", "@wanjiru.shoots.ke"),
    ("I made an error. Our address should say PO Box 421, not PO Box 412.", "PO Box 412", "PO Box 421"),
    ("Correction: it is 52 boreholes, not 48.", "48 boreholes", "52 boreholes"),  # the part that is like the old one
    ("typo in FAQ: beta is April 2027 not March", "March 2027", "April 2027"),
    ("the fri-sat spot is now at Mueller Market not rainey", "Rainey", "Mueller Market"),
    ("small typo on home, button should be \"Join the Club\" with capital C", "Join the club", "Join the Club"),
])
def test_words_said_right_instead_of_the_ones_the_site_shows_replace_them(request_: str, old: str, new: str) -> None:
    site = _shown("Insta @wanjiru.shoots. Write to PO Box 412. We drilled 48 boreholes. Beta in March 2027. Fri-sat at Rainey.")
    plan = spellfit.read(request_, site)
    assert plan is not None and [(op.old, op.new) for op in plan.ops] == [(old, new)]  # type: ignore[union-attr]


@pytest.mark.parametrize("request_", [
    "name should be \"Rizvi Chikankari House\" not Harbor Cafe",  # the site's name: the model's to change
    "The choir is now looked after by Siobhan Daly, not Fr. Declan",  # no like of what the site shows
    "actualy put the membership stuff on its own page called join, not home",
])
def test_no_replacement_of_the_sites_name_or_of_words_unlike_the_new_ones(request_: str) -> None:
    assert spellfit.read(request_, _shown("The choir is run by Fr. Declan. Membership $60.")) is None


def test_a_pages_name_said_right_is_left_to_the_rename() -> None:
    site = _shown("See the Schedule.")
    site.pages.append(Page(route="/schedule", title="Schedule", sections=[]))
    assert spellfit.read("The page title and link should be Pageant Weekend, not Schedule.", site) is None


def test_a_number_corrected_with_what_it_counts() -> None:
    """"Duke is 7 years old, not 8" of "German Shepherd, 8 years": the model wrote a "repair" of a path; a bare "8"
    is in too many places, "8 years" in one."""
    from app.scaffold.plan import ReplaceText
    from app.scaffold.site import Item, Page, Section, Site

    dogs = Section(kind="list", items=[Item(title="Mabel", text="Greyhound, 4 years, quiet"),
                                       Item(title="Duke", text="German Shepherd, 8 years, no small children")])
    site = Site(name="Paws", pages=[Page(route="/", title="Home"), Page(route="/our-dogs", title="Our Dogs", sections=[dogs])])
    assert spellfit.read("I'm so sorry, I made an error. Duke is 7 years old, not 8.", site).ops == [  # type: ignore[union-attr]
        ReplaceText(op="replace_text", old="8 years", new="7 years")]
