"""Requests as the blind sets u344-u345 typed them (read after stop 60's code was measured on them), each through the real turn
loop with the plan the model wrote."""

from __future__ import annotations

from pathlib import Path

from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import apply as _apply, items as _items, page as _page, pages as _pages, para as _para, \
    run as _run, shown as _text


def test_prices_typed_with_dots_and_spaces_replace_the_ones_they_name(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Menu")
    _para(root, "Chipa almidón Gs. 5.000, Chipa guazú Gs. 12.000, Mbejú Gs. 8.000. Cocido Gs. 6.000", "/menu")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Chipa","text":"6.000"}]}',
                  "the chipa almidón now is Gs. 6.000, everything go up because of the cheese. and mbejú is Gs. 9.000")
    assert result.outcome == "applied", result.message
    shown = _text(root, "/menu")
    assert "Chipa almidón Gs. 6.000" in shown and "Mbejú Gs. 9.000" in shown and "Cocido Gs. 6.000" in shown
    _pages(root, "Services")
    _para(root, "150L solar geyser installed from R18 500. 200L from R22 900.", "/services")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"150L","text":"R19 200"}]}', "150L now R19 200")
    assert result.outcome == "applied", result.message
    assert "150L solar geyser installed from R19 200." in _text(root, "/services")


def test_two_new_prices_the_second_said_with_also_after_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Menu")
    _items(root, "/menu", "list", [("Mohinga", "$14"), ("Shan Noodle", "$14.50"), ("Tea Leaf Salad", "$12")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"fish","text":"very high"}]}',
                  "fish price very high now. Mohinga go up to $15.50 and Shan Noodle $15.50 also")
    assert result.outcome == "applied", result.message
    assert "$14" not in _text(root, "/menu") and "$12" in _text(root, "/menu")


def test_a_new_price_and_a_thing_sold_out_beside_it_both_done(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Shop")
    _para(root, "Tote bag in recycled denim 150 kr, Apron 220 kr, Children's dungarees 280 kr, Cushion cover 120 kr.", "/shop")
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Shop news"},{"op":"decline"}]}',
                  "Shop news: the tote bag is now 170 kr, and the dungarees are sold out for this season, please remove them.")
    assert result.outcome == "applied", result.message
    shown = _text(root, "/shop")
    assert "Tote bag in recycled denim 170 kr" in shown and "dungarees" not in shown and "Apron 220 kr" in shown


def test_a_correction_is_no_site_name(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Licensed Not Licenced"}]}',
                  "fix spelling its licensed not licenced")
    assert result.outcome == "declined", result.message
    assert "Licensed Not Licenced" not in (root / "lib" / "site.ts").read_text()


def test_a_name_said_right_keeps_the_words_after_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Officers")
    _items(root, "/officers", "team", [("Hal Nakamura", "President"), ("Marjorie Flint", "Newsletter editor")])
    result = _run(root, '{"ops":[{"op":"decline"}]}', "I spelled her name wrong, it is Marjory Flint not Marjorie.")
    assert result.outcome == "applied", result.message
    assert '"Marjory Flint"' in _text(root, "/officers") and "Flint Flint" not in _text(root, "/officers")


def test_people_typed_with_their_roles_first_are_all_placed(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_page","title":"Officers","route":"/officers"},{"op":"add_items","route":"/officers",'
                        '"kind":"team","items":[{"title":"Hal Nakamura","text":"President"},{"title":"Linda Ochoa","text":"Vice President"},'
                        '{"title":"Bob Kessler","text":"Treasurer"}]}]}',
                  "Add the officers. President Hal Nakamura, Vice President Linda Ochoa, Treasurer Bob Kessler. "
                  "Put them on a page called Officers.")
    assert result.outcome == "applied", result.message
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Bob Kessler","text":"Moving to Oregon"}]}',
                  "Bob Kessler is moving to Oregon so our new treasurer is Dale Yamamoto.")
    assert result.outcome == "applied", result.message
    assert "Dale Yamamoto" in _text(root, "/officers") and "Bob Kessler" not in _text(root, "/officers")


def test_a_date_shifted_is_no_paragraph(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("10 Oct", "Lamp lighting"), ("12 Oct", "Veena recital")])
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"6.30 pm"}]}',
                  "Veena recital is shifted from 12 Oct to 13 Oct. Also time was not mentioned, it is 6.30 pm.")
    assert result.outcome == "declined", result.message  # the date moved, the time has no place: nothing shown as done
    assert "shifted" not in _text(root)


def test_content_put_under_a_heading_is_a_section_not_the_hero(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"title","text":"Come and sew with us"}]}',
                  "Our meetings are Tuesdays 13:00–16:00 and Thursdays 17:30–20:00. Children are welcome, we have a play corner. "
                  "Please put this on the front page under a heading Come and sew with us.")
    assert result.outcome == "applied", result.message
    shown = _text(root)
    assert "Thursdays 17:30–20:00" in shown and 'heading="Come and sew with us"' in shown


def test_a_note_under_a_pages_list_goes_on_that_page_without_the_where(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Shop")
    _items(root, "/shop", "list", [("Tote bag", "150 kr"), ("Apron", "220 kr")])
    result = _run(root, '{"ops":[{"op":"add_section","route":"/","kind":"text","text":"To order, email us"}]}',
                  "Fine, then please write under the shop list: To order, email us at hej@hopethreads.se and we will arrange pickup or post.")
    assert result.outcome == "applied", result.message
    assert "hej@hopethreads.se" in _text(root, "/shop") and "Under the shop list" not in _text(root, "/shop")


def test_content_for_a_page_named_last_by_its_name_alone(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Prices", "Packages")
    result = _run(root, '{"ops":[{"op":"add_section","route":"/","kind":"text","text":"I also sell used tires good tread from $45 installed"}]}',
                  "i also sell used tires good tread from $45 installed put that on prices")
    assert result.outcome == "applied", result.message
    assert "$45" in _text(root, "/prices") and "$45" not in _text(root)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Extra","text":"3.000 TL"}]}]}',
                  "Add under all packages: extra hour 3.000 TL")
    assert result.outcome == "applied", result.message
    assert "3.000 TL" in _text(root, "/packages")


def test_a_new_items_name_keeps_the_capitalised_word_the_model_left_off(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Menu")
    _items(root, "/menu", "list", [("Mohinga", "$14"), ("Samosa Salad", "$11")])
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Samosa Salad"},{"op":"add_items","route":"/","kind":"list",'
                        '"items":[{"title":"Gyi Thoke","text":"$13.50"}]}]}',
                  "samosa salad is finish, we dont make anymore. take off the menu. put new one: Nan Gyi Thoke $13.50")
    assert result.outcome == "applied", result.message
    assert "Nan Gyi Thoke" in _text(root, "/menu") and "Samosa" not in _text(root, "/menu")


def test_what_was_written_and_what_was_meant(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Halter and lead for your calf, water bucket, sunhat, packed lunch, gumboots.")
    result = _run(root, '{"ops":[{"op":"decline"}]}', "oops on what to bring i only put sunhat, it should be sunhat AND sunscreen")
    assert result.outcome == "applied", result.message
    assert "sunhat and sunscreen, packed lunch" in _text(root)
    _para(root, "What we need most: dictionaries, atlases, westerns, fantasy series.")
    result = _run(root, '{"ops":[{"op":"decline"}]}',
                  "Quick fix – I wrote westerns but I meant to say westerns AND crime fiction (just not true crime). Sorry about that.")
    assert result.outcome == "applied", result.message
    assert "westerns and crime fiction, fantasy series" in _text(root)


def test_a_weekday_now_on_another(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Adults Tuesday and Thursday 19.00-21.00, Youth Wednesday 18.00-19.30.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Tuesday","text":"because the farmer uses the field"}]}',
                  "The Tuesday training is now on Monday, because the farmer uses the field on tuesday evening now.")
    assert result.outcome == "applied", result.message
    assert "Adults Monday and Thursday 19.00-21.00" in _text(root)


def test_a_new_venue_said_with_its_town_replaces_the_old_ones_address(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Party on 20 feb 2027 saturday 7pm at Restoran Kim Hoe, Jalan Tuanku Antah, Seremban. Want to share with all.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Kim Hoe","text":"say their hall"}]}',
                  "aiyo the restaurant change, Kim Hoe say their hall under renovation. now is at Dragon Court Restaurant, Seremban 2. "
                  "same date same time")
    assert result.outcome == "applied", result.message
    assert "7pm at Dragon Court Restaurant, Seremban 2. Want" in _text(root)


def test_a_venue_named_by_its_words_without_at(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "The harambee of Mercy Chepkoech, Saturday 13th March 2027, AIC Kericho Town Church Hall, 11am.")
    result = _run(root, '{"ops":[{"op":"decline"}]}', "The venue has changed, the church hall is being renovated. New venue is "
                                                     "Kericho Tea Hotel, Jacaranda Hall. Same date and time.")
    assert result.outcome == "applied", result.message
    assert "2027, Kericho Tea Hotel, Jacaranda Hall, 11am." in _text(root)


def test_one_that_cancelled_and_the_one_put_instead(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Producers")
    _items(root, "/producers", "list", [("Moles Doña Chonita", ""), ("Casa Atocpan", ""), ("Molinos Los Tres Reyes", "")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Casa Atocpan","text":"they have family problem"}]}',
                  "Casa Atocpan cancel, they have family problem. Put instead Mole Don Rufino")
    assert result.outcome == "applied", result.message
    assert "Mole Don Rufino" in _text(root, "/producers") and "Casa Atocpan" not in _text(root, "/producers")
    _para(root, "'Tetra' drone frame, 'Kavış' lamp housing, Eskisehir Makers Fest 2023 robot arm")
    result = _run(root, '{"ops":[{"op":"decline"}]}', "remove makers fest robot arm from portfolio, add 'Orbit' bike phone mount 2024")
    assert result.outcome == "applied", result.message
    assert "'Kavış' lamp housing, 'Orbit' bike phone mount 2024" in _text(root)


def test_the_contact_in_the_footer_replaced_name_and_number_at_once(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _apply(root, [{"op": "set_footer", "text": "Sanne de Vries, +31 6 4127 8853, info@depunter.nl"}], "footer")
    result = _run(root, '{"ops":[{"op":"decline"}]}', "Sanne on maternity leave. Contact is now Joris Bakker, +31 6 2290 5516. Same email.")
    assert result.outcome == "applied", result.message
    assert "Joris Bakker, +31 6 2290 5516, info@depunter.nl" in (root / "app" / "layout.tsx").read_text()


def test_a_thing_renamed_by_i_rename(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Packages")
    _para(root, "Gold: 10 hours, 2 cameras - 45.000 TL. Platinum: full day, 3 cameras - 65.000 TL.", "/packages")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Platinum"}]}',
                  "Platinum package I rename to Signature, sounds more luxury")
    assert result.outcome == "applied", result.message
    assert "Signature: full day" in _text(root, "/packages") and "Platinum" not in _page(root, "/packages")


def test_a_site_in_another_language_and_a_visitor_counter_are_declined(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    for prompt in ("Could the whole site also be in Norwegian? A button where people can choose Norsk or English, and it translates by itself.",
                   "Can you show a counter how many visitors came each day to the hall and to the website?"):
        result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Norsk or English"}]}', prompt)
        assert result.outcome == "declined", prompt


def test_names_for_the_bottom_of_every_page_go_in_the_footer_not_a_list(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"team","items":[{"title":"Bakkerij Van der Meer",'
                        '"text":"Fietsenmaker Burgum"},{"title":"Café It Posthûs"}]}]}',
                  "Also add our sponsors on the bottom of all pages: Bakkerij Van der Meer, Fietsenmaker Burgum, Café It Posthûs")
    assert result.outcome == "applied", result.message
    assert "Fietsenmaker Burgum" in (root / "app" / "layout.tsx").read_text() and "Fietsenmaker" not in _page(root, "/")


def test_an_account_name_is_no_site_name(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Donate Books")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/donate-books","target":"site_name","text":"Account name Second Page Books"}]}',
                  "Put the bank details on the Donate Books page instead: Account name Second Page Books, Sort code 30-94-57, "
                  "Account number 41827731.")
    assert "Account name" not in (root / "lib" / "site.ts").read_text(), result.message


def test_tips_numbered_in_a_sentence_are_each_an_entry_under_the_sections_name(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"image_text","items":[{"title":"1","text":"Test your water every week"},'
                        '{"title":"2","text":"Don\'t overfeed"},{"title":"3","text":"Keep a net over the pond in winter because of herons"}]}]}',
                  "Add a section Pond Tips on the home page: 1. Test your water every week. 2. Don't overfeed, feed only what they eat "
                  "in 5 minutes. 3. Keep a net over the pond in winter because of herons. 4. Quarantine new fish for 3 weeks.")
    assert result.outcome == "applied", result.message
    shown = _text(root)
    assert 'heading="Pond Tips"' in shown and "Quarantine new fish for 3 weeks" in shown and '"1"' not in shown


def test_a_quote_that_says_book_is_a_quote(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_section","route":"/","kind":"image_text","heading":"We have permission, no names"}]}',
                  "Could you add a quote from one of the letters we got (we have permission, no names): “I read the whole Discworld "
                  "series in here. First time I ever finished a book. Thank you for not forgetting about us.” – a reader at HMP Garth")
    assert result.outcome == "applied", result.message
    assert "Discworld" in _text(root) and "a reader at HMP Garth" in _text(root)


def test_a_new_pages_paragraph_after_a_question_mark(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_page","title":"Volunteers","route":"/volunteers"},{"op":"decline"}]}',
                  "Also can you add a Volunteers page? We need marshals along the route, colour throwers (the most fun job!!), people "
                  "on the sausage sizzle. Anyone keen can email Jo Whitfield at funrun@kilbirnieschool.nz or text 021 448 903.")
    assert result.outcome == "applied", result.message
    assert "funrun@kilbirnieschool.nz or text 021 448 903" in _text(root, "/volunteers")
