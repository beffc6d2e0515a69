"""`archive export`: the archive for other tools — JSON Lines of whole parses, or flat tables
(documents, sections, items, targets) as CSV or Parquet. Rows stream in batches: memory stays
flat however large the archive."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jihua.pipeline.archive.db import Archive
from jihua.pipeline.archive.tables import TARGET_COLUMNS

TABLES: dict[str, str] = {
    "documents": "SELECT d.id, d.doc_id, f.path, f.sha256, f.format, d.title, d.org, d.year, d.doc_type, d.series_key "
                 "FROM documents d JOIN files f ON f.id = d.file_id AND f.current = 1 ORDER BY d.id",
    "sections": "SELECT s.document_id, s.section_id, s.parent_section_id, s.position, s.number, s.heading, s.level, "
                "s.type FROM sections s JOIN documents d ON d.id = s.document_id JOIN files f ON f.id = d.file_id "
                "AND f.current = 1 ORDER BY s.id",
    "items": "SELECT i.document_id, i.section_id, i.block_id, i.position, i.kind, i.text FROM items i "
             "JOIN documents d ON d.id = i.document_id JOIN files f ON f.id = d.file_id AND f.current = 1 ORDER BY i.id",
    "targets": "SELECT t.document_id, " + ", ".join(f"t.{c}" for c in TARGET_COLUMNS) + " "
               "FROM targets t JOIN documents d ON d.id = t.document_id JOIN files f ON f.id = d.file_id "
               "AND f.current = 1 ORDER BY t.id",
}
BATCH = 5000


def _table(conn: Archive, sql: str) -> tuple[list[str], Iterator[list[Any]]]:
    """Column names, then the rows in batches of BATCH (never the whole table in memory)."""
    cur = conn.stream(sql)
    columns = [c[0] for c in cur.description]  # sqlite3 tuples, psycopg Column objects

    def batches() -> Iterator[list[Any]]:
        try:
            yield from iter(lambda: cur.fetchmany(BATCH), [])
        finally:
            cur.close()

    return columns, batches()


def export_jsonl(conn: Archive, out: Path) -> int:
    out.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with out.open("w", encoding="utf-8") as fh:
        for batch in _table(conn, "SELECT parse_json FROM files WHERE current = 1 ORDER BY id")[1]:
            for (text,) in batch:
                fh.write(text + "\n")
                count += 1
    return count


def export_csv(conn: Archive, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, sql in TABLES.items():
        path = folder / f"{name}.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as fh:  # BOM: Excel on Chinese Windows reads it right
            writer = csv.writer(fh)
            columns, batches = _table(conn, sql)
            writer.writerow(columns)
            for batch in batches:
                writer.writerows(batch)
        written.append(path)
    return written


def export_parquet(conn: Archive, folder: Path) -> list[Path]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, sql in TABLES.items():
        path = folder / f"{name}.parquet"
        writer = None
        columns, batches = _table(conn, sql)
        for batch in batches:
            rows = [dict(zip(columns, row, strict=True)) for row in batch]
            if writer is None:  # schema from the first batch; all-empty columns are text
                inferred = pa.Table.from_pylist(rows).schema
                schema = pa.schema([pa.field(f.name, pa.string() if pa.types.is_null(f.type) else f.type)
                                    for f in inferred])
                writer = pq.ParquetWriter(str(path), schema)
            writer.write_table(pa.Table.from_pylist(rows, schema=writer.schema))
        if writer is None:
            pq.write_table(pa.table({c: pa.array([], pa.string()) for c in columns}), str(path))
        else:
            writer.close()
        written.append(path)
    return written
