"""A list typed one entry a line, bulleted or not, reaches the page as its entries (``coverage.list_lines``,
``entries.listed``), and a page never shows the same typed text twice (``plan.without_repeated_texts``)."""

from __future__ import annotations

import json
from pathlib import Path

from app.engine.fake import FakeEngine
from app.scaffold.coverage import list_lines, unused_content
from app.scaffold.plan import AddSection, Plan, without_repeated_texts
from app.session.turn import TurnRunner
from tests.unit.scaffold.helpers import managed_project

FEATURES = ("Add a features section to home:\n- Drag-and-drop rota builder\n- Shift swaps approved in one tap\n"
            "- WhatsApp reminders before each shift")


def test_bulleted_lines_are_content_that_a_plan_must_place() -> None:
    assert list_lines(FEATURES) == ["Drag-and-drop rota builder", "Shift swaps approved in one tap",
                                      "WhatsApp reminders before each shift"]
    assert list_lines("- one line alone") == []
    assert unused_content(FEATURES, "Features") == list_lines(FEATURES)
    # placed as an item's name and price, split where the plan's fields split it
    assert unused_content("Pricing:\n- Starter – ₹0\n- Clinic – ₹1,499/month", "Starter | ₹0 | Clinic | ₹1,499/month") == []


def test_a_bulleted_list_the_model_left_out_becomes_the_sections_items(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"add_section","route":"/","kind":"features","heading":"Features"}]}'
    result = TurnRunner(root, FakeEngine(model)).run(FEATURES)
    assert result.outcome == "applied", result.message
    page = (root / "app" / "page.tsx").read_text()
    for line in list_lines(FEATURES):
        assert line in page, line


def test_a_bulleted_list_of_roles_keeps_each_role_with_its_name(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    request = ("Please add a page named Committee with the following:\n- Chairman: Babatunde Adeyemi\n"
               "- Secretary: Ngozi Okafor (née Eze)\n- Treasurer: Emeka Obi")
    model = '{"ops":[{"op":"add_page","title":"Committee","route":"/committee","sections":["text"]}]}'
    result = TurnRunner(root, FakeEngine(model)).run(request)
    assert result.outcome == "applied", result.message
    page = (root / "app" / "committee" / "page.tsx").read_text()
    assert "Ngozi Okafor (née Eze)" in page and page.count("Emeka Obi") == 1


def test_a_text_another_text_of_the_page_holds_goes() -> None:
    whole = AddSection(op="add_section", route="/p", kind="text", text="Ps. Ramon Dizon – Senior Pastor Bro. Mark Villanueva – Worship Leader")
    tail = AddSection(op="add_section", route="/p", kind="text", text="Mark Villanueva – Worship Leader")
    other_page = AddSection(op="add_section", route="/q", kind="text", text="Mark Villanueva – Worship Leader")
    assert without_repeated_texts(Plan(ops=[whole, tail, other_page])).ops == [whole, other_page]
    assert without_repeated_texts(Plan(ops=[whole, whole.model_copy()])).ops == [whole]


def test_a_bulleted_price_list_with_a_note_under_it_is_the_pages_items_and_a_text(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    opener = '{"ops":[{"op":"describe_site","name":"Shenoy Tile Roofing Works","sections":["features"]}]}'
    TurnRunner(root, FakeEngine(opener)).run("Please make a website for Shenoy Tile Roofing Works, roofers in Udupi since 1994.")
    request = ("Kindly make one Services page with our rates:\n- Re-tiling old roof – Rs 60 per sq ft\n"
               "- Leak repair visit – Rs 1,500 minimum\nRates are approximate, final rate after site inspection.")
    # the model's plan: the page, and two of the lines as the home page's name and heading
    model = ('{"ops":[{"op":"add_page","title":"Services","route":"/services"},{"op":"set_text","route":"/",'
             '"target":"site_name","text":"Re-tiling old roof"}]}')
    result = TurnRunner(root, FakeEngine(model)).run(request)
    assert result.outcome == "applied", result.message
    assert '"add_items"' in result.plan and '"set_text"' not in result.plan
    page = (root / "app" / "services" / "page.tsx").read_text()
    for words in ("Re-tiling old roof", "Rs 1,500 minimum", "final rate after site inspection"):
        assert words in page, words


def _opened(root: Path) -> None:
    opener = '{"ops":[{"op":"describe_site","name":"Klei Studio","sections":["features"]}]}'
    TurnRunner(root, FakeEngine(opener)).run("Please make a website for Klei Studio, a pottery studio in Cape Town.")


def test_a_list_typed_one_entry_a_line_without_bullets_is_the_pages_entries(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _opened(root)
    request = ("Please add a Classes page:\nBeginner wheel course - 4 Tuesday evenings, 6pm to 8:30pm - R2400\n"
               "Hand-building weekend - Saturday and Sunday 10am to 1pm - R1600\nDate night on the wheel (for two) - R950")
    model = '{"ops":[{"op":"add_page","title":"Classes","route":"/classes","sections":["text"]}]}'
    result = TurnRunner(root, FakeEngine(model)).run(request)
    assert result.outcome == "applied", result.message
    plan = json.loads(result.plan)["ops"]
    assert [op["op"] for op in plan] == ["add_page", "add_items"]
    assert [item["title"] for item in plan[1]["items"]] == ["Beginner wheel course", "Hand-building weekend",
                                                            "Date night on the wheel (for two)"]


def test_a_line_that_opens_with_its_date_names_its_event_after_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _opened(root)
    request = "gigs page\nFri 12 Feb – King Tut's, Glasgow – £12\nThu 4 Mar – The Cluny, Newcastle – £11"
    result = TurnRunner(root, FakeEngine('{"ops":[{"op":"add_page","title":"Gigs","route":"/gigs"}]}')).run(request)
    assert result.outcome == "applied", result.message
    items = json.loads(result.plan)["ops"][1]["items"]
    assert items == [{"title": "Fri 12 Feb – King Tut's, Glasgow", "text": "£12"},
                     {"title": "Thu 4 Mar – The Cluny, Newcastle", "text": "£11"}]
    removed = TurnRunner(root, FakeEngine('{"ops":[{"op":"remove_item","item":"The Cluny"}]}')).run(
        "The Cluny gig is cancelled, take it off")
    assert removed.outcome == "applied", removed.message
    assert "The Cluny" not in (root / "app" / "gigs" / "page.tsx").read_text()


def test_a_team_typed_one_person_a_line_keeps_their_titles(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _opened(root)
    request = ("Next I need a page 'People' with the members:\nProf. Dr. Lena Hoffmann – Group leader\n"
               "Dr. Tomasz Wieczorek – Postdoc\nMia Lindqvist – Master student")
    model = '{"ops":[{"op":"add_page","title":"People","route":"/people","sections":["text"]}]}'
    result = TurnRunner(root, FakeEngine(model)).run(request)
    assert result.outcome == "applied", result.message
    items = [op for op in json.loads(result.plan)["ops"] if op["op"] == "add_items"][0]
    assert items["kind"] == "team" and items["items"][0] == {"title": "Prof. Dr. Lena Hoffmann", "text": "Group leader"}


def test_a_note_under_a_new_pages_list_stays_under_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _opened(root)
    request = ("Kindly make one Services page with our rates:\n- Flat white – €3.80\n- Cortado – €3.50\n"
               "Prices include takeaway cups; bring your own and get 20c off.")
    model = ('{"ops":[{"op":"add_page","title":"Services","route":"/services"},'
             '{"op":"set_text","route":"/","target":"site_name","text":"Flat white"}]}')
    result = TurnRunner(root, FakeEngine(model)).run(request)
    assert result.outcome == "applied", result.message
    assert [op["op"] for op in json.loads(result.plan)["ops"]] == ["add_page", "add_items", "add_section"]


def test_a_page_called_so_too_is_named_without_too(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _opened(root)
    request = "We'd like a page called Past Shows too:\n2026 - Arsenic and Old Lace\n2025 - Habeas Corpus"
    result = TurnRunner(root, FakeEngine('{"ops":[{"op":"add_page","title":"Past Shows","route":"/past-shows"}]}')).run(request)
    assert result.outcome == "applied", result.message
    assert '"route":"/past-shows"' in result.plan and "too" not in result.plan
