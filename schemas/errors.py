"""Errors that separate bad input (the user's to fix) from bugs (ours).

`InputError.message` is exactly the line the user reads: it names the file and the reason.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path


def shown(path: str | Path) -> str:
    """A file name as printable text: bytes that are not UTF-8 (a GBK name from a Windows zip)
    become \\xNN escapes, so the name can be printed, put in JSON and stored without a crash."""
    return os.fsencode(path).decode("utf-8", errors="backslashreplace")


_MAX_REASON = 240


class JihuaError(Exception):
    """Base of every error jihua raises on purpose."""


class InputError(JihuaError):
    """The file cannot be read as a plan: missing, empty, corrupt, encrypted, unsupported."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = shown(path)
        one_line = " ".join(reason.split())  # one line, whatever a library put in its message
        self.reason = one_line if len(one_line) <= _MAX_REASON else one_line[: _MAX_REASON - 1] + "…"
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
        self.path = path = shown(path)
        self.cause = cause
        super().__init__(f"{path}: internal error in stage '{stage}': {type(cause).__name__}: {cause}")


class ReadingWarning(UserWarning):
    """Something a reader repaired or set aside while reading a file ("12 bytes could not be decoded"):
    the parse goes on, and the message joins the result's warnings."""


# the notes of the parse reading now, in this thread or task: a ContextVar, not `warnings.catch_warnings`
# (which swaps process-wide state), so two uploads a web server parses at once keep their own notes
_NOTES: ContextVar[list[str] | None] = ContextVar("jihua_reading_notes", default=None)


def note_reading(message: str) -> None:
    """Say what a reader repaired or left out: into the notes of the parse that collects them
    (`reading_notes`), else as a ReadingWarning, so a program calling a reader directly still hears it."""
    notes = _NOTES.get()
    if notes is None:
        warnings.warn(ReadingWarning(message), stacklevel=3)
    else:
        notes.append(message)


@contextmanager
def reading_notes() -> Iterator[list[str]]:
    """Collect what the readers note while this block reads a file."""
    notes: list[str] = []
    token = _NOTES.set(notes)
    try:
        yield notes
    finally:
        _NOTES.reset(token)
