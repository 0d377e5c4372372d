"""Content said to go on two pages at once (``bothpages``), through the plan fitting with the model's plans as
they were in the user sets."""

from __future__ import annotations

from app.scaffold.plan import parse_plan, plan_to_json
from app.scaffold.requestfit import fit_plan
from app.scaffold.site import Page, Section, Site


def _site() -> Site:
    return Site(name="Fade Republic", pages=[Page(route="/", title="Home", sections=[Section(kind="hero", heading="Fade Republic")]),
                                            Page(route="/prices", title="Prices"), Page(route="/classes", title="Classes")])


def test_the_content_goes_on_both_pages_named_not_a_page_of_both_names() -> None:
    plan = fit_plan(parse_plan('{"ops":[{"op":"decline"}]}'),
                    "address 117 Rye Lane, London SE15 4ST. put it on home and prices page", _site())
    assert [(op.op, op.route) for op in plan.ops] == [("add_section", "/"), ("add_section", "/prices")]  # type: ignore[union-attr]
    assert all("117 Rye Lane, London SE15 4ST" in op.text for op in plan.ops)  # type: ignore[union-attr]


def test_on_home_and_on_another_page() -> None:
    model = '{"ops":[{"op":"add_section","route":"/classes","kind":"text","text":"Rua de São Miguel 22, 1100-544 Lisboa."}]}'
    plan = fit_plan(parse_plan(model), "the studio adress: Rua de São Miguel 22, 1100-544 Lisboa. on home and on classes page",
                    _site())
    assert [op.route for op in plan.ops] == ["/", "/classes"]  # type: ignore[union-attr]


def test_one_page_named_is_left_as_it_was_and_a_page_the_site_lacks_is_no_page_of_both_names() -> None:
    model = '{"ops":[{"op":"add_section","route":"/prices","kind":"text","text":"Open 9 to 5."}]}'
    assert plan_to_json(fit_plan(parse_plan(model), "Open 9 to 5. put it on the prices page", _site())) == model
    assert [op.op for op in fit_plan(parse_plan(model), "Open 9 to 5. on home and gallery page", _site()).ops] == ["decline"]


def test_a_page_whose_one_name_has_and_in_it_is_made() -> None:
    model = ('{"ops":[{"op":"add_page","title":"Terms and Conditions","route":"/terms-and-conditions"},'
             '{"op":"add_section","route":"/terms-and-conditions","kind":"text","text":"No refunds after 14 days."}]}')
    plan = fit_plan(parse_plan(model), "No refunds after 14 days. put it on the terms and conditions page", _site())
    assert [op.op for op in plan.ops] == ["add_page", "add_section"]
