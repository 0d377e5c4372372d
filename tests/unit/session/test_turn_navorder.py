"""A link's place in the navigation, read from the request (``navorder``) and written in the code."""

from __future__ import annotations

from pathlib import Path

from tests.unit.scaffold.helpers import managed_project, snapshot
from tests.unit.session.typed import menu as _menu, run as _run


def _site_with(tmp_path: Path, *titles: str) -> Path:
    root = managed_project(tmp_path)
    for title in titles:
        result = _run(root, f'{{"ops":[{{"op":"add_page","title":"{title}","route":"/{title.lower()}"}}]}}',
                      f"add a {title} page")
        assert result.outcome == "applied", result.message
    return root


def test_a_link_the_menu_has_is_moved_where_the_request_says(tmp_path: Path) -> None:
    root = _site_with(tmp_path, "Events", "Records", "Contact")
    assert _menu(root) == ["Home", "Events", "Records", "Contact"]
    # the model read it as a link to add, which the menu has: "Nothing changed" would be untrue to the ask
    result = _run(root, '{"ops":[{"op":"add_nav_link","label":"Records","href":"/records"}]}',
                  "Put Records before Events in the menu please")
    assert result.outcome == "applied", result.message
    assert _menu(root) == ["Home", "Records", "Events", "Contact"]
    assert any("Moved \u201cRecords\u201d (/records) before \u201cEvents\u201d" in s for s in result.summary)
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Kit"}]}', "move the Events link to the end of the menu")
    assert result.outcome == "applied" and _menu(root) == ["Home", "Records", "Contact", "Events"]
    # where it is now, said as a complaint: it goes on the other side
    result = _run(root, '{"ops":[{"op":"decline"}]}', "Contact is still before Events in the nav, can you swap them?")
    assert result.outcome == "applied" and _menu(root) == ["Home", "Records", "Events", "Contact"]


def test_a_link_already_in_its_place_changes_nothing_and_says_so(tmp_path: Path) -> None:
    root = _site_with(tmp_path, "Events", "Records")
    before = snapshot(root)
    result = _run(root, '{"ops":[{"op":"add_nav_link","label":"Records","href":"/records"}]}',
                  "put Records after Events in the menu")
    assert result.outcome == "unchanged" and snapshot(root) == before
    assert "already at the end of the navigation" in result.message
    assert "which reads Home, Events, Records." in result.message, "the whole order: one typed in full is seen to be as asked"


def test_a_new_link_goes_in_the_place_the_request_names(tmp_path: Path) -> None:
    root = _site_with(tmp_path, "Services", "Contact")
    assert _run(root, '{"ops":[{"op":"add_page","title":"Rentals","route":"/rentals"}]}', "add a Rentals page").applied
    # a link the plan adds to a page the menu lacks: taken out of the menu first, to be added back
    _run(root, '{"ops":[{"op":"add_nav_link","label":"x","href":"/x"}]}', "take Rentals off the menu")
    assert _menu(root) == ["Home", "Services", "Contact"]
    result = _run(root, '{"ops":[{"op":"add_nav_link","label":"Rentals","href":"/rentals"}]}',
                  "Rentals isn't in the menu at the top yet - add it after Services please.")
    assert result.outcome == "applied", result.message
    assert _menu(root) == ["Home", "Services", "Rentals", "Contact"]


def test_a_place_word_in_content_is_not_a_place_in_the_menu(tmp_path: Path) -> None:
    root = _site_with(tmp_path, "Prices")
    result = _run(root, '{"ops":[{"op":"add_items","route":"/prices","kind":"list","items":[{"title":"Late fee",'
                        '"text":"£5 after 6pm"}]}]}', "Prices page: Late fee £5 after 6pm")
    assert result.outcome == "applied" and _menu(root) == ["Home", "Prices"]
