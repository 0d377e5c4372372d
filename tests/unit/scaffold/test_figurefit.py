"""A running figure the site states after its word, given anew (``figurefit``)."""

from __future__ import annotations

import pytest

from app.scaffold import figurefit
from app.scaffold.plan import ReplaceText
from app.scaffold.site import Page, Section, Site


def _site(*texts: str) -> Site:
    return Site(name="Appeal", pages=[Page(route="/", title="Home", sections=[Section(kind="text", text=t) for t in texts])])


@pytest.mark.parametrize(("shown", "request_", "old", "new"), [
    # u386-u388, as typed
    ("We need MK 4,500,000 for 60 desks. So far we have raised MK 1,200,000.", "Update please: we have now raised MK 1,850,000.",
     "raised MK 1,200,000", "raised MK 1,850,000"),
    ("Help us build the new classroom - target MK 4,800,000. Buy exercise books - MK 6,500.",
     "Good news, the classroom target has changed. The new target is MK 3,950,000.", "target MK 4,800,000", "target MK 3,950,000"),
    ("So far we have raised BWP 18,450 as of 28 February.", "Update: we have now raised BWP 27,900 as of 20 March.",
     "raised BWP 18,450 as of 28 February", "raised BWP 27,900 as of 20 March"),
])
def test_the_figure_after_its_word_takes_the_new_amount(shown: str, request_: str, old: str, new: str) -> None:
    assert figurefit.read(request_, _site(shown, "Entry fee is MK 2,000 for adults.")) == ReplaceText(op="replace_text", old=old, new=new)


@pytest.mark.parametrize("request_", [
    "The course price goes up to 7900 kr from next winter",  # no figure's word: a price, ``pricefit``'s
    "add a raffle: we have raised MK 5,000 so far for the prize",  # something added
    "we have now raised $1,850",  # another currency
])
def test_no_figure_is_read_without_its_word_its_currency_or_beside_an_addition(request_: str) -> None:
    assert figurefit.read(request_, _site("So far we have raised MK 1,200,000.", "Courses from 1900 kr.")) is None
