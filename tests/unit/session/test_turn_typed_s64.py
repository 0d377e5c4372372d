"""Requests as the blind sets u369-u372 typed them (read after they were measured), each through the real turn loop with the
plan the model wrote."""

from __future__ import annotations

from pathlib import Path

from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import pages as _pages, para as _para, run as _run, shown as _text


def _footer(root: Path) -> str:
    return (root / "app" / "layout.tsx").read_text(encoding="utf-8")


def test_an_address_labelled_with_no_digit_goes_in_the_footer_not_a_page(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Ashaiman Main Station","text":'
                        '"behind Total filling station"}]}]}',
                  "address: Ashaiman Main Station, behind Total filling station. put it in the bottom of every page")
    assert result.outcome == "applied", result.message
    assert "Ashaiman Main Station, behind Total filling station" in _footer(root)
    assert not (root / "app" / "bottom-of-every").exists()


def test_all_pages_below_is_the_footer_with_the_address_and_the_phone(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"#214","text":"4th Cross"},'
                        '{"title":"570009","text":"Mysuru 570009"},{"title":"98450 12376","text":"All"}]}]}',
                  "address: #214, 4th Cross, Saraswathipuram, Mysuru 570009. phone 98450 12376. put in all pages below")
    assert result.outcome == "applied", result.message
    footer = _footer(root)
    assert "Saraswathipuram, Mysuru 570009" in footer and "98450 12376" in footer
    assert "4th Cross" not in _text(root)


def test_a_labelled_list_named_again_where_it_goes_is_the_footer(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Registration Info")
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"team","items":[{"title":"Stadtwerke Bonn","text":"Bäckerei '
                        'Kessler"},{"title":"Sporthaus Rhein","text":"Show all sponsors"}]}]}',
                  "Sponsors: Stadtwerke Bonn, Bäckerei Kessler, Sporthaus Rhein. Please show all sponsors at the bottom of every page.")
    assert result.outcome == "applied", result.message
    assert "Sponsors: Stadtwerke Bonn, Bäckerei Kessler, Sporthaus Rhein" in _footer(root)


def test_a_list_sentence_before_a_clause_that_names_something_else_is_no_footer(tmp_path: Path) -> None:
    from app.scaffold.chromefit import footer_text

    assert footer_text("Sponsors: Stadtwerke Bonn, Bäckerei Kessler. Please show our phone at the bottom of every page.") \
        != "Sponsors: Stadtwerke Bonn, Bäckerei Kessler"


def test_a_correction_typed_wrong_words_first_replaces_them(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "11h opening by the director, 12h barbecue, 14h show of the 3rd and 4th classes, 15h30 tombola.")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"title","text":"14h, it is 14h30 because the lunch is long"}]}',
                  "Change: the show is not 14h, it is 14h30 because the lunch is long every year")
    assert result.outcome == "applied", result.message
    shown = _text(root)
    assert "14h30 show of the 3rd" in shown and "because the lunch" not in shown


def test_wrong_words_first_are_said_right_words_first() -> None:
    from app.scaffold.notfix import wrong_first

    assert wrong_first("it isn't Tuesday, it's Wednesday") == "it is Wednesday, not Tuesday."
    assert wrong_first("we are open till 5, not 6") == "we are open till 5, not 6"
