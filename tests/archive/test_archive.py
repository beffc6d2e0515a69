"""Archive: idempotent ingest, failures recorded, resume after a kill, search, series, export."""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from jihua.pipeline.archive import db
from jihua.pipeline.archive.history import diff_years, find_series, history
from jihua.pipeline.archive.ingest import add
from jihua.pipeline.archive.query import search, series_list, stats
from jihua.pipeline.config import Config
from jihua.schemas.plan import ParseResult

ROOT = Path(__file__).resolve().parents[2]
PLANS = ("qinghe-2023-plan.styled.docx", "qinghe-2024-plan.pdf", "qinghe-2023-summary.gb18030.txt",
         "qinghe-compilation.html")


@pytest.fixture(scope="module")
def archive(tmp_path_factory, corpus_files: Path, module_archive):
    folder = tmp_path_factory.mktemp("plans")
    for name in PLANS:
        shutil.copy(corpus_files / name, folder / name)
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not really a docx")
    conn = db.connect(module_archive("archive"))
    first = add(conn, [folder], Config(workers=2))
    second = add(conn, [folder], Config(workers=2))
    return conn, first, second


def _consistent(conn: db.Archive) -> None:
    """Every stored file has exactly the documents its parse holds: nothing half-written."""
    for file_id, parse_json in conn.execute("SELECT id, parse_json FROM files"):
        expected = len(json.loads(parse_json)["documents"])
        stored = conn.execute("SELECT count(*) FROM documents WHERE file_id = ?", (file_id,)).fetchone()[0]
        assert stored == expected


def test_ingest_is_idempotent_and_records_failures(archive) -> None:
    conn, first, second = archive
    assert len(first.added) == len(PLANS) and [Path(p).name for p, _ in first.failed] == ["broken.docx"]
    assert second.added == [] and len(second.skipped) == len(PLANS)
    assert conn.execute("SELECT count(*) FROM files").fetchone()[0] == len(PLANS)
    reasons = [r for (r,) in conn.execute("SELECT reason FROM errors")]
    assert reasons and all("broken.docx" in r and "corrupt" in r for r in reasons)
    assert db.schema_version(conn) == db.LATEST
    _consistent(conn)


def test_search_finds_chinese_words_inside_compounds(archive) -> None:
    conn, _, _ = archive
    hits = search(conn, "联席会议", year=2024)
    assert hits and all(h.year == 2024 for h in hits)
    assert "【联席会议】" in hits[0].snippet and hits[0].section == "服务部队练兵备战"
    # 慰问 is indexed even where jieba keeps 走访慰问 as one word
    assert any("【慰问】" in h.snippet for h in search(conn, "慰问", doc_type="summary"))
    assert search(conn, "慰问", section_type="problems") == []
    # a year standing alone in the query filters by year ("2024年 联席会议"), not by the characters 2024年
    assert {h.year for h in search(conn, "2024年 联席会议")} == {2024}
    assert {h.year for h in search(conn, "2023 联席会议")} == {2023}
    # a query typed in full-width (an IME's full-width mode) finds the half-width figure
    assert "【60】" in search(conn, "专项经费６０万元", year=2024)[0].snippet


def test_series_history_and_yearly_diff(archive) -> None:
    conn, _, _ = archive
    keys = {s["series"]: s for s in series_list(conn)}
    plan_series = keys["青禾县退役军人事务局|双拥工作计划"]
    assert plan_series["years"] == [2023, 2024]
    assert "青禾县退役军人事务局|双拥工作总结" in keys and "城关社区|双拥工作计划" in keys
    data = history(conn, find_series(conn, "双拥工作计划") or "")
    assert [y["year"] for y in data["years"]] == [2023, 2024]
    assert data["years"][1]["sections_added"] == ["加强退役军人服务保障"]
    track = next(t for t in data["targets"] if t["label"].startswith("组织军民共建活动"))
    assert [v["value"] for v in track["values"]] == [5, 8]
    result = diff_years(conn, "青禾县退役军人事务局|双拥工作计划", 2023, 2024)
    assert result is not None and result.summary.targets_raised == 5  # 每季度 → 每月 and 每半年 → 每季度 too
    metric = next(m for m in data["metrics"] if m["metric"] == "组织军民共建活动")
    assert [y["value"] for y in metric["years"]] == [5, 8] and metric["chart"] == "▁█"
    counts = stats(conn)
    assert counts["by_year"]["2024"] == 1 and counts["by_doc_type"]["summary"] == 1


def test_export_round_trip(archive, tmp_path: Path) -> None:
    from jihua.pipeline.archive.export import export_csv, export_jsonl, export_parquet

    conn, _, _ = archive
    assert export_jsonl(conn, tmp_path / "all.jsonl") == len(PLANS)
    parses = [ParseResult.model_validate_json(line) for line in (tmp_path / "all.jsonl").read_text("utf-8").splitlines()]
    assert sum(len(p.documents) for p in parses) == conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    export_csv(conn, tmp_path / "csv")
    with (tmp_path / "csv" / "targets.csv").open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == conn.execute("SELECT count(*) FROM targets").fetchone()[0]
    # each target with its metric and its figure normalised to a base unit (50万元 is 500,000 元)
    assert all(r["metric"] and r["value_text"] for r in rows)
    money = [r for r in rows if r["unit"] == "万元"]
    assert money and all(float(r["normalized"]) == float(r["value"]) * 10_000 and r["base_unit"] == "元"
                         for r in money)
    import pyarrow.parquet as pq

    export_parquet(conn, tmp_path / "pq")
    table = pq.read_table(tmp_path / "pq" / "sections.parquet")
    assert table.num_rows == conn.execute("SELECT count(*) FROM sections").fetchone()[0]
    assert set(table.column_names) >= {"document_id", "heading", "level", "type"}


def test_changed_file_is_a_new_version(tmp_path: Path, corpus_files: Path, new_archive) -> None:
    conn = db.connect(new_archive("a"))
    path = tmp_path / "plan.md"
    shutil.copy(corpus_files / "qinghe-2023-plan.md", path)
    add(conn, [path], Config(workers=1, nlp=False))
    path.write_text(path.read_text("utf-8").replace("不少于5次", "不少于6次"), encoding="utf-8")
    add(conn, [path], Config(workers=1, nlp=False))
    rows = conn.execute("SELECT current FROM files WHERE path = ? ORDER BY id", (str(path),)).fetchall()
    assert [r[0] for r in rows] == [0, 1]
    assert stats(conn)["documents"] == 1, "only the current version counts"
    current_items = conn.execute("SELECT count(*) FROM items i JOIN documents d ON d.id = i.document_id "
                                 "JOIN files f ON f.id = d.file_id AND f.current = 1").fetchone()[0]
    assert conn.execute("SELECT count(*) FROM search").fetchone()[0] == current_items, "old version left the index"


def test_a_file_added_again_by_another_spelling_of_its_path_is_one_file(tmp_path: Path, corpus_files: Path,
                                                                          new_archive, monkeypatch) -> None:
    conn = db.connect(new_archive("spelling"))
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(corpus_files / "qinghe-2023-plan.md", folder / "plan.md")
    monkeypatch.chdir(tmp_path)
    add(conn, [Path("plans")], Config(workers=1, nlp=False))  # relative, from the archive's folder
    (folder / "plan.md").write_text((folder / "plan.md").read_text("utf-8").replace("不少于5次", "不少于6次"),
                                    encoding="utf-8")
    monkeypatch.chdir(folder)
    add(conn, [Path("../plans/plan.md")], Config(workers=1, nlp=False))  # from elsewhere, spelled otherwise
    rows = [tuple(r) for r in conn.execute("SELECT path, current FROM files ORDER BY id")]
    assert rows == [(str(folder / "plan.md"), 0), (str(folder / "plan.md"), 1)]


def test_a_copy_under_another_name_is_noted_and_serves_when_the_original_is_gone(tmp_path: Path, corpus_files: Path,
                                                                                new_archive) -> None:
    """The same plan saved in two folders under two names is stored once; the second place is
    noted (once, however often it is added again) and the original is read from it when its own
    path is gone."""
    from jihua.pipeline.archive.browse import document, documents, on_disk

    conn = db.connect(new_archive("copies"))
    first, second = tmp_path / "科室" / "计划.md", tmp_path / "备份" / "2023计划副本.md"
    for path in (first, second):
        path.parent.mkdir()
        shutil.copy(corpus_files / "qinghe-2023-plan.md", path)
    add(conn, [first], Config(workers=1, nlp=False))
    report = add(conn, [second.parent], Config(workers=1, nlp=False))
    assert report.added == [] and report.copies == [str(second)]
    assert add(conn, [second], Config(workers=1, nlp=False)).copies == [], "a copy is noted once"
    assert add(conn, [first], Config(workers=1, nlp=False)).copies == [], "the stored path is no copy of itself"
    assert stats(conn)["files"] == 1 and stats(conn)["copies"] == 1
    found = document(conn, documents(conn)[0]["id"])
    assert found is not None
    info = found[2]
    assert info["copies"] == [str(second)] and on_disk(info) == str(first)
    first.unlink()
    assert on_disk(info) == str(second)
    # the copy edited in place is no longer the archived file: not served under its name
    second.write_text(second.read_text("utf-8").replace("不少于5次", "不少于6次"), encoding="utf-8")
    assert on_disk(info) is None
    add(conn, [second], Config(workers=1, nlp=False))  # and once added, it is a file of its own, no copy
    assert stats(conn)["copies"] == 0 and stats(conn)["files"] == 2


def test_killed_ingest_resumes_without_partial_documents(tmp_path: Path, corpus_files: Path, new_archive) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    total = 150
    for k in range(total):  # distinct content so nothing is skipped as a duplicate
        text = (corpus_files / "qinghe-2023-plan.md").read_text("utf-8")
        (folder / f"plan-{k:02d}.md").write_text(text + f"\n\n附：第{k}份副本。\n", encoding="utf-8")
    database = new_archive("kill")
    cmd = [sys.executable, "-m", "jihua", "archive", "add", str(folder), "--db", database, "-j", "2"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    deadline = time.time() + 240
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            peek = db.connect(database, read_only=True)
            stored = peek.execute("SELECT count(*) FROM files").fetchone()[0]
            peek.close()
        except db.ArchiveError:  # not created yet
            continue
        if stored >= 2:
            break
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    conn = db.connect(database)
    _consistent(conn)
    interrupted = conn.execute("SELECT count(*) FROM files").fetchone()[0]
    assert 0 < interrupted < total, "the kill landed mid-run"
    report = add(conn, [folder], Config(workers=2, nlp=False))
    assert len(report.skipped) == interrupted and len(report.added) == total - interrupted
    assert conn.execute("SELECT count(*) FROM files").fetchone()[0] == total
    _consistent(conn)


def test_archive_commands_end_to_end(tmp_path: Path, corpus_files: Path, new_archive) -> None:
    database = new_archive("cli")

    def jihua(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "jihua", "archive", *args, "--db", database], cwd=ROOT,
                              capture_output=True, text=True, timeout=600)

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("qinghe-2023-plan.md", "qinghe-2024-plan.pdf"):
        shutil.copy(corpus_files / name, folder / name)
    added = jihua("add", str(folder), "-j", "1")
    assert added.returncode == 0 and "added 2" in added.stderr
    hits = json.loads(jihua("search", "联席会议", "--year", "2024", "--json").stdout)
    assert hits and hits[0]["year"] == 2024 and "【联席会议】" in hits[0]["snippet"]
    series = json.loads(jihua("series", "--json").stdout)
    assert series[0]["years"] == [2023, 2024]
    history_out = jihua("history", "双拥工作计划").stdout
    assert "组织军民共建活动: 全年≥5次 → 全年≥8次" in history_out and "每季度1次 → 每月1次" in history_out
    report = tmp_path / "d.md"
    assert jihua("diff", "双拥工作计划", "2023", "2024", "-o", str(report)).returncode == 0
    assert "## 新旧对照表" in report.read_text(encoding="utf-8")
    assert json.loads(jihua("stats", "--json").stdout)["by_year"] == {"2023": 1, "2024": 1}
    assert jihua("export", str(tmp_path / "out"), "--format", "csv").returncode == 0
    assert (tmp_path / "out" / "items.csv").exists()
    missing = jihua("history", "不存在的系列")
    assert missing.returncode == 1 and "no series" in missing.stderr


def test_add_stores_parse_output_without_parsing_again(tmp_path: Path, corpus_files: Path, new_archive,
                                                       parser) -> None:
    """`jihua parse --jsonl -o parsed.jsonl` on one machine, `archive add parsed.jsonl` on another."""
    result = parser.parse(corpus_files / "qinghe-2023-plan.md")
    lines = tmp_path / "parsed.jsonl"
    lines.write_text(result.model_dump_json() + "\n", encoding="utf-8")
    conn = db.connect(new_archive("jsonl"))
    report = add(conn, [lines], Config(workers=1, nlp=False))
    assert report.added == [result.source.path] and not report.failed
    stored = conn.execute("SELECT parse_json FROM files").fetchone()[0]
    assert ParseResult.model_validate_json(stored) == result
    assert add(conn, [lines], Config(workers=1, nlp=False)).skipped == [result.source.path]
