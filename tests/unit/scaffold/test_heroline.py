"""The opening prompt's heading and the line under it, as people type them: named after "called",
the line "underneath" or "below", or in quotes after the name (``headfit.second_line``, ``openerfit``,
``sitename``); through the turn loop, with the model's plan as it was, on a new project."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.engine.fake import FakeEngine
from app.scaffold.headfit import second_line
from app.scaffold.plan import Plan, SetText
from app.scaffold.sitename import called_name
from app.session.turn import TurnRunner
from tests.unit.scaffold.helpers import managed_project

CASES = [
    ("Hi there! I run a small café in Galway called Harbour Bean. Could you please change the home page so the big "
     "heading says 'Harbour Bean' and underneath put a short line: 'Good coffee and homemade bakes since 2016'. Thanks a million!",
     '{"ops":[{"op":"set_text","route":"/","target":"title","text":"Harbour Bean"},'
     '{"op":"set_text","route":"/","target":"title","text":"Good coffee and homemade bakes since 2016"}]}',
     ["Harbour Bean", "Good coffee and homemade bakes since 2016"]),
    ("hiii ok so my business is called Sudsy Pup 🐶🛁 its a dog grooming studio in Austin TX. can the home page say "
     "Sudsy Pup and then 'happy dogs, clean dogs, zero stress' 💕",
     '{"ops":[{"op":"describe_site","name":"Sudsy Pup 🐶🛁 its a dog","tagline":"Sudsy Pup","sections":["list","cta"]}]}',
     ["Sudsy Pup", "happy dogs, clean dogs, zero stress"]),
    ("Hi. My shop is KwikFix Mobile, Osu Accra. Home page should say KwikFix Mobile and 'Fast phone and laptop repairs "
     "in Osu. Fixed while you wait!'",
     '{"ops":[{"op":"describe_site","name":"KwikFix Mobile","tagline":"KwikFix Mobile and \'Fast phone","sections":["faq"]}]}',
     ["KwikFix Mobile", "Fixed while you wait!"]),
    # the button's label as typed, over the words the model put on the button
    ("Hello there, I volunteer for a cat rescue in York. We are called Nine Lives York. Could the top say that and "
     "underneath \"Rehoming cats across North Yorkshire since 2009\". The button should say Meet our cats. Thank you",
     '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Nine Lives York"},{"op":"set_text","route":"/",'
     '"target":"button","text":"Rehoming cats across North Yorkshire since 2009"}]}',
     ["Nine Lives York", "Rehoming cats across North Yorkshire since 2009", "Meet our cats"]),
    # lines that name the hero's parts are no list of content to place
    ('make a site for our walking club Ridge Ramblers\ntagline "Every Sunday. Every pace."\nbutton: Join a walk',
     '{"ops":[{"op":"describe_site","name":"Ridge Ramblers","tagline":"Every Sunday. Every pace","sections":["list","cta"]}]}',
     ["Ridge Ramblers", "Every Sunday. Every pace.", "Join a walk"]),
]


@pytest.mark.parametrize(("prompt", "model", "shown"), CASES)
def test_an_opening_prompt_gets_its_heading_and_the_line_under_it(tmp_path: Path, prompt: str, model: str,
                                                                  shown: list[str]) -> None:
    root = managed_project(tmp_path)
    result = TurnRunner(root, FakeEngine(model)).run(prompt)
    assert result.outcome == "applied", result.message
    site = (root / "app" / "page.tsx").read_text() + (root / "lib" / "site.ts").read_text()
    for words in shown:
        assert words in site, words
    assert "\"name\":\"Sudsy Pup 🐶" not in result.plan  # an emoji ends the name


def test_a_second_heading_under_the_first_is_the_subtitle_whole() -> None:
    request = "Home page heading: Sudsy Pup. Text under it: Happy dogs, clean dogs, zero stress. Grooming in Austin, TX."
    plan = Plan(ops=[SetText(op="set_text", route="/", target="title", text="Sudsy Pup"),
                     SetText(op="set_text", route="/", target="button", text="Happy dogs, clean dogs")])
    assert second_line(plan, request).ops[1] == SetText(op="set_text", route="/", target="subtitle",
                                                        text="Happy dogs, clean dogs, zero stress")
    asked_for_a_button = "Heading Sudsy Pup, and a button under it saying Book now"
    assert second_line(plan, asked_for_a_button) == plan


def test_a_business_called_so_is_named_but_not_a_page_called_so() -> None:
    assert called_name("I have tailoring shop in Pune named Deshmukh Tailors. Kindly make the home page") == "Deshmukh Tailors"
    assert called_name("Hello, I have a practice in Utrecht, the name is Fysio Oudegracht. Please") == "Fysio Oudegracht"
    assert called_name("add a page called Prices with our rates") == ""


def test_two_headings_in_one_plan_are_the_heading_and_the_line_under_it() -> None:
    request = "home page: heading 'Room 14 - Year 5' and text 'Welcome to Ms Nguyen's class at Banksia Primary, 2026'"
    plan = Plan(ops=[SetText(op="set_text", route="/", target="title", text="Room 14 - Year 5"),
                     SetText(op="set_text", route="/", target="title", text="Welcome to Ms Nguyen's class at Banksia Primary, 2026")])
    assert [op.target for op in second_line(plan, request).ops] == ["title", "subtitle"]


def test_the_line_named_underneath_after_its_words() -> None:
    from app.scaffold.openerfit import subtitle
    request = ("Can you make the front page say 'Kilcolman Parish' as the big heading and then 'A welcoming Catholic "
               "community in the heart of Kerry' underneath? Thanks a million.")
    assert subtitle(request) == "A welcoming Catholic community in the heart of Kerry"
