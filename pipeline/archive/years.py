"""A document's year in the archive: the year its text names (the parse's), else the one its
file name or folder names.

Offices often name a file "2024年市场监管工作要点.txt" while its text says only 今年: the parse
keeps what the text says (no year), and the archive files it under the year its path names —
when the nearest part of the path naming a year names exactly one — and records where that
year came from (`documents.year_source`), so history and export can say so. A document with no
year at all stays out of year-ordered views (listed apart).
"""

from __future__ import annotations

import datetime
import re
from pathlib import PurePath
from typing import Any

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
# a folder that files by year: its name opens with one ("2024", "2024年", "2024年度工作计划"), not one that only
# mentions a year somewhere ("backup2019", "国发〔2019〕12号")
_YEAR_FOLDER = re.compile(r"^((?:19|20)\d{2})(?!\d)")
_FOLDERS = 2  # how far up a folder may date a file: its own folder and the one above

TEXT, FILE_NAME, FOLDER = "text", "file name", "folder"
NOTES = {FILE_NAME: "年份取自文件名", FOLDER: "年份取自文件夹名"}  # how history and the web say it


def year_from_path(path: str, latest: int | None = None) -> tuple[int, str] | None:
    """The one year the file name names, else the year its own folder or the one above opens with,
    with where it came from; None when the file name names two or more ("2023-2025年行动方案"), when no
    such part names one, or when the year is after `latest` (next year: "2035年远景目标" dates no file)."""
    latest = latest if latest is not None else datetime.date.today().year + 1
    parts = PurePath(path).parts
    name = PurePath(parts[-1]).stem if parts else ""
    years = set(_YEAR.findall(name))
    if years:
        year = int(years.pop())
        return (year, FILE_NAME) if not years and year <= latest else None
    for folder in reversed(parts[-1 - _FOLDERS:-1]):
        m = _YEAR_FOLDER.match(folder)
        if m:
            return (int(m.group(1)), FOLDER) if int(m.group(1)) <= latest else None
    return None


def archive_year(text_year: int | None, path: str) -> tuple[int | None, str | None]:
    """(year, source) a document is archived under: its text's year, else its path's."""
    if text_year is not None:
        return text_year, TEXT
    found = year_from_path(path)
    return found if found is not None else (None, None)


def fill_years(conn: Any) -> None:
    """Migration 7 (with the re-keying): record each stored year's source and give an undated
    document the year its path names; its passages' year terms in the search index (y0, y0tplan,
    …: the year part leads every combination) move to that year."""
    conn.execute("ALTER TABLE documents ADD COLUMN year_source TEXT")
    conn.execute("UPDATE documents SET year_source = ? WHERE year IS NOT NULL", (TEXT,))
    rows = conn.execute("SELECT d.id, f.path FROM documents d JOIN files f ON f.id = d.file_id "
                        "WHERE d.year IS NULL").fetchall()
    for doc_id, path in ((r[0], r[1]) for r in rows):
        year, source = archive_year(None, path)
        if year is None:
            continue
        conn.execute("UPDATE documents SET year = ?, year_source = ? WHERE id = ?", (year, source, doc_id))
        _retag(conn, doc_id, None, year)


def redate(conn: Any, file_id: int, path: str) -> None:
    """A stored file moved to `path`: the documents whose year came from the old path take the new
    path's (or none), their passages' year terms with them. A year the text names stays."""
    rows = conn.execute("SELECT id, year FROM documents WHERE file_id = ? AND coalesce(year_source, '') <> ?",
                        (file_id, TEXT)).fetchall()
    year, source = archive_year(None, path)
    for doc_id, old in ((r[0], r[1]) for r in rows):
        conn.execute("UPDATE documents SET year = ?, year_source = ? WHERE id = ?", (year, source, doc_id))
        if year != old:
            _retag(conn, doc_id, old, year)


def _retag(conn: Any, doc_id: Any, old: int | None, new: int | None) -> None:
    """A document's passages' year terms (y0 for none, y2024…: the year part leads every combination) to another year."""
    before, after = f"y{old or 0}", f"y{new or 0}"
    if conn.postgres:
        conn.execute("UPDATE search SET tags = CAST(replace(CAST(tags AS TEXT), ?, ?) AS tsvector) "
                     "WHERE document_id = ?", (f"'{before}", f"'{after}", doc_id))
    else:
        conn.execute("UPDATE search SET tags = trim(replace(' ' || tags, ?, ?)) "
                     "WHERE rowid IN (SELECT id FROM items WHERE document_id = ?)", (f" {before}", f" {after}", doc_id))
