"""`archive add`: many files in, in parallel, each stored in its own transaction.

Files already stored (same content hash) are skipped, so a second run over the same folder
adds nothing and an interrupted run resumes where it stopped. A file that fails is
recorded with its reason and the run goes on.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from jihua.pipeline.archive.store import known, record_error, store
from jihua.pipeline.batch import Outcome, expand, parse_many
from jihua.pipeline.config import Config
from jihua.pipeline.progress import Progress
from jihua.pipeline.runner import sha256_of
from jihua.pipeline.text.segment import load_jieba
from jihua.schemas.errors import shown


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)


def _pending(conn: sqlite3.Connection, paths: list[Path], report: IngestReport) -> list[Path]:
    todo = []
    for path in paths:
        try:
            sha = sha256_of(path)
        except OSError as exc:
            reason = f"{shown(path)}: cannot read ({exc.strerror or exc})"
            report.failed.append((shown(path), reason))
            record_error(conn, shown(path), None, reason)
            continue
        if known(conn, sha):
            report.skipped.append(shown(path))
        else:
            todo.append(path)
    return todo


def add(conn: sqlite3.Connection, inputs: list[Path], cfg: Config) -> IngestReport:
    """Ingest files and folders (recursively); returns what was added, skipped and failed."""
    report = IngestReport()
    paths = _pending(conn, expand(inputs), report)
    if not paths:
        return report
    tokenizer = load_jieba()

    def segment(text: str) -> list[str]:
        # search-engine mode also emits the words inside compounds (走访慰问 → 走访, 慰问, 走访慰问),
        # so a query for 慰问 finds them
        return [w for w in tokenizer.cut_for_search(text) if w.strip()]

    def on_done(outcome: Outcome) -> None:
        bar.advance()

    with Progress(len(paths), "archiving", enabled=True) as bar:
        for outcome in parse_many(paths, cfg, on_done=on_done):
            if outcome.result is None:
                reason = outcome.error or "unknown error"
                report.failed.append((shown(outcome.path), reason))
                record_error(conn, shown(outcome.path), None, reason)
                continue
            if known(conn, outcome.result.source.sha256):  # the same content twice in this run
                report.skipped.append(shown(outcome.path))
                continue
            store(conn, outcome.result, outcome.path.stat().st_size, segment)
            report.added.append(shown(outcome.path))
    return report

