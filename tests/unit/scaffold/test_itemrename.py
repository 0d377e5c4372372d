"""A rename of something the site shows that is no page (``itemrename``)."""

from __future__ import annotations

import pytest

from app.scaffold import itemrename
from app.scaffold.plan import ReplaceText
from app.scaffold.site import Item, Page, Section, Site


def _site() -> Site:
    rooms = Section(kind="list", items=[Item(title="Koala Kidnap", text="easy, kids 8+"), Item(title="Birch Sap Drink", text="€3.00")])
    text = Section(kind="text", text="Starter S$49/mo, Clinic S$129/mo. Works with any clinic. Mmabatho Ball Gown R2400.")
    return Site(name="Club", pages=[Page(route="/", title="Home", sections=[rooms, text]), Page(route="/rooms", title="Rooms")])


@pytest.mark.parametrize(("request_text", "old", "new"), [
    ("rename Koala Kidnap to 'Koala Caper', parents didn't love kidnap lol", "Koala Kidnap", "Koala Caper"),
    ("Birch Sap Drink rename to Birch Sap (Bērzu sula) pls", "Birch Sap Drink", "Birch Sap (Bērzu sula)"),
    ("rename the Clinic plan to Practice", "Clinic", "Practice"),
    ("the ball gown name is wrong, it's Mmabatho Evening Gown", "Mmabatho Ball Gown", "Mmabatho Evening Gown"),
    ("change the name of 'Koala Kidnap' to 'Koala Caper'", "Koala Kidnap", "Koala Caper"),
])
def test_the_name_shown_is_replaced_by_the_one_typed(request_text: str, old: str, new: str) -> None:
    assert itemrename.read(request_text, _site()) == ReplaceText(op="replace_text", old=old, new=new)


@pytest.mark.parametrize("request_text", [
    "rename Rooms to Escape Rooms",  # a page's name: a page rename
    "rename Dolphin Watch to Whale Watch",  # nothing the site shows
    "rename the site to Quokka Quest",  # the site's name is not shown as a thing
])
def test_what_is_no_rename_of_a_thing_shown(request_text: str) -> None:
    assert itemrename.read(request_text, _site()) is None
