"""Requests of the user sets u437-u439 (read after they were measured at stop 72) that the turn loop read wrongly: a new
page's text read as a place moved, "page name X change to Y", a page named "Our X" beside one named "X", a page "of"
something, and two requests for what the site would do (a quote worked out for a visitor, paying through a service on the
site) that had applied an edit."""

from __future__ import annotations

from pathlib import Path

from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import apply as _apply, items as _items, pages as _pages, run as _run, shown as _text


def test_a_new_about_page_s_text_is_not_read_as_a_place_moved(tmp_path: Path) -> None:
    # u438: "... moved to Tucson 2011 ..." had replaced the owner's name on home with "Tucson 2011", shown as done
    root = managed_project(tmp_path)
    _apply(root, [{"op": "describe_site", "name": "Sonoran Kiln Doctor", "about": "Wes Hoffstetter, kiln repair in Tucson."}],
           "Site for Sonoran Kiln Doctor, Wes Hoffstetter, kiln repair in Tucson")
    result = _run(root, '{"ops":[{"op":"add_page","title":"About Me","route":"/about-me","sections":["text"]}]}',
                  "add a page about me. Wes Hoffstetter. started at a ceramics supply shop in Phoenix in 2003 fixing kilns in the "
                  "back room. moved to Tucson 2011 and went out on my own.")
    assert result.outcome == "applied", result.message
    assert "Wes Hoffstetter" in _text(root)
    assert "moved to Tucson 2011" in _text(root, "/about-me")


def test_page_name_x_change_to_y_renames_the_page(tmp_path: Path) -> None:
    # u438: declined as a new name for the site
    root = managed_project(tmp_path)
    _pages(root, "Boards")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Boards change to The Quiver"}]}',
                  "page name Boards change to The Quiver")
    assert result.outcome == "applied", result.message
    assert (root / "app" / "the-quiver").exists() and not (root / "app" / "boards").exists()


def test_our_x_is_renamed_where_the_site_also_has_x(tmp_path: Path) -> None:
    # u437: a page "Instructors" made by a misread turn had been renamed in place of "Our Instructors"
    root = managed_project(tmp_path)
    _pages(root, "Our Instructors", "Instructors")
    result = _run(root, '{"ops":[{"op":"rename_page","route":"/our-instructors","new_route":"/team","title":"Our Team"}]}',
                  "Rename Our Instructors page to Our Team")
    assert result.outcome == "applied", result.message
    assert (root / "app" / "our-team").exists() and (root / "app" / "instructors").exists()
    assert not (root / "app" / "our-instructors").exists()


def test_a_page_of_a_name_is_that_name_s_page(tmp_path: Path) -> None:
    # u439: "Page of Hammocks with prices in pesos: ..." had made /of-hammocks
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Hammocks","text":"$1,200 MXN"}]}]}',
                  "Page of Hammocks with prices in pesos: Individual cotton hammock - $1,200 MXN; Kids hammock - $550 MXN")
    assert result.outcome == "applied", result.message
    assert "Kids hammock" in _text(root, "/hammocks")
    assert not (root / "app" / "of-hammocks").exists()


def test_what_the_site_would_work_out_or_take_is_declined(tmp_path: Path) -> None:
    # u439: each had applied an edit (team entries "Swish", "Donate") or said "I can't find Ppl"
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("House wash", "from $199")])
    for prompt, model in (
            ("can ppl get a instant quote by typing there address and it measures the house from google maps",
             '{"ops":[{"op":"edit_item","item":"Ppl","text":"it measures the house","title":"Google Maps"}]}'),
            ("Can people donate money with Swish directly on the site, with a button that opens Swish and registers the donation?",
             '{"ops":[{"op":"add_items","route":"/","kind":"team","items":[{"title":"Swish","text":"with a button"}]}]}')):
        result = _run(root, model, prompt)
        assert result.outcome == "declined", (prompt, result.message)


def test_hours_typed_with_the_old_ones_are_replaced_where_the_site_shows_them(tmp_path: Path) -> None:
    # u439: "Saturday hours: 9-14 (not 9-13)" had edited the hours entry and left "Saturday 9-13" in the home page's text
    root = managed_project(tmp_path)
    _items(root, "/", "contact", [("Hours", "Monday-Friday 10-19"), ("Phone", "0744 318 905")])
    _items(root, "/", "list", [("Saturday", "9-13"), ("Foot reflexology 60 min", "150 lei")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Saturday","text":"9-14"}]}', "Saturday hours: 9-14 (not 9-13).")
    assert result.outcome == "applied", result.message
    assert "9-13" not in _text(root) and "9-14" in _text(root)
