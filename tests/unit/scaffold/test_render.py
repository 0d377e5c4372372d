"""The files ``nxr new`` starts a project with: ordinary code, read back by the code reader."""

from __future__ import annotations

from pathlib import Path

from app.scaffold.code.reader import read_project, site_view
from app.scaffold.render import initial_files
from tests.unit.scaffold.helpers import next_project


def test_initial_files_are_code_only_no_site_model() -> None:
    files = initial_files("My Shop")
    assert set(files) == {"lib/site.ts", "app/theme.css", "app/page.tsx"}
    assert "<h1>My Shop</h1>" in files["app/page.tsx"]
    assert not any("site.json" in body for body in files.values()), "no file claims a second truth"


def test_a_name_with_markup_and_braces_is_escaped_and_reads_back_exactly(tmp_path: Path) -> None:
    name = 'Rosie & Co {beta} <b>"'
    files = initial_files(name)
    assert "{beta}" not in files["app/page.tsx"] and "<b>" not in files["app/page.tsx"]
    site = site_view(read_project(next_project(tmp_path, name)))
    assert site.name == name
    home = site.page("/")
    assert home is not None and home.sections[0].heading == name


def test_the_reader_finds_the_new_projects_nav_and_theme(tmp_path: Path) -> None:
    site = site_view(read_project(next_project(tmp_path, "Harbor Cafe")))
    assert [(n.label, n.href) for n in site.nav] == [("Home", "/")]
    assert site.theme.primary == "#b4532a" and site.theme.font == "sans"
    assert [p.route for p in site.pages] == ["/"]
