"""Requests as the blind sets u304-u309 typed them, each through the real turn loop with the plan the model wrote."""

from __future__ import annotations

from pathlib import Path

from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import menu as _menu, page as _page, pages as _pages, para as _para, run as _run

DECLINE = '{"ops":[{"op":"decline"}]}'


def test_words_quoted_for_the_front_page_go_on_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, DECLINE, 'ok just put this on the front page "txt shane on 027 481 9930 to book - season runs nov to april"')
    assert result.outcome == "applied", result.message
    assert "027 481 9930" in _page(root, "/") and "season runs nov to april" in _page(root, "/")
    model = '{"ops":[{"op":"edit_item","item":"Call or text","text":"call or text Darlene at 830-555-0147"}]}'
    result = _run(root, model, "well shoot. ok put 'call or text Darlene at 830-555-0147 to order, we ship anywhere in the lower 48' "
                               "on the front")
    assert result.outcome == "applied", result.message
    assert "830-555-0147 to order, we ship anywhere in the lower 48" in _page(root, "/")


def test_a_price_that_drops_is_changed_in_the_sentence_that_says_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Race day Saturday July 17, 2027. Entry $85 per solo boat, $140 per tandem.")
    model = ('{"ops":[{"op":"remove_item","item":"Tandem entry"},{"op":"add_items","route":"/","kind":"team",'
             '"items":[{"title":"Tandem entry"},{"title":"Sponsors","text":"$125"}]}]}')
    result = _run(root, model, "Tandem entry drops to $125, sponsors came through")
    assert result.outcome == "applied", result.message
    assert "$125 per tandem" in _page(root, "/") and "$140" not in _page(root, "/") and "$85 per solo" in _page(root, "/")


def test_the_date_a_new_price_takes_effect_is_no_content_left_out(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "We do Abhyanga 60 min ₹1,800, Shirodhara 45 min ₹2,200, Padabhyanga 30 min ₹900.")
    model = '{"ops":[{"op":"edit_item","item":"Shirodhara rate","text":"₹2,500 w.e.f. 1st January"}]}'
    result = _run(root, model, "Shirodhara rate revised to ₹2,500 w.e.f. 1st January. Please update.")
    assert result.outcome == "applied", result.message
    assert "Shirodhara 45 min ₹2,500" in _page(root, "/") and "₹2,200" not in _page(root, "/")


def test_a_code_in_a_sentence_is_changed_where_the_sentence_names_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Hotel Continental Forum gives us 15% discount with code BUNICA80. Breakfast from 7:00.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"The Hotel Code","text":"TEODORA80"}]}',
                  "The hotel code changed to TEODORA80, please fix")
    assert result.outcome == "applied", result.message
    assert "with code TEODORA80" in _page(root, "/") and "BUNICA80" not in _page(root, "/")


def test_a_date_that_moved_is_the_one_date_the_site_shows(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "A pixel art mole digging roguelike, coming to Steam 14 March 2027.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Release Date","text":"30 May 2027"}]}',
                  "oops release date moved 😭 now 30 May 2027")
    assert result.outcome == "applied", result.message
    assert "coming to Steam 30 May 2027" in _page(root, "/") and "14 March" not in _page(root, "/")
    _para(root, "Demo at Pixel Heaven, 5 June 2027.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Release Date","text":"1 July 2027"}]}', "release date moved again, now 1 July 2027")
    assert result.outcome != "applied", "two dates shown: which one moved is not guessed"


def test_a_section_named_in_the_request_has_that_heading(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"add_items","route":"/","kind":"testimonials","items":[{"title":"Tio Kenji & family",'
             '"text":"Happy 88th Ojiichan! Wish we could be there"},{"title":"Haruto (age 7)","text":"Can\'t wait to eat cake with you"}]}]}')
    result = _run(root, model, "add a Messages section on home where I'll put greetings: 'Happy 88th Ojiichan! Wish we could be there' "
                               "- Tio Kenji & family. 'Can't wait to eat cake with you' - Haruto (age 7)")
    assert result.outcome == "applied", result.message
    assert "Messages" in _page(root, "/") and "Haruto (age 7)" in _page(root, "/")


def test_a_typeface_named_gets_its_family(tmp_path: Path) -> None:
    """The model gave Inter a serif, and left "Font Inter." out (declined)."""
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"set_theme","accent":"yellow","background":"black","foreground":"white"}]}'
    result = _run(root, model, "Dark theme please, background near black, accent color yellow like Grab... no, like taxi yellow. Font Inter.")
    assert result.outcome == "applied", result.message
    css = (root / "app" / "theme.css").read_text()
    assert "system-ui" in css and "Georgia" not in css
    result = _run(root, '{"ops":[{"op":"set_theme","font":"mono"}]}', "colours: green like money, white bg, font Poppins")
    assert result.outcome == "applied", result.message
    assert "monospace" not in (root / "app" / "theme.css").read_text()
    result = _run(root, '{"ops":[{"op":"set_theme","font":"serif"}]}', "a classic font please, anything that isn't Arial")
    assert result.outcome == "applied", result.message
    assert "Georgia" in (root / "app" / "theme.css").read_text(), "Arial is the one to avoid: the model's serif stands"


def test_the_menu_typed_in_the_order_wanted_is_put_in_that_order(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Meetings", "Committee", "Honey")
    model = ('{"ops":[{"op":"add_items","route":"/committee","kind":"features","items":[{"title":"Home"},{"title":"Meetings"},'
             '{"title":"Honey"},{"title":"Committee"}]}]}')
    prompt = "Please could the menu order be Home, Meetings, Honey, Committee. At present I believe Committee comes before Honey."
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    assert _menu(root) == ["Home", "Meetings", "Honey", "Committee"]
    result = _run(root, model, prompt)
    assert result.outcome == "unchanged", result.message
    result = _run(root, model, "new menu order please: Honey > Meetings > Committee")
    assert result.outcome == "applied", result.message
    assert _menu(root) == ["Home", "Honey", "Meetings", "Committee"], "Home, not typed, stays first"


def test_a_line_with_the_front_page_named_last_goes_there(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"8-11pm","text":"18+ only"}]}]}'
    result = _run(root, model, "adult nite thurs 8-11pm 18+ only $12 put on home")
    assert result.outcome == "applied", result.message
    assert "Adult nite thurs 8-11pm 18+ only $12" in _page(root, "/")


def test_questions_after_a_question_to_the_app_are_the_faq(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"add_items","route":"/","kind":"faq","items":[{"title":"2 weeks, 4 for arches","text":"helium"}]}]}'
    result = _run(root, model, "can u add a faq?? how far in advance should i book - at least 2 weeks, 4 for arches. do u do helium - "
                               "yes for bouquets only. are they eco friendly - i use biodegradable latex 🌱")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "How far in advance should i book?" in home and "yes for bouquets only" in home and "biodegradable latex" in home
    assert "Can u add a faq" not in home


def test_a_page_asked_without_a_verb_gets_the_sentences_after_it_and_no_placeholder_people(tmp_path: Path) -> None:
    """"maximum 8 people" named no team section: the page showed "Jordan Lee, Founder"."""
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"add_page","title":"Pasta Classes","route":"/pasta-classes","sections":["text"]}]}'
    result = _run(root, model, 'Very nice! Please also a page "Pasta Classes". The class is on Saturday from 15:00 to 18:00, maximum 8 '
                               "people, €65 for person, a glass of wine is included and you bring home what you make.")
    assert result.outcome == "applied", result.message
    page = _page(root, "/pasta-classes")
    assert "15:00 to 18:00" in page and "€65 for person" in page and "Jordan Lee" not in page


def test_a_page_called_so_in_quotes_is_at_that_names_address(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"add_page","title":"How to Play","route":"/learn-the-rule","sections":["text"]}]}'
    result = _run(root, model, 'Can you add a page for learning the rules? Call it "How to Play". Please write: Each player starts with '
                               "13 tiles. You make 4 sets and 1 pair to win.")
    assert result.outcome == "applied", result.message
    assert "13 tiles" in _page(root, "/how-to-play") and not (root / "app" / "learn-the-rule").exists()


def test_a_price_change_said_in_a_sentence_is_no_list_of_its_words(tmp_path: Path) -> None:
    """"Festival pass goes up to" $65 and "And add a student pass" $35 were shown as two new entries."""
    root = managed_project(tmp_path)
    _para(root, "Festival pass (all 3 days) $60. Single session $15.")
    result = _run(root, DECLINE, "Festival pass goes up to $65. And add a student pass, $35")
    assert result.outcome != "applied", result.message
    assert "goes up to" not in _page(root, "/") and "And add" not in _page(root, "/")


def test_a_question_about_payments_is_no_removal(tmp_path: Path) -> None:
    """"take the deposit off their credit card" had removed the contact section, shown as done."""
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_section","route":"/","kind":"contact"}]}', "add a contact section")
    result = _run(root, '{"ops":[{"op":"remove_section","route":"/","kind":"contact"}]}',
                  "Can the website take the deposit off their credit card when they book the boat")
    assert result.outcome == "declined", result.message
    assert "Contact us" in _page(root, "/")


def test_live_data_every_few_minutes_is_declined(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"add_items","route":"/","kind":"image_text","items":[{"title":"Show","text":"The real track conditions '
             'from our API"},{"title":"updating every 5 min","text":"Every 5 min"}]}]}')
    result = _run(root, model, "Make the landing page show the real track conditions from our API, updating every 5 min.")
    assert result.outcome == "declined", result.message


def test_a_time_that_changes_is_changed_where_the_site_says_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Reunion dinner at Ah Ma's house. Lunch starts 12pm, games after.")
    model = '{"ops":[{"op":"edit_item","item":"lunch time","text":"12.30pm"}]}'
    result = _run(root, model, "lunch time change to 12.30pm pls, Ah Ma want to pray first")
    assert result.outcome == "applied", result.message
    assert "Lunch starts 12.30pm" in _page(root, "/") and "Ah Ma want" not in _page(root, "/")
    _para(root, "We meet every Wednesday 17:00-19:00 at the library.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Wednesdays 17:30 to 19:30","text":"Could you kindly update it"}]}',
                  "We have a new time from January: Wednesdays 17:30 to 19:30. Could you kindly update it everywhere?")
    assert result.outcome == "applied", result.message
    assert "17:30 to 19:30" in _page(root, "/") and "17:00" not in _page(root, "/")


def test_colours_named_in_spanish(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_theme","primary":"red","background":"blue"}]}',
                  "cambia los colores a rojo blanco y azul como la bandera 🇵🇷")
    assert result.outcome == "applied", result.message
    theme = (root / "app" / "theme.css").read_text()
    assert "#ffffff" in theme.lower(), "blanco is the background, not blue"


def test_quotes_signed_one_after_the_other_after_a_street(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"add_items","route":"/","kind":"testimonials","items":[{"title":"Kirsty","text":"paid my rent with the '
             'heatmap alone"},{"title":"Corner","text":"fiddle"}]}]}')
    result = _run(root, model, "testimonials: 'paid my rent with the heatmap alone' - Kirsty, fiddle, Buchanan St. 'finally know which "
                               "corner pays' - Tam, beatboxer, Edinburgh")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Kirsty, fiddle, Buchanan St" in home and "Tam, beatboxer, Edinburgh" in home and "finally know which corner pays" in home


def test_page_names_as_people_type_them(tmp_path: Path) -> None:
    """"About me" was made "/about"; "pricng" "/pricng"; "'Support Us' explaining that ..." was declined."""
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_page","title":"About","route":"/about","sections":["text"]}]}',
                  "ok 😅 add About me page: im Lotte, 27, vet nurse student at UU, grew up with 4 cats.")
    assert result.outcome == "applied", result.message
    assert "vet nurse" in _page(root, "/about-me")
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Free","text":"£0"}]}]}',
                  "pricng page. Free £0, Pro £2.99/mo, Crew £7.99/mo for up to 5 ppl")
    assert result.outcome == "applied", result.message
    assert "£2.99/mo" in _page(root, "/pricing") and not (root / "app" / "pricng").exists()
    result = _run(root, '{"ops":[{"op":"add_page","title":"Support Us","route":"/support-us","sections":["cta"]}]}',
                  "Could we have a page 'Support Us' explaining that we are funded by donations and by Malmö stad, and that people "
                  "can Swish a donation to 123 456 78 90, marked 'Fika'?")
    assert result.outcome == "applied", result.message
    page = _page(root, "/support-us")
    assert "Malmö stad" in page and "123 456 78 90" in page and "Jordan Lee" not in page


def test_a_button_that_emails_goes_to_that_address(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"add_section","route":"/","kind":"contact","heading":"Book a session"},'
             '{"op":"set_text","route":"/","target":"button","text":"Book a session"}]}')
    result = _run(root, model, "Put a button 'Book a session' at top of home that emails hello@thandekavoice.co.za")
    assert result.outcome == "applied", result.message
    assert "mailto:hello@thandekavoice.co.za" in _page(root, "/") + (root / "lib" / "site.ts").read_text()


def test_a_new_page_the_model_made_beside_a_decline_gets_the_words_typed_for_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"add_page","title":"Route","route":"/route"},{"op":"decline"}]}'
    result = _run(root, model, "Add a page Route with how to get there: from Sneek station take bus 98 direction Lemmer, exit at "
                               "Offingawier. Parking is free at the camping.")
    assert result.outcome == "applied", result.message
    assert "bus 98 direction Lemmer" in _page(root, "/route")
