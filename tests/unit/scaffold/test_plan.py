from __future__ import annotations

import json

import pytest

from app.errors import PlanError
from app.scaffold.plan import AddPage, Plan, SetTheme, parse_plan, plan_json_schema, plan_to_json, without_repeated_texts


def test_schema_is_generated_from_the_models_and_tight() -> None:
    schema = plan_json_schema()
    assert schema["x-guidance"] == {"whitespace_flexible": False}
    defs = schema["$defs"]
    assert defs["AddPage"]["additionalProperties"] is False
    assert defs["AddPage"]["properties"]["title"]["maxLength"] == 60
    assert "title" in defs["AddPage"]["required"]
    refs = [r["$ref"] for r in schema["properties"]["ops"]["items"]["anyOf"]]
    assert "#/$defs/WriteFile" not in refs
    assert "#/$defs/WriteFile" in [r["$ref"] for r in plan_json_schema(allow_files=True)["properties"]["ops"]["items"]["anyOf"]]
    assert json.loads(json.dumps(schema)) == schema


def test_valid_plan_round_trips() -> None:
    text = '{"ops":[{"op":"add_page","route":"/about","title":"Our Story","sections":["text"]}]}'
    plan = parse_plan(text)
    assert isinstance(plan.ops[0], AddPage)
    assert parse_plan(plan_to_json(plan)) == plan


def test_named_colours_are_accepted() -> None:
    plan = parse_plan('{"ops":[{"op":"set_theme","primary":"green","font":"serif"}]}')
    assert isinstance(plan.ops[0], SetTheme) and plan.ops[0].primary == "green"


@pytest.mark.parametrize("text,needle", [
    ("", "returned nothing"),
    ('{"ops":[{"op":"add_page","route":"/about"', "not valid JSON"),
    ('{"ops":[{"op":"fly","route":"/"}]}', "invalid"),
    ('{"ops":[{"op":"add_page","route":"/About Us","title":"x"}]}', "route"),
    ('{"ops":[{"op":"add_page","route":"/a","title":5}]}', "title"),
    ('{"ops":[]}', "ops"),
    ('{"ops":[{"op":"add_page","route":"/a","title":"x","extra":1}]}', "extra"),
    ("[1,2]", "invalid"),
])
def test_malformed_output_is_a_clear_plan_error(text: str, needle: str) -> None:
    with pytest.raises(PlanError) as info:
        parse_plan(text)
    assert needle.lower() in str(info.value).lower()
    assert "nothing was written" in str(info.value) or "returned nothing" in str(info.value)


def test_existing_page_ops_are_narrowed_to_the_projects_routes() -> None:
    schema = plan_json_schema(routes=["/", "/about"])
    assert schema["$defs"]["SetText"]["properties"]["route"] == {"type": "string", "enum": ["/", "/about"]}
    assert schema["$defs"]["RemovePage"]["properties"]["route"]["enum"] == ["/", "/about"]
    assert "pattern" in schema["$defs"]["AddPage"]["properties"]["route"]["anyOf"][0]
    assert schema["properties"]["ops"]["maxItems"] == 3


def test_guidance_keeps_the_property_order_the_plans_are_written_in() -> None:
    """llguidance writes properties in schema order; sorted keys made four ops unwritable."""
    import json as _json

    from app.session.turn import plan_guidance

    schema = _json.loads(plan_guidance(["/", "/about"]).data)
    for name, node in schema["$defs"].items():
        if "op" in node.get("properties", {}):
            assert next(iter(node["properties"])) == "op", name
    add_section = list(schema["$defs"]["AddSection"]["properties"])
    assert add_section == ["op", "route", "kind", "heading", "text"]


def test_a_rename_keeps_the_page_title_unless_the_user_gave_one() -> None:
    from app.scaffold.plan import without_unasked_titles

    def title(request: str, plan_title: str) -> str:
        plan = parse_plan(json.dumps({"ops": [{"op": "rename_page", "route": "/reports", "new_route": "/insights",
                                               "title": plan_title}]}))
        return without_unasked_titles(plan, request).ops[0].title  # type: ignore[union-attr]

    assert title("Move /reports to /insights", "Insights") == ""
    assert title("Rename the reports page to /insights", "Insights") == ""
    assert title("Rename the reports page to /insights and call it Insights", "Insights") == "Insights"
    assert title("rename the reports page to insights", "Insights") == "Insights"
    assert title("Move /reports to /insights, title: Key Insights", "Key Insights") == "Key Insights"
    other = parse_plan('{"ops":[{"op":"set_text","route":"/","target":"title","text":"Insights"}]}')
    assert without_unasked_titles(other, "Move it") is other


def test_the_same_op_twice_is_made_once() -> None:
    link = {"op": "add_nav_link", "label": "Instagram", "href": "https://instagram.com/x"}
    plan = Plan.model_validate({"ops": [link, link]})
    assert without_repeated_texts(plan).ops == plan.ops[:1]


def test_the_same_words_replaced_twice_are_replaced_by_the_name() -> None:
    plan = Plan.model_validate({"ops": [
        {"op": "replace_text", "old": "Ray Dunbar", "new": "Walt Fischer as secretary"},
        {"op": "replace_text", "old": "Ray Dunbar", "new": "Walt Fischer"}]})
    assert [op.new for op in without_repeated_texts(plan).ops] == ["Walt Fischer"]  # type: ignore[union-attr]


def test_a_heading_set_again_to_the_line_under_it_is_set_once() -> None:
    """"the main heading say 'X' and the line beneath it say 'Y'": the model set the heading a second time."""
    plan = Plan.model_validate({"ops": [
        {"op": "set_text", "route": "/", "target": "title", "text": "Harrowgate Hill Singers"},
        {"op": "set_text", "route": "/", "target": "subtitle", "text": "A friendly community choir."},
        {"op": "set_text", "route": "/", "target": "title", "text": "A friendly community choir."}]})
    assert without_repeated_texts(plan).ops == plan.ops[:2]
