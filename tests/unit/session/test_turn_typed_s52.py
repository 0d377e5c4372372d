"""Requests as the blind sets u252-u255 typed them, each through the real turn loop with the plan the model wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import apply as _apply, page as _page, run as _run, text as _text

_SITE_NAME = '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Update"}]}'


def _items(root: Path, route: str, kind: str, items: list[tuple[str, str]], prompt: str = "add these") -> None:
    _apply(root, [{"op": "add_items", "route": route, "kind": kind,
                   "items": [{"title": t, "text": d} for t, d in items]}], prompt)


def test_a_price_names_the_item_whose_name_is_all_said_but_its_brackets(tmp_path: Path) -> None:
    """"Tuning" is "Tuning (afinación)", not "Tuning + small repair"."""
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("Tuning (afinación)", "UYU 2.500"), ("Tuning + small repair", "UYU 4.000")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"UYU 2.800 since january","text":"2.800"}]}',
                  "Tuning price change to UYU 2.800 since january")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "UYU 2.800" in home and "UYU 2.500" not in home and "UYU 4.000" in home


@pytest.mark.parametrize(("prompt", "old", "new"), [
    ("Osoyoos Orcas officially renamed to Osoyoos Killer Whales, update results", "Osoyoos Orcas", "Osoyoos Killer Whales"),
    ("The Thursday market is not Korvel anymore, it is now Westermarkt", "Korvel", "Westermarkt"),
])
def test_a_name_said_to_be_another_now_is_replaced_where_the_site_shows_it(tmp_path: Path, prompt: str, old: str,
                                                                           new: str) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("3rd Osoyoos Orcas", ""), ("Thursday Korvel market", ""), ("Saturday Reeshof market", "")])
    result = _run(root, f'{{"ops":[{{"op":"edit_item","item":"{new}","title":"{new}"}}]}}', prompt)
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert new in home and old not in home


@pytest.mark.parametrize(("prompt", "old", "new"), [
    ("Pieter moved to Cape Town sadly. Replace him with Sipho Khumalo (workshops)", "Pieter van Wyk", "Sipho Khumalo"),
    ("oops Tomasz cant be best man anymore (work stuff 😢) Best man is now Kuba Lewandowski", "Tomasz Nowak",
     "Kuba Lewandowski"),
])
def test_who_takes_someones_place_replaces_their_whole_name(tmp_path: Path, prompt: str, old: str, new: str) -> None:
    """A surname with "van" in it, and "cant" typed with no apostrophe; where the one who left went is no content."""
    root = managed_project(tmp_path)
    _items(root, "/", "team", [("Thabo Nkosi", "founder"), ("Pieter van Wyk", "workshops"), ("Tomasz Nowak", "best man")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Pieter","text":"Cape Town"}]}', prompt)
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert new in home and old not in home and "Cape Town" not in home


def test_quoted_words_said_instead_of_a_word_replace_the_line_that_holds_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _text(root, "App Mossy reminds you to water your plants. Launching Feb 2027.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Launch","text":"March 2027"}]}',
                  "launch date moved, say 'Launching March 2027' instead of Feb")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Launching March 2027" in home and "Feb" not in home


def test_headline_subline_and_button_typed_in_quotes_set_each_part(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"set_text","route":"/","target":"title","text":"Never forget to water"},'
             '{"op":"set_text","route":"/","target":"subtitle","text":"Smart reminders for every plant in your home"}]}')
    result = _run(root, model, "hero headline: 'Never forget to water again.' subline: 'Smart reminders for every plant in "
                               "your home.' CTA button: 'Join the waitlist'")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert all(w in home for w in ("Never forget to water again.", "Smart reminders for every plant", "Join the waitlist"))


@pytest.mark.parametrize(("prompt", "pairs"), [
    ("FAQ page pls: Dress code? Summer formal. Kids welcome? Yes! Parking? Free at Hotel Monopol garage",
     [("Dress code?", "Summer formal."), ("Kids welcome?", "Yes!"), ("Parking?", "Free at Hotel Monopol garage")]),
    ("FAQ: Is my bank account connected? No, SplitFlat never connects to your bank. / Which currencies? PLN, EUR, GBP and "
     "USD at launch. / Can I leave a flat? Yes, your history stays with you.",
     [("Is my bank account connected?", "No, SplitFlat never connects to your bank."),
      ("Which currencies?", "PLN, EUR, GBP and USD at launch."), ("Can I leave a flat?", "Yes, your history stays with you.")]),
])
def test_short_questions_after_faq_and_questions_parted_by_slashes_are_read(prompt: str, pairs: list[tuple[str, str]]) -> None:
    from app.scaffold import entries

    assert [(e.title, e.text) for e in entries.questions(prompt)] == pairs


def test_text_to_put_after_put_text_is_put_even_with_the_verb_answer(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_theme","foreground":"purple","font":"rounded"}]}',
                  "ok then put text: For appointments please call or send WhatsApp, I answer same day")
    assert result.outcome == "applied", result.message
    assert "I answer same day" in _page(root, "/")


def test_a_review_read_as_an_edit_of_its_author_is_added(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Sandra","text":"I hadn\'t played since school in 1982 and now I\'m hooked"}]}',
                  "testimonial: 'I hadn't played since school in 1982 and now I'm hooked' - Sandra, 67")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "played since school in 1982" in home and "Sandra" in home


@pytest.mark.parametrize(("prompt", "route", "words"), [
    ("Add a page 'Prices' - Use of tools and stand: R20 per visit (free for under 18s). Second-hand parts from R10. "
     "Full service with a mechanic R250.", "/prices", ["Use of tools and stand", "R20 per visit", "R250"]),
    ("New page 'Bikes for Learners' — we've donated 312 bikes since 2019. Schools we work with: Yeoville Boys Primary, "
     "Barnato Park High. Sponsor a bike for R1,200.", "/bikes-for-learners", ["312 bikes", "Yeoville Boys Primary"]),
    ("make About page, story of grandma: Kim Soon-ja started selling tteok from a cart at Jagalchi market in 1979. now "
     "her shop, still she makes every morning at 4am", "/about", ["Kim Soon-ja", "4am"]),
])
def test_a_new_pages_words_are_its_content_whole(tmp_path: Path, prompt: str, route: str, words: list[str]) -> None:
    """"Use of ..." is no request to use something, "New page" needs no verb, "still" in a story is no retry, and a time
    typed for a new page moves no time the site shows."""
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("Open", "8am - 7pm")])
    result = _run(root, '{"ops":[{"op":"add_page","title":"Prices","route":"/prices","sections":["features"]}]}', prompt)
    assert result.outcome == "applied", result.message
    shown = _page(root, route)
    assert all(w in shown for w in words), shown
    assert "8am - 7pm" in _page(root, "/")


def test_a_button_changed_from_whatever_it_is_takes_the_quoted_label(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_theme","foreground":"#000000","font":"rounded"}]}',
                  "change hero button text from whatever it is to 'Get Roostr free'")
    assert result.outcome == "applied", result.message
    assert "Get Roostr free" in _page(root, "/")


def test_a_note_said_under_a_pages_name_goes_on_that_page(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _apply(root, [{"op": "add_page", "title": "Prices", "route": "/prices"}], "add a Prices page")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Under","section":"pricing"}]}',
                  "under the prices also say I travel within 20 miles of Coventry for free, beyond that 45p per mile")
    assert result.outcome == "applied", result.message
    assert "45p per mile" in _page(root, "/prices")


def test_a_results_section_is_headed_results(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _apply(root, [{"op": "add_page", "title": "Fixtures", "route": "/fixtures"}], "add a Fixtures page")
    result = _run(root, '{"ops":[{"op":"add_section","route":"/fixtures","kind":"testimonials","heading":"4 Dec 2026 Keswick"}]}',
                  "Add a results section on the fixtures page: 4 Dec 2026 Keswick 3.5 - 2.5 Workington. We won!")
    assert result.outcome == "applied", result.message
    shown = _page(root, "/fixtures")
    assert "Results" in shown and "We won!" in shown


def test_a_section_named_with_a_colon_and_no_verb_holds_the_words_whole(tmp_path: Path) -> None:
    """"trainers" here are shoes, not people."""
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"team","items":[{"title":"water","text":"water bottle"}]}]}',
                  "what to bring section: trainers, water bottle, comfy clothes. bibs are provided. no jewellery on court")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "What to bring" in home and "bibs are provided" in home and "no jewellery on court" in home
