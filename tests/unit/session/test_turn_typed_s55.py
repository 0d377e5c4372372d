"""Requests as the blind sets u294-u299 typed them, each through the real turn loop with the plan the model wrote."""

from __future__ import annotations

from pathlib import Path

from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import page as _page, run as _run


def test_a_page_goes_at_the_address_typed_for_it(tmp_path: Path) -> None:
    """The page's content was read from the request and routed by its title, not by the typed path."""
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"add_page","title":"Devenir bénévole","route":"/benevoles","sections":["text"]}]}'
    result = _run(root, model, "we need a page 'Devenir bénévole' (become volunteer), at the address /benevoles, explaining: "
                               "no teacher diploma needed, just 2 hours per month, contact Camille at benevoles@cafelangues-vbanne.fr")
    assert result.outcome == "applied", result.message
    page = _page(root, "/benevoles")
    assert "Devenir bénévole" in page and "2 hours per month" in page and "benevoles@cafelangues-vbanne.fr" in page
    assert not (root / "app" / "devenir-b-n-vole").exists() and not (root / "app" / "devenir-benevole").exists()


def test_a_page_named_with_an_apostrophe_or_an_accent_is_at_the_address_people_expect(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"add_page","title":"Nana\'s Story","route":"/nampys-story","sections":["text"]}]}'
    result = _run(root, model, "Can we add a page called Nana's Story? 'Dunja Hadžić was born in 1947 in Blagaj. "
                               "She worked 35 years as a teacher at the Mostar Gymnasium.'")
    assert result.outcome == "applied", result.message
    assert "1947" in _page(root, "/nanas-story") and "35 years" in _page(root, "/nanas-story")
    model = '{"ops":[{"op":"add_page","title":"Café Crème","route":"/caf-cr-me"}]}'
    result = _run(root, model, "add a page called Café Crème")
    assert result.outcome == "applied", result.message
    assert "Café Crème" in _page(root, "/cafe-creme")
