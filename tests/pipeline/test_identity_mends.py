"""Who a document is — its title, org, year, where a second one starts — read where today's rules reached too far:
a form a notice asks back is no document it issues, a 总结's "…日印发…方案" lines are no 版记, a 团日 is no
regiment, a year alone joins no title with a year of its own. Every notice, plan and figure here is our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.pipeline.rules.titles import org_from_title

from tests.writers import write_docx, write_txt

_PLAN = "云岭县2028年茶园病虫害绿色防控实施方案"
_FORM = "云岭县2028年茶园病虫害防控进度统计表"


@pytest.mark.parametrize("kind", ["txt", "docx"])
def test_a_form_a_notice_asks_back_is_no_document_it_issues(parser, tmp_path: Path, kind: str) -> None:
    lines = ["云岭县农业农村局文件", "云农发〔2028〕7号", f"云岭县农业农村局关于印发《{_PLAN}》的通知",
             "各乡镇农业服务中心：", f"现将《{_PLAN}》印发给你们，请认真抓好落实。请各乡镇于4月15日前将《{_FORM}》报送我局。",
             f"附件：1.{_PLAN}", f"2.{_FORM}", "云岭县农业农村局", "2028年3月2日",
             "附件1", _PLAN, "为减少茶园农药使用，制定本方案。", "一、防控目标", "全县绿色防控覆盖率达到85%以上。",
             "二、保障措施", "县财政安排防控资金120万元。",
             "附件2", _FORM, "填报单位：　　　　填报日期：", "乡镇　防控面积（亩）　覆盖率（%）　备注"]
    result = parser.parse((write_txt if kind == "txt" else write_docx)(tmp_path / f"notice.{kind}", lines))
    [doc] = result.documents
    assert (doc.title, doc.year) == (_PLAN, 2028)


_ISSUED_LIST = ["2028年2月20日印发全县森林防火专项整治方案", "2028年5月8日印发汛期地质灾害防御应急预案"]


@pytest.mark.parametrize("kind", ["txt", "docx"])
def test_a_summarys_list_of_documents_issued_is_no_printing_line(parser, tmp_path: Path, kind: str) -> None:
    lines = ["青川县应急管理局2028年工作总结", "一、工作成效", "全年开展隐患排查310次，整改隐患1200处。",
             "二、制度建设", "今年我局印发文件如下：", *_ISSUED_LIST]
    result = parser.parse((write_txt if kind == "txt" else write_docx)(tmp_path / f"summary.{kind}", lines))
    [doc] = result.documents
    assert all(line in doc.model_dump_json() for line in _ISSUED_LIST)
    assert not any(r.text in _ISSUED_LIST for r in result.removed_reasons)
    # one such line alone at the end, naming an office, is the 版记's printing line still
    lines = [*lines[:4], "抄送：市应急管理局。", "2028年12月30日印发青川县应急管理局办公室"]
    result = parser.parse((write_txt if kind == "txt" else write_docx)(tmp_path / f"summary2.{kind}", lines))
    assert lines[-1] in {r.text for r in result.removed_reasons}
    # two printing lines in a row are a list inside the text, whatever they name
    lines = [*lines[:4], "今年我局印发文件如下：", "应急管理局2028年2月20日印发", "防汛办2028年5月8日印发"]
    result = parser.parse((write_txt if kind == "txt" else write_docx)(tmp_path / f"summary3.{kind}", lines))
    assert not any(r.text in lines[-2:] for r in result.removed_reasons)


@pytest.mark.parametrize("tag", ["一图读懂：", "图解："])
def test_a_reading_of_a_plan_keeps_the_byline_under_its_title(parser, tmp_path: Path, tag: str) -> None:
    lines = [f"{tag}枫林县2028年文化旅游工作要点", "枫林县文化广电和旅游局", "一、总体目标",
             "全年接待游客突破900万人次。", "二、重点任务", "新建乡村旅游示范点6个。"]
    [doc] = parser.parse(write_txt(tmp_path / "reading.txt", lines)).documents
    assert (doc.org, doc.year) == ("枫林县文化广电和旅游局", 2028)
    # (a talk on a 《document》 keeps to its place and seals: test_issuers_of_corps_and_pastoral_areas)


@pytest.mark.parametrize(("title", "org"), [
    # a Youth League day, lesson or member after a commemoration's digits (五四, 七一, 一二九): no regiment
    ("松溪县实验中学五四团日活动方案", "松溪县实验中学"),
    ("松溪县第二中学七一团课活动方案", "松溪县第二中学"),
    ("松溪县职业中学一二九团日主题活动方案", "松溪县职业中学"),
    ("松溪县第三中学五四团员发展工作计划", "松溪县第三中学"),
    # a regiment's number: three digits, or any after its division
    ("一八七团2028年工作要点", "一八七团"),
    ("第九师七团2028年工作计划", "第九师七团"),
    ("第九师十六团2028年工作计划", "第九师十六团"),
])
def test_a_regiment_is_numbered_as_the_corps_numbers_it(title: str, org: str) -> None:
    assert org_from_title(title) == org


@pytest.mark.parametrize("kind", ["txt", "docx"])
def test_a_year_alone_joins_no_title_with_a_year_of_its_own(parser, tmp_path: Path, kind: str) -> None:
    lines = ["石门县水利局", "2028年", "2027年度工作总结", "一、主要成效", "全年新建高标准农田灌溉渠道36公里。",
             "二、存在问题", "部分灌区管护资金不足。"]
    [doc] = parser.parse((write_txt if kind == "txt" else write_docx)(tmp_path / f"summary.{kind}", lines)).documents
    assert (doc.title, doc.year) == ("2027年度工作总结", 2027)
    # a title with no year of its own takes the year set alone above it (joins pairwise, three lines)
    lines = ["石门县水利局", "2028年", "工作要点", *lines[3:]]
    [doc] = parser.parse((write_txt if kind == "txt" else write_docx)(tmp_path / f"plan.{kind}", lines)).documents
    assert (doc.title, doc.year) == ("石门县水利局2028年工作要点", 2028)
