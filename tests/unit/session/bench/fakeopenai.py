"""A tiny OpenAI-compatible SSE server on 127.0.0.1 for tests (no model).

It streams ``answer(path, body)`` in pieces (default: a fixed JSON in three pieces),
checks the bearer key, and records every request with its headers.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

PIECES = ['{"ops"', ':["a"', ',"b"]}']
Answer = Callable[[str, dict[str, Any]], list[str]]


class Server:
    def __init__(self, key: str = "sekret", answer: Answer | None = None) -> None:
        self.key = key
        self.answer = answer or (lambda path, body: list(PIECES))
        self.requests: list[tuple[str, dict[str, Any], dict[str, str]]] = []
        self.reject_json_schema = False
        self.truncate = False
        self.delay_s = 0.05
        self.disconnected = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.requests.append((self.path, body, dict(self.headers)))
                if self.headers.get("Authorization") != f"Bearer {server.key}":
                    return self._json(401, {"error": {"message": "Invalid API key"}})
                if not self.path.startswith("/v1/"):
                    return self._json(404, {"detail": "Not Found"})
                rf = body.get("response_format")
                if server.reject_json_schema and rf and rf["type"] == "json_schema":
                    return self._json(422, {"detail": "response_format.type: Input should be 'text' or 'json_object'"})
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Connection", "close")
                self.end_headers()
                chat = self.path.endswith("/chat/completions")
                try:
                    self.wfile.write(b": ping\n\n")
                    pieces = server.answer(self.path, body)
                    for i, piece in enumerate(pieces):
                        time.sleep(server.delay_s)
                        choice: dict[str, Any] = ({"delta": {"content": piece}} if chat else {"text": piece})
                        choice["finish_reason"] = "stop" if i == len(pieces) - 1 else None
                        if server.truncate and i == 1:
                            choice["finish_reason"] = None
                            self.wfile.write(f"data: {json.dumps({'choices': [choice]})}\n\n".encode())
                            self.wfile.flush()
                            self.close_connection = True
                            return  # the server died mid-stream
                        self.wfile.write(f"data: {json.dumps({'choices': [choice]})}\n\n".encode())
                        self.wfile.flush()
                    self.wfile.write(b"data: [DONE]\n\n")
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    server.disconnected.set()
                self.close_connection = True

            def _json(self, status: int, data: Any) -> None:
                raw = json.dumps(data).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def log_message(self, *args: object) -> None:
                return None

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"


@contextmanager
def serving(s: Server) -> Iterator[Server]:
    """``s`` answering on its loopback port for the ``with`` block, then shut down."""
    thread = threading.Thread(target=s.httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield s
    finally:
        s.httpd.shutdown()
        s.httpd.server_close()


@pytest.fixture()
def server() -> Iterator[Server]:
    with serving(Server()) as s:
        yield s
