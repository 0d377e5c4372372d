"""One new entry for the list of its shape (``listadd``), through the turn loop with the model's plans as they were
in the user sets."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.engine.fake import FakeEngine
from app.scaffold import listadd
from app.scaffold.plan import AddItems, Entry, Plan
from app.scaffold.site import Item, Page, Section, Site
from app.session.turn import TurnRunner
from tests.unit.scaffold.helpers import managed_project


def _site() -> Site:
    home = Section(kind="list", heading="Opening hours", items=[Item(title="Monday to Friday", text="9am to 5pm"),
                                                                 Item(title="Saturday", text="10am to 2pm")])
    team = Section(kind="team", items=[Item(title="1 Rodrigo Silva", text="goalkeeper"), Item(title="4 Felipe Costa"),
                                       Item(title="5 André Souza", text="captain")])
    dogs = Section(kind="list", items=[Item(title="Biscuit", text="3 year old terrier cross, loves children"),
                                       Item(title="Nala", text="1 year old collie, needs an active home")])
    menu = Section(kind="list", items=[Item(title="Egg coffee 45.000đ"), Item(title="Coconut coffee 50.000đ")])
    projects = Section(kind="list", items=[Item(title="Editora Moinho", text="cover for 'O Rio Sem Fim' (2024)"),
                                           Item(title="Oficina do Café", text="packaging for 3 blends (2025)")])
    return Site(name="Club", pages=[Page(route="/", title="Home", sections=[home]),
                                    Page(route="/team", title="Team", sections=[team]),
                                    Page(route="/adopt", title="Adopt", sections=[dogs]),
                                    Page(route="/menu", title="Menu", sections=[menu]),
                                    Page(route="/projects", title="Projects", sections=[projects])])


@pytest.mark.parametrize(("request_text", "route", "kind", "entry"), [
    ("new player: 7 Matheus Lima", "/team", "team", Entry(title="7 Matheus Lima")),
    ("on Team page add player 7 Matheus Lima", "/team", "team", Entry(title="7 Matheus Lima")),
    ("We have a new arrival. Please add: Rosie - 2 year old beagle, a little shy at first", "/adopt", "list",
     Entry(title="Rosie", text="2 year old beagle, a little shy at first")),
    ("add to menu Yogurt coffee 45.000đ", "/menu", "list", Entry(title="Yogurt coffee 45.000đ")),
    ("new players: 7 Matheus Lima and 8 Caio Dias", "/team", "team", [Entry(title="7 Matheus Lima"), Entry(title="8 Caio Dias")]),
    ("Menu page: add Iced coffee 55.000đ and Bánh mì 35.000đ to the list", "/menu", "list",
     [Entry(title="Iced coffee 55.000đ"), Entry(title="Bánh mì 35.000đ")]),
    ("add 2 new ones: Iced coffee 55.000đ and Bánh mì 35.000đ", "/menu", "list",
     [Entry(title="Iced coffee 55.000đ"), Entry(title="Bánh mì 35.000đ")]),
    ("And please add a new dog: Maple - 5 year old lab mix, good with cats 🐶", "/adopt", "list",
     Entry(title="Maple", text="5 year old lab mix, good with cats")),
    ("add new item Tablea Hot Choco 110.000đ ☕️", "/menu", "list", Entry(title="Tablea Hot Choco 110.000đ")),
    ("add one project: Sesc Pompeia - poster series for jazz festival (2025)", "/projects", "list",
     Entry(title="Sesc Pompeia", text="poster series for jazz festival (2025)")),
    ("Add one new dish please: Yogurt coffee 45.000đ", "/menu", "list", Entry(title="Yogurt coffee 45.000đ")),
    ("add new year special: Bánh flan 30.000đ", "/menu", "list", Entry(title="Bánh flan 30.000đ")),
    ("in menu add also Iced coffee 55.000đ and Bánh mì 35.000đ", "/menu", "list",
     [Entry(title="Iced coffee 55.000đ"), Entry(title="Bánh mì 35.000đ")]),
])
def test_the_entry_goes_into_the_list_of_its_shape(request_text: str, route: str, kind: str, entry: Entry | list[Entry]) -> None:
    items = entry if isinstance(entry, list) else [entry]
    assert listadd.read(request_text, _site()) == Plan(ops=[AddItems(op="add_items", route=route, kind=kind, items=items)])


@pytest.mark.parametrize("request_text", [
    "Please add: John Smith",  # a shape of no list in particular
    "new players: 7 Matheus Lima and Caio Dias",  # two entries, one not numbered as the list's are
    "add to menu Yogurt coffee 45.000đ, and remove Egg coffee",
])
def test_no_reading_of_what_is_not_one_entry_of_one_list(request_text: str) -> None:
    assert listadd.read(request_text, _site()) is None


def test_the_turn_puts_the_entry_in_its_list_not_the_sites_name(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    TurnRunner(root, FakeEngine('{"ops":[{"op":"add_page","title":"Team","route":"/team"},{"op":"add_items","route":"/team",'
                                '"kind":"team","items":[{"title":"1 Rodrigo Silva","text":"goalkeeper"},'
                                '{"title":"5 André Souza","text":"captain"}]}]}')).run(
        "make a Team page: 1 Rodrigo Silva - goalkeeper, 5 André Souza - captain")
    result = TurnRunner(root, FakeEngine('{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"7 Matheus Lima"}]}')).run(
        "new player: 7 Matheus Lima")
    assert result.outcome == "applied", result.message
    assert "7 Matheus Lima" in (root / "app" / "team" / "page.tsx").read_text()
    assert "7 Matheus Lima" not in (root / "app" / "layout.tsx").read_text()


def test_a_priced_entry_is_no_opening_hour() -> None:
    """"Add new product: Queijada de Sintra 1,40 €" on a site whose one list is its opening hours: not into that list,
    but a list of its own."""
    site = _site()
    site.pages = site.pages[:1]
    plan = listadd.read("Add new product: Queijada de Sintra 1,40 €", site)
    assert plan is not None and plan.ops[0].kind != "list"  # type: ignore[union-attr]  # a list of its own, not the hours
