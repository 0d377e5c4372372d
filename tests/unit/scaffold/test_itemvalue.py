"""An edit of an item the site says in its text: the new value in its place (``itemvalue``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.engine.fake import FakeEngine
from app.scaffold import compound
from app.scaffold.itemvalue import said_change, value_in_text
from app.scaffold.plan import EditItem, ReplaceText
from app.scaffold.site import Item, Page, Section, Site, default_section
from app.session.turn import TurnRunner
from tests.unit.scaffold.helpers import managed_project


def _site() -> Site:
    sheds = Section(kind="text", text="Sheds: 6x8 $780, 8x8 $890, 10x12 $1,400. Delivery within 20 miles is free.")
    when = Section(kind="text", text="The Sat clinic is at 10am at Bryan Park. Lena's fiddle workshop is on Sat Mar 14. "
                                     "Open jam every Thursday 7pm to 9pm, $5 at the door.")
    rates = Section(kind="list", items=[Item(title="Pet taxi", text="Round trip in Decatur $40, one way $25")])
    folk = Section(kind="text", text="£3 on the door, members free. Tue/Thu 5:30pm Strong Mums. Quiz night Sat 27 Mar. "
                                     "small jar €8 big jar €14.")
    return Site(name="Hill Country Sheds", pages=[Page(route="/", title="Home", sections=[sheds, rates, folk]),
                                                 Page(route="/events", title="Events", sections=[when])])


def _edit(item: str, text: str) -> EditItem:
    return EditItem(op="edit_item", item=item, text=text)


@pytest.mark.parametrize(("request_", "item", "text", "old", "new"), [
    ("The 8x8 is $950 now (plywood prices, don't get me started).", "8x8", "$950", "8x8 $890", "8x8 $950"),
    ("Sat clinic moved to 11am", "Sat clinic", "11am", "The Sat clinic is at 10am at Bryan Park.",
     "The Sat clinic is at 11am at Bryan Park."),
    ("Lena's fiddle workshop moved to Sat Mar 21.", "Lena's fiddle workshop", "Sat Mar 21",
     "Lena's fiddle workshop is on Sat Mar 14.", "Lena's fiddle workshop is on Sat Mar 21."),
    ("Round trip in Decatur still shows $40, it's $45 now", "Round trip", "$45", "Round trip in Decatur $40",
     "Round trip in Decatur $45"),
    ("quiz night moved to 3 Apr", "Quiz night", "3 Apr", "Quiz night Sat 27 Mar.", "Quiz night Sat 3 Apr."),
    # the words up to each value, where a sentence lists several without commas
    ("big jar is €15 now (wax went up)", "Big Jar", "€15", "big jar €14", "big jar €15"),
])
def test_the_one_value_of_its_kind_where_the_text_names_the_item_is_replaced(
        request_: str, item: str, text: str, old: str, new: str) -> None:
    assert value_in_text(_edit(item, text), request_, _site()) == ReplaceText(op="replace_text", old=old, new=new)


@pytest.mark.parametrize(("request_", "item", "text"), [
    ("the sheds are $950 now", "Sheds", "$950"),  # "Sheds" holds three prices: which one is unclear
    ("The 8x8 is cheaper now", "8x8", "$950"),  # a price the user never typed
    ("8x8 and 10x12 are $950 and $1,500", "8x8", "$950, $1,500"),  # two new values: not one change
    ("the open jam is $6 now", "Open jam", "7pm"),  # a time for a price change: no time was typed
    ("the barn dance moved to 8pm", "Barn dance", "8pm"),  # the site says no barn dance
    ("members free is wrong. members £1", "Members", "£1"),  # the one price is the door's, said before the members
    ("strong mums still showing 5:30pm, its 10am now", "Strong Mums", "5:30pm"),  # the old time, as the model wrote it
    ("quiz night moved to Sunday 12 noon", "Quiz night", "Sunday 12 noon"),  # "noon" read, the Sunday not
])
def test_nothing_is_replaced_where_the_place_or_the_value_is_not_clear(request_: str, item: str, text: str) -> None:
    assert value_in_text(_edit(item, text), request_, _site()) is None


def test_the_one_value_of_the_page_the_item_names_where_no_place_names_it() -> None:
    day = Section(kind="text", text="Beginner Kintsugi Day - Saturday, 10am to 3pm, $195 including lunch. Max 8 people.")
    site = Site(name="Quiet Gold", pages=[Page(route="/", title="Home"), Page(route="/workshops", title="Workshops", sections=[day])])
    assert value_in_text(_edit("Workshop", "$210"), "Workshop price is now $210.", site) == ReplaceText(
        op="replace_text", old="Beginner Kintsugi Day - Saturday, 10am to 3pm, $195 including lunch.",
        new="Beginner Kintsugi Day - Saturday, 10am to 3pm, $210 including lunch.")
    two = site.model_copy(update={"pages": [*site.pages[:1], Page(route="/workshops", title="Workshops", sections=[
        day, Section(kind="text", text="Evening class $90.")])]})
    assert value_in_text(_edit("Workshop", "$210"), "Workshop price is now $210.", two) is None  # two prices: which?


def test_a_thing_said_first_with_its_new_value_is_read_whatever_the_model_wrote() -> None:
    lessons = Section(kind="text", text="Kids group lessons (ages 7-12) Saturdays 9am, R150 per month. Teens and adults "
                                        "group lessons Wednesdays 5:30pm, R200 per month.")
    site = Site(name="Makhanda Marimba", pages=[Page(route="/lessons", title="Lessons", sections=[lessons])])
    assert said_change("Kids lessons price is now R180 per month sorry, we had to put it up for the new mallets", site) == \
        ReplaceText(op="replace_text", old="Kids group lessons (ages 7-12) Saturdays 9am, R150 per month.",
                    new="Kids group lessons (ages 7-12) Saturdays 9am, R180 per month.")
    # two new values for one old one: not read
    assert said_change("Kids lessons are now 9am and 11am, not 9am.", site) is None


def test_a_value_named_just_after_it_or_by_the_part_its_sentence_names() -> None:
    programme = Section(kind="text", text="Saturday: 10am Opening Karakia, 1pm Kids Kite Making Tent, 3pm Kite Ballet. "
                                          "Spaghetti Supper – Friday, March 19, 5:30 pm, $12 adults / $6 kids.")
    site = Site(name="Otaki Kites", pages=[Page(route="/programme", title="Programme", sections=[programme])])
    assert value_in_text(_edit("Kite Ballet", "3.30pm"), "actualy the Kite Ballet moved to 3.30pm", site) == ReplaceText(
        op="replace_text", old="3pm Kite Ballet.", new="3.30pm Kite Ballet.")
    assert value_in_text(_edit("The Spaghetti Supper adult price", "$14"), "The Spaghetti Supper adult price is now $14.",
                         site) == ReplaceText(op="replace_text", old="$12 adults", new="$14 adults")
    # "kite" alone names three things: none is read
    assert value_in_text(_edit("Kite", "4pm"), "the kite one moved to 4pm", site) is None


def test_a_count_is_a_value_of_its_own_and_one_of_two_changes_is_not_read() -> None:
    club = Section(kind="text", text="We have 48 member farmers, we sell goat milk. Call 0722 418 903. "
                                     "Crisp Packet Recycling (we've collected 4,318 packets!!)")
    site = Site(name="Mt Elgon", pages=[Page(route="/", title="Home", sections=[club])])
    assert said_change("number of members is now 63", site) == ReplaceText(
        op="replace_text", old="We have 48 member farmers", new="We have 63 member farmers")
    assert value_in_text(_edit("Packet", "5,002"), "oops the packet number is now 5,002 can u change it", site) == \
        ReplaceText(op="replace_text", old="Crisp Packet Recycling (we've collected 4,318 packets!!)",
                    new="Crisp Packet Recycling (we've collected 5,002 packets!!)")
    weekly = Section(kind="text", text="The weekly edition is about 90 minutes long.")
    two = Site(name="Talking News", pages=[Page(route="/", title="Home", sections=[weekly])])
    assert value_in_text(_edit("Weekly", "about 75 minutes"), "The weekly edition now goes out on Fridays rather than "
                         "Thursdays, and it is now about 75 minutes long.", two) is None


def test_the_word_said_beside_the_name_that_names_another_piece_is_not_passed_over() -> None:
    braids = Section(kind="text", text="Knotless braids medium R650, small R850.")
    site = Site(name="Braids", pages=[Page(route="/", title="Home", sections=[braids])])
    assert value_in_text(_edit("Knotless", "R900"), "change knotless small to R900", site) is None
    assert value_in_text(_edit("Knotless", "R700"), "change knotless medium to R700", site) == ReplaceText(
        op="replace_text", old="Knotless braids medium R650", new="Knotless braids medium R700")


def test_the_text_of_the_item_whose_title_names_it_gets_the_new_value() -> None:
    bikes = Section(kind="list", items=[Item(title="Tandem", text="£28 all day"), Item(title="E-bike", text="£30 all day")])
    site = Site(name="Round the Island", pages=[Page(route="/", title="Home", sections=[default_section("list", "R")]),
                                              Page(route="/bikes", title="Bikes", sections=[bikes])])
    assert said_change("E-bikes have gone up, £35 all day now", site) == ReplaceText(
        op="replace_text", old="£30 all day", new="£35 all day")
    # "Monday to Friday 9am to 5pm" is a placeholder's: no Friday of the user's
    assert value_in_text(_edit("Friday", "5:00 PM"), "Please change the Friday doors open time to 5:00 PM.", site) is None


def test_twelve_noon_to_a_time_is_one_span_and_no_count() -> None:
    sundays = Section(kind="text", text="We open to visitors on Sundays only, 12 noon to 4pm, April to October.")
    site = Site(name="Donkey Haven", pages=[Page(route="/", title="Home", sections=[sundays])])
    assert said_change("Sunday hours are now 1pm to 5pm", site) is None  # the text says no "hours"
    assert value_in_text(_edit("Sunday", "1pm to 5pm"), "Sunday hours are now 1pm to 5pm", site) == ReplaceText(
        op="replace_text", old="We open to visitors on Sundays only, 12 noon to 4pm, April to October.",
        new="We open to visitors on Sundays only, 1pm to 5pm, April to October.")


def _listed(*items: Item) -> Site:
    return Site(name="Cafe", pages=[Page(route="/", title="Home", sections=[default_section("hero", "Cafe")]),
                                    Page(route="/menu", title="Menu", sections=[Section(kind="list", items=list(items))])])


@pytest.mark.parametrize(("request_", "items", "item", "text", "new"), [
    # the name in the item's text and the time in its title
    ("Oh, small change – the Mehendi & Sangeet has moved to 6 pm instead of 7 pm.",
     [Item(title="13 Feb, 4 pm", text="Haldi"), Item(title="13 Feb, 7 pm", text="Mehendi & Sangeet")],
     "Mehendi & Sangeet", "6 pm", ReplaceText(op="replace_text", old="13 Feb, 7 pm", new="13 Feb, 6 pm")),
    # name and price in one title, the price typed without its currency
    ("flat white going up to 5.50 sorry everyone lol", [Item(title="Flat White 5.20"), Item(title="Long Black 4.80")],
     "Flat White", "5.50", ReplaceText(op="replace_text", old="Flat White 5.20", new="Flat White 5.50")),
    ("boiler servicing gone up to 89.99", [Item(title="Boiler servicing", text="£79.99"), Item(title="Leak", text="£60")],
     "boiler servicing", "up to 89.99", ReplaceText(op="replace_text", old="£79.99", new="£89.99")),
])
def test_a_value_beside_its_name_in_an_item_is_replaced_in_its_field(
        request_: str, items: list[Item], item: str, text: str, new: ReplaceText) -> None:
    assert value_in_text(_edit(item, text), request_, _listed(*items)) == new


def test_a_time_of_an_item_called_just_that_keeps_the_days_beside_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    timetable = ('{"ops":[{"op":"add_page","title":"Timetable","route":"/timetable"},{"op":"add_items","route":"/timetable",'
                 '"kind":"list","items":[{"title":"Yin Yoga","text":"Tue & Thu 6:30 PM"},{"title":"Hatha","text":"Mon 7:00 AM"}]}]}')
    for model, prompt in [(timetable, "Timetable page:\nYin Yoga - Tue & Thu 6:30 PM\nHatha - Mon 7:00 AM"),
                          ('{"ops":[{"op":"edit_item","item":"Yin Yoga","text":"7:00 PM"}]}',
                           "Sorry, Yin Yoga is shifting to 7:00 PM from next month. Kindly update.")]:
        result = TurnRunner(root, FakeEngine(model)).run(prompt)
        assert result.outcome == "applied", result.message
    page = (root / "app" / "timetable" / "page.tsx").read_text()
    assert "Tue & Thu 7:00 PM" in page and "6:30 PM" not in page


@pytest.mark.parametrize(("request_", "changes"), [
    ("Oh no, a small change, sorry! The ceremony has moved to 2:30pm, so the drinks are now at 4:00pm.",
     [("2:00pm", "2:30pm"), ("3:30pm", "4:00pm")]),
    ("Small change 🙈 the ceremony is now at 4:00 PM instead of 2:00pm, and drinks moves to 4:30pm.",
     [("2:00pm", "4:00 PM"), ("3:30pm", "4:30pm")]),
    ("Small change to the schedule, if you don't mind: the ceremony has moved to 2:30pm, so drinks are now at 4:00pm.",
     [("2:00pm", "2:30pm"), ("3:30pm", "4:00pm")]),
])
def test_each_thing_said_to_move_gets_its_new_time(request_: str, changes: list[tuple[str, str]]) -> None:
    site = _listed(Item(title="Ceremony", text="2:00pm"), Item(title="Drinks", text="3:30pm"), Item(title="Dinner", text="6:00pm"))
    plan = compound.read(request_, site)
    assert plan is not None and [(op.old, op.new) for op in plan.ops] == changes  # type: ignore[union-attr]
