"""What the user spelled out: paths, URLs, JSON bodies, HTTP methods, hex colours.

When a request types a value out exactly, that value wins over the model's
reading of it. Each function returns the slot's value taken from the request,
or None when the request does not pin it down (then the model's stands):

- a path the request names that is not a page yet is where a new page, a
  renamed page or an API route goes ("/kids", not "/kids-kids-kids");
- a URL or a path named as a link's target is the link's href;
- a JSON object typed in the request is the API route's body;
- "POST" (or "GET") written as a method is the route's method;
- a hex colour typed in the request replaces a named colour.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from app.scaffold.plan import COLOR_PATTERN, JsonScalar
from app.scaffold.site import ROUTE_RE

URL = re.compile(r"https?://[^\s\"'<>()]+")
_PATH = re.compile(r"(?<![\w.:/@€$£¥₹₦₱₩₺%-])/(?:[a-z0-9][a-z0-9/-]*)?(?![\w/-])")  # not "35€/month", "8€/seat/mo"
_JSON_OBJECT = re.compile(r"\{[^{}]*\}")
_HEX = re.compile(r"(?<![\w#])(#?)([0-9a-fA-F]{6})(?!\w)")
_API_ROUTE = re.compile(r"^/api(/[a-z0-9]+(-[a-z0-9]+)*){1,3}$")


# A web address typed without its scheme ("instagram.com/rollingbrisketatx", "www.fernwood.ie"); not an
# email's domain, nor a file name.
_BARE_URL = re.compile(r"(?<![\w@./:-])(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|dev|app|me|ie|uk|au|nz|"
                       r"ca|in|za|ng|ke|gh|de|nl|pt|es|fr|it|sg|ph|us|info|biz)(?:/[^\s\"'<>(),]*)?(?![\w@-])", re.IGNORECASE)


def urls(request: str) -> list[str]:
    """The web addresses typed in the request, with a scheme where it was left off."""
    found = [u.rstrip(".,;:!?") for u in URL.findall(request)]
    return found + ["https://" + u.rstrip(".,;:!?") for u in _BARE_URL.findall(URL.sub(" ", request))]


def paths(request: str) -> list[str]:
    """The site paths typed in the request, outside URLs, without a trailing slash."""
    text = URL.sub(" ", request)
    out = []
    for match in _PATH.finditer(text):
        path = match.group(0).rstrip("/-") or "/"
        if re.match(ROUTE_RE, path) and path not in out:
            out.append(path)
    return out


def _only(values: Sequence[str]) -> str | None:
    return values[0] if len(values) == 1 else None


def new_route(request: str, existing: Sequence[str]) -> str | None:
    """The one path the request names that is not a page or an API route yet."""
    return _only([p for p in paths(request) if p not in existing and not p.startswith("/api/")])


def api_route(request: str) -> str | None:
    return _only([p for p in paths(request) if _API_ROUTE.match(p)])


def link_target(request: str) -> str | None:
    """The one URL, or else the one path, the request names."""
    found = urls(request)
    return _only(found) if found else _only(paths(request))


def json_body(request: str) -> dict[str, JsonScalar] | None:
    """The one flat JSON object typed in the request (single quotes allowed)."""
    literals = _JSON_OBJECT.findall(request)
    if len(literals) != request.count("{"):
        return None  # nested objects: not a flat body
    bodies = []
    for literal in literals:
        for candidate in (literal, literal.replace("'", '"')):
            try:
                value = json.loads(candidate)
            except ValueError:
                continue
            if isinstance(value, dict) and value and all(
                    isinstance(v, (str, int, float, bool)) or v is None for v in value.values()):
                bodies.append(value)
            break
    return bodies[0] if len(bodies) == 1 else None


def method(request: str) -> str | None:
    """The HTTP method written in capitals (or "post" next to "(...)"): one, or None."""
    said = set(re.findall(r"\b(GET|POST)\b", request))
    said |= {m.upper() for m in re.findall(r"\((get|post)\)", request, flags=re.IGNORECASE)}
    return said.pop() if len(said) == 1 else None


def hex_colour(request: str) -> str | None:
    """The one hex colour in the request: six hex digits after "#", or holding a digit ("decade" is a word)."""
    found = {f"#{h.lower()}" for mark, h in _HEX.findall(URL.sub(" ", request)) if mark or re.search(r"\d", h)}
    colour = _only(sorted(found))
    return colour if colour and re.match(COLOR_PATTERN, colour) else None
