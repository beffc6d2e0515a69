"""Kinds of papers that are no plan (通报, 批复), the parts an assessment names (评分标准, 工程概况, a weighted 目标),
unnumbered lead phrases that stay paragraphs, and a site's banner atop a copied page."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest


def _walk(sections):  # type: ignore[no-untyped-def]
    for s in sections:
        yield s
        yield from _walk(s.children)


def _parse(parser, tmp_path: Path, text: str, name: str = "doc.txt"):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parser.parse(path)


@pytest.mark.parametrize("title", [
    "青石县绩效管理委员会关于2025年度绩效考评结果的通报",
    "青石县2025年度河长制工作考核结果通报",
])
def test_a_notice_of_results_is_no_plan(parser, tmp_path: Path, title: str) -> None:
    """A 通报 names its own kind: parts like "一、考评结果", "二、有关要求" do not make it a plan."""
    text = f"{title}\n各乡镇、县直各单位：\n　　现将有关情况通报如下。\n一、考评结果\n　　白沙镇等3个乡镇为优秀等次。\n" \
           "二、有关要求\n　　各单位要对照问题抓好整改。\n"
    assert _parse(parser, tmp_path, text).documents[0].doc_type == "other"


def test_a_plan_issued_by_notice_stays_a_plan(parser, tmp_path: Path) -> None:
    """Guard: "关于印发…实施方案的通知" wraps a plan, and a 情况通报 reports."""
    text = "青石县人民政府办公室关于印发青石县2026年河道整治实施方案的通知\n各乡镇：\n　　现将方案印发给你们，请认真贯彻执行。\n" \
           "一、工作目标\n　　全年整治河道15公里。\n二、主要任务\n　　清理河道淤泥3万立方米。\n"
    assert _parse(parser, tmp_path, text).documents[0].doc_type == "plan"


def test_an_assessments_parts(parser, tmp_path: Path) -> None:
    """评分标准 names how the assessment scores (evaluation); 工程概况 what the project is (preamble); a weighted
    "基础目标（30分）" under 考核内容 names its goals, the weight no part of the name."""
    text = ("青石县2026年度水利工程建设考核实施方案\n一、工程概况\n　　全县在建水利工程9项，总投资4.2亿元。\n"
            "二、考核内容\n（一）基础目标（30分）\n　　按期开工率达到100%。\n（二）提升目标（70分）\n　　完成投资3.5亿元。\n"
            "三、评分标准\n　　每项工作按完成情况逐项计分。\n四、组织保障\n　　县水利局负责考核组织工作。\n")
    sections = list(_walk(_parse(parser, tmp_path, text).documents[0].sections))
    types = {s.heading: s.type for s in sections}
    assert types["工程概况"] == "preamble"
    assert types["评分标准"] == "evaluation"
    assert types["基础目标（30分）"] == types["提升目标（70分）"] == "goals"


@pytest.mark.parametrize("lead", [
    "主要目标：到2027年底，全县农村生活污水治理率达到60%以上，长效运维机制基本建立。",
    "严格考核。县农业农村局每季度开展一次督导，结果纳入年度综合考评。",
])
def test_an_unnumbered_lead_phrase_is_a_paragraph(parser, tmp_path: Path, lead: str) -> None:
    """A plain paragraph that opens with a part's name ("主要目标：…", "强化督导考核。…") and goes on to its text
    in the same paragraph is a paragraph, as its siblings opening with other phrases are."""
    text = ("青石县2026年农村人居环境整治工作方案\n一、工作目标\n　　改善农村人居环境，建设宜居宜业和美乡村。\n"
            "二、保障措施\n　　加大资金投入。县财政安排专项资金800万元。\n"
            f"　　{lead}\n")
    doc = _parse(parser, tmp_path, text).documents[0]
    headings = [s.heading for s in _walk(doc.sections)]
    assert headings == ["工作目标", "保障措施"]
    assert lead.split("，")[0][:8] in doc.model_dump_json()


@pytest.mark.parametrize("banner", [
    "青石政协网 - 青石市政协办公室主办",
    "青石市人大网站",
    "主办单位：青石市人大常委会办公厅",
])
def test_a_sites_banner_atop_a_copy_is_the_pages(parser, tmp_path: Path, banner: str) -> None:
    """The site's name and who runs it, atop a copied page, is the page's: set aside with its reason, never
    joined into the title under it nor read as its org."""
    text = (f"{banner}\n青石市人民代表大会常务委员会工作报告\n　　各位代表：\n　　一、过去一年的主要工作\n"
            "　　全年召开常委会会议9次。\n　　二、今年的主要任务\n　　听取审议专项工作报告7项。\n")
    result = _parse(parser, tmp_path, text)
    doc = result.documents[0]
    assert (doc.title, doc.org) == ("青石市人民代表大会常务委员会工作报告", "青石市人民代表大会常务委员会")
    assert any(r.text == banner and "banner" in r.reason for r in result.removed_reasons)


def test_a_banner_in_a_document_joins_no_title(parser, tmp_path: Path) -> None:
    """In a Word file (no web copy's chrome pass), a banner line ending in 主办 is still no half of the title."""
    d = docx.Document()
    for line in ("青石政协网 - 青石市政协办公室主办", "青石市人民代表大会常务委员会工作报告", "一、今年的主要任务",
                 "全年听取专项工作报告7项。"):
        d.add_paragraph(line)
    d.save(str(tmp_path / "banner.docx"))
    doc = parser.parse(tmp_path / "banner.docx").documents[0]
    assert doc.title == "青石市人民代表大会常务委员会工作报告"
