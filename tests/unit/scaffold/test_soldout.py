"""A price replaced by words the request types (``soldout``)."""

from __future__ import annotations

import pytest

from app.scaffold import soldout
from app.scaffold.plan import EditItem, Plan
from app.scaffold.site import Item, Page, Section, Site


def _site() -> Site:
    return Site(name="Lena Vogt", pages=[Page(route="/shop", title="Shop", sections=[Section(kind="list", items=[
        Item(title="Breakfast bowl, speckled white", text="38 €"), Item(title="Mug 'Kiez', matte blue", text="32 €")])])])


@pytest.mark.parametrize("request_text", [
    "the mug is sold out, please write 'sold out' next to it instead of the price",
    "on Shop page for Mug Kiez remove the price 32 € and write sold out instead",
])
def test_the_named_item_shows_the_words_in_place_of_its_price(request_text: str) -> None:
    assert soldout.read(request_text, _site()) == Plan(ops=[EditItem(op="edit_item", item="Mug 'Kiez', matte blue",
                                                                     text="sold out")])


@pytest.mark.parametrize("request_text", [
    "the plate is sold out, please write 'sold out' next to it instead of the price",  # no plate listed
    "the mug is sold out",  # no words said for its price
])
def test_no_edit_without_one_item_and_the_words_for_it(request_text: str) -> None:
    assert soldout.read(request_text, _site()) is None
