"""A request that says something is missing without typing it."""

from __future__ import annotations

import pytest

from app.scaffold.backref import points_back


@pytest.mark.parametrize("request_text", [
    "faq page missing the rebate question",
    "reviews page only has one review, put both",
    "about page dont have what my wife wrote on it",
    "The Questions page only has the first question on it - could you add the other two?",
])
def test_what_is_missing_and_not_typed_points_back(request_text: str) -> None:
    assert points_back(request_text)


@pytest.mark.parametrize("request_text", [
    "the faq is missing the music question, do you bring music? yes i bring my own speaker!",
    "Calendar page is missing dates. Round 1 17 April, Round 2 22 May",
    "About missing from nav. Home, Products, About.",
    "Get rid of the where's the quiz page actually, put the weekly list on the home page",
    "The slogan isn't showing on the home page, can you put Pedal it. Blend it. Drink it. under the name?",
    "The quote from Emily Hart is missing: \"Best day ever\"",
    "add a faq page",
    "Our home page is missing social proof. Add a testimonials section.",
])
def test_what_types_its_words_or_asks_another_change_does_not(request_text: str) -> None:
    assert not points_back(request_text)
