"""An opening prompt's headline and contact details (``openerfit``), and the opening prompt that
declined for leaving them out, now set up whole through the turn loop."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.engine.fake import FakeEngine
from app.scaffold.openerfit import details, headline
from app.session.turn import TurnRunner
from tests.unit.scaffold.helpers import managed_project


@pytest.mark.parametrize(("request_text", "said"), [
    ('Our headline should be "See the lake at your own pace". Could you keep it clean', "See the lake at your own pace"),
    ("Headline: Fresh Bengali sweets, made every morning", "Fresh Bengali sweets, made every morning"),
    ('Our motto is "Warm feet, warm hearts".', "Warm feet, warm hearts"),
    ("Can you knock me up a website? Put 'Never too old to throw a punch' at the top if you can.",
     "Never too old to throw a punch"),
    ("Headline: Hail happens. We fix it without paint.", "Hail happens"),
    ("I'd love a homepage with the tagline 'Heat up. Jump in. Repeat.' and a warm feel", "Heat up. Jump in. Repeat."),
    ('Could the home page say "Paint it, sip it, take it home" somewhere nice and big?', "Paint it, sip it, take it home"),
    ("A site for my bakery in Leeds, nothing fancy", ""),
    ("the heading on the about page is too long", ""),
])
def test_the_headline_an_opening_prompt_types(request_text: str, said: str) -> None:
    assert headline(request_text) == said


def test_the_contact_details_an_opening_prompt_types() -> None:
    found = details("Please include my contact details: 14 Hopetoun Road, South Queensferry, EH30 9RA, telephone "
                    "0131 331 2874, email catriona@inchgarvieviolins.co.uk. My name is Catriona Gillespie.")
    assert [(e.title, e.text) for e in found] == [("Address", "14 Hopetoun Road, South Queensferry, EH30 9RA"),
                                                ("Phone", "0131 331 2874"), ("Email", "catriona@inchgarvieviolins.co.uk")]
    assert [e.text for e in details("mention we're at 212 Kellys Plains Road, Armidale NSW. Phone is 0427 118 903.")] \
        == ["212 Kellys Plains Road, Armidale NSW", "0427 118 903"]
    assert [(e.title, e.text) for e in details("our opening hours (Tuesday to Saturday 10am to 5pm, closed Sunday and "
                                                "Monday)")] == [("Hours", "Tuesday to Saturday 10am to 5pm")]
    assert [e.text for e in details("hours: Wednesday to Sunday 8am until sold out. Open Wed-Sun 11am-8pm.")] == [
        "Wednesday to Sunday 8am until sold out", "Wed-Sun 11am-8pm"]
    assert [(e.title, e.text) for e in details("phone (709) 555-0148, insta @saltboxsourdough")] == [
        ("Phone", "(709) 555-0148"), ("Instagram", "@saltboxsourdough")]  # labelled as contactfit labels them
    assert details("We make 40 sourdough loaves a day and open at 7am, $5 a loaf.") == []


def test_an_opening_prompt_with_a_headline_and_details_sets_up_the_home_page_whole(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    prompt = ("Good morning. I would like a website for my workshop, Inchgarvie Violins. I make and restore violins, "
              "violas and cellos in South Queensferry, just under the Forth Bridge. The headline should read \"Made by "
              "hand beside the Forth\". Please include a short welcome on the home page and my contact details: 14 "
              "Hopetoun Road, South Queensferry, EH30 9RA, telephone 0131 331 2874, email "
              "catriona@inchgarvieviolins.co.uk. My name is Catriona Gillespie. Thank you.")
    # the model's plan: the name, a clause of the description as the subtitle, no details
    model = ('{"ops":[{"op":"describe_site","name":"Inchgarvie Violins","tagline":"make and restore violins, violas and '
             'cellos in South Queensferry","sections":["features","contact"]}]}')
    result = TurnRunner(root, FakeEngine(model)).run(prompt)
    assert result.outcome == "applied", result.message
    page = (root / "app" / "page.tsx").read_text()
    for typed in ("Inchgarvie Violins", "Made by hand beside the Forth", "14 Hopetoun Road", "0131 331 2874",
                  "catriona@inchgarvieviolins.co.uk", "just under the Forth Bridge"):
        assert typed in page, typed
    assert "hello@example.com" not in page and page.count("<Contact") == 1  # no placeholder beside the user's details


def test_details_an_opening_prompt_types_replace_the_placeholder_contact_and_hours(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    prompt = ("hi, i need a website for my kayak hire business on the quay in Kinvara, its called Kinvara Kayak Hire. "
              "we're at 3 Quay Road, Kinvara, H91 X2P4, phone 091 638 2210, open Tuesday to Sunday 9am to 6pm")
    model = '{"ops":[{"op":"describe_site","name":"Kinvara Kayak Hire","sections":["list","contact"]}]}'
    result = TurnRunner(root, FakeEngine(model)).run(prompt)
    assert result.outcome == "applied", result.message
    page = (root / "app" / "page.tsx").read_text()
    for typed in ("3 Quay Road, Kinvara, H91 X2P4", "091 638 2210", "Tuesday to Sunday 9am to 6pm"):
        assert typed in page, typed
    # the description holds the details too; the placeholders that would contradict them are not made
    assert "hello@example.com" not in page and "Monday to Friday" not in page
