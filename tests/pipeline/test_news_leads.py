"""A news page that carries a report in full: its headline and lead (a byline, the occasion, "以下为报告全文")
stand above the report's own title block. They are the page's, set aside with their reason; the report is
one document titled by its own title block, and a diff of two such files compares the reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.pipeline.compare.pick import pick_documents
from jihua.schemas import plan

from tests.writers import write_txt

_REPORT = [
    "政府工作报告",
    "——2025年2月11日在澄江县第九届人民代表大会第五次会议上",
    "澄江县人民政府县长　孟书远",
    "各位代表：",
    "现在，我代表县人民政府向大会报告工作，请予审议。",
    "一、2024年工作回顾",
    "一年来，全县地区生产总值完成218.6亿元，增长5.9%，新建农村公路86公里，新增城镇就业3100人。",
    "二、2025年主要任务",
    "全县地区生产总值增长6%左右，城镇新增就业3200人以上，新建改建农村公路90公里，新增养老床位400张。",
    "三、加强政府自身建设",
    "坚持依法行政，持续精简会议文件，严控一般性支出，把有限的财力用在发展紧要处、民生关键处。",
]
_LEADS = [
    "澄江融媒讯（记者 姚青禾）2月11日上午，澄江县第九届人民代表大会第五次会议开幕，县长孟书远作政府工作报告。以下为报告全文。",
    "澄江融媒讯（记者 姚青禾）2月11日上午，澄江县第九届人民代表大会第五次会议开幕，县长孟书远作政府工作报告。现将全文刊发如下。",
    "澄江融媒讯（记者 姚青禾）2月11日上午，澄江县第九届人民代表大会第五次会议开幕，县长孟书远作政府工作报告。",
]
_HEADLINE = "澄江县政府工作报告（全文）"


def _page(tmp_path: Path, lead: str, name: str = "page.txt") -> Path:
    return write_txt(tmp_path / name, [_HEADLINE, "", lead, "", *_REPORT])


@pytest.mark.parametrize("lead", _LEADS)
def test_a_news_lead_over_a_reports_title_block_is_no_document(parser, tmp_path, lead) -> None:
    """With a cue ending its sentence ("以下为报告全文。", "现将全文刊发如下。") or none at all, the headline
    that names the report and the lead under it are the page's: set aside, not a document of their own."""
    result = parser.parse(_page(tmp_path, lead))
    [doc] = result.documents
    assert (doc.title, doc.org, doc.date) == ("政府工作报告", "澄江县人民政府", "2025年2月11日")
    assert [s.heading for s in doc.sections] == ["2024年工作回顾", "2025年主要任务", "加强政府自身建设"]
    assert doc.paragraphs[0] == "各位代表："
    reasons = {r.text: r.reason for r in result.removed_reasons}
    assert lead in reasons and _HEADLINE in reasons  # listed with their reason, never lost


def test_a_plans_own_opening_paragraph_under_its_title_stays(parser, tmp_path) -> None:
    """A titled report whose opening paragraph names it is no news lead: no title block prints under a
    second title, so nothing is set aside."""
    lines = ["澄江县2025年政府工作报告", "本报告回顾2024年工作，部署2025年政府工作报告确定的任务。", *_REPORT[5:]]
    result = parser.parse(write_txt(tmp_path / "plain.txt", lines))
    [doc] = result.documents
    assert doc.paragraphs == [lines[1]]


def _doc(title: str, paragraphs: list[str], sections: list[plan.Section] | None = None) -> plan.Document:
    return plan.Document(id=title, title=title, doc_type="summary_plan", org=None, year=None, paragraphs=paragraphs,
                         sections=sections or [])


def _result(*docs: plan.Document) -> plan.ParseResult:
    return plan.ParseResult(source=plan.SourceInfo(path="x.txt", format="txt", sha256="0"), documents=list(docs))


def _body(text: str) -> list[plan.Section]:
    return [plan.Section(id=str(k), number=f"{k}、", heading=f"第{k}部分", level=1, type="measures", paragraphs=[text])
            for k in range(1, 4)]


def test_diff_compares_the_reports_not_two_stubs_of_the_same_title() -> None:
    """Each file holds a headline's stub (same title, one lead) and the report: the reports are compared,
    whatever their titles; the warning still says which documents were compared."""
    stub = "澄江融媒讯（记者 姚青禾）县长孟书远作政府工作报告。"
    body = "全县地区生产总值增长6%左右，城镇新增就业3200人以上，新建改建农村公路90公里，新增养老床位400张。" * 3
    old = _result(_doc("澄江县政府工作报告", [stub]), _doc("政府工作报告", ["各位代表："], _body(body)))
    new = _result(_doc("澄江县政府工作报告", [stub]), _doc("政府工作报告", ["各位代表："], _body(body.replace("6%", "5.5%"))))
    a, b, warnings = pick_documents(old, new)
    assert (a, b) == (old.documents[1], new.documents[1])
    assert warnings and "政府工作报告" in warnings[0]


def test_diff_pairs_a_compilations_pieces_by_title_and_wording() -> None:
    """Two compilations of offices' plans: the pair compared is the one most alike, not the first of each."""
    farm = "新建高标准农田2万亩，粮食播种面积稳定在30万亩以上，培育家庭农场50家。" * 3
    road = "新建改建农村公路90公里，完成危桥改造8座，建制村通客车率保持100%。" * 3
    old = _result(_doc("澄江县农业农村局2024年工作计划", [farm]), _doc("澄江县交通运输局2024年工作计划", [road]))
    new = _result(_doc("澄江县交通运输局2025年工作计划", [road]), _doc("澄江县农业农村局2025年工作计划", [farm]))
    a, b, _ = pick_documents(old, new)
    assert a.title[:8] == b.title[:8]
