"""What an edit leaves out is judged on the site as the edit leaves it: "It is now Rs. 600 per month instead
of Rs. 500" made "Rs. 500" into "Rs. 600" on a line that says "Rs. 500 per month", so "Rs. 600 per month" is
placed; and a currency typed before an amount is no name ("Monthly Rs. 2500" names no one)."""

from __future__ import annotations

from pathlib import Path

from app.engine.fake import FakeEngine
from app.session.turn import TurnRunner
from tests.unit.scaffold.helpers import managed_project

FEES = ('{"ops":[{"op":"add_page","title":"Membership","route":"/membership"},{"op":"add_items","route":"/membership",'
        '"kind":"list","items":[{"title":"Adults","text":"Rs. 500 per month"},{"title":"Juniors","text":"Rs. 300 per month"}]}]}')


def test_a_replacement_places_the_typed_price_with_its_period(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    assert TurnRunner(root, FakeEngine(FEES)).run("add a Membership page: Adults Rs. 500 per month, Juniors Rs. 300 per month").outcome == "applied"
    model = '{"ops":[{"op":"replace_text","old":"Rs. 500","new":"Rs. 600"}]}'
    result = TurnRunner(root, FakeEngine(model)).run(
        "The adult fee was revised in the last meeting. It is now Rs. 600 per month instead of Rs. 500. Juniors remain same.")
    assert result.outcome == "applied", result.message
    assert "Rs. 600 per month" in (root / "app" / "membership" / "page.tsx").read_text()


def test_a_price_the_edit_does_not_make_is_still_left_out(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    TurnRunner(root, FakeEngine(FEES)).run("add a Membership page: Adults Rs. 500 per month, Juniors Rs. 300 per month")
    model = '{"ops":[{"op":"replace_text","old":"Rs. 500","new":"Rs. 600"}]}'
    result = TurnRunner(root, FakeEngine(model)).run("Adults now Rs. 600 per month and seniors Rs. 350 per month")
    assert result.outcome == "declined"  # the site lists no seniors: the new price that names them has no place
    assert "Rs. 350" in result.message


def test_a_currency_before_an_amount_is_no_name(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Monthly","text":"Rs. 2500"},'
             '{"title":"Quarterly","text":"Rs. 6500"},{"title":"Drop-in","text":"Rs. 400"}]}]}')
    result = TurnRunner(root, FakeEngine(model)).run("Fees on the home page. Monthly Rs. 2500, Quarterly Rs. 6500, Drop-in Rs. 400")
    assert result.outcome == "applied", result.message


def test_a_date_a_replacement_makes_is_placed(tmp_path: Path) -> None:
    """"... on Sunday 28 June 2026, not the 21st": the day's number replaced makes "28 June", which had been named
    as left out, and the turn declined."""
    root = managed_project(tmp_path)
    concerts = ('{"ops":[{"op":"add_page","title":"Concerts","route":"/concerts"},{"op":"add_items","route":"/concerts",'
                '"kind":"list","items":[{"title":"Sunday 21 June 2026","text":"Summer Sing, South Park bandstand, 2pm"}]}]}')
    TurnRunner(root, FakeEngine(concerts)).run("add a Concerts page: Sunday 21 June 2026 - Summer Sing, South Park bandstand, 2pm")
    model = '{"ops":[{"op":"edit_item","item":"Summer Sing","text":"Sunday 28 June 2026","title":"21st"}]}'
    result = TurnRunner(root, FakeEngine(model)).run("I made an error: the Summer Sing is on Sunday 28 June 2026, not the 21st.")
    assert result.outcome == "applied", result.message
    page = (root / "app" / "concerts" / "page.tsx").read_text()
    assert "Sunday 28 June 2026" in page and "21 June" not in page
