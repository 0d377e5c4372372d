"""Requests as the blind sets u310-u312 typed them (read after they were measured), each through the real turn loop with the plan
the model wrote."""

from __future__ import annotations

from pathlib import Path

from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import page as _page, pages as _pages, para as _para, run as _run


def test_a_page_named_in_quotes_before_a_colon_gets_the_words_after_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"add_page","title":"Our Story","route":"/our-story","sections":["text"]}]}'
    result = _run(root, model, 'Add a page "Our Story": the cooperative was created in 2009 by 12 women of the Randoulène '
                               "neighbourhood. Today we train young girls every year.")
    assert result.outcome == "applied", result.message
    assert "created in 2009 by 12 women" in _page(root, "/our-story")


def test_content_for_a_page_the_site_has_named_after_the_page_goes_there(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Our Story")
    model = ('{"ops":[{"op":"add_items","route":"/our-team","kind":"team","items":[{"title":"Aminata Sarr","text":"President"},'
             '{"title":"Fatou Ndiaye","text":"Treasurer"}]}]}')
    result = _run(root, model, "Please add our team on the page Our Story: Aminata Sarr – President, Fatou Ndiaye – Treasurer.")
    assert result.outcome == "applied", result.message
    assert "Aminata Sarr" in _page(root, "/our-story") and not (root / "app" / "our-team").exists()


def test_a_time_that_moves_from_one_to_another(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Start at the Legion at 10:00 am. The draw is at 4:00 pm.")
    result = _run(root, '{"ops":[{"op":"decline"}]}',
                  "One more change, sorry! The draw moves from 4:00 pm to 5:00 pm so the stragglers make it back in time.")
    assert result.outcome == "applied", result.message
    assert "The draw is at 5:00 pm" in _page(root, "/") and "4:00 pm" not in _page(root, "/")


def test_a_section_named_with_what_its_words_are_before_the_colon(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_section","route":"/","kind":"image_text","heading":"Support us","text":"with our bank"}]}',
                  'Then please just add a section "Support us" on the home page with our bank: Crédit Mutuel du Sénégal, account '
                  "name GIE Jappoo Jigeen, and our Wave number +221 77 412 63 08.")
    assert result.outcome == "applied", result.message
    home = _page(root, "/")
    assert "Support us" in home and "Crédit Mutuel du Sénégal" in home and "+221 77 412 63 08" in home


def test_a_quoted_line_keeps_its_own_full_stop(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_theme","primary":"white","background":"navy"}]}',
                  'Please write on top of home page: "Come and play the sound of Okinawa."')
    assert result.outcome == "applied", result.message
    assert "Come and play the sound of Okinawa." in _page(root, "/")


def test_a_new_pages_price_list_goes_on_it_in_rupiah_thousands(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = ('{"ops":[{"op":"add_page","title":"Prices","route":"/prices"},{"op":"add_items","route":"/","kind":"features",'
             '"items":[{"title":"35rb"},{"title":"75rb"}]}]}')
    result = _run(root, model, "add page prices. battery change 35rb, strap leather 75rb, full service cleaning 250rb, glass replace 120rb")
    assert result.outcome == "applied", result.message
    prices = _page(root, "/prices")
    assert "battery change" in prices and "250rb" in prices and "35rb" not in _page(root, "/")


def test_a_page_name_that_runs_on_in_small_words(tmp_path: Path) -> None:
    """"Add page How to get here." had made a page "How" at "/how", even where the model had the whole name."""
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"add_items","route":"/","kind":"image_text","items":[{"title":"Gia","text":"400 GEL for car up to 6 persons"}]}]}'
    result = _run(root, model, "Add page How to get here. From Tbilisi to Kvemo Alvani by marshrutka, then 4x4 jeep over Abano pass, "
                               "72 km. We can send driver Gia, 400 GEL for car up to 6 persons.")
    assert result.outcome == "applied", result.message
    assert "Abano pass" in _page(root, "/how-to-get-here") and not (root / "app" / "how").exists()
    model = '{"ops":[{"op":"add_page","title":"How to get there","route":"/how-to-get-there","sections":["text"]}]}'
    result = _run(root, model, "Add a page How to get there: drive to Laitaatsilta harbour, parking spot number 7. Phone 040 553 2871.")
    assert result.outcome == "applied", result.message
    assert "040 553 2871" in _page(root, "/how-to-get-there")


def test_a_new_pages_words_after_a_colon_that_follows_a_year(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_page","title":"Schedule","route":"/schedule","sections":["text"]}]}',
                  "Make a Schedule page for summer 2027: weeks 24-25 Pekka, 26-27 Liisa, 28-29 Antti, week 32 everybody together.")
    assert result.outcome == "applied", result.message
    assert "26-27 Liisa" in _page(root, "/schedule")


def test_a_price_said_with_when_it_takes_effect(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Miso making class: 2 hours, 6,500 yen, you make 2 kg miso. Koji class: 90 minutes, 4,800 yen.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"April","text":"7,000 yen"}]}', "Sorry, from April miso class price is 7,000 yen.")
    assert result.outcome == "applied", result.message
    assert "2 hours, 7,000 yen" in _page(root, "/") and "4,800 yen" in _page(root, "/")


def test_the_site_called_by_what_it_is_gets_the_name(tmp_path: Path) -> None:
    """The public session dental-contact's first prompt: the model's new name had been declined as unasked."""
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Harbor Dental"}]}',
                  "Call the practice Harbor Dental")
    assert result.outcome == "applied", result.message
    assert 'name: "Harbor Dental"' in (root / "lib" / "site.ts").read_text()
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Monday"}]}', "call the office Monday to book")
    assert result.outcome != "applied", result.message


def test_what_the_replay_showed_the_readings_to_lose(tmp_path: Path) -> None:
    """The menu's order beside another request, "Tips" and "Clases" as typed, a season's price: each as before the stop."""
    root = managed_project(tmp_path)
    _pages(root, "Schedule", "Fees")
    model = ('{"ops":[{"op":"add_nav_link","label":"Schedule","href":"/schedule"},{"op":"set_footer",'
             '"text":"Phone 902-863-4471 · Email catriona@macisaachighland.ca"}]}')
    result = _run(root, model, "Last thing: could the menu be in this order: Home, Schedule, Fees. And please put our phone number, "
                               "902-863-4471, and email, catriona@macisaachighland.ca, in the footer")
    assert result.outcome == "applied", result.message
    assert "902-863-4471" in (root / "app" / "layout.tsx").read_text()
    result = _run(root, '{"ops":[{"op":"add_page","title":"Tips","route":"/tips"}]}',
                  "add a page for horse owners tips. Call it Tips. first one: pick out hooves daily")
    assert result.outcome == "applied", result.message
    assert (root / "app" / "tips" / "page.tsx").exists() and not (root / "app" / "trips").exists()
    _para(root, "Suite Trullo (for 2-3 persons, 190 € per night)", "/tips")
    result = _run(root, '{"ops":[{"op":"add_section","route":"/tips","kind":"text","text":"220 € per night from June to September"}]}',
                  "On Tips page, Suite Trullo: write 220 € per night from June to September, and 190 € per night the other months.")
    assert "190 € per night" in _page(root, "/tips")


def test_a_dark_background_makes_the_tint_and_the_quiet_text_anew(tmp_path: Path) -> None:
    """Seen in a screenshot: the hero and every other section kept the light tint under near-white text."""
    import re

    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_theme","accent":"yellow","background":"black","foreground":"white"}]}',
                  "Dark theme please, background near black, accent color yellow. Font Inter.")
    assert result.outcome == "applied", result.message
    theme = (root / "app" / "theme.css").read_text()
    surface = re.search(r"--color-surface:\s*#([0-9a-f]{6})", theme, re.IGNORECASE)
    assert surface is not None and sum(int(surface.group(1)[i:i + 2], 16) for i in (0, 2, 4)) < 3 * 80, theme
