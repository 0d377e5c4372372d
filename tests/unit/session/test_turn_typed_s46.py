"""Requests as the blind sets u202-u206 typed them, each through the real turn loop with the plan the model wrote."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.scaffold.coverage import typed_content
from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import run as _run


def _shown(root: Path) -> str:
    """Every page's source and the site's name, one text."""
    return "\n".join(p.read_text() for p in sorted((root / "app").rglob("page.tsx"))) + (root / "lib" / "site.ts").read_text()


def _list_page(root: Path, route: str, items: list[tuple[str, str]]) -> None:
    title = route.strip("/").title()
    plan = {"ops": [{"op": "add_page", "title": title, "route": route},
                    {"op": "add_items", "route": route, "kind": "list",
                     "items": [{"title": t, "text": d} for t, d in items]}]}
    prompt = f"add a {title} page: " + ", ".join(f"{t} - {d}" if d else t for t, d in items)
    assert _run(root, json.dumps(plan), prompt).outcome == "applied"


_MENU = [("Adjaruli khachapuri", "14 GEL"), ("Imeruli khachapuri", "12 GEL"), ("Lobiani (bean bread)", "7 GEL")]
_SWEATERS = [("Classic Lopapeysa grey", "34.900 ISK"), ("Lopapeysa with zipper", "38.500 ISK"), ("Children's lopapeysa", "18.900 ISK")]


@pytest.mark.parametrize(("items", "prompt", "model", "typed"), [
    # the model split "GEL" off as an entry of its own, on the home page
    (_MENU, "add new item: Penovani khachapuri 13 GEL (puff pastry with cheese)",
     '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Penovani","text":"13 GEL"},'
     '{"title":"GEL","text":"puff pastry with cheese"}]}]}', ("Penovani khachapuri (puff pastry with cheese)", "13 GEL")),
    # an edit of an item the site does not have: rejected
    (_SWEATERS, "New item please: Wool socks - 4.900 ISK",
     '{"ops":[{"op":"edit_item","item":"Wool socks","text":"4.900"}]}', ("Wool socks", "4.900 ISK")),
    ([("Pino (beef, onion, egg, olive)", "$2.500"), ("Queso", "$2.000"), ("Mariscos", "$3.500")],
     "add one more: Camarón Queso (shrimp & cheese) $3.200",
     '{"ops":[{"op":"edit_item","item":"Camarón Queso","text":"$3.200"}]}', ("Camarón Queso (shrimp & cheese)", "$3.200")),
])
def test_a_new_priced_entry_goes_into_the_list_of_its_shape(tmp_path: Path, items: list[tuple[str, str]], prompt: str,
                                                           model: str, typed: tuple[str, ...]) -> None:
    root = managed_project(tmp_path)
    route = "/menu" if items is not _SWEATERS else "/sweaters"
    _list_page(root, route, items)
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    page = (root / "app" / route.strip("/") / "page.tsx").read_text()
    assert all(words in page for words in typed), page


@pytest.mark.parametrize(("items", "prompt", "model", "gone", "came"), [
    ([("Tamsin Achterberg", "CEO"), ("Joost de Wit", "CTO"), ("Ayumi Kato", "Design")],
     "Ayumi moved on. replace with Bram Oosterhuis (design)", '{"ops":[{"op":"edit_item","item":"Ayumi","text":"design"}]}',
     "Ayumi", "Bram Oosterhuis"),
    ([("Kwame Boateng", "owner"), ("DJ Kofi Flex", "music"), ("Abena", "lights and decor")],
     "DJ Kofi Flex is not with us again, change him to DJ Spinz", '{"ops":[{"op":"replace_text","old":"DJ ","new":"DJ Spinz"}]}',
     "Kofi Flex", "DJ Spinz"),
    ([("Taufa family", "hymn"), ("Fifita family", "funny skit"), ("the grandkids", "haka")],
     "Fifita family pulled out, change it to Moala family - group song",
     '{"ops":[{"op":"edit_item","item":"Fifita family","text":"group song"}]}', "Fifita", "Moala family"),
    ([("Alfajor de maicena", "$1.200"), ("Caja x12 surtida", "$14.000")], "quit the Caja x12, now is Caja x6 surtida $7.500",
     '{"ops":[{"op":"edit_item","item":"Caja x12 surtida","text":"$7.500"}]}', "Caja x12", "Caja x6 surtida"),
    # a name put right, or one put in another's place
    ([("Balto Jr", "lead dog"), ("Kesi", "the boss lady"), ("Frost", "wheel dog")],
     "Oops, the dog is not Frost, his name is Frosti (with i at the end). change it please", '{"ops":[{"op":"decline"}]}',
     '"Frost"', "Frosti"),  # the entry's name as the page's data writes it: "Frosti" holds "Frost"
    ([("Ximena", "dama"), ("Valeria", "dama"), ("Lucía", "dama")],
     "Valeria can't be a dama anymore 😢 her family moved to Dallas. put Renata instead",
     '{"ops":[{"op":"replace_text","old":"Valeria","new":""}]}', "Valeria", "Renata"),
    # who comes named before their role, or added as a sponsor
    ([("Kwabena Boateng", "master tailor"), ("Yaw Mensah", "cutter"), ("Efua Owusu", "finishing")],
     "Yaw has left us, Kofi Asare is our new cutter", '{"ops":[{"op":"decline"}]}', "Yaw Mensah", "Kofi Asare"),
    ([("Andhra Kites Emporium", ""), ("Sagar Sweets", ""), ("Port City Radio 91.5", "")],
     "Sagar Sweets pulled out, remove please. Add Vizag Steel Runners Club as sponsor",
     '{"ops":[{"op":"remove_item","item":"Sagar Sweets"}]}', "Sagar Sweets", "Vizag Steel Runners Club"),
])
def test_what_goes_is_edited_into_what_comes_in_its_place(tmp_path: Path, items: list[tuple[str, str]], prompt: str,
                                                          model: str, gone: str, came: str) -> None:
    root = managed_project(tmp_path)
    _list_page(root, "/about", items)
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    page = (root / "app" / "about" / "page.tsx").read_text()
    assert came in page and gone not in page, page


@pytest.mark.parametrize(("prompt", "model", "typed"), [
    # "in two languages" is the heading's words, not a site in two languages
    ("Change main heading on home to: Your story, in two languages",
     '{"ops":[{"op":"set_text","route":"/","target":"title","text":"Your story, in two languages"}]}',
     "Your story, in two languages"),
    ("add note: no presents please, koha to Rotorua Hospice instead", '{"ops":[{"op":"decline"}]}',
     "No presents please, koha to Rotorua Hospice instead"),
    ("add a banner at top: Launching 1 February 2027", '{"ops":[{"op":"decline"}]}', "Launching 1 February 2027"),
    ("write on top of home: English menu OK! Credit card OK!",
     '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"English menu"}]}', "English menu OK! Credit card OK!"),
])
def test_words_typed_after_a_label_and_a_colon_reach_the_home_page(tmp_path: Path, prompt: str, model: str, typed: str) -> None:
    root = managed_project(tmp_path)
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    assert typed in (root / "app" / "page.tsx").read_text()


def test_sold_out_written_next_to_an_entry_keeps_what_it_says(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _list_page(root, "/events", [("14 January", "Beginners evening"), ("4 February", "Selbu mitten workshop 350 kr"),
                                 ("11 March", "Yarn swap")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Selbu","text":"SOLD OUT"}]}',
                  "Selbu workshop is full now, please write SOLD OUT next to it")
    assert result.outcome == "applied", result.message
    assert "Selbu mitten workshop 350 kr – SOLD OUT" in (root / "app" / "events" / "page.tsx").read_text()


def test_a_new_business_name_everywhere_replaces_the_old_one_on_every_page(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    opener = ('{"ops":[{"op":"describe_site","name":"Okonkwo Solar and Inverters Ltd","tagline":"No more NEPA wahala",'
              '"sections":["features"],"about":"Okonkwo Solar and Inverters Ltd, Enugu. We install solar panels."}]}')
    assert _run(root, opener, "site for my company Okonkwo Solar and Inverters Ltd, Enugu. We install solar panels.").outcome == "applied"
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Okonkwo Solar Energy Ltd. Update everywhere"}]}',
                  "We changed name, it is now Okonkwo Solar Energy Ltd. Update everywhere")
    assert result.outcome == "applied", result.message
    shown = _shown(root)
    assert "Inverters" not in shown and "Update everywhere" not in shown and "Okonkwo Solar Energy Ltd" in shown


@pytest.mark.parametrize(("request_text", "number"), [
    ("Contact: ingrid@runstigen.se, +46 70 412 38 19", "+46 70 412 38 19"),
    ("put contact info: phone +90 532 418 77 90, email yusuf@demirdrone.com.tr", "+90 532 418 77 90"),
    ("WhatsApp 06 41 22 83 57 before 1 March", "06 41 22 83 57"),
])
def test_a_phone_number_typed_in_pairs_is_read_whole(request_text: str, number: str) -> None:
    assert number in typed_content(request_text)


def test_under_the_title_is_a_place_not_a_new_site_name(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _list_page(root, "/menu", _MENU)
    result = _run(root, '{"ops":[{"op":"set_text","route":"/menu","target":"site_name","text":"20 persons"}]}',
                  "Minimum order is 20 persons. Please write this on the menu page under the title.")
    assert result.outcome == "applied", result.message
    assert "Minimum order is 20 persons." in (root / "app" / "menu" / "page.tsx").read_text()
    assert "20 persons" not in (root / "lib" / "site.ts").read_text()


def test_a_testimonial_from_two_people_keeps_both_names(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"testimonials","items":[{"title":"Tomas",'
                        '"text":"Our wedding guests still talk about the cepelinai!"}]}]}',
                  "Add testimonial from Tomas and Eglė: 'Our wedding guests still talk about the cepelinai!'")
    assert result.outcome == "applied", result.message
    assert "Tomas and Eglė" in (root / "app" / "page.tsx").read_text()


def test_a_lineup_led_by_dates_is_read_whole_where_the_plan_paired_the_names_wrongly(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Joel Sebunjo","text":"27 June"},'
             '{"title":"Nakato Sax Quartet","text":"25 July"},{"title":"Joel Sebunjo","text":"29 August"}]}]}')
    result = _run(root, model, "Upcoming lineup: 27 June - Nakato Sax Quartet, 25 July - Joel Sebunjo (kora), "
                               "29 August - The Kabaka Groove Band")
    assert result.outcome == "applied", result.message
    page = (root / "app" / "page.tsx").read_text()
    assert all(words in page for words in ("Nakato Sax Quartet", "Joel Sebunjo (kora)", "The Kabaka Groove Band", "29 August"))


def test_people_listed_with_their_roles_are_all_placed(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"add_section","route":"/","kind":"image_text","heading":"Meet the team","text":"Lan (founder, '
             '3rd generation lantern maker), Minh (teacher, speaks English and French)"}]}')
    result = _run(root, model, "Add a 'Meet the team' section on the home page: Lan (founder, 3rd generation lantern maker), "
                               "Minh (teacher, speaks English and French), Thao (teacher, speaks Korean)")
    assert result.outcome == "applied", result.message
    page = (root / "app" / "page.tsx").read_text()
    assert "Meet the team" in page and "Thao" in page and "speaks Korean" in page


def test_the_one_time_the_site_shows_moves_when_the_meeting_time_changes(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    text = "We meet every Tuesday evening at 7pm in the Frankton Community Hall."
    assert _run(root, json.dumps({"ops": [{"op": "add_section", "route": "/", "kind": "text", "text": text}]}),
                f"add to home: {text}").outcome == "applied"
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Meeting","text":"7.30pm"}]}', "Please change our meeting time to 7.30pm")
    assert result.outcome == "applied", result.message
    assert "Tuesday evening at 7.30pm in the Frankton" in (root / "app" / "page.tsx").read_text()


@pytest.mark.parametrize(("prompt", "model", "route", "typed"), [
    ("Page Stalls: Ta' Rikardu cheeselets, Mena's ftira, Gozo Lace by Carmen, Il-Bir craft beer, Xlendi honey",
     '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Ta\' Rikardu cheeselets"},{"title":"Mena\'s",'
     '"text":"ftira"},{"title":"Gozo Lace by Carmen"},{"title":"Il-Bir craft beer"},{"title":"Xlendi honey"}]}]}',
     "/stalls", ("Gozo Lace by Carmen", "Xlendi honey")),
    ("add a memories page where family wrote some: 'Grandpa taught me to fish off the Lester River bridge' – Jake. "
     "'He still beats all of us at cribbage' – Molly",
     '{"ops":[{"op":"add_page","title":"Grandpa taught me to fish off the Lester River bridge","route":"/memory"},'
     '{"op":"add_items","route":"/memory","kind":"testimonials","items":[{"title":"Jake","text":"Grandpa taught me to fish off '
     'the Lester River bridge"},{"title":"Molly","text":"He still beats all of us at cribbage"}]}]}',
     "/memories", ("Jake", "He still beats all of us at cribbage")),
])
def test_a_new_page_is_named_as_typed_not_after_its_content(tmp_path: Path, prompt: str, model: str, route: str,
                                                            typed: tuple[str, ...]) -> None:
    root = managed_project(tmp_path)
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    page = (root / "app" / route.strip("/") / "page.tsx").read_text()
    assert all(words in page for words in typed), page


def test_a_typo_corrected_with_the_right_words_in_quotes(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _list_page(root, "/packages", [("Wedding Package", "GHS 4,500"), ("Church Program", "GHS 1,200")])
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Church Programme"}]}',
                  "typo: Church Program should be 'Church Programme'")
    assert result.outcome == "applied", result.message
    page = (root / "app" / "packages" / "page.tsx").read_text()
    assert "Church Programme" in page and "'Church" not in page


def test_colours_in_a_dress_code_typed_after_its_label_are_no_theme(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    before = (root / "app" / "theme.css").read_text() if (root / "app" / "theme.css").exists() else ""
    result = _run(root, '{"ops":[{"op":"set_theme","primary":"pink","background":"white","foreground":"white"}]}',
                  "on the home page add dress code: Formal — please no pink, that's for the quinceañera 😂")
    assert result.outcome == "applied", result.message
    assert "please no pink" in (root / "app" / "page.tsx").read_text()
    assert ((root / "app" / "theme.css").read_text() if (root / "app" / "theme.css").exists() else "") == before


def test_a_priced_entry_goes_into_the_priced_list_not_a_list_of_bare_names(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    assert _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Radio Gdańsk"},'
                      '{"title":"Amber Games Studio"},{"title":"Wydawnictwo Morskie"}]}]}',
                "clients on home: Radio Gdańsk, Amber Games Studio, Wydawnictwo Morskie").outcome == "applied"
    _list_page(root, "/services", [("Commercial spot up to 30 sec", "600 zł"), ("Audiobook per finished hour", "500 zł")])
    result = _run(root, '{"ops":[{"op":"decline"}]}', "Add new service: Podcast intro/outro — 250 zł")
    assert result.outcome == "applied", result.message
    assert "Podcast intro/outro" in (root / "app" / "services" / "page.tsx").read_text()
    assert "Podcast" not in (root / "app" / "page.tsx").read_text()


def test_a_button_that_go_to_a_page(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _list_page(root, "/products", [("Mug", "350 MT"), ("Bowl", "500 MT")])
    result = _run(root, '{"ops":[{"op":"decline"}]}', "Add button on home 'See the pieces' that go to Products page")
    assert result.outcome == "applied", result.message
    home = (root / "app" / "page.tsx").read_text()
    assert "See the pieces" in home and "/products" in home


def test_a_quoted_heading_before_the_people_is_kept(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"add_items","route":"/","kind":"team","items":[{"title":"Ingrid Solheim","text":"owner, knits since '
             'she was 6"},{"title":"Kari Nygård","text":"teaches Selbu patterns"},{"title":"Tobias Berg","text":"makes the coffee"}]}]}')
    result = _run(root, model, "Add 'Who we are' on the home page: Ingrid Solheim (owner, knits since she was 6), Kari Nygård "
                               "(teaches Selbu patterns), Tobias Berg (makes the coffee)")
    assert result.outcome == "applied", result.message
    page = (root / "app" / "page.tsx").read_text()
    assert "Who we are" in page and "Tobias Berg" in page


def test_a_surname_corrected_after_the_name_s_possessive(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _list_page(root, "/committee", [("Joan Baxter", "President"), ("Mei Ling Chow", "Treasurer")])
    result = _run(root, '{"ops":[{"op":"replace_text","old":"Chow","new":"Chau"}]}',
                  "sorry my mistake, Mei Ling's surname is spelt Chau not Chow")
    assert result.outcome == "applied", result.message
    assert "Mei Ling Chau" in (root / "app" / "committee" / "page.tsx").read_text()


@pytest.mark.parametrize(("prompt", "model", "typed"), [
    ("We work Monday to Saturday 7am - 8pm. Sunday only emergency.",
     '{"ops":[{"op":"edit_item","item":"Monday to Saturday 7am - 8pm","text":"Sunday only"}]}',
     ("Monday to Saturday", "7am - 8pm", "only emergency")),
    ("open every day 6am - 10pm 🕕", '{"ops":[{"op":"edit_item","item":"Every day 6am - 10pm","text":"6am - 10pm"}]}',
     ("Every day", "6am - 10pm")),
])
def test_opening_hours_typed_replace_the_placeholder_hours(tmp_path: Path, prompt: str, model: str, typed: tuple[str, ...]) -> None:
    root = managed_project(tmp_path)
    opener = ('{"ops":[{"op":"describe_site","name":"Chidi Auto Rescue","tagline":"Towing and repairs in Enugu",'
              '"sections":["list","cta"]}]}')
    assert _run(root, opener, "site for Chidi Auto Rescue, towing and repairs in Enugu").outcome == "applied"
    assert "9am to 5pm" in (root / "app" / "page.tsx").read_text()
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    page = (root / "app" / "page.tsx").read_text()
    assert all(words in page for words in typed) and "9am to 5pm" not in page, page


def test_a_statement_of_when_something_happens_goes_on_home(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    prompt = "Rehearsals every Wednesday 19:00–21:30 in Kulturhuset room 3. New singers welcome, no audition for alto and bass!"
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Rehearsals every Wednesday 19:00–21:30 in Kulturhuset room 3",'
                        '"text":"New singers welcome, no audition for alto and bass"}]}', prompt)
    assert result.outcome == "applied", result.message
    assert "Kulturhuset room 3" in (root / "app" / "page.tsx").read_text()


def test_an_address_with_its_number_after_the_street_and_a_mobile_number(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"contact","items":[{"title":"Calle","text":"312"},'
                        '{"title":"whatsapp","text":"+56 9 8765 4321"}]}]}',
                  "put the address Calle Templeman 312, Cerro Alegre and whatsapp +56 9 8765 4321")
    assert result.outcome == "applied", result.message
    page = (root / "app" / "page.tsx").read_text()
    assert "Calle Templeman 312, Cerro Alegre" in page and "+56 9 8765 4321" in page


def test_entries_added_to_a_page_named_by_its_name_alone(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _list_page(root, "/collection", [("Everyday jersey hijab", "£8"), ("Chiffon hijab", "£12"), ("Black open abaya", "£45")])
    result = _run(root, '{"ops":[{"op":"add_items","route":"/collection","kind":"list","items":[{"title":"Kids prayer set",'
                        '"text":"£18"},{"title":"Satin","text":"Satin"}]}]}',
                  "add Kids prayer set £18 and Satin underscarf £4 to collection")
    assert result.outcome == "applied", result.message
    page = (root / "app" / "collection" / "page.tsx").read_text()
    assert "Satin underscarf" in page and "£4" in page


def test_a_quoted_text_asked_for_on_top(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"decline"}]}', "add text on top 'Only a few weeks until the big day!'")
    assert result.outcome == "applied", result.message
    assert "Only a few weeks until the big day!" in (root / "app" / "page.tsx").read_text()


def test_a_feature_s_word_in_the_words_a_text_is_set_to_is_content(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"English menu"},'
                        '{"op":"set_theme","primary":"red","background":"red"}]}',
                  "write on top of home: English menu OK! Card payment OK!")
    assert result.outcome == "applied", result.message
    assert "Card payment OK!" in (root / "app" / "page.tsx").read_text()


@pytest.mark.parametrize(("text", "prompt", "model", "now"), [
    ("Nocturna Plus: $3.99/month or $29.99/year, all sounds + offline", "yearly is now $24.99 (launch discount)",
     '{"ops":[{"op":"edit_item","item":"Yearly","text":"$24.99 (launch discount)"}]}', "$3.99/month or $24.99/year"),
    ("Falafel sandwich 0.50 JD, Hummus plate 1.25 JD, Fatteh 2 JD, Mint lemonade 0.75 JD",
     "the fatteh is now 2.5 JD not 2, gas price go up 😩",
     '{"ops":[{"op":"edit_item","item":"The Fatteh","text":"2.5 JD","title":"Gas Price Go Up"}]}',
     'title: "Fatteh", text: "2.5 JD"'),  # the prices typed as a list are read as one: each its name and price
])
def test_a_new_price_in_a_text_by_its_period_or_in_dinars(tmp_path: Path, text: str, prompt: str, model: str, now: str) -> None:
    root = managed_project(tmp_path)
    assert _run(root, json.dumps({"ops": [{"op": "add_section", "route": "/", "kind": "text", "text": text}]}),
                f"add to home: {text}").outcome == "applied"
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    assert now in (root / "app" / "page.tsx").read_text()


def test_a_new_price_of_the_entry_named_not_of_one_whose_price_shares_the_digits(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _list_page(root, "/prices", [("Light vehicle (category B) 18.500 MT", ""), ("Motorbike (category A) 9.000 MT", ""),
                                 ("Refresher 10 lessons 6.000 MT", "")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Refresher price","text":"6.500 MT"}]}', "Refresher price is now 6.500 MT")
    assert result.outcome == "applied", result.message
    page = (root / "app" / "prices" / "page.tsx").read_text()
    assert 'title: "Refresher 10 lessons", text: "6.500 MT"' in page and 'title: "Light vehicle (category B)", text: "18.500 MT"' in page


def test_a_button_named_on_the_homepage_or_on_top_with_its_label_in_quotes(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _list_page(root, "/her-story", [("1931", "born in Innsbruck"), ("1955", "married Sepp")])
    result = _run(root, '{"ops":[{"op":"decline"}]}', "add a button on top 'Her Story' going to the story page")
    assert result.outcome == "applied", result.message
    home = (root / "app" / "page.tsx").read_text()
    assert "Her Story" in home and "/her-story" in home and not (root / "app" / "story").exists()

