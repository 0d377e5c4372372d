"""The colours a request ties to the background and the text (``themewords``), and a theme never sets
text in its background's colour; through ``fit_plan`` with the model's plan as it was."""

from __future__ import annotations

import pytest

from app.scaffold import themewords
from app.scaffold.plan import Plan, SetTheme
from app.scaffold.requestfit import fit_plan


@pytest.mark.parametrize(("request_", "said"), [
    ("Please use a restrained layout: white background, dark grey text, and a single accent colour in navy blue.",
     {"background": "white", "foreground": "#40444d"}),  # dark grey: grey mixed toward black
    ("a plain white background with dark grey body text; navy only for links", {"background": "white", "foreground": "#40444d"}),
    ("black text on a cream background", {"background": "#fffdd0", "foreground": "black"}),
    ("make it look more bbq. dark red and black, big chunky font", {}),  # no slot named: the model's to place
])
def test_a_colour_said_beside_background_or_text_is_that_slots(request_: str, said: dict[str, str]) -> None:
    assert themewords.slots(request_) == said


def test_the_model_s_white_on_white_gives_way_to_what_was_typed() -> None:
    model = Plan(ops=[SetTheme(op="set_theme", accent="navy", background="white", foreground="white")])
    fitted = fit_plan(model, "white background, dark grey text, and a single accent colour in navy blue", None)
    assert fitted.ops == [SetTheme(op="set_theme", accent="navy", background="white", foreground="#40444d")]
    unsaid = fit_plan(Plan(ops=[SetTheme(op="set_theme", primary="purple", background="white", foreground="white")]),
                      "soft white and light purple please", None)
    # never white on white: light purple the main colour, soft white the background, the text the site's own
    assert unsaid.ops == [SetTheme(op="set_theme", primary="#b793f5", background="#ffffff")]


def test_a_colour_the_model_put_on_the_background_that_was_said_of_the_site_is_its_main_colour() -> None:
    model = Plan(ops=[SetTheme(op="set_theme", background="brown", foreground="white")])
    fitted = fit_plan(model, "The colour scheme should be walnut brown with a pale sycamore cream background.", None)
    assert fitted.ops == [SetTheme(op="set_theme", primary="brown", background="#fffdd0")]


@pytest.mark.parametrize(("request_", "model", "theme"), [
    # the model's themes as they were in the user sets
    ("dark theme, purple accent", SetTheme(op="set_theme", accent="purple", background="purple"),
     SetTheme(op="set_theme", accent="purple", background="#111111", foreground="#f5f5f5")),
    ("colors like talavera: white and cobalt blue please", SetTheme(op="set_theme", primary="white", background="blue"),
     SetTheme(op="set_theme", primary="#0047ab", background="white")),
    ("Color. Cream and dark wood brown. Simple.", SetTheme(op="set_theme", primary="brown", background="white", foreground="red"),
     SetTheme(op="set_theme", primary="#53361a", background="#fffdd0")),
    ("Could the colours be warmer, perhaps a soft orange and cream? The grey feels a bit cold for an animal charity.",
     SetTheme(op="set_theme", primary="gray", accent="orange", background="white"),
     SetTheme(op="set_theme", primary="#e0874c", background="#fffdd0")),
    ("The colours are too grey. Make it warm, like bread, beige and brown.",
     SetTheme(op="set_theme", primary="brown", accent="white", background="gray", foreground="purple"),
     SetTheme(op="set_theme", primary="brown", background="#f5f0e1")),
    ("make it blue and white", SetTheme(op="set_theme", primary="blue", background="white"),
     SetTheme(op="set_theme", primary="blue", background="white")),
])
def test_each_slot_is_the_colour_the_words_give_it_and_no_other(request_: str, model: SetTheme, theme: SetTheme) -> None:
    assert fit_plan(Plan(ops=[model]), request_, None).ops == [theme]


def test_the_text_reads_on_a_new_background() -> None:
    """After a dark theme (light text), "make the background cream" gives the text a dark colour again."""
    assert themewords.read("make the background cream", "#111111", "#f5f5f5") == {
        "primary": None, "accent": None, "background": "#fffdd0", "foreground": "#1f1d1a"}
    assert themewords.read("the site should be red") == {"primary": "red", "accent": None, "background": None, "foreground": None}
    assert themewords.read("make the font bigger") is None  # no colour: the model's theme stands


def test_the_font_and_the_colours_written_as_two_theme_changes_are_one() -> None:
    """The model wrote the font and the colours as two ops on the theme, which the turn refused."""
    model = Plan(ops=[SetTheme(op="set_theme", font="serif"),
                      SetTheme(op="set_theme", primary="red", accent="green", background="white")])
    fitted = fit_plan(model, "Could the website be in greens and a nice apple red, and use a serif type for the headings?", None)
    assert fitted.ops == [SetTheme(op="set_theme", primary="green", accent="red", font="serif")]
