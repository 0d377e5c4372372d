"""Numbered steps read as a section headed by the name typed (``stepsfit``)."""

from __future__ import annotations

import pytest

from app.scaffold import stepsfit
from app.scaffold.plan import AddItems
from app.scaffold.site import Page, Section, Site


def _site(*more: Page) -> Site:
    return Site(name="Club", pages=[Page(route="/", title="Home"), Page(route="/classes", title="Classes"), *more])


@pytest.mark.parametrize(("request_text", "route", "heading", "steps"), [
    ("How to participate on home: 1. Come as listener, entry free 2. To recite, give your name before 6 pm",
     "/", "How to participate", ["Come as listener, entry free", "To recite, give your name before 6 pm"]),
    ("add a how it works section w/ 3 steps: 1. List what's in your shed 2. Neighbours request to borrow 3. Meet up",
     "/", "How it works", ["List what's in your shed", "Neighbours request to borrow", "Meet up"]),
    ("add 'What to bring' on the classes page: 1) Apron 2) A container for leftovers", "/classes", "What to bring",
     ["Apron", "A container for leftovers"]),
])
def test_numbered_steps_are_a_list_headed_by_their_name(request_text: str, route: str, heading: str, steps: list[str]) -> None:
    plan = stepsfit.read(request_text, _site())
    assert plan is not None
    op = plan.ops[0]
    assert isinstance(op, AddItems) and op.route == route and op.heading == heading
    assert [e.title for e in op.items] == steps


@pytest.mark.parametrize("request_text", [
    "add a standings page with this: 1. Earl Pruitt 42 pts, 2. Donna Kay Mertz 39 pts",  # a page's
    "how it works - 1. You send me measurements 2. I build the cart",  # the page the site has by that name
    "Services: 1. Haircut $20 2. Shave $10",  # a price list
    "add on the gallery page: 1. Sunrise 2. Sunset",  # no such page
    "1. Sunrise 2. Sunset",  # no name
])
def test_what_is_no_named_section_of_steps(request_text: str) -> None:
    how = Page(route="/how-it-works", title="How it works", sections=[Section(kind="text", text="x")])
    assert stepsfit.read(request_text, _site(how)) is None
