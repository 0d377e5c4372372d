"""Works around a reference-count defect in PySide6's ``SignalInstance.emit`` and ``.disconnect``.

Measured with PySide6/shiboken6 6.12.0 on CPython 3.11: both methods return ``True`` (or
``False``) *without* a new reference, so every call made from Python, whatever the
signal's types, its receivers or the thread, takes one reference away from the bool it
returns. The window emits thousands of signals in a session (streamed text every 50 ms,
each ``next dev`` output line, task progress), so ``True``'s count reaches zero and
Python aborts with "Fatal Python error: bool_dealloc" (seen in ``scripts/screenshots.py``).

:func:`install` measures the defect once and, only where it is present, wraps both
methods so each call gives back the reference it takes. A fixed PySide6 (or a Python
with immortal bools, 3.12+) measures no loss and is left alone. Every module of
``app.ui`` that declares signals imports this one, so it is in place before any emit.
"""

from __future__ import annotations

import ctypes
import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

log = logging.getLogger(__name__)

PROBE_CALLS = 64
_lock = threading.Lock()
_state: dict[str, bool] = {}  # method name -> whether it was wrapped


class _Probe(QObject):
    ping = Signal()


def _noop() -> None:
    """The probe's receiver."""


def _incref(obj: object) -> None:
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))


def bool_refs() -> int:
    """References to ``True`` and ``False`` together (tests watch this stay level)."""
    return sys.getrefcount(True) + sys.getrefcount(False)


def _lost_per_call(call: Callable[[], object]) -> bool:
    """Whether each ``call()`` costs the bool it returns one reference (measured, then repaid)."""
    before = bool_refs()
    for _ in range(PROBE_CALLS):
        call()
    lost = before - bool_refs()
    if lost >= PROBE_CALLS // 2:  # exact is PROBE_CALLS; slack for other threads touching bools
        for _ in range(lost):
            _incref(True)  # the probe's own calls all returned True
        return True
    return False


def _wrap(method: Callable[..., Any]) -> Callable[..., Any]:
    def fixed(self: Any, *args: Any, **kwargs: Any) -> Any:
        result = method(self, *args, **kwargs)
        if result is True or result is False:
            _incref(result)  # the reference the C implementation did not take
        return result

    fixed.__name__ = getattr(method, "__name__", "fixed")
    fixed.__doc__ = getattr(method, "__doc__", None)
    fixed.__wrapped__ = method  # type: ignore[attr-defined]
    return fixed


def install() -> dict[str, bool]:
    """Measures and, where needed, repairs ``emit`` and ``disconnect`` (idempotent, thread-safe).
    Returns which of the two were wrapped."""
    with _lock:
        if _state:
            return dict(_state)
        probe = _Probe()
        checks: dict[str, Callable[[], object]] = {
            "emit": lambda: probe.ping.emit(),
            "disconnect": lambda: (probe.ping.connect(_noop), probe.ping.disconnect(_noop))[1],
        }
        for name, call in checks.items():
            broken = _lost_per_call(call)
            if broken:
                setattr(SignalInstance, name, _wrap(getattr(SignalInstance, name)))
            _state[name] = broken
        if any(_state.values()):
            log.info("PySide6 SignalInstance returns borrowed bools; wrapped: %s",
                     ", ".join(k for k, v in _state.items() if v))
        return dict(_state)


install()
