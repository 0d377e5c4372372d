"""New items for a list the site has (``itemhome``), through the turn loop with the model's plan as it was
in the user sets: the new things on the home page, in pieces. They go on the page the request names or the
one whose list holds things of their shape, and one thing typed "Name - what it is" is one entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.engine.fake import FakeEngine
from app.scaffold import itemhome
from app.scaffold.plan import AddItems, AddSection, Entry
from app.scaffold.site import Item, Page, Section, Site
from app.session.turn import TurnRunner
from tests.unit.scaffold.helpers import managed_project

DOGS = ('{"ops":[{"op":"add_page","title":"Adopt","route":"/adopt"},{"op":"add_items","route":"/adopt","kind":"list",'
        '"items":[{"title":"Biscuit","text":"3 year old beagle cross, loves walks"},'
        '{"title":"Rex","text":"1 year old collie, needs an active home"}]}]}')
MENU = ('{"ops":[{"op":"add_page","title":"Menu","route":"/menu"},{"op":"add_items","route":"/menu","kind":"list",'
        '"items":[{"title":"Flat White","text":"5.20"},{"title":"Long Black","text":"4.80"}]}]}')
HOURS = ('{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Mon-Fri","text":"6:30am-3pm"},'
         '{"title":"Sat-Sun","text":"7:30am-2pm"}]}]}')


def _run(root: Path, model: str, prompt: str) -> None:
    result = TurnRunner(root, FakeEngine(model)).run(prompt)
    assert result.outcome == "applied", result.message


def _page(root: Path, route: str) -> str:
    return (root / "app" / (route.strip("/") + "/page.tsx" if route != "/" else "page.tsx")).read_text()


def test_a_new_dog_typed_in_pieces_is_one_entry_on_the_dogs_page(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _run(root, DOGS, "Please add a page called Adopt with our dogs: Biscuit - 3 year old beagle cross, loves walks. "
                     "Rex - 1 year old collie, needs an active home")
    _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Luna","text":"2 year old husky"},'
               '{"title":"great with kids"}]}]}', "Add a new dog please: Luna - 2 year old husky, great with kids")
    adopt = _page(root, "/adopt")
    assert "2 year old husky, great with kids" in adopt and "Rex" in adopt
    assert "Luna" not in _page(root, "/")


@pytest.mark.parametrize(("prompt", "model", "shown"), [
    ("add Oat Milk +0.80 and Extra Shot +0.60 to the menu",
     '[{"title":"Oat Milk","text":"+0.80"},{"title":"Extra Shot","text":"+0.60"}]', ["Oat Milk", "Extra Shot"]),
    ("add frito pie $7 to the menu", '[{"title":"$7"}]', ["frito pie"]),
    ("Please add Affogato $6.50 to the menu, just after the coffees.",
     '[{"title":"Affogato $6.50 to the menu"}]', ["Affogato", "$6.50"]),
])
def test_items_said_to_go_to_a_page_go_there(tmp_path: Path, prompt: str, model: str, shown: list[str]) -> None:
    root = managed_project(tmp_path)
    _run(root, MENU, "menu page pls\nFlat White 5.20\nLong Black 4.80")
    _run(root, HOURS, "opening hrs mon-fri 6:30am-3pm, sat sun 7:30am-2pm, put it on home page")
    _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":%s}]}' % model, prompt)
    menu = _page(root, "/menu")
    assert all(s in menu for s in shown) and "Flat White" in menu
    assert not any(s in _page(root, "/") for s in shown)
    assert "to the menu" not in menu


def _site(home: list[Section], other: list[Section]) -> Site:
    return Site(name="Cafe", pages=[Page(route="/", title="Home", sections=[Section(kind="hero", heading="Cafe"), *home]),
                                    Page(route="/menu", title="Menu", sections=other)])


PRICED = Section(kind="list", items=[Item(title="Flat White", text="5.20"), Item(title="Chai", text="$5.50")])
NEW = AddItems(op="add_items", route="/", kind="list", items=[Entry(title="Mocha", text="$6")])


def test_items_like_a_list_on_another_page_go_there_unless_home_has_one_like_it() -> None:
    assert itemhome.placed([NEW], "new one: Mocha $6 please", _site([], [PRICED]))[0].route == "/menu"
    # home lists prices too: the model's page stands
    assert itemhome.placed([NEW], "new one: Mocha $6 please", _site([PRICED], [PRICED]))[0].route == "/"
    # by shape alone only what the request adds: "Mocha $6" may be a note for home
    assert itemhome.placed([NEW], "Mocha $6 please", _site([], [PRICED]))[0].route == "/"
    # things of no shape the list has (no price): where the model put them
    plain = AddItems(op="add_items", route="/", kind="list", items=[Entry(title="Free wifi")])
    assert itemhome.placed([plain], "add Free wifi", _site([], [PRICED]))[0].route == "/"


def test_the_home_page_named_and_a_new_page_keep_the_models_plan() -> None:
    site = _site([], [PRICED])
    assert itemhome.placed([NEW], "add Mocha $6 on the home page", site)[0].route == "/"
    section = AddSection(op="add_section", route="/", kind="text", text="We roast on Mondays.")
    assert itemhome.placed([section], "We roast on Mondays.", site) == [section]


@pytest.mark.parametrize(("prompt", "model", "shown"), [
    # the model set a theme, the site's name, or declined
    ("New dog to add: Juno - greyhound, 4 years, gentle and a bit shy",
     '{"ops":[{"op":"set_theme","primary":"gray","background":"white","foreground":"blue"}]}',
     '{ title: "Juno", text: "greyhound, 4 years, gentle and a bit shy" }'),
    ("We have taken in a new dog. Please add: Maple – 5 year old golden retriever mix, gentle and house trained.",
     '{"ops":[{"op":"decline"}]}', '{ title: "Maple", text: "5 year old golden retriever mix, gentle and house trained" }'),
    # cut in pieces by the model: one thing, with the shape (an age) of the whole of it
    ("We also have a new dog, please add: Maple - Golden Retriever mix, 8 years, calm and loves naps",
     '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Maple","text":"Golden Retriever mix"},'
     '{"title":"8 years"},{"title":"calm and loves naps"}]}]}', '{ title: "Maple", text: "Golden Retriever mix, 8 years, calm and loves naps" }'),
])
def test_one_new_thing_announced_goes_in_the_list_of_its_like(tmp_path: Path, prompt: str, model: str, shown: str) -> None:
    root = managed_project(tmp_path)
    _run(root, DOGS, "Please add a page called Adopt with our dogs: Biscuit - 3 year old beagle cross, loves walks. "
                     "Rex - 1 year old collie, needs an active home")
    _run(root, model, prompt)
    assert shown in _page(root, "/adopt")
    assert "Juno" not in _page(root, "/") and "Maple" not in _page(root, "/")


def test_what_is_announced_is_one_entry_of_a_list_or_nothing() -> None:
    menu = Page(route="/menu", title="Menu", sections=[Section(kind="list", items=[Item(title="Flat white 5.20"),
                                                                                   Item(title="Oat latte 5.90")])])
    site = Site(name="Magpie", pages=[Page(route="/", title="Home"), menu])
    assert itemhome.announced("new special!! Matcha tiramisu 9.00, weekends only ✨", site).ops == [  # type: ignore[union-attr]
        AddItems(op="add_items", route="/menu", kind="list", items=[Entry(title="Matcha tiramisu 9.00, weekends only ✨")])]
    assert itemhome.announced("new page: Catering", site) is None  # a page, no entry
    assert itemhome.announced("add: Oat Milk +0.80, Extra Shot +0.60", site) is None  # two things
    assert itemhome.announced("new dog to add: Juno - greyhound, 4 years", site) is None  # no list of its like


def test_a_new_thing_after_a_comma_goes_in_a_list_of_cards() -> None:
    """"We have a new dog, please add: Duke - ...": the model cut Duke in three cards ("Retired", "Couple")."""
    cards = Section(kind="image_text", items=[Item(title="Biscuit", text="3 year old Jack Russell, loves walks"),
                                              Item(title="Pepper", text="2 year old terrier, lively")])
    site = Site(name="Hope Paws", pages=[Page(route="/", title="Home"), Page(route="/adopt", title="Adopt", sections=[cards])])
    plan = itemhome.announced("We have a new dog, please add: Duke - 10 year old Labrador, very gentle, would suit a "
                              "retired couple.", site)
    assert plan is not None and plan.ops == [AddItems(op="add_items", route="/adopt", kind="image_text", items=[
        Entry(title="Duke", text="10 year old Labrador, very gentle, would suit a retired couple")])]
