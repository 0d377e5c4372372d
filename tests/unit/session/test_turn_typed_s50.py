"""Requests as the blind sets u232-u243 typed them, each through the real turn loop with the plan the model wrote."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import run as _run, page as _page, apply as _apply, para as _para, text as _text



def _edited(tmp_path: Path, shown: str, model: str, prompt: str) -> str:
    """The home page after ``prompt``, read with ``model``'s plan, on a site whose home shows ``shown``; the turn applied."""
    root = managed_project(tmp_path)
    _para(root, shown)  # a paragraph as the site shows it (no reading of its words as a list)
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    return _page(root, "/")


@pytest.mark.parametrize(("model", "prompt", "shown"), [
    ('{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Moolah Jar"},'
     '{"op":"set_theme","primary":"orange","font":"rounded"}]}',
     "Landing page for Moolah Jar — a pocket money app for kids 6-12 and their parents. Kids see three jars: Spend, "
     "Save, Give. Launching on iOS and Android 2 March 2026. We're based in Auckland. Bright, playful, rounded fonts pls",
     ["Moolah Jar", "pocket money app", "2 March 2026"]),
    ('{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Driftly"},'
     '{"op":"set_theme","primary":"navy","background":"purple","foreground":"white"}]}',
     "Landing page for our app Driftly – a sleep sounds + wind-down app for iOS and Android. Tagline: 'Fall asleep "
     "without scrolling.' Dark navy, soft purple, modern startup vibe. Launching 14 March 2027.",
     ["Driftly", "Fall asleep without scrolling", "14 March 2027"]),
])
def test_a_landing_page_for_the_writers_own_app_opens_the_site(tmp_path: Path, model: str, prompt: str,
                                                                 shown: list[str]) -> None:
    """"Landing page for our app X", "Landing page for Moolah Jar": the site described, with its launch date."""
    root = managed_project(tmp_path)
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    assert "describe_site" in result.plan
    assert all(s in _page(root, "/") for s in shown)


def test_a_date_typed_after_the_title_of_an_event_site_is_shown(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"describe_site","name":"Priya and Dev","tagline":"25 Years","sections":["list","cta"]}]}'
    result = _run(root, model, "Hi!! I'm organising a surprise 25th anniversary party for my parents Priya and Dev Mistry 💍 "
                               "can you make a pretty website for the guests? Title 'Priya and Dev - 25 Years' and the date "
                               "Saturday 14 August 2027")
    assert result.outcome == "applied", result.message
    assert "Saturday 14 August 2027" in _page(root, "/")


@pytest.mark.parametrize(("name", "prompt", "place"), [
    ("Hermanos Vidal Mudanzas", "hola, i need website for my moving company Hermanos Vidal Mudanzas in Montevideo. we are 2 "
     "brothers, Diego and Martín, 15 years moving houses and offices. make it blue and white pls", "Moving company in Montevideo"),
    ("Auntie Njoki's Pilau", "habari, i want website for my food kiosk Auntie Njoki's Pilau, near Eldoret bus stage. we sell "
     "pilau, chapati, beans, chai. colours green and orange", "Food kiosk near Eldoret bus stage"),
])
def test_where_the_business_is_said_beside_its_name_is_shown(tmp_path: Path, name: str, prompt: str, place: str) -> None:
    root = managed_project(tmp_path)
    model = json.dumps({"ops": [{"op": "describe_site", "name": name, "tagline": "We move you", "sections": ["contact"]}]})
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    assert place in _page(root, "/")


@pytest.mark.parametrize(("shown", "model", "prompt", "gone", "now"), [
    ("Leaders: Gwen Hartley (MIA), Sunil Varma (rope skills), Fraser Doyle (first aid lead).", _DECLINE := '{"ops":[{"op":"decline"}]}',
     "Sunil can't make it any more, Ros Kettlewell is taking the rope skills workshop instead", "Sunil Varma",
     "Ros Kettlewell"),
    ("Teachers: Klára (Lindy Hop, Solo Jazz), Tomáš (Balboa).",
     '{"ops":[{"op":"remove_item","item":"Solo Jazz"}]}',
     "Klára is leaving us (maternity leave 🍼) so take her off the teachers, Solo Jazz now taught by Bára Sýkorová",
     "Klára", "Bára Sýkorová"),
    ("Committee: Chair Jenny Trewin, Treasurer Mike Rowe, Secretary Paul Kessell.", _DECLINE,
     "Mike Rowe has stood down as treasurer, it's now Sally Vincent", "Mike Rowe", "Treasurer Sally Vincent"),
    ("Welcome by Grandpa Kofi, prayer by Rev. Esther Adjei, naming by Auntie Ama.", _DECLINE,
     "Correction: Rev. Esther Adjei cannot come, prayer will be by Pastor Samuel Ofori", "Esther Adjei",
     "prayer by Pastor Samuel Ofori"),
    ("Solo recital 1500 zł. Duo with violin (Paweł Zając) 2200 zł.", _DECLINE,
     "Paweł is not playing with me anymore, duo is now with violinist Zuzanna Wójcik", "Paweł", "violin (Zuzanna Wójcik)"),
    ("Court of honor: damas Sofia, Camila, Renata and Lucía.", '{"ops":[{"op":"replace_text","old":", Renata","new":""}]}',
     "Renata can't be in the court anymore 😢 please change her to Ximena", "Renata", "Camila, Ximena and Lucía"),
    ("Teachers: Daniela Fuentes (bachata), Luis Ortega (salsa).", '{"ops":[{"op":"decline"}]}',
     "Daniela leave the school :( now bachata teacher is Karla Jiménez", "Daniela", "Karla Jiménez"),
])
def test_who_comes_in_place_of_who_goes(tmp_path: Path, shown: str, model: str, prompt: str, gone: str, now: str) -> None:
    """Stood down, cannot come, not playing anymore, taking it instead, now taught by, change her to."""
    page = _edited(tmp_path, shown, model, prompt)
    assert gone not in page and now in page


def test_a_price_in_yuan_changes_where_the_text_shows_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _text(root, "Membership fee 300 yuan per season, need health check from hospital.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Fee","text":"350 yuan"}]}', "Membership fee change to 350 yuan")
    assert result.outcome == "applied", result.message
    assert "Membership fee 350 yuan per season" in _page(root, "/")


def test_the_kind_said_before_a_labels_name_is_the_one_whose_price_changes(tmp_path: Path) -> None:
    """"large stall fee" is the Large stall's, not the first price the "Stall fees" item shows."""
    root = managed_project(tmp_path)
    _apply(root, [{"op": "add_items", "route": "/", "kind": "list",
                   "items": [{"title": "Stall fees", "text": "Small 3x3m $25"}, {"title": "Large 3x6m", "text": "$40"}]}],
           "stall fees: small 3x3m $25, large 3x6m $40")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Large","text":"$45"}]}', "large stall fee is now $45")
    assert result.outcome == "applied", result.message
    page = _page(root, "/")
    assert "$45" in page and "$40" not in page and "Small 3x3m $25" in page


@pytest.mark.parametrize(("model", "prompt", "cards"), [
    ('{"ops":[{"op":"add_section","route":"/","kind":"features","heading":"Wind-down timer","text":"dims your phone"}]}',
     "Add a features section with 3 cards: Wind-down timer (dims your phone and fades out audio), 120+ sleep sounds "
     "recorded in Nordic forests, Sleep diary with weekly insights",
     ["Wind-down timer", "dims your phone and fades out audio", "120+ sleep sounds recorded in Nordic forests",
      "Sleep diary with weekly insights"]),
    ('{"ops":[{"op":"set_theme","accent":"#365000","font":"rounded"}]}',
     "Features section, 3 cards: 'Scan in 2 seconds' - point your camera, we read every line. 'Split any way' - by item, "
     "by percent or evenly. 'Settle up' - see who owes who at a glance.",
     ["Scan in 2 seconds", "point your camera, we read every line", "by item, by percent or evenly", "Settle up"]),
    ('{"ops":[{"op":"add_items","route":"/","kind":"features","items":[{"title":"Feeding reminders","text":"never starve"}]}]}',
     "features section w/ 3 cards: Feeding reminders – never starve your starter again. Hydration calculator – nail 75% "
     "dough every time. Bake journal – photos, notes, crumb ratings.",
     ["never starve your starter again", "Hydration calculator", "nail 75% dough every time", "photos, notes, crumb ratings"]),
])
def test_the_cards_counted_are_each_shown_whole(tmp_path: Path, model: str, prompt: str, cards: list[str]) -> None:
    """The count typed says how the words part: brackets, quoted names, sentences, commas."""
    root = managed_project(tmp_path)
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    page = _page(root, "/")
    assert all(c in page for c in cards)


def test_cards_typed_for_a_new_page_are_not_put_on_home() -> None:
    from app.scaffold import cardsfit
    from app.scaffold.site import initial_site
    site = initial_site("x")
    assert cardsfit.read("Create a page at /privacy with three points: We never show ads. We never sell data. "
                         "Parents can delete the account.", site) is None
    assert cardsfit.read("Add a Features section with 3 cards. Titles exactly: \"Any game\", \"Pass the phone\", "
                         "\"History\". Descriptions: a, b, c", site) is None


@pytest.mark.parametrize(("shown", "model", "prompt", "now", "gone"), [
    ("born in Hiroshima, came to Canada in 1968, ran Tanaka Florist for 35 years",
     '{"ops":[{"op":"edit_item","item":"She Came To Canada","text":"not 1968 lol"}]}',
     "wait she came to Canada in 1967 not 1968 lol, my mom just told me", "Canada in 1967", "1968"),
    ("Cluj Open 2027: 17-18 April, Hotel Napoca.", '{"ops":[{"op":"edit_item","item":"Cluj Open","text":"24-25 April"}]}',
     "Cluj Open moved to 24-25 April, the hotel double booked us 🙄", "24-25 April", "17-"),
    ("iOS + Android, launching March 2027.", '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"14 April 2027"}]}',
     "launch date moved to 14 April 2027, update the hero", "launching 14 April 2027", "March"),
    ("Say it launches on iOS and Android on 2 March 2026.", '{"ops":[{"op":"edit_item","item":"16 March 2026","text":"16 March"}]}',
     "launch date slipped 😩 make it 16 March", "16 March 2026", "2 March"),
])
def test_a_date_moves_whole_with_its_run_of_days_and_year(tmp_path: Path, shown: str, model: str, prompt: str,
                                                          now: str, gone: str) -> None:
    page = _edited(tmp_path, shown, model, prompt)
    assert now in page and gone not in page


@pytest.mark.parametrize(("model", "prompt", "label"), [
    ('{"ops":[{"op":"decline"}]}', "add an App Store download button in the hero", "App Store"),
])
def test_a_new_buttons_label_typed_before_it(tmp_path: Path, model: str, prompt: str, label: str) -> None:
    root = managed_project(tmp_path)
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    assert f">{label}<" in _page(root, "/") or f'"{label}"' in _page(root, "/")


@pytest.mark.parametrize("prompt", [
    "tourists ask shipping to Europe, can site take orders with card and calculate shipping?",
    "can the site send me SMS anytime somebody want to drop shoes?",
    "show prices also in dollar automatic with today exchange rate",
    "tournament registration with the entry fee paid by card please, 80 lei",
])
def test_what_the_site_would_do_is_declined_whatever_the_model_wrote(tmp_path: Path, prompt: str) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Shipping","text":"Europe"}]}]}',
                  prompt)
    assert result.outcome == "declined", result.message


def test_the_main_page_is_home(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"features","items":[{"title":"Apricot jam 350g",'
                        '"text":"2500"}]}]}',
                  "put products on main page: Apricot jam 350g - 2500 AMD, Apricot with walnut 350g - 3200 AMD, "
                  "Sour cherry jam 350g - 2700 AMD, Fig jam 250g - 2900 AMD")
    assert result.outcome == "applied", result.message
    assert not (root / "app" / "main").exists()
    assert all(s in _page(root, "/") for s in ("Apricot with walnut 350g", "2900 AMD"))


def test_a_new_product_typed_after_a_dash_keeps_its_whole_name(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _apply(root, [{"op": "add_page", "title": "Products", "route": "/products"},
                  {"op": "add_items", "route": "/products", "kind": "list",
                   "items": [{"title": "Kapshi Chappal", "text": "₹1,450"}, {"title": "Kids chappal", "text": "₹650"}]}],
           "products page: Kapshi Chappal ₹1,450, Kids chappal ₹650")
    result = _run(root, '{"ops":[{"op":"add_items","route":"/products","kind":"list","items":[{"title":"Kolhapuri sandal",'
                        '"text":"₹1,350"}]}]}', "add new product - Kolhapuri sandal with buckle ₹1,350")
    assert result.outcome == "applied", result.message
    assert "Kolhapuri sandal with buckle" in _page(root, "/products")


@pytest.mark.parametrize(("model", "prompt", "text"), [
    ('{"ops":[{"op":"set_theme","background":"white"}]}', "Add a Dress code line on the home page: Bright colours, no black "
     "or white please.", "Bright colours, no black or white please."),
    ('{"ops":[{"op":"set_theme","primary":"#c0c0c0","accent":"#4169e1"}]}',
     "Dress code: Indian formal or smart, colour theme is silver and royal blue 💙 (put on home)",
     "Indian formal or smart, colour theme is silver and royal blue"),
    ('{"ops":[{"op":"set_theme","primary":"#b57edc"}]}',
     "Add a Dress code note on the home page: Formal. Please avoid wearing lavender, that color is for the court.",
     "Please avoid wearing lavender"),
    ('{"ops":[{"op":"set_theme","background":"black"}]}', "Dress code for the launch party: bright colours, no black please",
     "Bright colours, no black please"),
])
def test_the_colours_of_a_dress_code_are_what_guests_wear_not_the_sites(tmp_path: Path, model: str, prompt: str,
                                                                        text: str) -> None:
    root = managed_project(tmp_path)
    theme_before = (root / "app" / "globals.css").read_text()
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    page = _page(root, "/")
    assert "Dress code" in page and text in page and "(put on home)" not in page
    assert (root / "app" / "globals.css").read_text() == theme_before


@pytest.mark.parametrize(("shown", "model", "prompt", "now", "gone"), [
    ("Walnut churchkhela 6 GEL, Tklapi plum sour 3 GEL, Gift box 10 pcs 40 GEL.", '{"ops":[{"op":"set_theme","primary":"purple"}]}',
     "mistake! I wrote tklapi plum sour, should be 'Tklapi - sour plum'", "Tklapi - sour plum", "plum sour"),
    ("Piano tuning in Nelson. 30 yrs experience.", '{"ops":[{"op":"set_text","route":"/","target":"subtitle","text":"30 yrs"}]}',
     "Replace the line '30 yrs experience' on the home page with: Tuning Nelson pianos since 1994",
     "Tuning Nelson pianos since 1994", "30 yrs"),
    ("Truc (owner), Linh (nail art), Mai Anh (pedicure).", '{"ops":[{"op":"edit_item","item":"Linh","text":"spell Lynh"}]}',
     "sorry Linh is spell Lynh, fix pls", "Lynh", "Linh"),
])
def test_words_the_user_corrects(tmp_path: Path, shown: str, model: str, prompt: str, now: str, gone: str) -> None:
    """Words in another order, a line named with where it is, a name and how it is spelt."""
    page = _edited(tmp_path, shown, model, prompt)
    assert now in page and gone not in page


def test_a_new_package_named_in_quotes_keeps_its_price_and_what_it_is(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _apply(root, [{"op": "add_page", "title": "Services", "route": "/services"},
                  {"op": "add_items", "route": "/services", "kind": "list",
                   "items": [{"title": "Basic Wash", "text": "GH₵ 80"}, {"title": "Full Valet", "text": "GH₵ 450"}]}],
           "services page: Basic Wash GH₵ 80, Full Valet GH₵ 450")
    result = _run(root, '{"ops":[{"op":"add_items","route":"/services","kind":"list","items":[{"title":"Wedding Car Special",'
                        '"text":"GH₵ 600"},{"title":"Full Valet","text":"plus ribbon"}]}]}',
                  "Add new package 'Wedding Car Special' GH₵ 600 — full valet plus ribbon decoration")
    assert result.outcome == "applied", result.message
    page = _page(root, "/services")
    assert "Wedding Car Special" in page and "full valet plus ribbon decoration" in page and "plus ribbon\"" not in page


@pytest.mark.parametrize(("model", "prompt", "text"), [
    ('{"ops":[{"op":"edit_item","item":"Pi Mai Lao","text":"lao new year"}]}',
     "We close for Pi Mai Lao (lao new year) 13-17 April, write this on home page", "We close for Pi Mai Lao (lao new year) 13-17 April"),
    ('{"ops":[{"op":"remove_item","item":"market"},{"op":"remove_item","item":"14 February"}]}',
     "market is cancelled on 14 February because of the school gala, please show that",
     "Market is cancelled on 14 February because of the school gala"),
    ('{"ops":[{"op":"decline"}]}', "add: no gifts please! if you want, donate to the Richmond Hospital Foundation",
     "No gifts please! if you want, donate to the Richmond Hospital Foundation"),
])
def test_a_note_asked_to_be_shown_is_put_on_home(tmp_path: Path, model: str, prompt: str, text: str) -> None:
    """"write this on home page", "please show that", "add:" after what to say."""
    root = managed_project(tmp_path)
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    assert text in _page(root, "/")


@pytest.mark.parametrize(("model", "prompt", "shown"), [
    ('{"ops":[{"op":"decline"}]}', "Add a sentence for guests from abroad: 'No gifts please — your presence is our gift.'",
     ["No gifts please — your presence is our gift"]),
    ('{"ops":[{"op":"add_items","route":"/","kind":"image_text","items":[{"title":"Veggie","text":"vegan"}]}]}',
     "everything is veggie, vegan options on request - put that near the top", ["Everything is veggie, vegan options on request"]),
    ('{"ops":[{"op":"decline"}]}', "Also add a dress code for the gala dinner: traditional attire or all white",
     ["Dress code for the gala dinner", "Traditional attire or all white"]),
    ('{"ops":[{"op":"add_section","route":"/","kind":"text","text":"Come as you are, leave as family."}]}',
     "add Uncle Themba's words on the homepage: 'Come as you are, leave as family.'", ["Uncle Themba", "Come as you are, leave as family."]),
    ('{"ops":[{"op":"add_items","route":"/","kind":"features","items":[{"title":"Basic tune","text":"$65"},{"title":"Full service",'
     '"text":"$129"},{"title":"Puncture repair","text":"$25"},{"title":"E-bike check","text":"$89"}]}]}',
     "services and prices: Basic tune $65, Full service $129, Puncture repair $25, E-bike check $89. all prices include "
     "callout within Hutt Valley", ["E-bike check", "$89", "All prices include callout within Hutt Valley"]),
])
def test_what_the_user_says_beside_or_as_a_note_is_shown(tmp_path: Path, model: str, prompt: str, shown: list[str]) -> None:
    root = managed_project(tmp_path)
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    page = _page(root, "/")
    assert all(s in page for s in shown)


def test_a_note_for_a_page_named_without_the_word_page(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _apply(root, [{"op": "add_page", "title": "Race Info", "route": "/race-info"}], "add a Race Info page")
    result = _run(root, '{"ops":[{"op":"decline"}]}', "Fine, on race info say: Enter on the day only, cash or card at registration")
    assert result.outcome == "applied", result.message
    assert "Enter on the day only, cash or card at registration" in _page(root, "/race-info")


def test_an_faq_for_a_page_and_a_price_said_with_its_name_leave_out_no_name(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _apply(root, [{"op": "add_page", "title": "Try it", "route": "/try-it"}], "add a Try it page")
    result = _run(root, '{"ops":[{"op":"add_items","route":"/try-it","kind":"faq","items":[{"title":"Is it rough?",'
                        '"text":"It is a contact sport but we teach safe play."}]}]}',
                  "Add FAQ on Try it page: Is it rough? - It is a contact sport but we teach safe play.")
    assert result.outcome == "applied", result.message
    assert "we teach safe play" in _page(root, "/try-it")


@pytest.mark.parametrize(("prompt", "label", "href"), [
    ("add a big button Text Me For A Quote at the top", "Text Me For A Quote", ""),
    ("add a Get a Quote button on the homepage that goes to the contact page", "Get a Quote", "/contact"),
])
def test_a_new_buttons_label_and_where_it_goes(tmp_path: Path, prompt: str, label: str, href: str) -> None:
    root = managed_project(tmp_path)
    if href:
        _apply(root, [{"op": "add_page", "title": "Contact", "route": "/contact"}], "add a Contact page")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/contact","target":"button","text":"Me For A Quote"}]}', prompt)
    assert result.outcome == "applied", result.message
    page = _page(root, "/")
    assert label in page and (not href or f'"{href}"' in page)
    assert "Me For A Quote at the top" not in page


@pytest.mark.parametrize(("model", "prompt", "shown"), [
    ('{"ops":[{"op":"describe_site","name":"Kia ora, building a site for the Ruakaka Surf Casting","tagline":"our annual beach '
     'fishing","sections":["list"]}]}',
     "Kia ora, building a site for the Ruakaka Surf Casting Classic, our annual beach fishing comp run by Bream Bay Anglers "
     "Club. This year it's 23-24 January 2027 on Ruakaka Beach. Bright and beachy pls",
     ["Ruakaka Surf Casting Classic", "23-24 January 2027"]),
    ('{"ops":[{"op":"describe_site","name":"Rūta","tagline":"small dog grooming salon","sections":["image_text"]}]}',
     'hello i am Rūta, i have small dog grooming salon "Pūkuotas" in Vilnius, Žvėrynas. need website pls 🐶',
     ["Pūkuotas", "Vilnius"]),
    ('{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"La Chalaca Ceviche"}]}',
     "hola i want web for my ceviche cart 'La Chalaca Ceviche' in Callao, Peru. we are near the Plaza Grau. colors like the "
     "sea blue and lemon yellow pls", ["La Chalaca Ceviche", "Callao"]),
    ('{"ops":[{"op":"describe_site","name":"Mahlangu Family Reunion 2027","tagline":"where all the cousins can see the info",'
     '"sections":["faq"]}]}',
     "Hi, I'm organising the Mahlangu Family Reunion 2027 in Polokwane and want a site where all the cousins can see the info. "
     "Date is 17-19 December 2027. Warm colours, a bit festive please", ["Mahlangu Family Reunion 2027", "Polokwane"]),
])
def test_an_opening_prompt_names_the_site_and_says_where_it_is(tmp_path: Path, model: str, prompt: str,
                                                                shown: list[str]) -> None:
    root = managed_project(tmp_path)
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    page = _page(root, "/") + (root / "app" / "layout.tsx").read_text()
    assert all(s in page for s in shown)
    assert "building a site" not in (root / "app" / "layout.tsx").read_text()


def test_a_footer_of_a_phone_and_an_address(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_footer","text":"Phone 061 448 920"}]}',
                  "put our phone 061 448 920 and the address Unit 4, Raheen Business Park, Limerick at the bottom of every page")
    assert result.outcome == "applied", result.message
    layout = (root / "app" / "layout.tsx").read_text()
    assert "061 448 920" in layout and "Raheen Business Park" in layout


def test_edits_of_a_list_by_a_code_a_plan_rename_and_a_role_taken_out(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _apply(root, [{"op": "add_items", "route": "/", "kind": "list", "items": [
        {"title": "P2 Chicken Pho", "text": "$15.00"}, {"title": "B1 Lemongrass Pork Bun", "text": "$17.25"}]}],
        "menu: P2 Chicken Pho $15.00, B1 Lemongrass Pork Bun $17.25")
    _apply(root, [{"op": "add_items", "route": "/", "kind": "testimonials", "items": [
        {"title": "Halima Bello, Nurse", "text": "My CV got me three interviews"}]}],
        "testimonial: 'My CV got me three interviews' - Halima Bello, Nurse")
    _apply(root, [{"op": "add_section", "route": "/", "kind": "text", "text": "Free up to 3 groups. Teams S$12/month."}],
           "add to home: Free up to 3 groups. Teams S$12/month.")
    for model, prompt in (('{"ops":[{"op":"remove_item","item":"B1"}]}', "we dont do B1 anymore, take it off"),
                          ('{"ops":[{"op":"remove_item","item":"Halima Bello, Nurse"}]}',
                           "remove 'Nurse' from Halima testimonial, just leave her name"),
                          ('{"ops":[{"op":"edit_item","item":"Teams","title":"Flatshare"}]}',
                           "we're renaming the Teams plan to 'Flatshare'")):
        result = _run(root, model, prompt)
        assert result.outcome == "applied", (prompt, result.message)
    page = _page(root, "/")
    assert "Lemongrass" not in page and "P2 Chicken Pho" in page
    assert "Halima Bello" in page and "Nurse" not in page
    assert "Flatshare" in page and "Teams" not in page


@pytest.mark.parametrize(("shown", "model", "prompt", "now", "gone"), [
    ("Contribution: each household pays R850 towards food and venue. Stay at Bosveld Lodge (R1,100 per night).",
     '{"ops":[{"op":"replace_text","old":"Bosveld Lodge (R1,100 per night)","new":"Bosveld Lodge (R900 per night)"}]}',
     "Change the contribution to R900 per household, prices went up 😩", "household pays R900", "R850"),
    ("28 March 2027 - Magadi Road Descent, 80km. 11 April 2027 - Kona Baridi Sunrise, 35km.",
     '{"ops":[{"op":"add_section","route":"/","kind":"text","text":"The Magadi ride is postponed to 4 April 2027"}]}',
     "The Magadi ride is postponed to 4 April 2027", "4 April 2027 - Magadi", "28 March"),
])
def test_the_price_or_date_of_the_thing_named_changes(tmp_path: Path, shown: str, model: str, prompt: str, now: str,
                                                      gone: str) -> None:
    page = _edited(tmp_path, shown, model, prompt)
    assert now in page and gone not in page and "R1,100" in page if "R850" in shown else now in page and gone not in page


def test_a_price_increase_of_two_listed_things(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _apply(root, [{"op": "add_items", "route": "/", "kind": "list", "items": [
        {"title": "Mini Tiffin", "text": "₹90 (3 roti, sabzi, dal)"}, {"title": "Full Tiffin", "text": "₹130 (4 roti, dal, rice)"}]}],
        "tiffins: Mini Tiffin ₹90 (3 roti, sabzi, dal), Full Tiffin ₹130 (4 roti, dal, rice)")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"1st Jan","text":"Mini Tiffin","title":"₹100"}]}',
                  "price increase from 1st Jan - Mini Tiffin ₹100 and Full Tiffin ₹140")
    assert result.outcome == "applied", result.message
    page = _page(root, "/")
    assert "₹100 (3 roti, sabzi, dal)" in page and "₹140 (4 roti, dal, rice)" in page


def test_a_labels_bracketed_number_and_the_sites_colours_like_a_dress_code(tmp_path: Path) -> None:
    """Kept as before: "button say Call (806) 555-0142" is the whole label; "Change the colours to gold and emerald like the
    dress code" asks for the site's look."""
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"button","text":"Call (806) 555-0142"}]}',
                  "button say Call (806) 555-0142")
    assert result.outcome == "applied", result.message
    assert "Call (806) 555-0142" in _page(root, "/")
    result = _run(root, '{"ops":[{"op":"set_theme","primary":"gold","accent":"#50c878"}]}',
                  "Change the colours to gold and emerald like the dress code 💚")
    assert result.outcome == "applied", result.message


def test_a_complaint_then_put_it_near_the_top_is_no_note(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"decline"}]}', "I do not see the show on the home page. Please put it near the top.")
    assert "I do not see the show" not in _page(root, "/")
    assert result.outcome != "applied"


@pytest.mark.parametrize(("shown", "model", "prompt", "gone", "now"), [
    ("Mechanics: Kwesi Mensah (engines), Yaw Boateng (AC).", '{"ops":[{"op":"replace_text","old":"Yaw Boateng","new":"Kojo Owusu"},'
     '{"op":"decline"}]}', "Yaw has moved to Kumasi, remove him. New AC guy is Kojo Owusu", "Yaw Boateng", "Kojo Owusu"),
    ("Committee: Chair Fiona Bell, Treasurer Dougie Reid.", '{"ops":[{"op":"edit_item","item":"Dougie\'s","text":"stepped"}]}',
     "Dougie's stepped down, Alan Kerr is treasurer now", "Dougie Reid", "Alan Kerr"),
])
def test_who_comes_said_after_a_short_name_goes(tmp_path: Path, shown: str, model: str, prompt: str, gone: str, now: str) -> None:
    """A three-letter name said going is the one the swap replaces, not a part left undone; "X is treasurer now"."""
    page = _edited(tmp_path, shown, model, prompt)
    assert gone not in page and now in page


def test_an_opening_prompt_of_a_shop_name_selling_sticky_rice(tmp_path: Path) -> None:
    """"shop name Baan Khanom Som" names the site; "mango sticky rice" is a dish, not a sticky header."""
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"decline"}]}', "hello make website for my Thai dessert shop name Baan Khanom Som in Chiang "
                  "Mai, Nimman soi 9. we sell mango sticky rice, coconut pudding, and many more. colour pastel please 🥭")
    assert result.outcome == "applied", result.message
    assert "Baan Khanom Som" in _page(root, "/") and "mango sticky rice" in _page(root, "/")


def test_a_price_in_uruguayan_pesos_changes(tmp_path: Path) -> None:
    page = _edited(tmp_path, "Full tune-up $U 1.900. Brake service $U 900.",
                   '{"ops":[{"op":"edit_item","item":"Full tune-up","text":"$U 2.100"}]}', "Full tune-up now $U 2.100, the parts are "
                   "more expensive")
    assert "Full tune-up $U 2.100" in page and "1.900" not in page
