"""History tells the archivist what the diff's section pairing found: renamed, split-off and
merged parts are listed, and kept counts distinct new sections (never more than either year has)."""

from __future__ import annotations

from pathlib import Path

from jihua.pipeline.archive import db
from jihua.pipeline.archive.history import history
from jihua.pipeline.archive.ingest import add
from jihua.pipeline.cli.main import app
from jihua.pipeline.config import Config
from typer.testing import CliRunner

PLAN = """松岭县卫生健康局{year}年爱国卫生工作计划

一、工作目标
城乡环境卫生整洁行动覆盖率达到{share}%以上。

二、主要任务
{tasks}
松岭县卫生健康局
{year}年1月10日
"""
WHOLE = """（一）深入开展城乡环境整治
集中清理农村生活垃圾和卫生死角，推进农贸市场规范化改造。
每月组织一次全县环境卫生大扫除。
（二）推进健康县城建设
开展健康社区、健康学校、健康机关创建活动。
建设健康主题公园和健康步道，普及全民健身知识。
组织健康素养巡讲不少于30场，发放健康教育资料。
开展控烟宣传，推进无烟机关和无烟医院建设。
（三）加强病媒生物防制
开展春秋两季灭鼠灭蟑集中行动。
"""
# the first part renamed, the health-education half of the second split off as its own part
SPLIT = """（一）持续改善城乡人居环境
集中清理农村生活垃圾和卫生死角，推进农贸市场规范化改造。
每月组织一次全县环境卫生大扫除。
（二）推进健康县城建设
开展健康社区、健康学校、健康机关创建活动。
建设健康主题公园和健康步道，普及全民健身知识。
（三）深化健康教育和控烟工作
组织健康素养巡讲不少于35场，发放健康教育资料。
开展控烟宣传，推进无烟机关和无烟医院建设。
（四）加强病媒生物防制
开展春秋两季灭鼠灭蟑集中行动。
"""


def _archive(tmp_path: Path, years: dict[int, str]) -> Path:
    folder = tmp_path / "plans"
    folder.mkdir()
    for year, tasks in years.items():
        (folder / f"爱卫{year}.txt").write_text(PLAN.format(year=year, share=70 + year % 100, tasks=tasks), "utf-8")
    path = tmp_path / "a.sqlite"
    conn = db.connect(path)
    assert not add(conn, [folder], Config(workers=1)).failed
    conn.close()
    return path


def test_history_lists_renames_and_split_parts_and_counts_kept_once(tmp_path: Path) -> None:
    path = _archive(tmp_path, {2024: WHOLE, 2025: SPLIT, 2026: WHOLE})
    conn = db.connect(path)
    years = history(conn, "松岭县卫生健康局|爱国卫生工作计划")["years"]
    conn.close()
    split, merged = years[1], years[2]
    assert split["sections_kept"] <= min(years[0]["sections"], split["sections"])
    assert {"old": "深入开展城乡环境整治", "new": "持续改善城乡人居环境"} in split["sections_renamed"]
    assert split["sections_split"] == [{"from": "推进健康县城建设", "new": "深化健康教育和控烟工作"}]
    assert merged["sections_merged"] == [{"old": "深化健康教育和控烟工作", "into": "推进健康县城建设"}]
    assert merged["sections_kept"] <= min(split["sections"], merged["sections"])
    out = CliRunner().invoke(app, ["archive", "history", "松岭", "爱国卫生", "--db", str(path)]).stdout
    assert "split off 推进健康县城建设→深化健康教育和控烟工作" in out
    assert "renamed 深入开展城乡环境整治→持续改善城乡人居环境" in out and "added []" not in out


def test_history_shows_a_comparison_that_moved_and_keeps_figures_out_of_its_terms(tmp_path: Path) -> None:
    """"不少于30场 → 不少于35场" reads with its sign (a figure alone hides 30 → ≥30); the rising and falling
    terms are words, never a figure ("35") nor a comparison word's fragment ("不少")."""
    path = _archive(tmp_path, {2024: WHOLE, 2025: SPLIT + "（五）推进农村厕所革命\n新建农村卫生厕所不少于500座，开展厕所粪污治理。\n"})
    conn = db.connect(path)
    [_, later] = history(conn, "松岭县卫生健康局|爱国卫生工作计划")["years"]
    conn.close()
    terms = later["rising_terms"] + later["falling_terms"]
    assert terms and all(not any(ch.isdigit() for ch in t) and t not in ("不少", "以上") for t in terms)
    out = CliRunner().invoke(app, ["archive", "history", "松岭", "爱国卫生", "--db", str(path)]).stdout
    assert "≥30场 → ≥35场" in out
