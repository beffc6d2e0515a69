"""Many files: expand folders, parse across cores, report each file's status.

A bad file is reported and skipped; the rest still go through. Results come back in
input order so output is reproducible whatever the worker scheduling.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from jihua.extractors import SUPPORTED_SUFFIXES
from jihua.pipeline.config import Config
from jihua.pipeline.runner import Parser
from jihua.schemas.errors import InputError, JihuaError
from jihua.schemas.plan import ParseResult


@dataclass
class Outcome:
    """One file's result: ok with its parse, or failed with the reason the user reads."""

    path: Path
    result: ParseResult | None = None
    error: str | None = None
    bad_input: bool = False

    @property
    def ok(self) -> bool:
        return self.result is not None


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files as given, folders walked recursively for supported formats (sorted, stable)."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES
                              and not f.name.startswith((".", "~$"))))
        else:
            out.append(p)
    return out


def parse_one(parser: Parser, path: Path) -> Outcome:
    try:
        return Outcome(path, result=parser.parse(path))
    except InputError as exc:
        return Outcome(path, error=exc.message, bad_input=True)
    except JihuaError as exc:
        return Outcome(path, error=str(exc))


_worker: Parser | None = None  # one parser per worker process (holds the NLP models only)


def _init_worker(cfg_json: str) -> None:
    global _worker
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    _worker = Parser(Config.model_validate_json(cfg_json))


def _work(path: str) -> Outcome:
    assert _worker is not None
    return parse_one(_worker, Path(path))


def parse_many(paths: list[Path], cfg: Config, on_done: Callable[[Outcome], None] | None = None) -> Iterator[Outcome]:
    """Parse files in order; with workers > 1 each process builds its own parser once."""
    if cfg.workers <= 1 or len(paths) <= 1:
        parser = Parser(cfg)
        for p in paths:
            outcome = parse_one(parser, p)
            if on_done:
                on_done(outcome)
            yield outcome
        return
    worker_cfg = cfg.model_copy(update={"extract": cfg.extract.model_copy(update={"workers": 1})})
    with ProcessPoolExecutor(max_workers=cfg.workers, initializer=_init_worker,
                             initargs=(worker_cfg.model_dump_json(),)) as pool:
        for outcome in pool.map(_work, [str(p) for p in paths], chunksize=1):
            if on_done:
                on_done(outcome)
            yield outcome
