"""Reading single documents and files back out of the archive (the web page's document view,
the compare picker, download of the original file) and the search form's choices."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jihua.pipeline.archive.db import Archive
from jihua.pipeline.archive.series import org_form
from jihua.pipeline.archive.store import copies_of
from jihua.pipeline.archive.years import NOTES
from jihua.pipeline.runner import sha256_of
from jihua.schemas import plan

_CURRENT = "FROM documents d JOIN files f ON f.id = d.file_id AND f.current = 1"


def search_choices(conn: Archive) -> tuple[list[str], list[str]]:
    """Years (newest first) and offices (most documents first) of the current documents: what the
    search form offers, read with two grouped scans instead of every statistic per page."""
    years = [str(r[0]) for r in conn.execute(f"SELECT DISTINCT d.year {_CURRENT} WHERE d.year IS NOT NULL "
                                             "ORDER BY d.year DESC")]
    names = [r[0] for r in conn.execute(f"SELECT d.org {_CURRENT} WHERE d.org IS NOT NULL GROUP BY d.org "
                                        "ORDER BY count(*) DESC, d.org")]
    offices: dict[str, str] = {}  # one choice per office, under its most used name (the filter finds every form)
    for name in names:
        offices.setdefault(org_form(name), name)
    return years, list(offices.values())


def documents(conn: Archive, series_key: str | None = None, *, year: int | None = None, org: str | None = None,
              doc_type: str | None = None) -> list[dict[str, Any]]:
    """Current documents (newest year first), optionally of one series, year, org (any org whose
    name holds it, in any of its forms: query.org_names, as search's --org) or kind: id, title, org,
    year, kind, series key, stands_for_year, and the format and path of the file holding each."""
    from jihua.pipeline.archive.query import org_names, standing_documents

    where: list[str] = []  # on the standing rows, so a year in two formats is still told by all its files
    params: list[Any] = []
    for column, value in (("c.series_key", series_key), ("c.year", year), ("c.doc_type", doc_type)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    if org:
        names = org_names(conn, org)
        if not names:
            return []
        where.append(f"c.org IN ({','.join('?' * len(names))})")
        params += names
    sql = (f"SELECT c.id, c.title, c.org, c.year, c.doc_type, c.series_key, c.stands_for_year, c.format, c.path "
           f"FROM ({standing_documents()}) c {'WHERE ' + ' AND '.join(where) if where else ''} "
           "ORDER BY c.year IS NULL, c.year DESC, c.title, c.file_id DESC, c.id")
    return [dict(r) for r in conn.execute(sql, params)]


def document(conn: Archive, document_id: int) -> tuple[plan.ParseResult, plan.Document, dict[str, Any]] | None:
    """One archived document, dated as archived, with the parse of its file (reduced to this
    document) and the file's row (id, path, format, sha256, series key, year_note); None when unknown."""
    row = conn.execute("SELECT d.doc_index, d.series_key, d.year, d.year_source, f.id AS file_id, f.path, f.format, "
                       "f.sha256, f.parse_json FROM documents d JOIN files f ON f.id = d.file_id WHERE d.id = ?",
                       (document_id,)).fetchone()
    if row is None:
        return None
    result = plan.ParseResult.model_validate_json(row["parse_json"])
    # dated as archived: a year from the path where the text names none (years.py), said in year_note
    doc = result.documents[row["doc_index"]].model_copy(update={"year": row["year"]})
    info = {k: row[k] for k in ("series_key", "file_id", "path", "format", "sha256")}
    info["year_note"] = NOTES.get(row["year_source"] or "")
    info["copies"] = copies_of(conn, row["sha256"])
    return result.model_copy(update={"documents": [doc]}), doc, info


def file_row(conn: Archive, file_id: int) -> dict[str, Any] | None:
    """A stored file (id, path, format, sha256) with `copies`, the other places its bytes were found."""
    row = conn.execute("SELECT id, path, format, sha256 FROM files WHERE id = ?", (file_id,)).fetchone()
    return None if row is None else dict(row) | {"copies": copies_of(conn, row["sha256"])}


def on_disk(row: dict[str, Any]) -> str | None:
    """Where the stored file can be read now, byte for byte as archived: its own path, else the
    first copy still holding the same content (a file edited since is another version)."""
    return next((p for p in [row["path"], *row.get("copies", [])] if _holds(Path(p), row["sha256"])), None)


def _holds(path: Path, sha256: str) -> bool:
    try:
        return path.is_file() and sha256_of(path) == sha256
    except OSError:
        return False
