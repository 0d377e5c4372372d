"""The home page's heading or subtitle set to words typed to the request's end (``headfit``)."""

from __future__ import annotations

import pytest

from app.scaffold import headfit
from app.scaffold.plan import Plan, SetText


@pytest.mark.parametrize(("request_text", "target", "text"), [
    ("change the heading to: proper tablet, made the way my gran made it", "title",
     "Proper tablet, made the way my gran made it"),
    ("change the big heading to say: no experience. no excuses. just axes.", "title",
     "No experience. no excuses. just axes."),
    ("headline on home page should read exactly: Two riders. One bike. Zero arguments.", "title",
     "Two riders. One bike. Zero arguments."),
    ('Please change the heading to read "Seasonal flowers for unforgettable days".', "title",
     "Seasonal flowers for unforgettable days"),
    ("the tagline should read 'Cut by hand, seasoned a year.'", "subtitle", "Cut by hand, seasoned a year."),
])
def test_the_words_run_to_the_end_of_the_request(request_text: str, target: str, text: str) -> None:
    assert headfit.read(request_text, None) == Plan(ops=[SetText(op="set_text", route="/", target=target, text=text)])  # type: ignore[arg-type]


@pytest.mark.parametrize("request_text", [
    "change the heading to something warmer",  # a wish, not the words
    "change the heading to say Hello and make it blue",  # more than the words
    "change the heading on the prices page to say Rates",  # not home's
])
def test_requests_that_do_not_type_the_words_are_left_to_the_model(request_text: str) -> None:
    assert headfit.read(request_text, None) is None


@pytest.mark.parametrize(("request_text", "target", "text"), [
    ("hero text: Clear ice. Sharp lines. Gone by morning.", "title", "Clear ice. Sharp lines. Gone by morning."),
    ("Tagline: Cut by hand", "subtitle", "Cut by hand"),
])
def test_a_heading_named_before_a_colon_takes_the_words_after_it(request_text: str, target: str, text: str) -> None:
    assert headfit.read(request_text, None) == Plan(ops=[SetText(op="set_text", route="/", target=target, text=text)])  # type: ignore[arg-type]


@pytest.mark.parametrize(("request_text", "text"), [
    # the model cut each at a full stop or a comma, or set the site's name to it
    ("line under it: Gas Safe registered. Leeds and surrounding areas", "Gas Safe registered. Leeds and surrounding areas"),
    ("Under the title please write: Hatha and Yin Yoga for all levels, in small groups",
     "Hatha and Yin Yoga for all levels, in small groups"),
    ("change home small text to 'Portraits and weddings in Seoul'", "Portraits and weddings in Seoul"),
    ("the text below the title should say Fresh bread every morning", "Fresh bread every morning"),
    ("line under heading: Boilers, leaks, bathrooms. No call out fee.", "Boilers, leaks, bathrooms. No call out fee."),
])
def test_the_line_under_the_heading_said_by_where_it_is(request_text: str, text: str) -> None:
    assert headfit.read(request_text, None) == Plan(ops=[SetText(op="set_text", route="/", target="subtitle", text=text)])


def test_the_heading_said_to_be_a_name_typed_capitalised() -> None:
    """"heading should be Hollis Plumbing Ltd": the model set the site's name to "Ltd" and the turn declined."""
    assert headfit.read("heading should be Hollis Plumbing Ltd", None) == \
        Plan(ops=[SetText(op="set_text", route="/", target="title", text="Hollis Plumbing Ltd")])
    assert headfit.read("the heading should be bigger", None) is None  # a wish for its size, not its words


def test_words_typed_capitalised_or_quoted_after_to_are_the_heading() -> None:
    assert headfit.read("change headline to Grab a tub. Get wet.", None) == \
        Plan(ops=[SetText(op="set_text", route="/", target="title", text="Grab a tub. Get wet.")])
    assert headfit.read("change the heading to Welcome, thanks", None) == \
        Plan(ops=[SetText(op="set_text", route="/", target="title", text="Welcome")])


def test_the_headline_under_the_name_is_the_subtitle() -> None:
    from app.scaffold.site import Page, Section, Site
    named = Site(name="Barrow Bathtub Regatta", pages=[Page(route="/", title="Home", sections=[
        Section(kind="hero", heading="Barrow Bathtub Regatta")])])
    # the hero shows the name: an opening prompt's headline went under it, and that is what "headline" means
    assert headfit.read("change headline to Grab a tub. Get wet.", named) == \
        Plan(ops=[SetText(op="set_text", route="/", target="subtitle", text="Grab a tub. Get wet.")])
    # the title is the title; a hero with a heading of its own keeps "headline" its heading
    assert headfit.under_the_name("change the title to Welcome", named) is False
    own = named.model_copy(update={"pages": [Page(route="/", title="Home", sections=[
        Section(kind="hero", heading="Get in the tub")])]})
    assert headfit.under_the_name("change headline to Grab a tub", own) is False


def test_a_heading_and_the_line_under_it_typed_in_quotes_are_both_set() -> None:
    plan = headfit.read('Lovely. Can the big headline say "Walk with the ghosts of Carrickfergus" and underneath "Not for the '
                'faint-hearted"?', None)
    assert plan is not None and [(op.target, op.text) for op in plan.ops] == [
        ("title", "Walk with the ghosts of Carrickfergus"), ("subtitle", "Not for the faint-hearted")]
    plan = headfit.read('Headline: "Clear writing, accepted first time." Sub-headline: "Academic editing for researchers."', None)
    assert plan is not None and [op.target for op in plan.ops] == ["title", "subtitle"]
    # an opening prompt that gives them after its own sentences is the opener's
    assert headfit.read("New site: Reel North Film Club. We screen classic and world cinema every other Wednesday at the "
                "Tyneside Community Centre. Heading: 'Cinema Worth Talking About'. Subtitle: 'Films, then talk'.", None) is None
