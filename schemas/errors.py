"""Errors that separate bad input (the user's to fix) from bugs (ours).

`InputError.message` is exactly the line the user reads: it names the file and the reason.
"""

from __future__ import annotations

from pathlib import Path


class JihuaError(Exception):
    """Base of every error jihua raises on purpose."""


class InputError(JihuaError):
    """The file cannot be read as a plan: missing, empty, corrupt, encrypted, unsupported."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")

    @property
    def message(self) -> str:
        return f"{self.path}: {self.reason}"


class NotAPlanError(InputError):
    """The file reads fine but holds no text a plan could be built from."""


class StageError(JihuaError):
    """A pipeline stage failed on a document; carries the stage name for the report."""

    def __init__(self, stage: str, path: str, cause: BaseException) -> None:
        self.stage = stage
        self.path = path
        self.cause = cause
        super().__init__(f"{path}: internal error in stage '{stage}': {type(cause).__name__}: {cause}")
