"""Requests as the blind sets u218-u223 typed them, each through the real turn loop with the plan the model wrote."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import run as _run, page as _page, text as _text


def _items(root: Path, kind: str, items: list[tuple[str, str]], prompt: str) -> None:
    plan = {"ops": [{"op": "add_items", "route": "/", "kind": kind, "items": [{"title": t, "text": d} for t, d in items]}]}
    assert _run(root, json.dumps(plan), prompt).outcome == "applied"


_DECLINE = '{"ops":[{"op":"decline"}]}'


@pytest.mark.parametrize(("shown", "model", "prompt", "now"), [
    ("Giorgi Tsiklauri", '{"ops":[{"op":"edit_item","item":"Giorgi name","text":"Giorgi Tsiklauri-Jorbenadze"}]}',
     "Giorgi name is wrong, is Giorgi Tsiklauri-Jorbenadze, please fix", "Giorgi Tsiklauri-Jorbenadze"),
    ("Marija Zec Quartet", '{"ops":[{"op":"edit_item","item":"Marija Zec","text":"wrong"}]}',
     "i wrote Marija Zec wrong, its Marija Žec", "Marija Žec Quartet"),
])
def test_a_name_said_wrong_is_respelt_where_the_site_shows_it(tmp_path: Path, shown: str, model: str, prompt: str, now: str) -> None:
    """The model edited an item "Giorgi name" the site does not have, or gave Marija Zec the detail "wrong"."""
    root = managed_project(tmp_path)
    _items(root, "team", [(shown, "bass and chonguri"), ("Tamar Beridze", "founder")], "team: ...")
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    assert now in _page(root, "/") and "wrong" not in _page(root, "/")


def test_a_word_respelt_with_its_bracket(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _text(root, "Glide wax basic 250 kr, Race wax (fluor free) 450 kr, Base grind 650 kr")
    result = _run(root, _DECLINE, "Typo: it should be Race wax (fluor-free) with a dash. Fix.")
    assert result.outcome == "applied", result.message
    assert "Race wax (fluor-free)" in _page(root, "/") and "fluor free" not in _page(root, "/")


@pytest.mark.parametrize(("shown", "model", "prompt", "now"), [
    ("married abuela Luz in 1974, 5 kids and 11 grandkids", '{"ops":[{"op":"edit_item","item":"12 grandkids","text":"baby Sofía"}]}',
     "oops it's 12 grandkids now, baby Sofía was born last month!!", "12 grandkids"),
    ("No, we have 6 horns for lending.", _DECLINE, "sorry mistake, we have 7 horns now, my neighbor gave me one :)", "7 horns"),
])
def test_a_count_said_anew_replaces_the_one_the_site_shows(tmp_path: Path, shown: str, model: str, prompt: str, now: str) -> None:
    root = managed_project(tmp_path)
    _text(root, shown)
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    assert now in _page(root, "/")


def test_a_count_beside_more_asked_is_not_read_as_a_count(tmp_path: Path) -> None:
    """"iphone 11 screen now GHC 900. add iphone 12 screen": a new entry, not "11 screen" made "12 screen"."""
    root = managed_project(tmp_path)
    _text(root, "tecno screen GHC 350, iphone 11 screen GHC 850")
    result = _run(root, _DECLINE, "iphone 11 screen now GHC 900. add iphone 12 screen GHC 1100")
    assert "iphone 11 screen" in _page(root, "/") and "12 screen GHC 850" not in _page(root, "/")
    assert result.outcome in ("declined", "applied")


@pytest.mark.parametrize(("model", "prompt", "gone", "kept"), [
    ('{"ops":[{"op":"remove_item","item":"Krzysztof not working with us"}]}', "Krzysztof not working with us anymore, please remove",
     "Krzysztof", "Paweł Nowicki"),
    ('{"ops":[{"op":"remove_item","item":"Sad"}]}', "sad news nugget passed away 🐣😢 pls remove her from the page",
     "Nugget", "Paweł Nowicki"),
    ('{"ops":[{"op":"remove_item","item":"Omar\'s number"},{"op":"decline"}]}', "remove Omar's number, he is travelling",
     "078 641 0092", "Paweł Nowicki"),
])
def test_who_goes_is_found_by_what_the_request_calls_them(tmp_path: Path, model: str, prompt: str, gone: str, kept: str) -> None:
    root = managed_project(tmp_path)
    _items(root, "team", [("Paweł Nowicki", "tiler"), ("Krzysztof Wiśniewski", "tiler"), ("Nugget", "silkie, very fluffy"),
                          ("Omar (cousin) 078 641 0092", "")], "team: ...")
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    assert gone not in _page(root, "/") and kept in _page(root, "/")


def test_quotes_parted_by_a_slash_each_keep_their_author(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"add_items","route":"/","kind":"testimonials","items":[{"title":"Hannah K","text":"Best day of my life"}]}]}'
    result = _run(root, model, "Reviews on home: 'Best day of my life, we swam with 6 whale sharks!' — Hannah K., Melbourne / "
                               "'Marisol made everything so easy' — Tom & Rita, Toronto")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Hannah K., Melbourne" in home and "Marisol made everything so easy" in home and "Tom &amp; Rita, Toronto" in home \
        or "Tom & Rita, Toronto" in home


def test_a_quote_typed_to_add_is_not_taken_off(tmp_path: Path) -> None:
    """"Ray got rid of our roach problem": "rid" asks for no removal; the model removed the quote it added."""
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"remove_item","item":"Ray got rid of our roach problem in one visit"},{"op":"add_items","route":"/",'
             '"kind":"testimonials","items":[{"title":"Linda","text":"Fair price, showed up on time"}]}]}')
    result = _run(root, model, "reviews: 'Ray got rid of our roach problem in one visit' - Linda P., Clovis. "
                               "'Fair price, showed up on time' - Marcus T., Fresno")
    assert result.outcome == "applied", result.message
    assert "Ray got rid of our roach problem in one visit" in _page(root, "/") and "Marcus T., Fresno" in _page(root, "/")


def test_a_price_changes_in_a_paragraph_of_prices_parted_by_slashes(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _text(root, "Bridal Muhurtham Look Rs. 18,000 / Reception Look Rs. 15,000 / Saree Draping only Rs. 1,500")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Reception look","text":"Rs. 16,000"}]}',
                  "Reception look price change to Rs. 16,000")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Reception Look Rs. 16,000" in home and "Bridal Muhurtham Look Rs. 18,000" in home


@pytest.mark.parametrize(("prompt", "label", "href"), [
    ("big red button up top 'Call Now (559) 555-0143'", "Call Now (559) 555-0143", "tel:5595550143"),
    ("add a big green button 'Order on WhatsApp' at top of homepage", "Order on WhatsApp", None),
])
def test_a_big_coloured_button_is_a_button_not_a_theme(tmp_path: Path, prompt: str, label: str, href: str | None) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_theme","primary":"red"}]}', prompt)
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert label in home and (href is None or href in home)


@pytest.mark.parametrize(("prompt", "shown"), [
    ("Open 9:00-19:00. Closed Wednesday.", ["9:00-19:00", "Wednesday"]),
    ("opening hours Mon to Sat 8am - 7pm, Sunday closed", ["Mon to Sat", "8am - 7pm", "Sunday"]),
])
def test_hours_typed_without_a_colon_are_the_hours(tmp_path: Path, prompt: str, shown: list[str]) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"edit_item","item":"9:00-19:00","text":"Closed"}]}', prompt)
    assert result.outcome == "applied", result.message
    assert all(s in _page(root, "/") for s in shown)


@pytest.mark.parametrize(("prompt", "words"), [
    ("change the slogan to 'Fixed today, riding tomorrow'", "Fixed today, riding tomorrow"),
    ("Change the big title on home to 'Alphorn lessons under the Eiger'", "Alphorn lessons under the Eiger"),
    ("Replace the main heading at the top of the home page with exactly: Alphorn lessons under the Eiger",
     "Alphorn lessons under the Eiger"),
])
def test_the_hero_s_words_whole_as_typed(tmp_path: Path, prompt: str, words: str) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"title","text":"on home to"}]}', prompt)
    assert result.outcome == "applied", result.message
    assert words in _page(root, "/")


def test_a_quoted_line_at_the_top_is_a_line_of_home(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_theme","background":"white"}]}',
                  "new boulders set every Thursday! add line 'New problems every Thursday' at top")
    assert result.outcome == "applied", result.message
    assert "New problems every Thursday" in _page(root, "/")


def test_feature_cards_each_a_name_a_dash_and_what_it_does(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"add_items","route":"/","kind":"features","items":[{"title":"Receipt","text":"snap a receipt"},'
             '{"title":"Items","text":"added automatically"}]}]}')
    result = _run(root, model, "Features section with 3 cards: Receipt scanning - snap a receipt and items are added "
                               "automatically. Expiry alerts - get nudged 2 days before food expires. Recipe matching - "
                               "recipes built from what's already in your fridge.")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert 'title: "Expiry alerts", text: "get nudged 2 days before food expires"' in home and "Recipe matching" in home


def test_a_price_list_in_any_currency_is_names_and_prices(tmp_path: Path) -> None:
    """Typed "name price, ..." in ringgit, yen or pesos, the list was a paragraph; later price changes and new entries
    had no entry to go to."""
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"add_page","title":"Menu","route":"/menu"},{"op":"add_section","route":"/menu","kind":"text","text":"menu"}]}'
    result = _run(root, model, "make a Menu page pls: Kek Lapis Sarawak RM45 per loaf, Kuih Lapis RM12 per box (10pcs), "
                               "Onde Onde RM10 per box, Pulut Inti RM1.50 each")
    assert result.outcome == "applied", result.message
    assert 'title: "Kuih Lapis", text: "RM12 per box (10pcs)"' in _page(root, "/menu")
    assert 'title: "Pulut Inti", text: "RM1.50 each"' in _page(root, "/menu")


def test_an_address_after_its_label_whatever_its_form(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Address 2-8-14","title":"Hakata-ku, Fukuoka"}]}',
                  "Address 2-8-14 Hakataekimae, Hakata-ku, Fukuoka. Tel 092-555-0148")
    assert result.outcome == "applied", result.message
    assert "2-8-14 Hakataekimae, Hakata-ku, Fukuoka" in _page(root, "/") and "092-555-0148" in _page(root, "/")


def test_a_start_time_moves_where_a_range_elsewhere_ends_at_the_new_time(tmp_path: Path) -> None:
    """"Change start time to 5pm" of "... starts 5.30pm ...", beside workshops "Sat 13 Feb 2pm-5pm"."""
    root = managed_project(tmp_path)
    _text(root, "This year's parade, Saturday 20 February 2027, starts 5.30pm at the Whalebone Arch.")
    _text(root, "Free lantern making workshops: Sat 6 Feb 10am-1pm, Sat 13 Feb 2pm-5pm.")
    result = _run(root, '{"ops":[{"op":"set_theme","primary":"black"}]}', "Change start time to 5pm, it gets dark earlier than we thought")
    assert result.outcome == "applied", result.message
    assert "starts 5pm at" in _page(root, "/") and "2pm-5pm" in _page(root, "/")


def test_a_page_s_words_may_ask_its_visitors_please(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_page","title":"Getting there","route":"/getting-there","sections":["text"]}]}',
                  "Add a page 'Getting there' : 5 min walk from Odori Station exit 9. Parking is limited, please use the subway.")
    assert result.outcome == "applied", result.message
    assert "please use the subway" in _page(root, "/getting-there")


@pytest.mark.parametrize(("prompt", "heading", "words"), [
    ("add section How to order: WhatsApp 024 555 7812 or come to shop at Market Circle near Melcom, open Mon-Sat 8am-6pm",
     "How to order", "come to shop at Market Circle near Melcom"),
    ("Please add Exhibitions section on home page: 'Paper and Water' at Gallery Kura, Matsumoto, 5-20 May 2027; Group show at "
     "Tokyo Art Fair, October 2027", "Exhibitions", "Group show at Tokyo Art Fair"),
    ("add history section: my abuela Graciela Quispe started selling empanadas from her window on calle Caseros, now we have "
     "the shop on Balcarce 640", "History", "now we have the shop on Balcarce 640"),
    ("On the homepage, add a 'What to bring' section: warm layers, wool hat, gloves. We provide dry suits, boots and paddles.",
     "What to bring", "We provide dry suits, boots and paddles."),
    ("put a section 'Our story' in home: My oma Hildegard came from Hamburg in 1952 and opened a tea room here.",
     "Our story", "My oma Hildegard came from Hamburg in 1952"),
    ("add a section 'Nana's story': born 1957 in Vava'u, mum of 8, nana of 31 and great-nana of 6.", "Nana's story",
     "Born 1957 in Vava"),
    ("Add a section 'What we fold' with: cranes, kusudama balls, modular boxes, tessellations", "What we fold",
     "Cranes, kusudama balls"),
])
def test_a_section_named_then_given_in_the_user_s_words(tmp_path: Path, prompt: str, heading: str, words: str) -> None:
    """The model kept a piece of the words as a card or two, or all of them without the section's name."""
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"add_items","route":"/","kind":"image_text","items":[{"title":"Graciela Quispe","text":"empanadas"}]}]}'
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    assert f'heading="{heading}"' in _page(root, "/") and words in _page(root, "/")


@pytest.mark.parametrize("prompt", ["add FAQ section: Do you deliver? Yes, within 5 km.",
                                    "add a Menu section: Latte $4, Mocha $5, Flat white $4.50",
                                    # numbered steps, entries each with a dash: lists; words around a name that are none
                                    "add a care tips section on the home page: 1. never use painted shells 2. give them water",
                                    "Please add a section on what to bring: their usual pellets, a hidey they know"])
def test_a_section_of_a_kind_or_a_priced_list_is_not_one_paragraph(tmp_path: Path, prompt: str) -> None:
    from app.scaffold import namedsection
    assert namedsection.read(prompt, None) is None


def test_a_page_s_name_with_a_small_word_in_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"KSh 14,000","text":"Kids bike 16 inch"}]}]}')
    result = _run(root, model, "New: we sell used bikes too. Add page Bikes for Sale: Raleigh roadster 28 inch - KSh 9,500; "
                               "Mountain bike 21 speed - KSh 14,000; Kids bike 16 inch - KSh 4,800")
    assert result.outcome == "applied", result.message
    assert "Raleigh roadster 28 inch" in _page(root, "/bikes-for-sale") and "KSh 4,800" in _page(root, "/bikes-for-sale")


def test_a_page_asked_for_by_its_path(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"add_items","route":"/","kind":"team","items":[{"title":"Kasia Zielińska","text":"CEO"},'
             '{"title":"Michał Wróbel","text":"CTO"}]}]}')
    result = _run(root, model, "add /about with team: Kasia Zielińska – CEO, Michał Wróbel – CTO, Olek Nowicki – Design")
    assert result.outcome == "applied", result.message
    assert "Olek Nowicki" in _page(root, "/about") and "Kasia" not in _page(root, "/")


def test_a_price_in_euros_after_a_run_of_them_on_one_line(tmp_path: Path) -> None:
    """"30 minutes - 28 € 45 minutes - 35 €": the euros end each price; "38 € instead of 35 €" replaces the one typed
    (a code before an amount, "6 UGX 420,000", is that amount's)."""
    root = managed_project(tmp_path)
    _text(root, "Lessons: 30 minutes - 28 € 45 minutes - 35 € 60 minutes - 45 €")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"From January the 45 minutes lesson costs 38 €","text":"35"}]}',
                  "From January the 45 minutes lesson costs 38 € instead of 35 €.")
    assert result.outcome == "applied", result.message
    assert "38 €" in _page(root, "/") and "35 €" not in _page(root, "/") and "28 €" in _page(root, "/")
