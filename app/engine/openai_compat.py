"""Engines behind an OpenAI-compatible HTTP API: a llama.cpp server, or any hosted endpoint.

:class:`OpenAICompatEngine` implements the ``Engine`` protocol over
``/v1/completions`` (the messages rendered to text with the manifest's prompt
templates, exactly as the ORT engine sees them) or ``/v1/chat/completions``
(messages as they are). It streams with server-sent events, so the ``Response``
records a real first-token time; a cancel closes the connection between chunks.
The JSON-schema constraint is sent the way the server understands it:

- ``grammar``: converted to a GBNF grammar (llama.cpp's own converter) in the
  ``grammar`` field; llama-cpp-python's server (0.3.x) accepts only this on
  completions (it ignores a ``json_schema`` field: no constraint at all);
- ``json_schema``: the schema in a ``json_schema`` field (llama.cpp's C++ server);
- ``response_format``: chat's ``{"type": "json_schema", ...}``; when the server
  rejects that (4xx, or llama-cpp-python's HTTP 500 naming ``response_format``),
  ``{"type": "json_object", "schema": ...}`` (llama-cpp-python's form).

The benchmark's own llama.cpp server (a process it starts) is
:mod:`app.session.bench.llamacpp`.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import re
import threading
import urllib.parse
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any, Literal

from app.engine import prompting
from app.engine.base import EngineInfo, GenerateOptions, Guidance, Message
from app.engine.manifest import PromptSpec
from app.engine.response import Response
from app.errors import RemoteEngineError, UsageError

Api = Literal["chat", "completions"]
Constraint = Literal["grammar", "json_schema", "response_format"]


def _strip_guidance_keys(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema without llguidance's own ``x-guidance`` options (other servers may reject them)."""
    return {k: v for k, v in schema.items() if k != "x-guidance"}


_CLASS_ESCAPES = {"s": " \\t\\n\\r", "d": "0-9", "w": "a-zA-Z0-9_"}


def gbnf_safe_pattern(pattern: str) -> str:
    """``pattern`` without ``\\s``, ``\\d``, ``\\w``: llama.cpp's grammar parser does not know these
    escapes (measured with llama-cpp-python 0.3.36: "unknown escape at \\s", then the server
    segfaults), and its schema converter copies character classes verbatim."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            if nxt in _CLASS_ESCAPES:
                out.append(_CLASS_ESCAPES[nxt] if in_class else f"[{_CLASS_ESCAPES[nxt]}]")
            else:
                out.append(c + nxt)
            i += 2
            continue
        if c == "[" and not in_class:
            in_class = True
        elif c == "]" and in_class:
            in_class = False
        out.append(c)
        i += 1
    return "".join(out)


def _gbnf_ready(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: (gbnf_safe_pattern(v) if k == "pattern" and isinstance(v, str) else _gbnf_ready(v))
                for k, v in node.items() if k != "x-guidance"}
    if isinstance(node, list):
        return [_gbnf_ready(v) for v in node]
    return node


DONE: dict[str, Any] = {"[DONE]": True}  # yielded (this very object) when the stream says it is finished


def _sse_events(stream: IO[bytes]) -> Iterator[dict[str, Any]]:
    """JSON payloads of an ``text/event-stream`` (``data:`` lines), then :data:`DONE` at ``[DONE]``."""
    data: list[str] = []
    while True:
        raw = stream.readline()
        if not raw:
            break
        line = raw.decode("utf-8", "replace").rstrip("\r\n")
        if line.startswith(":"):
            continue  # comment / keep-alive ping
        if line.startswith("data:"):
            data.append(line[5:].lstrip(" "))
            continue
        if line == "" and data:
            payload = "\n".join(data)
            data = []
            if payload.strip() == "[DONE]":
                yield DONE
                return
            try:
                event = json.loads(payload)
            except json.JSONDecodeError as exc:
                raise RemoteEngineError(f"The server sent a malformed event: {payload[:200]!r}") from exc
            if isinstance(event, dict):
                if "error" in event:
                    raise RemoteEngineError(f"The server reported an error: {_error_text(event)}")
                yield event
    if data:
        if data[-1].strip() == "[DONE]":
            yield DONE
            return
        with contextlib.suppress(json.JSONDecodeError):
            event = json.loads("\n".join(data))
            if isinstance(event, dict):
                yield event


def _error_text(body: Any) -> str:
    if isinstance(body, dict):
        err = body.get("error", body.get("detail", body))
        if isinstance(err, dict):
            return str(err.get("message") or err)
        return str(err)[:500]
    return str(body)[:500]


class OpenAICompatEngine:
    """``Engine`` over an OpenAI-compatible server (see the module docstring)."""

    def __init__(
        self,
        base_url: str,
        *,
        api: Api = "chat",
        api_key: str | None = None,
        model: str | None = None,
        prompt: PromptSpec | None = None,
        constraint: Constraint | None = None,
        backend: str = "openai",
        model_id: str | None = None,
        provider: str = "remote",
        threads: int | None = None,
        timeout_s: float = 120.0,
        stop: Sequence[str] = (),
        extra: dict[str, Any] | None = None,
        server_state: Callable[[], str | None] | None = None,
        load_s: float = 0.0,
    ) -> None:
        parsed = urllib.parse.urlsplit(base_url)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise UsageError(f"The server URL {base_url!r} is not an http(s) URL.",
                             hint="e.g. http://127.0.0.1:8080/v1")
        if api == "completions" and prompt is None:
            raise UsageError("The completions API needs the model's prompt templates (a manifest's PromptSpec).")
        self.base_url = base_url.rstrip("/")
        self._parsed = parsed
        self.api: Api = api
        self.api_key = api_key
        self.model = model
        self.prompt = prompt
        self.constraint: Constraint = constraint or ("response_format" if api == "chat" else "json_schema")
        self.timeout_s = timeout_s
        self.stop = list(stop)
        self.server_state = server_state
        self._info = EngineInfo(backend=backend, model_id=model_id or model or "unknown", provider=provider,
                                model_dir=self.base_url, threads=threads, load_s=load_s,
                                extra={"api": api, "constraint": self.constraint, **(extra or {})})
        self._grammars: dict[str, str] = {}
        self._response_format_style = "json_schema"
        self._lock = threading.Lock()

    @property
    def info(self) -> EngineInfo:
        return self._info

    # -- requests --------------------------------------------------------------
    def _connect(self) -> http.client.HTTPConnection:
        port = self._parsed.port
        if self._parsed.scheme == "https":
            return http.client.HTTPSConnection(self._parsed.hostname or "", port, timeout=self.timeout_s)
        return http.client.HTTPConnection(self._parsed.hostname or "", port, timeout=self.timeout_s)

    def _path(self, endpoint: str) -> str:
        return (self._parsed.path.rstrip("/") or "") + endpoint

    def _open(self, endpoint: str, payload: dict[str, Any]) -> tuple[http.client.HTTPConnection, http.client.HTTPResponse]:
        headers = {"Content-Type": "application/json", "Accept": "text/event-stream"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        conn = self._connect()
        url = f"{self.base_url}{endpoint}"
        try:
            conn.request("POST", self._path(endpoint), body=json.dumps(payload).encode("utf-8"), headers=headers)
            resp = conn.getresponse()
        except (OSError, http.client.HTTPException) as exc:
            conn.close()
            reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
            raise RemoteEngineError(f"Cannot reach the model server at {url}: {reason}" + self._server_state(),
                                    hint="is the server running? check --base-url") from exc
        if resp.status >= 400:
            body = resp.read().decode("utf-8", "replace")
            conn.close()
            try:
                detail = _error_text(json.loads(body))
            except json.JSONDecodeError:
                detail = body[:300]
            raise _http_error(resp.status, url, detail)
        return conn, resp

    # -- constraint --------------------------------------------------------------
    def _grammar(self, schema_text: str) -> str:
        with self._lock:
            cached = self._grammars.get(schema_text)
            if cached is None:
                try:
                    from llama_cpp.llama_grammar import json_schema_to_gbnf
                except ImportError as exc:
                    raise UsageError("Converting a JSON schema to a llama.cpp grammar needs llama-cpp-python "
                                     "(the bench extra).") from exc
                schema = json.loads(schema_text)
                cached = str(json_schema_to_gbnf(json.dumps(_gbnf_ready(schema))))
                options = schema.get("x-guidance") if isinstance(schema, dict) else None
                if isinstance(options, dict) and options.get("whitespace_flexible") is False:
                    # As llguidance does for the ORT engine: no optional spaces between JSON tokens.
                    cached = re.sub(r"(?m)^space ::= .*$", 'space ::= ""', cached)
                self._grammars[schema_text] = cached
            return cached

    def _constrain(self, payload: dict[str, Any], guidance: Guidance | None) -> None:
        if guidance is None:
            return
        if guidance.kind != "json_schema":
            raise UsageError(f"The {self._info.backend} backend supports JSON-schema constraints only, "
                             f"not {guidance.kind}.")
        schema = _strip_guidance_keys(json.loads(guidance.data))
        if self.constraint == "grammar":
            payload["grammar"] = self._grammar(guidance.data)
        elif self.constraint == "json_schema":
            payload["json_schema"] = schema
        elif self._response_format_style == "json_schema":
            payload["response_format"] = {"type": "json_schema", "json_schema": {"name": "plan", "schema": schema}}
        else:
            # llama-cpp-python turns this schema into a grammar with the same converter (and the same
            # "\s" crash), so it gets the patterns rewritten as for the grammar constraint.
            payload["response_format"] = {"type": "json_object", "schema": _gbnf_ready(schema)}

    def _payload(self, messages: Sequence[Message], opts: GenerateOptions) -> tuple[str, dict[str, Any]]:
        payload: dict[str, Any] = {"max_tokens": opts.max_tokens, "temperature": opts.temperature,
                                   "top_p": opts.top_p, "stream": True,
                                   "stream_options": {"include_usage": True}}
        if self.model:
            payload["model"] = self.model
        if self.stop:
            payload["stop"] = self.stop
        if self.api == "completions":
            assert self.prompt is not None
            payload["prompt"] = prompting.render(messages, self.prompt).full
            endpoint = "/completions"
        else:
            payload["messages"] = [{"role": m.role, "content": m.content} for m in messages]
            endpoint = "/chat/completions"
        self._constrain(payload, opts.guidance)
        return endpoint, payload

    # -- Engine -----------------------------------------------------------------
    def generate(self, messages: Sequence[Message], options: GenerateOptions | None = None) -> Response:
        opts = options or GenerateOptions()
        if opts.max_tokens < 1:
            raise UsageError("max_tokens must be at least 1.")
        endpoint, payload = self._payload(messages, opts)
        return Response(lambda resp: self._produce(resp, endpoint, payload, opts))

    def _start(self, endpoint: str, payload: dict[str, Any],
               opts: GenerateOptions) -> tuple[http.client.HTTPConnection, http.client.HTTPResponse]:
        try:
            return self._open(endpoint, payload)
        except RemoteEngineError as exc:
            fallback = (self.api == "chat" and self.constraint == "response_format" and opts.guidance is not None
                        and self._response_format_style == "json_schema"
                        # llama-cpp-python 0.3.36 answers HTTP 500 with a validation error naming response_format
                        and ("HTTP 4" in exc.message or "response_format" in exc.message))
            if not fallback:
                raise
            self._response_format_style = "json_object"  # llama-cpp-python's form
            self._constrain(payload, opts.guidance)
            return self._open(endpoint, payload)

    def _produce(self, resp: Response, endpoint: str, payload: dict[str, Any], opts: GenerateOptions) -> Iterator[str]:
        resp.mark_started()
        conn, http_resp = self._start(endpoint, payload, opts)
        counted = 0
        reported = False
        finished = False
        try:
            for event in _sse_events(http_resp):
                if event is DONE:
                    finished = True
                    break
                usage = event.get("usage")
                if isinstance(usage, dict) and usage.get("completion_tokens") is not None:
                    reported = True
                    resp.usage.prompt_tokens = int(usage.get("prompt_tokens") or 0)
                    resp.usage.completion_tokens = int(usage["completion_tokens"])
                    details = usage.get("prompt_tokens_details")
                    if isinstance(details, dict) and details.get("cached_tokens") is not None:
                        resp.usage.cached_tokens = int(details["cached_tokens"])
                choices = event.get("choices") or []
                if not choices:
                    continue
                choice = choices[0]
                if self.api == "completions":
                    text = choice.get("text") or ""
                else:
                    text = (choice.get("delta") or {}).get("content") or ""
                reason = choice.get("finish_reason")
                if reason in ("stop", "length"):
                    resp.usage.finish_reason = reason
                finished = finished or bool(reason)
                if text:
                    counted += 1  # one streamed chunk per token on llama.cpp; replaced by usage when sent
                    if not reported:
                        resp.usage.completion_tokens = counted
                    yield text
                if resp.cancel_requested:
                    return
        except (OSError, http.client.HTTPException) as exc:
            if resp.cancel_requested:
                return
            raise RemoteEngineError(f"The connection to {self.base_url} broke during a generation: {exc}"
                                    + self._server_state()) from exc
        finally:
            conn.close()  # on cancel this tells the server to stop generating
        if not finished and not resp.cancel_requested:
            raise RemoteEngineError(f"The model server at {self.base_url} ended the stream before the generation "
                                    f"finished." + self._server_state())

    def _server_state(self) -> str:
        """What the server's owner knows about it (e.g. that the process died), for error messages."""
        state = self.server_state() if self.server_state is not None else None
        return f"\n{state}" if state else ""

    def prefill(self, messages: Sequence[Message], options: GenerateOptions | None = None) -> None:
        return None  # a remote server caches what it saw; a request here would cost a round trip

    def warm(self, guidance: Guidance | None = None, system: str | None = None) -> None:
        """One tiny request: proves the server answers, and lets it cache the system prefix."""
        messages = ([Message("system", system)] if system else []) + [Message("user", "")]
        if self.api == "chat":
            messages[-1] = Message("user", "ping")
        endpoint, payload = self._payload(messages, GenerateOptions(max_tokens=1, guidance=guidance))
        if self.api == "completions" and self.prompt is not None and system:
            payload["prompt"] = prompting.render(messages, self.prompt).prefix
        Response(lambda resp: self._produce(resp, endpoint, payload, GenerateOptions(guidance=guidance))).text()

    def close(self) -> None:
        return None


def _http_error(status: int, url: str, detail: str) -> RemoteEngineError:
    if status in (401, 403):
        return RemoteEngineError(f"The model server at {url} refused the request (HTTP {status}): {detail}",
                                 hint="check --api-key")
    if status == 404:
        return RemoteEngineError(f"The model server has no {url} (HTTP 404): {detail}",
                                 hint="check --base-url (it usually ends in /v1)")
    return RemoteEngineError(f"The model server at {url} answered HTTP {status}: {detail}")
