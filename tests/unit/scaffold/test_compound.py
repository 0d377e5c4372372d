"""A request of several clauses, each read whole (``compound``)."""

from __future__ import annotations

from app.scaffold.compound import clauses, read
from app.scaffold.plan import plan_to_json
from app.scaffold.site import Item, Page, Section, initial_site


def _site() -> object:
    site = initial_site("Stade Lane Smokery")
    site.pages.append(Page(route="/prices", title="Prices", sections=[Section(kind="list", items=[
        Item(title="Bloaters", text="£3 each"), Item(title="Kippers", text="£4.50 a pair"),
        Item(title="Smoked mackerel", text="£4")])]))
    site.pages.append(Page(route="/patterns", title="Patterns"))
    return site


def test_a_message_is_cut_into_its_requests() -> None:
    assert clauses("We've stopped doing bloaters, please take them off. And kippers have gone up to £5 a pair.") == \
        ["We've stopped doing bloaters, please take them off", "And kippers have gone up to £5 a pair"]
    assert clauses("rename the patterns page to free patterns pls and take the wexford wrap off") == \
        ["rename the patterns page to free patterns pls", "take the wexford wrap off"]
    assert clauses("take Humpty Doo and Howard Springs off service areas") == \
        ["take Humpty Doo and Howard Springs off service areas"]


def test_each_request_of_a_message_is_made() -> None:
    plan = read("We've stopped doing bloaters, please take them off. And kippers have gone up to £5 a pair.",
                _site())  # type: ignore[arg-type]
    assert plan is not None
    assert plan_to_json(plan) == ('{"ops":[{"op":"remove_item","item":"Bloaters"},'
                                  '{"op":"edit_item","item":"Kippers","text":"£5 a pair"}]}')
    # a rename and a new price, with a sentence that only says why
    plan = read("Please rename the Patterns page to Free Patterns. It sounds friendlier. Smoked mackerel is £4.50 now",
                _site())  # type: ignore[arg-type]
    assert plan is not None and [op.op for op in plan.ops] == ["rename_page", "edit_item"]


def test_a_message_with_a_part_no_reading_reads_is_not_read_here() -> None:
    # "add a page for our events" is no whole reading's: one part done and the other dropped is a wrong edit
    assert read("Take the bloaters off. Also add a page for our events with the dates", _site()) is None  # type: ignore[arg-type]
    assert read("Take the bloaters off, they didn't sell", _site()) is None  # type: ignore[arg-type]  # one request


def test_what_the_business_stopped_doing_goes_beside_a_new_price() -> None:
    # "we no longer make X, so please take it off", "dropping X", "X is off", "X are gone": each a removal
    for said in ("And we no longer smoke bloaters, so please take it off the Prices page", "we're dropping the "
                 "bloaters this year", "Bloaters are off till spring", "the bloaters are gone"):
        plan = read(f"Kippers have gone up to £5 a pair. {said}", _site())  # type: ignore[arg-type]
        assert plan is not None, said
        assert plan_to_json(plan) == ('{"ops":[{"op":"edit_item","item":"Kippers","text":"£5 a pair"},'
                                      '{"op":"remove_item","item":"Bloaters"}]}'), said
    # a pronoun names nothing: "not doing it anymore" leaves the removal to the verb that names it
    plan = read("Kippers are £5 a pair now. And drop the bloaters, not doing it anymore", _site())  # type: ignore[arg-type]
    assert plan is not None and [op.op for op in plan.ops] == ["edit_item", "remove_item"]


def test_what_is_still_showing_goes_unless_a_new_value_is_typed() -> None:
    from app.scaffold.itemfit import removal
    site = _site()
    for said in ("Bloaters still there", "the bloaters are still showing on the Prices page, could you remove them?"):
        plan = removal(said, site)  # type: ignore[arg-type]
        assert plan is not None and plan_to_json(plan) == '{"ops":[{"op":"remove_item","item":"Bloaters"}]}', said
    # a correction ("still says £4, it's £5 now") and a day are no removal
    assert removal("Bloaters still showing £3 each, its £3.50 now", site) is None  # type: ignore[arg-type]
    assert removal("Saturday is still showing on the Prices page", site) is None  # type: ignore[arg-type]
