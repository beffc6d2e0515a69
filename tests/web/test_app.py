"""The web application without a browser: read-only unless allowed, clear pages for what is
missing, escaped snippets, charts with gaps, and `jihua serve` refusing a missing archive."""

from __future__ import annotations

import inspect
import re
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from jihua.pipeline.archive import browse, db
from jihua.pipeline.cli.main import app as cli
from jihua.pipeline.runner import sha256_of
from jihua.pipeline.web.app import create_app, marked
from jihua.pipeline.web.charts import target_chart
from jihua.pipeline.web.serve import serve
from typer.testing import CliRunner


@pytest.fixture(scope="module")
def archive_copy(corpus_archive: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("readonly") / "archive.sqlite"
    shutil.copy(corpus_archive, path)
    return path


def test_read_only_unless_allowed(archive_copy: Path) -> None:
    client = TestClient(create_app(archive_copy, allow_upload=False))
    before = len(browse.documents(db.connect(archive_copy)))
    form = client.get("/upload")
    assert form.status_code == 403 and "--allow-upload" in form.text
    posted = client.post("/upload", files={"files": ("计划.txt", "2025年工作计划\n一、主要任务\n做好工作。".encode())})
    assert posted.status_code == 403
    assert len(browse.documents(db.connect(archive_copy))) == before
    assert not (archive_copy.parent / "archive-uploads").exists()


def test_missing_things_get_a_page_in_chinese(archive_copy: Path, tmp_path: Path) -> None:
    client = TestClient(create_app(archive_copy))
    assert client.get("/documents/999999").status_code == 404
    assert "没有这个系列" in client.get("/series/view", params={"key": "不存在的系列"}).text
    # an archived file that is no longer on this machine: its path is said, nothing else served
    conn = db.connect(archive_copy)
    file_id = conn.execute("SELECT max(id) FROM files").fetchone()[0]
    conn.execute("UPDATE files SET path = ? WHERE id = ?", (str(tmp_path / "gone.docx"), file_id))
    conn.close()
    gone = client.get(f"/files/{file_id}")
    assert gone.status_code == 404 and "原文件不在本机" in gone.text
    wrong = client.get("/compare", params={"old": "abc", "new": "4"})  # a hand-typed address
    assert wrong.status_code == 422 and "text/html" in wrong.headers["content-type"] and "参数" in wrong.text


def test_a_gbk_text_original_is_sent_with_its_own_charset(archive_copy: Path, tmp_path: Path) -> None:
    client = TestClient(create_app(archive_copy))
    original = tmp_path / "计划.txt"
    original.write_bytes("某县2025年双拥工作计划\n一、主要任务\n全年开展走访慰问不少于2次。\n".encode("gb18030"))
    conn = db.connect(archive_copy)
    file_id = conn.execute("SELECT min(id) FROM files").fetchone()[0]
    # the row now stands for that file, bytes and all (a download serves only the archived bytes)
    conn.execute("UPDATE files SET path = ?, sha256 = ? WHERE id = ?", (str(original), sha256_of(original), file_id))
    conn.close()
    sent = client.get(f"/files/{file_id}")
    assert sent.status_code == 200 and sent.headers["content-type"] == "text/plain; charset=gb18030"
    assert sent.content.decode("gb18030").startswith("某县2025年双拥工作计划")


def test_search_page_escapes_text_and_marks_hits() -> None:
    assert str(marked("<b>【慰问】</b>金")) == "&lt;b&gt;<mark>慰问</mark>&lt;/b&gt;金"


def test_chart_leaves_a_gap_where_a_year_has_no_figure() -> None:
    svg = target_chart([2022, 2023, 2024], [{"value": 5, "unit": "次"}, None, {"value": 8, "unit": "次"}])
    assert svg.count("<circle") == 2 and "<polyline" not in svg  # two lone points, no line across 2023
    assert ">5次<" in svg and ">8次<" in svg and ">2023<" in svg
    line = target_chart([2023, 2024], [{"value": 40, "unit": "篇"}, {"value": 60, "unit": "篇"}])
    assert line.count("<polyline") == 1
    assert target_chart([2023], [None]) == ""


def test_chart_of_a_raised_frequency_plots_times_a_year() -> None:
    svg = target_chart([2023, 2024], [{"value": 1, "unit": "次", "period": "每季度"}, {"value": 1, "unit": "次", "period": "每月"}])
    assert ">4次/年<" in svg and ">12次/年<" in svg
    points = [float(y) for y in re.findall(r'<circle cx="[\d.]+" cy="([\d.]+)"', svg)]
    assert points[1] < points[0]  # drawn higher: more often


def test_serve_binds_localhost_and_refuses_a_missing_archive(tmp_path: Path) -> None:
    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"
    missing = tmp_path / "none.sqlite"
    result = CliRunner().invoke(cli, ["serve", "--db", str(missing)])
    assert result.exit_code == 1 and "no archive at" in result.stderr and not missing.exists()


def test_serve_says_it_needs_an_archive_file_not_a_server_database() -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", "postgresql://jihua@dbhost/archive"])
    assert result.exit_code == 2 and "serves an archive file" in result.stderr and "Traceback" not in result.stderr


def test_search_form_offers_the_archives_years_and_orgs(archive_copy: Path) -> None:
    conn = db.connect(archive_copy)
    years, orgs = browse.search_choices(conn)
    stored = {str(d["year"]) for d in browse.documents(conn) if d["year"]}
    assert years == sorted(stored, reverse=True) and len(years) >= 2
    assert orgs and all(o for o in orgs)
    page = TestClient(create_app(archive_copy)).get("/").text
    assert all(f'<option value="{y}"' in page for y in years)
    assert f'<option value="{orgs[0]}"' in page


def test_series_page_says_gap_years_and_a_year_from_the_file_name_and_offers_one_office(tmp_path: Path) -> None:
    from jihua.pipeline.archive.ingest import add
    from jihua.pipeline.config import Config

    folder = tmp_path / "宣传部"
    folder.mkdir()
    body = "\n\n一、强化理论武装\n全年开展理论宣讲不少于{n}场。\n"
    (folder / "a.txt").write_text("中共梅岭县委宣传部2021年工作要点" + body.format(n=80), encoding="utf-8")
    (folder / "2022年宣传工作要点.txt").write_text("梅岭县委宣传部工作要点\n\n今年" + body.format(n=90), encoding="utf-8")
    (folder / "c.txt").write_text("梅岭县委宣传部2024年工作要点" + body.format(n=120), encoding="utf-8")
    path = tmp_path / "a.sqlite"
    add(db.connect(path), [folder], Config(workers=1, nlp=False))
    conn = db.connect(path)
    _years, orgs = browse.search_choices(conn)
    assert len(orgs) == 1, "one office under its full and short names"
    page = TestClient(create_app(path)).get("/series/view", params={"key": "梅岭"}).text
    assert "2023 不在本系列" in page and "年份取自文件名" in page
    dated = {d["year"]: d["id"] for d in browse.documents(conn)}
    assert sorted(dated) == [2021, 2022, 2024]
    assert "2022（年份取自文件名）" in TestClient(create_app(path)).get(f"/documents/{dated[2022]}").text
