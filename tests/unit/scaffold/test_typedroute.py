"""A new page at the address the request types for it (``app/scaffold/typedroute.py``)."""

from __future__ import annotations

from app.scaffold.plan import AddPage, AddSection, SetText
from app.scaffold.typedroute import kept


def test_the_page_and_what_goes_on_it_move_to_the_typed_path() -> None:
    ops = [AddPage(op="add_page", title="Devenir bénévole", route="/devenir-benevole"),
           AddSection(op="add_section", route="/devenir-benevole", kind="text", text="No diploma needed.")]
    moved = kept(ops, "a page 'Devenir bénévole' at the address /benevoles: no diploma needed.", None)
    assert [op.route for op in moved] == ["/benevoles", "/benevoles"]


def test_a_page_without_a_route_moves_from_its_titles_address() -> None:
    ops = [AddPage(op="add_page", title="Join Us"), AddSection(op="add_section", route="/join-us", kind="text", text="Hi.")]
    assert [op.route for op in kept(ops, "add a page Join Us at /join", None)] == ["/join", "/join"]


def test_a_path_said_as_a_links_target_or_two_paths_move_nothing() -> None:
    ops = [AddPage(op="add_page", title="Visit", route="/visit"),
           SetText(op="set_text", route="/", target="button", text="Book now")]
    assert kept(ops, "add a Visit page and a button Book now that goes to /book", None) == ops
    assert kept(ops, "add a Visit page at /visit-us, and /tickets later", None) == ops
    assert kept(ops, "add a Visit page", None) == ops
