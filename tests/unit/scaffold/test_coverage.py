"""A turn says which typed-out content its plan did not use."""

from __future__ import annotations

import pytest

from app.scaffold.coverage import plan_text, typed_content, unused_content, unused_note


def test_prices_times_emails_phones_and_quotes_are_found() -> None:
    request = ("services: Full Groom £45, Bath £30/month, open 9am to 5:30pm, call 0113 496 0123 or "
               "hello@paws.example, and the quote \"Best groom ever\" - Sam")
    assert typed_content(request) == ["£45", "£30/month", "9am", "5:30pm", "0113 496 0123", "hello@paws.example",
                                      "Best groom ever", "Sam"]


def test_who_signed_a_quote_is_content_and_a_dash_elsewhere_is_not() -> None:
    request = "Add a review: \"Our 1920s tub looked brand new\" - Denise Carvalho, Pawtucket"
    assert typed_content(request) == ["Our 1920s tub looked brand new", "Denise Carvalho"]
    assert unused_content(request, "Our 1920s tub looked brand new") == ["Denise Carvalho"]
    assert typed_content("Rename Shows - call it Gigs") == []


def test_what_the_plan_used_is_not_named_and_what_it_dropped_is() -> None:
    plan = ('{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Full Groom","text":"\\u00a345"}]},'
            '{"op":"add_nav_link","label":"Menu","href":"/menu"}]}')
    request = "prices: Full Groom £45, Nail Trim £10"
    assert unused_content(request, plan_text(plan)) == ["£10"]
    assert unused_note(request, plan_text(plan)) == "Not used from your request: £10."
    assert unused_note("add a menu page", plan_text(plan)) == ""


def test_a_quote_is_matched_without_case_or_punctuation() -> None:
    plan = '{"ops":[{"op":"set_text","route":"/","target":"title","text":"baked fresh every morning"}]}'
    assert unused_content("make the heading 'Baked fresh, every morning!'", plan_text(plan)) == []


def test_a_handle_is_typed_content_and_an_email_is_not_a_handle() -> None:
    assert typed_content("add our instagram @fruitvalefridge at the bottom, or mail ruth@bobbins.co.uk") == \
        ["@fruitvalefridge", "ruth@bobbins.co.uk"]


def test_a_phone_number_with_a_two_digit_area_code_is_found_whole() -> None:
    assert typed_content("add our phone 04 385 2291 and insta @rindandrumble") == ["04 385 2291", "@rindandrumble"]
    assert typed_content("Unit 12, open 10 till 4") == []


def test_one_lower_case_word_in_quotes_is_no_content() -> None:
    from app.scaffold.coverage import typed_content
    assert typed_content("my nephew was meant to do it but he's \"busy\" (gaming lol)") == []
    assert typed_content("change the title to \"Welcome\"") == ["Welcome"]


def test_who_signed_a_quote_ends_with_the_sentence() -> None:
    from app.scaffold.coverage import typed_content
    said = typed_content("\"Mum can hear her mokopuna again.\" - Hemi Walker. And: \"Very professional.\" - Joan B.")
    assert "Hemi Walker" in said and "Hemi Walker. And" not in said
    assert "Marcus T. Smith" in typed_content("\"Great work\" - Marcus T. Smith")


@pytest.mark.parametrize(("request_text", "number"), [
    ("show the number +55 48 99812 3307 next to it", "+55 48 99812 3307"),
    ("Phone and WhatsApp for eventos: 55 3412 8890.", "55 3412 8890"),
    ("call us on 04 385 2291", "04 385 2291"),
])
def test_a_phone_number_with_a_two_digit_code_is_typed_whole(request_text: str, number: str) -> None:
    assert number in typed_content(request_text)


def test_a_postcode_with_a_dash_is_no_phone_number() -> None:
    assert typed_content("ul. Karmelicka 14/3, 31-128 Kraków") == []


def test_a_phone_number_with_a_six_digit_area_code_is_typed_whole() -> None:
    assert "017687 72431" in typed_content("put our telephone number 017687 72431 and email stay@fellsidehouse.co.uk at the bottom")
