"""The app's engine: a built model folder run by ONNX Runtime GenAI.

- The provider (CUDA / DirectML / CPU) is chosen by the probe and proven by
  loading (``providers.choose``).
- The tokenizer (a 33 MB tokenizer.json, 1-2 s to parse) loads lazily, so the
  window can appear before it is needed; ``warm()`` loads it alongside the grammar.
- KV reuse: a generator is kept per (system prefix, constraint). Its prefix is
  prefilled once, with its first turn; each later turn rewinds to the end of the
  prefix and appends only its own tokens. Rewinding also resets the guidance state.
  The app's constraint holds the request's words (``app/scaffold/spans.py``), so a
  turn usually gets a new generator; a draft prefilled as it is typed has made it.
- Constrained decoding uses ORT GenAI guidance (JSON schema, regex, Lark), with
  fast-forward tokens on. Setting it up is slow once per process (4-10 s over a
  262k vocabulary), 10-60 ms a grammar afterwards: ``warm()`` pays the first.
- One generation runs at a time; a second waits (its ``queued`` phase).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import onnxruntime_genai as og

from app.engine import prompting, providers
from app.engine.base import EngineInfo, GenerateOptions, Guidance, Message
from app.engine.manifest import RunnableModel
from app.engine.probe import Probe, probe
from app.engine.response import Response
from app.errors import EngineOutOfMemoryError, GenerationError, ModelCorruptError, UsageError

log = logging.getLogger(__name__)

REQUIRED_FILES = ("genai_config.json", "tokenizer.json")
MAX_CACHED_SESSIONS = 2
_OOM_MARKERS = ("bad_alloc", "out of memory", "failed to allocate", "outofmemory")


def _is_oom(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(m in text for m in _OOM_MARKERS)


@dataclass
class _Session:
    generator: Any
    prefix_len: int
    key: tuple[str, ...]
    turns: int = 0
    last_turn_ids: list[int] | None = None  # the previous turn's prompt tokens, still in the KV cache
    # The prefix, until it is appended: with the first turn's tokens, in one prefill (measured on
    # 2 loaded cores: prefix then turn took 30-70 ms more than both at once, about what the
    # turn alone takes after a reused prefix; so a session per turn loses little of its KV reuse).
    pending: list[int] = field(default_factory=list)


def _guidance_key(opts: GenerateOptions) -> tuple[str, str, str, str]:
    """What besides the prefix makes a session: its constraint and sampling."""
    g = opts.guidance
    return (g.kind if g else "", g.data if g else "", repr(opts.temperature), repr(opts.top_p))


def _common_prefix(a: list[int], b: list[int]) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


class OrtEngine:
    """``Engine`` implementation on onnxruntime-genai."""

    def __init__(
        self,
        manifest: RunnableModel,
        model_dir: Path | None = None,
        provider: str | None = None,
        threads: int | None = None,
        hardware: Probe | None = None,
    ) -> None:
        self.manifest = manifest
        self.model_dir = model_dir or manifest.require_built()
        self._check_files()
        self._threads = threads
        self.probe = hardware or probe()
        start = time.perf_counter()
        chosen = providers.choose(
            self.probe, self._load, manifest.runtime.providers, providers.requested_override(provider)
        )
        self.provider_choice = chosen.choice
        self._model = chosen.loaded
        self._load_s = time.perf_counter() - start
        self._tokenizer: Any = None
        self._tokenizer_lock = threading.Lock()
        self._run_lock = threading.Lock()
        self._sessions: OrderedDict[tuple[str, ...], _Session] = OrderedDict()
        self._eos = set(manifest.runtime.eos_token_ids)

    # -- loading -------------------------------------------------------------
    def _check_files(self) -> None:
        missing = [f for f in REQUIRED_FILES if not (self.model_dir / f).is_file()]
        if not any(self.model_dir.glob("*.onnx")):
            missing.append("*.onnx")
        if missing:
            raise ModelCorruptError(
                f"The model folder {self.model_dir} is incomplete (missing: {', '.join(missing)}).",
                hint="rebuild it with `nxr model build --force`",
            )

    def _overlay(self) -> dict[str, Any]:
        """Runtime settings layered on genai_config.json at load time."""
        decoder: dict[str, Any] = {}
        if self._threads:
            decoder["session_options"] = {"intra_op_num_threads": self._threads}
        try:
            on_disk = json.loads((self.model_dir / "genai_config.json").read_text(encoding="utf-8"))
            window = on_disk["model"]["decoder"].get("sliding_window") or {}
        except (OSError, ValueError, KeyError) as exc:
            raise ModelCorruptError(f"{self.model_dir / 'genai_config.json'} is unreadable: {exc}") from exc
        if window.get("window_size"):
            # KV reuse rewinds to the end of the system prompt. A sliding-window ring
            # of window_size tokens cannot rewind past what it evicted (measured:
            # "Cannot rewind to 943: the sliding-window KV cache holds only the last
            # 528"), so size the ring for the whole context.
            slack = max(0, self.manifest.runtime.max_length - int(window["window_size"]))
            decoder["sliding_window"] = {**window, "cache_slack": slack}
        return {"model": {"decoder": decoder}} if decoder else {}

    def _load(self, provider: str) -> Any:
        config = og.Config(str(self.model_dir))
        overlay = self._overlay()
        if overlay:
            config.overlay(json.dumps(overlay))
        config.clear_providers()
        if provider != "cpu":
            config.append_provider(provider)
        try:
            return og.Model(config)
        except RuntimeError as exc:
            if _is_oom(exc):
                raise EngineOutOfMemoryError(f"Not enough memory to load the model on {provider}: {exc}") from exc
            if provider == "cpu":
                raise ModelCorruptError(
                    f"The model in {self.model_dir} cannot be loaded: {exc}",
                    hint="rebuild it with `nxr model build --force`",
                ) from exc
            raise

    @property
    def tokenizer(self) -> Any:
        with self._tokenizer_lock:
            if self._tokenizer is None:
                self._tokenizer = og.Tokenizer(self._model)
            return self._tokenizer

    def _load_tokenizer_quietly(self) -> None:
        try:
            _ = self.tokenizer
        except Exception:  # the next use loads it again and raises there, where it can be reported
            return

    @property
    def info(self) -> EngineInfo:
        return EngineInfo(
            backend="ort",
            model_id=self.manifest.id,
            provider=self.provider_choice.provider,
            model_dir=str(self.model_dir),
            threads=self._threads,
            load_s=round(self._load_s, 3),
            extra={"onnxruntime_genai": getattr(og, "__version__", "")},
        )

    # -- prompting -----------------------------------------------------------
    def encode(self, text: str) -> list[int]:
        return [int(t) for t in self.tokenizer.encode(text)] if text else []

    def _session(self, prefix: str, opts: GenerateOptions) -> tuple[_Session, bool]:
        key = (prefix, *_guidance_key(opts))
        g = opts.guidance
        session = self._sessions.get(key)
        if session is not None:
            self._sessions.move_to_end(key)
            return session, True
        params = og.GeneratorParams(self._model)
        search: dict[str, Any] = {"max_length": self.manifest.runtime.max_length}
        if opts.temperature > 0:
            search.update(do_sample=True, temperature=opts.temperature, top_p=opts.top_p)
        params.set_search_options(**search)
        if g is not None:
            try:
                # Fast-forward tokens on: what the grammar forces (keys, punctuation, the rest of a
                # route or section kind once it is unambiguous) is appended in one step instead of
                # decoded token by token.
                params.set_guidance(g.kind, g.data, True)
            except RuntimeError as exc:
                raise UsageError(f"The output constraint ({g.kind}) is invalid: {exc}") from exc
        try:
            generator = og.Generator(self._model, params)
        except RuntimeError as exc:
            if _is_oom(exc):
                raise EngineOutOfMemoryError(f"Not enough memory for a generator: {exc}") from exc
            if g is not None:
                raise UsageError(f"The output constraint ({g.kind}) is invalid: {exc}") from exc
            raise GenerationError(f"Could not create a generator: {exc}") from exc
        prefix_ids = [self.tokenizer.bos_token_id] + self.encode(prefix)
        session = _Session(generator, len(prefix_ids), key, pending=prefix_ids)
        self._sessions[key] = session
        while len(self._sessions) > MAX_CACHED_SESSIONS:
            self._sessions.popitem(last=False)
        return session, False

    def warm(self, guidance: Guidance | None = None, system: str | None = None) -> None:
        """Load the tokenizer and prefill the (system, constraint) session now.

        The tokenizer loads on a second thread while the generator (and its grammar) is set
        up: both calls release the GIL, so they overlap (measured: max instead of sum, about
        1.5 s less on 2 cores). The prefix encoding then waits for the tokenizer's lock."""
        with self._run_lock:
            if self._tokenizer is None:
                threading.Thread(target=self._load_tokenizer_quietly, name="tokenizer-load", daemon=True).start()
            prefix = ""
            if system is not None:
                prefix = prompting.render([Message("system", system), Message("user", "")], self.manifest.prompt).prefix
            session, _reused = self._session(prefix, GenerateOptions(guidance=guidance))
            self._append(session, [], 0)

    def prefill(self, messages: Sequence[Message], options: GenerateOptions | None = None) -> None:
        """Append a draft's tokens to its session now; ``generate`` keeps what the sent prompt
        shares with them (see ``_run``). Skipped while a generation runs: that one matters more."""
        if not self._run_lock.acquire(blocking=False):
            return
        try:
            text = prompting.render(messages, self.manifest.prompt)
            session, _reused = self._session(text.prefix, options or GenerateOptions())
            turn_ids = self.encode(text.turn)
            if not turn_ids or session.prefix_len + len(turn_ids) >= self.manifest.runtime.max_length:
                return
            self._append(session, turn_ids, _common_prefix(session.last_turn_ids or [], turn_ids))
        except RuntimeError as exc:  # a draft is a guess: the real turn reports its own errors
            self._sessions.clear()  # the generator's state is unknown now
            log.warning("prefilling a draft failed: %s", exc)
        finally:
            self._run_lock.release()

    def _append(self, session: _Session, turn_ids: list[int], keep: int) -> None:
        """Put ``turn_ids`` after the session's prefix, keeping the first ``keep`` of them that the KV
        cache holds already; a new session's prefix goes in with them, in one prefill."""
        gen = session.generator
        session.last_turn_ids = None  # unknown state until the append succeeds
        if session.pending:
            ids, keep = session.pending + turn_ids, 0
        else:
            if gen.token_count() > session.prefix_len + keep:
                gen.rewind_to(session.prefix_len + keep)
            ids = turn_ids[keep:]
        try:
            if ids:
                gen.append_tokens(ids)
        except RuntimeError:
            self._sessions.pop(session.key, None)  # its prefix may be half in: never reuse it
            raise
        session.pending = []
        session.last_turn_ids = turn_ids

    # -- generation ----------------------------------------------------------
    def generate(self, messages: Sequence[Message], options: GenerateOptions | None = None) -> Response:
        opts = options or GenerateOptions()
        if opts.max_tokens < 1:
            raise UsageError("max_tokens must be at least 1.")
        text = prompting.render(messages, self.manifest.prompt)
        return Response(lambda resp: self._produce(resp, text, opts))

    def _produce(self, resp: Response, text: prompting.PromptText, opts: GenerateOptions) -> Iterator[str]:
        with self._run_lock:
            resp.mark_started()
            try:
                yield from self._run(resp, text, opts)
            except RuntimeError as exc:
                # The generator's state after a failed step is unknown: the next turn starts afresh.
                key = (text.prefix, *_guidance_key(opts))
                self._sessions.pop(key, None)
                if _is_oom(exc):
                    raise EngineOutOfMemoryError(f"Out of memory while generating: {exc}") from exc
                raise GenerationError(f"Generation failed: {exc}") from exc

    def _run(self, resp: Response, text: prompting.PromptText, opts: GenerateOptions) -> Iterator[str]:
        setup = time.perf_counter()
        session, reused = self._session(text.prefix, opts)
        resp.usage.setup_ms = 0.0 if reused else round((time.perf_counter() - setup) * 1000, 1)
        gen = session.generator
        turn_ids = self.encode(text.turn)
        budget = self.manifest.runtime.max_length
        if session.prefix_len + len(turn_ids) + opts.max_tokens > budget:
            raise UsageError(
                f"The prompt is too long: {session.prefix_len + len(turn_ids)} tokens plus up to "
                f"{opts.max_tokens} new ones exceed the model's {budget}-token window."
            )
        # Keep the prefix and whatever the previous turn's prompt shares with this one (the
        # same few-shot examples, say); at least one token is appended to get fresh logits.
        keep = 0
        if session.last_turn_ids is not None and turn_ids:
            keep = min(_common_prefix(session.last_turn_ids, turn_ids), len(turn_ids) - 1)
        resp.usage.prompt_tokens = session.prefix_len + len(turn_ids)
        resp.usage.cached_tokens = session.prefix_len + keep if reused and not session.pending else 0
        session.turns += 1
        self._append(session, turn_ids, keep)
        stream = self.tokenizer.create_stream()
        seen = int(gen.token_count())
        produced = 0
        while True:
            if resp.cancel_requested:
                return
            if gen.is_done():
                resp.usage.finish_reason = "stop"
                return
            if produced >= opts.max_tokens:
                resp.usage.finish_reason = "length"
                return
            gen.generate_next_token()
            resp.usage.decode_steps += 1
            seq = gen.get_sequence(0)
            # Guidance may fast-forward several forced tokens in one step.
            new = seq[seen:]
            seen = len(seq)
            for token in new:
                produced += 1
                resp.usage.completion_tokens = produced
                if int(token) in self._eos:
                    continue
                piece = stream.decode(int(token))
                if piece:
                    yield piece

    def reset_cache(self) -> None:
        """Forget every prefilled prefix (the next turn pays a full prefill)."""
        with self._run_lock:
            self._sessions.clear()

    def close(self) -> None:
        with self._run_lock:
            self._sessions.clear()
            self._tokenizer = None
            self._model = None
