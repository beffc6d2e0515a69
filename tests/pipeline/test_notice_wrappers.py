"""Plans issued inside an official document (公文): a notice issuing two plans as 附件1 and 附件2, a 函 sending a
plan it names, the 版记's lines as a scan reads them, the 公开方式 field, a 管委会 signing for its zone. Every
notice, body and figure here is our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.pipeline.covers import distribution_note, publication_notes
from jihua.pipeline.model import Unit
from jihua.schemas.blocks import Block, Provenance

from tests.writers import write_docx, write_txt

_FIRST = ["为加快补齐乡村公共服务短板，结合我镇实际，制定本方案。", "一、建设目标", "全年新建村级养老服务站6个。",
          "二、保障措施", "镇财政安排专项资金不少于180万元。"]
_SECOND = ["为提升农村道路通行条件，制定本方案。", "一、养护任务", "全年完成农村公路养护42公里。",
           "二、工作要求", "各村落实专人巡查，每月上报一次养护情况。"]
_TITLES = ("栖霞镇2027年乡村养老服务站建设实施方案", "栖霞镇2027年农村公路养护工作方案")


def _two_plan_notice(labels: bool) -> list[str]:
    """A notice issuing two plans, each printed after it under its mark ("附件1", "附件2") — or without the marks,
    as a PDF copy that took them for page heads leaves it."""
    head = ["栖霞镇人民政府文件", "栖政发〔2027〕5号",
            f"栖霞镇人民政府关于印发《{_TITLES[0]}》和《{_TITLES[1]}》的通知",
            "各村（社区），镇属各单位：", f"现将《{_TITLES[0]}》和《{_TITLES[1]}》印发给你们，请认真组织实施。",
            f"附件：1.{_TITLES[0]}", f"2.{_TITLES[1]}", "栖霞镇人民政府", "2027年2月14日", "公开方式：主动公开"]
    first = (["附件1"] if labels else []) + [_TITLES[0], *_FIRST]
    second = (["附件2"] if labels else []) + [_TITLES[1], *_SECOND]
    return [*head, *first, *second, "抄送：县交通运输局，县民政局。", "栖霞镇党政办公室　　2027年2月14日印发"]


@pytest.mark.parametrize("labels", [True, False])
@pytest.mark.parametrize("kind", ["txt", "docx"])
def test_a_notice_issuing_two_plans_gives_the_two_plans(parser, tmp_path: Path, kind: str, labels: bool) -> None:
    lines = _two_plan_notice(labels)
    path = (write_txt if kind == "txt" else write_docx)(tmp_path / f"notice.{kind}", lines)
    result = parser.parse(path)
    assert [(d.title, d.doc_type, d.year) for d in result.documents] == [(t, "plan", 2027) for t in _TITLES]
    first, second = result.documents
    assert [s.heading for s in first.sections] == ["建设目标", "保障措施"]
    assert [(s.level, s.heading) for s in second.sections] == [(1, "养护任务"), (1, "工作要求")]
    reasons = {r.text: r.reason for r in result.removed_reasons}
    assert reasons[lines[2]].startswith("cover notice") and "公开方式：主动公开" in reasons
    if labels:
        assert "附件2" in reasons and not any("附件2" in s.heading for d in result.documents for s in d.sections)
    # a plan's own annex worded as a plan ("附件2" over "…工作方案") that no notice issues: the plan's annex, no
    # document of its own
    lines = [_TITLES[0], *_FIRST, "栖霞镇人民政府", "2027年2月14日", "附件2", "栖霞镇2027年养老服务站运营补助工作方案",
             "一、补助对象", "已建成运营的村级养老服务站。"]
    [doc] = parser.parse((write_txt if kind == "txt" else write_docx)(tmp_path / f"plan.{kind}", lines)).documents
    assert doc.title == _TITLES[0] and doc.sections[-1].heading.startswith("附件2")


_LETTER_PLAN = "鹿鸣县卫生健康局2027年基层医疗机构院感防控提升工作方案"


def _letter(words: str) -> list[str]:
    """A 函 to two bodies of the same level that sends a plan it names in 《》, then the plan under "附件"."""
    return ["鹿鸣县卫生健康局", "鹿卫函〔2027〕11号", "鹿鸣县卫生健康局关于商请协助开展基层院感防控督导的函",
            "县疾病预防控制中心、县医疗保障局：",
            f"为提升基层医疗机构感染防控水平，我局制定了《{_LETTER_PLAN}》。{words}",
            "联系人：孟晓，联系电话：0000-6218800。", f"附件：{_LETTER_PLAN}", "鹿鸣县卫生健康局", "2027年4月3日",
            "公开方式：依申请公开", "附件", _LETTER_PLAN, "为有效防范院内感染，制定本方案。", "一、工作目标",
            "乡镇卫生院院感专职人员配备率达到100%。", "二、重点任务", "（一）开展培训", "全年培训院感人员300人次。",
            "（二）督导检查", "每季度开展一次督导检查。"]


@pytest.mark.parametrize("kind", ["txt", "docx"])
def test_a_letter_sending_a_plan_it_names_is_the_plans_cover(parser, tmp_path: Path, kind: str) -> None:
    lines = _letter("现将方案随函送上，请予支持配合。")
    result = parser.parse((write_txt if kind == "txt" else write_docx)(tmp_path / f"letter.{kind}", lines))
    [doc] = result.documents
    assert (doc.title, doc.doc_type, doc.org) == (_LETTER_PLAN, "plan", "鹿鸣县卫生健康局")
    assert [(s.level, s.heading) for s in doc.sections] == [(1, "工作目标"), (1, "重点任务")]
    assert [c.heading for c in doc.sections[1].children] == ["开展培训", "督导检查"]
    assert doc.paragraphs[:2] == lines[3:5]  # the letter's words: the file's text, the plan's preamble
    reasons = {r.text: r.reason for r in result.removed_reasons}
    for line in (lines[2], lines[5], "公开方式：依申请公开", "附件"):
        assert reasons[line].startswith("cover notice"), line
    # a 函 that sets its own deadline ("请于4月15日前回复") says more than it sends: not unwrapped as the plan's
    # cover (its words are not the plan's preamble), however plain its contact line
    lines = _letter("现将方案随函送上，请于4月15日前回复意见。")
    result = parser.parse((write_txt if kind == "txt" else write_docx)(tmp_path / f"own.{kind}", lines))
    assert lines[4] not in result.documents[0].paragraphs
    assert not any(r.reason.startswith("cover notice") for r in result.removed_reasons)


def _units(texts: list[str]) -> list[Unit]:
    return [Unit(text=t, block=Block(text=t, prov=Provenance(file="t", index=i))) for i, t in enumerate(texts)]


def test_a_scanned_distribution_note_is_set_aside_whichever_way_it_reads() -> None:
    """OCR reads "抄送:" with a narrow colon and the printing line date first ("2027年3月9日印发某县委办公室")."""
    texts = ["各乡镇要于每月5日前报送进展。", "抄送:市委办公室，市政府办公室。", "2027年3月9日印发中共鹿鸣县委办公室"]
    kept, note = distribution_note(_units(texts))
    assert [u.text for u in kept] == texts[:1] and [u.text for u in note] == texts[1:]
    # a line of the text that starts on a date and 印发 is a sentence, no printing line
    sentence = ["2027年3月9日印发《鹿鸣县河长制工作规则》后，各乡镇随即组织学习。"]
    assert [u.text for u in distribution_note(_units(sentence))[0]] == sentence


def test_the_printing_line_never_names_the_plans_org(parser, tmp_path: Path) -> None:
    """Read date first and left as the last line, the 版记's printing line is no sign-off: the title's place stands."""
    lines = ["鹿鸣县2027年农村饮水安全巩固提升方案", "一、工作目标", "农村自来水普及率达到96%以上。", "二、保障措施",
             "县财政安排资金不少于800万元。", "2027年3月9日印发中共鹿鸣县委办公室"]
    [doc] = parser.parse(write_txt(tmp_path / "plan.txt", lines)).documents
    assert doc.org == "鹿鸣县"


def test_the_disclosure_field_and_the_recipients_note_are_the_files() -> None:
    texts = ["公开方式：主动公开", "公开方式:依申请公开", "（此件发至乡镇）", "公开方式：主动公开的政务信息，应在20个工作日内发布。"]
    kept, notes = publication_notes(_units(texts))
    assert [u.text for u in notes] == texts[:3] and [u.text for u in kept] == texts[3:]


def test_a_zones_committee_signing_a_plan_titled_with_the_zone_keeps_the_zone(parser, tmp_path: Path) -> None:
    for seal, org in [("云坪新区管理委员会办公室", "云坪新区"),   # the zone's 管委会 (its office) speaks for the zone
                      ("云坪新区管委会", "云坪新区"),
                      ("云坪新区经济发展局", "云坪新区经济发展局")]:  # one of its departments names the issuer
        lines = ["云坪新区2027年招商引资工作方案", "一、工作目标", "全年引进亿元以上项目12个。", "二、保障措施",
                 "设立招商引资专项资金。", seal, "2027年1月20日"]
        [doc] = parser.parse(write_txt(tmp_path / "plan.txt", lines)).documents
        assert doc.org == org, seal
