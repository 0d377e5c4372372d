"""Requests as the blind sets u264-u267 typed them, each through the real turn loop with the plan the model wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import apply as _apply, page as _page, run as _run, text as _text


def _items(root: Path, route: str, kind: str, items: list[tuple[str, str]], prompt: str = "add these") -> None:
    _apply(root, [{"op": "add_items", "route": route, "kind": kind,
                   "items": [{"title": t, "text": d} for t, d in items]}], prompt)


def _pages(root: Path, *names: str) -> None:
    for name in names:
        _apply(root, [{"op": "add_page", "title": name, "route": "/" + name.lower().replace(" ", "-")}], f"add a {name} page")


def _para(root: Path, words: str) -> None:
    _apply(root, [{"op": "add_section", "route": "/", "kind": "text", "text": words}], "add a text section to home")


def _nav(root: Path) -> str:
    return (root / "lib" / "site.ts").read_text()


@pytest.mark.parametrize(("prompt", "model", "label", "href"), [
    ("Lastly, could you place the Contact page last in the menu, after Courses, and add a button on the front page reading "
     "'Arrange a free trial lesson' that goes to it.",
     '{"ops":[{"op":"remove_item","item":"Contact"},{"op":"set_text","route":"/","target":"button","text":"Arrange a free trial lesson"}]}',
     "Arrange a free trial lesson", "/contact"),
    ("Last na po. Put Contact in the menu right after Home. And a button on home 'Order for Events' going to that page.",
     '{"ops":[{"op":"add_nav_link","label":"Contact","href":"/home"},{"op":"set_text","route":"/","target":"button","text":"Home"}]}',
     "Order for Events", "/contact"),
])
def test_a_move_in_the_menu_and_a_button_to_the_page_are_both_done(tmp_path: Path, prompt: str, model: str, label: str,
                                                                   href: str) -> None:
    """The button goes to the page that moved ("it", "that page"); the move is done too."""
    root = managed_project(tmp_path)
    _pages(root, "Contact", "Courses")
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    nav = _nav(root)
    home = _page(root, "/")
    assert label in home and f'"{href}"' in home
    if "last" in prompt:
        assert nav.index('"/contact"') > nav.index('"/courses"')
    else:
        assert nav.index('"/contact"') < nav.index('"/courses"')


def test_a_move_in_the_menu_beside_a_new_price_does_both(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Accommodation", "Schedule")
    _items(root, "/", "list", [("1st place", "3000 GEL"), ("2nd place", "1500 GEL")])
    model = '{"ops":[{"op":"add_items","route":"/accommodation","kind":"list","items":[{"title":"Move","text":"Schedule"}]}]}'
    result = _run(root, model, "Move Schedule page before Accommodation in the menu, and prize for 1st now 3500 GEL.")
    assert result.outcome == "applied", result.message
    nav = _nav(root)
    home = _page(root, "/")
    assert nav.index('"/schedule"') < nav.index('"/accommodation"') and "3500 GEL" in home and "3000 GEL" not in home


def test_a_move_said_beside_a_button_on_home_moves_the_link_named_not_home(tmp_path: Path) -> None:
    """"in home" names no link to move; "with the phone" is the number the site shows."""
    root = managed_project(tmp_path)
    _pages(root, "Services", "Adopciones")
    _items(root, "/", "contact", [("Phone", "951 514 2387")])
    model = '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Adopciones before","section":"contact"}]}'
    result = _run(root, model, "Last: in the menu put Adopciones before Services, and add button in home 'Call us now' with the phone")
    assert result.outcome == "applied", result.message
    nav = _nav(root)
    home = _page(root, "/")
    assert nav.index('"/adopciones"') < nav.index('"/services"') and "Call us now" in home and "tel:9515142387" in home
    assert "Adopciones before" not in nav


@pytest.mark.parametrize(("prompt", "authors"), [
    ("Add what customers say. From Sarah, London: 'The best coffee of my whole trip, and Hiwot is so kind!' From Yonas, "
     "Addis: 'Tastes like my grandmother house.'", ["Sarah, London", "Yonas, Addis"]),
    ('Please add words from customers. From Sarah, Australia: "Our shyrdak is the heart of our living room." From Nurlan, '
     'Bishkek: "Very strong work, my grandmother say it is like old times."', ["Sarah, Australia", "Nurlan, Bishkek"]),
    ("Add a testimonial from Jonah Reyes, Creative Director at Pebblekick Games: 'Min-ji's soundtrack made Mossbound feel "
     "alive. Players still email us about the rain level.'", ["Jonah Reyes, Creative Director at Pebblekick Games"]),
    ("add a google review quote: 'Best lángos outside of Balaton, and Lajos tells the best jokes' ⭐⭐⭐⭐⭐ - Tom from Leeds",
     ["Tom from Leeds"]),
])
def test_each_quote_goes_with_who_said_it(tmp_path: Path, prompt: str, authors: list[str]) -> None:
    """Named before the quote with a colon, or after stars and a dash."""
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Sarah"}]}', prompt)
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert all(a in home for a in authors)
    if len(authors) == 2:  # the first quote is not the second author's
        assert home.index(authors[0]) < home.index("Our shyrdak" if "shyrdak" in prompt else "The best coffee") < home.index(authors[1])


@pytest.mark.parametrize(("prompt", "route", "words"), [
    ("add page Getting there. address Lehtolantie 41, 62200 Kauhava. 3 km from Kauhava train station. free parking at yard",
     "/getting-there", ["Lehtolantie 41", "3 km"]),
    ("Next, I would like a page called Executive introducing our officers. President: Marlene Oduya. Treasurer: Ken Baptiste.",
     "/executive", ["President: Marlene Oduya", "Ken Baptiste"]),
])
def test_a_new_page_is_named_as_typed(tmp_path: Path, prompt: str, route: str, words: list[str]) -> None:
    """A name run on in small words to its sentence's end; not the words after it that say what the page is for."""
    root = managed_project(tmp_path)
    title = route.strip("/").split("-")[0].title()
    result = _run(root, f'{{"ops":[{{"op":"add_page","title":"{title}","route":"/{title.lower()}","sections":["text"]}}]}}', prompt)
    assert result.outcome == "applied", result.message
    page = _page(root, route)
    assert all(w in page for w in words)


def test_a_price_said_before_whom_it_is_for_is_the_one_changed(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _text(root, "Monthly fee 900 EGP for adults and 600 EGP for kids.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Adult Fee","text":"950 EGP"}]}',
                  "Correction please: the adult fee is 950 EGP from next month.")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "950 EGP for adults" in home and "600 EGP for kids" in home


def test_a_tier_named_by_its_last_word_plus_gets_the_new_price_of_its_unit(tmp_path: Path) -> None:
    """"Plus" was read as the plural of "Plu"; the year's price stays."""
    root = managed_project(tmp_path)
    _items(root, "/", "pricing", [("Free", "up to 5 plants"), ("Folhinha Plus", "R$ 9,90 per month or R$ 79,90 per year")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Plus","text":"R$ 12,90 per month"}]}',
                  "change price of Plus to R$ 12,90 per month, the year stays same")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "R$ 12,90 per month" in home and "R$ 79,90 per year" in home and "R$ 9,90" not in home


def test_a_value_said_to_stay_is_not_replaced_by_the_new_one(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "We meet every Wednesday. Fee is 500 yen per visit.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Fee","text":"300 yen"}]}',
                  "Correction: the fee for students is 300 yen. Adults stay 500 yen.")
    assert result.outcome != "applied" or "500 yen" in _page(root, "/")
    assert "500 yen" in _page(root, "/")


@pytest.mark.parametrize("prompt", [
    "Can you make the site automatic in Amharic, Afaan Oromo, French, Chinese and Arabic, all pages, with a button to choose?",
    "Could the website show each week how many places are left in each class, updating by itself when people register?",
    "can u make it so ppl can buy the ranks with gcash on the site and it gives them the rank automatic",
    "Can you put a live camera of the hatchery tanks on the site, streaming 24 hours?",
])
def test_what_the_site_would_have_to_do_is_declined(tmp_path: Path, prompt: str) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_section","route":"/","kind":"image_text","heading":"Live Camera","text":"Streaming"}]}',
                  prompt)
    assert result.outcome == "declined", result.message


def test_an_item_called_just_what_is_taken_out_goes_whole(tmp_path: Path) -> None:
    """Not the item's name cut out of its own detail ("pinjarra is +$15 travel")."""
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("Mandurah", ""), ("Falcon", ""), ("Pinjarra", "pinjarra is +$15 travel")])
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Pinjarra"}]}', "take out pinjarra, not going that far anymore")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Pinjarra" not in home and "+$15" not in home and "Falcon" in home


def test_a_thing_named_whole_in_a_text_is_not_the_item_named_by_its_last_word(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Show 3 products with prices: sweet paprika powder 100g 1200 Ft, smoked paprika 100g 1500 Ft.")
    _items(root, "/", "list", [("Paprika", "1 meter 4500 Ft"), ("Paprika cream", "900 Ft")])
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Smoked Paprika"}]}', "remove smoked paprika, we have no more this year")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "smoked paprika" not in home and "4500 Ft" in home and "sweet paprika" in home


def test_a_thing_taken_out_and_another_put_instead_after_an_emoji(tmp_path: Path) -> None:
    """Not "her recipe and" in place of "Oma" (of "it is her recipe and not Oma's")."""
    root = managed_project(tmp_path)
    _para(root, "It collects the recipes of Oma. Schwarzwälder Kirschtorte, Käsespätzle, Zwiebelkuchen.")
    model = '{"ops":[{"op":"remove_item","item":"Schwarzwälder Kirschtorte"},{"op":"set_text","route":"/","target":"site_name","text":"Gabi"}]}'
    result = _run(root, model, "Please take out Schwarzwälder Kirschtorte from the list, Gabi says it is her recipe and not "
                               "Oma's 😅 Put instead Apfelstrudel.")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Apfelstrudel" in home and "Kirschtorte" not in home and "recipes of Oma" in home and "her recipe and" not in home


def test_a_big_button_named_before_its_word_keeps_its_label(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"button","text":"021 448 903"}]}',
                  "put a big Call Now button at the top that rings 021 448 903")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Call Now" in home and "tel:021448903" in home


def test_short_press_quotes_signed_with_a_dash_are_each_kept(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"add_page","title":"Press","route":"/press"},{"op":"set_text","route":"/","target":"site_name",'
             '"text":"Shazam voor vogels"},{"op":"set_text","route":"/","target":"button","text":"Scarily accurate"}]}')
    result = _run(root, model, "add a Press page with quotes: 'Shazam voor vogels' – NRC, and 'Scarily accurate' – Vogelbescherming blog")
    assert result.outcome == "applied", result.message
    page = _page(root, "/press")
    assert all(w in page for w in ("Shazam voor vogels", "NRC", "Scarily accurate", "Vogelbescherming blog"))


@pytest.mark.parametrize(("prompt", "route", "words"), [
    ("Now the Sailing Calendar for 2027, on its own page please. 29 May: Spring Sail to Papa Westray. 19 June: Pierowall "
     "Regatta.", "/sailing-calendar", ["Papa Westray", "Pierowall Regatta"]),
    ("Can you add page for Bulk Orders, for events and balikbayan. 10-24 pies ₱300 each, 25 pies and up ₱280 each. Order 3 "
     "days in advance.", "/bulk-orders", ["₱300 each", "₱280 each", "Order 3 days in advance"]),
])
def test_a_page_named_before_its_own_page_or_after_page_for(tmp_path: Path, prompt: str, route: str, words: list[str]) -> None:
    """Not a page "Own"; not a list on home that leaves the page's name out."""
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"29","text":"Spring Sail to Papa Westray"},'
             '{"title":"10-24","text":"₱300"}]}]}')
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    page = _page(root, route)
    assert all(w in page for w in words)
    assert not (root / "app" / "own").exists()


# Round 2: requests as the blind sets u268-u271 typed them.

@pytest.mark.parametrize(("prompt", "old", "new"), [
    ("round bales went up. make it $72 now. drought", "round bale $65", "round bale $72"),
    ("Season price went up to $45, sorry folks. Drop-in stays $5.", "$40 for the season", "$45 for the season"),
    ("cuota for students now Gs. 60.000 :(", "students Gs. 50.000", "students Gs. 60.000"),
])
def test_a_new_price_of_a_paragraph_finds_its_piece(tmp_path: Path, prompt: str, old: str, new: str) -> None:
    """The piece that holds more of the words said; a price said before what it is for; guaraníes with their dot."""
    root = managed_project(tmp_path)
    _para(root, "Coastal bermuda round bale $65, square bale $9. It's $5 drop-in or $40 for the season. "
                "Monthly fee Gs. 80.000, students Gs. 50.000, first training free.")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Update"}]}', prompt)
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert new in home and old not in home and "$9" in home and "$5 drop-in" in home and "Gs. 80.000" in home


def test_a_price_in_a_sections_heading_is_changed_there(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _apply(root, [{"op": "add_section", "route": "/", "kind": "text", "heading": "Free plan for 1 child, Family plan ₦2,500/month",
                   "text": "Share school runs."}], "add a section")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Family","text":"₦3,000"}]}', "Family plan now ₦3,000 📈 inflation wahala 😅")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Family plan ₦3,000/month" in home and "₦2,500" not in home


@pytest.mark.parametrize("prompt", [
    "Suite Trullo price for summer is 220 € now, from June to September. Other months stay 190 €.",
    "I've decided to raise the Office Lunch to $24 per person, and the minimum should be 12 people instead of 15.",
])
def test_a_price_said_to_stay_or_a_count_is_not_the_old_price(tmp_path: Path, prompt: str) -> None:
    root = managed_project(tmp_path)
    _para(root, "Suite Trullo (inside a real trullo, for 2-3 persons, 190 € per night). Office Lunch: $22 per person, "
                "minimum 15 people. Kids menu $15.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Suite Trullo","text":"220 €"}]}', prompt)
    home = _page(root, "/")
    assert "190 € per night" in home and "Kids menu $15" in home, result.message


@pytest.mark.parametrize(("prompt", "first"), [
    ('Change the name in the menu "Products" to "Our Products" please, and put it first in the menu.', "Our Products"),
    ("rename Products to Our Products and put it first in the menu", "Our Products"),
])
def test_a_link_renamed_and_put_first_is_both(tmp_path: Path, prompt: str, first: str) -> None:
    """First is first, before Home (of 13 such first tries on the replay, the checks of 10 asked for a change where the
    link was right after Home already)."""
    root = managed_project(tmp_path)
    _pages(root, "Wool Care", "Products")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/products","target":"site_name","text":"Our Products"}]}', prompt)
    assert result.outcome == "applied", result.message
    nav = _nav(root)
    assert nav.index('"/our-products"') < nav.index('"/"') < nav.index('"/wool-care"') and first in nav


def test_a_move_and_another_links_new_name_are_both_done(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Trips", "Gallery", "FAQ")
    model = '{"ops":[{"op":"set_text","route":"/faq","target":"site_name","text":"Trips"}]}'
    result = _run(root, model, 'Would you be so kind as to move FAQ before Gallery in the menu at the top? And please change the '
                               'menu name "Trips" to "Trips and Prices".')
    assert result.outcome == "applied", result.message
    nav = _nav(root)
    assert nav.index('"/faq"') < nav.index('"/gallery"') and "Trips and Prices" in nav


@pytest.mark.parametrize("pages", [("Menu", "Packages", "FAQ"), ("Packages", "Menu", "FAQ")])
def test_two_moves_in_one_request_are_both_done(tmp_path: Path, pages: tuple[str, ...]) -> None:
    """A second move the first leaves done is done; one it does not is made after it (stop 70: a plan moves several links)."""
    root = managed_project(tmp_path)
    _pages(root, *pages)
    result = _run(root, '{"ops":[{"op":"decline"}]}', "One more thing: I'd like the FAQ to be right after Menu in the navigation "
                                                       "bar, and Packages should be last.")
    assert result.outcome == "applied", result.message
    nav = _nav(root)
    assert nav.index('"/menu"') < nav.index('"/faq"') < nav.index('"/packages"')


@pytest.mark.parametrize(("prompt", "old", "new"), [
    ("Unfortunately Heðin Dam has stepped down as boat master. He is replaced by Sámal Nolsøe. Please update the committee page.",
     "Heðin Dam", "Sámal Nolsøe"),
    ("Correction: Sister Agnes has been transferred. Replace her with Mrs. Grace Amukowa – Welfare Officer.",
     "Sister Agnes Muthoni", "Grace Amukowa"),
])
def test_who_is_replaced_by_whom_said_more_ways(tmp_path: Path, prompt: str, old: str, new: str) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "team", [("Heðin Dam", "Boat master"), ("Sister Agnes Muthoni", "Welfare Officer"), ("Maria Poulsen", "Treasurer")])
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Heðin Dam"}]}', prompt)
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert new in home and old not in home and "Maria Poulsen" in home


def test_a_new_member_goes_into_the_members_pages_list(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Members")
    _items(root, "/members", "list", [("Bea", "leader, main dancer"), ("Kyle", "maknae"), ("Rafa", "")])
    result = _run(root, '{"ops":[{"op":"decline"}]}', "add new member!! Yuna, she's main vocal 🎤")
    assert result.outcome == "applied", result.message
    page = _page(root, "/members")
    assert "Yuna" in page and "main vocal" in page


def test_a_page_named_then_two_exclamation_marks_holds_its_list(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_page","title":"Events","route":"/events","sections":["image_text","cta"]}]}',
                  "events page!! Aug 16 - SM Seaside dance cover contest, Aug 30 - Ayala Center Cebu fan meet booth")
    assert result.outcome == "applied", result.message
    page = _page(root, "/events")
    assert "SM Seaside dance cover contest" in page and "Ayala Center Cebu" in page


def test_a_testimony_of_someone_with_their_age_keeps_both(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_section","route":"/","kind":"testimonials","heading":"Doña Juana, 58 years"}]}',
                  "Add a testimony on the home page, of Doña Juana, 58 years: 'Now I can read the Bible to my grandchildren and "
                  "sign my own name at the bank.'")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Doña Juana, 58 years" in home and "sign my own name at the bank" in home


def test_a_page_called_it_in_quotes_is_at_its_names_address(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_page","title":"Our Team","route":"/team","sections":["text"]}]}',
                  "Also a page for the team, call it 'Our Team': Ana Lucía Xicará - coordinator, Marleny Cux - Spanish teacher.")
    assert result.outcome == "applied", result.message
    assert "Marleny Cux" in _page(root, "/our-team")


def test_a_price_and_a_removal_of_a_list_parted_by_slashes(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Road frame ¥280,000 / gravel frame ¥310,000 / track frame ¥250,000.")
    model = '{"ops":[{"op":"edit_item","item":"gravel","text":"¥325,000"},{"op":"remove_item","item":"track frames"}]}'
    result = _run(root, model, "gravel now ¥325,000. and drop track frames, nobody orders")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "gravel frame ¥325,000" in home and "track frame" not in home and "Road frame ¥280,000" in home


def test_a_new_price_said_after_the_thing_it_prices_in_a_sentence_before(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Pudding 500 yen, Coffee 600 yen, Iced coffee 700 yen.")
    model = '{"ops":[{"op":"remove_item","item":"Pudding"}]}'
    result = _run(root, model, "pudding is popular. price up to 550 yen. and remove Iced coffee, it is winter")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Pudding 550 yen" in home and "Iced coffee" not in home and "Coffee 600 yen" in home


@pytest.mark.parametrize(("prompt", "new", "old"), [
    ("Finally, update the number of girls on the home page to 168 girls in 8 teams.", "168 girls in 8 teams", "140 girls"),
    ("Update the number of wheelchairs to 1,315, we delivered more this month.", "1,315 wheelchairs", "1,240"),
])
def test_the_number_of_something_updated(tmp_path: Path, prompt: str, new: str, old: str) -> None:
    root = managed_project(tmp_path)
    _para(root, "We currently have 140 girls in 7 teams. Since 2019 we have delivered 1,240 wheelchairs.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Number","text":"1,315"}]}', prompt)
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert new in home and old not in home


def test_a_new_phone_beside_what_the_old_one_was(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "contact", [("Phone", "325-247-8810")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Phone","text":"325-998-1402 the other one","title":"The house"}]}',
                  "change the phone to my cell 325-998-1402 the other one is the house")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "325-998-1402" in home and "325-247-8810" not in home and "The house" not in home


def test_a_day_stopped_takes_off_the_entry_it_opens(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "contact", [("Address", "14 Albert St"), ("Hours", "saturdays 10am-1pm"), ("Hours", "wednesdays 4pm-6pm")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Wednesdays","text":"not enough volunteers"}]}',
                  "we stopped wednesdays, not enough volunteers :( just saturdays now")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "wednesdays" not in home and "saturdays 10am-1pm" in home and "not enough volunteers" not in home


def test_one_of_two_kinds_said_together_is_not_taken_with_the_other(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "We sell round bales and square bales and deliver up to 60 miles.")
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Square"}]}', "take off the square bales we aint doing them no more")
    assert "round bales" in _page(root, "/"), result.message


@pytest.mark.parametrize("prompt", [
    "Also can you connect my Instagram @lanadelestrecho so the photos appear automatically in the website every time I post?",
    "Can you connect with my instagram @bombaecuia.poa to show the last posts on the site?",
])
def test_a_feed_from_instagram_is_declined(tmp_path: Path, prompt: str) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"contact","items":[{"title":"Instagram","text":"@x"}]}]}', prompt)
    assert result.outcome == "declined", result.message


@pytest.mark.parametrize(("prompt", "route"), [
    ("add a page about us. been fixing motors on the bayou since 1989, me and my son Landry run it. family owned", "/about-us"),
    ("new page about me. im Jess, been grooming 9 years, have a staffy called Mango", "/about-me"),
])
def test_a_page_about_us_or_me_is_called_so(tmp_path: Path, prompt: str, route: str) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_page","title":"About","route":"/about","sections":["text"]}]}', prompt)
    assert result.outcome == "applied", result.message
    assert "since 1989" in _page(root, route) if "1989" in prompt else "Mango" in _page(root, route)


# Round 3: requests as the blind sets u268-u271 typed them, and what round 1 did wrong on them.

def test_a_page_named_then_its_story_keeps_every_sentence(tmp_path: Path) -> None:
    """Not "Diane, Mark and Paulie." alone: the words up to a colon in the story are the story's."""
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"add_page","title":"His Story","route":"/his-story","sections":["text"]}]}'
    result = _run(root, model, 'I would also like a page called "His Story". Walt married Dorothy (Dottie) Nowak in 1963. They had three '
                               'children: Diane, Mark and Paulie. He coached the Pulaski Red Sox from 1970 to 2004.')
    assert result.outcome == "applied", result.message
    page = _page(root, "/his-story")
    assert "Walt married Dorothy" in page and "three children" in page and "1970 to 2004" in page


@pytest.mark.parametrize(("prompt", "route", "words"), [
    ('Please add a page called "Regatta" about this year\'s Ólavsøka regatta on 28 and 29 July 2027 in Tórshavn harbour. '
     "Spectators are welcome on the quay from 14:00.", "/regatta", ["29 July 2027", "from 14:00"]),
    ("We also make visits for schools and tourists. Add page 'Visit the apiary': guided visit 1 hour, 8 EUR adult, children free. "
     "Only April to September, reservation by phone.", "/visit-the-apiary", ["8 EUR adult", "April to September"]),
])
def test_a_page_named_in_quotes_holds_the_words_around_it(tmp_path: Path, prompt: str, route: str, words: list[str]) -> None:
    root = managed_project(tmp_path)
    title = "Regatta" if "Regatta" in prompt else "Visit the apiary"
    result = _run(root, f'{{"ops":[{{"op":"add_page","title":"{title}","route":"{route}","sections":["image_text","cta"]}}]}}', prompt)
    assert result.outcome == "applied", result.message
    page = _page(root, route)
    assert all(w in page for w in words)


def test_info_at_the_bottom_of_home_is_a_section_of_its_own(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"add_items","route":"/","kind":"team","items":[{"title":"15 volunteers","text":"free weekend"}]}]}'
    result = _run(root, model, "add volunteer info at the bottom of home: we need 15 volunteers, you get free weekend pass + t-shirt, "
                               "msg us at ahoj@dunajdice.sk")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Volunteer info" in home and "we need 15 volunteers" in home.casefold() and "ahoj@dunajdice.sk" in home


def test_words_quoted_for_a_price_replace_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Day pass 12 €, Weekend pass 25 €, Kids under 12 free.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"weekend pass","text":"up to 28 €"}]}',
                  "weekend pass goes up to 28 € from jan 1, so put '25 € early bird until 31 Dec, then 28 €'")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Weekend pass 25 € early bird until 31 Dec, then 28 €" in home and "Day pass 12 €" in home


@pytest.mark.parametrize(("prompt", "label"), [
    ('In the top menu: put FAQ before Gallery, and rename the menu link "Trips" so it reads "Trips and Prices". The page itself '
     "can stay where it is.", "Trips and Prices"),
])
def test_a_link_relabelled_beside_a_move_keeps_its_page(tmp_path: Path, prompt: str, label: str) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Trips", "Gallery", "FAQ")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"title","text":"Trips and Prices"}]}', prompt)
    assert result.outcome == "applied", result.message
    nav = _nav(root)
    assert label in nav and '"/trips"' in nav and nav.index('"/faq"') < nav.index('"/gallery"')
    assert (root / "app" / "trips" / "page.tsx").is_file()


def test_a_move_beside_a_note_for_home_does_both(tmp_path: Path) -> None:
    """The date said before the note is the note's own, not a part left out."""
    root = managed_project(tmp_path)
    _pages(root, "About Us", "Shop")
    model = '{"ops":[{"op":"add_items","route":"/","kind":"image_text","items":[{"title":"Closed 1 January 2027","text":"Note"}]}]}'
    result = _run(root, model, "Move Shop before About Us in menu. And we closed on 1 January, write small note on home page: "
                               "'Closed 1 January 2027'")
    assert result.outcome == "applied", result.message
    nav = _nav(root)
    assert nav.index('"/shop"') < nav.index('"/about-us"') and "Closed 1 January 2027" in _page(root, "/")


def test_two_changes_inside_one_link_moved_are_a_sentence_not_a_crash(tmp_path: Path) -> None:
    """A link relabelled and renamed, then moved: the move's reading of its text said so (it raised ValueError)."""
    from app.errors import PlanError
    from app.scaffold.plan import parse_plan
    from app.scaffold.source import open_source

    root = managed_project(tmp_path)
    _pages(root, "Wool Care", "Products")
    source = open_source(root)
    plan = parse_plan('{"ops":[{"op":"edit_nav_link","href":"/products","label":"Our Products"},{"op":"rename_page","route":"/products",'
                      '"new_route":"/our-products","title":"Our Products"},{"op":"move_nav_link","href":"/products","before":"/wool-care"}]}')
    with pytest.raises(PlanError, match="touch the same place"):
        source.apply(plan, source.read())


# After round 3, offline (from the failures of u272-u275, each read after round 2 was measured on it).

@pytest.mark.parametrize(("prompt", "label"), [
    ("One last thing for today: in the menu, would you kindly move Join to be the last item and change its name to Become a "
     "Member? Thank you ever so much for your patience.", "Become a Member"),
    ("Finally: rename the menu item Join to Become a Member, and place it after Services.", "Become a Member"),
])
def test_a_link_moved_and_renamed_said_more_ways(tmp_path: Path, prompt: str, label: str) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Join", "Services", "Events")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/join","target":"site_name","text":"Become a Member"}]}', prompt)
    assert result.outcome == "applied", result.message
    nav = _nav(root)
    assert label in nav and nav.index(label) > nav.index('"/services"')


@pytest.mark.parametrize("prompt", [
    "Is it possible that our website appears as the first result on Google when people search 'Kachelofen Salzburg'? Please arrange this.",
    "can it have like a 3d ramp designer where ppl drag stuff around and it saves their design for me",
    "We'd love people to be able to donate money right on the site with a credit card, with $10 $25 $50 buttons.",
    "Can you add a Gallery page that takes my photos from my Instagram @fil.de.leila automatically 📸",
])
def test_more_of_what_the_site_would_do_is_declined(tmp_path: Path, prompt: str) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Kachelofen Salzburg"}]}', prompt)
    assert result.outcome == "declined", result.message


def test_who_stays_with_more_to_do_is_not_taken_off(tmp_path: Path) -> None:
    """Nor is "The Cabin" replaced by "going to Australia this summer so she will" (of "she will not use the cabin")."""
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("Summer July 1-21", "Ingrid"), ("Summer July 22", "Aug 10 - Magnus"), ("Christmas", "everyone")])
    model = '{"ops":[{"op":"remove_item","item":"Ingrid"},{"op":"remove_item","item":"Magnus"}]}'
    result = _run(root, model, "Ingrid is going to Australia this summer so she will not use the cabin. Remove her, and Magnus takes "
                               "the whole summer July 1 - Aug 10.")
    home = _page(root, "/")
    assert "Magnus" in home and "she will" not in home, result.message


def test_a_new_price_and_a_thing_no_longer_sold_said_before_who_stopped(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("Large Suzani wall hanging", "$240"), ("Small Suzani", "$95"), ("Pillow cover", "$35")])
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Small Suzani"}]}',
                  "Small Suzani price now $110, and Pillow cover I don't sell anymore, please remove")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "$110" in home and "Small Suzani" in home and "Pillow cover" not in home and "$240" in home


def test_was_not_the_old_it_was_the_new(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("Markthal concept model 1:200", "2009"), ("Delft library competition model 1:100", "")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Delft","text":"1:100","title":"1:200"}]}',
                  "Delft library model was not 1:100 it was 1:200. Fix that")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Delft library competition model 1:200" in home and "1:100" not in home


def test_a_yearly_price_is_the_price_of_a_year(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Free, with Haru Plus at $2.99/month.")
    _items(root, "/", "pricing", [("Haru Plus", "$2.99/mo or $19.99/yr, unlimited history")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Yearly","text":"$24.99"}]}', "actually yearly is $24.99 now, apple price tier thing")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "$24.99/yr" in home and "$2.99/month" in home and "$19.99" not in home


@pytest.mark.parametrize(("prompt", "label", "href"), [
    ("Last one: put FAQ right after Home in the menu, and add a button on the home page that says Volunteer with us, going to the "
     "Volunteer page.", "Volunteer with us", "/volunteer"),
    ("Lastly for today, please put FAQ first in the menu, before Volunteer, and add a button on the home page that says Come and "
     "see us, which takes people to the Volunteer page. Thank you kindly.", "Come and see us", "/volunteer"),
])
def test_a_move_beside_a_button_said_over_two_parts(tmp_path: Path, prompt: str, label: str, href: str) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Volunteer", "FAQ")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Volunteer"}]}', prompt)
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert label in home and f'"{href}"' in home and _nav(root).index('"/faq"') < _nav(root).index('"/volunteer"')


def test_a_move_beside_an_ask_nothing_reads_is_declined_not_done_alone(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Volunteer", "FAQ")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Volunteer"}]}',
                  "put FAQ right after Home in the menu, and add a countdown that flips every second")
    assert result.outcome == "declined", result.message


def test_a_move_beside_a_page_renamed_by_its_three_words(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "How It Works", "Sponsors", "Tools")
    model = '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"How It Works","text":"Rules"}]}]}'
    result = _run(root, model, "Move Sponsors to be the last item in the menu and rename How It Works to Rules.")
    assert result.outcome == "applied", result.message
    nav = _nav(root)
    assert "Rules" in nav and nav.index('"/sponsors"') > nav.index('"/tools"')


def test_who_stops_and_who_is_new(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "team", [("Marna Joensen", "cashier"), ("Jógvan Hansen", "chair")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Marna","text":"Rói Dam"}]}', "Marna stop as cashier, new is Rói Dam")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Rói Dam" in home and "Marna" not in home and "cashier" in home


def test_a_day_that_closes_earlier_keeps_its_opening(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Monday to Friday 9:00 to 19:00, Saturday 9:00 to 19:00.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Saturday","text":"13:00"}]}',
                  "Last thing: change the opening hours, on Saturday we close at 13:00 now. Monday to Friday stays 9:00 to 19:00.")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Saturday 9:00 to 13:00" in home and "Monday to Friday 9:00 to 19:00" in home


# Offline, after the last measurement (from the failures of u272-u275).

@pytest.mark.parametrize(("prompt", "shown", "new", "old"), [
    ("Now we have planted 52,300 trees!! please update the number", "Since 2019 we have planted 48,000 trees.", "52,300 trees",
     "48,000"),
    ("ok. fee is 4500 Kc now, hall got more expensive", "Season fee 4000 Kc per team.", "4500 Kc", "4000 Kc"),
    ("kids free → change to under 12 instead of under 10", "Adults $15. Kids under 10 free.", "under 12", "under 10"),
])
def test_a_count_a_price_in_crowns_and_words_instead_of_others(tmp_path: Path, prompt: str, shown: str, new: str, old: str) -> None:
    root = managed_project(tmp_path)
    _para(root, shown)
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Fee","text":"new"}]}', prompt)
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert new in home and old not in home


def test_one_days_new_hours_beside_the_others_still_the_same_are_no_new_hours_for_all(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Open 7 days 9:30am-7pm.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Sunday","text":"10am-5pm"}]}',
                  "sunday hours change to 10am-5pm, other days still 9:30am-7pm")
    assert "9:30am-7pm" in _page(root, "/"), result.message


def test_a_name_and_price_added_with_too(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("iphone 13 screen", "£89"), ("iphone 14 screen", "£99"), ("battery any iphone", "£49")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"unlocking","text":"£20"}]}', "add unlocking too £20")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "unlocking" in home and "£20" in home


def test_a_page_called_it_up_to_its_colon_is_at_its_names_address(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_page","title":"Our Team","route":"/team","sections":["text"]}]}',
                  "We also need a page for the club officers, please call it Our Team: President Harold Nakamura, Treasurer Walt "
                  "Brubaker.")
    assert result.outcome == "applied", result.message
    assert "Harold Nakamura" in _page(root, "/our-team")


# Offline, after the last measurement (from the failures of u276-u279, read after round 3 was measured on them).

@pytest.mark.parametrize("prompt", [
    "the website must be in Georgian, Russian, English, Hebrew and Chinese automatic, with flags on top to change",
    "can u hook up my insta @tablaloca.tj so the newest pics show up automatic on home",
    "Can the site register the students for Batizado, save the names and they pay the corda?",
])
def test_still_more_of_what_the_site_would_do_is_declined(tmp_path: Path, prompt: str) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Batizado"}]}', prompt)
    assert result.outcome == "declined", result.message


def test_a_sentence_for_home_then_thanks(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"set_text","route":"/","target":"title","text":"For a free trial lesson"},'
             '{"op":"set_text","route":"/","target":"button","text":"0172-33-8140"}]}')
    result = _run(root, model, "Also please put a sentence on the home page: For a free trial lesson, please call 0172-33-8140 between "
                               "10:00 and 19:00. Thank you for all your help.")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "between 10:00 and 19:00" in home and "Thank you for all your help" not in home


def test_a_place_changed_from_one_to_another(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("Mapusa Market", "flag off 7:30am"), ("Anjuna", "chai break 8:30am"), ("Morjim beach", "group photo")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Chai break","text":"Anjuna road is under repair"}]}',
                  "Chai break changed from Anjuna to Siolim, Anjuna road is under repair.")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Siolim" in home and "chai break 8:30am" in home and "under repair" not in home


def test_a_site_renamed_everywhere_is_no_name_with_everywhere_in_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"DeskBuddy everywhere"}]}',
                  "rename the app to DeskBuddy everywhere, deskmate was taken on app store 😭")
    assert result.outcome == "applied", result.message
    layout = (root / "app" / "layout.tsx").read_text() + (root / "lib" / "site.ts").read_text()
    assert "DeskBuddy" in layout and "DeskBuddy everywhere" not in layout


def test_a_big_button_named_with_no_verb(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"button","text":"432-555-0187"}]}',
                  "fine. big Call Now button on top that calls 432-555-0187")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Call Now" in home and "tel:4325550187" in home


def test_short_lines_with_a_role_before_a_page_named_at_the_end_are_its_content(tmp_path: Path) -> None:
    """Not left out as chat ("President: Graham Pike." is three words): the page named in quotes at the end holds them (u281)."""
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"add_items","route":"/","kind":"team","items":[{"title":"Graham Pike","text":"President"},'
             '{"title":"Marg Thorpe","text":"Secretary"}]}]}')
    result = _run(root, model, "Our committee would like to be listed. President: Graham Pike. Secretary: Marg Thorpe. Treasurer: Dot "
                               "Kowalski. Music Director: Ian 'Strum' McAllister. Perhaps on a page called 'Committee'?")
    assert result.outcome == "applied", result.message
    page = _page(root, "/committee")
    assert all(n in page for n in ("Graham Pike", "Marg Thorpe", "Dot Kowalski", "McAllister"))


# What the replay of u1-u279 showed the stop's changes to have lost, restored.

@pytest.mark.parametrize(("prompt", "route"), [
    ("Page Board with people: President - Andrzej Nowicki, Secretary - Halina Wróbel", "/board"),
    ("Add a page FAQ po. Q: Do you deliver? A: Yes within San Miguel, ₱80 delivery fee.", "/faq"),
    ("Next, could we add a page called 'The Day' with the schedule? Here it is: 3:30 PM – Guests arrive 4:00 PM – Ceremony",
     "/the-day"),
])
def test_a_page_named_then_with_or_a_small_word_keeps_its_name(tmp_path: Path, prompt: str, route: str) -> None:
    root = managed_project(tmp_path)
    title = route.strip("/").replace("-", " ").title()
    result = _run(root, f'{{"ops":[{{"op":"add_page","title":"{title}","route":"{route}"}}]}}', prompt)
    assert result.outcome == "applied", result.message
    assert (root / "app" / route.strip("/") / "page.tsx").is_file()


def test_a_service_area_is_no_new_entry_of_the_services_page(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Services")
    _items(root, "/services", "list", [("Lockouts", "24/7"), ("Rekeying", "from $60")])
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"features","items":[{"title":"Columbus"},{"title":"Dublin"}]}]}',
                  "Add service area: Columbus, Dublin, Westerville, Grove City, Hilliard")
    assert result.outcome == "applied", result.message
    assert "Westerville" not in _page(root, "/services")


def test_a_monthly_price_said_beside_a_yearly_one_that_stays(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("Free forever for basic", ""), ("FocusFox Plus $2.99/month or $19.99/year", "")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Plus","text":"$3.49/month"}]}', "change plus price to $3.49/month, yearly stays the same")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "$3.49/month" in home and "$19.99/year" in home


def test_a_price_and_its_unit_after_a_slash_is_one_piece(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Free: up to 3 lists. Pro: 2,99 € / month or 24,99 € / year, unlimited lists + widgets")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"yearly","text":"19,99 €"}]}', "pro yearly now 19,99 €")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "19,99 € / year" in home and "2,99 € / month" in home


def test_a_link_said_to_be_still_at_the_end_is_moved_where_asked(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Workshops", "Shop", "About")
    result = _run(root, '{"ops":[{"op":"add_nav_link","label":"About","href":"/about"}]}',
                  "About is still at the end of the menu, move it next to Home")
    assert result.outcome == "applied", result.message
    nav = _nav(root)
    assert nav.index('"/about"') < nav.index('"/workshops"')


def test_a_page_renamed_and_moved_after_another_is_both(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Racing", "Join", "Gallery")
    result = _run(root, '{"ops":[{"op":"rename_page","route":"/racing","new_route":"/fixtures","title":"Fixtures"}]}',
                  "Rename the Racing page to 'Fixtures' please, and move it after Join in the menu.")
    assert result.outcome == "applied", result.message
    nav = _nav(root)
    assert nav.index('"/join"') < nav.index('"/fixtures"')
