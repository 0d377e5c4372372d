"""Requests of the blind sets u376-u388 that the turn loop read wrongly before stop 66, through ``TurnRunner`` with the
model's plan as recorded."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import items as _items, menu as _menu, pages as _pages, run as _run, shown as _text


@pytest.mark.parametrize(("prompt", "model", "size"), [
    # u386: the move and the font; u377: the move and the text's size (both declined whole before)
    ("Can you move Accommodation before Courses in the menu? And change the font to something a bit more friendly and "
     "rounded.", '{"ops":[{"op":"edit_item","item":"Accommodation before Courses","text":"and","title":"Menu"}]}', False),
    ("Put the Accommodation page before Courses in the menu, and make the font a bit bigger, it is hard to read for older "
     "people", '{"ops":[{"op":"set_theme","font":"rounded"}]}', True),
])
def test_a_move_in_the_menu_beside_a_font_or_the_text_s_size(tmp_path: Path, prompt: str, model: str, size: bool) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Courses", "Accommodation")
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    assert _menu(root).index("Accommodation") < _menu(root).index("Courses")
    theme = (root / "app" / "theme.css").read_text()
    assert ("rounded" not in theme) == size


def test_a_new_page_asked_for_with_please_before_its_colon_is_named_after_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    # u386, as recorded: the page had been called "Please"
    result = _run(root, '{"ops":[{"op":"add_page","title":"Accommodation","route":"/accommodation"}]}',
                  "New page please: Accommodation. We can arrange a room with a local family from €22 a night including "
                  "breakfast, or a shared student flat from €380 a month.")
    assert result.outcome == "applied", result.message
    assert "€380 a month" in _text(root, "/accommodation") and not (root / "app" / "please").exists()


def test_who_goes_typed_in_lower_case_or_by_title_and_surname_is_replaced(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "team", [("Onalenna Ramotswa", "Treasurer"), ("Keabetswe Modise", "Chairperson")])
    _items(root, "/", "list", [("Uncle Ray", "carne asada"), ("Aunt Lupe", "tamales")])
    # u388, as recorded: the model's edits of "Mr Ramotswa" and of nobody
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Mr Ramotswa","text":"transferred"}]}',
                  "Mr Ramotswa has been transferred to Palapye, so Ms Lorato Dintwe is now our Treasurer. Please update the committee page.")
    assert result.outcome == "applied", result.message
    result = _run(root, '{"ops":[{"op":"replace_text","old":", Uncle Ray - carne asada","new":""}]}',
                  "uncle ray can't come anymore (his knee) so cousin Marco is doing the carne asada instead")
    assert result.outcome == "applied", result.message
    page = _text(root, "/")
    assert "Lorato Dintwe" in page and "Ramotswa" not in page and "Marco" in page and "Uncle Ray" not in page


def test_a_priced_list_the_model_declined_is_put_on_the_page_named(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    # u376, as recorded: the model's page and a theme no one asked for, declined
    result = _run(root, '{"ops":[{"op":"add_page","title":"Services","route":"/services"},{"op":"set_theme","primary":"teal",'
                        '"background":"white","foreground":"red","font":"rounded"}]}',
                  "make a page Services with prices aprox: porcelanato instalation $280 MXN per m2, talavera backsplash $450 MXN "
                  "per m2, pool tile from $600 MXN per m2, remove old floor $90 MXN per m2")
    assert result.outcome == "applied", result.message
    page = _text(root, "/services")
    assert all(p in page for p in ('"Talavera backsplash"', '"$450 MXN per m2"', '"Remove old floor"', '"$90 MXN per m2"'))


@pytest.mark.parametrize(("typed", "price"), [("Students Nu. 600 annual", "Nu. 600"), ("Copy-editing SEK 520 per hour", "SEK 520"),
                                             ("Small coin purse MK 5,500", "MK 5,500"), ("10 km 2500 som", "2500 som")])
def test_prices_in_ngultrum_kronor_kwacha_and_som_are_prices(typed: str, price: str) -> None:
    from app.scaffold.pricetyped import PRICE
    found = PRICE.search(typed)
    assert found is not None and found.group(0) == price



@pytest.mark.parametrize(("prompt", "model"), [
    # u389 (read after it was measured): both were applied as an edit and shown as done
    ("Can you show the current coffee prices from the world market on the home page, updating daily?",
     '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Daily","text":"Daily"}]}]}'),
    ("Is it possible to have a comments section where the cousins can leave notes and ask questions under each recipe?",
     '{"ops":[{"op":"add_section","route":"/","kind":"image_text","heading":"Notes and ask questions under each recipe"}]}'),
])
def test_a_live_price_feed_or_a_comments_section_is_declined(tmp_path: Path, prompt: str, model: str) -> None:
    root = managed_project(tmp_path)
    before = (root / "app" / "page.tsx").read_text()
    result = _run(root, model, prompt)
    assert result.outcome == "declined" and "can't" in result.message, result.message
    assert (root / "app" / "page.tsx").read_text() == before


def test_a_page_name_typed_with_two_letters_swapped_is_the_page_meant(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    # u387, as recorded
    result = _run(root, '{"ops":[{"op":"add_page","title":"Servcies","route":"/services","sections":["text"]}]}',
                  "add servcies page. heat pump install from $2,890 incl gst. switchboard upgrade from $1,650. ev charger install "
                  "from $1,400. callout fee $95 first half hour")
    assert result.outcome == "applied", result.message
    assert "$1,650" in _text(root, "/services") and not (root / "app" / "servcies").exists()
