"""Requests as the blind sets u316-u319 typed them (read after they were measured), each through the real turn loop with the plan
the model wrote."""

from __future__ import annotations

from pathlib import Path

from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import apply as _apply, menu as _menu, page as _page, pages as _pages, run as _run


def _home(root: Path) -> str:
    return _page(root, "/").replace("&apos;", "'")


def test_an_opener_s_quoted_name_with_an_apostrophe_stays_whole(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"describe_site","name":"Krystyna\'s Pierogi Kitchen","tagline":"do catering for parties, church events, '
             'also frozen"}]}')
    result = _run(root, model, "Good morning. My name is Krystyna Kowalczyk I make homemade pierogi in Chicago for 20 years, now I want "
                  "website for my small business \"Krystyna's Pierogi Kitchen\". We do catering for parties, church events, also frozen "
                  "pierogi to take home. I am in Avondale, 3124 N Milwaukee Ave.")
    assert result.outcome == "applied", result.message
    assert "Krystyna's Pierogi Kitchen" in _home(root) and "3124 N Milwaukee Ave" in _home(root)


def test_what_an_opener_lists_for_its_home_page_by_name(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"describe_site","name":"Tomás Fernández Álvarez","tagline":"Sidra natural escanciada como Dios",'
             '"sections":["image_text","contact","cta"]}]}')
    result = _run(root, model, "Good afternoon. I am Tomás Fernández Álvarez, owner of the Sidrería La Pumarada in Gijón, Asturias, since "
                  "1989. I would like, if possible, a website for my establishment. The home page should present the name, the phrase "
                  "\"Sidra natural escanciada como Dios manda\", the address Calle Cabrales 41, 33201 Gijón, and the telephone 985 34 12 "
                  "77. Thank you in advance.")
    assert result.outcome == "applied", result.message
    home = _home(root)
    assert "Sidrería La Pumarada" in home and "Calle Cabrales 41, 33201 Gijón" in home and "985 34 12 77" in home


def test_a_landing_page_for_the_writer_s_own_app_named_in_quotes(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Bentolog"},{"op":"set_text","route":"/","target":"title",'
             '"text":"Lunch planning in 3 minutes"},{"op":"set_text","route":"/","target":"site_name","text":"Free to download, Premium"}]}')
    result = _run(root, model, "Hello! 🍱 I make iPhone app \"Bentolog\" — it plan your bento lunch for whole week and make shopping list "
                  "automatically. Please make landing page. Catchphrase: Lunch planning in 3 minutes. Free to download, Premium is ¥480 "
                  "per month. Made in Osaka by Kenji Watanabe.")
    assert result.outcome == "applied", result.message
    home = _home(root)
    assert "Bentolog" in home and "Lunch planning in 3 minutes" in home and "¥480" in home


def test_an_opener_that_says_how_it_is_paid_is_no_request_for_payments(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Mossbyte 🌿"},{"op":"add_items","route":"/","kind":'
             '"image_text","items":[{"title":"mossbyte","text":"im in winnipeg"},{"title":"character","text":"$35 CAD"}]}]}')
    result = _run(root, model, "hiii ok so i do pixel art commissions and i need a site lol. my artist name is mossbyte 🌿 im in winnipeg. "
                  "prices: icon 64x64 $15 CAD, full character sprite $35 CAD, animated sprite $60 CAD. i take paypal only")
    assert result.outcome == "applied", result.message
    assert "Mossbyte" in _home(root) and "$60 CAD" in _home(root)


def test_a_formal_opener_keeps_its_address_and_drops_its_greeting_and_sign_off(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"describe_site","name":"Tuinpark De Groene Akker","tagline":"86 gardens and a small clubhouse",'
             '"sections":["list","contact","team","faq"]}]}')
    result = _run(root, model, "Dear sir or madam, I am the secretary of the allotment garden association 'Tuinpark De Groene Akker' in "
                  "Utrecht (Overvecht). We have 86 gardens and a small clubhouse. I would like a simple website with a welcome text, our "
                  "address Zamenhofdreef 210, 3562 JW Utrecht, and that new members are welcome. Kind regards, Henk")
    assert result.outcome == "applied", result.message
    home = _home(root)
    assert "Zamenhofdreef 210, 3562 JW Utrecht" in home and "New members are welcome" in home
    assert "Or madam" not in home


def test_an_opener_s_first_sentence_says_who_the_site_is_for(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"describe_site","name":"Tatik\'s Kitchen","tagline":"it\'s for the whole Petrosyan family, all 4 generations",'
             '"sections":["list","cta"]}]}')
    result = _run(root, model, "Hi! I want to make a little website for our family with my Tatik Siranush's recipes before we lose them. "
                  "Call it 'Tatik's Kitchen'. She learned to cook in Gyumri and has been cooking in Glendale since 1992. The home page "
                  "should say it's for the whole Petrosyan family, all 4 generations ❤️")
    assert result.outcome == "applied", result.message
    assert "Tatik Siranush's recipes" in _home(root) and "Gyumri" in _home(root)


def test_someone_who_has_unfortunately_stepped_down(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Board")
    _apply(root, [{"op": "add_items", "route": "/board", "kind": "team", "items": [
        {"title": "Ria Hoekstra", "text": "garden commissioner"}, {"title": "Henk de Vries", "text": "secretary"}]}], "add these")
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Ria Hoekstra"},{"op":"rename_page","route":"/","new_route":"/",'
                        '"title":"Joost Verhoeven"}]}',
                  "Ria Hoekstra has unfortunately stepped down. The new garden commissioner is Joost Verhoeven.")
    assert result.outcome == "applied", result.message
    assert "Joost Verhoeven" in _page(root, "/board") and "Ria Hoekstra" not in _page(root, "/board")


def test_b4_in_the_menu_is_before(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Menu", "Catering")
    result = _run(root, '{"ops":[{"op":"add_nav_link","label":"Catering","href":"/catering"}]}', "put Catering b4 Menu in the top menu")
    assert result.outcome == "applied", result.message
    assert _menu(root) == ["Home", "Catering", "Menu"]


def test_a_whatsapp_number_on_every_page_is_said_to_be_one(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"decline"}]}', "Add a WhatsApp button on every page that opens a chat with 072 554 1908")
    assert result.outcome == "applied", result.message
    assert "WhatsApp 072 554 1908" in (root / "app" / "layout.tsx").read_text()


def test_a_removed_course_takes_its_whole_sentence(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Workshop")
    _apply(root, [{"op": "add_section", "route": "/workshop", "kind": "text", "text": "Tea Tasting: 45 minutes, ¥2,000. Full Tea Course: 90 "
                   "minutes, ¥6,000, include tasting of 3 kinds (sencha, gyokuro, matcha)."}], "add a text section")
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Full Tea Course"}]}',
                  "Full Tea Course we stop because I am alone now. Please delete it.")
    assert result.outcome == "applied", result.message
    workshop = _page(root, "/workshop")
    assert "Full Tea Course" not in workshop and "¥6,000" not in workshop and "Tea Tasting: 45 minutes" in workshop


def _list(root: Path, kind: str, entries: list[tuple[str, str]]) -> None:
    _apply(root, [{"op": "add_items", "route": "/", "kind": kind, "items": [{"title": t, "text": d} for t, d in entries]}], "add these")


def test_a_price_raised_by_a_word_of_its_name(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _list(root, "pricing", [("icon 64x64", "$15 CAD"), ("full character sprite", "$35 CAD"), ("animated sprite", "$60 CAD")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"$75 CAD","text":"forever"}]}', "ok raise animated to $75 CAD bc they take forever")
    assert result.outcome == "applied", result.message
    assert "$75 CAD" in _page(root, "/") and "$60 CAD" not in _page(root, "/")


def test_a_price_that_increases_to(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _list(root, "list", [("Workshop", "1.800 TL per person"), ("Private lesson", "3.500 TL")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Price","text":"2.200 TL"}]}', "The workshop price increases to 2.200 TL from January.")
    assert result.outcome == "applied", result.message
    assert "2.200 TL per person" in _page(root, "/") and "3.500 TL" in _page(root, "/")


def test_a_price_in_kwanza_now(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _apply(root, [{"op": "add_section", "route": "/", "kind": "text", "text": "1 class 5.000 Kz, month unlimited 25.000 Kz, kids month 15.000 Kz"}],
           "add a text section")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Month","text":"30.000 Kz"}]}',
                  "month unlimited now 30.000 Kz, sorry everybody, the rent went up")
    assert result.outcome == "applied", result.message
    assert "month unlimited 30.000 Kz" in _page(root, "/") and "kids month 15.000 Kz" in _page(root, "/")


def test_the_contact_form_button_is_the_contact_page_s_not_home_s(tmp_path: Path) -> None:
    """The public session ``dental-contact``'s step 2: the home page's button had been changed, shown as done."""
    root = managed_project(tmp_path)
    _apply(root, [{"op": "add_page", "title": "Book a Visit", "route": "/contact", "sections": ["contact"]}],
           "Add a page at /contact titled Book a Visit with a contact form")
    home = _page(root, "/")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"button","text":"Request appointment"}]}',
                  "Change the contact form button to Request appointment")
    assert result.outcome == "applied", result.message
    assert "Request appointment" in _page(root, "/contact") and _page(root, "/") == home


def test_a_day_said_whole_names_its_short_form_among_others(tmp_path: Path) -> None:
    """u318: "change saturday practice to 15:00" of "tue & thu 19:00, sat 14:00" had changed Thursday's time, shown as done."""
    root = managed_project(tmp_path)
    _apply(root, [{"op": "add_section", "route": "/", "kind": "text", "text": "Practice times: tue & thu 19:00, sat 14:00."}],
           "add a text section")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Saturday practice","text":"15:00 bc court is busy at 2"}]}',
                  "change saturday practice to 15:00 bc court is busy at 2")
    assert result.outcome == "applied", result.message
    assert "tue & thu 19:00, sat 15:00" in _page(root, "/")
