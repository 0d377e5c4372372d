from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.engine.fake import FakeEngine
from app.scaffold import history
from app.session.log import SessionLog
from app.session.turn import TurnRunner
from tests.unit.scaffold.helpers import managed_project, snapshot


@dataclass
class Check:
    ok: bool
    status: int | None
    elapsed_s: float
    error: object = None


class FakePreview:
    url = "http://127.0.0.1:1"

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[str, ...]]] = []

    def wait_route(self, path: str, contains: Any = (), not_contains: Any = (), timeout: float = 10.0) -> Check:
        self.calls.append((path, tuple(contains)))
        return Check(True, 200, 0.01)


def test_a_turn_applies_the_plan_times_every_phase_and_logs(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    engine = FakeEngine('{"ops":[{"op":"add_page","route":"/about","title":"Our Story"}]}', chunk_chars=5)
    preview = FakePreview()
    streamed: list[str] = []
    result = TurnRunner(root, engine, preview).run("add an about page titled Our Story", on_text=streamed.append)
    assert result.outcome == "applied", result.message
    assert sorted(result.files) == ["app/about/page.tsx", "lib/site.ts"], "the page, and its link in the nav list"
    assert (root / "app" / "about" / "page.tsx").read_text().count("Our Story") >= 1
    assert preview.calls == [("/about", ("Our Story",))]
    assert result.preview_url == "http://127.0.0.1:1/about"
    for phase in ("ttft_ms", "generation_ms", "apply_ms", "preview_ms", "total_ms"):
        assert result.timings[phase] is not None, phase
    assert "".join(streamed).startswith('{"ops"')
    sent = engine.calls[0]
    assert sent[0].role == "system" and sent[-1].content == "add an about page titled Our Story\nPages: /."
    assert [m.role for m in sent[1:-1]] == ["user", "assistant"] * ((len(sent) - 2) // 2), "few-shot pairs"
    log = SessionLog(root).entries()
    assert log[-1]["outcome"] == "applied" and log[-1]["plan"]


def test_invalid_plan_writes_nothing_and_session_continues(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    before = snapshot(root)
    for bad in ('{"ops":[{"op":"add_page"', "", '{"ops":[{"op":"add_section","route":"/nope","kind":"faq"}]}'):
        result = TurnRunner(root, FakeEngine(bad)).run("do something")
        assert result.outcome in ("invalid_plan", "rejected"), result
        assert result.message
        assert snapshot(root) == before
    ok = TurnRunner(root, FakeEngine('{"ops":[{"op":"set_text","route":"/","target":"title","text":"Hi"}]}')).run("x")
    assert ok.applied
    assert len(SessionLog(root).entries()) == 4


def test_undo_after_turns_restores_the_original(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    original = snapshot(root)
    runner = TurnRunner(root, FakeEngine('{"ops":[{"op":"add_page","route":"/faq","title":"FAQ","sections":["faq"]}]}'))
    assert runner.run("faq page").applied
    runner.engine = FakeEngine('{"ops":[{"op":"set_theme","primary":"blue"}]}')
    assert runner.run("blue").applied
    history.undo(root)
    history.undo(root)
    assert snapshot(root) == original


def test_cancelled_turn_writes_nothing(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    before = snapshot(root)
    engine = FakeEngine('{"ops":[{"op":"set_text","route":"/","target":"title","text":"Hello there"}]}', chunk_chars=1)
    result = TurnRunner(root, engine).run("x", on_response=lambda resp: resp.cancel())
    assert result.outcome == "cancelled"
    assert snapshot(root) == before


def test_nearest_examples_come_last() -> None:
    from app.session.examples import ExampleIndex, load_examples

    index = ExampleIndex(load_examples())
    chosen = index.select("please delete the gallery page", k=3)
    assert len(chosen) == 3
    assert '"op":"remove_page"' in chosen[-1].plan
    theme = index.select("switch the colours to orange", k=2)
    assert '"op":"set_theme"' in theme[-1].plan


def test_a_page_rewritten_by_hand_is_never_replaced(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    (root / "app" / "page.tsx").write_text("// my own edit\nexport default function Home() { return <main />; }\n")
    before = snapshot(root)
    engine = FakeEngine('{"ops":[{"op":"set_text","route":"/","target":"title","text":"Hello"}]}')
    result = TurnRunner(root, engine).run("make the heading say Hello")
    assert result.outcome == "rejected" and "title" in result.message, result.message
    assert snapshot(root) == before, "a change the code cannot place writes nothing"


def test_repair_puts_back_the_last_version_that_parses_and_says_what_went(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    first = TurnRunner(root, FakeEngine('{"ops":[{"op":"set_text","route":"/","target":"title","text":"Hello"}]}'))
    assert first.run("heading Hello").applied
    good = (root / "app" / "page.tsx").read_text()
    (root / "app" / "page.tsx").write_text(good.replace("</section>", "</sectio"))
    broken = (root / "app" / "page.tsx").read_bytes()
    runner = TurnRunner(root, FakeEngine('{"ops":[{"op":"repair","path":"app/page.tsx"}]}'))
    result = runner.run("fix the error on the home page")
    assert result.applied and result.files == ["app/page.tsx"] and result.route == "/", result.message
    assert (root / "app" / "page.tsx").read_text() == good
    assert result.summary[0].startswith("Put app/page.tsx back as it was after turn 1 (app/page.tsx:")
    assert "the edits made to it since went with it (undo brings them back)" in result.summary[0]
    history.undo(root)
    assert (root / "app" / "page.tsx").read_bytes() == broken, "undo gives the hand edit back"
    history.redo(root)
    again = TurnRunner(root, FakeEngine('{"ops":[{"op":"repair","path":"app/page.tsx"}]}')).run("fix it")
    assert again.outcome == "rejected" and "parses, so there is nothing to repair" in again.message
    outside = TurnRunner(root, FakeEngine('{"ops":[{"op":"repair","path":"next.config.ts"}]}')).run("fix it")
    assert outside.outcome == "rejected" and "nothing to repair" in outside.message


def test_the_writer_lock_is_held_while_the_turn_applies_not_while_the_model_generates(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.projectlock import is_locked
    from app.scaffold import journal

    root = managed_project(tmp_path)
    seen: dict[str, list[bool]] = {"generating": [], "applying": []}

    def reply(messages: Any, options: Any) -> str:
        seen["generating"].append(is_locked(root))
        return '{"ops":[{"op":"add_page","route":"/about","title":"About"}]}'

    real_put = journal._put

    def put(r: Path, rel: str, digest: str | None) -> None:
        seen["applying"].append(is_locked(root))
        real_put(r, rel, digest)

    monkeypatch.setattr(journal, "_put", put)
    result = TurnRunner(root, FakeEngine(reply)).run("add an about page")
    assert result.outcome == "applied", result.message
    assert seen["generating"] == [False]
    assert seen["applying"] and all(seen["applying"])
    assert not is_locked(root)


def test_a_turn_settles_what_a_crashed_writer_left_and_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A long session must not be blocked by another process that died mid-apply."""
    from app.scaffold import journal

    root = managed_project(tmp_path)
    before = snapshot(root)
    monkeypatch.setattr(journal, "_put", lambda *a: (_ for _ in ()).throw(KeyboardInterrupt("killed")))
    with pytest.raises(KeyboardInterrupt):
        history.record_turn(root, {"app/page.tsx": b"half"}, "the crashed one", "{}", [])
    monkeypatch.undo()
    assert (root / ".nxr" / "journal" / "pending.json").exists()
    assert snapshot(root) == before
    engine = FakeEngine('{"ops":[{"op":"add_page","route":"/about","title":"About"}]}')
    result = TurnRunner(root, engine).run("add an about page")
    assert result.outcome == "applied", result.message
    assert "An interrupted turn was rolled back (app/page.tsx)." in result.message
    assert [t.prompt for t in history.load(root).turns] == ["add an about page"]


def test_phases_are_reported_in_order(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    phases: list[str] = []
    engine = FakeEngine('{"ops":[{"op":"add_page","route":"/about","title":"About"}]}')
    result = TurnRunner(root, engine, FakePreview()).run("add an about page", on_phase=phases.append)
    assert result.applied and phases == ["generating", "applying", "preview"]


def test_a_cancel_after_the_last_token_but_before_the_apply_writes_nothing(tmp_path: Path) -> None:
    """Esc while the window still says "generating" (the stream just ended) cancels the turn."""
    root = managed_project(tmp_path)
    before = snapshot(root)

    class CancelAtTheEnd(FakeEngine):
        def generate(self, messages: Any, options: Any = None) -> Any:
            resp = super().generate(messages, options)
            timings = resp.timings

            def late() -> Any:  # the first thing the runner does once the stream has ended
                resp.cancel()
                return timings()

            resp.timings = late  # type: ignore[method-assign]
            return resp

    phases: list[str] = []
    result = TurnRunner(root, CancelAtTheEnd('{"ops":[{"op":"add_page","route":"/about","title":"About"}]}')).run(
        "add an about page", on_phase=phases.append)
    assert result.outcome == "cancelled", result
    assert snapshot(root) == before and history.load(root).turns == []
    assert phases == ["generating"]


def test_a_draft_is_prefilled_with_the_grammar_its_turn_uses_also_for_a_capable_model(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Prefill only helps if the turn reuses its session: same messages, same grammar (write_file
    allowed for a model flagged capable)."""
    from app.engine import catalog

    monkeypatch.setattr(catalog, "is_capable", lambda _model_id: True)
    root = managed_project(tmp_path)
    prefilled: list[Any] = []
    generated: list[Any] = []

    class Recording(FakeEngine):
        def prefill(self, messages: Any, options: Any = None) -> None:
            prefilled.append((list(messages), options.guidance))

        def generate(self, messages: Any, options: Any = None) -> Any:
            generated.append((list(messages), options.guidance))
            return super().generate(messages, options)

    engine = Recording('{"ops":[{"op":"add_page","route":"/about","title":"About"}]}')
    runner = TurnRunner(root, engine)
    runner.prefill("add an about page")
    runner.run("add an about page")
    assert len(prefilled) == 1 and len(generated) == 1
    assert "WriteFile" in generated[0][1].data, "the capable model's grammar"
    assert prefilled == generated, "the draft's messages and grammar are the turn's"


def test_each_turns_grammar_holds_its_requests_words_in_the_copy_slots(tmp_path: Path) -> None:
    """Copy slots narrowed to the request's spans: the grammar changes with the request, the
    draft prefilled as typed gets the grammar its turn will use, and the flag turns it off."""
    import json as _json

    root = managed_project(tmp_path)
    seen: list[Any] = []

    class Recording(FakeEngine):
        def prefill(self, messages: Any, options: Any = None) -> None:
            seen.append(("prefill", options.guidance))

        def generate(self, messages: Any, options: Any = None) -> Any:
            seen.append(("generate", options.guidance))
            return super().generate(messages, options)

    engine = Recording('{"ops":[{"op":"describe_site","name":"Harbor Cafe"}]}')
    runner = TurnRunner(root, engine, copy_spans=True)
    prompt = "Make a home page for Harbor Cafe, a coffee shop by the sea"
    runner.prefill(prompt)
    result = runner.run(prompt)
    assert result.outcome == "applied", result.message
    assert seen[0][1] == seen[1][1], "the draft's grammar is the turn's"
    defs = _json.loads(seen[1][1].data)["$defs"]
    assert "Harbor Cafe" in defs["Span60"]["enum"] and "Harley Cafe" not in defs["Span60"]["enum"]
    assert defs["DescribeSite"]["properties"]["name"] == {"$ref": "#/$defs/Span60"}
    assert result.timings["grammar_ms"] is not None
    runner.run("add a pricing page")
    assert "Harbor Cafe" not in seen[-1][1].data, "a grammar per request"
    TurnRunner(root, engine, copy_spans=False).run(prompt)
    assert "Span60" not in seen[-1][1].data
    assert not TurnRunner(root, engine).copy_spans, "only the local engine gets a grammar per turn"


def test_a_grammar_of_spans_that_fails_mid_plan_is_read_again_without_them(tmp_path: Path) -> None:
    """ORT GenAI's guidance rejected its own forced bytes on an emoji in the request ("🕳️ 40+ levels"):
    the turn reads it again under the site's grammar without the spans, and says nothing went wrong.
    Any other failure is the turn's error still."""
    from app.engine.response import Response
    from app.errors import GenerationError

    root = managed_project(tmp_path)
    grammars: list[str] = []

    class SpansFail(FakeEngine):
        def __init__(self, reply: str, failure: str) -> None:
            super().__init__(reply)
            self.failure = failure

        def generate(self, messages: Any, options: Any = None) -> Any:
            grammars.append(options.guidance.data)
            if "Span" not in options.guidance.data and "grammar" in self.failure:
                return super().generate(messages, options)

            def fail(_resp: Response) -> Any:
                raise GenerationError(self.failure)
                yield ""  # a generator, as the real engine's stream is

            return Response(fail)

    plan = '{"ops":[{"op":"add_section","route":"/","kind":"text","heading":"Features","text":"40+ procedurally dug levels"}]}'
    prompt = "add features: 🕳️ 40+ procedurally dug levels"
    failure = "Generation failed: Parser Error: token doesn't satisfy the grammar; forced bytes"
    result = TurnRunner(root, SpansFail(plan, failure), copy_spans=True).run(prompt)
    assert result.outcome == "applied", result.message
    assert "Span" in grammars[0] and "Span" not in grammars[1] and len(grammars) == 2
    assert "40+ procedurally dug levels" in (root / "app" / "page.tsx").read_text()
    grammars.clear()
    other = TurnRunner(root, SpansFail(plan, "Generation failed: out of tokens"), copy_spans=True).run(prompt)
    assert other.outcome == "error" and len(grammars) == 1
