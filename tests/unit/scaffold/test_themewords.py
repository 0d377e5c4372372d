"""The colours a request ties to the background and the text (``themewords``), and a theme never sets
text in its background's colour; through ``fit_plan`` with the model's plan as it was."""

from __future__ import annotations

import pytest

from app.scaffold import themewords
from app.scaffold.plan import Plan, SetTheme
from app.scaffold.requestfit import fit_plan


@pytest.mark.parametrize(("request_", "said"), [
    ("Please use a restrained layout: white background, dark grey text, and a single accent colour in navy blue.",
     {"background": "white", "foreground": "gray"}),
    ("a plain white background with dark grey body text; navy only for links", {"background": "white", "foreground": "gray"}),
    ("black text on a cream background", {"background": "white", "foreground": "black"}),
    ("make it look more bbq. dark red and black, big chunky font", {}),  # no slot named: the model's to place
])
def test_a_colour_said_beside_background_or_text_is_that_slots(request_: str, said: dict[str, str]) -> None:
    assert themewords.slots(request_) == said


def test_the_model_s_white_on_white_gives_way_to_what_was_typed() -> None:
    model = Plan(ops=[SetTheme(op="set_theme", accent="navy", background="white", foreground="white")])
    fitted = fit_plan(model, "white background, dark grey text, and a single accent colour in navy blue", None)
    assert fitted.ops == [SetTheme(op="set_theme", accent="navy", background="white", foreground="gray")]
    unsaid = fit_plan(Plan(ops=[SetTheme(op="set_theme", primary="purple", background="white", foreground="white")]),
                      "soft white and light purple please", None)
    assert unsaid.ops == [SetTheme(op="set_theme", primary="purple", background="white")]  # never white on white


def test_a_colour_the_model_put_on_the_background_that_was_said_of_the_site_is_its_main_colour() -> None:
    model = Plan(ops=[SetTheme(op="set_theme", background="brown", foreground="white")])
    fitted = fit_plan(model, "The colour scheme should be walnut brown with a pale sycamore cream background.", None)
    assert fitted.ops == [SetTheme(op="set_theme", primary="brown", background="white")]
