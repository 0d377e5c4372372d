"""Requests as the blind sets u328-u335 typed them (read after they were measured), each through the real turn loop with the plan
the model wrote."""

from __future__ import annotations

from pathlib import Path

from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import items as _items, menu as _menu, pages as _pages, para as _para, run as _run, shown as _text


def _footer(root: Path) -> str:
    return (root / "app" / "layout.tsx").read_text(encoding="utf-8")


def test_old_words_said_to_new_ones_replace_them_in_a_paragraph(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "How to Apply")
    _para(root, "What to send: a one-page letter, given to the counselor Mrs. Delgado by April 1.", "/how-to-apply")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Mrs. Delgado","text":"Mr. Ochoa"}]}',
                  "On How to Apply, change Mrs. Delgado to Mr. Ochoa.")
    assert result.outcome == "applied", result.message
    assert "counselor Mr. Ochoa by April 1" in _text(root, "/how-to-apply") and "Delgado" not in _text(root, "/how-to-apply")


def test_a_price_in_a_currency_typed_lower_case(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Pricelist")
    _para(root, "Game boy screen swap 890 kc, battery/cap replace 450 kc, n64 cleanup 600 kc", "/pricelist")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"890 kc","text":"950 kc"}]}',
                  "on pricelist change game boy screen swap from 890 kc to 950 kc")
    assert result.outcome == "applied", result.message
    assert "swap 950 kc, battery/cap replace 450 kc" in _text(root, "/pricelist")


def test_old_words_not_joined_to_the_new_ones_are_no_replacement(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Our counselor is Mrs. Delgado.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Mrs. Delgado","text":"Mr. Ochoa"}]}',
                  "Mrs. Delgado retires in May; Mr. Ochoa may help after that.")
    assert result.outcome != "applied"
    assert "Mrs. Delgado" in _text(root)


def test_a_move_and_a_quoted_footer_line_with_full_stops(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Our Year", "Committee")
    result = _run(root, '{"ops":[{"op":"add_items","route":"/committee","kind":"hero","items":[{"title":"Registered with Exeter Diocese"}]}]}',
                  'Please move "Committee" before "Our Year" in the top menu, and add this footer line on every page: '
                  '"Registered with Exeter Diocese. Charity no. 1142337."')
    assert result.outcome == "applied", result.message
    assert "Registered with Exeter Diocese. Charity no. 1142337." in _footer(root)
    assert _menu(root).index("Committee") < _menu(root).index("Our Year")


def test_a_page_renamed_as_change_name_beside_a_move(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "About me", "FAQ")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/about-me","target":"site_name","text":"About me"}]}',
                  'In the menu please put FAQ before About me. And change name "About me" to "About Pavel".')
    assert result.outcome == "applied", result.message
    assert _menu(root)[1:] == ["FAQ", "About Pavel"]


def test_a_button_that_opens_an_email_said_with(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"button","text":"Become a volunteer"},{"op":"add_items",'
                        '"route":"/","kind":"contact","items":[{"title":"Email","text":"Become a volunteer"}]}]}',
                  'Add a button "Become a volunteer" with email benevoles@fetecidre.fr')
    assert result.outcome == "applied", result.message
    shown = _text(root)
    assert "mailto:benevoles@fetecidre.fr" in shown and ">Become a volunteer<" in shown
    assert "Contact us" not in shown  # no contact entries made of the label


def test_an_instagram_link_in_the_footer_is_no_menu_link(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    before = _menu(root)
    result = _run(root, '{"ops":[{"op":"add_nav_link","label":"Instagram","href":"/instagram"},{"op":"decline"}]}',
                  "Fine 😄 just put an Instagram link in the footer then, instagram.com/nadine.dustlight")
    assert result.outcome == "applied", result.message
    assert "instagram.com/nadine.dustlight" in _footer(root) and _menu(root) == before


def test_the_price_of_the_item_named_whole_not_of_one_like_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("Chin chin small bag", "₦800"), ("big bag", "₦1,500"), ("Buns", "₦300 each")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Price","text":"₦1,800 because flour cost go up 😩"}]}',
                  "Price of chin chin big bag is now ₦1,800 because flour cost go up 😩")
    assert result.outcome == "applied", result.message
    shown = _text(root)
    assert "₦800" in shown and "₦1,800" in shown and "₦1,500" not in shown


def test_a_person_replaced_where_the_role_is_said_before_the_name(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Committee")
    _items(root, "/committee", "team", [("President", "Lim Kok Wai"), ("Treasurer", "Ravi Chandran")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Treasurer Ravi Chandran","text":"Kavitha Raman"}]}',
                  "On Committee page, replace Treasurer Ravi Chandran with Kavitha Raman.")
    assert result.outcome == "applied", result.message
    assert "Kavitha Raman" in _text(root, "/committee") and "Ravi" not in _text(root, "/committee")


def test_why_a_person_left_is_no_second_ask(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Committee")
    _items(root, "/committee", "team", [("Stéphane Poadja", "president"), ("Marc Lefèvre", "treasurer")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Marc","text":"not treasurer"}]}',
                  "Marc is not treasurer anymore, he moved to France. New treasurer is Sylvie Naisseline.")
    assert result.outcome == "applied", result.message
    assert "Sylvie Naisseline" in _text(root, "/committee") and "Marc" not in _text(root, "/committee")


def test_a_corrected_amount_keeps_its_currency_after_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Membership")
    _para(root, "Adult 32 000 XPF, Junior 18 000 XPF. Included: licence, club t-shirt.", "/membership")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Adult","text":"35 000 XPF from 2027, not 32 000"}]}',
                  "Correction: the adult price is 35 000 XPF from 2027, not 32 000.")
    assert result.outcome == "applied", result.message
    assert "Adult 35 000 XPF, Junior 18 000 XPF" in _text(root, "/membership")


def test_the_price_said_after_its_unit_in_a_sentence_of_two(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Annual subscription is $25 per person or $40 per couple. Visitors are welcome.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"The Couple\'s Subscription","text":"$45, I\'m afraid"}]}',
                  "The couple's subscription has gone up to $45, I'm afraid. Please update.")
    assert result.outcome == "applied", result.message
    assert "$25 per person or $45 per couple" in _text(root)


def test_a_size_code_names_its_print_beside_a_removal(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("A4 print", "N$650"), ("A3 print", "N$1,100"), ("A2 framed", "N$2,900")])
    result = _run(root, '{"ops":[{"op":"decline"}]}', "hmm A3 is now N$1,250 and please drop the A2 framed one, framing is too much hassle 😅")
    assert result.outcome == "applied", result.message
    shown = _text(root)
    assert "N$650" in shown and "N$1,250" in shown and "A2 framed" not in shown


def test_a_removal_with_only_its_reason_is_not_declined(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("'Sunflower Field' - kindergarten wall, 2023", ""), ("'Saint Nicholas' - church icon, 2022", "")])
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Saint Nicholas"},{"op":"decline"}]}',
                  "Please remove 'Saint Nicholas' project, the church asked me not to show it online.")
    assert result.outcome == "applied", result.message
    assert "Saint Nicholas" not in _text(root) and "Sunflower Field" in _text(root)


def test_a_removal_beside_an_ask_nothing_reads_stays_declined(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("Sunflower Field", ""), ("Saint Nicholas", "")])
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Saint Nicholas"},{"op":"decline"}]}',
                  "Please remove Saint Nicholas, and make the header sticky.")
    assert result.outcome == "declined", result.message
    assert "Saint Nicholas" in _text(root)


def test_a_new_distance_before_the_old_one_and_a_word_after(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "2 routes: 120km Full Fondo and 60km Medio Fondo.")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"65km"}]}',
                  "Change the medio distance, got roadworks, now 65km not 60km lah")
    assert result.outcome == "applied", result.message
    assert "120km Full Fondo and 65km Medio Fondo" in _text(root)


def test_a_date_extended_where_the_site_says_it_after_the_same_words(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Medio Fondo RM120 early bird, RM150 normal. Early bird until 31 Dec 2026.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Early bird extended until 15 Jan 2027","text":"update"}]}',
                  "Early bird extended until 15 Jan 2027, update please")
    assert result.outcome == "applied", result.message
    assert "Early bird until 15 Jan 2027." in _text(root)


def test_a_labelled_paypal_button_of_a_kind(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"cta","items":[{"title":"Chip in a few bucks"}]}]}',
                  "add a donate button that links to our paypal https://paypal.me/hamtramcktools with text 'Chip in a few bucks'")
    assert result.outcome == "applied", result.message
    assert "https://paypal.me/hamtramcktools" in _text(root) and ">Chip in a few bucks<" in _text(root)


def test_an_faq_for_the_front_page_and_one_typed_with_q_and_a(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"faq","items":[{"title":"3-4 weeks"},{"title":"250 €"}]}]}',
                  "add faq front page. how long delivery? 3-4 weeks. do u install? yes in Pirkanmaa area, 250 €")
    assert result.outcome == "applied", result.message
    assert "How long delivery?" in _text(root) and "yes in Pirkanmaa area, 250 €" in _text(root) and len(_menu(root)) == 1
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"faq","items":[{"title":"Board","text":"20 boards"}]}]}',
                  "Please add questions and answers (FAQ) on top page. Q: Do we need to bring board? A: No, we have 20 boards. "
                  "Q: Can parents watch? A: Yes, parents can watch from back of room.")
    assert result.outcome == "applied", result.message
    assert "Can parents watch?" in _text(root) and "back of room" in _text(root)


def test_photos_from_instagram_shown_by_themselves_are_declined(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    before = _text(root)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"image_text","items":[{"title":"My granddaughter","text":"@stolavesflowers"}]}]}',
                  "Would it be possible to have the website show our photographs from Instagram automatically? "
                  "My granddaughter posts them there under @stolavesflowers.")
    assert result.outcome == "declined", result.message
    assert _text(root) == before


def test_a_name_is_not_traded_for_a_time_said_after_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Sat clinic and Sun clinic at the club house, both at 10am or 2pm.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Sat clinic","text":"11am"}]}', "please move Sat clinic to 11am")
    assert "Sat clinic" in _text(root)


def test_a_date_said_as_kept_is_not_moved(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Recital: Saturday May 15 at 5pm, Palace Theater.")
    _run(root, '{"ops":[{"op":"edit_item","item":"Palace Theater","text":"May 15"}]}',
         "Change recital place from Palace Theater to Kaumana community center, still May 15 at 5pm")
    assert "Saturday May 15" in _text(root)


def test_a_footer_link_s_words_keep_their_address(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_nav_link","label":"Follow us on Instagram","href":"https://instagram.com/feiraja.app"}]}',
                  "ok just add a link 'Follow us on Instagram' to https://instagram.com/feiraja.app in the footer")
    assert result.outcome == "applied", result.message
    assert "Follow us on Instagram" in _footer(root) and "https://instagram.com/feiraja.app" in (root / "lib" / "site.ts").read_text()
