"""The year of a document whose title names none: its signing and its schedule, not the years it cites.

A plan's text cites other documents by title (《…规划（2021—2035年）》), names the ends of ranges and
describes past spans ("2001年至2020年间"); none of those is the year it plans. Its closing date line and
the first dated stage of its schedule are.
"""

from __future__ import annotations

import pytest
from jihua.pipeline.model import Unit
from jihua.pipeline.text_year import year_from_text
from jihua.schemas.blocks import Block, Provenance

_PLAN = [
    "青岚区文化馆非物质文化遗产资料数字化实施方案",
    "为贯彻落实《某省文化和旅游发展规划（2021—2035年）》，按照区委、区政府部署，全面整理2001年至2020年间"
    "全区非遗普查形成的档案资料，结合我馆实际，制定本方案。",
    "一、工作目标",
    "在2028年6月底前完成全区非遗资料数字化，建成区级非遗数据库，录入项目资料不少于400项。",
    "二、实施步骤",
    "（一）摸底调查阶段（2026年4月—2026年8月）",
    "全面清点馆藏资料，建立资料清单，组织业务培训不少于2期，培训人员不少于60人次。",
    "（二）集中采录阶段（2026年9月—2027年9月）",
    "完成代表性传承人口述采录不少于45人，拍摄影像资料不少于300小时，于2027年9月底前汇总入库。",
    "（三）验收上线阶段（2027年10月—2028年6月）",
    "组织专家对数字化成果进行验收，验收通过后在区文化馆网站开放查询。",
    "三、保障措施",
    "区财政安排专项经费不少于85万元，专款专用。",
]
_SIGNED = ["青岚区文化馆", "2026年3月20日"]


@pytest.mark.parametrize("closing", [_SIGNED, []], ids=["signed", "unsigned"])
def test_a_plan_is_dated_by_its_stages_not_by_the_years_it_cites(parser, tmp_path, closing: list[str]) -> None:
    """Cited in 《》, 2035 is another plan's horizon; 2001—2020 is a past span the plan describes. Signed or
    not, the plan is 2026's (its first stage, its date line), and its stages' figures are what it sets."""
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(_PLAN + closing), encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert doc.year == 2026
    staged = {(t.value, t.unit): t.stance for t in doc.targets}
    assert {staged.get(k) for k in [(2, "期"), (60, "人次"), (45, "人"), (300, "小时")]} == {"set"}


def _units(*texts: str) -> list[Unit]:
    return [Unit(text=t, block=Block(text=t, prov=Provenance(file="t", index=i))) for i, t in enumerate(texts)]


def test_cited_titles_and_range_ends_name_no_year_of_the_text() -> None:
    units = _units("依据《某市国土空间总体规划（2021—2035年）》，回顾2011年至2020年间的建设历程，2024年全面启动更新改造。")
    assert year_from_text(units) == 2024


def test_a_summary_signed_early_in_the_next_year_keeps_the_year_it_sums_up() -> None:
    units = _units("2025年，站里全年接待群众来访1200人次，调处纠纷86件。")
    assert year_from_text(units, signed=2026, summary=True) == 2025
    assert year_from_text(units, signed=2026) == 2026  # a plan signed in 2026 is 2026's


def test_a_plan_signed_in_the_last_months_of_a_year_is_for_the_next_when_its_text_says_so() -> None:
    units = _units("2027年是全面完成“十五五”目标任务的关键一年，全局要聚焦主责主业。", "到2027年底，供水管网漏损率控制在9%以内。")
    assert year_from_text(units, signed=2026, signed_late=True) == 2027
    assert year_from_text(units, signed=2026) == 2026  # signed in the year itself: that year's
    assert year_from_text(units, signed=2026, summary=True, signed_late=True) == 2026  # a summary sums up its own


def test_a_cited_documents_year_dates_a_text_that_names_no_other() -> None:
    units = _units("为贯彻落实《某市2027年和美乡村建设工作要点》，结合我镇实际，制定本方案。")
    assert year_from_text(units) == 2027


def test_only_a_stage_dates_the_schedule() -> None:
    from jihua.pipeline.rules.periods import schedule_year

    assert schedule_year(["2026年4月—6月：集中攻坚"]) == 2026
    assert schedule_year(["2025年工作总结", "2026年工作计划"]) is None  # parts named by a year, no stage
    assert schedule_year(["落实整改进度（2025年）"]) is None


def test_a_date_inside_a_tasks_words_dates_no_stage(parser, tmp_path) -> None:
    text = ["枫林镇农业农村工作计划", "2026年，全镇农业农村工作要巩固脱贫攻坚成果，推进乡村全面振兴。",
            "一、重点工作", "（一）巩固2025年11月集中整治成果", "持续开展村庄清洁行动，全年不少于4次。",
            "（二）提升农田水利设施", "新建高标准农田2000亩。", "枫林镇人民政府", "2026年1月20日"]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(text), encoding="utf-8")
    assert parser.parse(path).documents[0].year == 2026


def test_a_plan_issued_in_december_plans_the_coming_year(parser, tmp_path) -> None:
    text = ["柳川区园林绿化局工作要点", "2027年是城市更新三年行动的收官之年，全局要抓好以下工作。", "一、重点任务",
            "到2027年底，城区绿化覆盖率达到43%以上，新建口袋公园12个。", "柳川区园林绿化局", "2026年12月28日"]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(text), encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert doc.year == 2027
    assert {(t.value, t.unit) for t in doc.targets} >= {(43, "%"), (12, "个")}


STATED_TERM_PLAN = """青岚县“美丽河湖”提升行动方案

为持续改善水生态环境，结合我县实际，制定本方案。本方案实施期限为2025—2026年。
一、工作目标
到2025年底，全县地表水优良水体比例达到85%，2026年达到90%以上；农村黑臭水体治理率2025年达到70%，2026年达到85%。
二、重点任务
（一）整治入河排污口。2025年整治排污口60个，2026年累计整治120个。
"""


def test_a_plan_stating_its_own_term_is_dated_by_its_first_year(parser, tmp_path) -> None:
    """"本方案实施期限为2025—2026年" dates an undated title's plan by 2025, as "（2025—2026年）" in its title would:
    its 2025 stages are set, not reported as past, and its 2026 stages are its own too."""
    path = tmp_path / "plan.txt"
    path.write_text(STATED_TERM_PLAN, encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert doc.year == 2025
    assert sorted(t.value for t in doc.targets) == [60, 70, 85, 85, 90, 120]
    assert not doc.achievements


def test_a_projects_own_term_or_a_summarys_cited_term_dates_nothing(parser, tmp_path) -> None:
    """"项目实施期限为2027—2029年" is that project's; a summary citing a plan's term keeps the year it sums up."""
    from jihua.pipeline.rules.periods import stated_term
    assert stated_term(["该项目实施期限为2027—2029年。"]) is None
    assert stated_term(["实施时间：2026年3月至2027年12月。"]) == (2026, 2027)
    path = tmp_path / "summary.txt"
    path.write_text("青岚县河湖治理工作总结\n\n按照全县行动方案，实施期限为2024—2026年。2025年，全县整治排污口60个。\n",
                    encoding="utf-8")
    assert parser.parse(path).documents[0].year == 2025
