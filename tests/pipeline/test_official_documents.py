"""A plan issued as an official document (公文): the red header, the cover notice that issues it,
the plan itself, and the distribution note (版记) at the end. The document is our own."""

from __future__ import annotations

from pathlib import Path

import docx

LINES = [
    "青禾县人民政府文件", "青政发〔2025〕3号",
    "青禾县人民政府关于印发《青禾县2025年优化营商环境工作要点》的通知",
    "各乡镇人民政府，县政府各部门：",
    "现将《青禾县2025年优化营商环境工作要点》印发给你们，请认真抓好落实。",
    "青禾县人民政府", "2025年2月5日", "（此件公开发布）",
    "青禾县2025年优化营商环境工作要点",
    "为持续优化营商环境，激发市场主体活力，制定本要点。",
    "一、提升政务服务效能",
    "（一）深化“一网通办”。政务服务事项网上可办率达到98%以上。",
    "（二）压缩审批时限。企业开办时间压缩至1个工作日以内。",
    "二、加强组织实施",
    "各责任单位要明确专人负责，每季度报送一次工作进展。",
    "抄送：县委办公室，县人大常委会办公室，县政协办公室。",
    "青禾县人民政府办公室　　　　2025年2月5日印发",
]


def _official(path: Path) -> Path:
    d = docx.Document()
    for line in LINES:
        paragraph = d.add_paragraph(line)
        if line[:2] in ("一、", "二、"):
            paragraph.runs[0].bold = True
    d.save(str(path))
    return path


def test_the_plan_inside_an_official_document_is_the_document(parser, tmp_path) -> None:
    result = parser.parse(_official(tmp_path / "official.docx"))
    [doc] = result.documents
    assert (doc.title, doc.year, doc.doc_type) == ("青禾县2025年优化营商环境工作要点", 2025, "plan")
    assert doc.paragraphs == ["为持续优化营商环境，激发市场主体活力，制定本要点。"]
    assert [(s.heading, s.type) for s in doc.sections] == [("提升政务服务效能", "measures"), ("加强组织实施", "safeguards")]
    assert doc.sections[-1].paragraphs == ["各责任单位要明确专人负责，每季度报送一次工作进展。"]
    reasons = {r.text: r.reason for r in result.removed_reasons}
    assert reasons["青禾县人民政府关于印发《青禾县2025年优化营商环境工作要点》的通知"].startswith("cover notice")
    assert reasons["抄送：县委办公室，县人大常委会办公室，县政协办公室。"].startswith("distribution note")
    assert reasons["青禾县人民政府办公室　　　　2025年2月5日印发"].startswith("distribution note")


def test_a_title_printed_on_two_lines_is_one_title(parser, tmp_path) -> None:
    path = tmp_path / "two.txt"
    path.write_text("\n".join(["青禾县交通运输局", "2025年农村公路建设工作方案", "为加快农村公路建设，制定本方案。",
                               "一、建设目标", "全年新改建农村公路120公里。"]), encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert (doc.title, doc.org) == ("青禾县交通运输局2025年农村公路建设工作方案", "青禾县交通运输局")
    path.write_text("\n".join(["关于印发《青禾县2025年农村公路", "建设工作方案》的通知", "各乡镇人民政府：",
                               "现将《青禾县2025年农村公路建设工作方案》印发给你们，请认真贯彻执行。", "青禾县交通运输局",
                               "2025年3月1日", "青禾县2025年农村公路建设工作方案", "为加快农村公路建设，制定本方案。",
                               "一、建设目标", "全年新改建农村公路120公里。"]), encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    assert (doc.title, doc.org, [s.heading for s in doc.sections]) == (
        "青禾县2025年农村公路建设工作方案", "青禾县交通运输局", ["建设目标"])
    assert doc.paragraphs == ["为加快农村公路建设，制定本方案。"]
