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


# Round 2: from the failures of u256-u259.


def test_a_section_called_by_name_holds_the_sentences_after_its_name(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"add_section","route":"/","kind":"image_text","heading":"Cabin History","text":"Olaf Haugen '
             'built the cabin with his brother Arne in the summer of 1962 using pine from their own land"}]}')
    result = _run(root, model, "Please add a section on the front page called Cabin History. My father Olaf Haugen built the "
                               "cabin with his brother Arne in the summer of 1962 using pine from their own land. The sauna "
                               "was added in 1978.")
    assert result.outcome == "applied", result.message
    assert "The sauna was added in 1978." in _page(root, "/")


@pytest.mark.parametrize(("prompt", "old", "new"), [
    ("last thing change the price to $12 a night, machines arent cheap to fix haha", "$10", "$12"),
    ("Excuse me, price is changed. From April it is 7000 yen. Please change.", "6500 yen", "7000 yen"),
])
def test_a_new_price_for_the_one_price_the_site_shows_replaces_it(tmp_path: Path, prompt: str, old: str, new: str) -> None:
    root = managed_project(tmp_path)
    _text(root, f"League nights every Tuesday, {old} a night." if "$" in old else f"Soba class {old} per person.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Price","text":"April it is"}]}', prompt)
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert new in home and old not in home


def test_the_one_price_is_not_read_where_the_site_shows_two(tmp_path: Path) -> None:
    from app.scaffold import pricefit
    from app.scaffold.source import open_source

    root = managed_project(tmp_path)
    _items(root, "/", "list", [("Small yard", "$35"), ("Big yard", "$45")])
    assert pricefit.only_price("change the price to $50 now", open_source(root).read().site) is None


def test_things_to_add_with_an_arrow_inside_are_no_replacement(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _text(root, "Plant ID questions are answered here.")
    result = _run(root, '{"ops":[{"op":"decline"}]}', "add 3 feature cards: Smart reminders (adjusts to weather), Plant ID "
                                                    "(point camera, get name), Plant doctor (photo of sick leaf -> diagnosis)")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Smart reminders" in home and "Plant doctor" in home and "Plant ID questions" in home


@pytest.mark.parametrize(("prompt", "route", "words"), [
    ("make the /privacy page too, short: we store your plant list on your device only. no ads no tracking.", "/privacy",
     ["on your device only"]),
    ("All right. Instead please make a page Summer 2027 Schedule with this list: June 5-12 Karen and Tom. June 12-19 "
     "Erik's family.", "/summer-2027-schedule", ["Karen and Tom"]),
    ("Add page About dombra: Dombra is two-string instrument of Kazakh people.", "/about-dombra", ["two-string"]),
    ('Add a page called "What to Bring": comfortable shoes with smooth soles (no boots with big treads please!), a water '
     "bottle, and a sweater.", "/what-to-bring", ["smooth soles", "water bottle"]),
    ('Add a page "The Sheep" about my flock: 34 sheep on the hillside above Kirkjubøur. They are never dyed, the colours '
     "are natural: white, grey, brown and black.", "/the-sheep", ["34 sheep", "Kirkjubøur"]),
])
def test_a_new_page_named_in_more_ways_holds_its_words(tmp_path: Path, prompt: str, route: str, words: list[str]) -> None:
    """A page by its address, a year or a small word in its name, and words in brackets or of colours in its text."""
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_page","title":"About","route":"/about","sections":["features"]}]}', prompt)
    assert result.outcome == "applied", result.message
    shown = _page(root, route)
    assert all(w in shown for w in words), shown


def test_something_swapped_out_for_another_is_replaced(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("Godzilla", "Stern"), ("Medieval Madness", "Williams")])
    result = _run(root, '{"ops":[{"op":"decline"}]}', "godzilla is getting swapped out for Jurassic Park next month, update "
                                                    "machines pls")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Jurassic Park" in home and "Godzilla" not in home and "next month" not in home


@pytest.mark.parametrize(("prompt", "shown", "old", "new"), [
    ("Opening hours change: Saturday now 10-14 Uhr", "Open Mo-Fr 16-19 Uhr, Sa 10-13 Uhr", "10-13 Uhr", "10-14 Uhr"),
    ("I'm told the hours have changed. Thursday evening is now 5.30pm to 7.30pm. Saturday stays the same.",
     "Saturday 9am to 12pm and Thursday evening 6pm to 8pm.", "6pm to 8pm", "5.30pm to 7.30pm"),
    ("Change the opening: now Tuesday to Saturday 13h to 19h, because of school schedule.",
     "Open Tuesday to Saturday, 14h to 19h.", "14h to 19h", "13h to 19h"),
])
def test_the_time_of_the_day_named_changes(tmp_path: Path, prompt: str, shown: str, old: str, new: str) -> None:
    """"Sa" is Saturday; "Open" names none of the hours; a day said to stay is not the one changed; "13h to 19h" is one
    range."""
    root = managed_project(tmp_path)
    _text(root, shown)
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"title","text":"Saturday"}]}', prompt)
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert new in home and old not in home


def test_why_said_after_a_new_name_is_not_part_of_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("Tita Lorna", ""), ("her bestfriend Janelle", "")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Janelle","text":"in Manila that week"}]}',
                  "Change Janelle to Kristine, Janelle is in Manila that week 😔")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "her bestfriend Kristine" in home and "Manila" not in home


@pytest.mark.parametrize(("prompt", "href"), [
    ('add button "Join us" on home that goes to whatsapp https://wa.me/59899123456', "https://wa.me/59899123456"),
    ('Please add a button "How to come" that go to Google map: https://maps.google.com/?q=3-8-12+Ote', "https://maps.google.com"),
])
def test_a_button_to_an_address_named_before_it_links_there(tmp_path: Path, prompt: str, href: str) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"button","text":"x"}]}', prompt)
    assert result.outcome == "applied", result.message
    assert href in _page(root, "/")


@pytest.mark.parametrize(("prompt", "words"), [
    ("Okay, that's fine. Tickets will be sold at the door, cash or check only. Please say that on the site.",
     "Tickets will be sold at the door"),
    ("add that i only do west fargo and south fargo bc i ride my bike w the mower lol", "I only do west fargo"),
    ("Takk fyri! Last thing: on the home page, add that my workshop is open for visitors in summer: June to August, "
     "Thursday 13-17, or by appointment.", "My workshop is open for visitors in summer: June to August"),
])
def test_a_note_said_in_more_ways_goes_on_home_as_typed(tmp_path: Path, prompt: str, words: str) -> None:
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Takk"},{"title":"Last thing","text":"on the home"}]}]}'
    result = _run(root, model if "Takk" in prompt else '{"ops":[{"op":"decline"}]}', prompt)
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert words in home and "Okay, that's fine" not in home


def test_a_move_in_the_menu_between_pages_named_in_several_words_is_done(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _apply(root, [{"op": "add_page", "title": "The Tradition", "route": "/the-tradition"}], "add a page The Tradition")
    _apply(root, [{"op": "add_page", "title": "Workshops", "route": "/workshops"}], "add a Workshops page")
    result = _run(root, '{"ops":[{"op":"add_nav_link","label":"Workshops","href":"/workshops"}]}',
                  "Please put 'Workshops' before 'The Tradition' in the top menu.")
    assert result.outcome == "applied", result.message
    nav = (root / "lib" / "site.ts").read_text()
    assert nav.index("/workshops") < nav.index("/the-tradition")


def test_who_comes_said_before_not_and_who_goes(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "team", [("Chair", "Mr. Paul Ssenyonga"), ("Treasurer", "Mrs. Agnes Atim")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Apologies","text":"Mr. Denis Okello","title":"Mrs. Atim"}]}',
                  "Apologies, the treasurer has changed. It is now Mr. Denis Okello, not Mrs. Atim.")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Mr. Denis Okello" in home and "Atim" not in home and "Mr. Paul Ssenyonga" in home


def test_reviews_stay_reviews_where_another_page_has_a_list(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _apply(root, [{"op": "add_page", "title": "Weekly Menu", "route": "/weekly-menu"}], "add a Weekly Menu page")
    _items(root, "/weekly-menu", "list", [("Mon", "moong dal, aloo posto"), ("Tue", "cholar dal, begun bhaja")])
    model = ('{"ops":[{"op":"add_items","route":"/","kind":"testimonials","items":[{"title":"Arnab","text":"Tastes exactly '
             'like my dida\'s cooking"}]}]}')
    result = _run(root, model, "add reviews 🌟 'Tastes exactly like my dida's cooking' - Arnab, Sector V and 'Never late in "
                               "6 months!' - Ritika, TCS")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Never late in 6 months!" in home and "Ritika, TCS" in home


def test_something_sold_with_another_there_instead_takes_its_place(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _text(root, "Shawls for sale: Lily of the Valley shawl 290 EUR, Nupp Rose shawl 340 EUR.")
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Nupp Rose shawl"}]}',
                  "I have sold the Nupp Rose shawl. Please remove it. Instead there is 'Sea Foam' shawl for 310 EUR.")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Sea Foam" in home and "310 EUR" in home and "Nupp Rose" not in home and "Lily of the Valley" in home


# Offline after round 2 (from u256-u259 as well).


def test_a_plan_named_by_its_kind_is_renamed_where_the_pricing_shows_it(tmp_path: Path) -> None:
    """The site's words include its plans' names, prices and features."""
    root = managed_project(tmp_path)
    _items(root, "/", "pricing", [("free", "5 plants"), ("pro", "€2.99/mo unlimited plants"), ("family", "€4.99/mo up to 5")])
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Household"}]}',
                  "rename family plan to 'Household'")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Household" in home and "family" not in home


def test_who_left_said_before_who_comes_is_replaced_inside_a_paragraph(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _apply(root, [{"op": "add_page", "title": "Our Team", "route": "/our-team"}], "add an Our Team page")
    words = "Sarah Namutebi - Head Coach, Brenda Akello - Assistant Coach, Joseph Ssemwogerere - Team Manager, Dr."
    _apply(root, [{"op": "add_section", "route": "/our-team", "kind": "text", "text": words}], f"On Our Team page: {words}")
    model = ('{"ops":[{"op":"remove_item","item":"Brenda"},{"op":"add_items","route":"/","kind":"team","items":[{"title":'
             '"Grace Atim","text":"Assistant Coach"}]}]}')
    result = _run(root, model, "Brenda has left for studies, please remove her. Add Grace Atim - Assistant Coach instead.")
    assert result.outcome == "applied", result.message
    team = _page(root, "/our-team")
    assert "Grace Atim" in team and "Brenda" not in team and "Sarah Namutebi" in team


@pytest.mark.parametrize("prompt", [
    "can the site show my instagram posts automatically? @titamarivicyyc",
    "show my latest insta posts on the homepage pls, handle @shorshetiffin 📸",
    "Can the website be also in English and French and Turkish automatic? Many users are not German.",
    "Can guests RSVP on the website and I see a list of who's coming with how many people?",
    "Could the site take a 50% deposit by card when someone orders?",
    "Can clients pick a date from a calendar and book me directly on the site?",
    "Is possible the clients choose day and hour in a calendar and it reserve automatic?",
    "Can family members pay the registration fee of $75 on the website with card or Zelle?",
])
def test_what_the_site_would_have_to_do_is_declined_whatever_the_model_wrote(tmp_path: Path, prompt: str) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"contact","items":[{"title":"Instagram","text":"@x"}]}]}',
                  prompt)
    assert result.outcome == "declined", result.message


@pytest.mark.parametrize("prompt", ["website for my driving school. Kerb Appeal Driving, Leicester. manual and automatic lessons.",
                                    "Add our opening line: RSVP by June 1 to Maria"])
def test_such_words_in_content_are_no_feature(prompt: str) -> None:
    from app.scaffold import scope

    assert not scope.asks_for_action(prompt)


# Offline, from the failures of u260.


@pytest.mark.parametrize("prompt", [
    "Would it be possible to have an online catalog where members can see which tools are checked out right now and "
    "reserve them? We have about 900 tools.",
    "Could we add a 'Donate' button so folks can give money by credit card right on the site?",
])
def test_more_of_what_the_site_would_do_is_declined(tmp_path: Path, prompt: str) -> None:
    root = managed_project(tmp_path)
    _text(root, "We lend 5 tools to each member.")
    result = _run(root, '{"ops":[{"op":"add_section","route":"/","kind":"cta","heading":"Donate"}]}', prompt)
    assert result.outcome == "declined", result.message


def test_a_waiting_time_in_a_pages_text_is_no_live_queue(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_page","title":"Commissions","route":"/com-missions","sections":["text"]}]}',
                  "Add a 'Commissions' page: Small panels from 900 lei. Windows and doors – price per square metre, from "
                  "3,500 lei/m². Waiting time now is about 4 months. Write to studio@mirelavitralii.ro")
    assert result.outcome == "applied", result.message
    assert "about 4 months" in _page(root, "/commissions")


def test_a_button_that_opens_a_mailto_address_links_there(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"button","text":"Join beta"},{"op":"decline"}]}',
                  "ok instead add a button 'Join beta' that opens mailto:beta@vesiveli.app")
    assert result.outcome == "applied", result.message
    assert "mailto:beta@vesiveli.app" in _page(root, "/")


def test_a_place_said_instead_of_the_one_shown_replaces_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _text(root, "Sunday August 15: family picnic at Berdawni, bring your own food.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Berdawni","text":"too crowded"}]}',
                  "change the picnic to Saturday at Wadi el Arayesh instead of Berdawni, too crowded in august")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Wadi el Arayesh" in home and "Berdawni" not in home


def test_a_fee_in_cents_is_a_price(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _text(root, "Borrow for a week. Late fee is 50 cents a day per tool.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Board","text":"25 cents a day"}]}',
                  "Our board voted to change the late fee to 25 cents a day. Please update that.")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "25 cents a day" in home and "50 cents" not in home


def test_questions_quoted_with_an_arrow_before_the_answer_are_an_faq(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"add_items","route":"/","kind":"faq","items":[{"title":"Do you ship outside Cebu?","text":'
             '"yes"}]}]}')
    result = _run(root, model, "add FAQ: 'Do you ship outside Cebu? → yes via J&T, 3-5 days Luzon/Mindanao' and 'Can i wash "
                               "it? → hand wash only, air dry 🌞'")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "yes via J&amp;T" in home or "yes via J&T" in home
    assert "hand wash only, air dry" in home and "→" not in home


# Offline, from the failures of u261.


def test_an_opening_prompt_for_a_family_event_names_the_site(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"decline"}]}',
                  "Hi!! I'm organizing the Villarreal family reunion this summer and want a little website so all the "
                  "cousins have the info in one place. It's July 16-18, 2027 at Cole Park Pavilion in Corpus Christi TX.")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Villarreal Family Reunion" in home and "Cole Park Pavilion" in home


def test_an_opening_prompt_keeps_the_rest_of_the_place_after_the_name(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"describe_site","name":"Tumaini Women Honey Cooperative in Marigat","tagline":"42 women '
             'beekeepers using Langstroth and log hives near Lake Baringo","sections":["list","cta"]}]}')
    result = _run(root, model, "Hi, pls help me make website for Tumaini Women Honey Cooperative in Marigat, Baringo County "
                               "Kenya. We are 42 women beekeepers using Langstroth and log hives near Lake Baringo. We sell "
                               "pure acacia honey.")
    assert result.outcome == "applied", result.message
    assert "Baringo County Kenya" in _page(root, "/")


def test_a_time_range_named_by_its_day_and_its_word_changes(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    for words in ("Distribution: Wednesday 15:00-18:00, ul. Limanowskiego 48.",
                  "We need drivers with car (Saturday morning), packers (Wednesday 13:00-18:00), and people to speak with seniors."):
        _apply(root, [{"op": "add_section", "route": "/", "kind": "text", "text": words}], "add a text")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"March","text":"Wednesday 16:00-19:00","title":"Work"}]}',
                  "Change distribution time. From March it is Wednesday 16:00-19:00 because of work hours of volunteers.")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "16:00-19:00" in home and "15:00-18:00" not in home and "13:00-18:00" in home


def test_a_named_note_with_no_article_keeps_its_name(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Morning","text":"6:30 AM - 7:30 AM"},'
             '{"title":"Evening","text":"5:00 PM - 6:30 PM"},{"title":"Sunday","text":"closed"}]}]}')
    result = _run(root, model, "Add Batch Timings on home page: Morning batch 6:30 AM - 7:30 AM, Evening batch 5:00 PM - "
                               "6:30 PM, Sunday closed.")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Batch Timings" in home and "6:30 AM - 7:30 AM" in home


def test_words_quoted_under_the_title_are_the_subtitle(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Used in 1,200+ servers"}]}',
                  "ok nvm. just write 'used in 1,200+ servers' under the title")
    assert result.outcome == "applied", result.message
    assert "used in 1,200+ servers" in _page(root, "/")


def test_a_page_for_a_time_is_not_named_after_the_time() -> None:
    from app.scaffold import pagelead

    found = pagelead.where("Add results page for last year: 3 km women winner Aino Lehtola 47:12", None)
    assert found is None or found.route != "/last-year"


# Offline, from the failures of u262.


def test_a_page_named_before_with_and_a_colon_is_that_page() -> None:
    """Round 2 had made "a page Prices with: ..." a page "Prices with" (u262, measured)."""
    from app.scaffold import pagelead

    found = pagelead.where("Please make a page Prices with: lesson 45 minutes - 120 lei, lesson 60 minutes - 150 lei", None)
    assert found is not None and found.route == "/prices"


def test_a_page_renamed_in_the_menu_is_renamed(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _apply(root, [{"op": "add_page", "title": "Our Programmes", "route": "/our-programmes"}], "add an Our Programmes page")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/our-programmes","target":"site_name","text":"What We Do"}]}',
                  "Please rename 'Our Programmes' in the menu to 'What We Do'.")
    assert result.outcome == "applied", result.message
    assert (root / "app" / "what-we-do" / "page.tsx").is_file() and "What We Do" in (root / "lib" / "site.ts").read_text()


def test_a_count_changed_from_one_number_to_another_is_replaced(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _text(root, "Widow Support - monthly food and cash for 86 widows of honey collectors.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"86","text":"94"}]}',
                  "Kindly change the number of widows from 86 to 94, new families joined this year, very sad.")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "94 widows" in home and "86" not in home


# Offline, from the failures of u258-u263: a page renamed and moved in the menu in one request (five first tries).


@pytest.mark.parametrize(("prompt", "route", "title", "last"), [
    ("last thing!! move Family Tree to the end of the menu and rename it 'Our Family' 💕", "/our-family", "Our Family", True),
    ("rename Family Tree page to hallitus and put it last in menu", "/hallitus", "Hallitus", True),
    ("Rename 'Family Tree' to 'Our Family & Friends' in the menu and put it before Schedule.", "/our-family-friends",
     "Our Family &amp; Friends", False),
])
def test_a_page_renamed_and_moved_in_the_menu_is_both(tmp_path: Path, prompt: str, route: str, title: str, last: bool) -> None:
    """Both edits touch the page's link: the move takes the link as the rename left it."""
    root = managed_project(tmp_path)
    for name, path in (("Family Tree", "/family-tree"), ("Schedule", "/schedule")):
        _apply(root, [{"op": "add_page", "title": name, "route": path}], f"add a {name} page")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Our Family"}]}', prompt)
    assert result.outcome == "applied", result.message
    nav = (root / "lib" / "site.ts").read_text()
    assert f'"{route}"' in nav and "/family-tree" not in nav and (root / "app" / route.strip("/") / "page.tsx").is_file()
    assert (nav.index(route) > nav.index("/schedule")) == last
    assert title in (root / "app" / route.strip("/") / "page.tsx").read_text()


def test_who_comes_by_one_name_ending_the_sentence_takes_the_place_of_who_quit(tmp_path: Path) -> None:
    """The model took Jepoy off and left Bea out: the turn would have shown half of it done (u265, d52)."""
    root = managed_project(tmp_path)
    _text(root, "Server mods: Kiko and Jepoy. Ask them in the Discord.")
    result = _run(root, '{"ops":[{"op":"remove_item","item":"jepoy"}]}', "jepoy quit being mod 😭 remove him. new mod is Bea")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Kiko and Bea" in home and "Jepoy" not in home


# What the replay of u201-u255 showed this stop's changes to have lost, restored.


def test_a_venue_said_now_and_not_the_old_one_is_replaced_once(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _text(root, "Golden anniversary dinner at Casa Gorordo Museum, 6pm.")
    result = _run(root, '{"ops":[{"op":"replace_text","old":"Casa Gorordo Museum","new":"now Marco Polo Plaza Cebu"}]}',
                  "Replace the venue everywhere: it is now Marco Polo Plaza Cebu, not Casa Gorordo Museum.")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "at Marco Polo Plaza Cebu" in home and "Casa Gorordo" not in home


def test_languages_a_tour_is_given_in_are_no_translated_site(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_page","title":"Private Tours","route":"/private-tours"}]}',
                  "new page 'Private Tours': for groups up to 15, €180 flat, any day, also in Estonian, English, Finnish")
    assert result.outcome == "applied", result.message
    assert "also in Estonian, English, Finnish" in _page(root, "/private-tours")


def test_an_address_after_on_is_no_page_name_for_home() -> None:
    from app.scaffold import pagelead

    found = pagelead.where("Add a new menu item on /menu: Anticucho de pollo S/ 9 (only weekends).", None)
    assert found is None or found.route != "/"


def test_a_note_named_in_quotes_keeps_its_name(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Frederikshavn","text":"train to '
             'Frederikshavn"}],"heading":"How to get there"}]}')
    result = _run(root, model, "Add 'How to get there' on home: train to Frederikshavn then local train to Skagen, 35 min. "
                               "From Copenhagen about 5.5 hours by car")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "How to get there" in home and "5.5 hours by car" in home


def test_a_range_for_other_days_is_not_the_one_changed() -> None:
    """"Tue-Sun 7am-3pm" is not the "9am to 5pm" of "Monday to Friday" (u258 on the replay)."""
    from app.scaffold import whenfit
    from app.scaffold.site import Item, Page, Section, Site

    site = Site(name="Karim's", pages=[Page(route="/", title="Home", sections=[Section(
        kind="list", heading="Opening hours", items=[Item(title="Monday to Friday", text="9am to 5pm"),
                                                     Item(title="Saturday", text="10am to 2pm")])])])
    pieces = [(i.title, f) for i in site.pages[0].sections[0].items for f in (i.title, i.text)]
    assert whenfit._the_only_range("Change the opening hours to: Tue-Sun 7am-3pm, Closed Mondays.", pieces) is None


# What the replay of u1-u263 showed this stop's changes to have lost, restored (second pass).


def test_a_page_for_the_stalls_is_the_stalls_page() -> None:
    from app.scaffold import pagelead

    found = pagelead.where("Can we have a page for the stalls? We've got Pickering's strawberry shortcakes and a pipe band.", None)
    assert found is not None and found.route == "/stalls"


def test_a_page_named_before_whit_this_is_that_page() -> None:
    from app.scaffold import pagelead

    found = pagelead.where("make page Lessons whit this:\nIndividual class 60 min - $350 MXN\nPackage 4 classes - $1,200 MXN", None)
    assert found is None or found.route == "/lessons"


def test_a_month_said_not_is_no_ones_name(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _text(root, "iOS app: Coming March 2027. Android: out now.")
    result = _run(root, '{"ops":[{"op":"replace_text","old":"March 2027","new":"June 2027"}]}', "iOS is now Coming June 2027 not March")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "June 2027" in home and "March" not in home


def test_a_time_named_after_it_in_a_days_list_is_the_one_changed(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _apply(root, [{"op": "add_section", "route": "/", "kind": "text",
                   "text": "Tuesdays 5:30pm juniors, Wednesdays 6pm open paddle, Saturdays 7am race crews."}], "add a text")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Saturday","text":"6:30am"}]}',
                  "Sorry, a correction - the Saturday race crew session has moved to 6:30am over summer.")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Saturdays 6:30am race crews" in home and "Wednesdays 6pm" in home


def test_a_price_of_a_named_thing_is_not_the_one_price_shown() -> None:
    from app.scaffold import pricefit
    from app.scaffold.site import Page, Section, Site

    site = Site(name="Juku", pages=[Page(route="/", title="Home", sections=[Section(
        kind="text", text="Kids class, Junior high Eiken class, Adult conversation, Entrance fee 5,000 yen")])])
    assert pricefit.only_price("Please write new price of Adult conversation 13,000 yen from April.", site) is None
