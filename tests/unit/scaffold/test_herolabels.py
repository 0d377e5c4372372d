"""The home page's heading and the line under it, each typed bare after its own label ("Heading: X.
Text: Y", "change the heading to X and the text underneath to: Y", "the top to say X and underneath Y"):
read whole from the request (``headfit._labelled``), through the turn loop, with the model's plan as it
was on a new project (it kept the heading and dropped the line, or ran the two together)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.engine.fake import FakeEngine
from app.scaffold import headfit
from app.session.turn import TurnRunner
from tests.unit.scaffold.helpers import managed_project

TITLE_ONLY = '{"ops":[{"op":"set_text","route":"/","target":"title","text":"%s"}]}'

CASES = [
    ("Home page heading: Copper Kettle. Text under it: Scones, soup and strong tea in Kendal.",
     TITLE_ONLY % "Copper Kettle", "Copper Kettle", "Scones, soup and strong tea in Kendal."),
    ("Please change the home page heading to Quiet Pines Yoga and the text underneath to: Slow flow and yin in "
     "Leith. Beginners welcome.",
     TITLE_ONLY % "Quiet Pines Yoga and the text underneath to: Slow flow and yin in Leith",
     "Quiet Pines Yoga", "Slow flow and yin in Leith. Beginners welcome."),
    ("Set the home page heading to Paws About Town and add the text: Dog walking in Brunswick and Carlton.",
     TITLE_ONLY % "Paws About Town", "Paws About Town", "Dog walking in Brunswick and Carlton."),
    ("I WOULD LIKE THE TOP TO SAY Drive With Dee AND UNDERNEATH Calm, patient lessons in Salford",
     '{"ops":[{"op":"set_text","route":"/","target":"title","text":"HELLO"}]}',
     "Drive With Dee", "Calm, patient lessons in Salford"),
    ("can you make the home page say Ana + Tom and under it June 4, 2028 • Sintra, Portugal",
     '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Ana + Tom"}]}',
     "Ana + Tom", "June 4, 2028 • Sintra, Portugal"),
]


@pytest.mark.parametrize(("prompt", "model", "heading", "line"), CASES)
def test_the_heading_and_the_line_under_it_are_both_set_as_typed(tmp_path: Path, prompt: str, model: str,
                                                                   heading: str, line: str) -> None:
    root = managed_project(tmp_path)
    result = TurnRunner(root, FakeEngine(model)).run(prompt)
    assert result.outcome == "applied", result.message
    home = (root / "app" / "page.tsx").read_text()
    assert heading in home
    assert line in home
    assert "underneath to" not in home  # the label is not part of the heading


def test_a_line_longer_than_the_subtitle_holds_goes_on_in_a_text_below(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    prompt = ('Please replace the placeholder heading with "Dr. Lena Brandt" and the placeholder text with "Soil '
              'ecologist at the Institute for Alpine Research, Innsbruck. My work concerns carbon in mountain meadows."')
    result = TurnRunner(root, FakeEngine(TITLE_ONLY % "Dr. Lena Brandt")).run(prompt)
    assert result.outcome == "applied", result.message
    home = (root / "app" / "page.tsx").read_text()
    assert "Soil ecologist at the Institute for Alpine Research, Innsbruck." in home
    assert "My work concerns carbon in mountain meadows." in home


@pytest.mark.parametrize("request_", [
    "On the Team page, add a heading Alumni and under it: Dr. Jo Reyes (2021-2024)",  # another page's section
    "add a heading Our Story with the text below: we started in 1990",  # a new section, not the hero
    "change the heading to Welcome and make it blue",  # no line under it
    "heading Sabia, subtitle A friendly linter, and a code block showing the install command",  # a part the line would swallow
    "Home: Shiftly. Headline Rotas in minutes. Subheading For clinics. Buttons Start free trial and Book a demo.",  # two
    "New site: Reel North Film Club. Heading: Films up north. Text: Monthly screenings in Hexham.",  # an opener's facts
    "Change the heading on the front page to 'Finding what lies beneath since 1978'",  # "beneath" inside the quote
])
def test_nothing_is_read_where_the_request_asks_for_more_or_elsewhere(request_: str) -> None:
    assert headfit._labelled(request_) is None


@pytest.mark.parametrize(("request_", "fields"), [
    ("Change the home page heading to Pan do Sol, the text under it to Fresh bread every morning, and the button to "
     "See our menu.", ("Pan do Sol", "Fresh bread every morning", "See our menu")),
    ("Set the home heading to Ngong Road Runners, the text below to Every Sunday. Every pace. and the button to Join a run.",
     ("Ngong Road Runners", "Every Sunday. Every pace.", "Join a run")),
    ("Landing page for me. Heading: Aiko Tanaka. Subtitle: Backend engineer. Rust, Go. Button: See projects",
     ("Aiko Tanaka", "Backend engineer. Rust, Go.", "See projects")),
    ("Heading Open Late, subtitle Till 11pm, and a button under it saying Book now", ("Open Late", "Till 11pm", "Book now")),
])
def test_the_button_s_label_after_its_own_label_is_read_with_them(request_: str, fields: tuple[str, str, str]) -> None:
    plan = headfit._labelled(request_)
    assert plan is not None
    assert [(op.target, op.text) for op in plan.ops] == list(zip(("title", "subtitle", "button"), fields, strict=True))  # type: ignore[union-attr]
