"""Requests as the blind sets u294-u299 typed them, each through the real turn loop with the plan the model wrote."""

from __future__ import annotations

from pathlib import Path

from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import menu as _menu, page as _page, run as _run


def test_a_page_goes_at_the_address_typed_for_it(tmp_path: Path) -> None:
    """The page's content was read from the request and routed by its title, not by the typed path."""
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"add_page","title":"Devenir bénévole","route":"/benevoles","sections":["text"]}]}'
    result = _run(root, model, "we need a page 'Devenir bénévole' (become volunteer), at the address /benevoles, explaining: "
                               "no teacher diploma needed, just 2 hours per month, contact Camille at benevoles@cafelangues-vbanne.fr")
    assert result.outcome == "applied", result.message
    page = _page(root, "/benevoles")
    assert "Devenir bénévole" in page and "2 hours per month" in page and "benevoles@cafelangues-vbanne.fr" in page
    assert not (root / "app" / "devenir-b-n-vole").exists() and not (root / "app" / "devenir-benevole").exists()


def test_a_page_named_with_an_apostrophe_or_an_accent_is_at_the_address_people_expect(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"add_page","title":"Nana\'s Story","route":"/nampys-story","sections":["text"]}]}'
    result = _run(root, model, "Can we add a page called Nana's Story? 'Dunja Hadžić was born in 1947 in Blagaj. "
                               "She worked 35 years as a teacher at the Mostar Gymnasium.'")
    assert result.outcome == "applied", result.message
    assert "1947" in _page(root, "/nanas-story") and "35 years" in _page(root, "/nanas-story")
    model = '{"ops":[{"op":"add_page","title":"Café Crème","route":"/caf-cr-me"}]}'
    result = _run(root, model, "add a page called Café Crème")
    assert result.outcome == "applied", result.message
    assert "Café Crème" in _page(root, "/cafe-creme")


def test_an_opening_prompt_keeps_the_whole_phone_number_and_puts_a_listed_pages_content_on_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"describe_site","name":"Greitas Ratas","tagline":"deliver docs and small parcels in city centre",'
             '"sections":["features","pricing","contact"]}]}')
    result = _run(root, model, "need site for my bike courier thing in vilnius. name Greitas Ratas. we deliver docs and small parcels "
                               "in city centre same day. phone +370 612 44 901. prices: up to 3km €6, 3-7km €9, express under 30 "
                               "min +€5. home page + prices page pls")
    assert result.outcome == "applied", result.message
    home, prices = _page(root, "/"), _page(root, "/prices")
    assert "+370 612 44 901" in home and "Greitas Ratas" in home
    assert "€6" in prices and "3-7km" in prices and "+€5" in prices
    assert "€6" not in home  # on its page, not also in the home page's text


def test_an_opening_prompt_that_says_what_the_business_does_is_set_up_whatever_its_words(tmp_path: Path) -> None:
    """"animation" is a feature no plan builds when asked of the site, not when it is the trade."""
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"describe_site","name":"Květa Horáková","tagline":"stop-motion animator from Brno",'
             '"sections":["image_text","list","cta"]}]}')
    result = _run(root, model, "hi. I need a portfolio site. I'm Květa Horáková, stop-motion animator from Brno, Czech Republic. "
                               "I do puppet and clay animation for music videos, ads, and short films. Keep it minimal, lots of "
                               "white space, work should speak.")
    assert result.outcome == "applied", result.message
    assert "Květa Horáková" in _page(root, "/") and "clay animation" in _page(root, "/")


def test_the_opening_text_keeps_what_it_asks_the_site_to_say_and_not_the_greeting(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"describe_site","name":"Hideo Shinohara","tagline":"the address","sections":["list","cta","contact"]}]}'
    result = _run(root, model, 'Hello, nice to meet you. I am Hideo Shinohara. I make glass wind chimes (furin) by hand in Kawagoe, '
                               'Saitama. Please make website for my small shop "Shinohara Furin Kobo". Tagline: "The sound of a cool '
                               'summer." On home page please say each chime is blown and painted by hand, and the address is 1-8 '
                               'Motomachi, Kawagoe. Thank you very much.')
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "1-8 Motomachi" in home and "blown and painted by hand" in home
    assert "nice to meet you" not in home.lower()


def test_a_new_pages_text_after_its_name_keeps_the_times_typed_in_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"add_page","title":"Workshop","route":"/workshop","sections":["image_text","cta"]}]}'
    result = _run(root, model, 'Also I teach painting experience for visitors. Please add page "Workshop": every Saturday and Sunday '
                               'at 10:00 and 14:00, 90 minutes, ¥3,000 per person. You paint your own furin and take it home.')
    assert result.outcome == "applied", result.message
    assert "10:00 and 14:00" in _page(root, "/workshop") and "Every Saturday" in _page(root, "/workshop")


def test_a_place_in_the_menu_counted_and_a_thanks_in_czech_move_the_link(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    for name in ("Repertoire", "Prices", "About Us"):
        route = "/" + name.lower().replace(" ", "-")
        assert _run(root, f'{{"ops":[{{"op":"add_page","title":"{name}","route":"{route}"}}]}}', f"add a {name} page").outcome == "applied"
    model = ('{"ops":[{"op":"add_nav_link","label":"About","href":"/about-us"},'
             '{"op":"set_text","route":"/","target":"site_name","text":"Děkuji, thank you"}]}')
    result = _run(root, model, "Please put About Us as second in menu, right after Home. Děkuji, thank you very much.")
    assert result.outcome == "applied", result.message
    assert _menu(root)[:3] == ["Home", "About Us", "Repertoire"], _menu(root)
    assert "Děkuji" not in (root / "lib" / "site.ts").read_text()


def test_a_feature_asked_as_a_question_is_no_new_site_name(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Free date"},'
             '{"op":"set_text","route":"/","target":"button","text":"Others"}]}')
    result = _run(root, model, "Can the site have calendar where parents choose free date and then it is blocked for others?")
    assert result.outcome == "declined", result.message
    assert "Free date" not in _page(root, "/")


def test_a_new_price_after_a_year_and_a_euro_sign_replaces_the_old_price(tmp_path: Path) -> None:
    """"2024 € 16,00": the euro sign is the price's, not the year's ("2024 €")."""
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_page","title":"Wines","route":"/wines"}]}', "add a Wines page")
    _run(root, '{"ops":[{"op":"add_section","route":"/wines","kind":"text","text":"Welschriesling 2025 € 9,50 per bottle, '
               'Sauvignon Blanc Ried Steinriegel 2024 € 16,00, Zweigelt 2023 € 12,50."}]}',
         "on wines: Welschriesling 2025 € 9,50 per bottle, Sauvignon Blanc Ried Steinriegel 2024 € 16,00, Zweigelt 2023 € 12,50.")
    model = '{"ops":[{"op":"edit_item","item":"Sauvignon Blanc","text":"€ 17,50"}]}'
    result = _run(root, model, "Please change price of Sauvignon Blanc Ried Steinriegel to € 17,50.")
    assert result.outcome == "applied", result.message
    wines = _page(root, "/wines")
    assert "Steinriegel 2024 € 17,50" in wines and "16,00" not in wines and "€ 9,50" in wines and "€ 12,50" in wines


def test_hours_after_a_sentence_of_chat_and_emoji_are_the_home_pages_hours(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Hours"},'
             '{"op":"set_text","route":"/","target":"title","text":"Fri-Sun 12pm-10pm"},'
             '{"op":"set_theme","primary":"red","background":"navy","foreground":"white"}]}')
    result = _run(root, model, "ok no worries!! 😅 then just put hours: Mon-Thu 1pm-9pm, Fri-Sun 12pm-10pm ☀️🌙")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Mon-Thu" in home and "1pm-9pm" in home and "12pm-10pm" in home and "☀" not in home


def test_a_quoted_line_under_the_hero_goes_on_the_home_page(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Android coming Q2 2027","text":"Android coming Q2 2027"}]}]}'
    result = _run(root, model, 'fine. put text "Android coming Q2 2027" under the hero')
    assert result.outcome == "applied", result.message
    assert _page(root, "/").count("Android coming Q2 2027") == 1


def test_a_whatsapp_button_with_its_number_typed_without_a_plus_opens_a_chat(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"decline"}]}', "ok. add whatsapp button 'Chat on WhatsApp' number 233244187730")
    assert result.outcome == "applied", result.message
    assert "Chat on WhatsApp" in _page(root, "/") and "https://wa.me/233244187730" in _page(root, "/")


def test_an_extra_typed_with_a_plus_is_its_entrys_price(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_page","title":"Prices","route":"/prices"}]}', "add a Prices page")
    model = '{"ops":[{"op":"add_items","route":"/prices","kind":"list","items":[{"title":"up to 3km","text":"€6"}]}]}'
    result = _run(root, model, "on prices: up to 3km €6, 3-7km €9, express under 30 min +€5")
    assert result.outcome == "applied", result.message
    result = _run(root, '{"ops":[{"op":"edit_item","item":"express","text":"+€4"}]}', "change express to +€4 not 5")
    assert result.outcome == "applied", result.message
    prices = _page(root, "/prices")
    assert "+€4" in prices and "+€5" not in prices and "express under 30 min" in prices


def test_an_opening_prompt_that_asks_the_site_to_take_bookings_is_declined_not_promised(tmp_path: Path) -> None:
    """Set up, the site's text would say "people can book classes and pay online": a promise no edit keeps."""
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"describe_site","name":"Still Water Yoga","tagline":"yoga in Leeds","sections":["features","cta"]}]}'
    result = _run(root, model, "I need a website for my yoga studio Still Water Yoga in Leeds where people can book classes and pay online")
    assert result.outcome == "declined", result.message
    assert "book classes" not in _page(root, "/")


def test_a_price_per_month_is_no_address_for_a_new_page(tmp_path: Path) -> None:
    """"35€/month" types no path "/month": the Prices page stays at /prices."""
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"add_page","title":"Prices","route":"/prices"}]}'
    result = _run(root, model, "page Prices: Kids 35€/month, Adults 50€/month, Drop-in class 12€. first class is free!!")
    assert result.outcome == "applied", result.message
    assert "35€/month" in _page(root, "/prices") and not (root / "app" / "month").exists()


def test_the_footer_and_a_counted_place_in_the_menu_in_one_request_are_both_done(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    for name in ("Flavors", "Menu"):
        assert _run(root, f'{{"ops":[{{"op":"add_page","title":"{name}","route":"/{name.lower()}"}}]}}', f"add a {name} page").outcome == "applied"
    model = ('{"ops":[{"op":"add_nav_link","label":"List","href":"/list"},{"op":"add_nav_link","label":"Menu","href":"/menu"},'
             '{"op":"set_footer","text":"@lamichoacanita.pilsen"}]}')
    result = _run(root, model, "add our instagram @lamichoacanita.pilsen at the bottom of every page and make menu the 2nd link in the nav")
    assert result.outcome == "applied", result.message
    assert _menu(root)[:3] == ["Home", "Menu", "Flavors"]
    assert "@lamichoacanita.pilsen" in (root / "app" / "layout.tsx").read_text()


def test_a_price_list_typed_without_commas_goes_on_the_new_page(tmp_path: Path) -> None:
    """Each entry ends in its price; the page the plan adds holds them (they had gone on home, or nowhere)."""
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_page","title":"Rates","route":"/rates","sections":["cta"]}]}',
                  "custom rates page too. swathing $28/acre raking $10/acre baling rounds $14/bale small squares $1.10/bale")
    assert result.outcome == "applied", result.message
    rates = _page(root, "/rates")
    assert all(w in rates for w in ("swathing", "$28/acre", "raking", "$10/acre", "small squares", "$1.10/bale"))
    model = ('{"ops":[{"op":"add_page","title":"Prices","route":"/prices"},{"op":"add_items","route":"/oil-change-outboard-2500",'
             '"kind":"features","items":[{"title":"Oil Change Outboard 2500","text":"4500"}]}]}')
    result = _run(root, model, "add page prices. oil change outboard 2500 esc, full diesel service 9000 esc, injector cleaning 4500 esc")
    assert result.outcome == "applied", result.message
    prices = _page(root, "/prices")
    assert "2500 esc" in prices and "9000 esc" in prices and "injector cleaning" in prices
    assert "2500 esc" not in _page(root, "/")


def test_a_button_to_the_one_address_typed_however_it_is_said(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"decline"}]}',
                  "ok fine just put a button to our google form then https://forms.gle/otepotiUlt2027 text 'Join the club'")
    assert result.outcome == "applied", result.message
    assert "Join the club" in _page(root, "/") and "https://forms.gle/otepotiUlt2027" in _page(root, "/")


def test_a_button_beside_words_for_the_page_keeps_them_or_declines(tmp_path: Path) -> None:
    """The button alone with its address, the words to write dropped, would look done."""
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"button","text":"Buy tickets"}]}',
                  "OK. Write then: tickets sold at iTicket.md and at our office, str. București 68, Chisinau. Also put a button "
                  "'Buy tickets' to https://iticket.md/event/codru-wine-walk-2027")
    assert result.outcome != "applied" or "our office" in _page(root, "/")


def test_new_prices_said_in_a_sentence_are_no_list_of_entries(tmp_path: Path) -> None:
    """"raise the rider tune up to $149 and chain sharpen to $14": no entries "raise the rider tune up to" and "chain
    sharpen to" (the replay of u1-u279 found nine such sentences made lists by the price-run reading)."""
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Rider tune up","text":"$129"},'
               '{"title":"Chain sharpen","text":"$12"}]}]}', "prices: Rider tune up $129, Chain sharpen $12")
    _run(root, '{"ops":[{"op":"decline"}]}', "raise the rider tune up to $149 and chain sharpen to $14")
    assert "raise the rider" not in _page(root, "/") and "sharpen to" not in _page(root, "/")
