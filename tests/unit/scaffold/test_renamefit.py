"""A page's rename read with the page's name as the site has it (``renamefit``)."""

from __future__ import annotations

import pytest

from app.scaffold import renamefit
from app.scaffold.site import NavLink, Page, Site


def _site(*titles: str) -> Site:
    pages = [Page(route="/", title="Home"),
             *(Page(route="/" + t.lower().replace(" ", "-"), title=t) for t in titles)]
    return Site(name="Swilly Paddle Tours", pages=pages,
                nav=[NavLink(label=p.title, href=p.route) for p in pages])


@pytest.mark.parametrize(("request_", "route", "title"), [
    ("Rename Learn to Ride to Lessons.", "/learn-to-ride", "Lessons"),
    ("Take the Wholewheat Bran off, and rename Where To Buy to Find Us.", "/where-to-buy", "Find Us"),
    ("Please rename the page Patterns and Yarn to Shop Window, it sounds nicer.", "/patterns-and-yarn", "Shop Window"),
    ("please change Book the Band to just Bookings", "/book-the-band", "Bookings"),
    ("Rename 'Swim Times' to just 'Swim Schedule', it's tidier in the menu.", "/swim-times", "Swim Schedule"),
    ("The menu still says Swim Times. Could it say Swim Schedule instead please?", "/swim-times", "Swim Schedule"),
    ("its still called price list in the menu, i want it to say Prices", "/price-list", "Prices"),
    ("The menu still says Repairs - can it say Repairs and Prices?", "/repairs", "Repairs and Prices"),
    ("the menu still says repairs, should say prices and repairs", "/repairs", "Prices and Repairs"),
    # stop 69 (u382, u392, u405): an arrow, "should be", the page before the ask, "page and menu", a name with its year
    ("Page name Price List -> Our Prices.", "/price-list", "Our Prices"),
    ("the page name 'Swim Times' should be 'Swim Schedule' now, same text inside", "/swim-times", "Swim Schedule"),
    ("The repairs page rename to Club Open 2027 can?", "/repairs", "Club Open 2027"),
    ("Rename the Repairs page and menu to Club Open 2027.", "/repairs", "Club Open 2027"),
])
def test_a_rename_names_the_whole_page(request_: str, route: str, title: str) -> None:
    site = _site("Learn to Ride", "Where To Buy", "Patterns and Yarn", "Book the Band", "Swim Times", "Price List", "Repairs")
    assert renamefit.rename(request_, site) == (route, title)


@pytest.mark.parametrize("request_", [
    "change Repairs to £40",  # a price is no page's name
    "rename Gallery to Photos",  # the site has no Gallery page
    "the menu still says Repairs, which is right",  # no new name asked for
    "On the Repairs page, change Sarah's name to Sara",  # a name on the page, not the page's
    "Repairs page: puncture -> £12",  # a price changed on it
])
def test_no_rename_is_read_where_none_is_asked(request_: str) -> None:
    assert renamefit.rename(request_, _site("Repairs")) is None
