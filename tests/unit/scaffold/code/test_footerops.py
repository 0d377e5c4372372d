"""The footer op on every kind of project: a line of the user's words in the root layout's
footer, a footer added to a layout without one, and lines replaced when the request says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import PlanError
from app.scaffold.code import tsx
from app.scaffold.code.reader import read_project
from tests.unit.scaffold.code.projects import STARTERS, copy_fixture
from tests.unit.scaffold.code.test_codeops import apply, marked

PROJECTS = (*STARTERS, "hand", "generated")


def _layout(root: Path) -> tuple[str, str]:
    rel = read_project(root).layout
    assert rel is not None
    return rel, (root / rel).read_text()


def _footer_text(root: Path) -> str:
    rel, source = _layout(root)
    doc = tsx.parse(source.encode(), rel)
    footer = next(tsx.elements(doc, doc.root, ("footer",)))
    return " ".join(doc.text(footer).split())


@pytest.mark.parametrize("name", PROJECTS)
def test_a_line_goes_in_the_footer_every_page_shows(name: str, tmp_path: Path) -> None:
    root = marked(name, tmp_path / name)
    had = _layout(root)[1].count("<footer")
    _, edit = apply(root, {"op": "set_footer", "text": "Phone 01328 710 442 & bookings"})
    rel, source = _layout(root)
    assert set(edit.files) == {rel}
    assert source.count("<footer") == max(had, 1)  # into the footer it has, or one added
    assert "Phone 01328 710 442" in _footer_text(root)
    assert edit.expect == [("/", "Phone 01328 710 442 & bookings")]
    assert "footer" in edit.summary[-1]


def test_the_generated_footer_keeps_its_copyright_line_and_lines_add_up_or_are_replaced(tmp_path: Path) -> None:
    root = copy_fixture("generated", tmp_path / "generated")
    apply(root, {"op": "set_footer", "text": "Email hello@example.org"})
    apply(root, {"op": "set_footer", "text": "Registered charity 1187342"})
    text = _footer_text(root)
    assert "Email hello@example.org" in text and "Registered charity 1187342" in text and "©" in text
    _, edit = apply(root, {"op": "set_footer", "text": "Ringing since 1887", "replace": True})
    text = _footer_text(root)
    assert "Ringing since 1887" in text and "hello@example.org" not in text and "1187342" not in text
    assert "©" in text  # what the layout's footer showed itself stays
    assert "Changed the footer's words from" in edit.summary[-1]


def test_a_one_line_body_gets_its_footer_on_a_line_of_its_own(tmp_path: Path) -> None:
    root = copy_fixture("js-css", tmp_path / "js-css")
    layout = root / "app/layout.js"
    source = layout.read_text()
    body = source[source.index("<body"):source.index("</body>") + len("</body>")]
    layout.write_text(source.replace(body, '<body className="x">{children}</body>'))
    apply(root, {"op": "set_footer", "text": "Not affiliated with any museum"})
    new = layout.read_text()
    assert tsx.problem(tsx.parse(new.encode(), "app/layout.js")) is None
    assert new.index("{children}") < new.index("<footer") < new.index("</body>")
    assert "Not affiliated with any museum" in _footer_text(root)


def test_a_layout_without_a_body_is_declined_with_a_sentence(tmp_path: Path) -> None:
    root = copy_fixture("ts-tw", tmp_path / "ts-tw")
    (root / "app/layout.tsx").write_text("export default function L({ children }: { children: React.ReactNode }) {\n"
                                         "  return <div>{children}</div>;\n}\n")
    with pytest.raises(PlanError, match="no <body> element"):
        apply(root, {"op": "set_footer", "text": "Hello there"})
