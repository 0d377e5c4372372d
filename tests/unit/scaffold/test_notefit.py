"""A note the request gives for a page the site has (``notefit``)."""

from __future__ import annotations

from app.scaffold.contentfit import read_plan
from app.scaffold.notefit import named_note, note, text_after
from app.scaffold.plan import AddSection, Plan
from app.scaffold.site import Page, Site


def _names_place(words: str) -> bool:
    return any(place in words.lower() for place in ("home", "trees page"))


def test_what_to_say_after_the_place_is_the_note_after_a_short_answer_to_the_app() -> None:
    request = ("Fine, no worries. Then on the Trees page please say orders are taken by email to orders@apples.co.nz "
               "with the varieties you want.")
    assert note(request, _names_place) == ("", "Orders are taken by email to orders@apples.co.nz with the varieties you want.")
    assert note("on the home page say eggs are collected fresh every morning and we never use cages", _names_place) == \
        ("", "Eggs are collected fresh every morning and we never use cages")


def test_no_note_when_more_is_asked_after_it_or_the_place_is_not_the_site_s() -> None:
    assert note("on the home page say eggs are collected fresh every morning. Also make it blue.", _names_place) is None
    assert note("on the Team page say we are closed Mondays", _names_place) is None
    # a long sentence before the place is no answer to the app: what it says is not the note's
    assert note("We have had a lovely summer with lots of new members. On the home page say we meet weekly.",
                _names_place) is None


def test_a_sentence_that_announces_a_bit_about_us_makes_the_rest_the_note() -> None:
    request = ("Add a bit about us on the home page too. It's myself, Bridie Fahy, and my daughter Aoife does the "
               "baking. We're in the yard of Gort Mart on the Ennis Road.")
    assert note(request, _names_place) == ("", "It's myself, Bridie Fahy, and my daughter Aoife does the baking. "
                                               "We're in the yard of Gort Mart on the Ennis Road.")


def test_what_the_user_tells_after_announcing_it_is_told() -> None:
    from app.scaffold.notefit import told
    request = "Add an About page please — here's our story: My grandparents came from Oulu in 1951. I opened the cafe in 1998."
    assert told("My grandparents came from Oulu in 1951. I opened the cafe in 1998.", request)
    # not a correction put down as a paragraph, nor a story that says where it goes
    assert not told("The Family membership is €180 per year, not €200.",
                    "Correction: the Family membership is €180 per year, not €200.")
    assert not told("We started in 2004. Put this on the home page.",
                    "A bit about us: We started in 2004. Put this on the home page.")


def test_a_correction_put_down_as_a_paragraph_of_its_own_words_is_an_echo() -> None:
    from app.scaffold.notefit import echoes_a_correction
    from app.scaffold.plan import AddSection
    said = "The 18th is changing to Sausage and mash because Doreen says nobody ate the fish pie last time, ha ha."
    echo = AddSection(op="add_section", route="/", kind="text", text=said)
    assert echoes_a_correction([echo], said)
    # a note the user asked for, or their own paragraph with no change in it, is content
    note = 'Please add a note to the home page: "We ask for a donation of whatever you can afford, the suggested amount is £3."'
    assert not echoes_a_correction([AddSection(op="add_section", route="/", kind="text", text=note)], note)
    story = "We started in 2004 with one van and a lot of hope."
    assert not echoes_a_correction([AddSection(op="add_section", route="/", kind="text", text=story)], story)


def test_what_to_say_with_no_place_named_is_a_note_for_the_home_page() -> None:
    site = Site(name="Renfrew Maple Run", pages=[Page(route="/", title="Home")])
    plan = read_plan("ok no problem, say register at the Renfrew Rec Centre front desk or on race day from 8am", site)
    assert plan is not None and plan.ops == [AddSection(op="add_section", route="/", kind="text",
                                                        text="Register at the Renfrew Rec Centre front desk or on race day from 8am")]
    # words that point back, a place or a second ask: not said with no place
    assert read_plan("Right. Instead say 'Call Gord'", site) is None
    assert read_plan("ok say we are closed on Mondays and change the font", site) is None


def test_a_note_put_on_a_page_whose_words_name_a_feature_asks_for_none() -> None:
    site = Site(name="Summer Isles Sea Kayaks", pages=[Page(route="/", title="Home"), Page(route="/trips", title="Trips")])
    plan = read_plan("ok fine. put on the trips page to book, text or call 07700 914 362 or email paddle@sisk.co.uk", site)
    assert plan is not None and plan.ops == [AddSection(
        op="add_section", route="/trips", kind="text", text="To book, text or call 07700 914 362 or email paddle@sisk.co.uk")]
    # a feature asked inside it is still asked
    assert read_plan("put on the trips page: we take bookings online, add a booking calendar", site) is None


def test_what_follows_add_and_a_colon_on_a_page_is_its_note_though_it_says_players() -> None:
    site = Site(name="Ntinda Netball Academy", pages=[Page(route="/", title="Home")])
    plan = read_plan("Lastly, on the home page add: New players can come for two free trial sessions. Bring water, "
                     "trainers and a smile.", site)
    assert plan is not None and plan.ops == [AddSection(op="add_section", route="/", kind="text", text=(
        "New players can come for two free trial sessions. Bring water, trainers and a smile."))]


def test_a_new_offer_after_a_decline_says_what_to_put_on_the_home_page() -> None:
    # "instead" at the start offers something else; the answer to the app before it is no part of the note
    assert note("No worries! Instead just say to email volunteer@fridge.org.uk or pop in and ask for Priya.",
                _names_place) == ("", "To email volunteer@fridge.org.uk or pop in and ask for Priya.")
    assert note("ok put that you register at the YMCA front desk or on race morning from 7:00 AM", _names_place) == \
        ("", "You register at the YMCA front desk or on race morning from 7:00 AM")
    assert note("Ok well just write it out then: we meet at the fountain at Arlington Lawn, 239 Central Ave.",
                _names_place) == ("", "We meet at the fountain at Arlington Lawn, 239 Central Ave.")
    # "put that" before no clause is no note, nor "say X instead" (a change of what was said)
    assert note("put that back the way it was", _names_place) is None
    assert note("say Welcome instead", _names_place) is None


def test_a_note_then_where_to_put_it_after_a_comma() -> None:
    assert note("Kids under 10 walk free, put that on the trees page too", _names_place) == ("", "Kids under 10 walk free.")
    # the heading named last, capitalised, not in quotes
    assert note("also i cover cumbria and the borders, can you put that on the home page under a heading Areas I Cover",
                _names_place) == ("Areas I Cover", "Also i cover cumbria and the borders.")


def test_what_is_put_with_no_place_named_is_the_home_page_s_note_where_it_types_content() -> None:
    assert note("ok then just put Text Clarisse at 337-555-0148 to save your spot", _names_place) == \
        ("", "Text Clarisse at 337-555-0148 to save your spot")
    # in quotes: the quoted words, where what follows only says where on the page
    assert note('Fine. Put "Call or text to book - we usually reply same day" right under the phone number.',
                _names_place) == ("", "Call or text to book - we usually reply same day")
    assert note("put 'Sold out' on the Pies", _names_place) is None  # what follows names a thing, not a place
    assert note("put Mia before Sam please", _names_place) is None  # an order of things, no content


def test_a_note_put_under_a_page_s_name_goes_on_that_page() -> None:
    site = Site(name="Mud Creek Box Guitars", pages=[Page(route="/", title="Home"), Page(route="/guitars", title="Guitars")])
    plan = read_plan("ok then just put 'To order call or text Earl at (662) 555-0148' under the guitars", site)
    assert plan is not None and plan.ops == [AddSection(op="add_section", route="/guitars", kind="text",
                                                        text="To order call or text Earl at (662) 555-0148")]


def test_words_in_quotes_then_the_place_are_the_note() -> None:
    assert note("ok forget it. just say 'Wristbands $20 at the Visitor Centre' on the home page", _names_place) == \
        ("", "Wristbands $20 at the Visitor Centre")
    assert note("Then just put 'Raised so far: $1,850' on the home page, I'll update it myself.", _names_place) == \
        ("", "Raised so far: $1,850")
    assert note("just say 'Wristbands $20' on the home page and make it red", _names_place) is None


def test_what_a_note_is_called_before_its_place_and_the_text_after_text_colon() -> None:
    assert named_note("Add a Rain Plan line on the home page: If it rains, the fair moves into the school hall.") == "Rain Plan"
    assert named_note("add a line on the home page: open late Fridays") == ""
    assert text_after('add a section titled "Emergency?" with the text: Call 0803 555 2741 immediately. We see '
                      'emergencies same day.') == "Call 0803 555 2741 immediately. We see emergencies same day."


def test_a_quoted_text_with_a_colon_of_its_own_is_placed_whole() -> None:
    """"please add 'Dress code: garden formal. ...'": the words before the quote's own colon had been lost (and the
    turn declined, naming them)."""
    request = "On the home page, please add 'Dress code: garden formal. Please wear comfortable shoes for the lawn!'"
    assert note(request, lambda words: "home" in words.casefold()) == (
        "", "Dress code: garden formal. Please wear comfortable shoes for the lawn!")


def test_a_part_named_in_quotes_before_its_colon_is_its_heading() -> None:
    request = ("Please on the home page add a small part 'Our story': My mother Rosa came from Modena in 1962 and opened "
               "this trattoria with my father Enzo.")
    assert note(request, _names_place) == ("Our story", "My mother Rosa came from Modena in 1962 and opened this "
                                                        "trattoria with my father Enzo.")


def test_a_quoted_note_then_its_place_after_what_customers_ask() -> None:
    """"people ask got halal cert?" is no question to the app, nor an FAQ beside the note."""
    request = "people ask got halal cert? no la. just write 'No pork, no lard' on home"
    assert read_plan(request, Site(name="Mei", pages=[Page(route="/", title="Home")])) == \
        Plan(ops=[AddSection(op="add_section", route="/", kind="text", text="No pork, no lard")])
    assert note("gas safe reg 584213 put that on home page", _names_place) == ("", "Gas safe reg 584213.")
