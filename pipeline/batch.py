"""Many files: expand folders, parse across cores, report each file's status.

A bad file is reported and skipped; the rest still go through. Every file has a time budget
(a file parsed in-process off the main thread — a web upload — has none: only the main thread
takes signals). A bug on one file (any
exception past the reading boundary) is that file's "internal error" with its traceback kept
for `--debug`, never the end of the run. In a batch every file runs in a worker process with a
time budget: a file over it has its worker stopped (pebble kills and replaces it) and is
recorded as timed out; a worker has a memory cap, and a worker that dies (a crash in a C
library) costs only its file. The NLP models are loaded once in the parent before the workers fork, so workers
share them instead of each loading its own. Results come back in input order.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import resource
import signal
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jihua.extractors import SUPPORTED_SUFFIXES, preload
from jihua.extractors.options import ProgressHook
from jihua.pipeline.config import Config
from jihua.pipeline.runner import Parser
from jihua.schemas.errors import InputError, JihuaError, StageError, shown
from jihua.schemas.plan import ParseResult

_log = logging.getLogger(__name__)


@dataclass
class Outcome:
    """One file's result: ok with its parse, or failed with the reason the user reads.

    `internal` marks a bug (not the user's to fix); `detail` holds its traceback for --debug.
    `json` is the parse as one line of JSON, in place of `result`, when the caller only writes it;
    `extra` what the caller's `extra` function derived from the parse, in the same worker.
    """

    path: Path
    result: ParseResult | None = None
    error: str | None = None
    internal: bool = False
    detail: str | None = None
    json: str | None = None
    extra: Any = None

    @property
    def ok(self) -> bool:
        return self.result is not None or self.json is not None

    def as_json_line(self) -> Outcome:
        """The parse as one JSON line, the model dropped: done in the worker, so the parent only
        writes (sending the model back and dumping it there made the parent the bottleneck of
        `-j 2`: unpickling a parse costs more than dumping it)."""
        if self.result is not None:
            self.json, self.result = self.result.model_dump_json(indent=None, exclude_none=False), None
        return self


def expand(paths: Iterable[Path], unread: list[Path] | None = None) -> list[Path]:
    """Files as given, folders walked recursively for supported formats (sorted, stable). With
    `unread`, the same walk also collects the files of no type jihua reads (a spreadsheet, a
    photo; not hidden ones, nor any under a hidden folder such as .git), so a run names them
    rather than passing over them in silence."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if not p.is_dir():
            out.append(p)
            continue
        found: list[Path] = []
        for f in p.rglob("*"):
            if not f.is_file():
                continue
            if f.suffix.lower() in SUPPORTED_SUFFIXES:
                if not f.name.startswith((".", "~$")):
                    found.append(f)
            elif unread is not None and not f.name.startswith("~$") \
                    and not any(part.startswith(".") for part in f.relative_to(p).parts):
                unread.append(f)
        out.extend(sorted(found))
    return out


def not_read_note(unread: list[Path]) -> str | None:
    """One line naming the files of other types a folder run leaves unread, or None."""
    if not unread:
        return None
    others = sorted(unread)
    shown_names = ", ".join(shown(f.name) for f in others[:5]) + (" …" if len(others) > 5 else "")
    return f"jihua: note: {len(others)} file(s) of other types not read: {shown_names}"


def _internal(path: Path, exc: BaseException) -> Outcome:
    where = f" in stage '{exc.stage}'" if isinstance(exc, StageError) else ""
    cause = exc.cause if isinstance(exc, StageError) else exc
    detail = "".join(traceback.format_exception(cause))
    _log.debug("internal error on %s\n%s", shown(path), detail)
    first = next(iter(str(cause).strip().splitlines()), "")[:200]  # one line: pydantic lists every field on its own
    return Outcome(path, error=f"{shown(path)}: internal error{where} ({type(cause).__name__}: {first})",
                   internal=True, detail=detail)


def parse_one(parser: Parser, path: Path) -> Outcome:
    """One file, never raising: bad input and bugs both become a failed Outcome."""
    try:
        return Outcome(path, result=parser.parse(path))
    except InputError as exc:
        return Outcome(path, error=exc.message)
    except JihuaError as exc:
        return _internal(path, exc)
    except (Exception, RecursionError, MemoryError) as exc:  # a bug: this file fails, the run goes on
        return _internal(path, exc)


class _OverBudget(BaseException):
    """Raised in the main thread when a file parsed in-process runs past its time budget; a
    BaseException so that no `except Exception` on the way (a page's, a library's) swallows it."""


@contextmanager
def _time_budget(seconds: float) -> Iterator[None]:
    """A one-shot SIGALRM: the file in progress stops at the next Python instruction after
    `seconds` (PDFium and lxml return to Python often; tesseract and LibreOffice run as
    subprocesses with their own timeouts). Only the main thread can take signals; elsewhere
    (a server thread) the file runs without a budget."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum: int, frame: object) -> None:
        raise _OverBudget

    previous = signal.signal(signal.SIGALRM, expired)
    started = time.monotonic()
    outer, _ = signal.setitimer(signal.ITIMER_REAL, seconds)  # a caller's own timer, resumed after
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)  # None: set in C
        if outer:
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - started), 0.001))


def parse_in_process(parser: Parser, path: Path, timeout: float) -> Outcome:
    """One file in this process under the time budget (no worker to start: a single file's
    parse stays as fast as a direct call)."""
    try:
        with _time_budget(timeout):
            return parse_one(parser, path)
    except _OverBudget:
        return Outcome(path, error=f"{shown(path)}: timed out after {timeout:g} s")


_worker: Parser | None = None  # in a worker process: the parser it was started with


Extra = Callable[[ParseResult], Any]  # work on a parse that belongs in the worker (a module-level function)


def _finish(outcome: Outcome, json_lines: bool, extra: Extra | None) -> Outcome:
    """What the worker adds before sending the outcome back."""
    if extra is not None and outcome.result is not None:
        try:
            outcome.extra = extra(outcome.result)
        except Exception as exc:  # a bug in the caller's step: this file fails, the run goes on
            return _internal(outcome.path, exc)
    return outcome.as_json_line() if json_lines else outcome


def _work(path: str, json_lines: bool, extra: Extra | None) -> Outcome:
    assert _worker is not None
    return _finish(parse_one(_worker, Path(path)), json_lines, extra)


def _start_worker(parser: Parser, megabytes: int) -> None:
    """In each worker, as it starts: the parser the parent built (handed over at fork, models
    loaded, never pickled; two pools of one parent — two web uploads — each keep their own), and
    a memory cap: a file that needs more memory than this fails alone instead of the machine.
    The cap counts from what the worker already maps when it starts (a parent that embeds a large
    runtime, Ray's object store for one, hands its mappings to every forked worker)."""
    global _worker
    _worker = parser
    if megabytes:
        try:
            mapped = int(Path("/proc/self/statm").read_text().split()[0]) * resource.getpagesize()
        except (OSError, ValueError, IndexError):
            mapped = 0
        cap = mapped + (megabytes << 20)
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def _collected(path: Path, future: object, cfg: Config) -> Outcome:
    from pebble import ProcessExpired

    try:
        return future.result()  # type: ignore[attr-defined]
    except FutureTimeout:
        return Outcome(path, error=f"{shown(path)}: timed out after {cfg.timeout:g} s")
    except ProcessExpired as exc:
        # the file took its reader down (out of memory, or a library aborting on it): the file's failure
        return Outcome(path, error=f"{shown(path)}: the worker reading it died (exit code {exc.exitcode}; "
                                   "out of memory?)")
    except Exception as exc:  # the result could not come back (e.g. not picklable)
        return _internal(path, exc)


_WINDOW = 32  # files sorted together: what waits in memory for its turn in the input-order output


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def largest_first(paths: list[Path], window: int = _WINDOW) -> list[int]:
    """The order files go to the workers (indexes into `paths`): within each run of `window`
    files, the largest first. A pool's run ends with its last file, and a long file taken last
    leaves the other workers idle while it runs; small files last even out the tail (on the
    benchmark's 30 plan-length DOCX, files of like size, the gain was within the noise). Sorting
    within windows, not the whole batch, keeps what waits for its turn in the input-order output
    to about one window."""
    order: list[int] = []
    for start in range(0, len(paths), window):
        chunk = range(start, min(start + window, len(paths)))
        order.extend(sorted(chunk, key=lambda i: -_size(paths[i])))
    return order


_TICK = 0.01  # seconds between the pool's status polls (pebble's default, 0.1, ends every batch late)


def _pooled(paths: list[Path], cfg: Config, json_lines: bool, extra: Extra | None) -> Iterator[Outcome]:
    from pebble import ProcessPool
    from pebble.common.types import CONSTS

    # pebble's manager thread polls the pool every `sleep_unit`, and closing a pool waits for its
    # next poll: at 0.1 s that was 60–90 ms at the end of every batch, a fifth of the serial part
    # of a 30-file run. Setting the constant is the maintainer's advice (noxdafox/pebble#65); ten
    # polls more a second cost no measurable CPU.
    CONSTS.sleep_unit = _TICK

    worker_cfg = cfg.model_copy(update={"extract": cfg.extract.model_copy(update={"workers": 1})})
    parser = Parser(worker_cfg)
    parser.preload()  # before fork: every worker shares the parent's models, rules and readers
    preload(paths)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    # the parent's objects leave the collector while workers fork from it: a worker's collections
    # then never touch (and so copy) the pages it shares with the parent (measured: 30 corpus
    # DOCX at -j 2 went from 1.30x to 1.42x the speed of -j 1)
    gc.freeze()
    context = multiprocessing.get_context("fork")
    try:
        with ProcessPool(max_workers=min(cfg.workers, len(paths)), context=context,
                         initializer=_start_worker, initargs=(parser, cfg.memory_mb)) as pool:
            futures: dict[int, Any] = {
                i: pool.schedule(_work, args=(str(paths[i]), json_lines, extra), timeout=cfg.timeout or None)
                for i in largest_first(paths)}
            try:
                for i, path in enumerate(paths):
                    yield _collected(path, futures[i], cfg)
            finally:
                pool.stop()  # an interrupted run leaves no worker behind
    finally:
        gc.unfreeze()


def parse_many(paths: list[Path], cfg: Config, on_done: Callable[[Outcome], None] | None = None,
               on_step: ProgressHook | None = None, json_lines: bool = False,
               extra: Extra | None = None) -> Iterator[Outcome]:
    """Parse files in order, each under the time budget. One file runs in-process (`on_step`
    hears its pages and stages); many run in workers. `json_lines`: outcomes carry the parse as
    one JSON line (`Outcome.json`) instead of the model; `extra(result)` runs beside the parse
    (in the worker) and its value comes back as `Outcome.extra`."""
    if len(paths) <= 1 or (cfg.workers <= 1 and not cfg.timeout):
        parser = Parser(cfg, on_step)
        outcomes: Iterable[Outcome] = (_finish(parse_in_process(parser, p, cfg.timeout), json_lines, extra)
                                       for p in paths)
    else:
        outcomes = _pooled(paths, cfg, json_lines, extra)
    for outcome in outcomes:
        if on_done:
            on_done(outcome)
        yield outcome
