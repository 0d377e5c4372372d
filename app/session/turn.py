"""One turn: prompt -> constrained plan -> validated edit -> safe apply -> preview ready.

Each phase is timed (queued, first token, generation, validate+apply,
preview ready, total wait) and the turn is appended to the session log.
Nothing is written unless the plan is valid and fits the project.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

from app import paths
from app.engine.base import Engine, GenerateOptions, Guidance, Message
from app.engine.response import Response
from app.engine import catalog
from app.engine.manifest import PromptSpec, active_manifest
from app.errors import ConcurrentEditError, GenerationError, ManifestError, NxrError, PathSafetyError, PlanError
from app.preview import stylesheets
from app.scaffold import backref, clausewise, compound, history, navorder, scope
from app.scaffold.coverage import plan_text, typed_content, unused_content, unused_note
from app.scaffold.plan import Decline, MoveNavLink, Plan, SetTheme, parse_plan, plan_json_schema, plan_to_json, without_unasked_titles
from app.scaffold.requestfit import fit_plan
from app.scaffold.sitename import names_the_site, renames_the_site
from app.scaffold.site import Site
from app.scaffold.themewords import asks_for_a_look
from app.scaffold.shorthand import asks_in_english, spelled_out
from app.scaffold.source import CodeSource, Reading, open_source
from app.scaffold.spans import request_spans
from app.session import doubt
from app.session.doubt import HeldPlan
from app.session.examples import ExampleIndex, load_examples, request_content
from app.session.log import SessionLog
from app.session.planfit import edited_or_placed, fitted, is_decline, read_instead, typed_but_left_out

__all__ = ["TurnRunner", "TurnResult", "fitted", "is_decline", "read_instead", "typed_but_left_out"]  # the readers' old home

log = logging.getLogger(__name__)
MAX_PLAN_TOKENS = 320  # a plan with several items of the user's content
CAN_DO = ("I can add, rename and remove pages; add and remove sections; put your content on a page "
          "(lists, prices, hours, people, questions, quotes); change texts, colours and fonts; "
          "add links to the navigation; and add API routes.")
MAX_ECHO = 80


def declined_message(prompt: str) -> str:
    """One sentence naming what was not possible (the user's own words) and what is."""
    asked = " ".join(prompt.split())
    asked = asked if len(asked) <= MAX_ECHO else asked[:MAX_ECHO].rsplit(" ", 1)[0] + "…"
    return f"I can't do that yet: “{asked}”. Nothing was changed. {CAN_DO}"


def misread_message(what: str = "a change of colours or fonts") -> str:
    """The model read the request as a change (of the theme, of the site's name) it does not ask for."""
    return (f"I read that as {what}, which it doesn't ask for, so nothing was changed. "
            "To change a text, name it and give the words: set the home heading to “…”.")


def points_back_message() -> str:
    """A request that says something is missing without typing it (``backref.points_back``)."""
    return ("I can't tell what is missing from that: I read each request on its own, and this one doesn't type "
            "the words. Type them here (for example: FAQ page: Q: … A: …) and I'll add them. Nothing was changed.")


def partial_message(done: list[str], left: list[str]) -> str:
    """A request of several parts, of which some could be read and some not (``compound.unread``)."""
    shown = "; ".join(f"“{part}”" for part in left[:3])
    return (f"I could do part of that ({_clause('; '.join(done)).rstrip('.')}) but not {shown}, so nothing was "
            "changed: one part done and the other left would look done. Send that part on its own, naming what it is about.")


def _done_summary(source: CodeSource, done: list[Any], reading: Reading) -> list[str]:
    """What ``done`` alone would change, as the apply says it; nothing is written."""
    try:
        return list(source.apply(Plan(ops=done), reading).summary)
    except NxrError:
        return [op.op.replace("_", " ") for op in done]


def _decline_message(model_plan: Plan, plan: Plan, prompt: str, site: Site | None) -> str:
    """Why a declined turn wrote nothing: a change the model read in that the request does not ask
    for (a theme, a new site name), the menu's order it could not read, words it points back at without
    typing them, else what could not be done."""
    if backref.points_back(prompt):
        return points_back_message()
    links = navorder.links_of(site)
    if links and any(navorder.lists_the_menu(op, links) for op in model_plan.ops) \
            and not any(isinstance(op, MoveNavLink) for op in plan.ops):  # (the order read, another part declined: said below)
        return menu_order_message([label for label, _h in links])
    misread = [what for what, found in (
        ("a new name for the site", any(renames_the_site(op) for op in model_plan.ops) and not names_the_site(prompt)),
        ("a change of colours or fonts", any(isinstance(op, SetTheme) for op in model_plan.ops) and not asks_for_a_look(prompt)))
        if found]
    # both where the model read both in ("... her name is Maple ...": a site called "Maple", and a theme)
    return misread_message(" and ".join(misread)) if misread else declined_message(prompt)


def menu_order_message(labels: list[str]) -> str:
    """A menu's order typed with a page it does not have, or without some it has."""
    return (f"I couldn't read that as the menu's order, so nothing was changed: the menu reads {', '.join(labels)}. To reorder "
            "it, type each of those in the order you want (Menu order: …), or say where one goes (put Contact last).")


def left_out_message(left_out: list[str]) -> str:
    """A plan that would leave out some of the user's typed content (``coverage.unused_content``)."""
    shown = ", ".join(f"\u201c{m}\u201d" if " " in m else m for m in left_out[:6])
    more = f" and {len(left_out) - 6} more" if len(left_out) > 6 else ""
    return (f"I couldn't place all of it: {shown}{more} would have been left out, so nothing was changed. "
            "Try one list or one text per request, with the page it goes on.")


FEW_SHOT = 2  # for the base model: it copies the nearest examples' format
DEFAULT_SYSTEM_FILE = "plan-system.txt"


class RouteCheckLike(Protocol):
    ok: bool
    status: int | None
    elapsed_s: float


class Preview(Protocol):
    """What the turn needs from the dev server: is the route showing the change yet?"""

    @property
    def url(self) -> str | None: ...

    def wait_route(self, path: str, contains: Sequence[str] = (), not_contains: Sequence[str] = (),
                   timeout: float = 10.0) -> Any: ...


class ServedPreview(Preview, Protocol):
    """A preview served on a local port: what the engine process can reach by itself."""

    @property
    def port(self) -> int | None: ...


class Cancellable(Protocol):
    def cancel(self) -> None: ...


Outcome = Literal["applied", "declined", "unchanged", "refused", "invalid_plan", "rejected", "cancelled",
                  "conflict", "error"]


@dataclass
class TurnResult:
    prompt: str
    outcome: Outcome
    message: str = ""
    plan: str = ""  # the plan applied: the model's, fitted to the request's words
    model_plan: str = ""  # the model's own plan, when the app's rules changed it
    summary: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    route: str | None = None
    preview_url: str | None = None
    preview_ok: bool | None = None
    preview_status: int | None = None
    turn_id: str | None = None
    timings: dict[str, float | None] = field(default_factory=dict)
    tokens: int = 0
    tokens_per_s: float | None = None
    provider: str = ""
    model: str = ""
    held: bool = False  # declined by the doubt gate: "yes" on the next turn applies the plan as read
    flagged: bool = False  # applied, but the doubt gate scored it a likely wrong edit, and the message says so

    @property
    def applied(self) -> bool:
        return self.outcome == "applied"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Runner(Protocol):
    """One project's turns: a ``TurnRunner`` here, or one in the engine process (``RemoteRunner``)."""

    def run(self, prompt: str, on_text: Callable[[str], None] | None = None,
            on_response: Callable[[Cancellable], None] | None = None,
            on_phase: Callable[[str], None] | None = None) -> TurnResult:
        """``on_phase`` hears each of :data:`PHASES` as it begins; a cancel is honoured until "applying"."""
        ...

    def set_preview(self, preview: ServedPreview | None) -> None: ...

    def prefill(self, draft: str) -> None: ...


def plan_guidance(routes: list[str] | None = None, files: list[str] | None = None) -> Guidance:
    return Guidance.json_schema(plan_json_schema(routes=routes, files=files))


def site_guidance(routes: list[str], files: list[str], allow_files: bool = False,
                  request: str | None = None, ops: tuple[str, ...] | None = None) -> Guidance:
    """The grammar for a project: its routes, and the files ``repair`` may name;
    free-form ``write_file`` only for a model flagged capable. With the turn's ``request``, its
    copy slots may only hold the request's spans (``spans.request_spans``): a grammar per turn.
    ``ops`` narrows the ops the plan may use (all by default)."""
    spans = request_spans(request) if request is not None else None
    return Guidance.json_schema(plan_json_schema(ops=ops, routes=routes, files=files, allow_files=allow_files,
                                                 spans=spans))


# The second reading of a declined request that carries typed content may only place content: a
# plan that renames the site or recolours it would not be the request read again (measured on u5:
# with every op open, "put it on a Menu page: Bulgogi Taco $4.50, ..." also renamed the site).
CONTENT_OPS = ("add_page", "add_section", "add_items", "edit_item")



def copy_spans_default() -> bool:
    """Copy slots are narrowed to the request's spans unless ``NXR_COPY_SPANS=0`` (for comparisons)."""
    return os.environ.get("NXR_COPY_SPANS", "1") != "0"


def prompt_setup(model_id: str | None = None) -> tuple[str, int]:
    """The system text file and few-shot count the model's manifest asks for.

    ``model_id`` None means the active manifest (the one the app loads); a model
    with no manifest (a fake engine, a remote server on the base weights) gets
    the base model's set-up.
    """
    if model_id is None:
        try:
            spec: PromptSpec | None = active_manifest().prompt
        except ManifestError:
            spec = None
    else:
        spec = catalog.prompt_of(model_id)
    if spec is None:
        return DEFAULT_SYSTEM_FILE, FEW_SHOT
    return spec.plan_system, spec.few_shot


def read_system_prompt(name: str) -> str:
    return (paths.resources_dir() / "prompts" / name).read_text(encoding="utf-8").strip()


def plan_system_prompt(model_id: str | None = None) -> str:
    return read_system_prompt(prompt_setup(model_id)[0])


def _same(root: Path, rel: str, body: bytes | None) -> bool:
    """True when writing ``body`` (None: deleting) would leave ``rel`` as it is."""
    path = root / rel
    try:
        return path.read_bytes() == body if body is not None else not path.exists()
    except OSError:
        return False


PHASES = ("generating", "applying", "preview")  # what ``TurnRunner.run(on_phase=...)`` reports


def _no_phase(_phase: str) -> None:
    return None


def _clause(text: str) -> str:
    """A sentence made the clause after a colon: "The navigation ..." -> "the navigation ..." ("API" stays)."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds * 1000, 1)


class TurnRunner:
    """Runs turns against one project with one engine and (optionally) one preview."""

    def __init__(self, root: Path, engine: Engine, preview: Preview | None = None,
                 copy_spans: bool | None = None) -> None:
        self.root = root
        # The grammar per request is for the local engine, whose grammar set-up was measured; a
        # remote server would get a new schema of a few hundred kB with every turn.
        self.copy_spans = (copy_spans_default() and engine.info.backend == "ort") if copy_spans is None else copy_spans
        self.engine = engine
        self.preview = preview
        system_file, self.few_shot = prompt_setup(engine.info.model_id)  # one manifest lookup
        self.allow_files = catalog.is_capable(engine.info.model_id)
        self.system = read_system_prompt(system_file)
        self.log = SessionLog(root)
        self.examples = ExampleIndex(load_examples())
        self.last_error: str | None = None
        self._last_guidance: tuple[tuple[tuple[str, ...], tuple[str, ...], str], Guidance] | None = None
        self.doubt_mode = doubt.mode()
        self.gate = doubt.gate_for(engine.info.model_id, self.doubt_mode)
        self._held: HeldPlan | None = None
        self.confirm_how = doubt.TYPE_YES  # a one-shot command has no next turn: it says its own way

    def messages(self, prompt: str, routes: list[str]) -> list[Message]:
        """System header (constant, KV-reused), the nearest examples, then the request (its asks in English)."""
        prompt = asks_in_english(prompt)
        out = [Message("system", self.system)]
        for ex in self.examples.select(prompt, self.few_shot) if self.few_shot else []:
            out += [Message("user", ex.prompt), Message("assistant", ex.plan)]
        out.append(Message("user", request_content(prompt, routes, self.last_error)))
        return out

    def _guidance(self, routes: list[str], files: list[str], prompt: str) -> Guidance:
        """The turn's grammar; the draft's, built as it was prefilled, when the prompt is that draft."""
        prompt = asks_in_english(prompt)  # the spans of the request the model reads
        key = (tuple(routes), tuple(files), prompt if self.copy_spans else "")
        last = self._last_guidance  # one read: a draft may be prefilled on another thread meanwhile
        if last is not None and last[0] == key:
            return last[1]
        guidance = site_guidance(routes, files, self.allow_files, prompt if self.copy_spans else None)
        self._last_guidance = key, guidance
        return guidance

    def warm(self) -> None:
        """Grammar set-up and system prompt prefill, once per session (seconds, so off the UI thread).
        The turns' grammars hold their requests' spans: this one, without, pays the one-off set-up
        (the tokenizer's, 4-5 s) that every later grammar shares."""
        try:
            reading = open_source(self.root).read()
        except NxrError:
            self.engine.warm(plan_guidance(), self.system)
            return
        self.engine.warm(site_guidance(reading.routes, reading.files, self.allow_files), self.system)

    def set_preview(self, preview: Preview | None) -> None:
        self.preview = preview

    def prefill(self, draft: str) -> None:
        """Prefill the turn the draft would be, as the user types it (``Engine.prefill``)."""
        if not draft.strip():
            return
        try:
            reading = open_source(self.root).read()
        except NxrError:
            return  # the turn itself will say what is wrong
        guidance = self._guidance(reading.routes, reading.files, draft)  # the grammar the turn will use
        self.engine.prefill(self.messages(draft, reading.routes),
                            GenerateOptions(max_tokens=MAX_PLAN_TOKENS, guidance=guidance))

    def run(self, prompt: str, on_text: Callable[[str], None] | None = None,
            on_response: Callable[[Cancellable], None] | None = None,
            on_phase: Callable[[str], None] | None = None) -> TurnResult:
        """``on_phase`` hears each of :data:`PHASES` as it begins; a cancel is honoured until "applying"."""
        submitted = time.perf_counter()
        info = self.engine.info
        result = TurnResult(prompt=prompt, outcome="error", provider=info.provider, model=info.model_id)
        if not prompt.strip():  # refused before the model runs: an empty request is not a turn
            result.outcome, result.message = "refused", "The prompt is empty; type what you want to change."
            return result
        try:
            self._run(result, prompt, submitted, on_text, on_response, on_phase or _no_phase)
        except PlanError as exc:
            result.outcome = "invalid_plan" if not result.plan else "rejected"
            result.message = str(exc)
        except ConcurrentEditError as exc:
            result.outcome, result.message = "conflict", str(exc)
        except PathSafetyError as exc:
            result.outcome, result.message = "rejected", str(exc)
        except NxrError as exc:
            result.outcome, result.message = "error", str(exc)
        finally:
            result.timings.setdefault("total_ms", _ms(time.perf_counter() - submitted))
            self.log.append(result.to_dict())
        return result

    def _without_decline(self, messages: list[Message], reading: Any, prompt: str,
                         on_response: Callable[[Cancellable], None] | None) -> Plan | Literal["cancelled"] | None:
        """The decision on a decline of a request that carries content the user typed to see on the
        site (a price, a time, an email, a quote: ``coverage.typed_content``): the model reads it
        again with ``decline`` out of the grammar, and that plan, fitted, is the turn's when it puts
        every piece of that content on the site; else the decline stands (None)."""
        guidance = site_guidance(reading.routes, reading.files, self.allow_files,
                                 asks_in_english(prompt) if self.copy_spans else None, ops=CONTENT_OPS)
        resp, text = self._generate(messages, guidance, None, on_response)
        if resp.cancelled or resp.cancel_requested:
            return "cancelled"
        try:
            other = parse_plan(text)
        except PlanError:
            return None
        request = spelled_out(prompt)
        fitted = fit_plan(without_unasked_titles(other, request), request, reading.site)
        if any(isinstance(op, Decline) for op in fitted.ops) or unused_content(request, plan_text(plan_to_json(fitted))):
            return None
        return fitted

    def _generate(self, messages: list[Message], guidance: Guidance, on_text: Callable[[str], None] | None,
                  on_response: Callable[[Cancellable], None] | None) -> tuple[Response, str]:
        """The model's plan text for ``messages`` under ``guidance``, streamed to ``on_text``."""
        resp = self.engine.generate(messages, GenerateOptions(max_tokens=MAX_PLAN_TOKENS, guidance=guidance))
        if on_response is not None:
            on_response(resp)
        chunks = []
        for chunk in resp:
            chunks.append(chunk)
            if on_text is not None:
                on_text(chunk)
        return resp, "".join(chunks)

    def _run(self, result: TurnResult, prompt: str, submitted: float,
             on_text: Callable[[str], None] | None, on_response: Callable[[Cancellable], None] | None,
             on_phase: Callable[[str], None]) -> None:
        source = open_source(self.root)
        reading = source.read()
        held, self._held = self._held, None  # a held plan is for the very next turn only
        if doubt.confirms(prompt):  # a bare "yes" is no request: the model would read it as a name
            if held is None:
                result.outcome, result.message = "refused", doubt.NOTHING_HELD
                return
            self._apply(result, held.prompt, source, reading, held.model_plan, held.plan, submitted, on_phase, confirmed=True)
            return
        on_phase("generating")
        messages = self.messages(prompt, reading.routes)
        # A grammar per request (its spans): the engine sets up a session for it (measured: +40-90 ms
        # median model time per plan, bench/results/span-blind5.json, span-users-u2-u3.json); a draft
        # prefilled as it was typed has set it up already (no cost at Send, span-u4-prefilled.json).
        grammar_start = time.perf_counter()
        guidance = self._guidance(reading.routes, reading.files, prompt)
        result.timings["grammar_ms"] = _ms(time.perf_counter() - grammar_start)
        try:
            resp, text = self._generate(messages, guidance, on_text, on_response)
        except GenerationError as exc:
            if not self.copy_spans or "grammar" not in str(exc):
                raise
            # The request's spans as a grammar can fail on an emoji's bytes (ORT GenAI's guidance
            # rejected its own forced bytes for "🕳️ 40+ levels"): the site's grammar without them reads it.
            log.warning("the request's spans failed as a grammar; generating without them: %s", str(exc).splitlines()[0])
            plain = site_guidance(reading.routes, reading.files, self.allow_files)
            resp, text = self._generate(messages, plain, on_text, on_response)
        t = resp.timings()
        for key in ("queued_ms", "ttft_ms", "generation_ms", "setup_ms", "decode_steps"):
            value = t.get(key)
            result.timings[key] = float(value) if isinstance(value, (int, float)) else None
        result.tokens = resp.usage.completion_tokens
        result.tokens_per_s = resp.tokens_per_s
        # A cancel that came after the last token but before the apply still counts: the user
        # pressed Esc while the window said "generating".
        if resp.cancelled or resp.cancel_requested:
            result.outcome, result.message = "cancelled", "Cancelled; nothing was written."
            return
        model_plan = parse_plan(text)
        request = spelled_out(prompt)  # what the readings see; the model read the prompt as typed
        plan, read = fitted(model_plan, request, reading.site)
        if not read and is_decline(plan) and typed_content(request) and not scope.asks_for_feature(request):
            second_start = time.perf_counter()
            other = self._without_decline(messages, reading, prompt, on_response)
            result.timings["second_reading_ms"] = _ms(time.perf_counter() - second_start)
            if other is None:
                pass
            elif other == "cancelled":
                result.outcome, result.message = "cancelled", "Cancelled; nothing was written."
                return
            else:
                plan = other
        if any(isinstance(op, Decline) for op in plan.ops) and (asks := clausewise.parts(request)):
            # "Make the Our Coffee page first in the menu and change the colours to ...": each ask read alone
            clause_start = time.perf_counter()
            by_clause = self._by_clauses(asks, reading, on_response)
            result.timings["clause_reading_ms"] = _ms(time.perf_counter() - clause_start)
            if by_clause == "cancelled":
                result.outcome, result.message = "cancelled", "Cancelled; nothing was written."
                return
            plan = by_clause or plan
        self._apply(result, prompt, source, reading, model_plan, plan, submitted, on_phase)

    def _by_clauses(self, asks: list[str], reading: Reading,
                    on_response: Callable[[Cancellable], None] | None) -> Plan | Literal["cancelled"] | None:
        """The plans of ``asks`` (``clausewise.parts``), each the model's reading of that ask alone, fitted to it,
        as one plan; None where any of them declines (the turn's decline stands)."""
        plans = []
        for ask in asks:
            resp, text = self._generate(self.messages(ask, reading.routes),
                                        self._guidance(reading.routes, reading.files, ask), None, on_response)
            if resp.cancelled or resp.cancel_requested:
                return "cancelled"
            try:
                plans.append(fitted(parse_plan(text), spelled_out(ask), reading.site)[0])
            except PlanError:
                return None
            if any(isinstance(op, Decline) for op in plans[-1].ops):
                return None  # the rest would not be made either: no more of the model's time
        return clausewise.joined(asks, plans, reading.site)

    def _apply(self, result: TurnResult, prompt: str, source: CodeSource, reading: Reading, model_plan: Plan,
               plan: Plan, submitted: float, on_phase: Callable[[str], None], confirmed: bool = False) -> None:
        """``plan`` (the model's ``model_plan``, fitted) checked, applied and recorded for ``prompt``; a
        plan the doubt gate scores as likely wrong is held and named instead, unless the user ``confirmed`` it."""
        request = spelled_out(prompt)
        on_phase("applying")
        apply_start = time.perf_counter()
        if plan != model_plan:
            result.model_plan = plan_to_json(model_plan)
        result.plan = plan_to_json(plan)
        left_out = typed_but_left_out(plan, request, reading.site)
        if left_out:
            # A plan that leaves out content the user typed is a wrong edit, not a partial one: of 55
            # such turns applied in the user sets u1, u2, u4, u5, 54 failed their checks (names and
            # dates: ``namedcontent``). Nothing is written and the turn says what it could not place.
            result.outcome, result.message = "declined", left_out_message(left_out)
            result.timings["apply_ms"] = _ms(time.perf_counter() - apply_start)
            return
        edit = source.apply(plan, reading)
        if edit.declined and not edit.writes:  # a decline anywhere in the plan writes nothing
            result.outcome, result.message = "declined", _decline_message(model_plan, plan, prompt, reading.site)
            done = [op for op in plan.ops if not isinstance(op, Decline)]
            left = compound.unread(request, reading.site, done) if done and reading.site is not None else []
            if left:
                result.message = partial_message(_done_summary(source, done, reading), left)
            result.timings["apply_ms"] = _ms(time.perf_counter() - apply_start)
            return
        writes = edit.writes
        if all(_same(self.root, rel, body) for rel, body in writes.items() if rel not in edit.internal):
            result.outcome, result.summary = "unchanged", edit.summary
            result.message = "Nothing changed: " + _clause("; ".join(edit.summary) or "the plan matched the site as it is") + "."
            result.timings["apply_ms"] = _ms(time.perf_counter() - apply_start)
            return
        doubted = not confirmed and self.gate is not None and \
            self.gate.doubts(prompt, result.plan, result.model_plan, hold=self.doubt_mode == "hold")
        if doubted and self.doubt_mode == "hold":
            self._held = HeldPlan(prompt, model_plan, plan)  # "yes" on the next turn applies it as read
            result.outcome, result.summary, result.held = "declined", edit.summary, True
            result.message = doubt.unsure_message(edit.summary, self.confirm_how)
            result.timings["apply_ms"] = _ms(time.perf_counter() - apply_start)
            return
        notes: list[str] = []  # what settling a crashed writer's half-done action did, said with the turn
        try:
            turn = history.record_turn(self.root, writes, prompt, result.plan, edit.summary,
                                       expected=edit.expected, internal=edit.internal, notes=notes, unsure=bool(doubted))
        except NxrError as exc:
            exc.message = " ".join([exc.message, *notes])
            raise
        notes += edit.notes
        result.message = " ".join(notes)
        applied = time.perf_counter()
        result.timings["apply_ms"] = _ms(applied - apply_start)
        result.turn_id, result.files, result.summary = turn.id, turn.files, edit.summary
        result.outcome = "applied"
        if edit.declined:
            result.message = (result.message + " " if result.message else "") + \
                "Part of the request was not done: " + declined_message(prompt)
        elif note := unused_note(request, edited_or_placed(plan, reading.site),  # not the old price it replaced
                                 themed=any(isinstance(op, SetTheme) for op in plan.ops)):
            result.message = (result.message + " " if result.message else "") + note
        if doubted:  # made, but not shown as simply done: what was read, and the way back
            result.flagged = True
            result.message = (result.message + " " if result.message else "") + doubt.unsure_note(edit.summary)
        result.route = edit.routes[0] if edit.routes else "/"
        if self.preview is not None:
            on_phase("preview")
            stylesheets.refresh(self.root, turn.files)
            check = self.preview.wait_route(result.route, contains=edit.expected_on(result.route))
            result.preview_url = (self.preview.url or "").rstrip("/") + result.route
            result.preview_ok, result.preview_status = bool(check.ok), check.status
            result.timings["preview_ms"] = _ms(time.perf_counter() - applied)
            error = getattr(check, "error", None)
            self.last_error = None if check.ok else (str(error) if error else f"HTTP {check.status} on {result.route}")
            if not check.ok:
                result.message = (result.message + " " if result.message else "") + \
                    f"The preview did not show the change: {self.last_error}"
        result.timings["total_ms"] = _ms(time.perf_counter() - submitted)
