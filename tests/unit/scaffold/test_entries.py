"""The content a request types out, read from its own words: quotes, questions, lists."""

from __future__ import annotations

import pytest

from app.scaffold.contentfit import read_content, read_plan
from app.scaffold.pagename import page_called
from app.scaffold.entries import listed, questions, quotes, signed_lines, unquoted
from app.scaffold.plan import Entry


def _pairs(entries):  # type: ignore[no-untyped-def]
    return [(e.title, e.text) for e in entries]


def test_quotes_keep_their_authors_whole() -> None:
    request = ("two reviews please: 'Fixed my boiler on a Sunday, hero' - Ken B., Otley and "
               "\"Tidy, quick and fair\" — Dr. Ames")
    assert _pairs(quotes(request)) == [("Ken B., Otley", "Fixed my boiler on a Sunday, hero"),
                                       ("Dr. Ames", "Tidy, quick and fair")]


@pytest.mark.parametrize("request_text", [
    "change the title to \"Bread baked at dawn\" - thanks!",  # thanks is no author
    "set the heading to 'Hello there' on the about page",  # no author after it
    "we don't do weddings",  # an apostrophe is not a quote
])
def test_a_quote_without_an_author_is_not_a_testimonial(request_text: str) -> None:
    assert quotes(request_text) == []


def test_questions_with_answers_in_the_ways_people_type_them() -> None:
    marked = "faq: Q: Is parking free? A: Yes, behind the shop. Q: Dress code? A: None at all."
    assert _pairs(questions(marked)) == [("Is parking free?", "Yes, behind the shop."), ("Dress code?", "None at all.")]
    plain = "some questions. can I bring my dog? - of course, on a lead. do you take cards? yes, all of them"
    assert _pairs(questions(plain)) == [("Can I bring my dog?", "of course, on a lead."),
                                        ("Do you take cards?", "yes, all of them")]
    # a question to the app is not an FAQ entry
    assert questions("Could we get a FAQ page? Thanks") == []


@pytest.mark.parametrize(("request_text", "expected"), [
    ("add a Lessons page. beginner hour £30, improver hour £35, exam prep block £240",
     [("beginner hour", "£30"), ("improver hour", "£35"), ("exam prep block", "£240")]),
    ("coaches - sam (head coach), lee (juniors) and ana (fitness)",
     [("sam", "head coach"), ("lee", "juniors"), ("ana", "fitness")]),
    ("toppings we have: olives, roast peppers, chorizo and basil",
     [("olives", ""), ("roast peppers", ""), ("chorizo", ""), ("basil", "")]),
    ("hours: tues-sat 10 till 6, sun 11 till 3", [("tues-sat", "10 till 6"), ("sun", "11 till 3")]),
    # what the list is and where, with no colon, opens it
    ("hours on home Mon-Fri 8-20, Sat-Sun 9-21", [("Mon-Fri", "8-20"), ("Sat-Sun", "9-21")]),
    # where it goes, said after the list, is no entry of it
    ("Prices: drop-in 15€, 5 class pack 65€, 10 class pack 120€ , put on classes page too",
     [("drop-in", "15€"), ("5 class pack", "65€"), ("10 class pack", "120€")]),
    ("mini cake £3.50 each, party box £20", [("mini cake", "£3.50 each"), ("party box", "£20")]),
    # one entry a sentence: its first piece names it, where one price ends it; a comma in a price or brackets is no piece
    ("For the Shop page, please list these. Eleko (cassava paste resist), 2 yards, ₦18,000. Oniko (raffia tied), 2 yards, "
     "₦12,000. Indigo Kampala Shirt, ready-made, ₦25,000.",
     [("Eleko (cassava paste resist)", "2 yards, ₦18,000"), ("Oniko (raffia tied)", "2 yards, ₦12,000"),
      ("Indigo Kampala Shirt", "ready-made, ₦25,000")]),
    ("Here are our main pieces: The Bitterroot (6-light elk chandelier) $2,400. The Lolo Pass $4,850. Moose Lamp $680.",
     [("The Bitterroot (6-light elk chandelier)", "$2,400"), ("The Lolo Pass", "$4,850"), ("Moose Lamp", "$680")]),
    ("Can you put my upcoming gigs on the home page? Sat 14 March - Maesteg Rugby Club. Fri 3 April - Pencoed Legion. "
     "Sat 18 April - The Three Horseshoes, Pyle (private party).",
     [("Sat 14 March", "Maesteg Rugby Club"), ("Fri 3 April", "Pencoed Legion"),
      ("Sat 18 April", "The Three Horseshoes, Pyle (private party)")]),
])
def test_a_typed_list_is_read_as_entries(request_text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(listed(request_text)) == expected


@pytest.mark.parametrize("request_text", [
    "We moved here in 2015, and we love the town.",  # prose
    "Hero, pricing and a CTA.",  # the sections a page should have
    "slots at 9am, 11am, 2pm",  # times with no names
    "The prices page still shows £20, should be £25, not £20",  # a correction
    "hey, the home page looks a bit empty - add something?",
])
def test_what_is_not_a_list_is_not_read_as_one(request_text: str) -> None:
    assert listed(request_text) == []


def test_the_kind_follows_what_was_read() -> None:
    assert read_content("add a review: 'Lovely stay, great views' - Mo")[0] == "testimonials"
    assert read_content("FAQ: Q: Pets? A: Small dogs welcome.")[0] == "faq"
    assert read_content("our staff: Jo (manager), Raj (chef), Li (host)")[0] == "team"
    assert read_content("menu: tea £2, cake £3", "pricing")[0] == "pricing"  # the model's list kind stays


def test_a_page_called_something_is_named_as_typed() -> None:
    assert page_called("a page called Our Story please") == "Our Story"
    assert page_called("a page called Prices with what we charge") == "Prices"
    assert page_called('make a page called "Tips & Tricks"') == "Tips & Tricks"
    assert page_called("add a prices page") is None


@pytest.mark.parametrize(("request_text", "name"), [
    ("could you add a page called Learn to Play. we run a 4 week beginners course", "Learn to Play"),
    ("can u add a page called Sell To Us? we buy stuff!", "Sell To Us"),
    ("Could you put that on a page called The Huts?", "The Huts"),
    ("a page called Services and Fees? Notary signature: $5", "Services and Fees"),
    ("Please add a new page called Guides introducing our team: Wren Castillo, lead guide", "Guides"),
    ("Add a page called Parties for hen dos, birthdays and work dos.", "Parties"),
    ("add a page called menu with those prices", "menu"),
])
def test_a_capitalised_page_name_is_read_whole(request_text: str, name: str) -> None:
    assert page_called(request_text) == name


def test_read_plan_places_a_list_where_the_request_says() -> None:
    plan = read_plan("coaches: sam (head coach), lee (juniors). put them on a coaches page", None)
    assert plan is not None
    assert [op.op for op in plan.ops] == ["add_page", "add_items"]
    assert plan.ops[1].route == "/coaches" and plan.ops[1].kind == "team"  # type: ignore[union-attr]
    # a feature with content stays declined; so does a list beside other content
    assert read_plan("add checkout for: mug £8, tote £12", None) is None
    assert read_plan("Hours: mon 9-5, tue 9-5. We are by the station, near the bridge.", None) is None
    assert read_plan("add our address to the footer: 1 Mill Lane, Leeds, LS1 1AA", None) is None


def test_sentences_that_are_one_priced_entry_each_are_a_list() -> None:
    request = "Add a page called Rates. Mixing £60. Mastering per track £25. Day in the studio from £300."
    assert _pairs(listed(request)) == [("Mixing", "£60"), ("Mastering per track", "£25"),
                                       ("Day in the studio", "from £300")]
    plan = read_plan(request, None)
    assert plan is not None and plan.ops[0].route == "/rates"  # type: ignore[union-attr]
    assert listed("We open at 9am. Lunch is from 12pm. Come early.") == []  # prose sentences


def test_a_name_that_ends_the_request_after_a_quote_is_its_author() -> None:
    from app.scaffold.entries import quotes
    said = quotes("My son says put a quote from a customer. 'Arnold and Tom rethatched our cottage in the wettest "
                  "October on record and not a drop came in.' Mr and Mrs Goldsmith, Herstmonceux")
    assert [(e.title, e.text[:14]) for e in said] == [("Mr and Mrs Goldsmith, Herstmonceux", "Arnold and Tom")]
    assert quotes("set the heading to 'Fresh bread daily' Thanks") == []


def test_a_quote_signed_with_a_dash_is_a_testimonial_whatever_the_request_calls_it() -> None:
    request = ("Please add this lovely note from a customer: \"My grandmother's nursing chair looks like it did in "
               "1890. Hetty is a wizard.\" — Pauline R., Church Stretton")
    kind, found = read_content(request)
    assert kind == "testimonials" and _pairs(found) == [
        ("Pauline R., Church Stretton", "My grandmother's nursing chair looks like it did in 1890. Hetty is a wizard.")]
    # a title of address keeps its full stop inside the author
    assert _pairs(quotes("'Thoughtful, honest, and worth the wait.' — Rev. Thomas Ashby.")) == [
        ("Rev. Thomas Ashby", "Thoughtful, honest, and worth the wait.")]
    # unsigned, and with no word of a review, a quoted text is not someone's words
    assert read_content("put 'Fresh bread every morning' under the heading")[0] != "testimonials"


def test_questions_marked_with_capital_q_and_a_without_colons() -> None:
    request = ("faq: Q does it hurt the birds? A no, ringers are trained and licensed by the BTO. Q can kids come? "
               "A over 12 with a parent.")
    assert _pairs(questions(request)) == [("Does it hurt the birds?", "no, ringers are trained and licensed by the BTO."),
                                          ("Can kids come?", "over 12 with a parent.")]


def _people(request: str) -> list[tuple[str, str]]:
    from app.scaffold.entries import people
    return [(e.title, e.text) for e in people(request)]


def test_people_with_their_roles_after_or_before_their_names() -> None:
    assert _people("Now a Meet the Crew page! Gord Lefebvre is our commodore, Priya Sandhu is head mechanic, "
                   "Tammy O'Reilly runs the safety boats, and I'm Kevin Chu, secretary and chief tea maker.") == [
        ("Gord Lefebvre", "commodore"), ("Priya Sandhu", "head mechanic"), ("Tammy O'Reilly", "runs the safety boats"),
        ("Kevin Chu", "secretary and chief tea maker")]
    assert _people("a Committee page - me, Lorraine Pattinson, chair; Debbie Nixon, secretary; and our fixtures "
                   "sec is Carol Dodds") == [("Lorraine Pattinson", "chair"), ("Debbie Nixon", "secretary"),
                                             ("Carol Dodds", "fixtures sec")]
    assert _people("Our Committee? President is Darren Ellery, Secretary is Marguerite Phan, and our junior coach "
                   "is Kylie Stowe.") == [("Darren Ellery", "President"), ("Marguerite Phan", "Secretary"),
                                          ("Kylie Stowe", "junior coach")]
    assert _people("officers: Chairman Geoffrey Haigh, Treasurer Raj Patel, 1st XI Captain Tom Booth, groundsman "
                   "Kev Milburn.") == [("Geoffrey Haigh", "Chairman"), ("Raj Patel", "Treasurer"),
                                       ("Tom Booth", "1st XI Captain"), ("Kev Milburn", "groundsman")]


def test_a_persons_whole_note_titles_and_first_words_stay() -> None:
    assert _people("coaches: Dani Ocampo, head coach, 2019 Southwest Regional champ. Miles Thackeray, 4A specialist.") \
        == [("Dani Ocampo", "head coach, 2019 Southwest Regional champ"), ("Miles Thackeray", "4A specialist")]
    assert _people("Team page: Dr. Linda Okafor is our lead dentist, and Jenny Park is our hygienist. "
                   "Big Mike Odom, ghost stories.") == [("Dr. Linda Okafor", "lead dentist"), ("Jenny Park", "hygienist"),
                                                        ("Big Mike Odom", "ghost stories")]


def test_no_people_where_a_name_has_no_role_or_the_names_are_products() -> None:
    assert _people("Committee: Ron Elliott, Peter Armstrong and Dennis Charlton.") == []
    assert _people("Our Cheeses page. Rimu Feta $14 for 200g, Tui Blue (a blue cheese) $18 for 150g") == []
    assert _people("Gord Lefebvre is our commodore.") == []  # one person is not a list
    # A role that would run into the next person's words: not read as people at all
    assert _people("Our Team: Fiona Reid, Director; Callum Shand, Property Manager; Kasia Nowak, Lettings "
                   "Negotiator.") == []
    assert _people("Add our volunteers: Carol Pettifer (founder), Jonno Mbeki (night feeds)") == []


def test_a_sentence_whose_detail_runs_past_an_entrys_length_is_no_entry() -> None:
    long_detail = "Tuesdays 4pm - €60 per term " + " ".join(["and the group plays reels and jigs for the feis"] * 5)
    request = f"Fiddle {long_detail}. Tin whistle Saturdays 10am - €40 per term."
    assert all(len(e.text) <= 200 and len(e.title) <= 80 for e in listed(request))


def test_questions_typed_without_their_mark_before_a_dash() -> None:
    asked = questions("add faq. how long does it take - most driveways 2-3 days. can i drive on it - after 24 hrs. "
                      "is it permeable - yes SUDS compliant so no planning permission needed")
    assert [(e.title, e.text) for e in asked] == [
        ("How long does it take?", "most driveways 2-3 days."), ("Can i drive on it?", "after 24 hrs."),
        ("Is it permeable?", "yes SUDS compliant so no planning permission needed")]
    assert questions("Prices - £5 each. Opening hours - 9 to 5.") == []  # no question, no FAQ


def test_a_quote_that_ends_its_sentence_is_signed_by_the_name_after_it() -> None:
    request = ("Two testimonials on the home page. \"I will never look at a rib the same way again.\" Carla Simms, "
               "Overland Park. \"Worth every penny, and I left stuffed.\" Bob Haney, Lee's Summit.")
    assert _pairs(quotes(request)) == [("Carla Simms, Overland Park", "I will never look at a rib the same way again."),
                                       ("Bob Haney, Lee's Summit", "Worth every penny, and I left stuffed.")]
    # a quote that does not end its sentence is no one's before the capitals after it
    assert quotes("put \"Fresh bread every day\" Under The Logo on the home page and make it bold please") == []


def test_numbered_steps_are_no_list_of_their_commas() -> None:
    request = ("Need a page called How to Be a Mummer: 1. Cover your face - pillowcase, veil, anything. "
               "2. Stuff your clothes so nobody knows your shape.")
    assert read_content(request) == ("", [])


def test_a_name_that_runs_to_the_next_quote_or_the_end_signs_the_quote_before_it() -> None:
    request = ("reviews on front page - \"Scariest and funnest thing I ever did\" Kayla from Tulsa - \"Dwayne knows every "
               "hole on that river\" Mike and Jerry, Dallas TX")
    assert _pairs(quotes(request)) == [("Kayla from Tulsa", "Scariest and funnest thing I ever did"),
                                       ("Mike and Jerry, Dallas TX", "Dwayne knows every hole on that river")]
    assert quotes("change the heading to \"We bake daily\" and the subtitle to \"Since 1962\"") == []


def test_a_review_after_a_colon_in_no_quotes_is_signed_by_its_last_sentence() -> None:
    assert unquoted("Testimonial on home: Wall went up in a week, sheep stayed in ever since. Gareth Lloyd, Llanfaes farm.") \
        == [Entry(title="Gareth Lloyd, Llanfaes farm", text="Wall went up in a week, sheep stayed in ever since.")]
    assert unquoted("Testimonial on home: great walls, would recommend.") == []  # no one signs it
    assert quotes("Add a testimonial: 'Priya rewrote our homepage and demo requests doubled.' - Marcus Lee, Head of "
                  "Marketing, Loop Logistics.") == [Entry(title="Marcus Lee, Head of Marketing, Loop Logistics",
                                                          text="Priya rewrote our homepage and demo requests doubled.")]


def test_reviews_typed_one_a_line_each_signed_after_a_dash() -> None:
    request = ("I would like a page called Reviews with these three, if you would be so kind:\n"
               "Gareth came out on Christmas Eve when our boiler packed in. A true gentleman. - Mrs Eira Jones, Mumbles\n"
               "Tidy, honest and on time. - Dafydd Price, Sketty\n"
               "Fitted our new bathroom in four days. Could not be happier. - Sian and Rob, Gorseinon")
    assert signed_lines(request) == [
        Entry(title="Mrs Eira Jones, Mumbles", text="Gareth came out on Christmas Eve when our boiler packed in. A true gentleman."),
        Entry(title="Dafydd Price, Sketty", text="Tidy, honest and on time."),
        Entry(title="Sian and Rob, Gorseinon", text="Fitted our new bathroom in four days. Could not be happier.")]
    assert read_content(request)[0] == "testimonials"
    assert signed_lines("Our prices:\nHaircut - £12\nBeard trim - £8") == []  # no review a line


def test_a_review_signed_after_a_dash_on_the_home_page_said_in_taglish() -> None:
    assert unquoted("Add testimonial sa home: My son went from 78 to 91 in Math in one quarter. Salamat Teacher Liza! "
                    "- Mrs. Santos, parent of Grade 5") == [
        Entry(title="Mrs. Santos, parent of Grade 5",
              text="My son went from 78 to 91 in Math in one quarter. Salamat Teacher Liza!")]


def test_a_new_page_s_paragraph_cut_into_a_team_of_its_pieces_is_placed_whole() -> None:
    """"a page Teams with: 1st team plays in ..., 2nd team in .... Home games on Sundays at 10:00 in the Bürgerhaus.":
    the model made a team of two pieces and left the home games out."""
    from app.scaffold.contentfit import place
    from app.scaffold.plan import parse_plan
    request = ("Understood. Then please a page Teams with: 1st team plays in Verbandsliga Mittelrhein, 2nd team in "
               "Bezirksliga. Home games on Sundays at 10:00 in the Bürgerhaus.")
    model = parse_plan('{"ops":[{"op":"add_page","title":"Teams","route":"/teams"},{"op":"add_items","route":"/teams",'
                       '"kind":"team","items":[{"title":"1st team plays in Verbandsliga Mittelrhein"},{"title":"2nd team in Bezirksliga"}]}]}')
    ops = place(list(model.ops), request, None)
    assert [op.op for op in ops] == ["add_page", "add_section"]
    assert ops[1].text == ("1st team plays in Verbandsliga Mittelrhein, 2nd team in Bezirksliga. "  # type: ignore[union-attr]
                           "Home games on Sundays at 10:00 in the Bürgerhaus.")
