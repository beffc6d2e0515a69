"""`archive add`: many files in, in parallel, each stored in its own transaction.

Files already stored (same content hash) are skipped, so a second run over the same folder
adds nothing (the same bytes found under another path are noted as a copy of the stored file, or,
where the stored file's path is gone, as the file moved: its path is updated) and an interrupted
run resumes where it stopped; several `archive add` may run at
once on one archive. A file that fails is recorded with its reason and the run goes on. A run
folder written by `jihua parse --engine ray -o OUT/` (or a `--jsonl` file) is stored as it is,
without parsing again.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from jihua.pipeline.archive.db import Archive, ArchiveError
from jihua.pipeline.archive.runs import is_run, read_jsonl, read_run
from jihua.pipeline.archive.store import Segmenter, known, record_error, record_place, store
from jihua.pipeline.archive.tables import flatten
from jihua.pipeline.batch import Outcome, expand, parse_many
from jihua.pipeline.config import Config
from jihua.pipeline.progress import Progress
from jihua.pipeline.runner import sha256_of
from jihua.pipeline.text import script
from jihua.pipeline.text.segment import tokenizer
from jihua.schemas.errors import shown
from jihua.schemas.plan import ParseResult


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    copies: list[str] = field(default_factory=list)  # of the skipped: new places of stored content
    moved: list[str] = field(default_factory=list)  # of the skipped: stored content whose old path is gone
    failed: list[tuple[str, str]] = field(default_factory=list)
    unread: list[Path] = field(default_factory=list)  # files of other types in the folders given


def dangling(folders: Iterable[Path]) -> list[Path]:
    """Shortcuts (symbolic links) of a type jihua reads whose target is missing, in the folders
    given: the folder walk passes over them (they are no file), and an archivist who put
    "2024计划.docx" there expects it to be read — so each is reported as a failed file, as a missing
    file given by name is. Hidden ones are left out, as the walk leaves them."""
    from jihua.extractors import SUPPORTED_SUFFIXES

    found = []
    for folder in (f for f in folders if f.is_dir()):
        for root, dirs, names in os.walk(folder):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            found += [Path(root, n) for n in names if Path(n).suffix.lower() in SUPPORTED_SUFFIXES
                      and not n.startswith((".", "~$")) and os.path.islink(Path(root, n))
                      and not os.path.exists(Path(root, n))]
    return sorted(found)


def unreadable(path: Path, exc: OSError | None = None) -> str:
    """Why a file could not be read, as the user reads it: a shortcut whose target is gone says so
    (not "No such file", when the shortcut is right there)."""
    if path.is_symlink() and not path.exists():
        return f"{shown(path)}: a shortcut whose target is missing (it points to {shown(Path(os.readlink(path)))})"
    return f"{shown(path)}: " + (f"cannot read ({exc.strerror or exc})" if exc else "file not found")


def _pending(conn: Archive, paths: list[Path], report: IngestReport) -> tuple[list[Path], dict[Path, str]]:
    """Files not stored yet, and each file's content hash (for its error row)."""
    todo, hashes = [], {}
    for path in paths:
        try:
            sha = sha256_of(path)
        except OSError as exc:
            reason = unreadable(path, exc)
            report.failed.append((shown(path), reason))
            record_error(conn, shown(path), None, reason)
            continue
        hashes[path] = sha
        if known(conn, sha):
            _skipped(conn, sha, shown(path), report)
        else:
            todo.append(path)
    return todo, hashes


def _skipped(conn: Archive, sha: str, path: str, report: IngestReport) -> None:
    report.skipped.append(path)
    place = record_place(conn, sha, path)
    if place == "copy":
        report.copies.append(path)
    elif place == "moved":
        report.moved.append(path)


def search_words(text: str) -> list[str]:
    """The words a text is indexed under. Search-engine mode also emits the words inside
    compounds (走访慰问 → 走访, 慰问, 走访慰问), so a query for 慰问 finds them; in simplified characters,
    so a traditional copy is found by a simplified query (the query is folded alike)."""
    return [w for w in tokenizer().cut_for_search(script.folded(text)) if w.strip()]


def _indexed_words(result: ParseResult) -> dict[str, list[str]]:
    """Every text of a parse the archive indexes, segmented: run in the batch worker beside the
    parse, so the one process that writes the database does not also segment every file."""
    return {item[3]: search_words(item[3]) for doc in result.documents for item in flatten(doc).items}


def _store_all(conn: Archive, parses: Iterable[tuple[ParseResult, int]], report: IngestReport,
               segment: Segmenter) -> None:
    for result, size in parses:
        if known(conn, result.source.sha256) or store(conn, result, size, segment) is None:
            _skipped(conn, result.source.sha256, result.source.path, report)
        else:
            report.added.append(result.source.path)


def add_parsed(conn: Archive, source: Path, report: IngestReport | None = None) -> IngestReport:
    """Store what a parse run wrote (a run folder or a JSON Lines file) without parsing again."""
    report = report or IngestReport()
    if is_run(source):
        parses, failed = read_run(source)
        for path, sha, reason in failed:
            report.failed.append((path, reason))
            record_error(conn, path, sha, reason)
    else:
        parses = read_jsonl(source)
    _store_all(conn, parses, report, search_words)
    return report


def add(conn: Archive, inputs: list[Path], cfg: Config) -> IngestReport:
    """Ingest files and folders (recursively); returns what was added, skipped and failed."""
    if conn.read_only:
        raise ArchiveError(f"{conn.where}: the archive is read-only: nothing can be added")
    report = IngestReport()
    parsed = [p for p in inputs if is_run(p) or (p.suffix == ".jsonl" and p.is_file())]
    for source in parsed:
        add_parsed(conn, source, report)
    # a file is kept under its absolute path: added again from another folder or spelled another
    # way, it is the same file (a new version retires the old), and the server finds it from anywhere
    files = [Path(os.path.abspath(p)) for p in inputs if p not in parsed]
    paths, hashes = _pending(conn, expand(files, report.unread) + dangling(files), report)
    if not paths:
        return report
    tokenizer()  # loaded before the workers fork: they share it

    def on_done(outcome: Outcome) -> None:
        bar.advance()

    with Progress(len(paths), "archiving", enabled=True) as bar:
        for outcome in parse_many(paths, cfg, on_done=on_done, extra=_indexed_words):
            if outcome.result is None:
                reason = outcome.error or "unknown error"
                report.failed.append((shown(outcome.path), reason))
                record_error(conn, shown(outcome.path), hashes.get(outcome.path), reason)
                continue
            words: dict[str, list[str]] = outcome.extra or {}
            _store_all(conn, [(outcome.result, outcome.path.stat().st_size)], report,
                       lambda text, words=words: words[text] if text in words else search_words(text))
    return report
