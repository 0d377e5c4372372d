"""Words the site shows said to be wrong, replaced by the right ones typed."""

from __future__ import annotations

import pytest

from app.scaffold import wordfix
from app.scaffold.site import Item, Page, Section, initial_site


def _site(text: str, *items: Item):  # type: ignore[no-untyped-def]
    site = initial_site("Demir Usta")
    site.pages.append(Page(route="/work", title="Work", sections=[Section(kind="text", text=text),
                                                                  Section(kind="list", items=list(items))]))
    return site


@pytest.mark.parametrize(("request_", "text", "old", "new"), [
    ("change word balkon to balcony everywhere", "Gates, balkon rails and stairs.", "balkon", "balcony"),
    ("sory balkon i write wrong. correct is balcony. fix all pages", "Gates, balkon rails and stairs.", "balkon", "balcony"),
    ("Four God Soup is wrong, change to Four Herb Soup", "Soups: Four God Soup, Pork Rib Soup.", "Four God Soup", "Four Herb Soup"),
    ("the municipality says the 14K can't use Escalera Cienfuegos, it's under repair. change to Escalera Fischer",
     "The 14K climbs Escalera Cienfuegos twice.", "Escalera Cienfuegos", "Escalera Fischer"),
    ("i spelled Dooley Motors wrong on the sponsors, fix pls", "Sponsors: Dooley Motrs, Kilcormac Mart.", "Dooley Motrs", "Dooley Motors"),
])
def test_the_wrong_words_shown_are_replaced_by_the_right_ones(request_: str, text: str, old: str, new: str) -> None:
    op = wordfix.read(request_, _site(text))
    assert op is not None and (op.old, op.new) == (old, new)


@pytest.mark.parametrize(("request_", "text"), [
    # the right words hold the ones the request shares with the site: a name given, not a word replaced
    ("I spelled the hotel wrong, it should be the Felbridge Hotel, with a d.", "Rooms at the Felbrige Hotel."),
    ("sunday hours change to 10am-5pm, other days still 9:30am-7pm", "Open 7 days 9:30am-7pm."),  # hours are no words
    ("change to Four Herb Soup", "Soups: Four God Soup, Four Spice Soup."),  # no other words typed name the wrong ones
    ("change the title to Our Story", "Our work since 1998."),  # nothing shown is like the right words but not all
])
def test_nothing_is_read_unless_one_shown_run_is_like_the_right_words(request_: str, text: str) -> None:
    assert wordfix.read(request_, _site(text)) is None
