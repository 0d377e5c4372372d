from __future__ import annotations

import pytest

from app.scaffold.shorthand import spelled_out


@pytest.mark.parametrize(("typed", "read"), [
    ("trips pg: half day $160pp", "trips page: half day $160pp"),
    ("add a Rules bit on the Hire Pg: no detecting", "add a Rules bit on the Hire page: no detecting"),
    ("the bottom of all pgs", "the bottom of all pages"),
    ("new pge - Events", "new page - Events"),
    ("abt page, Donal Twomey, 40 yrs", "about page, Donal Twomey, 40 yrs"),
])
def test_page_shorthand_is_spelled_out(typed: str, read: str) -> None:
    assert spelled_out(typed) == read


@pytest.mark.parametrize("typed", ["films rated PG-13 on Fridays", "PG13 only", "upgrade to pgsql", "a 4pg booklet"])
def test_words_that_only_contain_it_stay(typed: str) -> None:
    assert spelled_out(typed) == typed


def test_a_word_corrected_in_brackets_is_read_as_corrected() -> None:
    assert spelled_out("Clases page (sorry, Classes):\nMonday 19:00 Slow Vinyasa") == "Classes page:\nMonday 19:00 Slow Vinyasa"
    # another word is a change of mind, not a respelling: read as typed
    assert spelled_out("Yoga page (sorry, Pilates): Monday 7pm") == "Yoga page (sorry, Pilates): Monday 7pm"
