"""Requests as the blind sets u224-u231 typed them, each through the real turn loop with the plan the model wrote."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import run as _run, page as _page, apply as _apply, text as _text


def _page_with(root: Path, title: str, route: str, text: str) -> None:
    _apply(root, [{"op": "add_page", "title": title, "route": route},
                  {"op": "add_section", "route": route, "kind": "text", "text": text}], f"add a page {title}: {text}")


_DECLINE = '{"ops":[{"op":"decline"}]}'


@pytest.mark.parametrize(("shown", "model", "prompt", "old", "new"), [
    ("Saturday 17 July: beach games 10:00, family photo 15:00, big dinner 19:00.",
     '{"ops":[{"op":"edit_item","item":"Saturday dinner","text":"18:30"}]}',
     "Saturday dinner moved to 18:30 because of the little ones", "dinner 19:00", "dinner 18:30"),
    ("Christmas Day Swim 25 December 2026 at 11am, Full Moon Swim 13 February 2027.",
     '{"ops":[{"op":"edit_item","item":"Full Moon Swim","text":"14 February 2027"}]}',
     "Change Full Moon Swim date to 14 February 2027, Valentine's special", "13 February", "Full Moon Swim 14 February"),
    ("iOS + Android, launching 1 Feb 2027.", '{"ops":[{"op":"edit_item","item":"Launch date","text":"15 March 2027"}]}',
     "Launch date slipped to 15 March 2027, update it everywhere", "1 Feb", "launching 15 March 2027"),
    ("Sunset paddle, Thursdays 19:00, 2.5 hours. Island hopping, Saturdays 11:00.",
     '{"ops":[{"op":"edit_item","item":"Sunset paddle","text":"Wednesdays, same time"}]}',
     "Sunset paddle moved to Wednesdays, same time", "Thursdays", "Sunset paddle, Wednesdays 19:00"),
])
def test_the_date_or_time_of_the_thing_named_moves_where_a_text_shows_several(
        tmp_path: Path, shown: str, model: str, prompt: str, old: str, new: str) -> None:
    """The one of several dates or times the request's words name (most of them), or a weekday said alone."""
    root = managed_project(tmp_path)
    _text(root, shown)
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    assert new in _page(root, "/") and old not in _page(root, "/")


@pytest.mark.parametrize(("shown", "prompt", "old", "new"), [
    ("Usual carpet 1 m2 - 15 000 sum, wool carpet 1 m2 - 25 000 sum, silk carpet - by agreement.",
     "wool carpet price now 28 000 sum", "25 000 sum", "28 000 sum"),
    ("650.000 VND per person morning, 500.000 VND afternoon.", "price change morning now 700.000 VND",
     "650.000", "700.000 VND per person morning"),
])
def test_a_new_price_replaces_the_one_of_what_the_request_names(tmp_path: Path, shown: str, prompt: str, old: str, new: str) -> None:
    """Thousands parted by a space, and a name said after its price ("... per person morning")."""
    root = managed_project(tmp_path)
    _text(root, shown)
    result = _run(root, '{"ops":[{"op":"edit_item","item":"price","text":"x"}]}', prompt)
    assert result.outcome == "applied", result.message
    assert new in _page(root, "/") and old not in _page(root, "/")


@pytest.mark.parametrize(("prompt", "old", "new"), [
    ("I wrote wrong, it is not 22 years, it is 25 years that I teach", "22 years", "25 years"),
    ("oops it's not 9 grandkids it's 11 grandkids, my cousin had twins last year", "9 grandkids", "11 grandkids"),
])
def test_a_count_said_wrong_and_right_is_replaced(tmp_path: Path, prompt: str, old: str, new: str) -> None:
    root = managed_project(tmp_path)
    _text(root, f"Teaching zither in Hallein, with {old} of stories behind it.")
    result = _run(root, json.dumps({"ops": [{"op": "edit_item", "item": old, "text": new}]}), prompt)
    assert result.outcome == "applied", result.message
    assert new in _page(root, "/") and f" {old}" not in _page(root, "/")


@pytest.mark.parametrize(("prompt", "gone", "come"), [
    ("Felix Wren left, replace with Jonah Lindqvist as CTO", "Felix Wren", "Jonah Lindqvist"),
    ("Lady Pheli cancelled, put DJ Mashesha on 21 March instead", "Lady Pheli", "DJ Mashesha"),
    ("Tina Zupan cancelled, workshop will be with Nika Kos instead", "Tina Zupan", "Nika Kos"),
    ("Maya Mall Misfits dropped out, take them off, Hang Dong Hawks replace them", "Maya Mall Misfits", "Hang Dong Hawks"),
])
def test_who_comes_takes_the_place_of_who_goes(tmp_path: Path, prompt: str, gone: str, come: str) -> None:
    """The model edited the one who goes ("left", "cancelled") or removed them alone."""
    root = managed_project(tmp_path)
    _apply(root, [{"op": "add_items", "route": "/", "kind": "list",
                   "items": [{"title": gone, "text": "21 March"}, {"title": "Ruth Abiodun", "text": "28 March"}]}], "lineup: ...")
    result = _run(root, json.dumps({"ops": [{"op": "edit_item", "item": gone.split()[0], "text": "cancelled"}]}), prompt)
    assert result.outcome == "applied", result.message
    assert come in _page(root, "/") and gone not in _page(root, "/") and "Ruth Abiodun" in _page(root, "/")


def test_the_start_page_is_home(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = {"ops": [{"op": "add_page", "title": "Start", "route": "/start"},
                     {"op": "add_items", "route": "/start", "kind": "list", "items": [{"title": "Trial lesson", "text": "€20"}]}]}
    result = _run(root, json.dumps(model), "pls add my prices on the start page: Single lesson (45 min) €38, Trial lesson €20")
    assert result.outcome == "applied", result.message
    assert "Trial lesson" in _page(root, "/") and not (root / "app" / "start").exists()


def test_a_page_said_by_the_last_word_of_its_name_is_that_page(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _page_with(root, "Guided Tours", "/guided-tours", "Sunset paddle, Thursdays 19:00.")
    model = {"ops": [{"op": "add_page", "title": "Tours", "route": "/tours"},
                     {"op": "add_section", "route": "/tours", "kind": "text", "text": "Ingrid Haugland and Mats Eide"}]}
    result = _run(root, json.dumps(model), "add our guides to the tours page: Ingrid Haugland (head guide) and Mats Eide")
    assert result.outcome == "applied", result.message
    assert "Ingrid Haugland" in _page(root, "/guided-tours") and not (root / "app" / "tours").exists()


@pytest.mark.parametrize(("prompt", "route"), [
    ("make a page For Sale with the machines: Singer 15-91 restored – ARS 185.000, Godeco Gacela – ARS 95.000", "/for-sale"),
    ("need a Committee page. Chair - Morag Henderson, Secretary - Alan Dunsmore", "/committee"),
    ("Add workshop page 'Our artisans': Youssef El Amrani (owner), Hassan Ouaziz (leather cutting)", "/our-artisans"),
])
def test_a_new_page_is_named_as_typed(tmp_path: Path, prompt: str, route: str) -> None:
    """"For" of "For Sale" is the name's; "need a" is not; a quoted name after "page" is the name."""
    root = managed_project(tmp_path)
    model = {"ops": [{"op": "add_page", "title": "Sale", "route": "/sale"}]}
    result = _run(root, json.dumps(model), prompt)
    assert result.outcome == "applied", result.message
    assert (root / "app" / route.strip("/") / "page.tsx").exists()


def test_a_sentence_after_a_list_that_says_how_to_pay_is_kept(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = {"ops": [{"op": "add_items", "route": "/", "kind": "list",
                      "items": [{"title": "Seniors", "text": "$60"}, {"title": "Women", "text": "$40"}, {"title": "U16", "text": "$20 per season"}]}]}
    result = _run(root, json.dumps(model), "Membership fees: Seniors $60, Women $40, U16 $20 per season. pay at the clubhouse")
    assert result.outcome == "applied", result.message
    assert "Pay at the clubhouse" in _page(root, "/") and "$20 per season" in _page(root, "/")


@pytest.mark.parametrize(("prompt", "heading", "last"), [
    ("How to participate on home: 1. Come as listener, entry free 2. To recite, give your name to the nazim before 6 pm "
     "3. Maximum 2 ghazals per poet", "How to participate", "Maximum 2 ghazals per poet"),
    ("add section 'How it works': 1. Send me photo or link of furniture. 2. I tell you price and time. "
     "3. I come with all tools and take the boxes away.", "How it works", "I come with all tools and take the boxes away"),
    ("Add how we work: 1. You call or write telegram 2. Courier come free 3. Bring back clean", "How we work", "Bring back clean"),
])
def test_numbered_steps_are_a_section_headed_by_the_name_typed(tmp_path: Path, prompt: str, heading: str, last: str) -> None:
    """The model set the site's name to the first step, or kept a word or two of each."""
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"1. Come as listener"}]}', prompt)
    assert result.outcome == "applied", result.message
    page = _page(root, "/")
    assert heading in page and last in page and "1. Come as listener" not in page


@pytest.mark.parametrize(("shown", "prompt", "old", "new"), [
    ("Koala Kidnap: easy, family friendly, kids 8+.", "rename Koala Kidnap to 'Koala Caper', parents didn't love kidnap lol",
     "Koala Kidnap", "Koala Caper"),
    ("Rye Kvass 1L - €4.50, Birch Sap Drink - €3.00", "Birch Sap Drink rename to Birch Sap (Bērzu sula) pls",
     "Birch Sap Drink", "Birch Sap (Bērzu sula)"),
    ("Starter S$49/mo, Clinic S$129/mo unlimited patients. Works with any clinic.", "rename the Clinic plan to Practice",
     "Clinic S$129", "Practice S$129/mo"),
    ("Lerato Wrap Dress and Mmabatho Ball Gown, made to measure.", "the ball gown name is wrong, it's Mmabatho Evening Gown",
     "Ball Gown", "Mmabatho Evening Gown, made"),
])
def test_a_rename_of_something_the_site_shows(tmp_path: Path, shown: str, prompt: str, old: str, new: str) -> None:
    """The model renamed the site, or cut the new name short."""
    root = managed_project(tmp_path)
    _text(root, shown)
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Koala Caper"}]}', prompt)
    assert result.outcome == "applied", result.message
    assert new in _page(root, "/") and old not in _page(root, "/")


@pytest.mark.parametrize(("prompt", "label", "href"), [
    ("Add big button 'Order pickup on WhatsApp' number 0722 418 906", "Order pickup on WhatsApp 0722 418 906", "tel:0722418906"),
    ("Ok then just add a 'Book by phone' button on the home page that shows our number +47 912 34 567",
     "Book by phone +47 912 34 567", "tel:+4791234567"),
    ("phone 0408 223 571 and a big 'Call Darren' button on top of home", "Call Darren 0408 223 571", "tel:0408223571"),
])
def test_a_button_that_calls_the_number_typed(tmp_path: Path, prompt: str, label: str, href: str) -> None:
    root = managed_project(tmp_path)
    result = _run(root, _DECLINE, prompt)
    assert result.outcome == "applied", result.message
    assert label in _page(root, "/") and href in _page(root, "/")


@pytest.mark.parametrize(("prompt", "text"), [
    ("Fine - instead put a line: Want early access? Email hello@fernpath.app", "Want early access? Email hello@fernpath.app"),
    ("Add Instagram text: Follow us @sumicurry_otaru for today location", "Follow us @sumicurry_otaru for today location"),
    ("add a note about gifts: No gifts please, donations to the Société Alzheimer Mauricie instead",
     "No gifts please, donations to the Société Alzheimer Mauricie instead"),
])
def test_a_line_typed_after_its_colon_is_added(tmp_path: Path, prompt: str, text: str) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_theme","background":"red"}]}', prompt)
    assert result.outcome == "applied", result.message
    assert text in _page(root, "/")


@pytest.mark.parametrize(("prompt", "shown"), [
    ("New item winter only: Hokkaido scallop curry 1600 yen", "Hokkaido scallop curry"),
    ("add new makgeolli: Strawberry makgeolli 12,000 won (only spring season)", "12,000 won"),
    ("add to menu a new one: Zellige mosaic plate 450 MAD", "Zellige mosaic plate"),
])
def test_a_new_priced_entry_goes_where_the_prices_are(tmp_path: Path, prompt: str, shown: str) -> None:
    """The site's prices are in a paragraph of the Menu page: the new entry is a list of its own there."""
    root = managed_project(tmp_path)
    _page_with(root, "Menu", "/menu", "Classic makgeolli 8,000 won, Pork curry 1200 yen, Tajine 90 MAD.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Strawberry makgeolli 12,000","text":"only spring season"}]}', prompt)
    assert result.outcome == "applied", result.message
    assert shown in _page(root, "/menu")


@pytest.mark.parametrize(("prompt", "shown"), [
    ("Add reviews: 'Oksana saved my grandmother's chair, it looks new' - Taras K. 'Very careful work and always on time' - "
     "Marta, Sykhiv", ["Taras K.", "Oksana saved my grandmother", "Marta, Sykhiv", "Very careful work and always on time"]),
    ("add review from Kevin O. (Makongeni): Shirts came back crisp, delivered same day",
     ["Kevin O. (Makongeni)", "Shirts came back crisp, delivered same day"]),
])
def test_reviews_keep_their_words_and_authors(tmp_path: Path, prompt: str, shown: list[str]) -> None:
    """The model kept one quote and cut the other, or kept the first word of a review typed with no quotes."""
    root = managed_project(tmp_path)
    model = {"ops": [{"op": "add_items", "route": "/", "kind": "testimonials", "items": [{"title": "Kevin O.", "text": "Shirts"}]}]}
    result = _run(root, json.dumps(model), prompt)
    assert result.outcome == "applied", result.message
    assert all(s in _page(root, "/") for s in shown)


def test_an_faq_typed_is_no_price_change(tmp_path: Path) -> None:
    """"... A: Loop+ covers damage up to $1000" read as a new price of Loop+: a wrong edit shown as done."""
    root = managed_project(tmp_path)
    _text(root, "Loop+ $19/month, unlimited borrowing")
    model = {"ops": [{"op": "add_items", "route": "/", "kind": "faq", "items": [
        {"title": "What if something breaks?", "text": "Loop+ covers damage up to $1000"}]}]}
    result = _run(root, json.dumps(model), "faq page pls: Q: What if something breaks? A: Loop+ covers damage up to $1000. "
                                           "Q: Is it only Melbourne? A: For now yes, Sydney in late 2027.")
    assert result.outcome == "applied", result.message
    assert "$19/month" in _page(root, "/") and "Sydney in late 2027" in _page(root, "/faq")


def test_a_colour_in_content_typed_under_a_label_is_no_theme(tmp_path: Path) -> None:
    """"dress code: something red" changed the theme to red: a wrong edit shown as done."""
    root = managed_project(tmp_path)
    styles = (root / "app" / "theme.css").read_text()
    result = _run(root, '{"ops":[{"op":"set_theme","primary":"red","background":"red"}]}', "dress code: something red ❤️ (it's ruby!)")
    assert result.outcome == "applied", result.message
    assert "Something red" in _page(root, "/") and (root / "app" / "theme.css").read_text() == styles


def test_a_removal_that_would_take_another_name_with_it_declines(tmp_path: Path) -> None:
    """"take out Clare valley" of "... cover Barossa and Clare valleys": Barossa went too."""
    root = managed_project(tmp_path)
    _text(root, "Mobile farrier based in Kapunda, cover Barossa and Clare valleys. Trims and full sets.")
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Clare valley"},{"op":"decline"}]}',
                  "take out Clare valley, not going there anymore, too far")
    assert result.outcome == "declined", result.message
    assert "Barossa" in _page(root, "/")


def test_words_written_next_to_a_thing_a_text_shows(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _page_with(root, "Events", "/events", "Catan tournament Saturday 6 March 2027, €10 entry. Quiz night every Thursday.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Catan tournament","text":"SOLD OUT"}]}',
                  "Catan tournament is sold out, write SOLD OUT next to it")
    assert result.outcome == "applied", result.message
    assert "Catan tournament – SOLD OUT" in _page(root, "/events") and "Quiz night" in _page(root, "/events")


def test_who_answers_a_number_is_its_label(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Lukas 0664 218 5530"}]}',
                  "Questions: call Lukas 0664 218 5530 or my mom Renate 0676 904 1122. put on home")
    assert result.outcome == "applied", result.message
    page = _page(root, "/")
    assert all(s in page for s in ("Lukas", "0664 218 5530", "Renate", "0676 904 1122"))


@pytest.mark.parametrize(("prompt", "shown"), [
    ("Working hours Mon-Sat 7am to 6pm. Sunday emergencies only", ["Mon-Sat", "7am to 6pm", "emergencies only"]),
    ("open tuesday to sunday, 6pm to 1am. closed on monday", ["6pm to 1am", "Monday"]),
])
def test_hours_typed_replace_the_placeholder_hours(tmp_path: Path, prompt: str, shown: list[str]) -> None:
    """The model edited an item "Mon-Sat" the site does not have, which failed."""
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Mon-Sat","text":"7am to 6pm"}]}', prompt)
    assert result.outcome == "applied", result.message
    assert all(s in _page(root, "/") for s in shown) and "9am to 5pm" not in _page(root, "/")


def test_a_count_typed_tells_which_price_changes(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _page_with(root, "Services", "/services", "Up to 100 words USD 80, 100-300 words USD 150, audiobooks USD 250 per finished hour.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"rate","text":"USD 90"}]}', "change rate for up to 100 words to USD 90")
    assert result.outcome == "applied", result.message
    assert "100 words USD 90" in _page(root, "/services") and "USD 150" in _page(root, "/services")


def test_a_page_called_a_name_with_its_content_after_w_slash(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, _DECLINE, "add a page called Timeline w/ grandpa's life: 1947 born in Ipswich, 1968 married Nana June")
    assert result.outcome == "applied", result.message
    assert "Nana June" in _page(root, "/timeline")


def test_questions_typed_in_quotes_keep_their_answers(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _page_with(root, "Pricing", "/pricing", "Free forever for one notebook.")
    model = {"ops": [{"op": "add_items", "route": "/pricing", "kind": "faq", "items": [
        {"title": "Can I export my data?", "text": "Yes, CSV"}, {"title": "Does it work offline?", "text": "Syncs later"}]}]}
    result = _run(root, json.dumps(model), "FAQ section on pricing page: 'Can I export my data?' yes, CSV and PDF. "
                                           "'Does it work offline?' yes, syncs later. 'Is there ads?' never")
    assert result.outcome == "applied", result.message
    assert all(s in _page(root, "/pricing") for s in ("CSV and PDF", "syncs later", "Is there ads?"))


def test_it_is_now_someone_else(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _page_with(root, "Tutors", "/tutors", "Fiddle: Maura Devlin. Bodhrán: Declan Rooney.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Bodhrán tutor","text":"changed"}]}',
                  "Bodhrán tutor changed, Declan can't make it, it's now Orla Keaney")
    assert result.outcome == "applied", result.message
    assert "Orla Keaney" in _page(root, "/tutors") and "Declan" not in _page(root, "/tutors")


def test_money_collected_through_the_site_is_declined(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"contact","items":[{"title":"$60","text":"venmo"}]}]}',
                  "collect the $60 season pass through the site with venmo or card")
    assert result.outcome == "declined", result.message


@pytest.mark.parametrize(("shown", "prompt", "gone", "come"), [
    ("Judges: Sam Whitcombe, Aroha Ngata.", "Sam can't judge anymore, replace with Tui Hemara (poet, Motueka)", "Sam Whitcombe", "Tui Hemara"),
])
def test_what_can_no_longer_be_there_is_replaced(tmp_path: Path, shown: str, prompt: str, gone: str, come: str) -> None:
    root = managed_project(tmp_path)
    _text(root, shown)
    result = _run(root, '{"ops":[{"op":"add_section","route":"/","kind":"text","text":"x"}]}', prompt)
    assert result.outcome == "applied", result.message
    assert come in _page(root, "/") and gone not in _page(root, "/")


def test_a_closed_day_said_with_the_old_one_in_brackets(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _text(root, "Open 11:00 to 21:00, closed on Tuesday.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"closed","text":"Monday (not Tuesday"}]}',
                  "Change closed day to Monday (not Tuesday anymore)")
    assert result.outcome == "applied", result.message
    assert "closed on Monday" in _page(root, "/")


@pytest.mark.parametrize("prompt", ["sell tickets on the site pls, $25 adults $15 students",
                                    "Show waiting time now (how many people in line) on website"])
def test_a_shop_or_live_data_is_declined(tmp_path: Path, prompt: str) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Tickets","text":"$25"}]}]}', prompt)
    assert result.outcome == "declined", result.message


@pytest.mark.parametrize(("shown", "prompt", "gone", "come"), [
    ("Music: DJ Ravi from 9pm.", "change of plan, DJ Ravi cancelled 😩 its now DJ Sunny Bhamra", "DJ Ravi", "DJ Sunny Bhamra"),
    ("Team: Eirik Hansen, Ola Berg.", "Eirik quit :( and we have a new guy, Jonas Lie", "Eirik Hansen", "Jonas Lie"),
    ("Treasurer: Einar Þórsson.", "Einar is stepping down, new treasurer is Hrafnhildur Ólafsdóttir", "Einar Þórsson",
     "Hrafnhildur Ólafsdóttir"),
    ("Skipper: Captain Juma Kahindi.", "Captain Juma cancelled this season, it's now Captain Omari Baya", "Juma Kahindi",
     "Captain Omari Baya"),
])
def test_who_comes_said_in_more_ways(tmp_path: Path, shown: str, prompt: str, gone: str, come: str) -> None:
    """"its now" with no apostrophe, "a new guy, NAME", a name with an accented capital, a role the site shows."""
    root = managed_project(tmp_path)
    _text(root, shown)
    result = _run(root, '{"ops":[{"op":"edit_item","item":"x","text":"cancelled"}]}', prompt)
    assert result.outcome == "applied", result.message
    assert come in _page(root, "/") and gone not in _page(root, "/")


def test_a_quoted_name_with_to_in_it_is_renamed(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _apply(root, [{"op": "add_items", "route": "/", "kind": "features",
                   "items": [{"title": "Export to CSV", "text": "your entries"}, {"title": "Mood graph", "text": "weekly"}]}], "features: ...")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Feature","title":"Export to CSV and PDF"}]}',
                  "rename feature 'Export to CSV' to 'Export to CSV and PDF'")
    assert result.outcome == "applied", result.message
    assert "Export to CSV and PDF" in _page(root, "/") and "Mood graph" in _page(root, "/")


@pytest.mark.parametrize(("model", "prompt", "shown"), [
    ('{"ops":[{"op":"set_theme","primary":"#b57edc"}]}', "dress code: formal, please avoid wearing lavender thats for the court",
     "Formal, please avoid wearing lavender"),
    ('{"ops":[{"op":"set_theme","background":"white"}]}', "dress code: All white. Kente is welcome 🤍💛", "All white. Kente is welcome"),
])
def test_content_under_a_label_the_model_read_as_a_theme_is_a_note(tmp_path: Path, model: str, prompt: str, shown: str) -> None:
    """The model changed the theme (a wrong edit), or nothing was read and the turn declined."""
    root = managed_project(tmp_path)
    styles = (root / "app" / "theme.css").read_text()
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    assert shown in _page(root, "/") and "Dress code" in _page(root, "/") and (root / "app" / "theme.css").read_text() == styles


@pytest.mark.parametrize("prompt", ["The design: please more calm, blue and green like water, not so much bold.",
                                    "Last bit: can the colours be a soft sage green and cream, with a thin elegant font?",
                                    "Design: please make it clean and academic, white background, navy blue accents."])
def test_a_look_asked_after_a_label_is_still_a_look(tmp_path: Path, prompt: str) -> None:
    """A label before a wish for colours or a font is no content of its own: the theme changes."""
    root = managed_project(tmp_path)
    styles = (root / "app" / "theme.css").read_text()
    result = _run(root, '{"ops":[{"op":"set_theme","primary":"#bac7ac","accent":"navy"}]}', prompt)
    assert result.outcome == "applied", result.message
    assert (root / "app" / "theme.css").read_text() != styles
