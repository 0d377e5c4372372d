"""A correction typed as the right words, then the wrong ones after "not" (``notfix``)."""

from __future__ import annotations

import pytest

from app.scaffold.notfix import correction
from app.scaffold.plan import ReplaceText
from app.scaffold.site import Item, Page, Section, Site


def _site() -> Site:
    return Site(name="Lucia & Tom", pages=[
        Page(route="/", title="Home", sections=[Section(kind="hero", heading="Byte Size Coders", text="Coding club for ages 8-12")]),
        Page(route="/details", title="Details", sections=[Section(kind="list", items=[
            Item(title="Ceremony at 17:00 at Finca El Olivar, Carretera de Ronda km 4")])]),
        Page(route="/works", title="Works", sections=[Section(kind="list", items=[
            Item(title="Little Fox Postcards", text="self-published, 2023"), Item(title="Moon Tea", text="2021")])]),
        Page(route="/about", title="About", sections=[Section(kind="text", text=(
            "Opened on 2 July 1934. Our wedding is 14 June 2027. Big Stu from Haslingden. We are on Brunswick St."))])])


@pytest.mark.parametrize(("request_text", "old", "new"), [
    ("And a tiny typo on Details: it should be Carretera de Ronda km 4.5, not km 4. Thank you so much!", "km 4", "km 4.5"),
    ("Sorry, 'Little Fox Postcards' was 2022, not 2023. Please fix.", "2023", "2022"),
    ("fix the home line its 'ages 8 to 12' not 'ages 8-12'. and brighter colors pls", "ages 8-12", "ages 8 to 12"),
    ("I must correct the History page: the opening date was 7 July 1934, not 2 July.", "2 July", "7 July"),
    ("Sorry big mistake the date is 13 June 2027 not 14!!", "14", "13"),
    ("oh bloody hell, Big Stu was from Helmshore not Haslingden. fix that please", "Haslingden", "Helmshore"),
    ("oops we're on Gertrude St not Brunswick St, fix the home line", "Brunswick St", "Gertrude St"),
    ("Our venue has moved us, Big Stu is now from Helmshore rather than Haslingden.", "Haslingden", "Helmshore"),
    ("ay i wrote wrong, it is Moon Tea 2022 not 2021 😅", "2021", "2022"),
    ("the works page must say Moon Tea, 2022 (not 2021)", "2021", "2022"),
    ("Sorry, it opened on 7 July 1934, not the 2nd.", "2 July", "7 July"),
])
def test_the_words_after_not_are_replaced_by_those_before(request_text: str, old: str, new: str) -> None:
    assert correction(request_text, _site()) == ReplaceText(op="replace_text", old=old, new=new)


@pytest.mark.parametrize("request_text", [
    "Moon Tea was 2020, not 2019",  # the site shows no 2019
    "we open at 9, not 10",  # nor a 10
    "it is 2022, not words",  # a number for words
    "put a link to the About page in the top menu if its not there",  # no name or number after "not"
    "Please add a line: park at the GAA pitch, not on Brunswick St",  # content to add
    "the page name should be Membership, not Haslingden",  # a name: a rename's
])
def test_no_correction_where_the_old_words_are_not_shown_once_or_are_of_another_kind(request_text: str) -> None:
    assert correction(request_text, _site()) is None


def test_a_bare_number_is_not_a_price_and_of_several_the_one_beside_the_words_typed() -> None:
    site = Site(name="Math with Mrs. Chen", pages=[
        Page(route="/about-me", title="About Me", sections=[Section(kind="text", text=(
            "I taught mathematics at Northview Heights for 30 years. I retired in 2022."))]),
        Page(route="/rates", title="Rates", sections=[Section(kind="list", items=[
            Item(title="One hour", text="$60"), Item(title="Group of 3 students", text="$30 each per hour")])])])
    # "30" is shown twice ("$30 each" too), and a replacement is made everywhere: the word after it makes it one place
    assert correction("I made a mistake, it was 32 years at Northview, not 30.", site) == \
        ReplaceText(op="replace_text", old="30 years", new="32 years")
    site.pages[1].sections[0].items.append(Item(title="Exam prep", text="30 minutes"))
    assert correction("I made a mistake, it was 32 years at Northview, not 30.", site) == \
        ReplaceText(op="replace_text", old="30 years", new="32 years")  # "years" and "Northview" are beside the one meant


def test_a_place_said_whole_after_now_at_commas_and_all() -> None:
    site = Site(name="Tolu & Segun", pages=[Page(route="/programme", title="Programme", sections=[Section(kind="list", items=[
        Item(title="Reception", text="4pm at Oriental Hotel, Lekki")])])])
    assert correction("The reception venue changed!! It is now at Landmark Event Centre, Oniru, not Oriental Hotel", site) == \
        ReplaceText(op="replace_text", old="Oriental Hotel", new="Landmark Event Centre, Oniru")


def test_the_name_as_typed_not_a_word_of_a_sentence_and_not_just_it() -> None:
    site = Site(name="Cafe Rosa", pages=[Page(route="/menu", title="Menu", sections=[
        Section(kind="text", text="Everything is made with her recipes, and the cannoli are filled fresh every morning."),
        Section(kind="list", items=[Item(title="Cannoli", text="$5.50")])])])
    assert correction("Small thing: on the menu we call them 'Cannoli Siciliani', not just Cannoli. Please fix it.", site) == \
        ReplaceText(op="replace_text", old="Cannoli", new="Cannoli Siciliani")
