"""One turn: prompt -> constrained plan -> validated edit -> safe apply -> preview ready.

Each phase is timed (queued, first token, generation, validate+apply,
preview ready, total wait) and the turn is appended to the session log.
Nothing is written unless the plan is valid and fits the project.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

from pydantic import ValidationError

from app import paths
from app.engine.base import Engine, GenerateOptions, Guidance, Message
from app.engine import catalog
from app.engine.manifest import PromptSpec, active_manifest
from app.errors import ConcurrentEditError, ManifestError, NxrError, PathSafetyError, PlanError
from app.preview import stylesheets
from app.scaffold import (backref, buttonfit, compound, contactfit, contentfit, history, hoursfit, itemfit, listadd, notefit, pageblock, scope,
                          toldfit, whenfit)
from app.scaffold.coverage import plan_text, typed_content, unused_body, unused_content, unused_note
from app.scaffold.namedcontent import unused_names
from app.scaffold.plan import (AddItems, AddPage, AddSection, Decline, EditItem, EditNavLink, MoveNavLink, Plan, RemoveItem, RemovePage,
                               MAX_OPS, RenamePage, ReplaceText, SetText, SetTheme, content_route, parse_plan, plan_json_schema, plan_to_json, without_repeated_texts, without_unasked_titles)
from app.scaffold.requestfit import asks_for_a_look, fit_plan, names_the_site, renames_the_site
from app.scaffold.shorthand import spelled_out
from app.scaffold.site import Site, shown_text
from app.scaffold.source import CodeSource, Reading, open_source
from app.scaffold.spans import request_spans
from app.session.examples import ExampleIndex, load_examples, request_content
from app.session.log import SessionLog

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


def _decline_message(model_plan: Plan, prompt: str) -> str:
    """Why a declined turn wrote nothing: a change the model read in that the request does not ask
    for (a theme, a new site name), words it points back at without typing them, else what could
    not be done."""
    if backref.points_back(prompt):
        return points_back_message()
    misread = [what for what, found in (
        ("a new name for the site", any(renames_the_site(op) for op in model_plan.ops) and not names_the_site(prompt)),
        ("a change of colours or fonts", any(isinstance(op, SetTheme) for op in model_plan.ops) and not asks_for_a_look(prompt)))
        if found]
    # both where the model read both in ("... her name is Maple ...": a site called "Maple", and a theme)
    return misread_message(" and ".join(misread)) if misread else declined_message(prompt)


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


def is_decline(plan: Plan) -> bool:
    """Whether the plan only declines (two removals of what the site does not show each read as a decline, too)."""
    return bool(plan.ops) and all(isinstance(op, Decline) for op in plan.ops)


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


def read_instead(plan: Plan, prompt: str, site: Site | None) -> Plan | None:
    """The plan the request's own content makes (``contentfit.read_plan``), for a plan that
    declines the request, would leave some of its typed content or names out, or edits an item the site
    does not have (which would fail), when it places all of that content; else None (the
    model's plan and the decisions on it stand)."""
    site_shown: str | None = None  # the site's words: read once, and only where a plan left no typed content out

    def leaves_out(candidate: Plan) -> bool:
        nonlocal site_shown
        placed = plan_text(plan_to_json(candidate))
        if unused_content(prompt, placed):
            return True
        if site_shown is None:
            site_shown = shown_text(site)
        return bool(unused_names(prompt, f"{placed} | {site_shown}"))

    if backref.points_back(prompt) or scope.asks_to_take_money(prompt):
        return None  # nothing typed here to read; or a shop or a feed, whose content no reading places
    hours = hoursfit.read(prompt, site)  # a request of hours alone: each day as typed, in place of the placeholders
    if hours is not None and not leaves_out(hours):
        return hours
    placed = _edited_or_placed(plan, site)  # once: both coverage checks hold the plan against it
    wrong = is_decline(plan) or bool(unused_content(prompt, placed)) \
        or _adds_content(plan) and bool(unused_body(prompt, f"{placed} | {shown_text(site)}")) \
        or itemfit.edits_what_is_not_there(list(plan.ops), prompt, site) or toldfit.quote_not_placed(plan, prompt)
    route = content_route(plan)
    if not wrong and not leaves_out(plan):
        people = toldfit.people_left_out(plan, prompt, site, route)
        if people is not None:
            return None if leaves_out(people) else people
        return toldfit.instead(plan, prompt, site)
    read = contentfit.read_plan(prompt, site, route) or pageblock.read_loosely(prompt, site) \
        or contactfit.read(prompt, site) or contactfit.read_block(prompt, site, route)
    if read is None or leaves_out(read):
        return None
    # A plan that only leaves out names is read again only as people with their roles, quotes with who
    # said them, or a paragraph the user tells after asking for it ("Add a bit about us on the home page.
    # It's myself, Bridie Fahy, ..."): a whole request put down as a paragraph would keep its instructions
    # ("Put on Contact.").
    texts = [op.text for op in read.ops if isinstance(op, AddSection)]
    # ... or a lineup whose every entry a date or time leads ("27 June - Nakato Sax Quartet, 25 July - ..."), or contact
    # details whole ("the address Calle Templeman 312, Cerro Alegre")
    kinds = ("team", "testimonials", "contact") if any(isinstance(op, AddItems) and op.kind == "contact" for op in plan.ops) \
        else ("team", "testimonials")  # contact details read whole in place of the plan's own contact entries only
    if not wrong and not any(isinstance(op, AddItems) and (op.kind in kinds or whenfit.all_dated(op.items)) for op in read.ops) \
            and not (texts and all(notefit.told(text, prompt) for text in texts)) and not toldfit.list_and_a_note(plan, read):
        return None
    return read


def fitted(model_plan: Plan, prompt: str, site: Site | None) -> tuple[Plan, bool]:
    """The turn's plan before the gates: the model's plan fitted to the request (``fit_plan``), or
    the plan its content makes (``read_instead``; then True). A reading that makes no valid plan (an
    entry over its length) is that reading's bug, not the user's: the model's plan stands, and the
    gates after it still apply."""
    try:
        plan = fit_plan(without_unasked_titles(model_plan, prompt), prompt, site)
        read = read_instead(plan, prompt, site)
    except ValidationError:
        return model_plan, False
    if read is not None and notefit.echoes_a_correction(list(read.ops), prompt):
        return Plan(ops=[Decline(op="decline")]), True  # a correction read as a paragraph of its own words
    chosen = without_repeated_texts(read if read is not None else plan)
    if any(isinstance(op, AddSection) and notefit.asks_removal(op.text) for op in chosen.ops):
        return Plan(ops=[Decline(op="decline")]), True  # "... Remove Eko Hotel." put on the page: a removal no op made
    # "new player: 7 Matheus Lima": the one entry into the list of its shape, wherever the plan put it
    listed = listadd.placed(list(chosen.ops), prompt, site)
    if listed != list(chosen.ops):
        return Plan(ops=listed), True
    # "... and takes you to a new page called Details? On Details please put: ...": the button beside the page's content
    beside = buttonfit.beside(list(chosen.ops), prompt, site)
    return (chosen if beside == list(chosen.ops) else Plan(ops=beside[:MAX_OPS])), read is not None


def typed_but_left_out(plan: Plan, prompt: str, site: Site | None) -> list[str]:
    """The content the user typed (``coverage``) and the names and dates (``namedcontent``) that
    ``plan`` would leave out; none for a decline. An edit or a removal leaves out no words the site
    shows already ("still says £6.50 for adults, should be £7 now", "Binding mount still listed at
    $40. Remove it.")."""
    if any(isinstance(op, Decline) for op in plan.ops):
        return []
    placed, site_shown = plan_text(plan_to_json(plan)), shown_text(site)  # each read once per turn
    edits = _edits_only(plan)
    edited = f"{placed} | {site_shown} | {_replaced(plan, site_shown)}" if edits else placed
    # a date the plan makes by a replacement ("not the 21st": "21" made "28" in "Sunday 21 June") is placed too
    return unused_content(prompt, edited) + unused_names(prompt, edited if edits else f"{placed} | {site_shown}", edits) \
        + (unused_body(prompt, f"{placed} | {site_shown}") if _adds_content(plan) else [])


def _adds_content(plan: Plan) -> bool:
    """Whether ``plan`` puts content on a page (a page, a section, entries): what a body typed after a colon is for, not a
    look or a move said after one ("Design: please make it clean and academic, ...")."""
    return any(isinstance(op, (AddPage, AddSection, AddItems)) for op in plan.ops) \
        and not any(isinstance(op, (SetTheme, MoveNavLink)) for op in plan.ops)


def _replaced(plan: Plan, shown: str) -> str:
    """The site's words with the plan's replacements made: "Rs. 500" made "Rs. 600" on a page that shows
    "Rs. 500 per month" places the typed "Rs. 600 per month"."""
    for op in plan.ops:
        if isinstance(op, ReplaceText):
            shown = shown.replace(op.old, op.new)
    return shown


def _edits_only(plan: Plan) -> bool:
    """Whether ``plan`` only edits, renames or removes: it leaves out no words the site shows already (the
    old price of "it's $229, not $219", the old name of "rename 'Our Story' to 'About Us'")."""
    # (a move in the menu places the names of the pages it moves: "put 'Workshops' before 'The Tradition'")
    return all(isinstance(op, (EditItem, ReplaceText, RemoveItem, RenamePage, RemovePage, EditNavLink, MoveNavLink, SetText))
               for op in plan.ops)


def _edited_or_placed(plan: Plan, site: Site | None) -> str:
    """What ``plan`` places, with the site's words when it only edits or removes (``_edits_only``)."""
    placed = plan_text(plan_to_json(plan))
    return f"{placed} | {shown_text(site)}" if _edits_only(plan) else placed


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

    def messages(self, prompt: str, routes: list[str]) -> list[Message]:
        """System header (constant, KV-reused), the nearest examples, then the request."""
        out = [Message("system", self.system)]
        for ex in self.examples.select(prompt, self.few_shot) if self.few_shot else []:
            out += [Message("user", ex.prompt), Message("assistant", ex.plan)]
        out.append(Message("user", request_content(prompt, routes, self.last_error)))
        return out

    def _guidance(self, routes: list[str], files: list[str], prompt: str) -> Guidance:
        """The turn's grammar; the draft's, built as it was prefilled, when the prompt is that draft."""
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
                                 prompt if self.copy_spans else None, ops=CONTENT_OPS)
        resp = self.engine.generate(messages, GenerateOptions(max_tokens=MAX_PLAN_TOKENS, guidance=guidance))
        if on_response is not None:
            on_response(resp)
        text = "".join(resp)
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

    def _run(self, result: TurnResult, prompt: str, submitted: float,
             on_text: Callable[[str], None] | None, on_response: Callable[[Cancellable], None] | None,
             on_phase: Callable[[str], None]) -> None:
        on_phase("generating")
        source = open_source(self.root)
        reading = source.read()
        messages = self.messages(prompt, reading.routes)
        # A grammar per request (its spans): the engine sets up a session for it (measured: +40-90 ms
        # median model time per plan, bench/results/span-blind5.json, span-users-u2-u3.json); a draft
        # prefilled as it was typed has set it up already (no cost at Send, span-u4-prefilled.json).
        grammar_start = time.perf_counter()
        guidance = self._guidance(reading.routes, reading.files, prompt)
        result.timings["grammar_ms"] = _ms(time.perf_counter() - grammar_start)
        resp = self.engine.generate(messages, GenerateOptions(max_tokens=MAX_PLAN_TOKENS, guidance=guidance))
        if on_response is not None:
            on_response(resp)
        chunks = []
        for chunk in resp:
            chunks.append(chunk)
            if on_text is not None:
                on_text(chunk)
        text = "".join(chunks)
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
            result.outcome, result.message = "declined", _decline_message(model_plan, prompt)
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
        notes: list[str] = []  # what settling a crashed writer's half-done action did, said with the turn
        try:
            turn = history.record_turn(self.root, writes, prompt, result.plan, edit.summary,
                                       expected=edit.expected, internal=edit.internal, notes=notes)
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
        elif note := unused_note(request, _edited_or_placed(plan, reading.site),  # not the old price it replaced
                                 themed=any(isinstance(op, SetTheme) for op in plan.ops)):
            result.message = (result.message + " " if result.message else "") + note
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
