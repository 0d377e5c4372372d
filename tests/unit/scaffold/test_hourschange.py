"""New hours for some days, of the one hours entry the site shows (``hourschange``)."""

from __future__ import annotations

import pytest

from app.scaffold.hourschange import changed
from app.scaffold.site import Item, Page, Section, Site


def _site(hours: str, *more: Item) -> Site:
    contact = Section(kind="contact", items=[Item(title="Hours", text=hours), Item(title="Phone", text="024 318 7762"), *more])
    return Site(name="Ankrah Steel Works", pages=[Page(route="/", title="Home", sections=[contact])])


@pytest.mark.parametrize(("hours", "request_text", "now"), [
    ("Monday to Friday 10.00 to 18.00", "Opening hours change: Saturday now closed. Monday to Friday same, 10.00 to 18.00.",
     "Monday to Friday 10.00 to 18.00, Saturday closed"),
    ("Tues-Sat 9 till 4", "change hours, now open Wed-Sat 9 till 4 instead of Tues", "Wed-Sat 9 till 4"),
    ("Monday to Saturday 7am to 6pm", "Saturday we close at 2pm now, other days same", "Monday to Friday 7am to 6pm, Saturday 7am to 2pm"),
    ("Mon-Sat 10-6", "sunday now open 12-4", "Mon-Sat 10-6, Sunday 12-4"),
    ("Monday to Saturday 7am to 6pm", "From January we open Saturday only 8am to 2pm. Monday to Friday still 7am to 6pm.",
     "Monday to Friday 7am to 6pm, Saturday only 8am to 2pm"),
])
def test_the_days_named_take_their_new_hours_and_the_rest_keep_theirs(hours: str, request_text: str, now: str) -> None:
    edit = changed(request_text, _site(hours))
    assert edit is not None and edit.item == "Hours" and edit.text == now


@pytest.mark.parametrize("request_text", [
    "Saturday hours: 9-14 (not 9-13).",  # the old hours typed: replaced where the site shows them
    "Add to opening hours: June to August Saturday closed.",  # an addition, of a season
    "Winter opening is changed: November to March we open Thursday to Sunday 11-16.",
    "Yoga moves to Saturday 9am",  # nothing said of opening or closing
    "Remove Saturday 10:00-14:00 from hours. Saturday closed.",  # more than hours said of the day
    "sat hours wrong its 8-1 now not 8-12",
])
def test_no_new_hours_are_read_from_other_requests(request_text: str) -> None:
    assert changed(request_text, _site("Monday-Friday 10-19, Saturday 9-13")) is None


def test_no_entry_or_two_entries_read_nothing() -> None:
    none = Site(name="X", pages=[Page(route="/", title="Home", sections=[Section(kind="text", text="Open 9am-7pm everyday.")])])
    assert changed("hours change, sunday close now. mon-sat 9am-7pm", none) is None
    two = _site("Mon-Fri 9-5", Item(title="Opening hours", text="Mon-Fri 9-5"))
    assert changed("Saturday now open 10-2", two) is None


def test_hours_a_text_shows_for_those_days_alone_are_left_to_the_readers_that_replace_them_in_place() -> None:
    # u441, u442: "Saturday 10:00-14:00" in the home page's text stayed beside an entry edited alone
    home = Section(kind="text", text="Watch repairs in Kraków. Open Monday to Friday 10:00-18:00, Saturday 10:00-14:00.")
    site = _site("Monday to Friday 10:00-18:00")
    site = Site(name=site.name, pages=[Page(route="/", title="Home", sections=[home, *site.pages[0].sections])])
    assert changed("Saturday hours change: now 10:00-13:00.", site) is None
    # ... not a text of the hours of other days too
    broad = Section(kind="text", text="We are open Monday to Saturday 7am to 6pm.")
    wide = Site(name="X", pages=[Page(route="/", title="Home", sections=[broad, *_site("Monday to Saturday 7am to 6pm").pages[0].sections])])
    edit = changed("Please change Saturday opening to 7am to 2pm", wide)
    assert edit is not None and edit.text == "Monday to Friday 7am to 6pm, Saturday 7am to 2pm"
