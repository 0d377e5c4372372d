"""The size of all the text, read from the request's words (``sizefit``)."""

from __future__ import annotations

import pytest

from app.scaffold import sizefit
from app.scaffold.plan import Plan, SetTextSize


@pytest.mark.parametrize(("request_text", "change"), [
    ("The writing is too small for me, can it be bigger throughout.", "larger"),
    ("The writing is rather small for some of our older members.", "larger"),  # a complaint: the other way
    ("That is no different. Please make all the writing noticeably larger.", "larger"),
    ("increase the font size please", "larger"),
    ("Can we have bigger text", "larger"),
    ("text is too big", "smaller"),
    ("make the text smaller", "smaller"),
])
def test_the_text_as_a_whole_is_sized(request_text: str, change: str) -> None:
    assert sizefit.read(request_text, None) == Plan(ops=[SetTextSize(op="set_text_size", change=change)])  # type: ignore[arg-type]


@pytest.mark.parametrize("request_text", [
    "make the heading bigger",  # one element: no op sizes it
    "Make the prices on the home page bigger",
    "Add a line of text: we have bigger bikes now",  # words typed for the site
    "Our text is small print: terms apply",
    "add a big list of our products",
])
def test_one_element_or_typed_words_are_not_read(request_text: str) -> None:
    assert sizefit.read(request_text, None) is None
