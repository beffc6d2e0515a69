"""`archive export`: the archive for other tools — JSON Lines of whole parses, or flat tables
(documents, sections, items, targets; copies and errors) as CSV or Parquet. Rows stream in batches: memory stays
flat however large the archive."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jihua.pipeline.archive.db import Archive
from jihua.pipeline.archive.query import standing_documents
from jihua.pipeline.archive.tables import TARGET_COLUMNS

_DOCS = f"({standing_documents()}) c"
# each row of sections, items and targets says whose it is (year, org, series) and whether its
# document stands for its year, so a spreadsheet counts a year archived in two formats once
_WHOSE = "c.year, c.org, c.series_key, c.stands_for_year"
TABLES: dict[str, str] = {
    "documents": "SELECT c.id, c.doc_id, c.path, c.sha256, c.format, c.title, c.org, c.year, c.year_source, c.doc_type, "
                 "c.series_key, "
                 f"c.stands_for_year FROM {_DOCS} ORDER BY c.id",
    "sections": f"SELECT s.document_id, {_WHOSE}, s.section_id, s.parent_section_id, s.position, s.number, s.heading, "
                f"s.level, s.type FROM sections s JOIN {_DOCS} ON c.id = s.document_id ORDER BY s.id",
    "items": f"SELECT i.document_id, {_WHOSE}, i.section_id, i.block_id, i.position, i.kind, i.text FROM items i "
             f"JOIN {_DOCS} ON c.id = i.document_id ORDER BY i.id",
    "targets": f"SELECT t.document_id, {_WHOSE}, " + ", ".join(f"t.{c}" for c in TARGET_COLUMNS) + " "
               f"FROM targets t JOIN {_DOCS} ON c.id = t.document_id ORDER BY t.id",
    # the same bytes found under other names, and the files that could not be archived
    "copies": "SELECT c.path, f.path AS stored_as, c.sha256, c.added_at FROM copies c "
              "JOIN files f ON f.sha256 = c.sha256 ORDER BY c.added_at, c.path",
    "errors": "SELECT path, sha256, reason, at FROM errors ORDER BY id",
}
BATCH = 5000
FORMATS = ("jsonl", "csv", "parquet")
# suffixes of file formats the export does not write: an output named so is refused (notes.md,
# plans.xlsx would otherwise get JSON Lines under a name that lies); any other "suffix" is part of
# the name — jihua-2026.12.02's ".02", 档案.备份 —, and such an output is JSON Lines
_OTHER_FORMATS = frozenset({"md", "markdown", "txt", "text", "html", "htm", "shtml", "mht", "mhtml", "xhtml", "docx",
                            "doc", "wps", "rtf", "odt", "pptx", "ppt", "dps", "odp", "pdf", "json", "ndjson", "xlsx",
                            "xls", "xlsm", "et", "ods", "tsv", "tab", "xml", "yaml", "yml", "toml", "sqlite", "db",
                            "sql", "zip", "gz", "tar", "7z", "rar", "feather", "arrow", "orc", "avro", "pkl"})


def format_of(output: Path) -> str | None:
    """The export format an output's name or kind implies: a .jsonl/.csv/.parquet suffix says it;
    an existing folder takes the tables as CSV (out/tables/documents.csv, …); "" for a suffix of
    a format the export does not write (refused); None where nothing is implied (JSON Lines)."""
    suffix = output.suffix.lower().lstrip(".")
    if output.is_dir():
        return suffix if suffix in ("csv", "parquet") else "csv"
    if suffix in FORMATS:
        return suffix
    return "" if suffix in _OTHER_FORMATS else None


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


def _write_csv(conn: Archive, sql: str, path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:  # BOM: Excel on Chinese Windows reads it right
        writer = csv.writer(fh)
        columns, batches = _table(conn, sql)
        writer.writerow(columns)
        for batch in batches:
            writer.writerows(batch)


def _write_parquet(conn: Archive, sql: str, path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

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


_WRITERS = {"csv": _write_csv, "parquet": _write_parquet}


def export_tables(conn: Archive, folder: Path, fmt: str) -> list[Path]:
    """Every table as FOLDER/NAME.csv (or .parquet)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, sql in TABLES.items():
        path = folder / f"{name}.{fmt}"
        _WRITERS[fmt](conn, sql, path)
        written.append(path)
    return written


def export_table(conn: Archive, path: Path, fmt: str, table: str) -> Path:
    """One table as one file (an output named x.csv is a file, not a folder of tables)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _WRITERS[fmt](conn, TABLES[table], path)
    return path


def export_csv(conn: Archive, folder: Path) -> list[Path]:
    return export_tables(conn, folder, "csv")


def export_parquet(conn: Archive, folder: Path) -> list[Path]:
    return export_tables(conn, folder, "parquet")
