"""Requests as the blind sets u313-u315 typed them (read after they were measured), each through the real turn loop with the plan
the model wrote."""

from __future__ import annotations

from pathlib import Path

from app.scaffold import navorder
from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import apply as _apply, page as _page, pages as _pages, run as _run

_LAYOUT = Path("app") / "layout.tsx"


def test_a_button_on_another_page_that_links_to_a_file(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Show")
    home = _page(root, "/")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/show","target":"button","text":"Download the Show Schedule"}]}',
                  "And lastly could you put a button on the Show page that says 'Download the Show Schedule' linking to "
                  "https://northwoldsdahlias.org.uk/schedule-2027.pdf. Thank you dear, you've been marvellous.")
    assert result.outcome == "applied", result.message
    show = _page(root, "/show")
    assert "Download the Show Schedule" in show and 'href="https://northwoldsdahlias.org.uk/schedule-2027.pdf"' in show
    assert _page(root, "/") == home


def test_a_button_on_a_page_named_without_its_model_op_is_not_put_on_home(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Show")
    home = _page(root, "/")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"button","text":"Download"}]}',
                  "put a button 'Download' on the Show page")
    assert result.outcome == "applied", result.message
    assert "Download" in _page(root, "/show") and _page(root, "/") == home


def test_a_button_on_a_page_that_opens_whatsapp(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Rooms")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/rooms","target":"button","text":"Reservar / Book"}]}',
                  'Ok. Then put button "Reservar / Book" in Rooms page that opens WhatsApp +56 9 8765 4321')
    assert result.outcome == "applied", result.message
    assert "Reservar / Book" in _page(root, "/rooms") and "https://wa.me/56987654321" in _page(root, "/rooms")


def test_a_button_on_a_page_named_without_the_word_page(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Workshops")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/workshops","target":"button","text":"Reservá tu lugar"}]}',
                  'then just put button "Reservá tu lugar" on workshops that opens whatsapp to +54 9 11 5523 8190')
    assert result.outcome == "applied", result.message
    assert "Reservá tu lugar" in _page(root, "/workshops") and "wa.me/5491155238190" in _page(root, "/workshops")


def test_a_button_that_mails_an_address_said_as_mail(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"button","text":"Write to us"}]}',
                  "Button 'Write to us' on home, mail info@glaskunst-heubach.de")
    assert result.outcome == "applied", result.message
    assert "Write to us" in _page(root, "/") and "mailto:info@glaskunst-heubach.de" in _page(root, "/")


def test_a_button_on_a_page_to_my_email(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Classes")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/classes","target":"button","text":"Reserve by email"}]}',
                  "Please put button 'Reserve by email' on Classes page, to my email reserve@satomiso-no-ie.jp")
    assert result.outcome == "applied", result.message
    assert "mailto:reserve@satomiso-no-ie.jp" in _page(root, "/classes")


def test_the_footer_gets_its_quoted_line_and_the_instagram_typed_after_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_footer","text":"Hecho a mano en Buenos Aires"}]}',
                  'Last: in the footer put "Hecho a mano en Buenos Aires" and my instagram @milongaroja.shoes just as text')
    assert result.outcome == "applied", result.message
    layout = (root / _LAYOUT).read_text()
    assert "Hecho a mano en Buenos Aires" in layout and "@milongaroja.shoes" in layout


def test_an_opener_s_site_called_by_a_quoted_name_keeps_it_whole(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"describe_site","name":"St Bega\'s Tower Teas","tagline":"serve homemade cakes, scones and pots of tea '
             'every Sunday from 2pm to 5pm","sections":["image_text","cta","faq","contact"]}]}')
    result = _run(root, model, "Good morning. I wonder if you could help me. I am one of the churchwardens at St Bega's Church in "
                  "Eskdale Green, Cumbria, and every summer we run 'Tower Teas' in the church hall to raise money for repairs to our "
                  "bell tower. I'd like a simple, welcoming website called \"St Bega's Tower Teas\" saying we serve homemade cakes, "
                  "scones and pots of tea every Sunday from 2pm to 5pm, May to September. All proceeds go to the Tower Fund. Many thanks.")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "St Bega&apos;s Tower Teas" in home or "St Bega's Tower Teas" in home
    assert "Tower Fund" in home and "could help me" not in home


def test_what_an_opener_says_its_home_page_should_say_is_on_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"describe_site","name":"Lake of the Woods Snowshoe Club","tagline":"about 40 members, all ages, '
             'founded 1987","sections":["list","cta","faq","contact"]}]}')
    result = _run(root, model, "Good morning. I am the volunteer secretary of the Lake of the Woods Snowshoe Club in Kenora, "
                  "Ontario. We would like a simple, friendly website. The home page should say who we are (about 40 members, all "
                  "ages, founded 1987), that we meet Saturday mornings at 9:30 at the Garrow Park trailhead from December to March, "
                  "and that beginners are very welcome. Thank you kindly.")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Garrow Park" in home and "9:30" in home and "beginners are very welcome" in home


def test_someone_who_asked_to_step_down_and_the_new_treasurer(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Committee")
    _apply(root, [{"op": "add_items", "route": "/committee", "kind": "team",
                   "items": [{"title": "Brian Stather", "text": "Treasurer"}, {"title": "Jean Hobbs", "text": "Chair"}]}], "add these")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Brian","text":"step down"}]}',
                  "Brian has asked to step down, so the new Treasurer is Sheila Cowling. Could you update the committee please?")
    assert result.outcome == "applied", result.message
    assert "Sheila Cowling" in _page(root, "/committee") and "Brian Stather" not in _page(root, "/committee")


def test_a_name_then_is_new_and_a_role_in_capitals(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Secretariat")
    _apply(root, [{"op": "add_items", "route": "/secretariat", "kind": "team",
                   "items": [{"title": "Aarav Joshi", "text": "USG Media"}, {"title": "Meera Iyer", "text": "Secretary-General"}]}],
           "add these")
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Aarav"}]}', "Aarav stepped down 😢 remove him. Ishaan Patil is new USG Media")
    assert result.outcome == "applied", result.message
    assert "Ishaan Patil" in _page(root, "/secretariat") and "Aarav" not in _page(root, "/secretariat")


def test_a_link_named_by_its_page_s_address_in_words() -> None:
    links = [("Home", "/"), ("Order", "/how-to-order"), ("Modelos", "/modelos")]
    assert navorder.anchor("the page Modelos, put it first in the menu please, before How to order", links) == ("before", "/how-to-order")


def test_a_section_of_a_kind_with_its_entries_after_a_pointing_emoji(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"add_section","route":"/","kind":"features","heading":"Offline maps"},{"op":"add_items","route":"/",'
             '"kind":"list","items":[{"title":"Offline maps"},{"title":"Fare","text":"cedis"},{"title":"Live crowd","text":"from other riders"},'
             '{"title":"Save your home","text":"from other riders"}]}]}')
    result = _run(root, model, "add features section 👉 Offline maps, Fare calculator in cedis, Live crowd reports from other riders, "
                               "Save your home + work stops")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Fare calculator in cedis" in home and "Live crowd reports from other riders" in home
    assert "Quality" not in home  # the placeholder features made way for the user's


def test_a_change_in_a_timetable_is_no_new_timetable_page(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Classes")
    _apply(root, [{"op": "add_items", "route": "/classes", "kind": "list",
                   "items": [{"title": "Group 1 (6-8 years)", "text": "9:00-10:30"}, {"title": "Group 3 (12-14 years)", "text": "12:30-14:00"}]}],
           "add these")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Group 3","text":"12:30-13:45"}]}',
                  "Change in timetable: Group 3 is now 12:30-13:45")
    assert not (root / "app" / "timetable").exists()
    assert result.outcome == "applied", result.message
    assert "12:30-13:45" in _page(root, "/classes") and "12:30-14:00" not in _page(root, "/classes")


def test_a_page_renamed_is_no_new_name_for_the_site(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Our Pilots")
    model = ('{"ops":[{"op":"rename_page","route":"/our-pilots","new_route":"/team","title":"Team"},{"op":"set_text","route":"/our-pilots",'
             '"target":"site_name","text":"Team"},{"op":"set_text","route":"/our-pilots","target":"title","text":"Team"}]}')
    result = _run(root, model, "Please rename 'Our Pilots' page to 'Team' and address also /team. Thank you very much for the help!")
    assert result.outcome == "applied", result.message
    assert "Team" in _page(root, "/team") and "Test Site" in (root / "lib" / "site.ts").read_text()


def test_a_new_page_named_in_lower_case_before_a_full_stop_holds_what_follows(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_page","title":"Horarios","route":"/h-17-30","sections":["text"]}]}',
                  "add page horarios. sub-7 tue and thu 8h, sub-11 mon wed 17h, sub-15 tue thu 18h30, saturday morning games 9h")
    assert result.outcome == "applied", result.message
    assert "18h30" in _page(root, "/horarios") and "17h" in _page(root, "/horarios")


def test_a_page_named_in_a_sentence_after_its_content(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_page","title":"Ron Beaulieu","route":"/executive","sections":["text"]}]}',
                  "Please add a page for our executive. President: Ron Beaulieu. Treasurer: Linda Kowalchuk. Trail Captain: Dennis "
                  "Fontaine. Secretary: myself, Marjorie Hollis. Call the page Our Executive.")
    assert result.outcome == "applied", result.message
    page = _page(root, "/our-executive")
    assert "Our Executive" in page and "Linda Kowalchuk" in page and "Call the page" not in page


def test_a_time_changed_by_the_item_s_name_not_the_time_inside_another(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Programme")
    _apply(root, [{"op": "add_items", "route": "/programme", "kind": "list", "items": [
        {"title": "whakapapa talks", "text": "10am"}, {"title": "touch rugby", "text": "2pm"}, {"title": "hāngī and concert", "text": "6pm"}]}],
        "add these")
    _apply(root, [{"op": "add_section", "route": "/programme", "kind": "text", "text": "Sunday 10th: church service 9am, poroporoaki 12pm."}],
           "add a text section")
    result = _run(root, '{"ops":[{"op":"set_theme","primary":"teal","font":"serif"}]}',
                  "Change touch rugby to 3pm because of the tide, the kids want to swim first")
    assert result.outcome == "applied", result.message
    programme = _page(root, "/programme")
    assert "3pm" in programme and " 2pm" not in programme and '"2pm"' not in programme and "poroporoaki 12pm" in programme


def test_what_a_person_teaches_now(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _apply(root, [{"op": "add_items", "route": "/", "kind": "team", "items": [
        {"title": "Natalia Bondar", "text": "history"}, {"title": "Olha Koval", "text": "director"}]}], "add these")
    result = _run(root, '{"ops":[{"op":"decline"}]}', "Natalia Bondar teaches history and geography now, please add it")
    assert result.outcome == "applied", result.message
    assert "history and geography" in _page(root, "/")


def test_an_address_and_how_to_find_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"2-5-8","text":"Shukuin-cho"}]}]}',
                  "address: 2-5-8 Shukuin-cho, Sakai-ku, Sakai. 8 min walk from Shukuin station")
    assert result.outcome == "applied", result.message
    assert "2-5-8 Shukuin-cho, Sakai-ku, Sakai. 8 min walk from Shukuin station" in _page(root, "/")
