"""Requests as the blind sets u276-u281 typed them, each through the real turn loop with the plan the model wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import apply as _apply, items as _items, page as _page, pages as _pages, para as _para, run as _run, \
    text as _text


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
    ("can u connect our insta @teamkidlat.ph so our posts show up on the site automatically", '{"ops":[{"op":"decline"}]}'),
    ("We'd also love a Donate section on the home page where people can give $25, $50 or $100 by credit card right there on the "
     "site, with a tax receipt emailed to them automatically.",
     '{"ops":[{"op":"add_section","route":"/","kind":"image_text","heading":"Donate","text":"$25, $50 or $100 by credit card right there"}]}'),
    ("Is it possible guests choose dates on website and pay deposit, and the website block the room so no double booking?",
     '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Guests Choose Dates"},'
     '{"op":"add_section","route":"/","kind":"contact","heading":"No Double Booking"}]}'),
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


# Round 2: the failures of u282-u285, read after round 1 was measured on them.

@pytest.mark.parametrize(("shown", "model", "prompt", "now", "gone"), [
    ("Serenata 1 hour Q1,500, Boda 3 hours Q4,200.",
     '{"ops":[{"op":"edit_item","item":"Serenata","text":"Q1,800"},{"op":"edit_item","item":"Gasoline","text":"very expensive"}]}',
     "Serenata now Q1,800, the gasoline is very expensive.", "Serenata 1 hour Q1,800", "Q1,500"),
    ("We need $4,500 this season for parts and travel to state.",
     '{"ops":[{"op":"edit_item","item":"$5,200 bc registration","text":"$5,200 bc registration"}]}',
     "change the money goal to $5,200 bc registration went up 💀", "We need $5,200 this season", "$4,500"),
    ("Classic Tour 3 hours Q250, and Full Day with lunch 7 hours Q480. Kids under 10 free.",
     '{"ops":[{"op":"edit_item","item":"Price","text":"Full Day change"},{"op":"set_text","route":"/","target":"site_name","text":"Q520"}]}',
     "The price of Full Day change to Q520 please, the lunch is more expensive now", "Full Day with lunch 7 hours Q520", "Q480"),
    ("iOS + Android, launching Feb 2027. Built in Wellington NZ.", '{"ops":[{"op":"decline"}]}',
     "launch is March 2027 now, app store review is slow", "launching March 2027", "Feb 2027"),
])
def test_a_new_value_said_with_why_replaces_the_old(tmp_path: Path, shown: str, model: str, prompt: str, now: str, gone: str) -> None:
    """Why the value changed ("the gasoline is very expensive", "bc registration went up") is no words of what changed."""
    root = managed_project(tmp_path)
    _para(root, shown)
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert now in home and gone not in home and "expensive" not in home and "registration" not in home


def test_a_new_price_beside_a_reason_the_model_read_as_removals(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Fresh Meat")
    _para(root, route="/fresh-meat", words="8 week course for total beginners. €60 whole course, we lend gear (skates, pads, helmet).")
    model = ('{"ops":[{"op":"edit_item","item":"Fresh Meat","text":"€75"},{"op":"remove_item","item":"Hall Rent"},'
             '{"op":"remove_item","item":"Went Up"}]}')
    result = _run(root, model, "fresh meat is €75 now, hall rent went up 🙄")
    assert result.outcome == "applied", result.message
    page = _page(root, "/fresh-meat")
    assert "€75 whole course" in page and "€60" not in page


def test_a_new_time_said_with_why_replaces_the_one_shown(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("Saturday", "January 16, 2027"), ("2:00 pm", "Picture Butte Christian Reformed Church")])
    model = ('{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"1:30 pm"},'
             '{"op":"set_text","route":"/","target":"title","text":"5"}]}')
    result = _run(root, model, "Change the time to 1:30 pm, the church has another event at 5.")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "1:30 pm" in home and "2:00 pm" not in home


@pytest.mark.parametrize(("prompt", "model", "line"), [
    ("That is fine, we are old fashioned anyway. Please put: To enter a team, call Darlene at 512-398-4417 or stop by the church office.",
     '{"ops":[{"op":"edit_item","item":"To enter a team","text":"Call Darlene at 512-398-4417 or stop by"}]}',
     "To enter a team, call Darlene at 512-398-4417 or stop by the church office."),
    ("No problem, cousin Johan will do it on Facebook. Put a line: Livestream link will be posted here on January 15.",
     '{"ops":[{"op":"add_items","route":"/","kind":"image_text","items":[{"title":"Johan","text":"Livestream"}]}]}',
     "Livestream link will be posted here on January 15."),
    ("Last one, add a note at the very top: Rain or shine! If it rains we move into the Fellowship Hall.",
     '{"ops":[{"op":"add_section","route":"/","kind":"image_text","heading":"Last one, add a note","text":"Rain or shine"}]}',
     "Rain or shine! If it rains we move into the Fellowship Hall."),
])
def test_a_line_typed_after_put_goes_on_home_as_typed(tmp_path: Path, prompt: str, model: str, line: str) -> None:
    root = managed_project(tmp_path)
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert line in home and "Johan" not in home and "Last one" not in home


def test_who_stepped_down_typed_without_an_apostrophe_is_replaced(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "team", [("Ken Dawes", "President"), ("Barry Hume", "Secretary")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"barrys","text":"secretary"}]}', "barrys stepped down, secretary now Alan Mapp")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Alan Mapp" in home and "Barry" not in home and "Secretary" in home


def test_the_button_linked_to_an_address_keeps_its_label(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _apply(root, [{"op": "set_text", "route": "/", "target": "button", "text": "Get early access"}], "button: Get early access")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"button","text":"https://forms.gle/hisaabbeta"}]}',
                  "fine, link the button to https://forms.gle/hisaabbeta instead")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Get early access" in home and '"https://forms.gle/hisaabbeta"' in home and ">https://forms" not in home


def test_an_email_at_the_bottom_of_home_is_put_there(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"decline"}]}', "add our email at the bottom of home teamkidlat.rmhs@gmail.com")
    assert result.outcome == "applied", result.message
    assert "teamkidlat.rmhs@gmail.com" in _page(root, "/")


def test_new_times_of_a_class_named_with_its_times_keep_its_name(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Schedule")
    _items(root, "/schedule", "list", [("Sub-11 tuesday and thursday 18h-19h", ""), ("Sub-14 monday and wednesday 18h30-20h", "")])
    model = '{"ops":[{"op":"edit_item","item":"Sub-14","text":"monday and wednesday 19h-20h30, gym is busy"}]}'
    result = _run(root, model, "change Sub-14 to monday and wednesday 19h-20h30, gym is busy before")
    assert result.outcome == "applied", result.message
    page = _page(root, "/schedule")
    assert "Sub-14 monday and wednesday 19h-20h30" in page and "18h30-20h" not in page and "gym" not in page


def test_who_has_a_part_named_by_its_role_is_replaced(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("1:00 Open kanikapila jam", ""), ("3:30 Headliner", "Kawika and the Slack Key Boys"), ("5:00 Pau", "")])
    model = '{"ops":[{"op":"edit_item","item":"Na Hoku Trio","text":"3:30"},{"op":"edit_item","item":"Kawika","text":"family thing"}]}'
    result = _run(root, model, "Oops the headliner changed, it's now Na Hoku Trio at 3:30, Kawika had a family thing")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Na Hoku Trio" in home and "Kawika" not in home and "3:30 Headliner" in home


# Round 3: more of the failures of u282-u285.

def test_a_story_that_ends_with_still_is_put_on_its_page(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"add_page","title":"Our Story","route":"/our-story","sections":["text"]}]}'
    result = _run(root, model, "add a page 'Our Story': my gogo started selling kotas from her yard in 2009, i took over in 2022. "
                               "we use her achar recipe still 🙏")
    assert result.outcome == "applied", result.message
    page = _page(root, "/our-story")
    assert "2009" in page and "2022" in page and "achar recipe" in page


def test_words_typed_after_a_colon_never_give_way_to_a_placeholder(tmp_path: Path) -> None:
    """Where the words cannot be read, the page of placeholder text the model made is not shown as done."""
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"add_page","title":"Our Story","route":"/our-story","sections":["text"]}]}'
    result = _run(root, model, "add a page 'Our Story': my grandmother started selling kotas from her yard, it is not wrong "
                               "to say she fed the whole street every single winter")
    page = root / "app" / "our-story" / "page.tsx"
    assert result.outcome != "applied" or "grandmother" in page.read_text(), result.message
    if result.outcome != "applied":
        assert not page.exists() and "my grandmother started" in result.message


@pytest.mark.parametrize(("prompt", "line"), [
    ("add a line under the title: 'Dig. Listen. Take it home.'", "Dig. Listen. Take it home."),
    ("add a Spanish line under the title: ¡Feliz 90, abuelito!", "¡Feliz 90, abuelito!"),
])
def test_a_line_under_the_title_keeps_its_punctuation(tmp_path: Path, prompt: str, line: str) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"subtitle","text":"x"}]}', prompt)
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert line in home and f"'{line}" not in home


def test_a_sentence_under_the_title_of_another_page_is_not_home_s(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Works")
    text = "All illustrations are drawn by hand in watercolour and finished digitally."
    model = '{"ops":[{"op":"add_section","route":"/works","kind":"text","text":"' + text + '"}]}'
    result = _run(root, model, "Please add a sentence on the Works page under the title: " + text)
    assert result.outcome == "applied", result.message
    assert text in _page(root, "/works") and "watercolour" not in _page(root, "/")


def test_a_page_named_for_another_page_is_that_page(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "About")
    model = '{"ops":[{"op":"add_items","route":"/about","kind":"team","items":[{"title":"President","text":"Barry Kerslake"}]}]}'
    result = _run(root, model, "Committee for an About page: President - Barry Kerslake, Secretary - Lyn Foote (me), Treasurer - Joanne Pike.")
    assert result.outcome == "applied", result.message
    assert "Barry Kerslake" in _page(root, "/about") and not (root / "app" / "committee-for-an-about").exists()


# Round 4: the failures of u286-u289, read after round 2 was measured on them.

def test_new_prices_decided_in_brackets_replace_the_ones_shown(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "No experience needed, the first three practices are free, then subs are £4 a night or £40 for the season.")
    model = ('{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Subs","text":"£5 a night"},'
             '{"title":"Subs","text":"£50 for the season"}]}]}')
    result = _run(root, model, "Our committee voted (after a lengthy debate, I might add) to raise subs to £5 a night and £50 for the season.")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "subs are £5 a night or £50 for the season" in home and "£40" not in home and "lengthy" not in home


@pytest.mark.parametrize(("shown", "prompt", "model", "kept"), [
    # a time said to stay is not the one replaced
    ("We meet on the first Friday of the month at 7:30pm at the Araluen car park.",
     "Right, then please change the meeting time to 8pm for the summer months (October to March), 7:30pm stays for the rest of the year.",
     '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Right"},{"op":"set_text","route":"/","target":"title","text":"7:30pm"}]}',
     "at 7:30pm at the Araluen"),
    # a day's hours more ("too") are no move of the others
    ("We sell new and used tires. Open lun-sab 8am-7pm.", "domingo we open now too, 9am-2pm",
     '{"ops":[{"op":"edit_item","item":"Domingo","text":"open now"},{"op":"add_items","route":"/","kind":"list","items":[{"title":"9am-2pm"}]}]}',
     "lun-sab 8am-7pm"),
    # two who trade places are no rename of one
    ("Aunt Marlys July 5-18. Tom's family June 21-July 4.", "tom swapped with marlys. so Tom's family July 5-18 and Aunt Marlys June 21-July 4",
     '{"ops":[{"op":"edit_item","item":"Tom’s family","text":"July 5-18"},{"op":"edit_item","item":"Marlys","text":"June 21-July 4"}]}',
     "Tom's family June 21-July 4"),
])
def test_what_stays_is_not_changed(tmp_path: Path, shown: str, prompt: str, model: str, kept: str) -> None:
    """Each was a wrong edit shown as done; the turn may do the rest or say what it cannot, never replace what stays."""
    root = managed_project(tmp_path)
    _para(root, shown)
    result = _run(root, model, prompt)
    home = _page(root, "/")
    assert kept in home and "marlys" not in home, result.message


def test_a_removal_said_with_a_reason_beside_a_new_price_does_both(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Stone Room double 45 euro, Vineyard Room double 50 euro, Small Room single 30 euro. Breakfast included in all.")
    model = ('{"ops":[{"op":"remove_item","item":"Small Room"},{"op":"add_items","route":"/","kind":"list",'
             '"items":[{"title":"Stone","text":"48 euro"}]}]}')
    result = _run(root, model, "Small Room we don't rent anymore, my son lives there now :) please remove. And Stone Room price now 48 euro.")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Stone Room double 48 euro" in home and "Small Room" not in home and "please remove" not in home and "45 euro" not in home


def test_who_is_taken_out_for_another_keeps_the_time_beside_them(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("5:00 dinner", ""), ("7:00 polka band Chicago Push", ""), ("9:00 cake", "")])
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Band"},{"op":"decline"}]}',
                  "the band cancelled ugh. take out Chicago Push, put DJ Marek instead, same time")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "7:00 polka band DJ Marek" in home and "Chicago Push" not in home


def test_days_moved_from_several_to_several(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Beginners Tue & Thu 7:00, advanced Sat 8:00 on the Pampulha courts.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Mon & Wed","text":"7:00"}]}', "beginners moved to Mon & Wed 7:00 now, not Tue & Thu")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Beginners Mon & Wed 7:00" in home and "Tue" not in home and "Thu" not in home


@pytest.mark.parametrize(("prompt", "model"), [
    ("Please make the site also in Tatar and Russian language automatically, with button to switch.",
     '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Tatar and Russian","section":"cta"}]}'),
    ("can the site automatically pull my latest videos from my instagram @tainavoz 📱", '{"ops":[{"op":"decline"}]}'),
    ("can the site show my instagram @studiobiaunhas photos automatic?? so every new post goes to site 😍", '{"ops":[{"op":"decline"}]}'),
    ("put live sea weather and wind from FMI on front page, so customer see if its windy today",
     '{"ops":[{"op":"add_items","route":"/","kind":"image_text","items":[{"title":"FMI","text":"so customer see if its windy"}]}]}'),
])
def test_what_the_site_would_have_to_do_is_declined_round_4(tmp_path: Path, prompt: str, model: str) -> None:
    root = managed_project(tmp_path)
    before = _page(root, "/")
    result = _run(root, model, prompt)
    assert result.outcome == "declined", result.message
    assert _page(root, "/") == before


# What the replay of u1-u279 showed the rounds to have lost, restored.

@pytest.mark.parametrize(("prompt", "model", "route", "words"), [
    ("Make a page called Contact at /contact. Write: 17 Adeniran Ogunsanya Street, Surulere, Lagos. Open Monday to Saturday, 9am to 7pm.",
     '{"ops":[{"op":"add_page","title":"Contact","route":"/contact","sections":["contact"]}]}', "/contact", "17 Adeniran Ogunsanya Street"),
    ("make a page called Memories where ppl can read stories. add the first one: 'Grandpa taught me to fish off the South Mole when I "
     "was 5 and I still cant cast as good as him' - Jess (granddaughter)",
     '{"ops":[{"op":"add_page","title":"Memories","route":"/memory","sections":["image_text"]}]}', "/memories", "Jess (granddaughter)"),
    ("Please add our tournament: Tenma Autumn Cup, Sunday 17 October 2027, entry 1,000 yen, prize is a handmade kaya board. Please put "
     "it on new page 'Tournaments'.",
     '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Tenma Autumn Cup","text":"Sunday 17 October 2027"}]}]}',
     "/tournaments", "Tenma Autumn Cup"),
])
def test_words_after_a_colon_go_on_the_page_the_request_makes(tmp_path: Path, prompt: str, model: str, route: str, words: str) -> None:
    """A sentence that makes a page is no aside before the words for it ("Write:", "add the first one:")."""
    root = managed_project(tmp_path)
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    assert words in _page(root, route) and words not in _page(root, "/") and "Please put it" not in _page(root, route)


@pytest.mark.parametrize(("entries", "prompt", "model", "now", "gone"), [
    ([("Club", "Tuesday 19:00 - 23:00"), ("Youth training", "Friday 16:30 - 18:00")],
     "On the home page change youth training to Friday 17:00 - 18:30. The time 16:30 must not be there anymore.",
     '{"ops":[{"op":"edit_item","item":"Youth Training","text":"Friday 17:00 - 18:30"},{"op":"edit_item","item":"Time","text":"16:30"}]}',
     "Friday 17:00 - 18:30", "16:30"),
    ([("Beginners class", "Mondays 19:00"), ("Intermediate class", "Wednesdays 20:00")],
     "A small correction: the Intermediate class is on Thursdays 20:00 now, not Wednesdays",
     '{"ops":[{"op":"edit_item","item":"The Intermediate class","text":"Thursdays 20:00","title":"Not Wednesdays"}]}',
     "Thursdays 20:00", "Wednesdays"),
])
def test_new_times_of_a_thing_named_keep_its_name_and_its_detail_apart(tmp_path: Path, entries: list[tuple[str, str]], prompt: str,
                                                                      model: str, now: str, gone: str) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", entries)
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert now in home and gone not in home and " now" not in home.split(now)[0][-5:]
