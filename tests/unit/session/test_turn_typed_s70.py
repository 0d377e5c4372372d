"""Requests of the user sets u376-u418 that the turn loop read wrongly before stop 70, through ``TurnRunner`` with the
model's plan as recorded: asks typed in Spanish or Portuguese, and site names nobody asked for."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from app.engine.base import GenerateOptions, Message
from app.engine.fake import FakeEngine
from app.session.turn import TurnRunner
from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import apply as _apply, items as _items, menu as _menu, pages as _pages, run as _run, shown as _text


def test_the_model_reads_an_ask_typed_in_spanish_in_english(tmp_path: Path) -> None:
    # u413: "Agrega página Servicios con precios: ..." had put the list on home, its first entry "Agrega página Servicios ..."
    root = managed_project(tmp_path)
    _apply(root, [{"op": "describe_site", "name": "Veterinaria Flamboyán del Sur"}], "Página para Veterinaria Flamboyán del Sur")
    seen: list[str] = []

    def reply(messages: Sequence[Message], options: GenerateOptions) -> str:
        seen.append(messages[-1].content)
        return ('{"ops":[{"op":"add_page","title":"Servicios","route":"/servicios"},{"op":"add_items","route":"/servicios",'
                '"kind":"list","items":[{"title":"Consulta general","text":"$350"},{"title":"Vacuna séxtuple","text":"$420"}]}]}')

    result = TurnRunner(root, FakeEngine(reply)).run("Agrega página Servicios con precios: Consulta general $350, Vacuna séxtuple $420")
    assert result.outcome == "applied", result.message
    assert "Add page Servicios with precios: Consulta general $350" in seen[0], seen[0]
    assert result.prompt.startswith("Agrega página")  # the turn is recorded as typed
    assert '{ title: "Vacuna séxtuple", text: "$420" }' in _text(root, "/servicios")


def test_a_portuguese_rename_of_a_page_renames_it(tmp_path: Path) -> None:
    # u409: "Muda o nome da página Modelos para Nossas Redes" was declined
    root = managed_project(tmp_path)
    _pages(root, "Modelos", "Contato")
    result = _run(root, '{"ops":[{"op":"decline"}]}', "Muda o nome da página Modelos para Nossas Redes")
    assert result.outcome == "applied", result.message
    assert "Nossas Redes" in _menu(root) and "Modelos" not in _menu(root), _menu(root)


def test_a_removal_asked_in_portuguese_takes_the_entry_off(tmp_path: Path) -> None:
    # u409: "apaga a Rede Infantil da pagina Modelos" was declined
    root = managed_project(tmp_path)
    _pages(root, "Modelos")
    _items(root, "/modelos", "list", [("Rede Casal", "R$ 280"), ("Rede Infantil", "R$ 95")])
    result = _run(root, '{"ops":[{"op":"decline"}]}', "apaga a Rede Infantil da pagina Modelos")
    assert result.outcome == "applied", result.message
    assert "Rede Infantil" not in _text(root, "/modelos") and "Rede Casal" in _text(root, "/modelos")


@pytest.mark.parametrize(("prompt", "name"), [
    # u415: a person's name corrected, as the site's name
    ("There is a correction in the Executive Committee. The Vice President name is Mrs. Kamlesh Agarwal (single g). Kindly "
     "correct.", "Mrs. Kamlesh Agarwal"),
    # u412: a word of a typo's correction
    ("spelling mistake in about us - preservatve should be preservative", "Preservative"),
    # u416: a menu's label
    ("Change the menu name Hire to Book the Organ.", "Hire to Book the Organ"),
])
def test_a_name_that_is_not_the_sites_does_not_rename_the_site(tmp_path: Path, prompt: str, name: str) -> None:
    root = managed_project(tmp_path)
    _apply(root, [{"op": "describe_site", "name": "Sector 47 Residents Welfare Association"}], "A site for Sector 47 Residents Welfare Association")
    _pages(root, "Executive Committee", "About Us", "Hire")
    result = _run(root, f'{{"ops":[{{"op":"set_text","route":"/","target":"site_name","text":"{name}"}}]}}', prompt)
    assert 'name: "Sector 47 Residents Welfare Association"' in (root / "lib" / "site.ts").read_text(), result.message
    assert result.outcome != "applied" or name not in (root / "lib" / "site.ts").read_text(), result.message


def test_the_site_name_asked_for_or_corrected_is_still_set(tmp_path: Path) -> None:
    # u395: "I shortened the restaurant name earlier, it's Boatwerks Waterfront Restaurant"
    root = managed_project(tmp_path)
    _apply(root, [{"op": "describe_site", "name": "Boatwerks"}], "A site for Boatwerks in Holland, Michigan")
    _pages(root, "Menu")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Boatwerks Waterfront Restaurant"}]}',
                  "Oops, I shortened the name earlier, it's Boatwerks Waterfront Restaurant. Full name please.")
    assert result.outcome == "applied", result.message
    assert "Boatwerks Waterfront Restaurant" in (root / "lib" / "site.ts").read_text()


def test_a_menu_order_typed_in_full_is_made_whatever_the_moves(tmp_path: Path) -> None:
    # u392: "Menu order please: Home, Programme, Their Story, Travel and Stay." wanted two moves, which a turn did not make:
    # the model's list of the pages' names went on the home page instead, shown as done
    root = managed_project(tmp_path)
    _pages(root, "Travel and Stay", "Their Story", "Programme")
    model = ('{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Home"},{"title":"Programme"},'
             '{"title":"Their Story"},{"title":"Travel and Stay"}]}]}')
    result = _run(root, model, "Menu order please: Home, Programme, Their Story, Travel and Stay.")
    assert result.outcome == "applied", result.message
    assert _menu(root) == ["Home", "Programme", "Their Story", "Travel and Stay"], _menu(root)
    assert "Their Story" not in _text(root), _text(root)  # no list of the pages' names on home
    assert "now reads Home, Programme, Their Story, Travel and Stay" in " ".join(result.summary), result.summary


def test_a_menu_order_with_a_page_the_menu_lacks_is_declined_and_says_what_the_menu_reads(tmp_path: Path) -> None:
    # u421: "Calendar" is the page still called Upcoming Events; the model's list of the names had gone on a page
    root = managed_project(tmp_path)
    _pages(root, "Executives", "Upcoming Events", "Join Us")
    model = ('{"ops":[{"op":"add_items","route":"/upcoming-events","kind":"features","items":[{"title":"Home"},{"title":"Executives"},'
             '{"title":"Calendar"},{"title":"Join Us"}]}]}')
    result = _run(root, model, "Menu: Home, Executives, Calendar, Join Us. Calendar is the former Upcoming Events page.")
    assert result.outcome == "declined", result.message
    assert "the menu reads Home, Executives, Upcoming Events, Join Us" in result.message, result.message
    assert "Calendar" not in _text(root, "/upcoming-events")


def test_a_menu_typed_after_a_colon_as_it_is_says_nothing_changed(tmp_path: Path) -> None:
    # u402: "Menu: Home, Services, Projects, Contact." of a menu in that order had put the four names on the home page
    root = managed_project(tmp_path)
    _pages(root, "Services", "Projects", "Contact")
    model = ('{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Home"},{"title":"Services"},{"title":"Projects"},'
             '{"title":"Contact"}]}]}')
    result = _run(root, model, "Menu: Home, Services, Projects, Contact.")
    assert result.outcome == "unchanged", result.message
    assert result.message.startswith("Nothing changed") and "Home, Services, Projects, Contact" in result.message, result.message


def test_a_menu_order_and_please_is_the_menu_order(tmp_path: Path) -> None:
    # u397: the "Please." after it had been read as another ask, and the list of the names went on home
    root = managed_project(tmp_path)
    _pages(root, "Public Evenings", "Board", "Events")
    model = ('{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Home","text":"Public Evenings"},'
             '{"title":"Events","text":"Board"}]}]}')
    result = _run(root, model, "Menu order: Home, Public Evenings, Events, Board. Please.")
    assert result.outcome == "applied", result.message
    assert _menu(root) == ["Home", "Public Evenings", "Events", "Board"] and "Public Evenings" not in _text(root)


def test_two_links_placed_in_one_request_are_both_moved(tmp_path: Path) -> None:
    # u419: "In menu, put Prices after References, and Piano care at the end." was declined
    root = managed_project(tmp_path)
    _pages(root, "Prices", "Piano Care", "References", "Contact")
    result = _run(root, '{"ops":[{"op":"decline"}]}', "In menu, put Prices after References, and Piano care at the end.")
    assert result.outcome == "applied", result.message
    assert _menu(root) == ["Home", "References", "Prices", "Contact", "Piano Care"], _menu(root)


def test_a_menu_said_with_a_dash_as_it_is_says_nothing_changed(tmp_path: Path) -> None:
    # u401: "menu - Home, Packages, Our Band, Song List" had put the names as a text on home
    root = managed_project(tmp_path)
    _pages(root, "Packages", "Our Band", "Song List")
    result = _run(root, '{"ops":[{"op":"add_section","route":"/","kind":"text","text":"Home, Packages, Our Band, Song List"}]}',
                  "menu - Home, Packages, Our Band, Song List")
    assert result.outcome == "unchanged", result.message
    assert "Song List" not in _text(root)


def test_a_heading_made_of_the_menus_names_goes_with_the_menus_reading(tmp_path: Path) -> None:
    # u424: "Please reorder the menu so that it reads: ..." had set the home heading to the list as well as moving a link
    root = managed_project(tmp_path)
    _pages(root, "Hire Rates", "Regular Activities", "Hall Rules")
    model = '{"ops":[{"op":"set_text","route":"/","target":"title","text":"Home, Regular Activities, Hire Rates, Hall Rules."}]}'
    result = _run(root, model, "Please reorder the menu so that it reads: Home, Regular Activities, Hire Rates, Hall Rules.")
    assert result.outcome == "applied", result.message
    assert _menu(root) == ["Home", "Regular Activities", "Hire Rates", "Hall Rules"] and "Hall Rules." not in _text(root)


def test_a_menu_order_beside_an_ask_left_unread_says_which_part_was_not_done(tmp_path: Path) -> None:
    # u377: "Menu order: Home, Workshops, Products. And bigger letters please." with a plan of the names alone
    root = managed_project(tmp_path)
    _pages(root, "Products", "Workshops")
    model = '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Home"},{"title":"Workshops"},{"title":"Products"}]}]}'
    result = _run(root, model, "Menu order: Home, Workshops, Products. And bigger letters please.")
    assert result.outcome == "declined", result.message
    assert "couldn't read that as the menu's order" not in result.message and "bigger letters" in result.message, result.message
    assert _menu(root) == ["Home", "Products", "Workshops"]  # nothing written: one part done and the other left would look done


def test_a_reading_that_builds_an_entry_over_its_length_leaves_the_models_plan(monkeypatch: pytest.MonkeyPatch) -> None:
    # u425: listadd built an Entry of 83 characters ("Online tasting by Zoom for groups, I send the wines by courier in
    # Argentina USD 35 per person") outside its own check, and the session ended with "internal error"
    from pydantic import ValidationError

    from app.scaffold.plan import Entry, parse_plan
    from app.session import planfit

    def too_long(*_args: object) -> list[object]:
        Entry(title="x" * 81, text="")
        return []

    monkeypatch.setattr(planfit.ownpage, "placed", too_long)
    model = parse_plan('{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Online tasting","text":"USD 35"}]}]}')
    with pytest.raises(ValidationError):
        too_long()
    assert planfit.fitted(model, "Add one more service: Online tasting USD 35", None) == (model, False)


def test_a_menu_order_of_a_menu_with_a_page_called_menu_is_read(tmp_path: Path) -> None:
    # u427: the "Menu" of "Menu order:" was read as the link to the Menu page, and the order as typed was not read
    root = managed_project(tmp_path)
    _pages(root, "Menu", "Season Fish", "Access")
    model = ('{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Home"},{"title":"Menu"},{"title":"Season Fish"},'
             '{"title":"Access"}]}]}')
    result = _run(root, model, "Menu order: Home, Access, Menu, Season Fish.")
    assert result.outcome == "applied", result.message
    assert _menu(root) == ["Home", "Access", "Menu", "Season Fish"], _menu(root)
