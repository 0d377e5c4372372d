"""The request's spans, and the plan grammar that only lets copy slots hold them (checked with llguidance)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "build" / "finetune"))

from fromsessions import grammar_accepts  # noqa: E402  (the one home of the byte-level grammar check)

from app.scaffold.plan import COPY_SLOTS, parse_plan, plan_json_schema
from app.scaffold.spans import MAX_SPAN_WORDS, case_variants, request_spans

HARBOR = "Make a home page for Harbor Cafe, a coffee shop by the sea"


def test_spans_are_runs_of_the_requests_words() -> None:
    spans = request_spans(HARBOR)
    for wanted in ("Harbor Cafe", "Harbor Cafe, a coffee", "a coffee shop by the sea", "Make", "sea", HARBOR):
        assert wanted in spans, wanted
    for never in ("Harley Cafe", "Harbour Cafe", "arbor Cafe", "Harbor Caf", " Harbor", "Harbor Cafe,",
                  "Cafe, a coffee shop by the sea and more", ""):
        assert never not in spans, never
    assert len(spans) == len(set(spans))


def test_a_span_keeps_or_drops_the_closing_marks_of_its_last_word_but_never_opens_with_one() -> None:
    spans = request_spans("faq: Q: Can I cancel anytime? A: yes. Plans: Pro $29/mo (unlimited invoices), 'Low Tide'")
    assert {"Can I cancel anytime", "Can I cancel anytime?", "Pro $29/mo", "$29/mo (unlimited invoices)",
            "unlimited invoices", "Low Tide", "Low Tide'"} <= set(spans)
    assert not [s for s in spans if s[0] in "\"'(“‘"], "no span opens with a quote or a bracket"
    assert not [s for s in spans if s[-1] in ",;:-"], "nor ends with a comma, a colon or a dash"


def test_long_copy_comes_whole_as_a_quote_or_a_sentence() -> None:
    quote = " ".join(f"w{i}" for i in range(MAX_SPAN_WORDS + 6))
    spans = request_spans(f"add a testimonial: '{quote}' - Dave. Then {quote}. Done")
    assert quote in spans, "a quote longer than MAX_SPAN_WORDS words"
    assert f"Then {quote}" in spans, "a sentence"
    assert " ".join(quote.split()[:MAX_SPAN_WORDS]) in spans
    assert " ".join(quote.split()[: MAX_SPAN_WORDS + 1]) not in spans


def test_paths_give_their_segments_and_urls_are_words() -> None:
    spans = request_spans("move /docs/intro to /our-story, link https://x.io/a")
    assert {"intro", "docs/intro", "our-story", "https://x.io/a"} <= set(spans)
    assert "our story" not in spans, "no spaces for hyphens: 'Tapas & Wine at /tapas-wine' is not 'Tapas Wine'"


def test_the_count_stays_bounded() -> None:
    words = " ".join(f"word{i}" for i in range(60))
    assert len(request_spans(words)) <= 60 * MAX_SPAN_WORDS + 10
    assert request_spans("") == [] and request_spans("  ?! ") == []


def test_case_variants() -> None:
    assert case_variants("customer stories", title=True) == ["customer stories", "Customer stories", "Customer Stories"]
    assert case_variants("book now", title=False) == ["book now", "Book now"]
    assert case_variants("$45", title=True) == ["$45"]


def test_the_schema_puts_the_spans_on_every_copy_slot_and_nothing_else() -> None:
    spans = request_spans(HARBOR)
    schema = plan_json_schema(routes=["/", "/about"], spans=spans)
    defs = schema["$defs"]
    for name, slots in COPY_SLOTS.items():
        for slot in slots:
            node = defs[name]["properties"][slot]
            assert node["$ref"].startswith("#/$defs/Span") and "maxLength" not in node, (name, slot)
    assert defs["SetText"]["properties"]["route"]["enum"] == ["/", "/about"]
    assert "pattern" in defs["AddNavLink"]["properties"]["href"], "a link's target is free"
    assert defs["AddApiRoute"]["properties"]["json"]["additionalProperties"], "an API body is free"
    for name, node in defs.items():
        if name.startswith("Span") and "$ref" not in node:  # a bare $ref: no span only this length holds
            limit = int(name[4:])
            values = node.get("enum") or next((n["enum"] for n in node.get("anyOf", []) if "enum" in n), [])
            assert values and all(len(v) <= limit for v in values), name
    assert "Span60" in defs and "Harbor Cafe" in defs["Span60"]["enum"]
    assert plan_json_schema(spans=[]) == plan_json_schema(), "no spans: the free grammar"


@pytest.mark.parametrize(("request_text", "plan", "ok"), [
    (HARBOR, {"op": "describe_site", "name": "Harbor Cafe", "tagline": "a coffee shop by the sea"}, True),
    (HARBOR, {"op": "describe_site", "name": "Harley Cafe", "tagline": "a coffee shop by the sea"}, False),
    (HARBOR, {"op": "describe_site", "name": "Harbor Cafe", "tagline": "a coffee shop by the see"}, False),
    ("add a pricing page", {"op": "add_page", "title": "Pricing"}, True),
    ("add a pricing page", {"op": "add_page", "title": "Prices"}, False),
    ("add a page for customer stories", {"op": "add_page", "title": "Customer Stories", "route": "/stories"}, True),
    ("menu: Al Pastor $3.50, Horchata $3", {"op": "add_items", "route": "/menu", "kind": "pricing",
                                            "items": [{"title": "Al Pastor", "text": "$3.50"}]}, True),
    ("menu: Al Pastor $3.50, Horchata $3", {"op": "add_items", "route": "/menu", "kind": "pricing",
                                            "items": [{"title": "Al Pastor", "text": "$3,40"}]}, False),
    ("change Full Groom to £48", {"op": "edit_item", "item": "Full Groom", "text": "£48"}, True),
    ("change Full Groom to £48", {"op": "edit_item", "item": "Full Groom", "text": "$48"}, False),
    ("actually change the Studio price to £1,750", {"op": "edit_item", "item": "Studio", "title": "$1,750"}, False),
    # what requestfit's respelling rule used to repair after the fact (deleted: the grammar refuses it)
    ("Create a home page for a bakery called Rosie's Bakes", {"op": "describe_site", "name": "Rosens's Bakes"}, False),
    ("Create a home page for a bakery called Rosie's Bakes", {"op": "describe_site", "name": "Rosie's Bakes"}, True),
    ("Set the home subtitle to One to one help in maths and sciense",
     {"op": "set_text", "route": "/", "target": "subtitle", "text": "One to one help in maths and sensibility"}, False),
    ("Label it Shop, URL https://www.etsy.com/shop/Kettle", {"op": "add_nav_link", "label": "Shop",
                                                             "href": "https://www.etsy.com/shop/Kettle"}, True),
    ("make the site blue", {"op": "set_theme", "primary": "blue"}, True),
    ('title 12" pizza C:\\menu', {"op": "set_text", "route": "/", "target": "title", "text": '12" pizza C:\\menu'}, True),
])
def test_the_grammar_lets_copy_slots_hold_only_the_requests_words(request_text: str, plan: dict[str, Any],
                                                                   ok: bool) -> None:
    schema = plan_json_schema(routes=["/", "/about"], spans=request_spans(request_text))
    text = json.dumps({"ops": [plan]}, separators=(",", ":"), ensure_ascii=False)
    parse_plan(text)  # a valid plan either way: only the grammar tells them apart
    assert grammar_accepts(schema, text) is ok
    assert grammar_accepts(plan_json_schema(routes=["/", "/about"]), text), "the free grammar takes both"


def test_no_span_outgrows_its_slot_in_the_grammar() -> None:
    long = " ".join(["Harbor"] * 12)  # 83 characters: a text, not a title
    schema = plan_json_schema(spans=request_spans(f"set the subtitle to {long}"))
    assert grammar_accepts(schema, json.dumps({"ops": [{"op": "set_text", "route": "/", "target": "subtitle",
                                                        "text": long}]}, separators=(",", ":")))
    assert not grammar_accepts(schema, json.dumps({"ops": [{"op": "add_page", "title": long}]}, separators=(",", ":")))
