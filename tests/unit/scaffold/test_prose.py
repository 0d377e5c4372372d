"""The user's own sentences as a page's text (``app/scaffold/prose.py``)."""

from __future__ import annotations

import pytest

from app.scaffold.prose import description, page_text, sentences
from app.scaffold.themewords import asks_for_a_look, wishes_for_a_look


@pytest.mark.parametrize(("request_text", "name", "text"), [
    ("Site for Scale & Tail Sitters. Reptile sitting in Tucson AZ. We feed and mist your snakes while you travel.",
     "Scale & Tail Sitters", "Reptile sitting in Tucson AZ. We feed and mist your snakes while you travel."),
    ("Create a website for Chanterelle Ridge Forays, guided mushroom walks near Corvallis, Oregon. "
     "Led by mycologist Dr. Ines Whitcombe.", "Chanterelle Ridge Forays",
     "Chanterelle Ridge Forays, guided mushroom walks near Corvallis, Oregon. Led by mycologist Dr. Ines Whitcombe."),
    ("Hi there! I run Huon Swarm Catchers in the Huon Valley. Could you make us a cheerful site? "
     "Deep navy and a warm yellow please.", "Huon Swarm Catchers", "I run Huon Swarm Catchers in the Huon Valley."),
    ("so i build cigar box guitars in Gretna, Louisiana and i finally want a real website lol. "
     "shop name is Bayou Smokebox Strings.", "Bayou Smokebox Strings", "So i build cigar box guitars in Gretna, Louisiana."),
])
def test_an_opening_prompt_s_sentences_about_the_site_are_kept_as_typed(request_text: str, name: str, text: str) -> None:
    assert description(request_text, name, "", asks_for_a_look) == text


@pytest.mark.parametrize(("request_text", "name"), [
    ("site for Paws Grooming. dark green and cream.", "Paws Grooming"),  # only the name and the colours
    ("About page: My name is Halyna and I learned from my baba.", "Halyna"),  # not an opening prompt
    ("yoga studio site. name: Still Water Yoga. Heading: 'Breathe'.", "Still Water Yoga"),
])
def test_what_is_said_to_the_app_is_no_description(request_text: str, name: str) -> None:
    assert description(request_text, name, "", asks_for_a_look) == ""


def test_a_page_s_paragraph_is_read_after_its_lead_and_split_whole_at_sentences() -> None:
    long = " ".join(f"Sentence number {i} is about the bells and the tower and the ringers." for i in range(12))
    texts = page_text(f"Add a Learners page with this: {long}", "Learners")
    assert len(texts) == 3 and " ".join(texts) == long and all(len(t) <= 400 for t in texts)
    assert page_text("Add a Join page: Turn up on any Tuesday. Subs are £3 a week.", "Join") == \
        ["Turn up on any Tuesday. Subs are £3 a week."]
    assert page_text("make a rules page. rules: no phones at the table.", "Rules") == ["no phones at the table."]
    assert page_text("add a contact page", "Contact") == []


def test_sentences_keep_titles_and_times_whole() -> None:
    assert sentences("Led by Dr. Ines Whitcombe. Doors 6.30. Co. Cork!") == ["Led by Dr. Ines Whitcombe.", "Doors 6.30.",
                                                                             "Co. Cork!"]


@pytest.mark.parametrize(("request_text", "name", "text"), [
    # a colour's word in a place's name, a trade or "look after" is a fact about the site
    ("Please create a website for the Upper Swaledown Fibre Co-operative, a broadband network serving four villages: "
     "Ketterby, Hawsley Green and Skelbeck. We are a not-for-profit.", "Upper Swaledown Fibre Co-operative",
     "The Upper Swaledown Fibre Co-operative, a broadband network serving four villages: Ketterby, Hawsley Green and "
     "Skelbeck. We are a not-for-profit."),
    ("hi we are a gold panning club in murphys california, called the calaveras club. want a friendly site",
     "the calaveras club", "We are a gold panning club in murphys california, called the calaveras club."),
    # a look said bare, or wished for, is said to the app
    ("site for Macfarlane Reeds, Oban. i make bagpipe chanter reeds by hand. dark green and cream.", "Macfarlane Reeds",
     "Macfarlane Reeds, Oban. I make bagpipe chanter reeds by hand."),
    ("Hiya! I run a little hedgehog rescue in Market Rasen. Could you make me a website? Warm and friendly, nothing "
     "too posh.", "Prickle & Pine", "I run a little hedgehog rescue in Market Rasen."),
])
def test_a_look_s_word_in_a_fact_is_kept_and_a_look_asked_for_is_not(request_text: str, name: str, text: str) -> None:
    assert description(request_text, name, "", wishes_for_a_look) == text


def test_an_openers_description_leaves_out_the_sentence_that_names_the_business() -> None:
    from app.scaffold.prose import description
    request_text = ("Hello! I run a little tearoom on the pier in Dun Laoghaire. The business is Pier Head Tearooms. "
                    "We bake scones every morning.")
    assert description(request_text, "Pier Head Tearooms", "", lambda _s: False, opening=True) == \
        "I run a little tearoom on the pier in Dun Laoghaire. We bake scones every morning."
    # what follows the name in its sentence stays: the place
    assert description("I need a website. It's Bellarine Boat Licence School, down in Queenscliff.",
                       "Bellarine Boat Licence School", "", lambda _s: False) == "Down in Queenscliff."


@pytest.mark.parametrize(("request_text", "name", "kept"), [
    # the clause before the ask
    ("Right, so I'm the secretary of Keady Road Bowls Club in Co. Armagh and the committee has finally agreed we need "
     "a website (took them two years, don't ask). We meet most Sunday afternoons on the Tassagh Road.",
     "Keady Road Bowls Club", "I'm the secretary of Keady Road Bowls Club in Co. Armagh."),
    ("I teach Highland dance in Antigonish, Nova Scotia, and I'd love a website for my school.",
     "MacIsaac School of Highland Dance", "I teach Highland dance in Antigonish, Nova Scotia."),
    # what follows a colon said to the app
    ("Could you make us a website? The home page should have a short bit about us: we meet at the Pukeatua Domain on "
     "Wairoa Road, rallies are the second Sunday of every month.", "Pukeatua Pony Club",
     "We meet at the Pukeatua Domain on Wairoa Road, rallies are the second Sunday of every month."),
    # the sentence without its ask
    ("could you please build a website for the Otago Harbour Rowing Club in Port Chalmers?", "Otago Harbour Rowing Club",
     "The Otago Harbour Rowing Club in Port Chalmers."),
    ("lookin for a website for Dermot Ward Electrical, Navan Co Meath. domestic n commercial electrician",
     "Dermot Ward Electrical", "Dermot Ward Electrical, Navan Co Meath."),
    # a short sentence that names a place, with a colour's word in it
    ("Site for Titletown Grill Rentals. Green Bay WI. We rent big charcoal grills.", "Titletown Grill Rentals",
     "Green Bay WI."),
    ("could you make us a site with 'Croeso i'r Ravens' as the headline and say we train Tuesday and Thursday 7pm at "
     "Cae Ddol", "Ruthin Ravens", "We train Tuesday and Thursday 7pm at Cae Ddol."),
])
def test_an_opening_prompt_s_place_or_person_said_to_the_app_is_kept(request_text: str, name: str, kept: str) -> None:
    assert kept in description(request_text, name, "", wishes_for_a_look, opening=True)


def test_a_sentence_said_to_the_app_that_names_no_one_stays_out() -> None:
    text = description("I run a dog grooming van in Leeds, and I'd love a website for it, something cheerful.",
                       "Paws on Wheels", "", wishes_for_a_look, opening=True)
    assert "website" not in text and "cheerful" not in text


def test_a_page_s_paragraph_is_the_sentences_after_the_one_that_asks_for_it() -> None:
    request = ("Please make one About Me page. I have been draping sarees for 15 years. I learnt from my mother. "
               "Over 900 brides so far. Thank you!")
    assert page_text(request, "About Me") == ["I have been draping sarees for 15 years. I learnt from my mother. "
                                              "Over 900 brides so far."]
    # a sentence after it that asks the app something is no paragraph
    assert page_text("Add an About page. We started in 1998 in a shed. Make it blue please.", "About") == []
    assert page_text("Add an About page. Can you put our story on it?", "About") == []


def test_no_paragraph_after_a_sentence_about_a_page_the_site_has_and_one_said_in_the_asking_sentence() -> None:
    assert page_text("I need to make a couple of corrections on the Lessons page. The private lesson is $75.", "Lessons") == []
    assert page_text("It still says 9 till 12 on the help page, love. It's Sundays 10 till 1 now.", "Help") == []
    # what the asking sentence says the page states, then the facts and the "Please say that ..." after it
    assert page_text("Please add a Contact page stating that I take a limited number of weddings each year. "
                     "My email is hello@wild.co.uk.", "Contact") == ["I take a limited number of weddings each year. "
                                                                     "My email is hello@wild.co.uk."]
    assert page_text("Could we have a page called Join Us explaining that subs are £60 a year. Please do mention that tea "
                     "is served at the break. Thank you.", "Join Us") == ["Subs are £60 a year. Tea is served at the break."]
    assert page_text("Add a page called Sponsors thanking Kogelberg Builders for the new bins.", "Sponsors") == \
        ["Thank you to Kogelberg Builders for the new bins."]
    assert page_text("Add a page called Join Us explaining that subs are £60 a year. Can you make it blue?", "Join Us") == []
    # the asking sentence's own content after the page, when it names someone or gives a number
    assert page_text("add an about us page, my gran Isla Grant started the bakery in 1968. we still use her girdle",
                     "About") == ["my gran Isla Grant started the bakery in 1968. we still use her girdle"]


@pytest.mark.parametrize(("request_text", "name", "opening"), [
    ("hi i need a websit for my buisness Sun Dodger Window Tint in Yuma AZ. we do cars and homes.", "Sun Dodger Window Tint",
     "Sun Dodger Window Tint in Yuma AZ."),
    ("howdy, need a web page for Big Muddy Noodlin Tours out of Pauls Valley Oklahoma. we take folks fishin.",
     "Big Muddy Noodlin Tours", "Big Muddy Noodlin Tours out of Pauls Valley Oklahoma."),
    ("site 4 my phone repair shop Fix Am Fast, Adum Kumasi near Kejetia. we fix phones.", "Fix Am Fast",
     "Phone repair shop Fix Am Fast, Adum Kumasi near Kejetia."),
])
def test_the_ask_for_a_site_as_people_type_it_leaves_where_the_business_is(request_text: str, name: str, opening: str) -> None:
    assert description(request_text, name, "", lambda _s: False, opening=True).startswith(opening)


def test_a_new_page_keeps_the_sections_its_request_names_beside_its_sentences() -> None:
    from app.scaffold.contentfit import _with_page_text
    from app.scaffold.plan import AddPage
    page = AddPage(op="add_page", title="How It Works", route="/how-it-works", sections=["hero", "faq", "features"])
    out = _with_page_text([page], page, "/how-it-works", "Add page: How It Works (hero, features, faq)")
    assert out[0].sections == ["hero", "faq", "features"]
    page = AddPage(op="add_page", title="About Me", route="/about-me", sections=["image_text", "cta"])
    out = _with_page_text([page], page, "/about-me", "Please make one About Me page. I have been draping sarees for 15 years.")
    assert out[0].sections == []  # the model's placeholders go; the user's sentences stay


def test_please_before_a_verb_no_edit_has_is_said_to_the_page_s_readers() -> None:
    request = ("I would also like a page called Preparing Your Quilt. Please press your top and backing well. Trim any "
               "loose threads. Please do not pin or baste the layers together, as I load them separately.")
    assert page_text(request, "Preparing Your Quilt") == ["Please press your top and backing well. Trim any loose threads. "
                                                          "Please do not pin or baste the layers together, as I load them "
                                                          "separately."]
    # "please" before an edit's verb still asks the app
    assert page_text("Add a Visit page. We open at 9. Please mention the parking.", "Visit") == []


def test_a_word_of_the_page_s_paragraph_asks_for_no_feature() -> None:
    from app.scaffold.contentfit import _with_page_text
    from app.scaffold.plan import AddPage, AddSection
    page = AddPage(op="add_page", title="Our Story", route="/our-story", sections=["text"])
    told = "My mama started making brittle in 1987 to pay for my brother's braces. We still cook in her skillet."
    out = _with_page_text([page], page, "/our-story", f"Add a page called Our Story: {told}")
    assert out[1] == AddSection(op="add_section", route="/our-story", kind="text", text=told)
    # a feature asked beside it is still asked
    asked = f"Add a page called Our Story: {told} Also add a way to pay online."
    assert _with_page_text([page], page, "/our-story", asked) == [page]


def test_an_opener_s_line_under_the_heading_is_no_description_and_setting_up_a_site_is_the_ask() -> None:
    request = ("Hi there, setting up a site for Dunmore Rovers Juniors, a kids football club in Co. Galway. Heading: "
               "Dunmore Rovers Juniors. Under it: Football for boys and girls aged 6 to 14.")
    assert description(request, "Dunmore Rovers Juniors", "", wishes_for_a_look, True,
                       "Dunmore Rovers Juniors Football for boys and girls aged 6 to 14") == \
        "Dunmore Rovers Juniors, a kids football club in Co. Galway."


def test_a_sentence_the_hero_shows_already_is_no_description() -> None:
    # the heading shows the name and the subtitle the tagline: the text after the hero says the rest
    request_text = ("Tigist Bunna House, a small coffee house in Bole, Addis Ababa. "
                    "We do traditional coffee ceremony and sell roasted beans.")
    assert description(request_text, "Tigist Bunna House", "a small coffee house in Bole, Addis Ababa",
                       lambda _s: False, opening=True) == "We do traditional coffee ceremony and sell roasted beans."
    # a sentence with one more word than the hero shows stays whole
    assert description("Tigist Bunna House, a small coffee house in Bole, Addis Ababa, near Edna Mall.",
                       "Tigist Bunna House", "a small coffee house in Bole, Addis Ababa", lambda _s: False,
                       opening=True) == "Tigist Bunna House, a small coffee house in Bole, Addis Ababa, near Edna Mall."
