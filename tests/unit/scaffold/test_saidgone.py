"""The thing a removal without its object is of: the words the sentence before it opens with."""

from __future__ import annotations

import pytest

from app.scaffold import saidgone


@pytest.mark.parametrize(("request_", "thing"), [
    ("The Lemon amber earrings are sold out, please remove them", "Lemon amber earrings"),
    ("postcard set sold out, pls remove", "postcard set"),
    ("Small Room we close for renovation this year, please remove it", "Small Room"),
    ("Used cooking oil we cannot accept anymore, the collector stopped coming. Please remove it.", "Used cooking oil"),
    ("Oops, the jumping castle people cancelled 😩 take it off the stalls page please.", "jumping castle people"),
    ("Seniors 10-card 80 € also remove then", "Seniors 10-card 80 €"),
    ("Aloe vera finished, remove it", "Aloe vera"),
])
def test_the_thing_is_what_the_sentence_opens_with(request_: str, thing: str) -> None:
    assert saidgone.subject(request_) == thing


@pytest.mark.parametrize("request_", [
    "remove the header",  # the removal names what it removes
    "please remove it",  # nothing before it
    "We had a lovely weekend at the market in town with all the family and the dog, remove it",  # a sentence, no name
])
def test_no_thing_where_the_removal_names_it_or_nothing_is_named_before(request_: str) -> None:
    assert saidgone.subject(request_) == ""
