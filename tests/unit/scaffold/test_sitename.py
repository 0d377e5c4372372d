"""The site's name as an opening prompt gives it (``sitename``), where the model took a greeting,
the writer, a place or the headline for it."""

from __future__ import annotations

import pytest

from app.scaffold.sitename import said_name, site_name


@pytest.mark.parametrize(("request_text", "model", "name"), [
    ("Hello, I would like a website for my mobile veterinary practice, Kauri Coast Mobile Vet. I'm Dr Miriama "
     "Hetaraka and I visit farms.", "Miriama Hetaraka", "Kauri Coast Mobile Vet"),
    ("hey there!! Business is Sawtooth Chainsaw Carving, we're just outside Stanley, Idaho. I'm Darla Kimball",
     "Darla Kimball", "Sawtooth Chainsaw Carving"),
    ("Kia ora! We run Whisker Lane Cafe, a cat cafe upstairs on Cuba Street.", "Kia ora", "Whisker Lane Cafe"),
    ("Hello! I'm Grace and I run Mama Akoth Kitchen, a Kenyan catering business in Leicester.", "Grace and I",
     "Mama Akoth Kitchen"),
    ("Hiya, I am one of the volunteers at the Clontarf Community Garden in Dublin. Could the home page say "
     "\"Grow food, grow friends\" at the top?", "Grow food, grow friends", "Clontarf Community Garden"),
    ("Good morning! I'm Margaret Pollard, the coordinator of the Yarra Bend Sock Knitters. We meet at the "
     "Fairfield Library.", "Margaret Pollard", "Yarra Bend Sock Knitters"),
    ("G'day! It's Bellarine Boat Licence School, down in Queenscliff.", "Bellarine Boat Licence School, down in "
     "Queenscliff", "Bellarine Boat Licence School"),
    ("hiya can u make me a site for my pet sitting. call it Happy Tails Exeter. heading 'Your pets, looked after'",
     "Your pets, looked after", "Happy Tails Exeter"),
    # the model's name stands where the request says nothing of the kind, or holds the said name as typed
    ("Good afternoon! I own a small tea room in Natchez called The Magnolia Parlor Tea Room.",
     "The Magnolia Parlor Tea Room", "The Magnolia Parlor Tea Room"),
    ("Right, I'm the secretary of Côr Meibion Bryn Eithin. Red and green, obviously, we're Welsh!",
     "Côr Meibion Bryn Eithin", "Côr Meibion Bryn Eithin"),
    ("Hello, I'm secretary of the Tayside Garden Railway Society. We run 16mm scale live steam trains.",
     "Tayside Garden Railway Society", "Tayside Garden Railway Society"),
    ("Website for Corrigan Blinds, Mullingar. Made to measure blinds and shutters.", "Corrigan Blinds",
     "Corrigan Blinds"),
    ("Hi! Ó Sé Hurleys and I make hurls in Callan, Co. Kilkenny.", "Ó Sé Hurleys", "Ó Sé Hurleys"),
])
def test_the_sites_name_is_the_one_the_request_gives(request_text: str, model: str, name: str) -> None:
    assert site_name(request_text, model) == name


@pytest.mark.parametrize("request_text", [
    "It's on Saturday 6 December at Victoria Park.",  # a day is no name
    "We run 16mm scale trains round the gardens.",  # one word is a fact's
    "make the header blue and add a Prices page",
])
def test_no_name_is_said_where_the_request_gives_none(request_text: str) -> None:
    assert said_name(request_text) == ""


def test_the_name_before_the_place_the_model_took_is_the_site_s() -> None:
    from app.scaffold.sitename import site_name
    request = "Need a site. Yack Bike Barn, Yackandandah VIC. Vintage bikes, restored and sold."
    assert site_name(request, "Yackandandah VIC") == "Yack Bike Barn"
    assert site_name("Quinn & Sons Glaziers, Enniskillen. est 1979.", "Quinn & Sons Glaziers") == "Quinn & Sons Glaziers"
    assert site_name("We are in Cork, Ireland and bake bread", "Ireland") == "Ireland"  # one word is no name


def test_for_before_a_capital_is_a_word_of_the_name_called() -> None:
    from app.scaffold.sitename import called_name
    assert called_name("can u make a site for it. call it Quiz for Tayside") == "Quiz for Tayside"
    assert called_name("we are called Oak Barn for weddings") == "Oak Barn"
    assert called_name("the business is called low tide lantern walks in Cork") == "Low Tide Lantern Walks"


def test_a_name_called_after_a_page_and_what_it_is_for_is_the_page_s() -> None:
    from app.scaffold.sitename import called_name
    # u428: it had renamed the site "Gallery"
    assert called_name("Page for pictures called Gallery. Put 3 boxes with text: Sauna at Hietasaari beach.") == ""
    assert called_name("a small café in Galway called Harbour Bean") == "Harbour Bean"
