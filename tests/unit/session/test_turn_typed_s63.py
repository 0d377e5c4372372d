"""Requests as the blind sets u359-u364 typed them (read after they were measured), each through the real turn loop with the
plan the model wrote."""

from __future__ import annotations

from pathlib import Path

from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import items as _items, pages as _pages, para as _para, run as _run, shown as _text


def test_a_registration_number_after_abbreviations_is_the_footer_whole(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_theme","primary":"orange","background":"white"}]}',
                  "Please make colour orange and white, and put our registration number on every page at bottom: Regd. No. CTC-2016/4417")
    assert result.outcome == "applied", result.message
    assert "Regd. No. CTC-2016/4417" in (root / "app" / "layout.tsx").read_text()


def test_contact_details_before_where_they_go_are_the_footer_not_a_page(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"decline"}]}', "Contact: email kenta.ishii.draws@gmail.com, Instagram @kenta_draws. "
                                                      "I reply within 2 days. Please put on bottom of every page.")
    assert result.outcome == "applied", result.message
    assert "kenta.ishii.draws@gmail.com" in (root / "app" / "layout.tsx").read_text()
    assert not (root / "app" / "bottom-of-every").exists()


def test_people_put_in_page_named_after_it_each_with_the_role_typed_before_them(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"team","items":[{"title":"Chee Keong","text":"President Lim Chee '
                        'Keong"},{"title":"Dr. Nirmala Pillai","text":"Secretary Tan Mei Ling"},{"title":"Mei Ling","text":"Treasurer '
                        'Ahmad Faizal"}]}]}',
                  "committee: President Lim Chee Keong, Vice President Dr. Nirmala Pillai, Secretary Tan Mei Ling, Treasurer Ahmad "
                  "Faizal. put in page Committee")
    assert result.outcome == "applied", result.message
    shown = _text(root, "/committee")
    assert '{ title: "Ahmad Faizal", text: "Treasurer" }' in shown and '{ title: "Dr. Nirmala Pillai", text: "Vice President" }' in shown


def test_a_board_typed_with_numbered_german_roles_on_page_about(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"title","text":"Kassenwart Friedo Janßen"}]}',
                  "On page About the board: 1. Vorsitzende Gesine Wübbenhorst, 2. Vorsitzender Hauke Ahlers, Kassenwart Friedo Janßen, "
                  "Sportwart Imke Bruns")
    assert result.outcome == "applied", result.message
    assert '{ title: "Gesine Wübbenhorst", text: "1. Vorsitzende" }' in _text(root, "/about")
    assert not (root / "app" / "on").exists()


def test_who_goes_and_comes_in_more_words(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Committee")
    _items(root, "/committee", "team", [("Lim Chee Keong", "President"), ("Ahmad Faizal", "Treasurer"), ("Javiera Soto", "Adoptions"),
                                        ("Tomás Rojas", "Vet visits"), ("Shauna Pothier", "Paperwork")])
    for model, request in [
            ('{"ops":[{"op":"edit_item","item":"Treasurer","text":"Wong Kah Yee"}]}', "Treasurer now Wong Kah Yee, Ahmad Faizal resign already"),
            ('{"ops":[{"op":"decline"}]}', "Javiera go to live in Santiago :( now adoptions is Ignacio Pérez"),
            ('{"ops":[{"op":"decline"}]}', "change Tomás Rojas for Pablo Díaz (vet visits)"),
            ('{"ops":[{"op":"decline"}]}', "Shauna is moving to Halifax to be near her grandkids (we'll miss her!). Mike d'Entremont is "
                                           "taking over the paperwork and cards.")]:
        result = _run(root, model, request)
        assert result.outcome == "applied", (request, result.message)
    shown = _text(root, "/committee")
    assert '{ title: "Wong Kah Yee", text: "Treasurer" }' in shown and "Ahmad Faizal" not in shown
    assert '{ title: "Ignacio Pérez", text: "Adoptions" }' in shown and '{ title: "Pablo Díaz", text: "Vet visits" }' in shown
    assert "Mike d'Entremont" in shown and "Shauna" not in shown


def test_out_and_in_and_a_first_name_typed_in_lower_case_with_the_surname(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Committee: chair Mama Neema Juma, treasurer Agnes Kulwa, secretary Rehema Paulo.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"agnes kulwa","text":"shinyanga"}]}',
                  "agnes kulwa has move to shinyanga. new treasurer is Halima Said")
    assert result.outcome == "applied", result.message
    assert "treasurer Halima Said," in _text(root)
    _para(root, "Coaches: Ahmad Faizal and Lim Wei.")
    result = _run(root, '{"ops":[{"op":"add_section","route":"/","kind":"text","text":"Ahmad Faizal out, Wong Kah Yee in"}]}',
                  "change coach: Ahmad Faizal out, Wong Kah Yee in")
    assert result.outcome == "applied", result.message
    assert "Coaches: Wong Kah Yee and Lim Wei." in _text(root) and "Ahmad Faizal out" not in _text(root)


def test_prices_in_shillings_pula_and_bolivianos_are_prices(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Vitumbua 5 pcs Tsh 1000, maandazi Tsh 300 each, chapati Tsh 500, chai Tsh 400 a cup")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Flour","text":"350"}]}', "flour price go up. maandazi now Tsh 350 and chapati Tsh 600")
    assert result.outcome == "applied", result.message
    assert "maandazi Tsh 350 each, chapati Tsh 600" in _text(root)
    _para(root, "Full valet P250, inside only P120.")
    result = _run(root, '{"ops":[{"op":"decline"}]}', "full valet now P280")
    assert result.outcome == "applied", result.message
    assert "Full valet P280" in _text(root)


def test_prices_raised_in_a_lead_in_and_thousands_typed_with_a_dot(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Prices")
    _items(root, "/prices", "list", [("Indoor walls", "35 JOD per m²"), ("outdoor", "45 JOD per m²")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Indoor 40 JOD","text":"outdoor 50 JOD"}]}',
                  "raising prices from next month: indoor 40 JOD per m², outdoor 50 JOD per m²")
    assert result.outcome == "applied", result.message
    assert "40 JOD per m²" in _text(root, "/prices") and "45 JOD" not in _text(root, "/prices")
    root = managed_project(tmp_path / "bare")  # a site whose every price is typed bare
    _para(root, "Fan install 60.000, lamp install 40.000")
    result = _run(root, '{"ops":[{"op":"decline"}]}', "fan install now 70.000, everything go up")
    assert result.outcome == "applied", result.message
    assert "Fan install 70.000" in _text(root)


def test_a_name_said_in_fewer_words_than_the_site_shows_gets_its_price(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("knotless braids medium", "R450"), ("knotless small", "R600"), ("box braids", "R400")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"R480","text":"everything went up"}]}', "knotless medium is R480 now, everything went up 😩")
    assert result.outcome == "applied", result.message
    assert '{ title: "knotless braids medium", text: "R480" }' in _text(root)


def test_a_price_is_not_put_over_a_class_time(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("Beginners (age 6-9) Sat", "10am-11am"), ("Intermediate (age 10-14) Sat", "11.15am-12.45pm")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Beginners","text":"$130"}]}', "beginners and intermediate fee now $130")
    assert result.outcome == "declined", result.message
    assert "10am-11am" in _text(root)


def test_a_removal_with_the_reason_after_it_is_done_without_a_decline(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Vitumbua Tsh 1000, chai Tsh 400 a cup, chai ya tangawizi (ginger) Tsh 600")
    result = _run(root, '{"ops":[{"op":"remove_item","item":"ginger chai"},{"op":"decline"}]}',
                  "no more ginger chai, tangawizi is too expensive now. remove")
    assert result.outcome == "applied", result.message
    assert "tangawizi" not in _text(root) and "chai Tsh 400 a cup" in _text(root)


def test_a_page_renamed_with_the_page_before_its_name_and_moved(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Services", "Selected Projects")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Selected Projects"}]}',
                  "Please rename the page Selected Projects to Portfolio and put it before Services in the menu.")
    assert result.outcome == "applied", result.message
    assert (root / "app" / "portfolio").exists() and not (root / "app" / "selected-projects-to-portfolio").exists()


def test_a_count_in_words_corrected_and_a_phone_number_fixed_after_a_typo(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "For the past twelve years I have drawn custom maps. Call us at 902-742-6618.")
    result = _run(root, '{"ops":[{"op":"set_theme","primary":"purple"}]}',
                  "I made an error on the home page: I have been working for thirteen years, not twelve. My apologies.")
    assert result.outcome == "applied", result.message
    assert "For the past thirteen years" in _text(root)
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"902-742-6681"}]}',
                  "Oops, our phone number is 902-742-6681, I swapped the last two digits. Please fix it everywhere.")
    assert result.outcome == "applied", result.message
    assert "902-742-6681" in _text(root) and "6618" not in _text(root)


def test_a_contact_changed_with_a_name_and_number_replaces_both(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "Contact Rachel on 027 555 8812 or pta@roslynschool.nz")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Rachel\'s away","text":"Tama Ngata, 021 602 7745"}]}',
                  "Sorry Rachel's away that week, can you change the volunteer contact to Tama Ngata, 021 602 7745")
    assert result.outcome == "applied", result.message
    assert "Contact Tama Ngata on 021 602 7745 or pta@roslynschool.nz" in _text(root)


def test_a_list_sentence_then_one_entry_sentences_and_rates_typed_name_colon_price(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Prices","text":"$35"},{"title":"Medium",'
                        '"text":"$50, big section"},{"title":"Green","text":"$70+"}]}]}',
                  "put prices. small lawn $35, medium $50, big section $70+. hedge trimming from $45 an hour. green waste trailer load $60")
    assert result.outcome == "applied", result.message
    assert '{ title: "hedge trimming", text: "from $45 an hour" }' in _text(root) and '{ title: "big section", text: "$70+" }' in _text(root)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"JA>EN","text":"¥12 per character"}]},'
                        '{"op":"set_text","route":"/","target":"title","text":"¥18 per word"}]}',
                  "Add rates. JA>EN translation: ¥12 per character. EN>JA: ¥18 per word. Proofreading: ¥5,000/hour. Minimum fee ¥8,000.")
    assert result.outcome == "applied", result.message
    assert '{ title: "Minimum fee", text: "¥8,000" }' in _text(root) and 'title="¥18 per word"' not in _text(root)


def test_areas_the_model_paired_with_each_other_are_listed_each_once(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"image_text","items":[{"title":"Mangere","text":"Mangere"},'
                        '{"title":"Otahuhu","text":"Otahuhu"},{"title":"Papatoetoe","text":"Onehunga"},{"title":"Favona","text":"Onehunga"}]}]}',
                  "add areas we cover: Mangere, Otahuhu, Papatoetoe, Onehunga, Favona ")
    assert result.outcome == "applied", result.message
    assert _text(root).count("Onehunga") == 1
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Onehunga"}]}', "we dont do Onehunga anymore take it off")
    assert result.outcome == "applied", result.message
    assert "Onehunga" not in _text(root) and "Favona" in _text(root)


def test_a_word_written_with_its_accents_replaces_the_one_without(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "We work in Medellin, Envigado, Itagui, Sabaneta")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Itagüí","text":"with ü and í"}]}', "error: is Itagüí with ü and í")
    assert result.outcome == "applied", result.message
    assert "Envigado, Itagüí, Sabaneta" in _text(root)


def test_a_live_exchange_rate_and_one_pages_heading_for_every_page_are_declined(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"JPY/USD","text":"dollars"}]}]}',
                  "Add a live JPY/USD exchange rate next to my prices so overseas clients see dollars.")
    assert result.outcome == "declined", result.message
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"subtitle","text":"Closed Saturday December 25 for Christmas"}]}',
                  "Add a line to the top of every page: Closed Saturday December 25 for Christmas.")
    assert result.outcome == "declined", result.message


def test_an_opening_prompt_with_a_greeting_and_initials(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Kia ora"}]}',
                  "Kia ora! I'm on the PTA at Roslyn Primary in Dunedin and somehow I've been roped into doing the website for our Spring "
                  "Fair 😅 It's on Saturday 13 November 2027, 10am to 2pm, in the school grounds on Highgate.")
    assert result.outcome == "applied", result.message
    assert "Spring Fair" in (root / "lib" / "site.ts").read_text() and "Kia ora" not in (root / "lib" / "site.ts").read_text()


def test_a_time_several_days_share_is_not_moved_for_one_of_them(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("Tue and Thu", "9am to 1pm"), ("Sat", "9am to 12")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Thursday","text":"9am to 2pm"}]}', "Thursday is now 9am to 2pm. Lunch provided on Thursdays.")
    assert result.outcome != "applied", result.message
    assert '{ title: "Tue and Thu", text: "9am to 1pm" }' in _text(root)


def test_entries_read_as_typed_keep_no_quotes_nor_a_trailing_comma(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"features","items":[{"title":"Tap anywhere to count","text":"Tap anywhere '
                        'to count"},{"title":"Multiple counters per project","text":"Works offline"},{"title":"Pattern notes with photos"}]}]}',
                  "features section: 'Tap anywhere to count' , 'Multiple counters per project', 'Works offline', 'Pattern notes with photos'")
    assert result.outcome == "applied", result.message
    assert '{ title: "Works offline", text: "" }' in _text(root) and "'Works offline'" not in _text(root)
