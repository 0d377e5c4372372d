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


def test_a_name_said_only_as_a_reason_or_a_likeness_is_not_content() -> None:
    moved = "The July 9 departure has moved to July 16 because of a Forest Service trail closure."
    assert unused_names(moved, "x") == ["July 9", "July 16"]
    assert unused_names("a sturdy serif, kind of like the old wooden National Park signs", "x") == []
    assert unused_names("the accents a deep red like a Red Delicious", "x") == []
    # "I'd like the ..." asks for it: its names are content
    assert unused_names("I'd like the Summer Fair on the home page", "x") == ["Summer Fair"]


def test_the_date_a_correction_takes_effect_is_content_only_of_a_plan_that_adds() -> None:
    request = "monthly unlimited now $129 from 1 July"
    assert unused_names(request, "$129", edits=True) == []
    assert unused_names(request, "$129") == ["1 July"]


def test_a_name_said_to_be_wrong_and_a_page_named_beside_a_kind_are_not_left_out() -> None:
    assert unused_names("a handwritten font please. Fiona says definitely not Comic Sans lol.", "x") == []
    assert unused_names("Can we add a FAQ on the Workshops page?", "/workshops | faq | Do I need any experience? | Workshops") == []
    assert unused_names("Put the Summer Fair on the Events page", "Events") == ["Summer Fair on the Events"]
    # a name's words after "on the" that nothing holds are a name's ("Safety on the Water")
    assert unused_names("rename the Before You Go page to Safety on the Water.", "Safety | Before You Go") == \
        ["Safety on the Water"]


def test_a_word_that_starts_like_a_month_is_no_date() -> None:
    assert dates("Margherita 7€\nMarinara 6€\nMay 3, Sept. 14, March 2 and 4 Aug") == ["May 3", "Sept. 14", "March 2", "4 Aug"]
