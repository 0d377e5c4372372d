"""A list typed one entry a bulleted line reaches the page as its entries (``coverage.bullet_lines``,
``entries.listed``), and a page never shows the same typed text twice (``plan.without_repeated_texts``)."""

from __future__ import annotations

from pathlib import Path

from app.engine.fake import FakeEngine
from app.scaffold.coverage import bullet_lines, unused_content
from app.scaffold.plan import AddSection, Plan, without_repeated_texts
from app.session.turn import TurnRunner
from tests.unit.scaffold.helpers import managed_project

FEATURES = ("Add a features section to home:\n- Drag-and-drop rota builder\n- Shift swaps approved in one tap\n"
            "- WhatsApp reminders before each shift")


def test_bulleted_lines_are_content_that_a_plan_must_place() -> None:
    assert bullet_lines(FEATURES) == ["Drag-and-drop rota builder", "Shift swaps approved in one tap",
                                      "WhatsApp reminders before each shift"]
    assert bullet_lines("- one line alone") == []
    assert unused_content(FEATURES, "Features") == bullet_lines(FEATURES)
    # placed as an item's name and price, split where the plan's fields split it
    assert unused_content("Pricing:\n- Starter – ₹0\n- Clinic – ₹1,499/month", "Starter | ₹0 | Clinic | ₹1,499/month") == []


def test_a_bulleted_list_the_model_left_out_becomes_the_sections_items(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"add_section","route":"/","kind":"features","heading":"Features"}]}'
    result = TurnRunner(root, FakeEngine(model)).run(FEATURES)
    assert result.outcome == "applied", result.message
    page = (root / "app" / "page.tsx").read_text()
    for line in bullet_lines(FEATURES):
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
