"""Requests as the blind sets u197-u199 typed them, each through the real turn loop with the plan the model wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.scaffold.openerfit import headline, subtitle
from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import run as _run


def _home(root: Path) -> str:
    return (root / "app" / "page.tsx").read_text() + (root / "lib" / "site.ts").read_text()


def _page(root: Path, route: str) -> str:
    return (root / "app" / route.strip("/") / "page.tsx").read_text()


@pytest.mark.parametrize(("request_text", "said", "under"), [
    ("site for Ridgeway FC Juniors, grassroots football club in Swindon ages 6 to 14. heading Ridgeway FC Juniors and "
     "sub line Everyone plays. Everyone learns.", "Ridgeway FC Juniors", "Everyone plays. Everyone learns."),
    ("Hello, I need website for my yoga studio Lumen Yoga in Berlin Neukölln. Heading: Lumen Yoga. Under it: Breathe. "
     "Move. Rest.", "Lumen Yoga", "Breathe. Move. Rest."),
    ("Please make home page with title Casa Prana Yoga and text 'Hatha and Vinyasa classes in Alfama'", "Casa Prana Yoga",
     "Hatha and Vinyasa classes in Alfama"),
    ("hola, my bakery is Panadería Rosa in San Antonio. put the name big and under it Pan dulce fresh every morning", "",
     "Pan dulce fresh every morning"),
])
def test_the_line_under_the_heading_as_an_opening_prompt_types_it(request_text: str, said: str, under: str) -> None:
    assert (headline(request_text), subtitle(request_text)) == (said, under)


@pytest.mark.parametrize(("prompt", "model", "typed"), [
    # the model named the site after the town too, and the line under the name went nowhere
    ("hola, my bakery is Panadería Rosa in San Antonio. put the name big and under it Pan dulce fresh every morning",
     '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Panadería Rosa"}]}',
     ("Panadería Rosa", "Pan dulce fresh every morning")),
    # a portfolio is its owner's: the model declined
    ("hiii 👋 can u make this my portfolio!! im Grace Villanueva, illustrator ✨ heading = my name and under it "
     "Illustration for books, brands & bands", '{"ops":[{"op":"decline"}]}',
     ("Grace Villanueva", "Illustration for books, brands &amp; bands")),
])
def test_an_opening_prompt_s_name_and_line_reach_the_home_page(tmp_path: Path, prompt: str, model: str,
                                                              typed: tuple[str, ...]) -> None:
    root = managed_project(tmp_path)
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    shown = _home(root)
    assert all(words in shown or words.replace("&amp;", "&") in shown for words in typed), shown
    assert "can u make" not in shown


def test_a_button_on_the_start_page_goes_to_the_page_named(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    assert _run(root, '{"ops":[{"op":"add_page","title":"Shop","route":"/shop"}]}', "add a Shop page").applied
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"button","text":"To the shop"}]}',
                  "button on start page: To the shop -> go to shop page")
    assert result.outcome == "applied", result.message
    assert 'href="/shop"' in _home(root) and "To the shop" in _home(root) and "To the shop" not in _page(root, "/shop")


def test_a_button_named_then_where_it_goes_and_the_new_page_s_words(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"team","items":[{"title":"Join","text":"a term"}]}]}',
                  "button on home Join the club, goes to a Join page. join page says: subs £25 a term, kit £30 one off, "
                  "contact secretary Jo Fenwick on 07700 900412")
    assert result.outcome == "applied", result.message
    assert "Join the club" in _home(root) and 'href="/join"' in _home(root)
    assert "Jo Fenwick" in _page(root, "/join") and "£25 a term" in _page(root, "/join")


def test_two_prices_in_zloty_change_in_one_request(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Sourdough rye","text":"14 zl"},'
               '{"title":"Cheese babka","text":"28 zl"}]}]}', "breads: Sourdough rye 14 zl, Cheese babka 28 zl")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Sourdough rye","text":"15 zl and cheese babka 30 zl"}]}',
                  "price change! sourdough rye now 15 zl and cheese babka 30 zl")
    page = _home(root)
    assert result.outcome == "applied" and "15 zl" in page and "30 zl" in page and "28 zl" not in page


def test_a_monthly_price_in_a_sentence_with_a_yearly_one(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_section","route":"/","kind":"text","text":"Free: 3 habits. Pro: $3.99/month or '
               '$29.99/year, unlimited habits"}]}', "add: Free: 3 habits. Pro: $3.99/month or $29.99/year, unlimited habits")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"pro","text":"$4.99/month"}]}',
                  "pro price changed to $4.99/month, yearly stays same")
    page = _home(root)
    assert result.outcome == "applied", result.message
    assert "$4.99/month or $29.99/year" in page and "$3.99" not in page


def test_two_times_of_a_schedule_moved_and_where_said_again(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"2:30pm Ceremony at Wategos Beach"},'
               '{"title":"4:00pm Drinks and canapés on the lawn"}]}]}', "add to home:\n2:30pm Ceremony at Wategos Beach\n"
               "4:00pm Drinks and canapés on the lawn")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"The Celebrant","text":"3:00pm"}]}',
                  "Oh no, the celebrant just told us the ceremony has moved to 3:00pm, so drinks will now be at 4:30pm. "
                  "Could you update the schedule please?")
    page = _home(root)
    assert result.outcome == "applied", result.message
    assert "3:00pm Ceremony" in page and "4:30pm Drinks" in page and "2:30pm" not in page


def test_a_new_work_typed_with_a_dash_joins_the_list_of_works(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_page","title":"Work","route":"/work"},{"op":"add_items","route":"/work","kind":"list",'
               '"items":[{"title":"the paper boat","text":"picture book, epigram books 2025"},{"title":"kopi o","text":'
               '"packaging for tiong bahru roasters"}]}]}', "work page: the paper boat - picture book, epigram books 2025; "
               "kopi o - packaging for tiong bahru roasters")
    result = _run(root, '{"ops":[{"op":"decline"}]}', "add: sungei – mural for nparks, 2026")
    assert result.outcome == "applied", result.message
    assert "sungei" in _page(root, "/work") and "sungei" not in (root / "app" / "page.tsx").read_text()


def test_a_live_stream_for_paying_members_is_declined(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"decline"}]}',
                  "Last: can you add live video stream of the classes for our online members, only for people who paid?")
    assert result.outcome == "declined"


def test_a_card_dropped_and_one_put_in_its_place_keeps_the_line_s_dash(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_section","route":"/","kind":"text","text":"Smart matching – by language and level\\n'
               'In-app video calls – no phone number needed"}]}', "add text: Smart matching – by language and level; "
               "In-app video calls – no phone number needed")
    result = _run(root, '{"ops":[{"op":"remove_item","item":"video calls"}]}',
                  "We dropped video calls from v1. Replace that card with: Voice notes – practice pronunciation async")
    page = _home(root)
    assert result.outcome == "applied", result.message
    assert "Voice notes – practice pronunciation async" in page and "video calls" not in page


def test_a_correction_of_a_single_digit_after_not(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Milo, 2 year old lurcher, very '
               'energetic"},{"title":"Megan, 6 year old Staffie"}]}]}', "add to home:\nMilo, 2 year old lurcher, very "
               "energetic\nMegan, 6 year old Staffie")
    result = _run(root, '{"ops":[{"op":"decline"}]}', "I'm afraid I made an error: Milo is 3 years old, not 2.")
    page = _home(root)
    assert result.outcome == "applied" and "Milo, 3 year old" in page and "6 year old" in page


def test_a_review_named_by_its_author_without_an_apostrophe_is_removed(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"testimonials","items":[{"title":"Tom H.","text":'
               '"fair price, no mess"}]}]}', "add review 'fair price, no mess' - Tom H.")
    result = _run(root, '{"ops":[{"op":"remove_item","item":"toms review"}]}', "remove toms review he asked me to")
    assert result.outcome == "applied", result.message
    assert "Tom H." not in _home(root)


def test_a_note_under_each_concert_goes_on_the_concerts_page(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_page","title":"Concerts","route":"/concerts"}]}', "add a Concerts page")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Tickets $20 at the door"}]}',
                  "Very well, I understand. Instead, please write under each concert: Tickets $20 at the door, children free.")
    assert result.outcome == "applied", result.message
    assert "Tickets $20 at the door, children free." in _page(root, "/concerts")


def test_the_sentence_before_a_list_of_clients_goes_above_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_page","title":"About","route":"/about","sections":["text"]}]}',
                  "about page!! I'm 26, based in Quezon City, I work in gouache and procreate. clients: Anvil, Rappler, "
                  "Hinge Coffee")
    assert result.outcome == "applied", result.message
    page = _page(root, "/about")
    assert "based in Quezon City" in page and "Hinge Coffee" in page


def test_colours_on_all_pages_make_no_pages(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_theme","primary":"red","foreground":"blue"}]}',
                  "change the site colours to claret red and sky blue on all pages, dont touch the text")
    assert result.outcome == "applied", result.message
    assert not (root / "app" / "claret-red").exists() and "#7f1734" in (root / "app" / "theme.css").read_text()


def test_a_class_moved_from_one_place_to_another(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Thursday 6pm Yin","text":'
               '"South Fremantle SLSC"},{"title":"Saturday 8am Flow","text":"Bathers Beach"}]}]}',
         "add to home:\nThursday 6pm Yin - South Fremantle SLSC\nSaturday 8am Flow - Bathers Beach")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"yin class","text":"South Fremantle SLSC","title":"Moores Building"}]}',
                  "yin class is moving from South Fremantle SLSC to the Moores Building, same time")
    page = _home(root)
    assert result.outcome == "applied", result.message
    assert "Moores Building" in page and "South Fremantle SLSC" not in page and "Thursday 6pm Yin" in page


def test_a_price_in_won_and_a_page_renamed_in_one_request(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_page","title":"Prices","route":"/prices"},{"op":"add_items","route":"/prices","kind":"list",'
               '"items":[{"title":"Portrait session","text":"250,000 won"},{"title":"Couple session","text":"400,000 won"}]}]}',
         "prices page: Portrait session 250,000 won, Couple session 400,000 won")
    result = _run(root, '{"ops":[{"op":"rename_page","route":"/prices","new_route":"/rates","title":"Rates"}]}',
                  "portrait session now 280,000 won. and rename Prices page to Rates")
    assert result.outcome == "applied", result.message
    page = _page(root, "/rates")
    assert "280,000 won" in page and "250,000 won" not in page and "400,000 won" in page


def test_a_paragraph_asked_for_under_the_list_goes_on_the_list_s_page(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_page","title":"Adopt","route":"/adopt"},{"op":"add_items","route":"/adopt","kind":"list",'
               '"items":[{"title":"Biscuit","text":"male, 4 years"},{"title":"Penny","text":"female, 3 years"}]}]}',
         "adopt page: Biscuit - male, 4 years; Penny - female, 3 years")
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"£150","text":"dogs"},'
                        '{"title":"Please","text":"vaccinations"}]}]}',
                  "Underneath the list, please explain that our adoption fee is £150 for dogs and £85 for cats, which "
                  "includes vaccinations, microchip and neutering.")
    assert result.outcome == "applied", result.message
    assert "Our adoption fee is £150 for dogs and £85 for cats" in _page(root, "/adopt")
    assert "Please" not in (root / "app" / "page.tsx").read_text()


def test_places_added_beside_a_removal_are_not_dropped(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_page","title":"Areas Covered","route":"/areas-covered"},{"op":"add_items","route":'
               '"/areas-covered","kind":"list","items":[{"title":"Headingley"},{"title":"Kirkstall"}]}]}',
         "areas covered page: Headingley, Kirkstall")
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Kirkstall"}]}',
                  "add Moortown and Alwoodley to areas, take off Kirkstall too far")
    page = _page(root, "/areas-covered")
    assert result.outcome == "applied", result.message
    assert "Moortown" in page and "Alwoodley" in page and "Kirkstall" not in page and "to areas" not in page


def test_a_quoted_name_renamed_and_a_person_put_in_another_s_place(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"features","items":[{"title":"Deep Focus mode"},'
               '{"title":"12 ambient soundscapes"}]}]}', "features: Deep Focus mode, 12 ambient soundscapes")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Hush mode"}]}',
                  "rename 'Deep Focus mode' to 'Hush mode'")
    assert result.outcome == "applied" and "Hush mode" in _home(root) and "Deep Focus" not in _home(root)
    _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"team","items":[{"title":"Camila Ortiz","text":"dama"},'
               '{"title":"Sofia Treviño","text":"dama"}]}]}', "damas: Camila Ortiz, Sofia Treviño")
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Camila"}]}',
                  "Camila can't be a dama anymore 😢 put Natalia Ruiz instead")
    assert result.outcome == "applied", result.message
    assert "Natalia Ruiz" in _home(root) and "Camila" not in _home(root)


def test_an_opener_s_business_name_in_quotes_and_no_ask_as_its_tagline() -> None:
    from app.scaffold.sitename import said_name
    assert said_name("my name is Mai-Anh Tremblay, business name 'Passerelle Traductions'. Clean, navy blue.") \
        == "Passerelle Traductions"


def test_a_correction_of_a_hall_s_name_keeps_the_words_before_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_section","route":"/","kind":"text","text":"Every Thursday 10am, St Paul\'s Church Hall, '
               '45 Victoria Avenue."}]}', "add text: Every Thursday 10am, St Paul's Church Hall, 45 Victoria Avenue.")
    result = _run(root, '{"ops":[{"op":"decline"}]}', "I have just noticed the hall is actually called St Paul's Memorial "
                  "Hall, not Church Hall. Would you mind fixing that?")
    page = _home(root)
    assert result.outcome == "applied", result.message
    assert "St Paul&#x27;s Memorial Hall" in page or "St Paul's Memorial Hall" in page
    assert "Church Hall" not in page and "St Paul's St Paul's" not in page


def test_a_text_that_asks_a_removal_is_not_put_on_the_page(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_page","title":"The Day","route":"/the-day"}]}', "add a page The Day")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Reception 2pm"}]}',
                  "On The Day page change the reception line to: Reception 2pm at Landmark Event Centre, Oniru. Remove Eko Hotel.")
    assert result.outcome != "applied"
    assert "Remove Eko Hotel" not in _page(root, "/the-day")


def test_a_big_button_on_home_with_its_label_in_quotes_goes_to_the_page(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_page","title":"Programme","route":"/programme"}]}', "add a Programme page")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/programme","target":"button","text":"See the Programme"}]}',
                  "put a big button on home 'See the Programme' that goes to the programme page")
    assert result.outcome == "applied", result.message
    assert "See the Programme" in _home(root) and 'href="/programme"' in _home(root)


def test_a_menu_link_said_instead_of_another(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_page","title":"Works","route":"/works"}]}', "add a Works page")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"title","text":"Works"}]}',
                  "In the menu, can the link say 'Shop' instead of 'Works'?")
    assert result.outcome == "applied", result.message
    assert '"Shop"' in (root / "lib" / "site.ts").read_text()


def test_one_who_joined_takes_the_place_of_one_who_moved_away(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"team","items":[{"title":"Thabo Mahlangu","text":"washer"},'
               '{"title":"Sipho Dube","text":"owner"}]}]}', "team: Thabo Mahlangu - washer, Sipho Dube - owner")
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Thabo Mahlangu"}]}',
                  "Thabo moved to Joburg, take him off. Kagiso Molefe joined us")
    assert result.outcome == "applied", result.message
    assert "Kagiso Molefe" in _home(root) and "Thabo" not in _home(root)


def test_a_time_moved_in_a_timetable_typed_time_first(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_section","route":"/","kind":"text","text":"12:00 Opening by the Morris Men 2:30 Dog Show '
               '4:00 Tug of War"}]}', "add text: 12:00 Opening by the Morris Men 2:30 Dog Show 4:00 Tug of War")
    result = _run(root, '{"ops":[{"op":"decline"}]}', "Dog Show moved to 3:00 cos the judge is coming late lol")
    page = _home(root)
    assert result.outcome == "applied", result.message
    assert "3:00 Dog Show 4:00 Tug of War" in page


def test_a_price_in_ringgit(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Deluxe Set","text":"RM22 per pax"},'
               '{"title":"Basic Set","text":"RM15 per pax"}]}]}', "sets: Deluxe Set RM22 per pax, Basic Set RM15 per pax")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Deluxe Set","text":"RM24"}]}',
                  "Deluxe Set now RM24 already, chicken price up :(")
    page = _home(root)
    assert result.outcome == "applied" and "RM24 per pax" in page and "RM22" not in page


def test_a_colour_in_content_added_under_its_label_is_no_theme(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    before = (root / "app" / "theme.css").read_text()
    result = _run(root, '{"ops":[{"op":"set_theme","primary":"pink"}]}',
                  "add dress code: Formal attire, please avoid wearing pink (that's for the quinceañera lol)")
    assert (root / "app" / "theme.css").read_text() == before
    assert result.outcome != "applied" or "Formal attire" in _home(root)
