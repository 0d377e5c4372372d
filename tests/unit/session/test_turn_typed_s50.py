"""Requests as the blind sets u232-u239 typed them, each through the real turn loop with the plan the model wrote."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.engine.fake import FakeEngine
from app.session.turn import TurnRunner
from tests.unit.scaffold.helpers import managed_project


def _run(root: Path, plan: str, prompt: str):  # type: ignore[no-untyped-def]
    return TurnRunner(root, FakeEngine(plan)).run(prompt)


def _page(root: Path, route: str) -> str:
    rel = "page.tsx" if route == "/" else route.strip("/") + "/page.tsx"
    return (root / "app" / rel).read_text()


def _apply(root: Path, ops: list[dict[str, object]], prompt: str) -> None:
    result = _run(root, json.dumps({"ops": ops}), prompt)
    assert result.outcome == "applied", result.message


def _text(root: Path, text: str, route: str = "/") -> None:
    _apply(root, [{"op": "add_section", "route": route, "kind": "text", "text": text}], f"add to home: {text}")


@pytest.mark.parametrize(("model", "prompt", "shown"), [
    ('{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Moolah Jar"},'
     '{"op":"set_theme","primary":"orange","font":"rounded"}]}',
     "Landing page for Moolah Jar — a pocket money app for kids 6-12 and their parents. Kids see three jars: Spend, "
     "Save, Give. Launching on iOS and Android 2 March 2026. We're based in Auckland. Bright, playful, rounded fonts pls",
     ["Moolah Jar", "pocket money app", "2 March 2026"]),
    ('{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Driftly"},'
     '{"op":"set_theme","primary":"navy","background":"purple","foreground":"white"}]}',
     "Landing page for our app Driftly – a sleep sounds + wind-down app for iOS and Android. Tagline: 'Fall asleep "
     "without scrolling.' Dark navy, soft purple, modern startup vibe. Launching 14 March 2027.",
     ["Driftly", "Fall asleep without scrolling", "14 March 2027"]),
])
def test_a_landing_page_for_the_writers_own_app_opens_the_site(tmp_path: Path, model: str, prompt: str,
                                                                 shown: list[str]) -> None:
    """"Landing page for our app X", "Landing page for Moolah Jar": the site described, with its launch date."""
    root = managed_project(tmp_path)
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    assert "describe_site" in result.plan
    assert all(s in _page(root, "/") for s in shown)


def test_a_date_typed_after_the_title_of_an_event_site_is_shown(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    model = '{"ops":[{"op":"describe_site","name":"Priya and Dev","tagline":"25 Years","sections":["list","cta"]}]}'
    result = _run(root, model, "Hi!! I'm organising a surprise 25th anniversary party for my parents Priya and Dev Mistry 💍 "
                               "can you make a pretty website for the guests? Title 'Priya and Dev - 25 Years' and the date "
                               "Saturday 14 August 2027")
    assert result.outcome == "applied", result.message
    assert "Saturday 14 August 2027" in _page(root, "/")


@pytest.mark.parametrize(("name", "prompt", "place"), [
    ("Hermanos Vidal Mudanzas", "hola, i need website for my moving company Hermanos Vidal Mudanzas in Montevideo. we are 2 "
     "brothers, Diego and Martín, 15 years moving houses and offices. make it blue and white pls", "Moving company in Montevideo"),
    ("Auntie Njoki's Pilau", "habari, i want website for my food kiosk Auntie Njoki's Pilau, near Eldoret bus stage. we sell "
     "pilau, chapati, beans, chai. colours green and orange", "Food kiosk near Eldoret bus stage"),
])
def test_where_the_business_is_said_beside_its_name_is_shown(tmp_path: Path, name: str, prompt: str, place: str) -> None:
    root = managed_project(tmp_path)
    model = json.dumps({"ops": [{"op": "describe_site", "name": name, "tagline": "We move you", "sections": ["contact"]}]})
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    assert place in _page(root, "/")


@pytest.mark.parametrize(("shown", "model", "prompt", "gone", "now"), [
    ("Leaders: Gwen Hartley (MIA), Sunil Varma (rope skills), Fraser Doyle (first aid lead).", _DECLINE := '{"ops":[{"op":"decline"}]}',
     "Sunil can't make it any more, Ros Kettlewell is taking the rope skills workshop instead", "Sunil Varma",
     "Ros Kettlewell"),
    ("Teachers: Klára (Lindy Hop, Solo Jazz), Tomáš (Balboa).",
     '{"ops":[{"op":"remove_item","item":"Solo Jazz"}]}',
     "Klára is leaving us (maternity leave 🍼) so take her off the teachers, Solo Jazz now taught by Bára Sýkorová",
     "Klára", "Bára Sýkorová"),
    ("Committee: Chair Jenny Trewin, Treasurer Mike Rowe, Secretary Paul Kessell.", _DECLINE,
     "Mike Rowe has stood down as treasurer, it's now Sally Vincent", "Mike Rowe", "Treasurer Sally Vincent"),
    ("Welcome by Grandpa Kofi, prayer by Rev. Esther Adjei, naming by Auntie Ama.", _DECLINE,
     "Correction: Rev. Esther Adjei cannot come, prayer will be by Pastor Samuel Ofori", "Esther Adjei",
     "prayer by Pastor Samuel Ofori"),
    ("Solo recital 1500 zł. Duo with violin (Paweł Zając) 2200 zł.", _DECLINE,
     "Paweł is not playing with me anymore, duo is now with violinist Zuzanna Wójcik", "Paweł", "violin (Zuzanna Wójcik)"),
    ("Court of honor: damas Sofia, Camila, Renata and Lucía.", '{"ops":[{"op":"replace_text","old":", Renata","new":""}]}',
     "Renata can't be in the court anymore 😢 please change her to Ximena", "Renata", "Camila, Ximena and Lucía"),
])
def test_who_comes_in_place_of_who_goes(tmp_path: Path, shown: str, model: str, prompt: str, gone: str, now: str) -> None:
    """Stood down, cannot come, not playing anymore, taking it instead, now taught by, change her to."""
    root = managed_project(tmp_path)
    _text(root, shown)
    result = _run(root, model, prompt)
    assert result.outcome == "applied", result.message
    page = _page(root, "/")
    assert gone not in page and now in page


def test_a_price_in_yuan_changes_where_the_text_shows_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _text(root, "Membership fee 300 yuan per season, need health check from hospital.")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Fee","text":"350 yuan"}]}', "Membership fee change to 350 yuan")
    assert result.outcome == "applied", result.message
    assert "Membership fee 350 yuan per season" in _page(root, "/")


def test_the_kind_said_before_a_labels_name_is_the_one_whose_price_changes(tmp_path: Path) -> None:
    """"large stall fee" is the Large stall's, not the first price the "Stall fees" item shows."""
    root = managed_project(tmp_path)
    _apply(root, [{"op": "add_items", "route": "/", "kind": "list",
                   "items": [{"title": "Stall fees", "text": "Small 3x3m $25"}, {"title": "Large 3x6m", "text": "$40"}]}],
           "stall fees: small 3x3m $25, large 3x6m $40")
    result = _run(root, '{"ops":[{"op":"edit_item","item":"Large","text":"$45"}]}', "large stall fee is now $45")
    assert result.outcome == "applied", result.message
    page = _page(root, "/")
    assert "$45" in page and "$40" not in page and "Small 3x3m $25" in page
