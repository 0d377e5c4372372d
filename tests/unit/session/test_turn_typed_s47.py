"""Requests as the blind sets u214-u217 typed them, each through the real turn loop with the plan the model wrote."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import run as _run, page as _page


def _opened_with_a_list(root: Path, items: list[tuple[str, str]], prompt: str) -> None:
    """An opening prompt whose home page has the placeholder list, then the user's priced entries in it."""
    opener = {"ops": [{"op": "describe_site", "name": "Mbale Fresh Squeeze", "tagline": "fresh juice in Mbale town",
                       "sections": ["list", "cta"]}]}
    assert _run(root, json.dumps(opener), "a site for Mbale Fresh Squeeze, fresh juice in Mbale town").outcome == "applied"
    listed = {"ops": [{"op": "add_items", "route": "/", "kind": "list", "items": [{"title": t, "text": d} for t, d in items]}]}
    assert _run(root, json.dumps(listed), prompt).outcome == "applied"


_JUICES = [("Mango juice 500ml", "UGX 3,000"), ("Passion juice 500ml", "UGX 3,500"), ("Pineapple mint 500ml", "UGX 3,000")]
_JUNK = '{"ops":[{"op":"add_items","route":"/","kind":"features","items":[{"title":"Juices"},{"title":"Put it in the menu"}]}]}'


def test_a_price_list_filling_the_placeholder_hours_loses_their_heading(tmp_path: Path) -> None:
    """The user's juices took the place of the opener's placeholder hours under the heading "Opening hours"."""
    root = managed_project(tmp_path)
    _opened_with_a_list(root, _JUICES, "our juices: Mango juice 500ml UGX 3,000, Passion juice 500ml UGX 3,500, ...")
    home = _page(root, "/")
    assert "Mango juice 500ml" in home and "Opening hours" not in home


@pytest.mark.parametrize(("prompt", "route"), [
    ("Put the juices on a own page called Juices and put it in the menu", "/juices"),
    ("make separate page Products and move the list there, add to menu", "/products"),
    ("Make page Drinks and put them there, each drink as a card", "/drinks"),
    ("make Menu page w/ those + link in nav", "/menu"),
    ("Please create a Prices page and move the juices there. Add it to the navigation.", "/prices"),
    ("make a Menu page and put the menu there instead of home", "/menu"),
])
def test_content_the_site_shows_moves_to_the_page_made_for_it(tmp_path: Path, prompt: str, route: str) -> None:
    """The model made an empty page (or a list of the request's words, or declined); the list now moves, whole."""
    root = managed_project(tmp_path)
    _opened_with_a_list(root, _JUICES, "our juices: ...")
    result = _run(root, _JUNK, prompt)
    assert result.outcome == "applied", result.message
    assert "Passion juice 500ml" in _page(root, route) and "UGX 3,500" in _page(root, route)
    assert "Passion juice 500ml" not in _page(root, "/")
    assert route in (root / "lib" / "site.ts").read_text()  # in the navigation
    # a new entry of that shape goes into the list where it now is
    added = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Guava juice 500ml","text":"UGX 3,500"}]}]}',
                 "new product: Guava juice 500ml UGX 3,500")
    assert added.outcome == "applied" and "Guava juice 500ml" in _page(root, route)


def test_a_pricing_section_moves_with_its_tiers(tmp_path: Path) -> None:
    """Tiers are no entries an add_items op carries: the section itself moves."""
    root = managed_project(tmp_path)
    tiers = ('{"ops":[{"op":"add_items","route":"/","kind":"pricing","items":[{"title":"Free","text":"up to 5 plants"},'
             '{"title":"Leafnote Plus","text":"39 kr/month"}]}]}')
    assert _run(root, tiers, "pricing: Free - up to 5 plants. Leafnote Plus - 39 kr/month").outcome == "applied"
    model = '{"ops":[{"op":"add_nav_link","label":"Pricing","href":"/pricing"}]}'
    result = _run(root, model, "Put pricing on its own page /pricing and link it from the top nav")
    assert result.outcome == "applied", result.message
    assert "Leafnote Plus" in _page(root, "/pricing") and "39 kr/month" in _page(root, "/pricing")
    assert "Leafnote Plus" not in _page(root, "/")


def test_a_button_with_the_number_it_calls(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"decline"}]}', "add button App Hendrik with my number +31 6 2345 6789")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "App Hendrik +31 6 2345 6789" in home and "tel:+31623456789" in home


def test_a_button_in_a_colour_of_its_own_says_the_colour_was_not_used(tmp_path: Path) -> None:
    """The model changed the theme to yellow; the button goes in with its label, and the turn says that its own
    colour, which no edit plan sets, was not used."""
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_theme","primary":"yellow"}]}', "Put a yellow button 'WhatsApp Lien' on top")
    assert result.outcome == "applied", result.message
    assert "WhatsApp Lien" in _page(root, "/") and "Not used from your request: yellow." in result.message
    assert "yellow" not in (root / "app" / "theme.css").read_text().casefold()


def test_quotes_each_signed_by_with_a_comma_between(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"set_theme","primary":"purple","background":"navy","foreground":"red"}]}'
    prompt = ("3 quotes pls: 'first app that made me stop hitting snooze' by Maya R., 'weirdly accurate, I feel less "
              "groggy' by Tom B., 'my 5am shifts are bearable now' by Grace O.")
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert all(words in home for words in ("Maya R.", "Tom B.", "Grace O.", "weirdly accurate, I feel less groggy"))


@pytest.mark.parametrize(("team", "prompt", "model", "comes", "goes"), [
    ([("Kari Nyborg", "treasurer"), ("Tomas Berg", "social")], "Tomas Berg has stepped down, Linnea Haug takes over social.",
     '{"ops":[{"op":"decline"},{"op":"rename_page","route":"/","new_route":"/","title":"Linnea Haug"}]}', "Linnea Haug", "Tomas Berg"),
    ([("Coach Selma Amupolo", "girls teams"), ("Coach Frans Goagoseb", "goalkeepers")],
     "Coach Frans is leaving for Swakopmund. Goalkeepers now with Coach Ndapewa Shikongo",
     '{"ops":[{"op":"edit_item","item":"Coach Frans","text":"Swakopmund"},{"op":"edit_item","item":"Swakopmund"}]}',
     "Coach Ndapewa Shikongo", "Frans Goagoseb"),
])
def test_who_comes_said_after_who_goes(tmp_path: Path, team: list[tuple[str, str]], prompt: str, model: str,
                                       comes: str, goes: str) -> None:
    root = managed_project(tmp_path)
    listed = {"ops": [{"op": "add_items", "route": "/", "kind": "team", "items": [{"title": t, "text": d} for t, d in team]}]}
    assert _run(root, json.dumps(listed), "team: " + ", ".join(f"{t} ({d})" for t, d in team)).outcome == "applied"
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert comes in home and goes not in home and team[0][0] in home


def test_a_reason_beside_the_edit_is_no_request_of_its_own(tmp_path: Path) -> None:
    """The model wrote the right replacement and a decline beside it, which had declined the whole turn."""
    root = managed_project(tmp_path)
    text = '{"ops":[{"op":"add_section","route":"/","kind":"text","text":"Entry fee $320 per team of 4."}]}'
    assert _run(root, text, "Entry fee $320 per team of 4.").outcome == "applied"
    model = ('{"ops":[{"op":"replace_text","old":"Entry fee $320 per team of 4.","new":"Entry fee $340 per team of 4."},'
             '{"op":"decline"}]}')
    result = _run(root, model, "change the entry fee to $340, the hall went up")
    assert result.outcome == "applied", result.message
    assert "$340" in _page(root, "/") and "$320" not in _page(root, "/")


def test_a_price_in_soles_is_a_price(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    text = '{"ops":[{"op":"add_section","route":"/","kind":"text","text":"Anticucho de corazón S/ 12, Rachi S/ 14, Choncholí S/ 10"}]}'
    assert _run(root, text, "menu: Anticucho de corazón S/ 12, Rachi S/ 14, Choncholí S/ 10").outcome == "applied"
    result = _run(root, '{"ops":[{"op":"edit_item","item":"S/ 15"}]}', "rachi is S/ 15 now")
    assert result.outcome == "applied", result.message
    assert 'title: "Rachi", text: "S/ 15"' in _page(root, "/") and 'title: "Anticucho de corazón", text: "S/ 12"' in _page(root, "/")


@pytest.mark.parametrize(("entries", "prompt", "model", "now", "gone"), [
    # the time is said in the entry's own words, not its name; the model edited an item "Banquet" there is none of
    ([("Saturday 20 Feb", "draws at 08:00, 11:00, 14:00 and 17:00, banquet at 20:00")],
     "Change the banquet time to 19:30, the hotel asked us to move it.",
     '{"ops":[{"op":"edit_item","item":"Banquet","text":"19:30"}]}', "banquet at 19:30", "20:00"),
    # two times typed: the one the site shows goes, with its "pm"; the model set the page's heading to "12:30"
    ([("Puja 10 am", "Lunch 12:30 pm"), ("Cake cutting", "4 pm")], "Change lunch time to 1 pm, cooks said 12:30 is too early",
     '{"ops":[{"op":"set_text","route":"/","target":"title","text":"12:30"}]}', "1 pm", "12:30"),
])
def test_a_time_moved_of_the_thing_named(tmp_path: Path, entries: list[tuple[str, str]], prompt: str, model: str,
                                         now: str, gone: str) -> None:
    root = managed_project(tmp_path)
    listed = {"ops": [{"op": "add_items", "route": "/", "kind": "list", "items": [{"title": t, "text": d} for t, d in entries]}]}
    assert _run(root, json.dumps(listed), "programme: " + ", ".join(f"{t} {d}" for t, d in entries)).outcome == "applied"
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    assert now in _page(root, "/") and gone not in _page(root, "/")


@pytest.mark.parametrize(("prompt", "model", "typed"), [
    # the model edited the placeholder "Monday to Friday" into "Sunday" (a wrong edit shown as done)
    ("hours: Monday to Saturday 6 pm to 11 pm, Sunday closed",
     '{"ops":[{"op":"edit_item","item":"Monday to Saturday","text":"6 pm to 11 pm","title":"Sunday"}]}',
     ("Monday to Saturday", "6 pm to 11 pm", "Sunday", "closed")),
    # the model split the Friday break off and gave Sunday Saturday's hours; "close ... for prayer" was no day's hours
    ("opening hour pls. Monday to Saturday 8am - 6pm, Friday close 12pm to 3pm for prayer. Sunday 8am - 1pm",
     '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Monday to Saturday","text":"8am - 6pm"},'
     '{"title":"Friday","text":"12pm to 3pm"},{"title":"Sunday","text":"8am - 6pm"}]}]}',
     ("close 12pm to 3pm for prayer", "8am - 1pm")),
])
def test_hours_typed_alone_replace_the_placeholder_hours(tmp_path: Path, prompt: str, model: str, typed: tuple[str, ...]) -> None:
    root = managed_project(tmp_path)
    opener = {"ops": [{"op": "describe_site", "name": "Keropok Pak Hamid", "tagline": "keropok lekor in Losong", "sections": ["list"]}]}
    assert _run(root, json.dumps(opener), "a site for Keropok Pak Hamid, keropok lekor in Losong").outcome == "applied"
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert all(words in home for words in typed) and "9am to 5pm" not in home


def test_a_whatsapp_number_and_an_address_with_no_street_word(tmp_path: Path) -> None:
    """"Jalan" is a street in Malay: the address is read by what says it is one; the model's entries cut it short."""
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"add_items","route":"/","kind":"contact","items":[{"title":"whatsapp","text":"013-987 4521"},'
             '{"title":"address","text":"Losong Haji Su, 21000"}]}]}')
    result = _run(root, model, "put whatsapp number 013-987 4521 and address Jalan Losong Haji Su, 21000 Kuala Terengganu")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "013-987 4521" in home and "Jalan Losong Haji Su, 21000 Kuala Terengganu" in home and "WhatsApp" in home


def test_a_note_added_under_what_it_is_called(tmp_path: Path) -> None:
    """"add dress code: ..." types no name or price: the model declined, and nothing read it in its place."""
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"decline"}]}', "add dress code: traditional please, ladies in nauvari if possible 😊")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Dress code" in home and "Traditional please, ladies in nauvari if possible" in home


def test_a_price_per_unit_in_a_currency_typed_after_the_amount(tmp_path: Path) -> None:
    """Tongan paʻanga after the amount, then what the price is for: the entry's detail, into the priced list."""
    root = managed_project(tmp_path)
    listed = ('{"ops":[{"op":"add_page","title":"Services","route":"/services"},{"op":"add_items","route":"/services",'
              '"kind":"list","items":[{"title":"Lawn mowing","text":"40 TOP"},{"title":"Hedge trimming","text":"25 TOP"}]}]}')
    assert _run(root, listed, "add a Services page: Lawn mowing - 40 TOP, Hedge trimming - 25 TOP").outcome == "applied"
    model = ('{"ops":[{"op":"add_items","route":"/","kind":"features","items":[{"title":"Coconut tree trimming 30",'
             '"text":"TOP"}]}]}')
    result = _run(root, model, "add new service Coconut tree trimming 30 TOP per tree")
    assert result.outcome == "applied", result.message
    page = _page(root, "/services")
    assert '"Coconut tree trimming"' in page and "30 TOP per tree" in page


def test_a_feature_after_add_and_a_colon_stays_declined(tmp_path: Path) -> None:
    """A note's name is a few small words; "an interactive live demo" that syncs in realtime is a feature."""
    root = managed_project(tmp_path)
    before = _page(root, "/")
    result = _run(root, '{"ops":[{"op":"decline"}]}', "add an interactive live demo: visitor edits a list on the left phone "
                  "and it syncs to the right phone in realtime, backed by our real sync server")
    assert result.outcome == "declined" and _page(root, "/") == before
