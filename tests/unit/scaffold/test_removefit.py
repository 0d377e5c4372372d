"""A removal read whole, with one more said after it (``removefit``)."""

from __future__ import annotations

from app.scaffold import removefit
from app.scaffold.plan import Plan, RemoveItem, ReplaceText
from app.scaffold.site import Item, Page, Section, Site


def _site() -> Site:
    services = Section(kind="list", items=[Item(title="Portrait session 1 hour", text="$2,500 MXN"),
                                           Item(title="Product photos (10 pictures)", text="$4,000 MXN")])
    gallery = Section(kind="text", text="Boda en Coyoacán, Retrato de Ana, Retrato familiar, Joyería Plata")
    return Site(name="Lucía Ramírez", pages=[Page(route="/", title="Home"), Page(route="/services", title="Services", sections=[services]),
                                             Page(route="/gallery", title="Gallery", sections=[gallery])])


def test_one_more_removal_said_after_the_first() -> None:
    request = "I do not do product photos anymore, remove it please, and also the Joyería Plata box in gallery"
    assert removefit.read(request, _site()) == Plan(ops=[RemoveItem(op="remove_item", item="Product photos (10 pictures)"),
                                                         ReplaceText(op="replace_text", old=", Joyería Plata", new="")])


def test_what_follows_and_also_that_names_nothing_shown_is_no_removal() -> None:
    request = "I do not do product photos anymore, remove it please, and also the nice weather"
    plan = removefit.read(request, _site())
    assert plan is not None and plan.ops[0] == RemoveItem(op="remove_item", item="Product photos (10 pictures)")
    assert len(plan.ops) == 1
