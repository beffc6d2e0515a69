"""A progress bar on a terminal, silence when piped or logged."""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Any


class Progress:
    """`with Progress(n, "parsing") as bar: bar.advance()` — a rich bar on stderr if it is a TTY."""

    def __init__(self, total: int, label: str, enabled: bool = True) -> None:
        self.total = total
        self.label = label
        self.enabled = enabled and sys.stderr.isatty()
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> Progress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
            from rich.progress import Progress as RichProgress

            self._bar = RichProgress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                     TimeRemainingColumn(), console=Console(stderr=True), transient=True)
            self._bar.__enter__()
            self._task = self._bar.add_task(self.label, total=self.total)
        return self

    def advance(self, *_: object) -> None:
        if self._bar is not None:
            self._bar.advance(self._task)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.__exit__(exc_type, exc, tb)


class FileProgress:
    """What one long file is doing — "公文.pdf  OCR page 3/40" — on stderr if it is a TTY.

    Shown only once the file has taken `delay` seconds (a quick parse prints nothing), and gone
    when it ends. Pass it as the parser's `on_step`.
    """

    def __init__(self, name: str, enabled: bool = True, delay: float = 1.0) -> None:
        self.name = name
        self.enabled = enabled and sys.stderr.isatty()
        self.delay = delay
        self._started = 0.0
        self._bar: Any = None
        self._task: Any = None
        self._step = ""

    def __enter__(self) -> FileProgress:
        import time

        self._started = time.monotonic()
        return self

    def _show(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, TextColumn, TimeElapsedColumn
        from rich.progress import Progress as RichProgress

        self._bar = RichProgress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[count]}"),
                                 TimeElapsedColumn(), console=Console(stderr=True), transient=True)
        self._bar.__enter__()

    def __call__(self, step: str, done: int = 0, total: int = 0) -> None:
        import time

        if not self.enabled:
            return
        if self._bar is None:
            if time.monotonic() - self._started < self.delay:
                return
            self._show()
        if step != self._step:  # a new step: its own line, counted if it has a total (pages), else a pulse
            if self._task is not None:
                self._bar.remove_task(self._task)
            self._task = self._bar.add_task(f"{self.name}  {step}", total=total or None, completed=done,
                                            count=f"{done}/{total}" if total else "")
            self._step = step
        else:
            self._bar.update(self._task, completed=done, count=f"{done}/{total}" if total else "")

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.__exit__(exc_type, exc, tb)
            self._bar = None
