"""What the window holds as a project's preview server, whoever runs it.

:class:`~app.preview.devserver.DevServer` (the window's own ``next dev``) and
:class:`~app.preview.liveserver.ExternalServer` (one ``nxr serve`` runs) both have
this surface; the window's controller and the turn use nothing else of them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from app.preview.routecheck import RouteCheck


class PreviewServer(Protocol):
    on_started: list[Callable[[str], None]]
    on_finished: list[Callable[[int, bool], None]]
    on_error: list[Callable[[str], None]]
    on_output: list[Callable[[str], None]]

    @property
    def url(self) -> str | None: ...

    @property
    def port(self) -> int | None: ...

    @property
    def pid(self) -> int | None: ...

    @property
    def is_running(self) -> bool: ...

    def start(self, timeout: float = ...) -> str: ...

    def stop(self, timeout: float = ...) -> None: ...

    def errors(self) -> Sequence[Any]: ...

    def wait_route(self, path: str, contains: Sequence[str] = (), not_contains: Sequence[str] = (),
                   timeout: float = 10.0) -> RouteCheck: ...


def is_external(server: PreviewServer) -> bool:
    """True for a server another process runs (the window must never stop it)."""
    return bool(getattr(server, "external", False))


if TYPE_CHECKING:  # mypy proves both servers have the surface above
    from app.preview.devserver import DevServer
    from app.preview.liveserver import ExternalServer

    def _conforms(own: DevServer, other: ExternalServer) -> list[PreviewServer]:
        return [own, other]
