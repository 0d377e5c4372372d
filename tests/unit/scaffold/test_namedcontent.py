"""Names and dates a request typed, and which of them a plan left out."""

from __future__ import annotations

from app.scaffold.namedcontent import dates, names, unused_names


def test_people_teams_and_places_are_names_and_the_requests_own_words_are_not() -> None:
    request = ("can we do a Committee page instead - me, Lorraine Pattinson, chair; Debbie Nixon, secretary; "
               "and our fixtures sec is Carol Dodds")
    assert names(request) == ["Lorraine Pattinson", "Debbie Nixon", "Carol Dodds"]
    assert names("Can you add a Teams page? Please make the Home Page blue.") == []
    assert names("Website for Granite City Snow Removal. St. Cloud MN. residential plowing") == \
        ["Granite City Snow Removal", "Cloud MN"]


def test_a_sentences_first_word_joins_a_name_only_when_nothing_else_is_one() -> None:
    assert names("Owner Terrell Banks. Debbie Nixon does the books.") == ["Terrell Banks", "Debbie Nixon"]
    assert names("Rename Team page to Crew.") == []


def test_and_parts_two_names_and_shouting_is_no_name() -> None:
    assert names("owned by Travis and Darla Kimbrough") == ["Darla Kimbrough"]
    assert names("Stock: Ancient MacRae, Isle of Skye and Black Watch") == ["Ancient MacRae", "Isle of Skye", "Black Watch"]
    assert names("I host bingo around Brighton and I NEED a WEBSITE darling") == []


def test_dates_either_way_round() -> None:
    assert dates("the Great Bathtub Race on Sunday July 26, then the 15th of March and 4 Sept") == \
        ["July 26", "15th of March", "4 Sept"]


def test_what_the_plan_or_the_site_holds_is_not_left_out() -> None:
    request = "Committee: Lorraine Pattinson, chair; Debbie Nixon, secretary. Meeting on 3 March."
    plan = "Committee | /committee | Lorraine Pattinson | chair"
    assert unused_names(request, plan) == ["Debbie Nixon", "3 March"]
    assert unused_names(request, plan + " | Debbie Nixon - secretary | Meeting 3rd March") == ["3 March"]
    assert unused_names("rename Meet the Crew to Crew", "Crew | Meet the Crew") == []
