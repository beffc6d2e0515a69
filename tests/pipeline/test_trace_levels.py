"""Trace: a level an office keeps down (失业率, 价格涨幅, 事故发生率) set with no bounding word is met by less, a fall
asked of it ("下降10%") only by as large a fall; a summary that also plans gives evidence only from its look-back parts."""

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


PLAN_2025 = """西岭镇2025年农村人居环境整治工作计划
一、重点任务
（一）新建农村公厕12座。
（二）开展村庄清洁行动，完成生活污水治理村8个。
"""
REPORT_AND_PLAN = """西岭镇2025年工作总结和2026年工作计划
一、2025年工作总结
（一）人居环境整治扎实推进。全年新建农村公厕9座，村庄面貌持续改善。
二、2026年工作计划
（一）持续开展村庄清洁行动，完成生活污水治理村8个，新建农村公厕12座。
"""


def test_a_report_that_also_plans_gives_no_evidence_from_its_plan(nlp_parser, tmp_path: Path) -> None:
    """"2025年工作总结和2026年工作计划": what it sets for 2026 ("新建农村公厕12座" again) is not what 2025 did."""
    plan = _parsed(nlp_parser, tmp_path, "plan.txt", PLAN_2025)
    summary = _parsed(nlp_parser, tmp_path, "summary.txt", REPORT_AND_PLAN)
    assert summary.documents[0].doc_type == "summary_plan"
    result = trace(plan, summary, nlp_parser.nlp)
    got = {t.target.text: (t.status, t.reported_value) for t in result.targets}
    assert got == {"新建农村公厕12座": ("not_met", 9), "完成生活污水治理村8个": ("not_mentioned", None)}
    assert [m.status for m in result.measures if "生活污水" in m.text] == ["not_mentioned"]
