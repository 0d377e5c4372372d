"""Where the site's texts hold a name a request says (``sentenceheld``)."""

from __future__ import annotations

from app.scaffold.sentenceheld import keeps_others, pages_named, plain, sentence_holding
from app.scaffold.site import Page, Section, Site


def _site() -> Site:
    home = Section(kind="text", text="Single Drover $685, Double Drover $925, Kids Swag $420. Delivery is free.")
    lend = Section(kind="text", text="We lend out wheelchairs and commodes.")
    return Site(name="Swags", pages=[Page(route="/", title="Home", sections=[home]),
                                     Page(route="/what-we-lend", title="What We Lend", sections=[lend])])


def test_the_piece_of_a_listing_sentence_that_holds_the_name() -> None:
    assert sentence_holding(_site(), "Kids Swag") == ", Kids Swag $420"
    assert sentence_holding(_site(), "it") is None


def test_the_pages_a_request_names() -> None:
    assert [p.route for p in pages_named(_site(), "remove them from the What We Lend page")] == ["/what-we-lend"]
    assert plain("'Monkey's Fist'") == "monkeys fist"


def test_what_the_request_keeps_is_not_the_removal_s() -> None:
    sentence = "Delivery in Recife, Olinda and Jaboatão for R$ 20."
    assert keeps_others(sentence, "Jaboatão", "I dont deliver to Jaboatão anymore, only Recife and Olinda")
