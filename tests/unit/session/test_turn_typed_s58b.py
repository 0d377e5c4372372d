"""Requests as the blind sets u324-u327 typed them (read after they were measured), each through the real turn loop with the plan
the model wrote."""

from __future__ import annotations

from pathlib import Path

from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import apply as _apply, items as _items, menu as _menu, page as _page, pages as _pages, \
    para as _para, run as _run


def _text(root: Path, route: str = "/") -> str:
    return _page(root, route).replace("&apos;", "'")


def test_a_menu_link_named_by_its_page_s_address(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Menu", "Gallery")
    _apply(root, [{"op": "edit_nav_link", "href": "/gallery", "label": "Our Food, Our Love"}], "call the gallery Our Food, Our Love in the menu")
    result = _run(root, '{"ops":[{"op":"decline"}]}', "Move Gallery before Menu in the top menu please")
    assert result.outcome == "applied", result.message
    labels = _menu(root)
    assert labels.index("Our Food, Our Love") < labels.index("Menu")


def test_a_venue_that_opens_with_what_it_is(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Saturday 14 August 2027 at Salón Las Palmas, 6pm.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Venue","text":"4510 Montana Ave"}]}',
                  "wait the venue changed 😭 its now at Villa Rosa Event Center, 4510 Montana Ave")
    assert result.outcome == "applied", result.message
    assert "at Villa Rosa Event Center, 4510 Montana Ave, 6pm." in _text(root) and "Palmas" not in _text(root)


def test_a_park_said_now_at(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Sunday 14 February, 11am at Lake Cunningham Park, the big pavilion.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Emma Prusch Farm Park","text":"same day"}]}',
                  "Oops park change, now at Emma Prusch Farm Park, same day")
    assert result.outcome == "applied", result.message
    assert "11am at Emma Prusch Farm Park, the big pavilion." in _text(root) and "Cunningham" not in _text(root)


def test_someone_who_cant_do_it_anymore_and_who_does_it_now(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Court")
    _para(root, "Chambelan de honor is Diego Ramos and damas are Sofi, Kayla, Aryanna, Jimena", "/court")
    result = _run(root, '{"ops":[{"op":"repair","path":"C"}]}', "Diego cant do it anymore 😤 chambelan de honor is now Mateo Salinas")
    assert result.outcome == "applied", result.message
    assert "Chambelan de honor is Mateo Salinas and damas" in _text(root, "/court") and "Diego" not in _text(root, "/court")


def test_a_name_that_goes_on_before_the_one_typed_is_not_cut(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Schedule")
    _para(root, "Saturday 7pm: dance with The Hill Country Polka Boys.", "/schedule")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"button","text":"The Hill Country Polka Boys"}]}',
                  "Change the polka band. The Hill Country Polka Boys cannot come, now it is the Pedernales Dutchmen.")
    assert "Hill Pedernales" not in _text(root, "/schedule")
    assert result.outcome == "applied" and "Pedernales Dutchmen" in _text(root, "/schedule") or result.outcome != "applied"


def test_a_removal_another_removal_of_the_plan_takes_out_with_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Products")
    _para(root, "Avocados R45 per bag of 6, Mangoes R60 per tray, and Avocado honey R85 per jar.", "/products")
    model = '{"ops":[{"op":"remove_item","item":"Honey"},{"op":"remove_item","item":"Avocado"}]}'
    result = _run(root, model, "Our honey supplier has retired, so we no longer have the Avocado honey. Please remove it from the Products page.")
    assert result.outcome == "applied", result.message
    assert "honey" not in _text(root, "/products") and "Avocados R45 per bag of 6" in _text(root, "/products")


def test_a_page_called_so_people_know(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"add_page","title":"Seasons so people know when to visit","route":"/seasons","sections":["image_text","cta"]}]}'
    result = _run(root, model, "Please add a page called Seasons so people know when to visit: Avocados March to September, Mangoes November "
                  "to February, Macadamias April to July.")
    assert result.outcome == "applied", result.message
    assert "Mangoes November to February" in _text(root, "/seasons") and "Seasons so people" not in _text(root, "/seasons")


def test_the_app_renamed_everywhere_is_the_site_s_name(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _apply(root, [{"op": "set_text", "route": "/", "target": "site_name", "text": "DabbaPlan"}], "call the site DabbaPlan")
    _para(root, "Plan your kid's lunchbox in 2 minutes with the app.")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Dabba everywhere"}]}',
                  "rename app to Dabba everywhere. DabbaPlan taken on play store 🙃")
    assert result.outcome == "applied", result.message
    assert "DabbaPlan" not in _text(root) and "with the app." in _text(root)


def test_hours_written_the_brazilian_way_are_kept_whole(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Tuesday to Saturday","text":"8h to 13h"},'
             '{"title":"Monday","text":"closed"}]}]}')
    result = _run(root, model, "The opening hours, please put in the home: Tuesday to Saturday 8h to 18h, Sunday 8h to 13h. Monday closed.")
    assert result.outcome == "applied", result.message
    assert "Tuesday to Saturday 8h to 18h" in _text(root) and "Sunday 8h to 13h" in _text(root)


def test_hours_given_by_their_label_without_a_colon(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"edit_item","item":"hours","text":"7am-6pm","title":"Sunday"}]}',
                  "hours mon-sat 7am-6pm sunday by appt only")
    assert result.outcome == "applied", result.message
    assert "mon-sat 7am-6pm sunday by appt only" in _text(root)


def test_a_quote_from_my_sister_keeps_her_name(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"add_section","route":"/","kind":"image_text","heading":"Memories","text":"\\"Every summer we slept on the '
             'verandah and Achan told us stories till the lamps went out.\\""}]}')
    result = _run(root, model, "Kindly add a section \"Memories\" on home page with this quote from my sister Leela: \"Every summer we slept "
                  "on the verandah and Achan told us stories till the lamps went out.\"")
    assert result.outcome == "applied", result.message
    assert "Leela" in _text(root) and "till the lamps went out" in _text(root)


def test_a_removal_for_now(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("Felt fedora 'Spaarne'", "€185"), ("Straw boater 'Zandvoort'", "€155")])
    result = _run(root, '{"ops":[{"op":"decline"}]}', "Remove the felt fedora for now, the summer is coming, I will put it back in October.")
    assert result.outcome == "applied", result.message
    assert "Spaarne" not in _text(root) and "€185" not in _text(root) and "Zandvoort" in _text(root)
