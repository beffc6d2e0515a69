"""A parse run written to a folder — by `jihua parse --engine ray -o OUT/` — and read back by
`jihua archive add OUT/`, so a cluster parses and one writer stores.

    OUT/parsed.jsonl      per parsed file, the object `jihua parse --jsonl` prints
    OUT/documents.parquet sections.parquet items.parquet targets.parquet   flat tables (doc_id keyed)
    OUT/errors.parquet    per failed file: path, sha256, reason
    OUT/run.json          what ran: engine, counts (its presence marks the folder as a run)
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jihua.pipeline.archive.store import series_key
from jihua.pipeline.archive.tables import TARGET_COLUMNS, flatten
from jihua.schemas.plan import ParseResult

MANIFEST = "run.json"
PARSED = "parsed.jsonl"
COLUMNS: dict[str, list[str]] = {
    "documents": ["doc_id", "path", "sha256", "format", "size", "doc_index", "title", "org", "year", "doc_type",
                  "series_key"],
    "sections": ["doc_id", "section_id", "parent_section_id", "position", "number", "heading", "level", "type"],
    "items": ["doc_id", "section_id", "block_id", "position", "kind", "text", "section_type"],
    "targets": ["doc_id", *TARGET_COLUMNS],
    "errors": ["path", "sha256", "reason"],
}


@dataclass
class FileRow:
    """One input file's outcome as the engine hands it over."""

    path: str
    size: int
    sha256: str | None
    parse_json: str | None = None  # exactly the line `jihua parse --jsonl` prints
    error: str | None = None


def _schema() -> dict[str, Any]:
    import pyarrow as pa

    text, num, integer = pa.string(), pa.float64(), pa.int64()
    types = {"size": integer, "doc_index": integer, "year": integer, "position": integer, "level": integer,
             "value": num, "normalized": num, "low": num, "high": num}
    return {name: pa.schema([(c, types.get(c, text)) for c in cols]) for name, cols in COLUMNS.items()}


def _rows(row: FileRow) -> dict[str, list[tuple[Any, ...]]]:
    out: dict[str, list[tuple[Any, ...]]] = {name: [] for name in COLUMNS}
    if row.parse_json is None:
        out["errors"].append((row.path, row.sha256, row.error or "unknown error"))
        return out
    result = ParseResult.model_validate_json(row.parse_json)
    for index, doc in enumerate(result.documents):
        out["documents"].append((doc.id, row.path, result.source.sha256, result.source.format, row.size, index,
                                 doc.title, doc.org, doc.year, doc.doc_type, series_key(doc)))
        flat = flatten(doc)
        out["sections"] += [(doc.id, *s) for s in flat.sections]
        out["items"] += [(doc.id, sid, bid, k, kind, text, stype)
                         for k, (sid, bid, kind, text, stype) in enumerate(flat.items)]
        out["targets"] += [(doc.id, *t) for t in flat.targets]
    return out


def write_run(out: Path, rows: Iterable[FileRow], engine: str, batch: int = 200) -> dict[str, int]:
    """Stream file outcomes into the folder's tables (in batches: memory stays flat)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out.mkdir(parents=True, exist_ok=True)
    schemas = _schema()
    writers = {name: pq.ParquetWriter(str(out / f"{name}.parquet"), schema) for name, schema in schemas.items()}
    pending: dict[str, list[tuple[Any, ...]]] = {name: [] for name in COLUMNS}
    counts = {"files": 0, "parsed": 0, "failed": 0}

    def flush() -> None:
        for name, items in pending.items():
            if items:
                columns = list(zip(*items, strict=True))
                writers[name].write_table(pa.table(dict(zip(COLUMNS[name], columns, strict=True)),
                                                   schema=schemas[name]))
                items.clear()

    with (out / PARSED).open("w", encoding="utf-8") as jsonl:
        for k, row in enumerate(rows, start=1):
            counts["files"] += 1
            counts["parsed" if row.parse_json is not None else "failed"] += 1
            if row.parse_json is not None:
                jsonl.write(row.parse_json + "\n")
            for name, items in _rows(row).items():
                pending[name] += items
            if k % batch == 0:
                flush()
        flush()
    for writer in writers.values():
        writer.close()
    (out / MANIFEST).write_text(json.dumps({"engine": engine, **counts}, ensure_ascii=False) + "\n", "utf-8")
    return counts


def is_run(path: Path) -> bool:
    return path.is_dir() and (path / MANIFEST).is_file() and (path / PARSED).is_file()


def read_run(folder: Path) -> tuple[Iterator[tuple[ParseResult, int]], list[tuple[str, str | None, str]]]:
    """The run's parses (each with its file size) as a stream, and its failed files."""
    import pyarrow.parquet as pq

    docs = pq.read_table(folder / "documents.parquet", columns=["sha256", "size"]).to_pylist()
    sizes = {d["sha256"]: d["size"] for d in docs}
    failed = [(e["path"], e["sha256"], e["reason"]) for e in pq.read_table(folder / "errors.parquet").to_pylist()]
    return read_jsonl(folder / PARSED, sizes), failed


def read_jsonl(path: Path, sizes: dict[str, int] | None = None) -> Iterator[tuple[ParseResult, int]]:
    """Parse results from JSON Lines (a run's parsed.jsonl or `jihua parse --jsonl` output)."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                result = ParseResult.model_validate_json(line)
                size = (sizes or {}).get(result.source.sha256)
                if size is None:
                    source = Path(result.source.path)
                    size = source.stat().st_size if source.is_file() else 0
                yield result, size
