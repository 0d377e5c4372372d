"""A date or a time the site shows, moved (``whenfit``)."""

from __future__ import annotations

import pytest

from app.scaffold import whenfit
from app.scaffold.plan import ReplaceText
from app.scaffold.site import Item, Page, Section, Site

_ITEMS = [("Adult Beginners", "Wednesday 7pm, $20"), ("Adult Session Group", "Wednesday 8.15pm"),
          ("Swiss Darning", "Sat 4 April, 10am-1pm, £40"), ("Gymkhana", "14 September"), ("open mat sat", "10am-12pm")]


def _site() -> Site:
    section = Section(kind="list", items=[Item(title=t, text=d) for t, d in _ITEMS],
                      text="Open Workshop Tuesday 5pm to 8pm and Saturday 10am to 3pm. The ceilidh is at 8pm. "
                           "Our night is Sunday 8 March.")
    return Site(name="Oldcastle Tin Whistle School", pages=[Page(route="/", title="Home", sections=[section])])


@pytest.mark.parametrize(("request_", "old", "new"), [
    ("the Adult Beginners class has moved from Wednesday 7pm to Thursday 7pm, the hall is booked", "Wednesday 7pm", "Thursday 7pm"),
    ("Ach well. Swiss Darning has moved to Sat 18 April, the 4th clashes with the ferry.", "Sat 4 April", "Sat 18 April"),
    ("And the Saturday session now runs 10am to 4pm.", "Saturday 10am to 3pm", "Saturday 10am to 4pm"),
    ("the Gymkhana has moved because the grounds are being re-sown, it's now 21 September", "14 September", "21 September"),
    ("open mat moved to sunday 11am-1pm. fix that", "10am-12pm", "sunday 11am-1pm"),
])
def test_the_date_or_time_of_what_the_request_names_moves(request_: str, old: str, new: str) -> None:
    assert whenfit.when_change(request_, _site()) == ReplaceText(op="replace_text", old=old, new=new)


@pytest.mark.parametrize("request_", [
    "the ceilidh has moved from 8pm to 7.30pm",  # "8pm" is in two places on the site
    "add a Swiss Darning class on Sat 9 May",  # an addition, not a move
    "Our juniors train on Friday evenings from 6pm to 7:30pm. Please put that on a page called Juniors.",  # a fact
    "Their night, Sunday 8 March, will now be the Ballyduff Players",  # a date the site shows names what changes
])
def test_no_move_is_read_where_none_is_asked_or_the_old_one_is_unclear(request_: str) -> None:
    assert whenfit.when_change(request_, _site()) is None


def test_a_new_time_then_the_old_after_not_replaces_the_old_where_the_site_shows_it_once() -> None:
    site = Site(name="Crane Watch", pages=[Page(route="/season", title="Season", sections=[
        Section(kind="text", text="Dawn viewings meet at 5:45 am, dusk viewings meet at 5:30 pm.")])])
    assert whenfit.when_change("Quick fix: dusk viewings now meet at 5:00 pm, not 5:30 pm. The refuge changed "
                               "its gate times.", site) == ReplaceText(op="replace_text", old="5:30 pm", new="5:00 pm")
    assert whenfit.when_change("now 5:00 pm, not 6:30 pm", site) is None  # the old one is not on the site


def test_a_weekday_moved_is_written_as_the_site_writes_it() -> None:
    site = Site(name="Stompers", pages=[Page(route="/", title="Home", sections=[
        Section(kind="text", text="We meet Tuesdays 7pm at the Elmwood Hall. Your first nite is free.")])])
    assert whenfit.when_change("we moved to Thursdays now not tuesdays. same time 7pm same hall", site) == \
        ReplaceText(op="replace_text", old="Tuesdays", new="Thursdays")
    assert whenfit.when_change("Teen Tap has moved from Tuesday to friday", site) == \
        ReplaceText(op="replace_text", old="Tuesdays", new="Fridays")
    assert whenfit.when_change("we moved to Thursdays now not Mondays", site) is None  # not on the site
    assert whenfit.when_change("now on Mondays, Thursdays and Saturdays, not Tuesdays", site) is None  # several days


def test_of_two_dates_in_one_text_the_one_whose_words_the_request_says_moves() -> None:
    section = Section(kind="text", text="Orders close Friday 12 March, pick up is Saturday 20 March from the school hall.")
    site = Site(name="P&C", pages=[Page(route="/", title="Home", sections=[section])])
    assert whenfit.when_change("Pick up date has changed, ugh. Now it's Sunday 21 March, same time, same place.", site) \
        == ReplaceText(op="replace_text", old="Saturday 20 March", new="Sunday 21 March")


def test_a_clock_time_with_no_am_or_pm_moves_too() -> None:
    programme = Section(kind="text", text="10:00 Opening by the Mayor; 11:30 Vintage tractor parade; 2:30 Prize giving.")
    site = Site(name="Daffodil Day", pages=[Page(route="/programme", title="Programme", sections=[programme])])
    assert whenfit.when_change("Change the tractor parade to 12:00, not 11:30.", site) == \
        ReplaceText(op="replace_text", old="11:30", new="12:00")
    # a ratio, a score or a verse is no clock
    assert whenfit.WHEN.search("mix it 3:1 with water") is None


def test_a_thing_named_by_its_old_time_moves_to_the_new_one() -> None:
    walks = Section(kind="text", text="Walks leave from the pier car park at 10am and 2pm, they take about 2 and a half hours.")
    site = Site(name="Cliff Walks", pages=[Page(route="/", title="Home", sections=[walks])])
    assert whenfit.when_change("the 2pm walk is moving to 1.30pm from june", site) == ReplaceText(
        op="replace_text", old="2pm", new="1.30pm")
    assert whenfit.when_change("the 4pm walk is moving to 1.30pm", site) is None  # the site shows no 4pm


def test_hours_in_the_24_hour_clock_with_uhr_move() -> None:
    site = Site(name="Tierheim", pages=[Page(route="/visit", title="Visit", sections=[
        Section(kind="text", text="Wed to Fri 14-17 Uhr, Sat 10-14 Uhr. Adress Am Mooswald 23, 79108 Freiburg.")])])
    assert whenfit.when_change("And the Sat hours are now 10-15 Uhr", site) == \
        ReplaceText(op="replace_text", old="Sat 10-14 Uhr", new="Sat 10-15 Uhr")


def test_a_new_time_instead_of_the_old_keeps_its_weekday() -> None:
    site = Site(name="Yoga mit Anja", pages=[Page(route="/timetable", title="Timetable", sections=[
        Section(kind="list", items=[Item(title="Yin Yoga", text="Wednesday 19:30"), Item(title="Vinyasa", text="Monday 18:00")])])])
    assert whenfit.when_change("Wednesday Yin Yoga moves to 20:00 instead of 19:30.", site) == \
        ReplaceText(op="replace_text", old="Wednesday 19:30", new="Wednesday 20:00")


def test_the_same_hours_shown_on_two_pages_move_on_both_and_hours_names_no_one_entry() -> None:
    """"opening hours ... put it on home and shop page", then "the Sun hours are now 8:00-12:00": the one entry
    "Sun", shown on both pages (not "opening hours Tue-Sat", whose "hours" every entry shares)."""
    hours = [Item(title="opening hours Tue-Sat", text="7:00-19:30"), Item(title="Sun", text="8:00-13:00")]
    site = Site(name="Forno Ferri", pages=[Page(route="/", title="Home", sections=[Section(kind="list", items=hours)]),
                                           Page(route="/shop", title="Shop", sections=[Section(kind="list", items=hours)])])
    assert whenfit.when_change("And the Sun hours are now 8:00-12:00", site) == \
        ReplaceText(op="replace_text", old="8:00-13:00", new="8:00-12:00")


def test_a_day_said_whole_names_the_short_one_shown() -> None:
    times = ["Mon 6:30am Sunrise Flow", "Tue 6pm Yin", "Wed 6:30am Sunrise Flow", "Sun 9am Gentle Hatha"]
    site = Site(name="Saltwater Yoga", pages=[Page(route="/timetable", title="Timetable", sections=[
        Section(kind="list", items=[Item(title=t) for t in times])])])
    # not "Sunrise" of "sunday", nor "6:30am" of "8:30am"
    assert whenfit.when_change("sunday class moves to 8:30am", site) == \
        ReplaceText(op="replace_text", old="Sun 9am", new="Sun 8:30am")


def test_a_time_changed_from_one_to_another_keeps_its_day() -> None:
    site = Site(name="Yoga mit Anja", pages=[Page(route="/timetable", title="Timetable", sections=[
        Section(kind="list", items=[Item(title="Wednesday 19:30", text="Yin Yoga"), Item(title="Monday 18:00", text="Vinyasa")])])])
    assert whenfit.when_change("On the Timetable page change Wednesday Yin Yoga time from 19:30 to 20:00.", site) == \
        ReplaceText(op="replace_text", old="Wednesday 19:30", new="Wednesday 20:00")


def test_the_new_time_then_now_then_not_the_old_one() -> None:
    site = Site(name="Lucia & Tom", pages=[Page(route="/travel", title="Travel", sections=[Section(kind="text", text=(
        "A bus leaves Hotel Catalonia Ronda at 16:15 and comes back at midnight."))])])
    assert whenfit.when_change("The bus time changed, it leaves Hotel Catalonia Ronda at 16:00 now, not 16:15", site) == \
        ReplaceText(op="replace_text", old="16:15", new="16:00")


def test_a_month_and_year_moved() -> None:
    site = Site(name="Habitu", pages=[Page(route="/faq", title="FAQ", sections=[Section(kind="faq", items=[
        Item(title="When does it launch?", text="March 2027."), Item(title="Is it free?", text="Yes, 3 habits.")])])])
    assert whenfit.when_change("launch moved to May 2027", site) == ReplaceText(op="replace_text", old="March 2027", new="May 2027")
    assert [m.group(0) for m in whenfit.WHEN.finditer("May 2027, May 20, 13 June 2027")] == ["May 2027", "May 20", "13 June 2027"]  # the year is the date's
