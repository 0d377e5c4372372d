"""Requests of the user sets u419-u430 that the turn loop read wrongly before stop 71, through ``TurnRunner`` with the
model's plan as recorded: a new page's name typed first or before what its content says, a page's name taken for the
site's, and one of two names joined by "and" taken off."""

from __future__ import annotations

import re
from pathlib import Path

from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import apply as _apply, items as _items, pages as _pages, para as _para, run as _run, shown as _text


def _site_name(root: Path) -> str:
    found = re.search(r'name: "([^"]+)"', (root / "lib" / "site.ts").read_text())
    assert found is not None
    return found.group(1)


def test_a_request_that_opens_with_page_and_a_name_makes_that_page(tmp_path: Path) -> None:
    # u419: the model put the tournaments on home; every later step on /tournaments failed
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"12/04","text":"Torneo '
                  'Interescolar Zona Oeste"},{"title":"21/06","text":"Regional Santa Fe Sub-14"}]}]}',
                  "Page Tournaments, list: 12/04 Torneo Interescolar Zona Oeste / 21/06 Regional Santa Fe Sub-14")
    assert result.outcome == "applied", result.message
    assert "Regional Santa Fe Sub-14" in _text(root, "/tournaments")
    assert "Regional Santa Fe" not in _text(root)


def test_what_the_words_before_the_colon_say_of_the_content_is_not_the_page_s_name(tmp_path: Path) -> None:
    # u421: the page had been /join-us-explaining
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_page","title":"Join Us explaining","route":"/join-us-explaining"},{"op":"add_section",'
                  '"route":"/join-us-explaining","kind":"text","text":"Any student from JSS3 to SS3 can join."}]}',
                  "Add a page Join Us explaining: Any student from JSS3 to SS3 can join.")
    assert result.outcome == "applied", result.message
    assert "JSS3 to SS3" in _text(root, "/join-us")
    assert not (root / "app" / "join-us-explaining").exists()


def test_a_page_called_a_name_after_what_it_is_for_leaves_the_site_s_name(tmp_path: Path) -> None:
    # u428: "Page for pictures called Gallery" had renamed the site "Gallery"
    root = managed_project(tmp_path)
    _apply(root, [{"op": "describe_site", "name": "Höyrykärry Sauna Trailer"}], "Site for Höyrykärry Sauna Trailer, Oulu")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Gallery"},{"op":"add_page","title":'
                  '"Gallery","route":"/gallery"},{"op":"add_items","route":"/gallery","kind":"image_text","items":[{"title":'
                  '"Sauna at Hietasaari beach"},{"title":"Midsummer party in Haukipudas"}]}]}',
                  "Page for pictures called Gallery. Put 2 boxes with text: Sauna at Hietasaari beach. Midsummer party in Haukipudas.")
    assert result.outcome == "applied", result.message
    assert _site_name(root) == "Höyrykärry Sauna Trailer"
    assert "Midsummer party in Haukipudas" in _text(root, "/gallery")


def test_one_of_two_names_joined_by_and_is_taken_off_alone(tmp_path: Path) -> None:
    # u430: the whole sentence went, and Público with it
    root = managed_project(tmp_path)
    _para(root, "Books for children. And editorial work for Público and Visão magazine.")
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Visão"}]}',
                  "Please remove Visão from the editorial list, that was only one small job.")
    assert result.outcome == "applied", result.message
    assert "editorial work for Público" in _text(root) and "Visão" not in _text(root)


def test_the_pages_a_removal_is_taken_from_are_no_entries_to_take_off(tmp_path: Path) -> None:
    # u433: "from services and rates" took off the Rates page's line "Rates are before taxes"
    root = managed_project(tmp_path)
    _pages(root, "Services", "Rates")
    _para(root, "Medical appointments. Legal and court settings. School meetings.", "/services")
    _items(root, "/rates", "list", [("Standard rate", "75 $/hour"), ("Court and legal", "95 $/hour")])
    _para(root, "Rates are before taxes (GST/QST)", "/rates")
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Legal and court settings"},{"op":"remove_item","item":"Rates"},'
                  '{"op":"remove_item","item":"Services"}]}',
                  "Remove Legal and court settings from services and rates, I've stopped doing court work.")
    assert result.outcome == "applied", result.message
    assert "Legal and court" not in _text(root, "/services")
    assert "Rates are before taxes" in _text(root, "/rates")
