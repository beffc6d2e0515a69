"""A report jihua wrote (diff, trace), saved beside the plans and read back as input, is left out with its reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.extractors import extract
from jihua.pipeline import report
from jihua.pipeline.batch import parse_many
from jihua.pipeline.compare.diff import compare
from jihua.pipeline.compare.trace import trace
from jihua.pipeline.config import Config
from jihua.schemas.errors import InputError

PLAN = """南湖区司法局{year}年普法工作要点
一、重点任务
（一）开展“法律进社区”活动不少于{times}次。
（二）培训人民调解员{people}人次。
"""
SUMMARY = """南湖区司法局2025年普法工作总结
一、主要成效
全年开展“法律进社区”活动14次，培训人民调解员260人次。
"""


@pytest.fixture
def folder(nlp_parser, tmp_path: Path) -> Path:
    """Two plans, a summary, and every report jihua writes of them, in one folder as an office keeps them."""
    old, new, summary = tmp_path / "2025.txt", tmp_path / "2026.md", tmp_path / "summary.txt"
    old.write_text(PLAN.format(year=2025, times=12, people=240), encoding="utf-8")
    new.write_text(PLAN.format(year=2026, times=15, people=300), encoding="utf-8")
    summary.write_text(SUMMARY, encoding="utf-8")
    result = compare(nlp_parser.parse(old), nlp_parser.parse(new))
    for fmt in ("md", "html", "docx"):
        report.write_diff(result, fmt, tmp_path / f"对照.{fmt}")
    report.write_trace(trace(nlp_parser.parse(old), nlp_parser.parse(summary), nlp_parser.nlp), "md",
                       tmp_path / "落实.md")
    return tmp_path


@pytest.mark.parametrize("name", ["对照.md", "对照.html", "对照.docx", "落实.md"])
def test_a_report_jihua_wrote_is_no_plan(folder: Path, name: str) -> None:
    with pytest.raises(InputError, match="a report jihua wrote"):
        extract(folder / name)


def test_a_batch_reads_the_plans_and_leaves_the_reports_out(folder: Path) -> None:
    outcomes = {o.path.name: o for o in parse_many(sorted(folder.iterdir()), Config())}
    assert {name for name, o in outcomes.items() if o.ok} == {"2025.txt", "2026.md", "summary.txt"}
    assert all("a report jihua wrote" in (o.error or "") for o in outcomes.values() if not o.ok)
