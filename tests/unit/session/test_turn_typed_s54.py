"""Requests as the blind sets u276-u281 typed them, each through the real turn loop with the plan the model wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import apply as _apply, page as _page, run as _run, text as _text


def _items(root: Path, route: str, kind: str, items: list[tuple[str, str]], prompt: str = "add these") -> None:
    _apply(root, [{"op": "add_items", "route": route, "kind": kind,
                   "items": [{"title": t, "text": d} for t, d in items]}], prompt)


def _pages(root: Path, *names: str) -> None:
    for name in names:
        _apply(root, [{"op": "add_page", "title": name, "route": "/" + name.lower().replace(" ", "-")}], f"add a {name} page")


def _para(root: Path, words: str) -> None:
    _apply(root, [{"op": "add_section", "route": "/", "kind": "text", "text": words}], "add a text section to home")


def test_a_rename_and_a_new_price_of_it_are_both_done(tmp_path: Path) -> None:
    """"and make it $3.99/mo" is no part of the new name; "it" is the thing renamed."""
    root = managed_project(tmp_path)
    _pages(root, "Pricing")
    _items(root, "/pricing", "list", [("Student", "$0"), ("Campus Club", "$4.99/mo for book clubs that want group swaps")])
    model = ('{"ops":[{"op":"edit_item","item":"Campus Club","title":"Club Pass"},'
             '{"op":"set_text","route":"/","target":"site_name","text":"$3.99/mo"}]}')
    result = _run(root, model, "actually rename Campus Club to Club Pass and make it $3.99/mo")
    assert result.outcome == "applied", result.message
    page = _page(root, "/pricing")
    assert "Club Pass" in page and "$3.99/mo" in page
    assert "Campus Club" not in page and "$4.99/mo" not in page and "make it" not in page


def test_a_rename_with_another_ask_after_it_never_takes_the_ask_into_the_name(tmp_path: Path) -> None:
    """Where the other ask cannot be read, nothing is done: not a name "Club Pass and move it to the top"."""
    root = managed_project(tmp_path)
    _pages(root, "Pricing")
    _items(root, "/pricing", "list", [("Student", "$0"), ("Campus Club", "$4.99/mo")])
    model = '{"ops":[{"op":"edit_item","item":"Campus Club","title":"Club Pass"}]}'
    result = _run(root, model, "rename Campus Club to Club Pass and make it the first one on the page")
    assert "and make it" not in _page(root, "/pricing")
    assert result.outcome != "applied" or "Club Pass" in _page(root, "/pricing")


def test_a_new_price_and_a_count_of_it_are_both_done(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Packages")
    _items(root, "/packages", "list", [("Small Ceremony (up to 15 guests)", "$250"), ("Large Ceremony (up to 40 guests)", "$450")])
    model = ('{"ops":[{"op":"edit_item","item":"Small Ceremony","text":"$300"},'
             '{"op":"set_theme","primary":"white","background":"red","foreground":"red"}]}')
    result = _run(root, model, "change small ceremony to $300 and make it up to 20 guests")
    assert result.outcome == "applied", result.message
    page = _page(root, "/packages")
    assert "up to 20 guests" in page and "$300" in page and "up to 40 guests" in page
    assert "15 guests" not in page and "$250" not in page


def test_a_new_price_goes_where_the_name_shows_the_old_one_too(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("Monthly Adults 45€", "45€"), ("Kids 35€", "35€")])
    model = '{"ops":[{"op":"edit_item","item":"Price","text":"50€"}]}'
    result = _run(root, model, "The price for adults go up to 50€ from January. change it pls")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Monthly Adults 50€" in home and "45€" not in home and "Kids 35€" in home


@pytest.mark.parametrize(("shown", "prompt", "now"), [
    ("250 meals a day. 38 volunteers. 6 years serving Katutura.",
     "Change the volunteers number to 45, we got new people from the university 🙌", "45 volunteers"),
    ("Fridge gets restocked Mon, Wed and Sat mornings.", "restock days changed, now Tue, Thu and Sat mornings", "Tue, Thu and Sat"),
])
def test_a_count_or_the_days_said_now_replace_the_ones_shown(tmp_path: Path, shown: str, prompt: str, now: str) -> None:
    root = managed_project(tmp_path)
    _text(root, shown)
    model = '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"45"},{"op":"set_theme","primary":"purple"}]}'
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert now in home and "38 volunteers" not in home and "Mon, Wed" not in home


def test_days_said_now_beside_several_runs_shown_are_not_guessed(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _text(root, "Fridge gets restocked Mon, Wed and Sat mornings. Volunteers meet Tue and Thu.")
    model = '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Tue"}]}'
    result = _run(root, model, "restock days changed, now Tue, Thu and Sat mornings")
    assert result.outcome != "applied", result.message
    assert "Mon, Wed and Sat" in _page(root, "/")


def test_a_line_typed_after_a_colon_goes_under_the_name(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"set_text","route":"/","target":"title","text":"This sentence"},'
             '{"op":"set_text","route":"/","target":"site_name","text":"Put this sentence"}]}')
    result = _run(root, model, "Then only put this sentence in Arabic under the name on home: حلويات ست وداد - طرابلس")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "حلويات ست وداد - طرابلس" in home and "This sentence" not in home
    assert "Put this sentence" not in (root / "lib" / "site.ts").read_text()


def test_hours_with_a_season_of_their_own_are_all_kept(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"edit_item","item":"Opening hours","text":"every day 7:00 - 23:00"}]}'
    result = _run(root, model, "Opening hours please: every day 7:00 - 23:00. In Ramadan open until 2:00 after midnight.")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "7:00 - 23:00" in home and "In Ramadan" in home and "open until 2:00 after midnight" in home


def test_who_is_taken_off_is_replaced_by_who_comes(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("Ramiro Fuentes", "director, vihuela"), ("Lalo Medina", "guitarrón"), ("Marisol Fuentes", "violín")])
    model = ('{"ops":[{"op":"remove_item","item":"Lalo"},'
             '{"op":"set_text","route":"/","target":"site_name","text":"Toño Villalobos"}]}')
    result = _run(root, model, "quita Lalo, he moved to Tijuana 😢 new guitarrón is Toño Villalobos")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Toño Villalobos" in home and "Lalo" not in home and "guitarrón" in home
    assert "Toño Villalobos" not in (root / "lib" / "site.ts").read_text().split("pages")[0]


def test_a_page_named_with_for_in_it_keeps_its_whole_name(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"M S/ 1800","text":"giant talon S/ 1500"},'
             '{"title":"M S/ 1800","text":"giant talon S/ 1500"}]}]}')
    result = _run(root, model, "bikes for sale page: trek marlin 5 talla M S/ 1800, giant talon S/ 1500, bici niño rodado 20 S/ 350")
    assert result.outcome == "applied", result.message
    page = _page(root, "/bikes-for-sale")
    assert all(p in page for p in ("S/ 1800", "S/ 1500", "S/ 350"))
    assert not (root / "app" / "sale").exists()


@pytest.mark.parametrize(("prompt", "model"), [
    ("Add a 'Memories' section where anyone in the family can upload their own photos of Nana from their phone",
     '{"ops":[{"op":"add_section","route":"/","kind":"image_text","heading":"Memories"}]}'),
    ("Put a section on home page with ice thickness today, it should update itself from our measuring sensor on the lake.",
     '{"ops":[{"op":"add_section","route":"/","kind":"image_text","heading":"Ice Thickness","text":"it should update itself"}]}'),
])
def test_what_the_site_would_have_to_do_by_itself_is_declined(tmp_path: Path, prompt: str, model: str) -> None:
    root = managed_project(tmp_path)
    before = _page(root, "/")
    result = _run(root, model, prompt)
    assert result.outcome == "declined", result.message
    assert _page(root, "/") == before


def test_a_new_price_in_naira_with_its_reason_replaces_the_one_shown(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _text(root, "Hand pump borehole N650,000; Motorized 60m with 1.5hp pump N1,450,000; Industrial 120m N3,800,000.")
    model = '{"ops":[{"op":"edit_item","item":"N1,650,000","text":"dollar rate"}]}'
    result = _run(root, model, "motorized now N1,650,000 because of dollar rate")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "pump N1,650,000" in home and "N1,450,000" not in home and "N650,000" in home and "dollar rate" not in home


def test_new_hours_replace_the_one_hours_entry_shown(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "contact", [("Address", "300 Edward Street"), ("Hours", "Saturdays 10am to 1pm")])
    model = ('{"ops":[{"op":"edit_item","item":"Saturdays","text":"10am to 2pm"},'
             '{"op":"edit_item","item":"Wednesdays","text":"5pm to 7pm"}]}')
    result = _run(root, model, "Our hours are changing, it's now Saturdays 10am to 2pm and Wednesdays 5pm to 7pm.")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Saturdays 10am to 2pm and Wednesdays 5pm to 7pm" in home and "10am to 1pm" not in home and "changing" not in home


def test_the_name_of_a_menu_entry_is_the_page_renamed(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Rooms", "Wines")
    model = ('{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Rooms to Stay"},'
             '{"op":"set_text","route":"/","target":"site_name","text":"Us"}]}')
    result = _run(root, model, "Change name of menu Rooms to Stay with us")
    assert result.outcome == "applied", result.message
    nav = (root / "lib" / "site.ts").read_text()
    assert "Stay with us" in nav and '"Rooms"' not in nav and '"Us"' not in nav


def test_a_page_asked_with_plz_and_an_emoji_gets_the_words_typed_after(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"add_page","title":"Pricing","route":"/pricing","sections":["pricing"]}]}'
    result = _run(root, model, "pricing page plz 💸 Free for nurses forever. Units pay $4 per nurse per month. Hospitals - contact us")
    assert result.outcome == "applied", result.message
    page = _page(root, "/pricing")
    assert "Free for nurses forever" in page and "$4 per nurse per month" in page and "Hospitals" in page


def test_what_this_is_said_before_write_this_on_a_page_goes_there_too(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Tours")
    model = '{"ops":[{"op":"set_text","route":"/tours","target":"site_name","text":"Tours"}]}'
    result = _run(root, model, "Season is only June 1 to September 15, please write this on Tours page. In winter is too cold, minus 30 degree.")
    assert result.outcome == "applied", result.message
    page = _page(root, "/tours")
    assert "Season is only June 1 to September 15." in page and "minus 30 degree" in page


def test_a_thing_no_longer_done_goes_from_each_list_that_names_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Lawn mowing business in Nuku'alofa, Tonga. Services: lawn mowing, hedge trimming, yard clean up.")
    _para(root, "Small yard T$25, big yard T$45, hedge trimming T$15 a hour, yard clean up T$60")
    model = '{"ops":[{"op":"remove_item","item":"Yard Clean Up"}]}'
    result = _run(root, model, "remove yard clean up, not doing it anymore")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "yard clean up" not in home and "T$60" not in home
    assert "lawn mowing, hedge trimming" in home and "hedge trimming T$15 a hour" in home and "big yard T$45" in home
