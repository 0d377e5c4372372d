"""A time or a date given anew where the site shows one written the same way."""

from __future__ import annotations

import pytest

from app.scaffold import shapefit
from app.scaffold.site import Page, Section, initial_site


def _site(text: str):  # type: ignore[no-untyped-def]
    site = initial_site("Puukoda Mesi")
    site.pages.append(Page(route="/visit", title="Visit", sections=[Section(kind="text", text=text)]))
    return site


@pytest.mark.parametrize(("shown", "request_", "old", "new"), [
    ("Tartu Turg on Saturdays 8-14, or come to the farm", "market time change, now Saturdays 9-15", "Saturdays 8-14",
     "Saturdays 9-15"),
    ("Season 1 June to 31 August, daily 09:00 to 20:00.", "Season is longer now, until 15 September", "31 August",
     "15 September"),
    ("Early bird until 31 Dec 2026.", "Early bird extended until 15 Jan 2027", "31 Dec 2026", "15 Jan 2027"),
])
def test_the_one_span_written_the_same_way_is_replaced(shown: str, request_: str, old: str, new: str) -> None:
    op = shapefit.read(request_, _site(shown))
    assert op is not None and (op.old, op.new) == (old, new)


@pytest.mark.parametrize(("shown", "request_"), [
    ("Open lun-sab 8am-7pm.", "domingo we open now too, 9am-2pm"),  # a new day's hours beside the others
    ("Tue and Thu | 9am to 1pm", "Thursday is now 9am to 2pm"),  # one of the days that share the hours
    ("Kids 9-10, adults 10-12", "now 11-13"),  # two written so
    ("Market on Saturdays 8-14", "Saturdays 8-14 and Sundays 9-12 now"),  # two typed
])
def test_nothing_is_read_beside_another_day_or_value_or_where_several_are_shown(shown: str, request_: str) -> None:
    assert shapefit.read(request_, _site(shown)) is None
