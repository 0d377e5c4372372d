"""Every fact an opening prompt types reaches the home page (``openerfacts``): through the turn loop,
with the model's plan as it was, on a new project."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.engine.fake import FakeEngine
from app.scaffold.openerfacts import facts_left
from app.session.turn import TurnRunner
from tests.unit.scaffold.helpers import managed_project

CASES = [
    # the story after a colon in a sentence said to the app
    ('Hello. I make oscypek in my family bacówka near Zakopane. I want website for my business, name is "Bacówka u '
     'Staszka". Please make home page with short story: my grandfather start making cheese here in 1962, in summer we '
     'have 300 sheep on the hala.',
     '{"ops":[{"op":"describe_site","name":"Bacówka u Staszka","sections":["list","cta"]}]}',
     ["Bacówka u Staszka", "in 1962, in summer we have 300 sheep on the hala"]),
    # the place after the name, in the sentence that names the site
    ("Good morning. I want to make website for my business. Name is Shenoy Tile Roofing Works, Udupi. We are doing "
     "Mangalore tile roof laying since 1994. Kindly make a simple professional site with our name on top.",
     '{"ops":[{"op":"describe_site","name":"Shenoy Tile Roofing Works","sections":["features","contact"]}]}',
     ["Shenoy Tile Roofing Works, Udupi.", "since 1994"]),
    # a year before an emoji that ends the sentence
    ("hello po! im JM, helping my lola with her batchoy stall in La Paz Public Market, Iloilo City. Lola Pacing has "
     "been cooking batchoy since 1979 💛 we want a simple website para makita ng tourists. name: Batchoyan ni Lola Pacing",
     '{"ops":[{"op":"describe_site","name":"Batchoyan ni Lola Pacing","sections":["list","cta"]}]}',
     ["since 1979", "La Paz Public Market"]),
]


@pytest.mark.parametrize(("prompt", "model", "typed"), CASES)
def test_an_opening_prompt_keeps_each_fact_it_types(tmp_path: Path, prompt: str, model: str, typed: list[str]) -> None:
    root = managed_project(tmp_path)
    result = TurnRunner(root, FakeEngine(model)).run(prompt)
    assert result.outcome == "applied", result.message
    page = (root / "app" / "page.tsx").read_text() + (root / "lib" / "site.ts").read_text()
    for words in typed:
        assert words in page, words


def test_a_look_a_page_list_and_thanks_are_not_facts_for_the_page(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    prompt = ("Hi, I'd like a website for my pottery studio, Wheel House Pottery, in Frome. Pages: Home, Classes, "
              "Contact. Colours: ivory, navy and a touch of gold. Many thanks, Gillian.")
    model = '{"ops":[{"op":"describe_site","name":"Wheel House Pottery","sections":["features"]}]}'
    result = TurnRunner(root, FakeEngine(model)).run(prompt)
    page = (root / "app" / "page.tsx").read_text()
    assert result.outcome == "applied", result.message
    for said_to_the_app in ("Pages:", "ivory, navy", "Many thanks"):
        assert said_to_the_app not in page, said_to_the_app


def test_the_facts_left_are_years_places_and_names_no_op_places() -> None:
    request = "Name is Piros Paprika. My family make paprika in Szeged since 1962. Vibe is a bit Nordic, build it Monday."
    assert facts_left(request, "Piros Paprika") == ["1962", "Szeged"]
