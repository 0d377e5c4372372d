"""Truthful outcomes: a decline writes nothing and says so, a plan that changes nothing is not a
turn, an empty prompt never reaches the model, and the user's content reaches the page."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.engine.fake import FakeEngine
from app.scaffold import history
from app.session.log import SessionLog
from app.session.turn import TurnRunner
from tests.unit.scaffold.helpers import managed_project, snapshot


def _run(root: Path, plan: str, prompt: str = "x") -> tuple[TurnRunner, object]:
    runner = TurnRunner(root, FakeEngine(plan))
    return runner, runner.run(prompt)


def test_a_decline_writes_nothing_names_the_request_and_is_logged(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    before = snapshot(root)
    _, result = _run(root, '{"ops":[{"op":"decline"}]}', "Make the header sticky")
    assert result.outcome == "declined" and not result.files  # type: ignore[attr-defined]
    assert "\u201cMake the header sticky\u201d" in result.message and "Nothing was changed" in result.message  # type: ignore[attr-defined]
    assert snapshot(root) == before
    assert history.load(root).turns == []
    assert SessionLog(root).entries()[-1]["outcome"] == "declined"


def test_a_plan_that_changes_nothing_is_not_recorded_as_a_turn(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _, first = _run(root, '{"ops":[{"op":"add_nav_link","label":"Home","href":"/"}]}', "put home in the menu")
    assert first.outcome == "unchanged", first  # type: ignore[attr-defined]
    assert first.message.startswith("Nothing changed: the navigation already links to /")  # type: ignore[attr-defined]
    assert not first.files and first.turn_id is None  # type: ignore[attr-defined]


def test_an_empty_prompt_is_refused_before_the_model_runs(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    engine = FakeEngine('{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"Next"}]}')
    result = TurnRunner(root, engine).run("   \n ")
    assert result.outcome == "refused" and "empty" in result.message
    assert engine.calls == []


def test_the_users_content_reaches_the_page_and_can_be_edited_in_place(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    plan = ('{"ops":[{"op":"add_items","route":"/","kind":"list","heading":"Drinks","items":['
            '{"title":"Flat white","text":"$4"},{"title":"Cortado","text":"$3.50"}]}]}')
    _, added = _run(root, plan, "Drinks: Flat white $4, Cortado $3.50")
    assert added.outcome == "applied", added.message  # type: ignore[attr-defined]
    page = (root / "app" / "page.tsx").read_text()
    for text in ("Drinks", "Flat white", "$4", "Cortado", "$3.50"):
        assert text in page
    assert "Monday to Friday" not in page, "placeholders give way to the user's content"
    _, more = _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"list","items":[{"title":"Mocha"}]}]}',
                   "add Mocha to the drinks")
    page = (root / "app" / "page.tsx").read_text()
    assert more.outcome == "applied" and "Mocha" in page and "Cortado" in page  # type: ignore[attr-defined]
    _, edit = _run(root, '{"ops":[{"op":"edit_item","item":"cortado","text":"$3.80"}]}', "Cortado is $3.80 now")
    page = (root / "app" / "page.tsx").read_text()
    assert edit.outcome == "applied" and "$3.80" in page and "$3.50" not in page  # type: ignore[attr-defined]
    _, gone = _run(root, '{"ops":[{"op":"remove_item","item":"Flat white"}]}', "remove Flat white")
    page = (root / "app" / "page.tsx").read_text()
    assert gone.outcome == "applied" and "Flat white" not in page and "Mocha" in page  # type: ignore[attr-defined]
    _, missing = _run(root, '{"ops":[{"op":"remove_item","item":"Espresso"}]}', "remove Espresso")
    assert missing.outcome == "rejected" and "can't find" in missing.message  # type: ignore[attr-defined]


def test_the_opening_prompt_sets_up_the_home_page_without_a_new_page(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    plan = ('{"ops":[{"op":"describe_site","name":"Harbor Cafe","tagline":"a coffee shop by the sea",'
            '"sections":["features","list"]}]}')
    _, result = _run(root, plan, "Make a home page for Harbor Cafe, a coffee shop by the sea")
    assert result.outcome == "applied", result.message  # type: ignore[attr-defined]
    page = (root / "app" / "page.tsx").read_text()
    assert "Harbor Cafe" in page and "a coffee shop by the sea" in page and "Opening hours" in page
    assert 'name: "Harbor Cafe"' in (root / "lib" / "site.ts").read_text()
    assert sorted(p.parent.name for p in (root / "app").rglob("page.tsx")) == ["app"], "no new page"


def test_pricing_content_becomes_plans(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    plan = ('{"ops":[{"op":"add_items","route":"/","kind":"pricing","items":['
            '{"title":"Solo","text":"$12/mo"},{"title":"Team","text":"$40/mo"}]}]}')
    _run(root, plan, "plans: Solo $12/mo, Team $40/mo")
    _, edit = _run(root, '{"ops":[{"op":"edit_item","item":"Team","text":"$39/mo"}]}', "change Team to $39/mo")
    page = (root / "app" / "page.tsx").read_text()
    assert edit.outcome == "applied" and "$39/mo" in page and "Basic" not in page  # type: ignore[attr-defined]


def test_an_item_is_found_by_its_text_and_content_can_go_on_a_page_the_plan_adds(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    plan = ('{"ops":[{"op":"add_page","title":"Gigs","route":"/gigs"},{"op":"add_items","route":"/gigs",'
            '"kind":"list","items":[{"title":"2 Mar","text":"Mono"},{"title":"19 Apr","text":"The Hug and Pint"}]}]}')
    _, added = _run(root, plan, "a /gigs page: 2 Mar Mono, 19 Apr The Hug and Pint")
    assert added.outcome == "applied", added.message  # type: ignore[attr-defined]
    _, gone = _run(root, '{"ops":[{"op":"remove_item","item":"mono"}]}', "the mono gig is cancelled, take it off")
    page = (root / "app" / "gigs" / "page.tsx").read_text()
    assert gone.outcome == "applied" and "Mono" not in page and "The Hug and Pint" in page  # type: ignore[attr-defined]


def test_an_item_named_with_a_generic_noun_is_found(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"pricing","items":[{"title":"Solo","text":"$5"},'
               '{"title":"Team","text":"$20"}]}]}', "plans: Solo $5, Team $20")
    _, gone = _run(root, '{"ops":[{"op":"remove_item","item":"the Team plan"}]}', "remove the Team plan")
    page = (root / "app" / "page.tsx").read_text()
    assert gone.outcome == "applied" and "$20" not in page and "Solo" in page  # type: ignore[attr-defined]


def _declines_unless_barred(other: str):  # type: ignore[no-untyped-def]
    """A model that declines while the grammar lets it, and writes ``other`` when it does not."""
    def reply(messages, options):  # type: ignore[no-untyped-def]
        allowed = options.guidance is None or '#/$defs/Decline"' in options.guidance.data
        return '{"ops":[{"op":"decline"}]}' if allowed else other
    return reply


def test_a_decline_of_typed_content_is_read_again_without_decline(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    other = ('{"ops":[{"op":"add_items","route":"/","kind":"list","heading":"Opening hours","items":['
             '{"title":"Tuesday to Saturday","text":"9am to 5pm"}]}]}')
    engine = FakeEngine(_declines_unless_barred(other))
    # Prose, not a list the app can read itself (that is test_a_declined_list_is_read_from_the_request).
    result = TurnRunner(root, engine).run("We open Tuesday to Saturday from 9am to 5pm, could that go on the home page?")
    assert result.outcome == "applied", result.message
    assert len(engine.calls) == 2
    assert result.model_plan == '{"ops":[{"op":"decline"}]}'  # the log keeps the model's own first reading
    assert "9am to 5pm" in (root / "app" / "page.tsx").read_text()


def test_a_declined_list_is_read_from_the_request(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    engine = FakeEngine('{"ops":[{"op":"decline"}]}')
    result = TurnRunner(root, engine).run("barbers: tariq (owner), jonno, marcus. put them on a team page")
    assert result.outcome == "applied", result.message
    assert len(engine.calls) == 1  # read from the request: no second reading
    page = (root / "app" / "team" / "page.tsx").read_text()
    assert all(name in page for name in ("tariq", "owner", "jonno", "marcus"))


@pytest.mark.parametrize("request_text", [
    "add a booking calendar with slots: monday 9am, tuesday 11am, friday 2pm",  # a feature, not content
    "we're 21+ only, can you add an age verification popup when people open the site",  # asked, not told
    "the Puzzlewood Halloween foray is Sat 30 Oct now, not Sun 31 Oct",  # a correction, not new content
    "The Meetings page still shows the old times, should be 1:30pm to 4pm.",  # a correction
])
def test_a_decline_stands_when_the_request_is_not_only_a_list(tmp_path: Path, request_text: str) -> None:
    root = managed_project(tmp_path)
    before = snapshot(root)
    result = TurnRunner(root, FakeEngine('{"ops":[{"op":"decline"}]}')).run(request_text)
    assert result.outcome == "declined" and snapshot(root) == before


@pytest.mark.parametrize(("request_text", "shown"), [
    # more than a list under its name: all of it, whole, under that name
    ("Office hours: Monday to Thursday 8am-5pm, Friday 8am-1pm. Our address is 2201 N High St, Columbus",
     ["Office hours", "Monday to Thursday 8am-5pm, Friday 8am-1pm. Our address is 2201 N High St, Columbus"]),
    # facts told with no request: home's
    ("The fridge is outside Lupe's Laundromat, 3417 Foothill Blvd. It's open 24/7.",
     ["The fridge is outside Lupe's Laundromat, 3417 Foothill Blvd. It's open 24/7."]),
])
def test_content_the_model_declined_is_placed_whole_when_it_reads_whole(tmp_path: Path, request_text: str,
                                                                         shown: list[str]) -> None:
    root = managed_project(tmp_path)
    result = TurnRunner(root, FakeEngine('{"ops":[{"op":"decline"}]}')).run(request_text)
    assert result.outcome == "applied", result.message
    page = (root / "app" / "page.tsx").read_text()
    assert all(text in page for text in shown), page


def test_the_decline_stands_when_the_second_reading_drops_the_content(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    before = snapshot(root)
    other = '{"ops":[{"op":"add_items","route":"/","kind":"features","items":[{"title":"T-shirts"}]}]}'
    engine = FakeEngine(_declines_unless_barred(other))
    result = TurnRunner(root, engine).run("our t-shirts are on sale for $25 each on the site")
    assert result.outcome == "declined" and len(engine.calls) == 2
    assert snapshot(root) == before


def test_a_declined_feature_is_not_read_again_for_its_content(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    before = snapshot(root)
    engine = FakeEngine(_declines_unless_barred('{"ops":[{"op":"add_section","route":"/","kind":"contact",'
                                                '"heading":"Booking","text":"monday 9am, tuesday 11am"}]}'))
    result = TurnRunner(root, engine).run("add a booking calendar with slots: monday 9am, tuesday 11am")
    assert result.outcome == "declined" and len(engine.calls) == 1
    assert snapshot(root) == before


def test_a_decline_without_typed_content_is_not_read_again(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    engine = FakeEngine(_declines_unless_barred('{"ops":[{"op":"set_theme","primary":"red"}]}'))
    result = TurnRunner(root, engine).run("make the header sticky when people scroll")
    assert result.outcome == "declined" and len(engine.calls) == 1


def test_a_plan_that_leaves_out_typed_content_is_not_applied(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    before = snapshot(root)
    plan = '{"ops":[{"op":"add_page","title":"Bouquets","route":"/bouquets","sections":["text"]}]}'
    _, result = _run(root, plan, "add a Bouquets page and change the Posy to £25 and the Luxe to £65")
    assert result.outcome == "declined", result.message  # type: ignore[attr-defined]
    assert result.message.startswith("I couldn't place all of it: £25, £65 would have been left out")  # type: ignore[attr-defined]
    assert snapshot(root) == before and history.load(root).turns == []


def test_the_second_reading_may_only_place_content() -> None:
    from app.session.turn import CONTENT_OPS, site_guidance

    data = site_guidance(["/"], [], request="Hours: Mon 9am-5pm", ops=CONTENT_OPS).data
    assert '#/$defs/AddItems"' in data and '#/$defs/AddPage"' in data
    for op in ("Decline", "DescribeSite", "SetTheme", "SetText", "RemovePage"):
        assert f'#/$defs/{op}"' not in data


def test_bigger_writing_is_done_though_the_model_declined(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    result = TurnRunner(root, FakeEngine('{"ops":[{"op":"decline"}]}')).run(
        "The writing is too small for me, can it be bigger throughout.")
    assert result.outcome == "applied", result.message
    assert any("font-size: 112.5%" in sheet.read_text() for sheet in (root / "app").glob("*.css"))
    assert any("Made the text larger on every page" in line for line in result.summary)


def test_people_the_plan_left_out_are_read_with_their_roles(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _, result = _run(root, '{"ops":[{"op":"add_page","title":"Committee","route":"/committee","sections":["text"]}]}',
                     "can we do a Committee page - Lorraine Pattinson, chair; Debbie Nixon, secretary; and our "
                     "fixtures sec is Carol Dodds")
    assert result.outcome == "applied", result.message  # type: ignore[attr-defined]
    page = (root / "app" / "committee" / "page.tsx").read_text()
    assert all(w in page for w in ("Lorraine Pattinson", "Debbie Nixon", "Carol Dodds", "fixtures sec"))


def test_a_plan_that_leaves_out_a_typed_name_or_date_writes_nothing_and_names_it(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    before = snapshot(root)
    plan = ('{"ops":[{"op":"add_section","route":"/","kind":"text","heading":"About us",'
            '"text":"My dad started with one roaster on his truck."}]}')
    _, result = _run(root, plan, "Tell people my dad Ray Chavez started with one roaster on his truck on 4 July and "
                                 "make it look nice")
    assert result.outcome == "declined" and snapshot(root) == before  # type: ignore[attr-defined]
    assert "\u201cRay Chavez\u201d" in result.message and "\u201c4 July\u201d" in result.message  # type: ignore[attr-defined]


def test_what_the_user_tells_about_themselves_goes_in_as_typed_where_the_plan_left_names_out(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    plan = ('{"ops":[{"op":"add_section","route":"/","kind":"text","heading":"About us",'
            '"text":"My dad started with one roaster on his truck."}]}')
    _, result = _run(root, plan, "a little about us section on the home page: my dad Ray Chavez started with one "
                                 "roaster on his truck on 4 July")
    assert result.outcome == "applied", result.message  # type: ignore[attr-defined]
    assert "My dad Ray Chavez started with one roaster on his truck on 4 July" in (root / "app" / "page.tsx").read_text()


def test_a_request_that_points_back_without_typing_the_words_declines_and_says_to_type_them(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    before = snapshot(root)
    _, result = _run(root, '{"ops":[{"op":"add_page","title":"Faq","route":"/faq","sections":["faq"]}]}',
                     "faq page missing the rebate question")
    assert result.outcome == "declined" and snapshot(root) == before  # type: ignore[attr-defined]
    assert result.message.startswith("I can't tell what is missing from that")  # type: ignore[attr-defined]


def test_a_reading_that_makes_no_valid_plan_leaves_the_models_plan_and_no_traceback(tmp_path: Path,
                                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from app.scaffold.plan import Entry
    from app.session import planfit

    def broken(*_args: object) -> object:
        return Entry(title="x", text="y" * 300)  # raises, as a reading past an entry's length did

    monkeypatch.setattr(planfit, "fit_plan", broken)
    root = managed_project(tmp_path)
    _, result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"title","text":"Fresh bread daily"}]}',
                     "set the home heading to Fresh bread daily")
    assert result.outcome == "applied", result.message  # type: ignore[attr-defined]
    assert "Fresh bread daily" in (root / "app" / "page.tsx").read_text()


def test_a_telling_the_plan_cut_into_items_of_its_pieces_goes_in_whole(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    plan = ('{"ops":[{"op":"add_items","route":"/","kind":"image_text","items":[{"title":"Aoife Power","text":"2021"},'
            '{"title":"Declan","text":"4 kayaks"},{"title":"Myself","text":"14"}]}]}')
    _, result = _run(root, plan, "Add a bit about us on the home page too. It's myself, Aoife Power, and my partner "
                                 "Declan who used to be a lifeguard in Tramore. We started the hut in 2021 with 4 kayaks "
                                 "and now we have 14.")
    assert result.outcome == "applied", result.message  # type: ignore[attr-defined]
    assert "We started the hut in 2021 with 4 kayaks and now we have 14." in (root / "app" / "page.tsx").read_text()


def test_a_rename_in_quotes_is_made_though_the_old_name_is_not_placed_again(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _, added = _run(root, '{"ops":[{"op":"add_page","title":"Our Story","route":"/our-story","sections":["text"]}]}',
                    "add a page called Our Story")
    assert added.outcome == "applied", added.message  # type: ignore[attr-defined]
    model = '{"ops":[{"op":"rename_page","route":"/our-story","new_route":"/about-us","title":"About Us"}]}'
    _, renamed = _run(root, model, "Actually could you rename 'Our Story' to 'About Us'? I think that's clearer.")
    assert renamed.outcome == "applied", renamed.message  # type: ignore[attr-defined]
    assert (root / "app" / "about-us" / "page.tsx").exists() and not (root / "app" / "our-story").exists()
