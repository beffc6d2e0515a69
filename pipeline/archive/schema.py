"""The archive's tables, as numbered migrations for each backend (same tables, same numbers).

SQLite indexes jieba words with FTS5; PostgreSQL stores the same words as a `tsvector` (no
stemming, no stop words — what the `simple` configuration does) under a GIN index, so Chinese
search needs no server extension. Migration 2 stores each parse once (the per-document JSON
copy goes: it is in the file's parse) and keeps one error row per file version and reason.
Migration 3 moves the filters into the index: each passage's year, document kind and section
type become terms of a second indexed column, `tags` (`y2015 tplan smeasures y2015tplan …`), and
so does its document's org (one term per org; the `orgs` table lists the orgs), so a filtered
search reads only the passages that carry its terms instead of checking every word match
afterwards; the index is re-filled from its stored words. It also indexes what a new file's
insert looks up (documents by file, errors by hash), so storing stays as fast at 100,000
documents as at 1,000. Migration 4 gives each target its metric, its figure as printed and
normalised to a base unit (5,000万元 is 5e7 元) and its range, so SQL can follow a metric over
the years; stored targets get them from their file's parse. Migration 5 lists the other places
a stored file's exact bytes were found (`copies`), so an archivist sees every folder holding a
plan and the original can be served from a copy when its own path is gone. Migration 6 re-keys
the series (`series.py`: a title's kind word folded to its kind). Migration 7 records where a
document's year came from (`documents.year_source`: its text, else its file name or folder, see
`years.py`), dates the undated documents whose path names a year, and re-keys the series again
(a party committee's leading 中共 is optional: "中共某县委组织部" is "某县委组织部").
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from itertools import combinations
from typing import Any

from jihua.pipeline.archive.series import rekey
from jihua.pipeline.archive.years import fill_years

Migration = str | Callable[[Any], None]  # SQL statements, or a step computed in Python on the connection


def _years_and_orgs(conn: Any) -> None:
    """Migration 7 (both backends): each year's source, path years for undated documents, new keys."""
    fill_years(conn)
    rekey(conn)

_NONE = "none"  # the term part of a value a passage does not have (y0 for no year)


def _parts(year: int | None, doc_type: str | None, section_type: str | None, pad: bool = False) -> list[str]:
    """y<year>, t<doc_type>, s<section_type> for the values given (letters and digits only, so
    FTS5's tokenizer and a tsvector both keep each term whole); `pad`: a missing value too, as
    y0, tnone, snone."""
    parts = [f"y{year}"] if year is not None else ["y0"] if pad else []
    for prefix, value in (("t", doc_type), ("s", section_type)):
        term = re.sub(r"[^0-9a-z]", "", (value or "").lower())
        if term or pad:
            parts.append(prefix + (term or _NONE))
    return parts


def tag_terms(year: int | None, doc_type: str | None, section_type: str | None) -> list[str]:
    """A passage's filter values as index terms, every combination one term (y2015, tplan,
    y2015tplan, … seven): a search with any set of filters then asks for one term whose
    postings are exactly the passages that pass them all."""
    parts = _parts(year, doc_type, section_type, pad=True)
    return ["".join(c) for n in range(1, len(parts) + 1) for c in combinations(parts, n)]


def passage_tags(year: int | None, doc_type: str | None, section_type: str | None, org: str | None) -> list[str]:
    """Every passage's tag terms: its filter combinations and its org, always eight terms. SQLite's
    bm25 divides by a row's length over all its columns, tags included (weight 0 or not), so a
    passage with no year or org must not carry fewer tags than one with both: identical words
    then rank alike whatever their document says about itself."""
    return [*tag_terms(year, doc_type, section_type), org_term(org) or ORG_NONE]


BUCKET = 16384  # PostgreSQL: item ids per bucket term (b0, b1, …) in the tags, newest read first


def bucket_term(item_id: int) -> str:
    """PostgreSQL's GIN index cannot hand out matches newest first, so each passage also carries
    the term of its id bucket: a search asks for the newest buckets first, in the same index."""
    return f"b{item_id // BUCKET}"


ORG_NONE = "o" + _NONE  # the org term of a document without an org


def org_term(org: str | None) -> str | None:
    """A document's org as one index term, o + 16 hex digits of its MD5 (a name may hold spaces
    or punctuation, which would split it): an --org filter finds the orgs it names in the orgs
    table and asks the index for any of their terms."""
    return None if org is None else "o" + hashlib.md5(org.encode()).hexdigest()[:16]


def filter_term(year: int | None, doc_type: str | None, section_type: str | None) -> str | None:
    """The one index term a search with these filters looks up (None: no filter)."""
    return "".join(_parts(year, doc_type, section_type)) or None


def _sql_tags(t: str) -> str:
    """The same terms (tag_terms) computed in SQL from the old index's columns of table alias t
    (their values are lower-case a-z and _), a missing value padded as tag_terms pads it."""
    def part(prefix: str, column: str) -> str:
        return f"('{prefix}' || coalesce(nullif(replace({t}.{column}, '_', ''), ''), '{_NONE}'))"

    parts = (f"('y' || coalesce({t}.year, 0))", part("t", "doc_type"), part("s", "section_type"))
    return " || ' ' || ".join(" || ".join(c) for n in (1, 2, 3) for c in combinations(parts, n))


SQLITE_MIGRATIONS: tuple[Migration, ...] = (
    # 1: files, documents, sections, items, targets, errors, full-text index
    """
    CREATE TABLE files (
        id INTEGER PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE, format TEXT NOT NULL,
        size INTEGER NOT NULL, added_at TEXT NOT NULL DEFAULT (datetime('now')), current INTEGER NOT NULL DEFAULT 1,
        parse_json TEXT NOT NULL
    );
    CREATE INDEX files_path ON files(path);
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY, file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
        doc_index INTEGER NOT NULL, doc_id TEXT NOT NULL, title TEXT NOT NULL, org TEXT, year INTEGER,
        doc_type TEXT NOT NULL, series_key TEXT NOT NULL, json TEXT NOT NULL
    );
    CREATE INDEX documents_series ON documents(series_key, year);
    CREATE TABLE sections (
        id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        section_id TEXT NOT NULL, parent_section_id TEXT, position INTEGER NOT NULL, number TEXT, heading TEXT NOT NULL,
        level INTEGER NOT NULL, type TEXT NOT NULL
    );
    CREATE INDEX sections_document ON sections(document_id);
    CREATE TABLE items (
        id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        section_id TEXT, block_id TEXT NOT NULL, position INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL
    );
    CREATE INDEX items_document ON items(document_id);
    CREATE TABLE targets (
        id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        section_id TEXT, target_id TEXT NOT NULL, text TEXT NOT NULL, value REAL NOT NULL, unit TEXT NOT NULL,
        comparator TEXT NOT NULL, period TEXT
    );
    CREATE INDEX targets_document ON targets(document_id);
    CREATE TABLE errors (
        id INTEGER PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT, reason TEXT NOT NULL,
        at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE VIRTUAL TABLE search USING fts5(
        words, item_id UNINDEXED, document_id UNINDEXED, year UNINDEXED, doc_type UNINDEXED,
        section_type UNINDEXED, tokenize = 'unicode61'
    );
    """,
    # 2: a parse is stored once; one error row per file version and reason
    """
    ALTER TABLE documents DROP COLUMN json;
    DELETE FROM errors WHERE id NOT IN (SELECT min(id) FROM errors GROUP BY path, coalesce(sha256, ''), reason);
    CREATE UNIQUE INDEX errors_once ON errors(path, coalesce(sha256, ''), reason);
    """,
    # 3: filters and orgs as index terms (tags); the index is re-filled from the words it holds,
    # each row keyed by its item id (jihua_org_term is org_term, registered on every SQLite connection)
    f"""
    CREATE VIRTUAL TABLE search3 USING fts5(words, tags, document_id UNINDEXED, tokenize = 'unicode61');
    INSERT INTO search3(rowid, words, tags, document_id)
        SELECT s.item_id, s.words, {_sql_tags('s')} || ' ' || coalesce(jihua_org_term(d.org), '{ORG_NONE}'),
            s.document_id
        FROM search s LEFT JOIN documents d ON d.id = s.document_id ORDER BY s.item_id;
    DROP TABLE search;
    ALTER TABLE search3 RENAME TO search;
    INSERT INTO search(search) VALUES ('optimize');
    CREATE INDEX documents_file ON documents(file_id);
    CREATE INDEX errors_sha256 ON errors(sha256);
    CREATE TABLE orgs (org TEXT PRIMARY KEY);
    INSERT INTO orgs SELECT DISTINCT org FROM documents WHERE org IS NOT NULL
    """,
    # 4: a target's figure as printed and normalised, its metric and range, filled for stored
    # targets from the file's parse
    """
    ALTER TABLE targets ADD COLUMN metric TEXT;
    ALTER TABLE targets ADD COLUMN value_text TEXT;
    ALTER TABLE targets ADD COLUMN normalized REAL;
    ALTER TABLE targets ADD COLUMN base_unit TEXT;
    ALTER TABLE targets ADD COLUMN low REAL;
    ALTER TABLE targets ADD COLUMN high REAL;
    UPDATE targets SET metric = json_extract(t.value, '$.metric'), value_text = json_extract(t.value, '$.value_text'),
        normalized = json_extract(t.value, '$.normalized'), base_unit = json_extract(t.value, '$.base_unit'),
        low = json_extract(t.value, '$.low'), high = json_extract(t.value, '$.high')
        FROM documents d JOIN files f ON f.id = d.file_id,
            json_each(f.parse_json, '$.documents[' || d.doc_index || '].targets') AS t
        WHERE d.id = targets.document_id AND json_extract(t.value, '$.id') = targets.target_id;
    CREATE INDEX targets_metric ON targets(metric)
    """,
    # 5: other places the same content was found (a stored file's byte-identical copies)
    """
    CREATE TABLE copies (
        sha256 TEXT NOT NULL, path TEXT NOT NULL, added_at TEXT NOT NULL DEFAULT (datetime('now')),
        PRIMARY KEY (sha256, path)
    )
    """,
    # 6: series keys with the title's kind word folded (a plan renamed 计划 → 要点 stays one series)
    rekey,
    # 7: documents.year_source; a year from the path where the text names none; 中共 optional in keys
    _years_and_orgs,
)

_PG_NOW = "to_char(now() AT TIME ZONE 'utc', 'YYYY-MM-DD HH24:MI:SS')"

PG_MIGRATIONS: tuple[Migration, ...] = (
    # 1: the same tables; the search index is a tsvector of jieba words with a GIN index
    f"""
    CREATE TABLE files (
        id BIGSERIAL PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE, format TEXT NOT NULL,
        size BIGINT NOT NULL, added_at TEXT NOT NULL DEFAULT {_PG_NOW}, current INTEGER NOT NULL DEFAULT 1,
        parse_json TEXT NOT NULL
    );
    CREATE INDEX files_path ON files(path);
    CREATE TABLE documents (
        id BIGSERIAL PRIMARY KEY, file_id BIGINT NOT NULL REFERENCES files(id) ON DELETE CASCADE,
        doc_index INTEGER NOT NULL, doc_id TEXT NOT NULL, title TEXT NOT NULL, org TEXT, year INTEGER,
        doc_type TEXT NOT NULL, series_key TEXT NOT NULL
    );
    CREATE INDEX documents_series ON documents(series_key, year);
    CREATE INDEX documents_file ON documents(file_id);
    CREATE TABLE sections (
        id BIGSERIAL PRIMARY KEY, document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        section_id TEXT NOT NULL, parent_section_id TEXT, position INTEGER NOT NULL, number TEXT, heading TEXT NOT NULL,
        level INTEGER NOT NULL, type TEXT NOT NULL
    );
    CREATE INDEX sections_document ON sections(document_id, section_id);
    CREATE TABLE items (
        id BIGSERIAL PRIMARY KEY, document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        section_id TEXT, block_id TEXT NOT NULL, position INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL
    );
    CREATE INDEX items_document ON items(document_id);
    CREATE TABLE targets (
        id BIGSERIAL PRIMARY KEY, document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        section_id TEXT, target_id TEXT NOT NULL, text TEXT NOT NULL, value DOUBLE PRECISION NOT NULL,
        unit TEXT NOT NULL, comparator TEXT NOT NULL, period TEXT
    );
    CREATE INDEX targets_document ON targets(document_id);
    CREATE TABLE errors (
        id BIGSERIAL PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT, reason TEXT NOT NULL,
        at TEXT NOT NULL DEFAULT {_PG_NOW}
    );
    CREATE TABLE search (
        item_id BIGINT PRIMARY KEY, document_id BIGINT NOT NULL, year INTEGER, doc_type TEXT,
        section_type TEXT, words TSVECTOR NOT NULL
    );
    CREATE INDEX search_words ON search USING GIN (words);
    CREATE INDEX search_document ON search(document_id)
    """,
    # 2: one error row per file version and reason (a parse was stored once from the start)
    """
    CREATE UNIQUE INDEX errors_once ON errors(path, coalesce(sha256, ''), reason)
    """,
    # 3: filters, orgs and id buckets as index terms (tags) in one GIN index with the words; the columns
    # they replace go. New rows wait in the index's pending list until it holds 1 MB (not the
    # default 4 MB): every search reads that list whole
    f"""
    ALTER TABLE search ADD COLUMN tags TSVECTOR;
    UPDATE search s SET tags = CAST({_sql_tags('s')}
        || coalesce((SELECT ' o' || left(md5(d.org), 16) FROM documents d WHERE d.id = s.document_id), ' {ORG_NONE}')
        || ' b' || (s.item_id / {BUCKET}) AS tsvector);
    ALTER TABLE search ALTER COLUMN tags SET NOT NULL;
    ALTER TABLE search DROP COLUMN year, DROP COLUMN doc_type, DROP COLUMN section_type;
    DROP INDEX search_words;
    CREATE INDEX search_terms ON search USING GIN (words, tags) WITH (gin_pending_list_limit = 1024);
    CREATE INDEX errors_sha256 ON errors(sha256);
    CREATE TABLE orgs (org TEXT PRIMARY KEY);
    INSERT INTO orgs SELECT DISTINCT org FROM documents WHERE org IS NOT NULL
    """,
    # 4: the same target columns, filled from the file's parse
    """
    ALTER TABLE targets ADD COLUMN metric TEXT, ADD COLUMN value_text TEXT, ADD COLUMN normalized DOUBLE PRECISION,
        ADD COLUMN base_unit TEXT, ADD COLUMN low DOUBLE PRECISION, ADD COLUMN high DOUBLE PRECISION;
    UPDATE targets SET metric = t.value ->> 'metric', value_text = t.value ->> 'value_text',
        normalized = CAST(t.value ->> 'normalized' AS DOUBLE PRECISION), base_unit = t.value ->> 'base_unit',
        low = CAST(t.value ->> 'low' AS DOUBLE PRECISION), high = CAST(t.value ->> 'high' AS DOUBLE PRECISION)
        FROM documents d JOIN files f ON f.id = d.file_id
            CROSS JOIN LATERAL jsonb_array_elements(CAST(f.parse_json AS jsonb) -> 'documents' -> d.doc_index -> 'targets')
            AS t(value)
        WHERE d.id = targets.document_id AND t.value ->> 'id' = targets.target_id;
    CREATE INDEX targets_metric ON targets(metric)
    """,
    # 5: the same copies table
    f"""
    CREATE TABLE copies (
        sha256 TEXT NOT NULL, path TEXT NOT NULL, added_at TEXT NOT NULL DEFAULT {_PG_NOW},
        PRIMARY KEY (sha256, path)
    )
    """,
    # 6: series keys with the title's kind word folded (a plan renamed 计划 → 要点 stays one series)
    rekey,
    # 7: documents.year_source; a year from the path where the text names none; 中共 optional in keys
    _years_and_orgs,
)
