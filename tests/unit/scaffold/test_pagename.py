from __future__ import annotations

import pytest

from app.scaffold.pagename import names, new_page_named, new_title, typed_name, typed_over


@pytest.mark.parametrize(("request_text", "name"), [
    ("add page About Us. my mother opened the shop in 1987", "About Us"),
    ("ok no worries. add a page Rides to Do with 3 rides: Cable Beach to Gantheaume Point 6km", "Rides to Do"),
    ("can u add a page for prices called Prices. 30 min ride $12 per person", "Prices"),
    ("Please add a Made from Tweed page: Tweed tote bag £55.", "Made from Tweed"),
    ("add Machines For Sale page. Bernina 1008, reconditioned, $850.", "Machines For Sale"),
    ("new page Meet the Guides: me, Shayne Carbone (owner)", "Meet the Guides"),
    ("Now an Our Story page. My grandfather started smoking fish in 1958.", "Our Story"),
    ("Add a safety page too, titled Safety First, that says 'No exceptions.'", "Safety First"),
    ("Oooh and a Hire Me page!! Private parties, hen dos", "Hire Me"),
    ("The FAQ page is missing one of my questions", "FAQ"),
    ("Add the Opening Hours to the Contact page", "Contact"),
    ("need a contact page. shop hours mon-fri 8 to 5", "contact"),
])
def test_the_name_a_request_gives_a_page_is_read_whole(request_text: str, name: str) -> None:
    typed = typed_name(request_text)
    assert typed is not None and typed[0] == name


@pytest.mark.parametrize("request_text", ["put it on the home page", "add a new page for our prices",
                                          "move the Prices page above the About page"])
def test_no_name_or_several_is_none(request_text: str) -> None:
    assert typed_name(request_text) is None


def test_a_page_the_site_has_is_not_new() -> None:
    assert new_page_named("Add the Opening Hours to the Contact page", ["/", "/contact"]) is None
    assert new_page_named("Please add a Made from Tweed page: tote £55", ["/"]) == "/made-from-tweed"


@pytest.mark.parametrize(("title", "request_text", "fitted"), [
    ("Tweed", "Please add a Made from Tweed page: Tweed tote bag £55.", "Made from Tweed"),
    ("prices called Prices", "can u add a page for prices called Prices. 30 min ride $12", "Prices"),
    ("Need a Contact", "need a contact page. shop hours mon-fri 8 to 5", "Contact"),
    ("Cakes with my prices", "Can I have a page called Cakes with my prices? 6 inch sponge from £45", "Cakes"),
    ("Rides to Do with 3 rides", "add a page Rides to Do with 3 rides: Cable Beach 6km", "Rides to Do"),
])
def test_a_model_title_that_is_part_of_the_name_or_runs_past_it_is_the_name(title: str, request_text: str,
                                                                            fitted: str) -> None:
    assert typed_over(title, request_text) == fitted


@pytest.mark.parametrize(("title", "request_text"), [
    ("About us", "about us page got no names. pls add"),  # typed lower case: "us" is no whole name
    ("The Huts", "Please add The Huts page with our three huts"),  # "The" is the name's own
    ("Volunteers", "Please add a page called Volunteers with our team: Gwyneth Rees (coordinator)"),
])
def test_a_model_title_that_is_the_name_stands(title: str, request_text: str) -> None:
    assert typed_over(title, request_text) is None


@pytest.mark.parametrize(("typed", "title"), [("just Instructors", "Instructors"), ("Who We Are instead", "Who We Are"),
                                              ("Rates please", "Rates"), ("Small Things", "Small Things")])
def test_a_new_name_in_a_rename_is_the_name_alone(typed: str, title: str) -> None:
    assert new_title(typed) == title


@pytest.mark.parametrize(("request_", "name"), [
    ("Add page 'Jam Etiquette': tune to 440 before you sit down.", ("Jam Etiquette", True)),
    ('Please add a "Join Us" page explaining the process', ("Join Us", True)),
    ("add a price list page pls. womens cut £38", ("price list", False)),
    ("add an about us page, my gran started the bakery in 1968", ("about us", False)),
    ("need a simple contact page", ("contact", False)),
])
def test_a_name_in_quotes_or_of_a_few_lower_case_words_is_whole(request_: str, name: tuple[str, bool]) -> None:
    assert typed_name(request_) == name


def test_a_page_word_beside_a_title_names_the_page_not_the_title() -> None:
    assert names("Add a page called Visiting Responsibly: stay 10 metres away", "Visiting Responsibly")
    assert not names("add an about page titled Our Story", "Our Story")


def test_words_of_a_correction_are_no_page_name() -> None:
    from app.scaffold.pagename import could_be_a_name
    assert could_be_a_name("Fees and Uniforms") and could_be_a_name("Our Story")
    assert not could_be_a_name("Still says 195 for kids") and not could_be_a_name("Should be Sunday")


def test_a_sentence_of_its_own_after_page_and_a_colon_names_the_new_page() -> None:
    from app.scaffold.pagename import typed_name
    assert typed_name("Page: For Sale. 1962 Malvern Star Oppy, green, $650. 1978 Speedwell Tourer, $420.") == ("For Sale", True)
    assert typed_name("New page: Gallery. I'll send photos") == ("Gallery", True)
    assert typed_name("the home page: make it blue.") is None  # home is no new page


@pytest.mark.parametrize(("request_text", "name"), [
    # u376-u385: the capitalised readers took "Who", "Menu", "What", "Diary", or no name at all
    ("Page Who brings what: Aunt Vesna - sarma (40 pieces!), Uncle Goran - rakija", "Who brings what"),
    ("Add page Menu of the week: Monday soup of carrot and fish with rice, Tuesday chicken stew", "Menu of the week"),
    ("Make a page What we need with the list: winter jackets for kids, school shoes size 30-38", "What we need"),
    ("Could you add a Dates for the Diary page: Halloween Disco 30th October, Christmas Fair 5th December", "Dates for the Diary"),
    ("second one, page Cozonac: 1 kg flour, 300 ml milk, 6 egg yolks", "Cozonac"),
    ("another one, page Ciorba de Perisoare (meatball soup): 500g minced pork, 100g rice", "Ciorba de Perisoare"),
    ("Page FAQ please: How early to book? – Most couples book 12–18 months before.", "FAQ"),
    ("Please make a page Clients and list: Kiebitz Verlag, Hafenblatt Magazin", "Clients"),
    ("Page Played at: Milonga La Cumparsita (Montevideo, monthly since 2019)", "Played at"),
    ("Add page About dombra: Dombra is two-string instrument of Kazakh people.", "About dombra"),
    ("ok nvm. add a page Papanasi with: 500g cottage cheese, 2 eggs", "Papanasi"),
    ("ok then make page Our Work and write: Casa Analco - 3 bathrooms talavera 2024.", "Our Work"),
])
def test_the_words_before_a_page_s_colon_are_its_name(request_text: str, name: str) -> None:
    assert typed_name(request_text) == (name, True)


@pytest.mark.parametrize("request_text", [
    "For services, please list: Certified translation — $45 per page. General translation — $0.18 per word",
    "On the home page: add our hours Mon 9-5",
    "Add to the About page: I started in 2010.",  # a page the site has, named as where content goes
])
def test_no_new_page_is_read_where_page_is_not_named_before_the_colon(request_text: str) -> None:
    assert new_page_named(request_text, ["/", "/about"]) is None


@pytest.mark.parametrize(("typed", "name"), [("Pricng", "Pricing"), ("Servcies", "Services"), ("servcies", "services"),
                                             ("Gallrey", "Gallery"), ("Contcat", "Contact")])
def test_a_small_site_s_page_name_typed_with_a_letter_dropped_or_two_swapped_is_that_name(typed: str, name: str) -> None:
    from app.scaffold.pagename import respelt
    assert respelt(typed) == name


@pytest.mark.parametrize("typed", ["Tips", "Events", "Clases", "Boats"])
def test_a_word_of_its_own_is_not_respelt(typed: str) -> None:
    from app.scaffold.pagename import respelt
    assert respelt(typed) is None


@pytest.mark.parametrize(("request_text", "name"), [
    # u419, u422, u427: a request that opens with "Page" and a capitalised name, whatever follows the name
    ("Page Tournaments, list: 12/04 Torneo Interescolar Zona Oeste / 17/05 Copa Ciudad de Rosario", "Tournaments"),
    ("Page Safety. Write: Safety is first. I measure ice thickness every morning", "Safety"),
    ("Page for Trips with prices (per person):\nSunset cruise 2 hours - 25 USD", "Trips"),
    # u420: "For" of a name typed at a sentence's start, and a page described as "simple"
    ("For Sale page: Oak kredens from 1930s 3400 zł, Thonet style chairs 1200 zł pair", "For Sale"),
    ("OK instead of shop, make simple page For Sale with my renovated items: Oak kredens, 3400 zł", "For Sale"),
    # u419, u420, u421: what the words before the colon say of the content is not of the name
    ("Add a page Join Us explaining: Any student from JSS3 to SS3 can join.", "Join Us"),
    ("Then make a page Contact and just write: Please send me an email", "Contact"),
    ("Add a page Restoration explaining my work: \"Each book arrives with its history.\"", "Restoration"),
    # u428: who the page is for, in lower case, is not of its name; "With" capitalised is
    ("Add a page Shipping for the clients abroad: Pack the accordion in its case", "Shipping"),
    ("New page Volunteer With Us: We need people for reading news", "Volunteer With Us"),
    ("page Dates for the Diary: 5 May open day", "Dates for the Diary"),
    # u429: a name in lower case after the ask
    ("add price list page po. Whole lechon small (15-18 kilos) - ₱7,500", "price list"),
    # u431, u416: a name in any case before "page" and its colon after "add"; after Tagalog's "ng"
    ("Add How it works page: 1. Message us to get free empty box.", "How it works"),
    ("Pa add ng page Fare Matrix: Regular fare within Sindalan ₱20", "Fare Matrix"),
    ("Pa-add ng Rates page: TDC 15 hours – ₱1,500.", "Rates"),  # u419
    ("Add to the Contact page: phone 0917 555 0101", "Contact"),
    ("Pa add ng page Fare Matrix: Regular fare", "Fare Matrix"),
    # u426, as the readings see "Agora a página Professores: ..." (``shorthand``)
    ("Agora the page Professores: Seu Baltazar Ferreira - cavaquinho", "Professores"),
])
def test_a_page_named_first_or_before_what_its_content_says_is_read(request_text: str, name: str) -> None:
    typed = typed_name(request_text)
    assert typed is not None and typed[0] == name


@pytest.mark.parametrize("request_text", ["Page About is wrong, fix the title", "Page 2 of the menu is empty",
                                          "For the Contact page: phone 555 0101"])
def test_a_page_named_first_is_not_read_from_a_sentence_about_it(request_text: str) -> None:
    typed = typed_name(request_text)
    assert typed is None or typed[0] == "Contact"


def test_where_words_before_page_and_a_colon_are_no_name() -> None:
    # u387: "add opening hour in footer every page: Buka setiap hari 06.00 - 14.00" is the footer
    assert new_page_named("add opening hour in footer every page: Buka setiap hari 06.00 - 14.00", ["/"]) is None
