"""Search whose cost is bounded by design: filters are index terms, ranking sees only the newest
CANDIDATES matches, and an archive of schema version 2 is upgraded to that index unchanged."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from jihua.pipeline.archive import db, query, schema
from jihua.pipeline.archive.ingest import add
from jihua.pipeline.archive.query import search
from jihua.pipeline.archive.schema import filter_term, passage_tags, tag_terms
from jihua.pipeline.config import Config

PLANS = ("qinghe-2023-plan.styled.docx", "qinghe-2024-plan.pdf", "qinghe-2023-summary.gb18030.txt",
         "qinghe-compilation.html")
SEARCHES: list[tuple[str, dict[str, Any]]] = [
    ("联席会议", {}), ("慰问", {"doc_type": "summary"}), ("双拥", {"year": 2024}),
    ("退役军人", {"section_type": "measures", "doc_type": "plan"}), ("慰问", {"org": "青禾"}),
    ("慰问", {"section_type": "problems"}),
]
TABLES = {  # the rows an archive of schema version 2 holds, table by table
    "files": ("id", "path", "sha256", "format", "size", "added_at", "current", "parse_json"),
    "documents": ("id", "file_id", "doc_index", "doc_id", "title", "org", "year", "doc_type", "series_key"),
    "sections": ("id", "document_id", "section_id", "parent_section_id", "position", "number", "heading", "level",
                 "type"),
    "items": ("id", "document_id", "section_id", "block_id", "position", "kind", "text"),
    "targets": ("id", "document_id", "section_id", "target_id", "text", "value", "unit", "comparator", "period"),
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory, corpus_files: Path, module_archive) -> tuple[db.Archive, Any]:
    folder = tmp_path_factory.mktemp("plans")
    for name in PLANS:
        shutil.copy(corpus_files / name, folder / name)
    conn = db.connect(module_archive("scale"))
    add(conn, [folder], Config(workers=2))
    return conn, module_archive


def _hits(conn: db.Archive) -> list[list[tuple[Any, ...]]]:
    return [[(h.title, h.year, h.section, h.section_type, h.snippet, h.score, h.path)
             for h in search(conn, q, **filters)] for q, filters in SEARCHES]


def _open_raw(target: str) -> db.Archive:
    """A connection that does not migrate (to build an archive of an older schema)."""
    if db.is_url(target):
        import psycopg

        return db.Archive(psycopg.connect(target, autocommit=True, row_factory=db._row_factory), "postgres", target)
    raw = sqlite3.connect(target, isolation_level=None)
    raw.row_factory = sqlite3.Row
    return db.Archive(raw, "sqlite", target)


def _copy_as_version_2(source: db.Archive, target: str) -> None:
    """The source archive's rows written into a new archive of schema version 2, whose index kept
    year, kind and section type in columns of their own."""
    old = _open_raw(target)
    db.migrate(old, upto=2)
    assert db.schema_version(old) == 2
    with old.transaction():
        for table, columns in TABLES.items():
            rows = [tuple(r) for r in source.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY id")]
            old.insert(table, columns, rows)
        rows = source.execute(
            "SELECT i.id, i.document_id, d.year, d.doc_type, coalesce(s.type, 'preamble'), x.words "
            f"FROM search x JOIN items i ON i.id = {'x.item_id' if source.postgres else 'x.rowid'} "
            "JOIN documents d ON d.id = i.document_id "
            "LEFT JOIN sections s ON s.document_id = d.id AND s.section_id = i.section_id ORDER BY i.id").fetchall()
        if old.postgres:
            old.insert("search", ("item_id", "document_id", "year", "doc_type", "section_type", "words"),
                       [tuple(r) for r in rows])
        else:
            # rowids apart from the item ids, as archives of version 2 written before the two were
            # kept equal hold them: the upgrade keys the index by item id
            old.insert("search", ("rowid", "item_id", "document_id", "year", "doc_type", "section_type", "words"),
                       [(r[0] + 7, *r) for r in rows])
    old.close()


def test_version_2_archive_is_upgraded_and_searches_the_same(archive) -> None:
    conn, new_target = archive
    target = new_target("version2")
    _copy_as_version_2(conn, target)
    stale = _open_raw(target)
    stale.execute("UPDATE documents SET series_key = 'stale|' || title")  # keys of an older rule
    stale.close()
    upgraded = db.connect(target)
    assert db.schema_version(upgraded) == db.LATEST == 7
    # migration 6 keys every stored document's series again, as a new archive keys it
    keys = "SELECT id, series_key FROM documents ORDER BY id"
    assert [tuple(r) for r in upgraded.execute(keys)] == [tuple(r) for r in conn.execute(keys)]
    assert upgraded.execute("SELECT count(*) FROM copies").fetchone()[0] == 0  # migration 5: an empty table
    # migration 4 fills each stored target's metric and figure from its file's parse
    figures = "SELECT target_id, metric, value_text, normalized, base_unit, low, high FROM targets ORDER BY id"
    assert [tuple(r) for r in upgraded.execute(figures)] == [tuple(r) for r in conn.execute(figures)]
    assert all(r[1] and r[2] for r in upgraded.execute(figures))
    expected = _hits(conn)
    assert any(expected) and not expected[-1]  # the last search has no match: filters still exclude
    assert _hits(upgraded) == expected
    index = upgraded.execute("SELECT count(*) FROM search").fetchone()[0]
    assert index == conn.execute("SELECT count(*) FROM search").fetchone()[0] > 0
    upgraded.close()


def test_filters_are_index_terms() -> None:
    assert tag_terms(2024, "summary_plan", "goals") == [
        "y2024", "tsummaryplan", "sgoals", "y2024tsummaryplan", "y2024sgoals", "tsummaryplansgoals",
        "y2024tsummaryplansgoals"]
    assert tag_terms(None, "plan", None) == ["y0", "tplan", "snone", "y0tplan", "y0snone", "tplansnone",
                                             "y0tplansnone"]
    assert filter_term(2024, None, "goals") == "y2024sgoals" in tag_terms(2024, "plan", "goals")
    assert filter_term(None, None, None) is None
    # as many tags with or without a year and an org: SQLite's bm25 counts them in a row's length
    assert len(passage_tags(None, "plan", None, None)) == len(passage_tags(2024, "plan", "goals", "某县民政局")) == 8


@pytest.mark.parametrize("backend", ["sqlite"])  # PostgreSQL's ts_rank reads the words alone
def test_identical_passages_rank_alike_whatever_their_documents_say(new_archive) -> None:
    conn = db.connect(new_archive("alike"))
    with conn.transaction():
        conn.insert("search", ("rowid", "words", "tags", "document_id"), [
            (1, "慰问 工作 走访", " ".join(passage_tags(2024, "plan", "measures", "某县民政局")), 1),
            (2, "慰问 工作 走访", " ".join(passage_tags(None, None, None, None)), 2),
            (3, "联席 会议 制度 建立 健全", " ".join(passage_tags(2023, "summary", "review", None)), 3)])
    scores = [r[2] for r in query._ranked(conn, ["慰问"], [], None)]
    assert len(scores) == 2 and scores[0] == scores[1]


def test_only_the_newest_matches_are_ranked_when_there_are_more(archive, monkeypatch) -> None:
    conn, _ = archive
    for tags in ([], ["tplan"]):
        every = {r[0]: r[2] for r in query._ranked(conn, ["慰问"], tags, None)}
        assert len(every) > 3
        monkeypatch.setattr(query, "CANDIDATES", {conn.kind: 3})
        capped = query._ranked(conn, ["慰问"], tags, None)
        monkeypatch.undo()
        assert sorted((r[0] for r in capped), reverse=True) == sorted(every, reverse=True)[:3]
        assert [r[2] for r in capped] == sorted((every[r[0]] for r in capped), reverse=True)  # same scores, best first
    monkeypatch.setattr(query, "CANDIDATES", {conn.kind: 3})
    assert 0 < len(search(conn, "慰问", limit=200)) <= 3


def test_newest_matches_are_found_across_id_buckets(new_archive, corpus_files: Path, tmp_path: Path,
                                                     monkeypatch) -> None:
    """PostgreSQL reads id buckets newest first (4 ids a bucket here, so a search takes several
    steps); the passages ranked are still exactly the newest matches, on both backends."""
    monkeypatch.setattr(schema, "BUCKET", 4)
    monkeypatch.setattr(query, "BUCKET", 4)
    for name in PLANS[:2]:
        shutil.copy(corpus_files / name, tmp_path / name)
    conn = db.connect(new_archive("buckets"))
    add(conn, [tmp_path], Config(workers=1))
    for tags in ([], ["tplan"]):
        every = {r[0]: r[2] for r in query._ranked(conn, ["工作"], tags, None)}
        assert 10 < len(every) < query.CANDIDATES[conn.kind]
        with monkeypatch.context() as patch:
            patch.setattr(query, "CANDIDATES", {conn.kind: 10})
            capped = query._ranked(conn, ["工作"], tags, None)
        assert sorted((r[0] for r in capped), reverse=True) == sorted(every, reverse=True)[:10]
        assert [r[2] for r in capped] == sorted((every[r[0]] for r in capped), reverse=True)


@pytest.mark.parametrize("module_archive", ["sqlite"], indirect=True)  # SQLite's two ways; PostgreSQL has one
def test_filtered_ranking_is_the_same_whichever_way_sqlite_computes_it(archive, monkeypatch) -> None:
    """SQLite ranks a filtered search over the id range of its newest matches, or — where that
    range holds many other matches — with the filter term in the ranked query: same scores."""
    conn, _ = archive
    assert not conn.postgres
    for words, tags, org in ((["慰问"], ["tplan"], None), (["工作"], ["y2023"], None), (["慰问"], ["tsummary"], "青禾")):
        by_range = query._ranked(conn, words, tags, org)
        monkeypatch.setattr(query, "SPREAD", 0)
        by_term = query._ranked(conn, words, tags, org)
        monkeypatch.undo()
        assert by_range and [tuple(r) for r in by_range] == [tuple(r) for r in by_term]


def test_org_filter_is_index_terms_with_the_same_hits(archive, monkeypatch) -> None:
    """--org names orgs by a part of their name; their terms narrow the index, and the hits are
    those of checking each match's org (what an --org naming very many orgs still does)."""
    conn, _ = archive
    assert [r[0] for r in conn.execute("SELECT org FROM orgs ORDER BY org")] == sorted(
        {r[0] for r in conn.execute("SELECT org FROM documents WHERE org IS NOT NULL")})
    by_terms = [[(h.title, h.org, h.snippet, h.score) for h in search(conn, q, org=org)]
                for q, org in (("慰问", "青禾"), ("双拥", "社区"), ("慰问", "退役军人事务局"))]
    monkeypatch.setattr(query, "MAX_ORGS", 0)
    by_check = [[(h.title, h.org, h.snippet, h.score) for h in search(conn, q, org=org)]
                for q, org in (("慰问", "青禾"), ("双拥", "社区"), ("慰问", "退役军人事务局"))]
    assert all(by_terms) and by_terms == by_check
    assert all("青禾" in h[1] for h in by_terms[0]) and all("社区" in h[1] for h in by_terms[1])
    assert search(conn, "慰问", org="没有这个单位") == []
