"""The benchmark's llama.cpp peer: ``python -m llama_cpp.server`` on 127.0.0.1 (a free port,
its own process group, dying with us, stopped at exit), spoken to through
:class:`app.engine.openai_compat.OpenAICompatEngine`."""

from __future__ import annotations

import atexit
import contextlib
import http.client
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import IO

from app.errors import RemoteEngineError
from app.preview.net import HOST, free_port
from app.preview.process import describe_exit, signal_group, spawn_tied


# A native build of llama-cpp-python (0.3.36) uses ggml's AMX matmul where the CPU reports AMX; in
# this project's VM that dies with SIGILL at the first matmul (``tilezero``). Built without AMX it runs.
NO_AMX_BUILD = ('CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON '
                '-DGGML_AVX512=ON -DGGML_AVX512_VBMI=ON -DGGML_AVX512_VNNI=ON -DGGML_AVX512_BF16=ON -DGGML_AVX_VNNI=ON '
                '-DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF" '
                "pip install --force-reinstall --no-deps --no-cache-dir 'llama-cpp-python[server]'")


def illegal_instruction_hint(returncode: int | None) -> str:
    """A sentence for a server killed by SIGILL (a build for CPU features this machine cannot run), else ""."""
    if os.name == "nt" or returncode != -signal.SIGILL:
        return ""
    return ("\nIt hit an illegal instruction: this llama.cpp build uses a CPU feature the machine cannot run "
            f"(AMX in a VM, for one). Rebuild it without: {NO_AMX_BUILD}")


class LlamaCppServer:
    """``python -m llama_cpp.server`` on 127.0.0.1, for the benchmark (see the module docstring)."""

    def __init__(self, model_path: Path, threads: int, *, n_ctx: int = 2048, api_key: str | None = None,
                 python: str = sys.executable) -> None:
        self.model_path = model_path
        self.threads = threads
        self.n_ctx = n_ctx
        self.api_key = api_key
        self.python = python
        self.port: int | None = None
        self.proc: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self.start_s: float | None = None

    @property
    def base_url(self) -> str:
        if self.port is None:
            raise RemoteEngineError("The llama.cpp server is not started.")
        return f"http://{HOST}:{self.port}/v1"

    def _argv(self, port: int) -> list[str]:
        argv = [self.python, "-m", "llama_cpp.server", "--model", str(self.model_path), "--host", HOST,
                "--port", str(port), "--n_ctx", str(self.n_ctx), "--n_threads", str(self.threads),
                "--n_threads_batch", str(self.threads), "--logits_all", "false", "--verbose", "false"]
        if self.api_key:
            argv += ["--api_key", self.api_key]
        return argv

    def log_tail(self, lines: int = 15) -> str:
        if self._log is None:
            return ""
        self._log.flush()
        with open(self._log.name, "rb") as fh:
            return "\n".join(fh.read().decode("utf-8", "replace").splitlines()[-lines:])

    def start(self, timeout: float = 120.0) -> str:
        started = time.perf_counter()
        port = free_port()
        self._log = tempfile.NamedTemporaryFile(prefix="nxr-llamacpp-", suffix=".log", delete=False)
        try:
            self.proc = spawn_tied(self._argv(port), stdin=subprocess.DEVNULL, stdout=self._log,
                                   stderr=subprocess.STDOUT)
        except OSError as exc:
            raise RemoteEngineError(f"Could not start the llama.cpp server: {exc}") from exc
        self.port = port
        atexit.register(self.stop)
        deadline = time.monotonic() + timeout
        while True:
            if self.proc.poll() is not None:
                tail = self.log_tail() + illegal_instruction_hint(self.proc.returncode)
                self.stop()
                raise RemoteEngineError(f"The llama.cpp server exited before it was ready:\n{tail}",
                                        hint="is llama-cpp-python[server] installed (the bench extra)?")
            if self._ready():
                break
            if time.monotonic() > deadline:
                tail = self.log_tail()
                self.stop()
                raise RemoteEngineError(f"The llama.cpp server did not answer within {timeout:.0f} s:\n{tail}")
            time.sleep(0.2)
        self.start_s = round(time.perf_counter() - started, 3)
        return self.base_url

    def state(self) -> str | None:
        """None while the server runs; otherwise how it ended and the end of its log."""
        proc = self.proc
        if proc is None or proc.poll() is None:
            return None
        return (f"The llama.cpp server is no longer running ({describe_exit(proc.returncode)}); "
                f"its log ends with:\n{self.log_tail(8)}{illegal_instruction_hint(proc.returncode)}")

    def _ready(self) -> bool:
        conn = http.client.HTTPConnection(HOST, self.port, timeout=2.0)
        try:
            headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
            conn.request("GET", "/v1/models", headers=headers)
            return conn.getresponse().status == 200
        except (OSError, http.client.HTTPException):
            return False
        finally:
            conn.close()

    def stop(self, timeout: float = 5.0) -> None:
        """Stops the server's whole process group (SIGTERM, then SIGKILL). Idempotent."""
        proc = self.proc
        if proc is not None:
            if proc.poll() is None:
                signal_group(proc, force=False)
                try:
                    proc.wait(timeout)
                except subprocess.TimeoutExpired:
                    signal_group(proc, force=True)
                    proc.wait()
            signal_group(proc, force=True)
            self.proc = None
        atexit.unregister(self.stop)
        if self._log is not None:
            self._log.close()
            with contextlib.suppress(OSError):
                os.unlink(self._log.name)
            self._log = None

    def __enter__(self) -> LlamaCppServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
