"""A list of things with their prices, typed in a sentence (``pricelist``)."""

from __future__ import annotations

import pytest

from app.scaffold import pricelist
from app.scaffold.plan import AddItems, AddPage, AddSection
from app.scaffold.site import Item, Page, Section, Site


@pytest.mark.parametrize(("request_", "entries"), [
    # u376-u388, as typed: declined ("... would have been left out") or placed half before
    ("Now make a page Services with this: New decorative pavement - from 85€ per m2. Repair of old calçada - 40€ per m2. "
     "Visit and estimate at your house - free in Porto, 30€ outside Porto.",
     [("New decorative pavement", "from 85€ per m2"), ("Repair of old calçada", "40€ per m2"),
      ("Visit and estimate at your house", "free in Porto, 30€ outside Porto")]),
    ("Fees on Services: milonga in Montevideo USD 120, Buenos Aires USD 180 plus ferry, Weddings USD 250.",
     [("Milonga in Montevideo", "USD 120"), ("Buenos Aires", "USD 180 plus ferry"), ("Weddings", "USD 250")]),
    ("Membership fee: joining Nu. 2,000 one time, annual Nu. 1,200. Students Nu. 600 annual. Put on page Membership.",
     [("Joining", "Nu. 2,000 one time"), ("Annual", "Nu. 1,200"), ("Students", "Nu. 600 annual")]),
    ("Could you add a Services page listing the following, with prices: Back-of-book index – SEK 28 per indexable page; "
     "Translation of academic abstracts, Swedish to English – SEK 1.60 per word.",
     [("Back-of-book index", "SEK 28 per indexable page"), ("Translation of academic abstracts, Swedish to English", "SEK 1.60 per word")]),
    ("For services, please list: General translation — $0.18 per word, minimum $60. Video game localization — quote on request.",
     [("General translation", "$0.18 per word, minimum $60"), ("Video game localization", "quote on request")]),
])
def test_each_thing_and_its_price_is_an_entry_as_typed(request_: str, entries: list[tuple[str, str]]) -> None:
    found, _notes = pricelist.entries(request_)
    assert [(e.title, e.text) for e in found] == entries


@pytest.mark.parametrize("request_", [
    "Shower walls $20 now. Also add heated floors $9/sq ft extra.",  # a new price of what the site shows
    "SID replacement €35 + chip (waiting list). remove €25",
    "Right, fair enough. Next thing: prices for 2027 are going up a little. Måken 1550 NOK, Ørnen 2050 NOK. Could you change them?",
    "new service, mattress cleaning €45 single €60 double",  # one thing
    "Add a section on home 'Where to stay' - Hotel Kragujevac, about 55 EUR a night, or Apartmani Dunya near the house, 40 EUR",
])
def test_no_list_is_read_from_a_change_one_thing_or_a_sentence_of_its_own(request_: str) -> None:
    assert pricelist.entries(request_) == ([], [])


def test_the_list_goes_on_the_page_named_with_its_note_and_not_over_what_the_site_lists() -> None:
    site = Site(name="Indexing", pages=[Page(route="/", title="Home")])
    plan = pricelist.read("Could you add a Services page listing the following, with prices: Back-of-book index – SEK 28 per "
                          "page; Copy-editing – SEK 520 per hour. Please add a note underneath that all prices exclude 25% VAT.", site)
    assert plan is not None
    page, items, note = plan.ops
    assert isinstance(page, AddPage) and page.route == "/services"
    assert isinstance(items, AddItems) and items.route == "/services" and len(items.items) == 2
    assert isinstance(note, AddSection) and note.text == "All prices exclude 25% VAT."
    listed = Site(name="Indexing", pages=[Page(route="/", title="Home", sections=[
        Section(kind="list", items=[Item(title="Copy-editing", text="SEK 500 per hour")])])])
    assert pricelist.read("Services: Back-of-book index – SEK 28 per page; Copy-editing – SEK 520 per hour.", listed) is None
