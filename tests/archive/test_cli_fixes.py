"""The archive's command line as a new user meets it: empty and missing archives said so, no
matches said so, Chinese filter values, one hit per passage across formats, series chosen by
title and org words with the alternatives listed, history showing what changed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from jihua.pipeline.archive import db
from jihua.pipeline.archive.ingest import add
from jihua.pipeline.cli.main import app
from jihua.pipeline.config import Config
from typer.testing import CliRunner

# the county's plan in two formats per year, and a compilation holding another 双拥工作计划
PLANS = ("qinghe-2023-plan.styled.docx", "qinghe-2023-plan.md", "qinghe-2024-plan.pdf", "qinghe-2024-plan.docx",
         "qinghe-compilation.html")
# undated templates with no org: more documents than any other series, and no year
TEMPLATE = ("20xx年双拥工作计划\n\n一、指导思想\n坚持以服务部队为中心，推进双拥工作第{n}阶段。\n二、主要任务\n"
            "（一）开展走访慰问\n春节期间走访慰问驻地部队不少于{m}次。\n三、保障措施\n明确责任分工，抓好工作落实。\n")


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory, corpus_files: Path) -> Path:
    folder = tmp_path_factory.mktemp("plans")
    for name in PLANS:
        source = corpus_files / name
        if not source.exists():  # the 2024 plan's DOCX is named .styled.docx
            source = corpus_files / name.replace(".docx", ".styled.docx")
        shutil.copy(source, folder / source.name)
    for n in range(1, 4):
        (folder / f"template-{n}.txt").write_text(TEMPLATE.format(n=n, m=n + 2), encoding="utf-8")
    path = tmp_path_factory.mktemp("db") / "archive.sqlite"
    conn = db.connect(path)
    report = add(conn, [folder], Config(workers=2))
    conn.close()
    assert not report.failed and len(report.added) == len(PLANS) + 3
    return path


def jihua(*args: str):
    return CliRunner().invoke(app, ["archive", *args])


def test_missing_and_empty_archives_are_said_so(tmp_path: Path) -> None:
    missing = tmp_path / "none.sqlite"
    result = jihua("search", "慰问", "--db", str(missing))
    assert result.exit_code == 1 and "no archive at" in result.stderr and not missing.exists()
    empty = tmp_path / "empty.sqlite"
    db.connect(empty).close()
    for command in (["search", "慰问"], ["series"], ["history", "双拥工作计划"], ["stats"]):
        result = jihua(*command, "--db", str(empty))
        assert result.exit_code == 1 and "the archive is empty" in result.stderr, command


def test_no_matches_is_said_so(database: Path) -> None:
    result = jihua("search", "航天发射", "--db", str(database))
    assert result.exit_code == 1 and result.stdout == "" and "no matches for '航天发射'" in result.stderr


def test_chinese_filter_values_are_accepted(database: Path) -> None:
    english = jihua("search", "慰问", "--type", "plan", "--section-type", "measures", "--json", "--db", str(database))
    chinese = jihua("search", "慰问", "--type", "计划", "--section-type", "措施", "--json", "--db", str(database))
    assert english.exit_code == chinese.exit_code == 0
    hits = json.loads(chinese.stdout)
    assert hits and hits == json.loads(english.stdout)
    assert {h["section_type"] for h in hits} == {"measures"} and {h["doc_type"] for h in hits} == {"plan"}


def test_unknown_filter_value_lists_the_valid_ones(database: Path) -> None:
    result = jihua("search", "慰问", "--section-type", "做法", "--db", str(database))
    assert result.exit_code == 2
    assert "unknown --section-type '做法'" in result.stderr and "measures (措施)" in result.stderr
    result = jihua("search", "慰问", "--type", "报表", "--db", str(database))
    assert result.exit_code == 2 and "plan (计划)" in result.stderr


def test_one_hit_per_passage_across_formats(database: Path) -> None:
    hits = json.loads(jihua("search", "联席会议", "--year", "2023", "--json", "--db", str(database)).stdout)
    passages = [(h["title"], h["section_id"], h["snippet"]) for h in hits]
    assert hits and len(passages) == len(set(passages))
    county = [h for h in hits if h["org"] == "青禾县退役军人事务局"]
    assert county and all(sorted(h["formats"]) == ["docx", "md"] for h in county)


def test_heading_hit_folds_into_its_paragraph(database: Path) -> None:
    # "开展走访慰问" is a heading in the 2024 plan, and its paragraph says 走访慰问 too
    hits = json.loads(jihua("search", "走访慰问", "--year", "2024", "--section-type", "措施", "--json",
                            "--db", str(database)).stdout)
    in_section = [h for h in hits if h["section"] == "开展走访慰问"]
    assert len(in_section) == 1 and in_section[0]["snippet"] != "2.开展【走访慰问】"


def test_limit_counts_distinct_passages(database: Path) -> None:
    # every county passage exists in two formats: --limit still gives that many distinct passages
    hits = json.loads(jihua("search", "双拥", "--limit", "12", "--json", "--db", str(database)).stdout)
    assert len(hits) == 12
    assert len({(h["title"], h["section_id"], h["snippet"]) for h in hits}) == 12


def test_series_rows_without_org_do_not_start_with_a_bar(database: Path) -> None:
    lines = jihua("series", "--db", str(database)).stdout.splitlines()
    assert lines and not any(line.startswith("|") for line in lines)
    assert any(line.startswith("双拥工作计划（未署单位）") for line in lines)
    # … and the row's name as printed chooses that series
    history = jihua("history", "双拥工作计划（未署单位）", "--db", str(database))
    assert history.exit_code == 0 and history.stdout.startswith("series 双拥工作计划（未署单位）\n")


def test_history_picks_the_dated_series_and_lists_the_others(database: Path) -> None:
    result = jihua("history", "双拥工作计划", "--db", str(database))
    assert result.exit_code == 0
    assert result.stdout.startswith("series 青禾县退役军人事务局|双拥工作计划")
    # a 工作安排 is a plan by another name: its series is named and found as a 工作计划's
    assert "3 other series also match '双拥工作计划'" in result.stderr
    assert "城关社区|双拥工作计划" in result.stderr and "双拥工作计划（未署单位）" in result.stderr
    assert "南湖街道|双拥工作计划  南湖街道2023年双拥工作安排" in result.stderr


def test_series_by_title_and_org_words(database: Path) -> None:
    for name in ("青禾 双拥工作计划", "城关社区 双拥工作计划", "青禾县退役军人事务局|双拥工作计划"):
        result = jihua("history", name, "--db", str(database))
        assert result.exit_code == 0, name
    assert jihua("history", "城关社区 双拥工作计划", "--db", str(database)).stdout.startswith("series 城关社区|")
    missing = jihua("history", "青禾 国防教育", "--db", str(database))
    assert missing.exit_code == 1 and "no series matches" in missing.stderr


def test_diff_picks_the_series_having_both_years(database: Path, tmp_path: Path) -> None:
    report = tmp_path / "d.md"
    result = jihua("diff", "双拥工作计划", "2023", "2024", "-o", str(report), "--db", str(database))
    assert result.exit_code == 0 and "加强退役军人服务保障" in report.read_text(encoding="utf-8")


def test_history_shows_what_changed_unless_all(database: Path) -> None:
    short = jihua("history", "青禾 双拥工作计划", "--db", str(database)).stdout
    assert "组织军民共建活动: 全年≥5次 → 全年≥8次" in short and "100% → 100%" not in short
    assert "targets unchanged; --all lists them" in short
    full = jihua("history", "青禾 双拥工作计划", "--all", "--db", str(database)).stdout
    assert "100% → 100%" in full and "targets unchanged" not in full
