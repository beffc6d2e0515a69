"""A document's year in the archive: the year its text names (the parse's), else the one its
file name or folder names.

Offices often name a file "2024年市场监管工作要点.txt" while its text says only 今年: the parse
keeps what the text says (no year), and the archive files it under the year its path names —
when the nearest part of the path naming a year names exactly one — and records where that
year came from (`documents.year_source`), so history and export can say so. A document with no
year at all stays out of year-ordered views (listed apart).
"""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Any

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")

TEXT, FILE_NAME, FOLDER = "text", "file name", "folder"
NOTES = {FILE_NAME: "年份取自文件名", FOLDER: "年份取自文件夹名"}  # how history and the web say it


def year_from_path(path: str) -> tuple[int, str] | None:
    """The one year the file name names, else the one its nearest folder naming a year names,
    with where it came from; None when the nearest part naming years names two or more
    ("2023-2025年行动方案") or no part names one."""
    parts = PurePath(path).parts
    for depth, part in enumerate(reversed(parts)):
        years = set(_YEAR.findall(PurePath(part).stem if depth == 0 else part))
        if years:
            return (int(years.pop()), FILE_NAME if depth == 0 else FOLDER) if len(years) == 1 else None
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
        if conn.postgres:
            conn.execute("UPDATE search SET tags = CAST(replace(CAST(tags AS TEXT), '''y0', ?) AS tsvector) "
                         "WHERE document_id = ?", (f"'y{year}", doc_id))
        else:
            conn.execute("UPDATE search SET tags = trim(replace(' ' || tags, ' y0', ?)) "
                         "WHERE rowid IN (SELECT id FROM items WHERE document_id = ?)", (f" y{year}", doc_id))
