"""127.0.0.1-only networking for the preview: free ports and plain GETs.

The probe never follows redirects (a page must not send it off the machine) and ignores
proxy settings from the environment (a proxy would see, or break, local requests).
"""

from __future__ import annotations

import http.client
import socket
import sys
import urllib.error
import urllib.request
from typing import Any

from app.errors import DevServerError

HOST = "127.0.0.1"


def free_port() -> int:
    """A port nobody listens on at 127.0.0.1 right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def port_is_free(port: int) -> bool:
    """True when 127.0.0.1:``port`` can be listened on (same rules Node uses)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        if sys.platform != "win32":
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((HOST, port))
        except OSError:
            return False
    return True


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects are answers, not hops: a page must never send the probe off 127.0.0.1."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect())


def fetch_local(port: int, path: str, timeout: float = 30.0) -> tuple[int, str]:
    """GET http://127.0.0.1:port/path: (status, body), 4xx/5xx included; DevServerError if unreachable."""
    if not path.startswith("/"):
        raise ValueError(f"path must start with '/': {path!r}")
    request = urllib.request.Request(f"http://{HOST}:{port}{path}", headers={"User-Agent": "avery-nxr"})
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            charset = response.headers.get_content_charset() or "utf-8"
            return int(response.status), response.read().decode(charset, "replace")
    except urllib.error.HTTPError as exc:
        with exc:
            return int(exc.code), exc.read().decode("utf-8", "replace")
    except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
        reason = getattr(exc, "reason", exc)
        raise DevServerError(f"GET {path} on port {port} failed: {reason}") from exc
