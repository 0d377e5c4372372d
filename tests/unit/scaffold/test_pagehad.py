"""A new page the model made of a page the site has."""

from __future__ import annotations

from app.scaffold.pagehad import without_pageless
from app.scaffold.plan import AddItems, AddNavLink, Entry, parse_plan, plan_to_json
from app.scaffold.requestfit import fit_plan
from app.scaffold.site import Page, Site
from bench.plans.run import site_for

_MODEL = ('{"ops":[{"op":"add_page","title":"Us","route":"/us"},{"op":"add_items","route":"/us","kind":"list",'
          '"items":[{"title":"Sibling discount","text":"$20 off each sibling"}]}]}')


def test_a_page_named_in_part_is_the_page_the_site_has() -> None:
    plan = fit_plan(parse_plan(_MODEL), "The Join Us page is missing the sibling discount, it's $20 off each sibling.",
                    site_for(["/", "/join-us"]))
    assert [(op.op, getattr(op, "route", "")) for op in plan.ops] == [("add_items", "/join-us")]
    assert "$20 off each sibling" in plan_to_json(plan)


def test_a_new_page_asked_for_stays_new() -> None:
    plan = fit_plan(parse_plan(_MODEL), "The Join Us page is fine. Add a new page called Us with the sibling "
                                        "discount, $20 off each sibling", site_for(["/", "/join-us"]))
    assert ("add_page", "/us") in [(op.op, getattr(op, "route", "")) for op in plan.ops], plan


def test_a_page_the_site_has_named_bare_after_add_to() -> None:
    model = ('{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Boxes","text":"\\u00a32.50"},'
             '{"title":"Full packing","text":"\\u00a3120"}]}]}')
    plan = fit_plan(parse_plan(model), "we do packing now, boxes £2.50 each and full packing £120. add to prices",
                    site_for(["/", "/prices"]))
    assert {getattr(op, "route", "") for op in plan.ops} == {"/prices"}


def test_content_for_a_page_no_one_has_goes_beside_other_ops_and_stays_alone() -> None:
    site = Site(name="Salt and Sage", pages=[Page(route="/", title="Home")])
    link = AddNavLink(op="add_nav_link", label="Instagram", href="https://instagram.com/saltandsageyoga")
    stray = AddItems(op="add_items", route="/instagram", kind="contact", items=[Entry(title="instagram then")])
    assert without_pageless([link, stray], site) == [link]
    assert without_pageless([stray], site) == [stray]  # alone: the turn says the page is missing
