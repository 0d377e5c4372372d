"""The user's typed list wins over a list the model cut short or respelt."""

from __future__ import annotations

from app.scaffold.listfit import entry_of, typed_list
from app.scaffold.plan import Entry, Plan
from app.scaffold.requestfit import fit_plan


def _items(plan: Plan) -> list[tuple[str, str]]:
    return [(e.title, e.text) for e in plan.ops[0].items]  # type: ignore[union-attr]


def _plan(items: list[dict[str, str]], kind: str = "list") -> Plan:
    return Plan.model_validate({"ops": [{"op": "add_items", "route": "/", "kind": kind, "items": items}]})


def test_entries_split_the_way_people_write_them() -> None:
    assert entry_of("Oat latte £3.40") == ("Oat latte", "£3.40")
    assert entry_of("Deep clean - $140") == ("Deep clean", "$140")
    assert entry_of("Tuesday: 10am-4pm") == ("Tuesday", "10am-4pm")
    assert entry_of("Wedding day £1,950 (8 hours)") == ("Wedding day", "£1,950 (8 hours)")
    assert entry_of("Ines Ruiz (bass, vocals)") == ("Ines Ruiz", "bass, vocals")
    assert entry_of("Marta Gil, head chef", semicolons=True) == ("Marta Gil", "head chef")
    assert entry_of("and Flapjack") == ("Flapjack", "")


def test_a_list_cut_short_and_a_lost_currency_sign_come_from_the_request() -> None:
    request = "treatments and prices: Hot stone £55, Back massage £40, Reflexology £35.50, Facial £1,200"
    model = _plan([{"title": "Hot stone", "text": "\u0000"}, {"title": "Back massage", "text": "$40"}])
    assert _items(fit_plan(model, request)) == [("Hot stone", "£55"), ("Back massage", "£40"),
                                                ("Reflexology", "£35.50"), ("Facial", "£1,200")]


def test_names_only_and_a_skipped_first_entry() -> None:
    request = "most-wanted donations: pasta, tinned tomatoes, toothpaste and soap. thanks!"
    model = _plan([{"title": "Tinned tomatoes"}, {"title": "Toothpaste"}])
    assert _items(fit_plan(model, request)) == [("pasta", ""), ("tinned tomatoes", ""), ("toothpaste", ""),
                                                ("soap", "")]


def test_people_between_semicolons_keep_their_roles() -> None:
    request = "our staff: Marta Gil, head chef; Tom Berry, sous chef; Ada Lin, front of house"
    model = _plan([{"title": "Marta Gil", "text": "About"}, {"title": "Tom Berry", "text": "Sous chef"}], "team")
    assert _items(fit_plan(model, request)) == [("Marta Gil", "head chef"), ("Tom Berry", "sous chef"),
                                                ("Ada Lin", "front of house")]


def test_a_plan_whose_items_are_not_the_typed_list_is_kept() -> None:
    request = "add a features section about our quick turnaround"
    model = _plan([{"title": "Quick turnaround", "text": "Same day"}], "features")
    assert _items(fit_plan(model, request)) == [("Quick turnaround", "Same day")]
    assert typed_list("open late, closed Sunday and Monday", [Entry(title="Sunday")]) is None


def test_an_edit_puts_a_price_in_the_detail() -> None:
    # (a price in another currency than the one typed is refused by the grammar: test_spans.py)
    plan = Plan.model_validate({"ops": [{"op": "edit_item", "item": "Studio", "title": "£1,750"}]})
    op = fit_plan(plan, "actually change the Studio price to £1,750").ops[0]
    assert (op.item, op.title, op.text) == ("Studio", "", "£1,750")  # type: ignore[union-attr]


def test_a_new_page_with_its_content_gets_no_placeholder_section_of_that_kind() -> None:
    plan = Plan.model_validate({"ops": [{"op": "add_page", "title": "Prices", "route": "/prices"},
                                        {"op": "add_items", "route": "/prices", "kind": "pricing",
                                         "items": [{"title": "Solo", "text": "$5"}]}]})
    fitted = fit_plan(plan, "a /prices page with our plans: Solo $5")
    assert fitted.ops[0].sections == []  # type: ignore[union-attr]


def test_content_for_a_typed_path_the_site_lacks_adds_that_page_first() -> None:
    from app.scaffold.site import initial_site

    plan = Plan.model_validate({"ops": [{"op": "add_items", "route": "/rates", "kind": "list",
                                         "items": [{"title": "Hour", "text": "£40"}]}]})
    fitted = fit_plan(plan, "rates page at /rates: Hour £40, Day £250", initial_site("X"))
    assert [op.op for op in fitted.ops] == ["add_page", "add_items"]
    assert (fitted.ops[0].route, fitted.ops[0].title) == ("/rates", "Rates")  # type: ignore[union-attr]
    assert [(e.title, e.text) for e in fitted.ops[1].items] == [("Hour", "£40"), ("Day", "£250")]  # type: ignore[union-attr]
    untyped = fit_plan(plan, "rates: Hour £40", initial_site("X"))
    assert [op.op for op in untyped.ops] == ["add_items"]


def test_an_edit_the_model_put_on_home_goes_to_the_one_page_the_request_names() -> None:
    from app.scaffold.requestfit import named_page
    from app.scaffold.site import Page, initial_site

    site = initial_site("X")
    site.pages.append(Page(route="/work", title="Work"))
    plan = Plan.model_validate({"ops": [{"op": "add_section", "route": "/", "kind": "testimonials",
                                         "heading": "Kind words"}]})
    assert fit_plan(plan, "Add a testimonials section to the work page headed Kind words", site).ops[0].route == "/work"  # type: ignore[union-attr]
    assert fit_plan(plan, "Add testimonials to /work and the home page", site).ops[0].route == "/"  # type: ignore[union-attr]
    assert named_page("add a faq headed Help", ["/", "/work"]) is None


def test_the_list_a_colon_opens() -> None:
    from app.scaffold.listfit import opened_list

    got = opened_list("Please create a Courses page listing: Spanish for Beginners – 10 weeks – $320; "
                      "Conversational French – 8 weeks – $280.")
    assert got is not None and [(e.title, e.text) for e in got] == [
        ("Spanish for Beginners", "10 weeks – $320"), ("Conversational French", "8 weeks – $280")]
    assert opened_list("we open at 7:00, 8:00 and 9:00") is None  # a time's colon opens no list
    assert opened_list("no colon, no list, here") is None


def test_names_copied_cut_short_are_mended_from_the_request() -> None:
    request = "Add three features to the home page: Streaming replies, File search over your documents, Function calling"
    got = typed_list(request, [Entry(title="Streaming replies"), Entry(title="File search"), Entry(title="Function calling")])
    assert got is not None and [e.title for e in got] == ["Streaming replies", "File search over your documents",
                                                          "Function calling"]
    exact = [Entry(title="Streaming replies"), Entry(title="File search over your documents"), Entry(title="Function calling")]
    assert typed_list(request, exact) is None, "names copied whole stand as the model wrote them"


def test_a_list_typed_with_spaced_slashes_is_split_at_them() -> None:
    from app.scaffold.listfit import pieces
    assert pieces("Charred Leek & Romesco / Wild Garlic Gnocchi / Rhubarb Custard Tart") == \
        (["Charred Leek & Romesco", "Wild Garlic Gnocchi", "Rhubarb Custard Tart"], True)
    assert pieces("open 24/7, call 01234 567890 and/or email") == (["open 24/7", "call 01234 567890 and/or email"], False)
