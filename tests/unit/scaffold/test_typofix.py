"""The words a line should say, quoted, without the words they replace (``typofix``)."""

from __future__ import annotations

from app.scaffold.plan import ReplaceText
from app.scaffold.site import Item, Page, Section, Site
from app.scaffold.typofix import should_say


def _site() -> Site:
    about = "I studied at the Conservatoire de musique de Montréal and I teach since 2012. I speak French and English."
    return Site(name="Piano avec Sophie", pages=[
        Page(route="/", title="Home", sections=[Section(kind="text", text="I teach kids and adults since 2012.")]),
        Page(route="/about-me", title="About Me", sections=[Section(kind="text", text=about)]),
        Page(route="/lessons", title="Lessons", sections=[Section(kind="list", items=[Item(title="30 min", text="40$")])])])


def test_the_run_most_like_the_quote_on_the_page_named() -> None:
    assert should_say("Oups, typo on About Me, it should say 'I have been teaching since 2012'", _site()) == \
        ReplaceText(op="replace_text", old="I teach since 2012", new="I have been teaching since 2012")


def test_no_reading_where_no_run_is_like_it_or_a_part_is_named() -> None:
    assert should_say("it should say 'We are closed on Mondays'", _site()) is None  # nothing like it shown
    assert should_say("the heading should say 'I teach since 2013'", _site()) is None  # the heading's own edit
    # two runs alike, on two pages, and no page named: none
    assert should_say("it should say 'I have been teaching since 2012'", _site()) is None


def test_a_quote_that_changes_the_line_s_last_word() -> None:
    """"it must be 'Food for everyone in our Kiez', not neighbourhood": the run but for its last word."""
    site = Site(name="Brotkorb", pages=[Page(route="/", title="Home", sections=[
        Section(kind="hero", heading="Brotkorb", text="Food for everyone in our neighbourhood")])])
    assert should_say("Small correction: it must be 'Food for everyone in our Kiez', not neighbourhood. People here say Kiez.",
                      site) == ReplaceText(op="replace_text", old="Food for everyone in our neighbourhood",
                                           new="Food for everyone in our Kiez")
