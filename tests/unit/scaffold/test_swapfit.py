"""One thing taken off and another put in its place (``swapfit``)."""

from __future__ import annotations

import pytest

from app.scaffold import removefit, swapfit
from app.scaffold.plan import AddItems, EditItem, Entry, RemoveItem, ReplaceText
from app.scaffold.site import Item, Page, Section, Site


def _site() -> Site:
    team = Section(kind="team", items=[Item(title="Mia Tran", text="coach"), Item(title="Darren Pike", text="owner"),
                                       Item(title="Pete Hruska", text="clarinet")])
    menu = Section(kind="list", items=[Item(title="Horchata", text="$3"), Item(title="Calamari", text="R120")],
                   text="Flavours this summer: Strawberry, Mint Choc Chip and Vanilla.")
    return Site(name="Ironbark", pages=[Page(route="/", title="Home", sections=[team]),
                                        Page(route="/menu", title="Menu", sections=[menu])])


@pytest.mark.parametrize(("request_", "item", "title", "text"), [
    ("take mia off, she left. add Priya Nair - coach", "Mia Tran", "Priya Nair", "coach"),
    ("remove Horchata, add Agua de Jamaica $3", "Horchata", "Agua de Jamaica", "$3"),
    ("Remove calamari, supplier issue. Add Oyster Tempura R110 instead", "Calamari", "Oyster Tempura", "R110"),
    ("Pete Hruska is retiring after 22 years. Please remove him, and add his daughter Marie Hruska on banjo instead.",
     "Pete Hruska", "Marie Hruska", "banjo"),
    ("Darren has left. Please remove him and put Alison Croft as Treasurer instead.", "Darren Pike", "Alison Croft",
     "Treasurer"),
    ("Horchata is still on the list. Please replace it with The Butterfly.", "Horchata", "The Butterfly", ""),
    ("Darren is still listed. Please remove him and put Jordan Pike in as Assistant Coach.", "Darren Pike",
     "Jordan Pike", "Assistant Coach"),
    ("take horchata off, we're swapping it for a strawberry milk tea $7.50", "Horchata", "strawberry milk tea", "$7.50"),
    # no detail, or the same: the item keeps its own
    ("Horchata is gone, remove it. And add Amaranth Cooler instead, same price as the others.", "Horchata",
     "Amaranth Cooler", ""),
    # the one put in said first: "add X and take out Y"
    ("add Agua Fresca to the menu and take out Horchata", "Horchata", "Agua Fresca", ""),
    ("On the Menu page add Agua Fresca and remove Horchata.", "Horchata", "Agua Fresca", ""),
    # a menu's price typed without its currency
    ("horchata is off. add\nRicotta Hotcakes 22.00", "Horchata", "Ricotta Hotcakes", "22.00"),
])
def test_the_one_taken_off_becomes_the_new_one_in_its_place(request_: str, item: str, title: str, text: str) -> None:
    plan = swapfit.read(request_, _site())
    assert plan is not None and plan.ops == [EditItem(op="edit_item", item=item, title=title, text=text)]


def test_a_piece_of_a_paragraph_gets_the_new_words() -> None:
    plan = swapfit.read("Take the Mint Choc Chip off, we've swapped it for Gooseberry Crumble this year.", _site())
    assert plan is not None and plan.ops == [ReplaceText(op="replace_text", old="Mint Choc Chip", new="Gooseberry Crumble")]


@pytest.mark.parametrize("request_", [
    "Remove the Horchata. Also add booking contact to the Menu page: book@example.com",  # not an entry
    "Take Mia off and add a line on the home page: 'Get well soon Mia'",
    "remove the Sunset Cruise, add Dawn Paddle $40",  # nothing of that name to take off
    "add Priya Nair - coach",  # nothing taken off
    "Mia is leaving, remove her from the team and put Darren Pike as head coach as well",  # beside, not in place
    "take horchata off and add Ricotta Hotcakes $22, Mocha $6",  # two new things, not one in its place
])
def test_what_is_no_swap_is_not_read_as_one(request_: str) -> None:
    assert swapfit.read(request_, _site()) is None


def test_two_new_things_beside_a_removal_go_in_its_list() -> None:
    plan = removefit.read("take horchata off and add Ricotta Hotcakes $22, Mocha $6", _site())
    assert plan is not None and plan.ops == [
        RemoveItem(op="remove_item", item="Horchata"),
        AddItems(op="add_items", route="/menu", kind="list",
                 items=[Entry(title="Ricotta Hotcakes", text="$22"), Entry(title="Mocha", text="$6")])]


def test_a_note_added_beside_a_removal_is_no_item_of_its_list() -> None:
    assert removefit.read("Remove the Horchata. Also add booking contact to the Menu page: book@example.com, 867-444-2187",
                          _site()) is None


def test_one_of_two_names_joined_by_and_takes_the_new_one() -> None:
    """"Holiday Inn is fully booked now, so please remove it and add The Winchester Hotel instead": the model's swap had
    taken the whole sentence, The Wykeham Arms with it."""
    text = ("The nearest station is Winchester. Hotels nearby: The Wykeham Arms and Holiday Inn Winchester. "
            "Guests can use code WEDDING27 at the Wykeham for 10% off.")
    site = Site(name="Priya & Arjun", pages=[Page(route="/", title="Home"),
                                             Page(route="/travel", title="Travel", sections=[Section(kind="text", text=text)])])
    plan = swapfit.read("Holiday Inn is fully booked now, so please remove it and add The Winchester Hotel instead.", site)
    assert plan is not None and list(plan.ops) == [
        ReplaceText(op="replace_text", old="Holiday Inn Winchester", new="The Winchester Hotel")]


@pytest.mark.parametrize("request_", [
    "Casa do Romezal is full 😩 remove it pls and put Quinta do Vallado instead",  # a name with "do" in it
    "On the Travel page delete Casa do Romezal and write Quinta do Vallado in its place.",
])
def test_a_name_with_small_words_in_it_taken_off_and_one_written_in_its_place(request_: str) -> None:
    text = "Hotels near: Hotel Régua Douro and Casa do Romezal. Taxi from Peso da Régua station about 15€"
    site = Site(name="Ana & João", pages=[Page(route="/", title="Home"),
                                          Page(route="/travel", title="Travel", sections=[Section(kind="text", text=text)])])
    plan = swapfit.read(request_, site)
    assert plan is not None and list(plan.ops) == [ReplaceText(op="replace_text", old="Casa do Romezal", new="Quinta do Vallado")]
