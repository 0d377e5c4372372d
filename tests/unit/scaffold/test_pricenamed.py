"""New prices for several things the site prices, each matched to the one price its words name."""

from __future__ import annotations

import pytest

from app.scaffold import pricenamed
from app.scaffold.site import Item, Page, Section, initial_site


def _site(*sections: Section):  # type: ignore[no-untyped-def]
    site = initial_site("Woo Pours")
    site.pages.append(Page(route="/prices", title="Prices", sections=list(sections)))
    return site


_PACKAGES = Section(kind="text", text="Classic - 4 cocktails menu, up to 30 guests, 3 hours, ₩650,000. Signature - 6 cocktails "
                                      "incl. 1 custom drink named after you, up to 60 guests, 4 hours, ₩1,200,000. Mocktail Only - "
                                      "5 alcohol-free drinks, ₩480,000.")
_SOCKS = Section(kind="list", items=[Item(title="Yak wool socks", text="900 som"), Item(title="Long socks (knee)", text="1300 som"),
                                     Item(title="Mittens", text="1100 som")])
_FIXES = Section(kind="list", items=[Item(title="Brake adjust", text="$7.500"), Item(title="Wheel truing", text="$9.000")])


def _pairs(request: str, *sections: Section) -> list[tuple[str, str]]:
    return [(op.old, op.new) for op in pricenamed.read(request, _site(*sections))]


def test_each_new_price_replaces_the_one_its_name_is_written_before() -> None:
    # "incl." is no end of what names the second price
    assert sorted(_pairs("Prices up from January: Classic ₩700,000, Signature ₩1,300,000. Mocktail stays the same", _PACKAGES)) \
        == [("₩1,200,000", "₩1,300,000"), ("₩650,000", "₩700,000")]


def test_the_most_specific_name_takes_its_price_first() -> None:
    assert sorted(_pairs("Wool is more expensive now. Socks now 1000 som and long socks 1450 som", _SOCKS)) \
        == [("1300 som", "1450 som"), ("900 som", "1000 som")]


def test_a_name_given_as_the_heading_names_the_first_price() -> None:
    rooms = Section(kind="text", heading="Il Fienile", text="2 people, terrace, €110 per night. La Stalla: 4 people, €150 per night.")
    assert sorted(_pairs("Prices change from next year: Il Fienile becomes €120 and La Stalla €165. The others stay the same.",
                         rooms)) == [("€110", "€120"), ("€150", "€165")]


def test_a_price_written_by_another_replacement_is_not_replaced_again() -> None:
    assert _pairs("prices up: Brake adjust $9.000, Wheel truing $11.000", _FIXES) == [("$9.000", "$11.000"), ("$7.500", "$9.000")]


@pytest.mark.parametrize("request_", [
    "Socks 1000 som and gloves 1450 som now",  # gloves are priced nowhere
    "Socks 1000 som, long socks 1450 som",  # nothing says they change: two new things may be typed so
    "Long socks now 1450 som",  # one price is pricefit's
    "Socks now 1000 € and long socks 1450 €",  # not the site's currency
    "Socks and long socks now 1000 som, mittens 1200 som",  # a name whose price is said with another's
])
def test_nothing_is_read_unless_every_new_price_finds_its_own_old_one(request_: str) -> None:
    assert _pairs(request_, _SOCKS) == []
