"""Requests as the blind sets u240-u247 typed them, each through the real turn loop with the plan the model wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import apply as _apply, page as _page, run as _run, text as _text

_SITE_NAME = '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Contact"}]}'


def _layout(root: Path) -> str:
    return (root / "app" / "layout.tsx").read_text()


def test_contact_details_under_a_bare_contact_lead_go_on_a_contact_page_and_in_the_footer(tmp_path: Path) -> None:
    """"Contact: ...": people looked for the details on home more often than on a new page; both show them."""
    root = managed_project(tmp_path)
    result = _run(root, _SITE_NAME, "Contact: hej@sofieink.dk, +45 22 81 47 90, studio at Jægergårdsgade 62")
    assert result.outcome == "applied", result.message
    assert "hej@sofieink.dk" in _page(root, "/contact")
    assert "+45 22 81 47 90" in _layout(root) and "Jægergårdsgade 62" in _layout(root)
    assert any("footer" in line for line in result.summary)


def test_contact_details_for_a_contact_page_said_so_stay_on_that_page(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, _SITE_NAME, "contact page: 086 207 5531, donal@blackwaterflytying.ie, text is best evenings")
    assert result.outcome == "applied", result.message
    assert "086 207 5531" in _page(root, "/contact") and "086 207 5531" not in _layout(root)


@pytest.mark.parametrize(("prompt", "heading"), [
    ("Sponsors: Bream Bay Bait and Tackle, Ruakaka Four Square, Marsden Point Marine. Put them at the bottom of the "
     "home page", "Sponsors"),
    ("Please add our sponsors: Barre Granite Hardware, Green Mountain Maple Co., and the Lions Club of Montpelier. "
     "Thank you to them!!", "Our sponsors"),
    ("Add a line 'Trusted by' with clients: Bream Bay Bait and Tackle, Green Mountain Maple Co., Studio Nord", "Trusted by"),
])
def test_names_listed_under_what_they_are_are_each_shown_whole(tmp_path: Path, prompt: str, heading: str) -> None:
    """The model split "Bait and Tackle" and "Lions Club of Montpelier" at "and" and "of"."""
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"add_items","route":"/","kind":"team","items":[{"title":"Bream Bay Bait","text":"and"},'
             '{"title":"Lions Club","text":"Montpelier"}]}]}')
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    names = [n for n in ("Bream Bay Bait and Tackle", "Green Mountain Maple Co.", "Lions Club of Montpelier", "Studio Nord")
             if n.split()[0] in prompt]
    assert names and all(n in home for n in names), home
    assert heading in home


def test_a_list_of_names_with_a_price_is_not_read_as_names(tmp_path: Path) -> None:
    from app.scaffold import namelist

    assert namelist.read("Sponsors: Joe's Garage $500, Main St Deli", None) is None
    assert namelist.read("add sponsors page: Acme Co, Beta Co", None) is None


@pytest.mark.parametrize("prompt", [
    "make a big button on home 'Register now' to the register page",
    "Add a large button on the homepage with the text 'Register now' linking to /register.",
])
def test_a_button_on_home_to_another_page_is_homes_button(tmp_path: Path, prompt: str) -> None:
    """The model set the Register page's button; the request asks for home's, linking there."""
    root = managed_project(tmp_path)
    _apply(root, [{"op": "add_page", "title": "Register", "route": "/register"}], "add a Register page")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/register","target":"button","text":"Register now"}]}', prompt)
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Register now" in home and 'href="/register"' in home


def test_a_time_corrected_without_am_changes_the_time_shown_with_it(tmp_path: Path) -> None:
    """"start time now 7am not 7:30" on a site showing "7:30am"."""
    root = managed_project(tmp_path)
    _text(root, "Saturday 18 September 2027, start 7:30am at the Lagoon Promenade.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"7:30","text":"7:30"}]}', "start time now 7am not 7:30")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "start 7am at" in home and "7:30" not in home


def test_a_portfolio_asked_for_by_its_owner_opens_the_site_in_their_name(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_theme","primary":"#20613d","background":"#fffdd0"}]}',
                  "Assalam o alaikum. I am Yusra Qadir, hand bookbinder in Lahore. I make marbled paper journals and "
                  "restore old books. need a portfolio website, elegant, cream and deep green colours")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Yusra Qadir" in home and "Lahore" in home


def test_a_page_with_its_team_after_a_colon_is_that_page(tmp_path: Path) -> None:
    """"about page w/ team: ..." was a page titled with the first name, at /team."""
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_page","title":"Priyanka Rao","route":"/team","sections":["team"]}]}',
                  "about page w/ team: Priyanka Rao (CEO, ex-Monzo), Dominic Achterberg (CTO), Lou Fairweather (design)")
    assert result.outcome == "applied", result.message
    about = _page(root, "/about")
    assert all(n in about for n in ("Priyanka Rao", "Dominic Achterberg", "Lou Fairweather"))


@pytest.mark.parametrize(("prompt", "shown"), [
    ("Opening: Tuesday to Saturday 12h-14h and 19h-22h, Sunday 12h-14h30, closed Monday",
     ["12h-14h and 19h-22h", "12h-14h30", "Closed Monday"]),
    ("hours: Tue-Sun 11am-9pm, closed Mondays", ["11am-9pm", "Closed Mondays"]),
    ("open every day 11:00 - 21:00, close on Buddhist holidays", ["11:00 - 21:00", "Close on Buddhist holidays"]),
])
def test_hours_keep_the_days_closed_as_typed(tmp_path: Path, prompt: str, shown: list[str]) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"21:00"},'
             '{"title":"Monday","text":"closed"}]}]}')
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert all(s in home for s in shown), home


def test_one_more_of_what_a_page_lists_goes_on_that_page(tmp_path: Path) -> None:
    """"Add another memory: ..." on a site with a Memories page."""
    root = managed_project(tmp_path)
    _apply(root, [{"op": "add_page", "title": "Memories", "route": "/memories"}], "add a Memories page")
    model = ('{"ops":[{"op":"add_items","route":"/","kind":"image_text","items":[{"title":"Class of 2005",'
             '"text":"34 years of chalk, patience and love"}]}]}')
    result = _run(root, model, 'Add another memory: "Thank you for 34 years of chalk, patience and love" – Class of 2005')
    assert result.outcome == "applied", result.message
    assert "Class of 2005" in _page(root, "/memories") and "Class of 2005" not in _page(root, "/")


@pytest.mark.parametrize(("model", "prompt", "author", "quote"), [
    ('{"ops":[{"op":"add_items","route":"/","kind":"testimonials","items":[{"title":"Siggi",'
     '"text":"always there before the first bread comes out"}]}]}',
     'testimonial from Guðrún at the bakery: "Siggi is always there before the first bread comes out."',
     "Guðrún at the bakery", "Siggi is always there before the first bread comes out."),
    ('{"ops":[{"op":"set_text","route":"/","target":"heading","text":"Uncle Themba","section":"image_text"}]}',
     "Put this quote on the home page, credited to Uncle Themba: Come as you are, leave as family.",
     "Uncle Themba", "Come as you are, leave as family"),
])
def test_a_quote_keeps_who_said_it(tmp_path: Path, model: str, prompt: str, author: str, quote: str) -> None:
    root = managed_project(tmp_path)
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert author in home and quote in home


@pytest.mark.parametrize("prompt", [
    "add a results page that updates live with runners times on race day",
    "show a live counter on the homepage with total km run by all users today, pulled from our server every minute",
])
def test_what_updates_itself_live_is_declined(tmp_path: Path, prompt: str) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_page","title":"Results","route":"/results","sections":["text"]}]}', prompt)
    assert result.outcome == "declined", result.message


def _stalls(root: Path) -> None:
    """Eleven stalls listed on home (a plan adds eight at most)."""
    for first, last in ((1, 9), (9, 12)):
        stalls = [{"title": f"Stall {n}", "text": f"${n}"} for n in range(first, last)]
        _apply(root, [{"op": "add_items", "route": "/", "kind": "list", "items": stalls}], "stalls: ...")


def test_names_under_their_own_heading_are_a_list_of_their_own_beside_the_sites(tmp_path: Path) -> None:
    """The sponsors had gone into the stalls list the home page showed, which had room for one of them: "Added 3
    item(s)" said, one shown."""
    root = managed_project(tmp_path)
    _stalls(root)
    result = _run(root, '{"ops":[{"op":"decline"}]}',
                  "big thanks to our sponsors: Waipara Hills Garage, Amberley Four Square and Weka Pass Vineyard 🙏")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert all(n in home for n in ("Waipara Hills Garage", "Amberley Four Square", "Weka Pass Vineyard", "Stall 11"))
    assert home.count("<List") == 2


def test_items_beyond_the_room_a_list_has_go_in_a_list_of_their_own(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _stalls(root)
    _apply(root, [{"op": "add_items", "route": "/", "kind": "list", "items": [{"title": "Stall 12"}, {"title": "Stall 13"}]}],
           "add two more stalls: Stall 12 and Stall 13")
    home = _page(root, "/")
    assert "Stall 12" in home and "Stall 13" in home


@pytest.mark.parametrize("prompt", [
    "can you show on site how many simit are left today, live, I update it from my phone",
    "add a page where guests can send us money gifts online with their card",
    "can you set up illawarradinkers.com.au and put the site live on it?",
    "Please show live EUR to INR exchange rate next to prices",
    "can you show on site how many tables is free right now",
    "we want an online entry form where people pay the $20 fee",
])
def test_what_no_edit_can_do_is_declined_though_the_model_wrote_an_edit(tmp_path: Path, prompt: str) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Live","text":"it"}]}]}', prompt)
    assert result.outcome == "declined", result.message


def test_a_button_named_before_button_with_its_link_is_homes_button(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"decline"}]}', "add Instagram button, link instagram.com/zeynepsimit")
    assert result.outcome == "applied", result.message
    assert "Instagram" in _page(root, "/") and "https://instagram.com/zeynepsimit" in _page(root, "/")


def test_a_social_link_put_in_the_footer_is_shown_there(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"decline"}]}', "Put our Facebook link in the footer, facebook.com/saltcoatsseaswimmers")
    assert result.outcome == "applied", result.message
    assert "Facebook: facebook.com/saltcoatsseaswimmers" in _layout(root)


@pytest.mark.parametrize(("prompt", "shown"), [
    ("hours Mon-Sat 7:00-18:00 Sunday 8:00-13:00", ["7:00-18:00", "8:00-13:00"]),
    ("Pickup times Mon-Sat 7.00am to 7.00pm. Poya days closed.", ["7.00am to 7.00pm", "Poya days closed"]),
])
def test_hours_typed_without_commas_or_under_their_own_name(tmp_path: Path, prompt: str, shown: list[str]) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Mon-Sat","text":"7:00-18:00","title":"Sunday 8:00-13:00"}]}', prompt)
    assert result.outcome == "applied", result.message
    assert all(s in _page(root, "/") for s in shown)


def test_a_page_named_in_quotes_is_at_its_own_address(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"add_page","title":"Enter","route":"/entry","sections":["text"]}]}'
    result = _run(root, model, "Add entry info page 'Enter' — rules: use only driftwood and natural materials from the beach, "
                               "no nails longer than 10cm, max height 3 metres, entries close 10 January. Entry fee $20 adults, kids free")
    assert result.outcome == "applied", result.message
    assert "natural materials" in _page(root, "/enter")


def test_a_review_keeps_who_its_author_is_in_brackets(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"add_section","route":"/","kind":"testimonials","heading":"Bess the spaniel\'s mum",'
             '"text":"Bess comes home knackered and happy every time"}]}')
    result = _run(root, model, "add a review from Morag (Bess the spaniel's mum): 'Bess comes home knackered and happy every time'")
    assert result.outcome == "applied", result.message
    assert "Morag" in _page(root, "/")


@pytest.mark.parametrize(("prompt", "shown"), [
    ("add a line that instead of gifts we ask for donations to Lar Santa Luzia elderly home",
     "Instead of gifts we ask for donations to Lar Santa Luzia elderly home"),
    ("add we are fully insured and use pure water pole system", "We are fully insured and use pure water pole system"),
])
def test_a_line_asked_for_and_said_in_one_breath_is_shown(tmp_path: Path, prompt: str, shown: str) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Lar Santa Luzia elderly home"}]}', prompt)
    assert result.outcome == "applied", result.message
    assert shown in _page(root, "/")


def test_words_said_not_to_be_in_quotes_are_replaced_by_the_quoted_ones_after(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _text(root, "Shawls: Chal tejido a mano, 45 000 CLP.")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Chal tejido a mano"}]}',
                  "small mistake, the shawl is not 'Chal tejido a mano', change to 'Chal tejido a telar'")
    assert result.outcome == "applied", result.message
    assert "Chal tejido a telar" in _page(root, "/") and "a mano" not in _page(root, "/")


def test_a_landing_page_whose_model_heading_is_cut_from_the_typed_tagline_opens_the_site(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Crumbtrail"},{"op":"set_theme","primary":"green"},'
             '{"op":"set_text","route":"/","target":"title","text":"Never buy the third jar of mustard"}]}')
    result = _run(root, model, 'Landing page for Crumbtrail, a shared grocery list app for flatmates and families. Tagline: "Never buy '
                               'the third jar of mustard again." Clean, modern, lots of white space, green accent. iOS and Android, '
                               'launching 15 March 2027.')
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert all(s in home for s in ("Crumbtrail", "Never buy the third jar of mustard again", "15 March 2027", "iOS and Android"))


def test_entries_for_a_section_that_shows_none_are_a_list_or_not_made(tmp_path: Path) -> None:
    """A hero shows no items: entries put there were reported added and never shown."""
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"add_items","route":"/","kind":"hero","items":[{"title":"Välkommen till Gripsholm!"}]}]}'
    result = _run(root, model, "add a big 'Välkommen till Gripsholm!' greeting on the home page")
    assert result.outcome == "applied" and "Välkommen till Gripsholm!" in _page(root, "/")
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"cta","items":[{"title":"Download on the App Store"},'
                        '{"title":"Get it on Google Play"}]}]}',
                  "add 'Download on the App Store' and 'Get it on Google Play' buttons under the hero")
    assert result.outcome != "applied" and "Google Play" not in _page(root, "/")


@pytest.mark.parametrize(("prompt", "shown"), [
    ("Venue changed. New venue is Mengo Hill Secondary School main hall", "venue Mengo Hill Secondary School main hall."),
    ("Replace the venue Nsambya Community Hall with 'Mengo Hill Secondary School main hall' everywhere on the site.",
     "venue Mengo Hill Secondary School main hall."),
])
def test_a_new_venue_takes_the_place_of_the_one_the_site_shows(tmp_path: Path, prompt: str, shown: str) -> None:
    root = managed_project(tmp_path)
    _text(root, "Date: Saturday 24 April 2027, venue Nsambya Community Hall.")
    model = '{"ops":[{"op":"describe_site","name":"Mengo Hill Secondary School","tagline":"main hall"}]}'
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    assert shown in _page(root, "/") and "Nsambya" not in _page(root, "/")


def test_a_venue_named_in_other_words_elsewhere_is_not_replaced_in_one_place(tmp_path: Path) -> None:
    """"it's now at Kockska Krogen, ..., not the café" on a site that names "Slottsträdgården" twice: one of them replaced would
    leave the old venue shown."""
    root = managed_project(tmp_path)
    _apply(root, [{"op": "add_section", "route": "/", "kind": "text",
                   "text": "Party from 18:00 at Slottsträdgården Café. Parking behind Slottsträdgården."}], "add a text")
    result = _run(root, '{"ops":[{"op":"decline"}]}',
                  "oops the party venue changed!! it's now at Kockska Krogen, Frans Suells gata 3, not the café")
    assert result.outcome != "applied" or "Slottsträdgården" not in _page(root, "/")


def test_a_sentence_naming_what_the_request_keeps_is_not_all_the_removals() -> None:
    """"I dont deliver to Jaboatão anymore, only Recife and Olinda": the model's removal of "Recife and Olinda" had taken out
    the whole sentence "Delivery in Recife, Olinda and Jaboatão for R$ 20." (u252)."""
    from app.scaffold.sentenceheld import keeps_others as _keeps_others

    sentence = "Delivery in Recife, Olinda and Jaboatão for R$ 20."
    assert _keeps_others(sentence, "Recife and Olinda", "I dont deliver to Jaboatão anymore, only Recife and Olinda")
    assert not _keeps_others(sentence, "Jaboatão", "take the delivery line off, we stopped delivering")


def test_a_colour_word_in_a_quoted_tagline_is_no_colour(tmp_path: Path) -> None:
    """"Tagline: "Never buy the third jar of mustard again." ... green accent" had made the site mustard yellow."""
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Crumbtrail"},{"op":"set_theme","primary":"green"}]}')
    result = _run(root, model, 'Landing page for Crumbtrail, a shared grocery list app. Tagline: "Never buy the third jar of '
                               'mustard again." Clean, modern, lots of white space, green accent.')
    assert result.outcome == "applied", result.message
    assert "#e1ad01" not in result.plan and "green" in result.plan  # mustard's colour, and the accent asked for
