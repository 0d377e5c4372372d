"""Requests as the blind sets u346-u347 typed them (read after round 1 of stop 61 was measured on them), each through the real
turn loop with the plan the model wrote."""

from __future__ import annotations

from pathlib import Path

from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import items as _items, page as _page, pages as _pages, para as _para, run as _run, shown as _text


def test_who_comes_said_many_ways(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Crew")
    _items(root, "/crew", "team", [("Tobias Krüger", "deckhand"), ("Lisa Marsh", "chicken roster"), ("Boryana Petkova", "kids teacher"),
                                   ("Mair Evans", "Treasurer")])
    for said, gone, come in (
            ("Bad news, Tobias is not with us this summer, he got a job in Bergen. Instead we have Lars Næss, he is deckhand.",
             "Tobias", "Lars Næss"),
            ("Lisa Marsh moved to Auckland :( Ben Kawhia is doing the chicken roster now", "Lisa Marsh", "Ben Kawhia"),
            ("ah sad news, Boryana is moving back to Sofia :( the kids are now with Teodora Ilieva.", "Boryana", "Teodora Ilieva"),
            ("Sad news, our treasurer Mair Evans has stepped down. Owen Lloyd has kindly taken over as Treasurer.", "Mair", "Owen Lloyd")):
        result = _run(root, '{"ops":[{"op":"decline"}]}', said)
        assert result.outcome == "applied", said
        assert come in _text(root, "/crew") and gone not in _text(root, "/crew"), said


def test_an_ask_to_add_beside_a_swap_is_not_read_from_the_name_it_replaces(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Chair: Gwyn Price. Treasurer: Mair Evans.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Mair Evans","text":"Sad news"}]}',
                  "Sad news, our treasurer Mair Evans has stepped down after eleven years. Owen Lloyd has kindly taken over as Treasurer. "
                  "Could you also add a line on the home page thanking Mair for her eleven years of service.")
    assert result.outcome == "declined", result.message  # the thanks has no words typed: not shown as done
    assert "Mair Evans" in _text(root)


def test_one_put_in_after_a_smiley_and_with_a_place_in_brackets(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Artists")
    _items(root, "/artists", "list", [("Catalina Soto", "Santiago, Chile"), ("Inti Mamani", "La Paz, Bolivia")])
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Inti Mamani"},{"op":"add_items","route":"/","kind":"faq",'
                        '"items":[{"title":"Joaquina Pérez","text":"Cusco"}]}]}',
                  "Inti Mamani cannot come, problem with the visa :( Put Joaquina Pérez (Cusco) instead")
    assert result.outcome == "applied", result.message
    shown = _text(root, "/artists")
    assert "Joaquina Pérez" in shown and "Inti" not in shown and "Catalina Soto" in shown


def test_a_new_thing_put_instead_and_a_new_one_of_a_kind(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Menu", "Adopt")
    _items(root, "/menu", "list", [("Bánh mì thịt", "7,50 €"), ("Nem rolls x3", "4,50 €")])
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Gỏi cuốn","text":"fresh"}]}]}',
                  "No more nem rolls, remove them. instead put Gỏi cuốn (fresh spring rolls with shrimp) 5,20 €")
    assert result.outcome == "applied", result.message
    assert "Gỏi cuốn" in _text(root, "/menu") and "Nem rolls" not in _text(root, "/menu") and "Gỏi cuốn" not in _text(root)
    _items(root, "/adopt", "list", [("Nuni", "female, 1 year"), ("Zango", "male, 2 years")])
    result = _run(root, '{"ops":[{"op":"add_items","route":"/adopt","kind":"list","items":[{"title":"Kapik","text":"female"}]}]}',
                  "Nuni found home!! 🎉 remove her from adopt page. and add new puppy: Kapik - female, 3 months, black with white leg")
    assert result.outcome == "applied", result.message
    assert "Kapik" in _text(root, "/adopt") and "Nuni" not in _text(root, "/adopt") and "Zango" in _text(root, "/adopt")


def test_one_of_two_joined_by_and_replaced_alone(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Hampton Inn Stockton (family rate) $129/night, and Courtyard by Marriott $149/night. Both 10 min away.")
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Hampton Inn"}]}',
                  "Hampton Inn is sold out already omg. take it off and put Best Western Plus Heritage Inn $119/night instead")
    assert result.outcome == "applied", result.message
    assert "Best Western Plus Heritage Inn" in _text(root) and "Courtyard by Marriott $149/night" in _text(root)
    assert "Hampton" not in _text(root)


def test_a_moved_date_with_the_time_kept(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Mehndi Night - Thursday August 12, 7pm, at my parents house. Anand Karaj - Saturday August 14, 9:30am.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Mehndi","text":"Friday August 13"}]}',
                  "Change of plans!! Mehndi moved to Friday August 13 because the DJ can't do Thursday. Same time 7pm")
    assert result.outcome == "applied", result.message
    assert "Mehndi Night - Friday August 13, 7pm" in _text(root)


def test_a_weekday_of_the_entry_named_by_its_title(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("Sunday Night Net", "Sundays 8:00 PM on 146.880"), ("Tech Talk Net", "Wednesdays 7:00 PM on 147.150")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"The Tech Talk Net","text":"same time 7:00 PM"}]}',
                  "The Tech Talk Net is moving to Thursdays, same time 7:00 PM, because of a conflict with church.")
    assert result.outcome == "applied", result.message
    assert "Thursdays 7:00 PM on 147.150" in _text(root) and "Sundays 8:00 PM" in _text(root)


def test_a_day_moved_away_from_an_entry_of_two_days_is_not_half_done(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("Kids (6-12) Monday and Wednesday", "5:30-6:30 PM"), ("Adult beginners Tuesday", "7:00-8:30 PM")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Wednesday to Saturday 10:00-11:00 AM","text":"Monday"}]}',
                  "kids class moves from Wednesday to Saturday 10:00-11:00 AM. Monday stays the same")
    assert result.outcome != "applied" and "5:30-6:30 PM" in _text(root), result.message


def test_a_time_said_now_before_the_old_one(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "4:00 PM Mass at St. Mary's, 5:30 PM cocktails, 6:30 PM dinner.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Mass","text":"3:30 PM"}]}',
                  "Change of plan the Mass is now 3:30 PM not 4:00, Father Ben can only do early")
    assert result.outcome == "applied", result.message
    assert "3:30 PM Mass at St. Mary's" in _text(root) and "now 3:30" not in _text(root)


def test_words_written_with_an_apostrophe_corrected(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Lola was the barangay captain's daughter and Lolo played the guitar.")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Lola"}]}',
                  "typo in Our Story, I wrote barangay captain's daughter but it was the town mayor's daughter! Lola will kill me haha")
    assert result.outcome == "applied", result.message
    assert "the town mayor's daughter" in _text(root) and "Lola" not in (root / "lib" / "site.ts").read_text()


def test_who_to_sign_up_with_now_keeps_the_title_typed(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "To volunteer contact Mrs Thandeka Mokoena on 082 431 5590.")
    result = _run(root, '{"ops":[{"op":"decline"}]}', "Mrs Mokoena is away, volunteers must now sign up with Mr Pieter Jacobs, 083 276 1184")
    assert result.outcome == "applied", result.message
    assert "contact Mr Pieter Jacobs on 083 276 1184" in _text(root)


def test_a_place_not_this_now_that(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Start at Tha Phae Gate 6pm, finish at Nawarat Bridge.")
    result = _run(root, '{"ops":[{"op":"decline"}]}', "Start place change!! not Tha Phae Gate, now start at Three Kings Monument. Finish same")
    assert result.outcome == "applied", result.message
    assert "Start at Three Kings Monument 6pm, finish at Nawarat Bridge." in _text(root)


def test_a_story_for_a_page_and_content_for_two_pages(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Contact")
    result = _run(root, '{"ops":[{"op":"describe_site","name":"Don Aurelio Ramírez"}]}',
                  "my story for about page: my abuelo Don Aurelio Ramírez made mezcal in Santa Catarina Minas for 60 years. I'm Itzel.")
    assert result.outcome == "applied", result.message
    assert "Santa Catarina Minas" in _text(root, "/about")
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Tuesday to Saturday","text":"11h30 - 15h00"},'
                        '{"title":"Monday","text":"Closed"}]}]}',
                  "opening times: Tuesday to Saturday 11h30 - 15h00. Closed monday. Put it on the home page and on contact.")
    assert result.outcome == "applied", result.message
    assert "11h30 - 15h00" in _text(root) and "11h30 - 15h00" in _text(root, "/contact")


def test_a_page_a_family_member_wants_with_its_story(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_page","title":"Our Story","route":"/our-story"}]}',
                  "My mom wants a page Our Story haha. They met in 2019 at a friend's Diwali party in Mississauga. They got engaged "
                  "in Banff in October 2025. Make it cute but not cringe")
    assert result.outcome == "applied", result.message
    assert "engaged in Banff in October 2025." in _text(root, "/our-story") and "cringe" not in _text(root, "/our-story")


def test_a_shop_visitors_buy_from_and_analytics_are_declined(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    for said in ("Add a shop where people can buy signed A4 prints, €35 each, and I get the orders and the money.",
                 "Can the website tell me how many people from each country look at it? My nephew says is important"):
        result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"How many people look at it?"}]}', said)
        assert result.outcome == "declined", said
    assert "How many" not in (root / "lib" / "site.ts").read_text()


def test_write_on_a_page_is_no_name_left_out(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Our Products")
    result = _run(root, '{"ops":[{"op":"add_section","route":"/our-products","kind":"text","text":"For orders abroad send email to '
                        'orders@markakihoney.gr, we send by courier, shipping to EU from €16."}]}',
                  "OK. Write on Our Products: For orders abroad send email to orders@markakihoney.gr, we send by courier, shipping to EU from €16.")
    assert result.outcome == "applied", result.message
    assert "orders@markakihoney.gr" in _text(root, "/our-products")


def test_words_to_the_app_listed_as_entries_are_no_content(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    for model, said in (
            ('{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"button Book your trip on home page"},'
             '{"title":"new page FAQ with the 4 questions"}]}]}',
             "Two things: 1) button Book your trip on home page. 2) new page FAQ with the 4 questions"),
            ('{"ops":[{"op":"add_items","route":"/","kind":"team","items":[{"title":"Home"},{"title":"Nets"},{"title":"Officers in that order"}]}]}',
             "Bigger text please, and menu: Home, Nets, Officers in that order."),
            ('{"ops":[{"op":"add_section","route":"/","kind":"text","text":"8h30 - 13h30 (not 9h - 13h)"}]}',
             "Sunday hours on home and contact: 8h30 - 13h30 (not 9h - 13h)")):
        result = _run(root, model, said)
        assert result.outcome == "declined", said
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"faq","items":[{"title":"Can you deliver?","text":"Yes, '
                        'please order two days ahead."}]}]}',
                  "add an faq: Can you deliver? Yes, please order two days ahead.")
    assert result.outcome == "applied", result.message


def test_a_day_opened_on_as_well_is_added_not_put_in_place_of_the_other(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "When we are open: saturdays 10am to 2pm. 418 Iowa Street")
    result = _run(root, '{"ops":[{"op":"decline"}]}', "we are open on sundays now too 11am to 1pm")
    assert result.outcome == "applied", result.message
    assert "saturdays 10am to 2pm, sundays 11am to 1pm. 418 Iowa Street" in _text(root)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Mondays 9am","text":"11am"}]}]}',
                  "add mondays 9am to 11am on the home page. saturdays stays the same")
    assert result.outcome == "applied", result.message
    assert '{ title: "Mondays", text: "9am to 11am" }' in _text(root)


def test_a_long_paragraph_is_read_whole_by_the_check_for_words_to_the_app(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    words = ("Kids class (age 6-12) Tuesday and Thursday 16:00-17:30, adults Monday, Wednesday and Friday 19:00-21:00, "
             "women-only class Saturday 09:00-10:30 at the community hall on Jalan Pasundan. The first trial class is free.")
    assert len(words) > 200
    result = _run(root, '{"ops":[{"op":"add_section","route":"/","kind":"text","text":"' + words + '"}]}', f"add to home: {words}")
    assert result.outcome == "applied", result.message
