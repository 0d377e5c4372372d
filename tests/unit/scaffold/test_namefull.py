"""A person's name given whole, of the shorter name the site shows (``namefull``)."""

from __future__ import annotations

from app.scaffold.namefull import full_name
from app.scaffold.site import Item, Page, Section, Site


def _site(*names: str) -> Site:
    team = Section(kind="team", items=[Item(title=n, text="Committee") for n in names])
    return Site(name="False Bay Barracudas", pages=[Page(route="/committee", title="Committee", sections=[team])])


def test_the_shorter_name_shown_is_made_whole() -> None:
    edit = full_name("The treasurer's name is spelt Farieda Jacobs-Salie, can you fix that on committee page.",
                     _site("Johan Pretorius", "Farieda Jacobs"))
    assert edit is not None and (edit.old, edit.new) == ("Farieda Jacobs", "Farieda Jacobs-Salie")


def test_nothing_is_read_for_a_first_name_a_name_shown_whole_or_a_swap() -> None:
    assert full_name("Her full name is Ana Kupu.", _site("Ana", "Sela Fifita")) is None
    assert full_name("The name is spelt Farieda Jacobs-Salie.", _site("Farieda Jacobs-Salie")) is None
    assert full_name("Mele Kupu has moved, please take her off. Her full name is Sela Fifita Kupu.", _site("Sela Fifita")) is None
    assert full_name("Change the name to Farieda Jacobs-Salie", None) is None


def test_the_site_s_own_name_is_left_to_its_readers() -> None:
    assert full_name("Full name please, it's False Bay Barracudas Underwater Hockey Club", _site("Johan Pretorius")) is None
