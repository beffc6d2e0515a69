"""A level an office keeps down (失业率, 价格涨幅, 事故发生率) set with no bounding word is met by less; a fall asked of
it ("下降10%") is met only by as large a fall."""

from __future__ import annotations

from pathlib import Path

from jihua.pipeline.compare.trace import trace

PLAN = """北川县人力资源和社会保障局2025年工作计划
一、主要目标
城镇登记失业率3.5%左右，全年城镇新增就业2000人以上，工伤事故发生率0.6‰，劳动保障监察举报投诉下降10%。
"""
SUMMARY = """北川县人力资源和社会保障局2025年工作总结
一、主要成效
城镇登记失业率为3.1%，全年城镇新增就业2150人，工伤事故发生率0.8‰，劳动保障监察举报投诉下降6%。
"""


def _parsed(parser, tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parser.parse(path)


def test_a_level_kept_down_is_met_by_less_and_a_fall_by_as_much(nlp_parser, tmp_path: Path) -> None:
    plan = _parsed(nlp_parser, tmp_path, "plan.txt", PLAN)
    summary = _parsed(nlp_parser, tmp_path, "summary.txt", SUMMARY)
    got = {t.target.text: (t.status, t.reported_value) for t in trace(plan, summary, nlp_parser.nlp).targets}
    assert got == {
        "城镇登记失业率3.5%左右": ("met", 3.1),
        "全年城镇新增就业2000人以上": ("met", 2150),
        "工伤事故发生率0.6‰": ("not_met", 0.8),
        "劳动保障监察举报投诉下降10%": ("not_met", 6),
    }
