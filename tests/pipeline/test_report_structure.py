"""Reports that review last year and set this year's work: part roles, types, title block, metadata.

The texts are written for these tests (a fictional city's report), in the shapes field copies take.
"""

from __future__ import annotations

from jihua.pipeline import classify
from jihua.pipeline.doc_kind import doc_type
from jihua.pipeline.meta import org_from_byline
from jihua.pipeline.model import Document, Section
from jihua.pipeline.rules.periods import part_role, plan_year
from jihua.pipeline.rules.titles import org_from_title, year_from_title


def _s(heading: str, *children: Section) -> Section:
    return Section(number="", heading=heading, level=1, unit=None, children=list(children))


def _report(doc_kind: str = "summary_plan") -> Document:
    doc = Document(title="2024年青禾市政府工作报告", units=[], doc_type=doc_kind, year=2024)
    doc.sections = [
        _s("2023年工作回顾", _s("坚持稳中求进，经济运行总体平稳"), _s("加强基层党组织建设，治理效能提升")),
        _s("2024年经济社会发展总体要求"),
        _s("2024年重点工作任务", _s("加强基层党组织建设"), _s("加大企业创新激励力度"),
           _s("强化组织领导，形成工作合力"), _s("切实加强政府自身建设")),
        _s("强化支撑保障，守牢安全稳定底线"),
    ]
    return doc


def test_period_roles_decide_the_parts_and_children_inherit() -> None:
    doc = classify.run(_report())
    got = [(s.heading, s.type) for s in doc.all_sections()]
    assert got == [
        ("2023年工作回顾", "review"), ("坚持稳中求进，经济运行总体平稳", "review"),
        ("加强基层党组织建设，治理效能提升", "review"),
        ("2024年经济社会发展总体要求", "guiding_ideology"),
        ("2024年重点工作任务", "measures"), ("加强基层党组织建设", "measures"), ("加大企业创新激励力度", "measures"),
        ("强化组织领导，形成工作合力", "safeguards"), ("切实加强政府自身建设", "safeguards"),
        ("强化支撑保障，守牢安全稳定底线", "safeguards"),
    ]
    assert doc.sections[2].type_cue.startswith("period")
    assert doc.sections[2].children[0].type_cue.startswith("inherits")


def test_part_role_compares_the_heading_year_with_the_documents() -> None:
    assert part_role("2023年重点工作完成情况", 2024)[0] == "review"  # type: ignore[index]
    assert part_role("对2024年政府工作的建议", 2024)[0] == "measures"  # type: ignore[index]
    assert part_role("今年主要任务", None)[0] == "measures"  # type: ignore[index]
    assert part_role("过去五年工作回顾", 2024)[0] == "review"  # type: ignore[index]
    assert part_role("“十五五”时期主要目标任务", 2024)[0] == "goals"  # type: ignore[index]
    assert part_role("2025年工作打算", 2024)[0] == "outlook"  # type: ignore[index]
    assert part_role("深化宣传教育", 2024) is None
    assert plan_year(["2022年工作回顾", "2023年工作总体部署", "2023年重点工作任务"]) == 2023
    assert plan_year(["过去一年工作回顾", "今年工作安排"]) is None


def test_summary_plan_from_structure_unless_the_title_says_plan() -> None:
    report = _report("other")
    assert doc_type(report.title, report) == "summary_plan"
    plan = _report("other")
    plan.title = "青禾市2024年双拥工作计划"
    assert doc_type(plan.title, plan) == "plan"
    summary = Document(title="某镇2023年拥军优属工作总结", units=[], year=2023)
    summary.sections = [_s("主要工作及成效"), _s("存在的不足"), _s("下一步打算")]
    assert doc_type(summary.title, summary) == "summary"


def test_org_never_a_bare_generic_word_and_bylines_name_the_government() -> None:
    assert org_from_title("2024年政府工作报告") is None
    assert org_from_title("2024政府工作报告") is None
    assert year_from_title("2024政府工作报告") == (True, 2024)
    assert org_from_byline("国务院总理 李某某") == "国务院"
    assert org_from_byline("青禾市市长 王某某") == "青禾市人民政府"
    assert org_from_byline("某某自治区主席 张某") == "某某自治区人民政府"
    assert org_from_byline("各位代表") is None
    assert org_from_byline("省长 某某") is None
    # several posts: the last one speaks; a head of government for the place the line names first
    assert org_from_byline("青禾县委副书记、县长　周某某") == "青禾县人民政府"
    assert org_from_byline("白沙镇党委副书记、镇长　吴某") == "白沙镇人民政府"
    assert org_from_byline("县委副书记、县长　周某某") is None  # no place named: no org, never "县委"
    assert org_from_byline("青禾市白沙区委副书记、区长　吴某") == "青禾市白沙区人民政府"  # the post's own level
    assert org_from_byline("白沙区区委副书记、区长　吴某") == "白沙区人民政府"  # 区委 repeats the place's level
    assert org_from_byline("市委常委、青禾县委书记、县长　周某") == "青禾县人民政府"  # the post before the head's


_REPORT_TXT = """2024年青禾市政府工作报告（全文）
——2024年1月12日在青禾市第十届人民代表大会第三次会议上
青禾市市长 王某某

各位代表：

现在，我代表市人民政府，向大会报告政府工作，请予审议。

一、2023年工作回顾

过去一年，全市上下攻坚克难，经济社会发展主要目标任务顺利完成，民生保障持续加强。

（一）坚持稳中求进工作总基调，着力稳定经济运行，全市经济总体保持在合理区间、实现稳中向好。这一年，我们统筹推进各项工作，地区生产总值增长5.6%。

二、2024年经济社会发展总体要求

做好今年工作，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。

三、2024年重点工作任务

（一）加强基层党组织建设。今年要新建党群服务中心20个，培训基层干部3000人次以上。

（二）切实加强政府自身建设。坚持依法行政，自觉接受人大监督和政协民主监督。
"""


def test_title_block_of_a_report_web_copy(parser, tmp_path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(_REPORT_TXT.replace("\n", "\r\n").encode("gb18030"))
    doc = parser.parse(path).documents[0]
    assert (doc.title, doc.org, doc.year, doc.doc_type) == ("2024年青禾市政府工作报告", "青禾市人民政府", 2024, "summary_plan")
    tops = [(s.heading, s.level, s.type) for s in doc.sections]
    assert tops == [("2023年工作回顾", 1, "review"), ("2024年经济社会发展总体要求", 1, "guiding_ideology"),
                    ("2024年重点工作任务", 1, "measures")]
    assert doc.sections[0].children[0].heading.startswith("坚持稳中求进工作总基调")
    assert [c.type for c in doc.sections[2].children] == ["measures", "safeguards"]
    body = "".join(doc.paragraphs) + "".join(p for s in doc.sections for x in [s, *s.children] for p in x.paragraphs)
    assert "王某某" not in body and "1月12日" not in body


def _docx_report(path) -> None:  # type: ignore[no-untyped-def]
    """A report as offices type it in Word: bold headings, no Heading styles, a wrapped heading."""
    from docx import Document as Docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = Docx()

    def para(*runs: tuple[str, bool], center: bool = False, size: float | None = None) -> None:
        p = d.add_paragraph()
        for text, bold in runs:
            r = p.add_run(text)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    para(("政府工作报告", True), center=True, size=22)
    para(("——2024年1月15日在某某自治区第十四届人民代表大会第二次会议上", False), center=True)
    para(("某某自治区主席 某某", False), center=True)
    para(("各位代表：", False))
    para(("现在，我代表自治区人民政府，向大会报告工作，请予审议。", False))
    para(("一、2023年工作回顾", True))
    para(("过去一年，全区上下攻坚克难，经济社会发展主要目标任务顺利完成。", False))
    para(("二、2024年工作安排", True))
    para(("主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业10万人以上。", False))
    para(("（一）着力扩大有效需求", True))
    para(("精准加力补短板。", True), ("要聚焦基础设施短板，今年新开工重大项目50个。", False))
    para(("（二）持续提升政府", True))
    para(("治理效能和服务水平", True))
    para(("坚持依法行政，推进一网通办，年内政务服务事项网上可办率达到95%。", False))
    d.save(path)


def test_word_report_with_bold_headings_and_a_wrapped_heading(parser, tmp_path) -> None:
    path = tmp_path / "report.docx"
    _docx_report(path)
    doc = parser.parse(path).documents[0]
    assert (doc.title, doc.org, doc.year, doc.doc_type) == ("政府工作报告", "某某自治区人民政府", 2024, "summary_plan")
    outline = [(s.heading, s.level, s.type) for s in doc.sections for s in [s, *s.children]]
    assert outline == [("2023年工作回顾", 1, "review"), ("2024年工作安排", 1, "measures"),
                       ("着力扩大有效需求", 2, "measures"), ("持续提升政府治理效能和服务水平", 2, "measures")]
    assert doc.sections[1].paragraphs == ["主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业10万人以上。"]


_PROVINCE = """某某省人民政府工作报告
——2023年1月14日在某某省第十四届人民代表大会第一次会议上
省长 某某

各位代表：
现在，我代表省人民政府，向大会报告工作，请予审议。
一、过去五年工作回顾
五年来，全省地区生产总值年均增长6.5%，经济实力迈上新台阶。
（一）综合实力显著提升。地区生产总值突破5万亿元，一般公共预算收入年均增长5%。
（二）民生福祉持续改善。城镇新增就业累计300万人。
二、今后五年的目标任务
今后五年，全省经济年均增长6%左右，基本建成现代化经济体系。
三、2023年重点工作
今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，城镇新增就业60万人以上。
（一）着力扩大有效需求。全年完成重点项目投资8000亿元。
（二）加快建设现代化产业体系。新增高新技术企业2000家以上。
（三）切实加强政府自身建设。坚持依法行政，一般性支出压减5%以上。
"""


def test_five_year_review_and_goals_then_this_years_work(parser, tmp_path) -> None:
    path = tmp_path / "province.txt"
    path.write_text(_PROVINCE, encoding="utf-8")
    result = parser.parse(path)
    doc = result.documents[0]
    assert (doc.org, doc.year, doc.doc_type) == ("某某省人民政府", 2023, "summary_plan")
    got = [(s.heading, s.type) for s in doc.sections for s in [s, *s.children]]
    assert got == [("过去五年工作回顾", "review"), ("综合实力显著提升", "review"), ("民生福祉持续改善", "review"),
                   ("今后五年的目标任务", "goals"), ("2023年重点工作", "measures"), ("着力扩大有效需求", "measures"),
                   ("加快建设现代化产业体系", "measures"), ("切实加强政府自身建设", "safeguards")]
    assert doc.paragraphs == ["各位代表：", "现在，我代表省人民政府，向大会报告工作，请予审议。"]
    assert "省长 某某" in result.removed


_TOWNSHIP = """蒲溪镇人民政府工作报告
——2026年1月9日在蒲溪镇第十九届人民代表大会第六次会议上
镇长 某某
各位代表：
一、2025年工作回顾
全镇完成固定资产投资4.2亿元，新增市场主体310户。
二、2026年工作安排
（一）壮大特色产业。新建高标准农田3000亩，培育家庭农场15家以上。
（二）改善人居环境。完成农村户厕改造400户。
"""


def test_a_township_or_one_character_countys_congress_names_its_government(parser, tmp_path) -> None:
    path = tmp_path / "township.txt"
    path.write_text(_TOWNSHIP, encoding="utf-8")
    assert parser.parse(path).documents[0].org == "蒲溪镇人民政府"
    path.write_text(_TOWNSHIP.replace("蒲溪镇人民政府工作报告", "政府工作报告").replace("在蒲溪镇", "在歙县"),
                    encoding="utf-8")
    assert parser.parse(path).documents[0].org == "歙县人民政府"


_BUDGET = """关于临川区2025年预算执行情况和2026年预算草案的报告
一、2025年预算执行情况
（一）一般公共预算执行情况。全区一般公共预算收入完成18.6亿元，为预算的101.2%。
（二）政府债务情况。年末政府债务余额控制在限额以内。
二、2026年预算草案
（一）一般公共预算草案。全区一般公共预算收入预期19.3亿元，增长3.8%。
（二）政府性基金预算草案。政府性基金预算收入安排9亿元。
三、扎实做好2026年财政工作
（一）培育壮大财源。新引进亿元以上项目10个。
"""


def test_a_budget_reports_draft_for_the_coming_year_is_its_plan_half(parser, tmp_path) -> None:
    path = tmp_path / "budget.txt"
    path.write_text(_BUDGET, encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert doc.doc_type == "summary_plan"
    assert [s.type for s in doc.sections] == ["review", "measures", "measures"]


_BULLETIN = """临川市2025年国民经济和社会发展统计公报
临川市统计局
2026年3月10日
一、综合
全年全市地区生产总值812.4亿元，比上年增长5.6%。
二、农业
全年粮食总产量52.3万吨，比上年增长1.2%。
三、工业和建筑业
全年规模以上工业增加值比上年增长7.1%。
"""


def test_a_statistical_bulletin_reports_its_year(parser, tmp_path) -> None:
    path = tmp_path / "bulletin.txt"
    path.write_text(_BULLETIN, encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert (doc.title, doc.doc_type, doc.year) == ("临川市2025年国民经济和社会发展统计公报", "summary", 2025)
    assert {s.type for s in doc.sections} == {"review"}
    assert doc.targets == []
