"""DOCX: imported altChunk parts, tracked moves, and soft line breaks (Shift+Enter)."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

from jihua import extractors

W = nsdecls("w")
WR = nsdecls("w", "r")


def _alt_chunk(doc: object, name: str, content_type: str, blob: bytes) -> None:
    """Import a whole part into the body, as office systems export their documents."""
    part = Part(PackURI(f"/word/{name}"), content_type, blob, doc.part.package)  # type: ignore[attr-defined]
    rid = doc.part.relate_to(part, RT.A_F_CHUNK)  # type: ignore[attr-defined]
    body = doc.element.body  # type: ignore[attr-defined]
    body.insert(len(body) - 1, parse_xml(f'<w:altChunk {WR} r:id="{rid}"/>'))


_PAGE = ("<html><head><meta charset='utf-8'><title>导出</title></head><body>"
         "<p align='center'><b>某县农业农村局2023年工作总结</b></p>"
         "<p>2023年，全局围绕粮食安全和乡村建设开展工作。</p>"
         "<p><b>一、主要成效</b></p><p>新建高标准农田3.2万亩，粮食总产稳定在40万吨以上。</p>"
         "<p><b>二、下一步打算</b></p><p>继续推进农田水利设施建设。</p></body></html>")


def test_an_html_alt_chunk_is_read_where_it_stands(tmp_path: Path) -> None:
    doc = docx.Document()
    doc.add_paragraph("前言段落")
    _alt_chunk(doc, "chunk1.htm", "text/html", _PAGE.encode("utf-8"))
    doc.add_paragraph("附：联系人")
    path = tmp_path / "altchunk.docx"
    doc.save(str(path))
    _, blocks = extractors.extract(path)
    texts = [b.text for b in blocks if b.furniture is None]
    assert texts[0] == "前言段落" and texts[-1] == "附：联系人"
    assert "一、主要成效" in texts and "某县农业农村局2023年工作总结" in texts
    assert texts.index("一、主要成效") < texts.index("二、下一步打算")
    assert [b.prov.index for b in blocks] == sorted({b.prov.index for b in blocks})  # one numbering, no repeats
    assert all(b.prov.file == str(path) for b in blocks)


def test_an_mht_chunk_and_a_text_chunk_are_read_too(tmp_path: Path) -> None:
    mht = ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n--B\r\n"
           "Content-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
           f"{_PAGE}\r\n--B--\r\n").encode()
    doc = docx.Document()
    _alt_chunk(doc, "chunk1.mht", "message/rfc822", mht)
    _alt_chunk(doc, "chunk2.txt", "text/plain", "三、保障措施\n落实专项资金500万元。\n".encode("gb18030"))
    path = tmp_path / "chunks.docx"
    doc.save(str(path))
    _, blocks = extractors.extract(path)
    texts = [b.text for b in blocks]
    assert "新建高标准农田3.2万亩，粮食总产稳定在40万吨以上。" in texts
    assert texts[-2:] == ["三、保障措施", "落实专项资金500万元。"]


def test_a_part_no_extractor_reads_leaves_the_rest(tmp_path: Path) -> None:
    doc = docx.Document()
    doc.add_paragraph("正文照常读取。")
    _alt_chunk(doc, "chunk1.rtf", "application/rtf", b"{\\rtf1 ...}")
    path = tmp_path / "rtf.docx"
    doc.save(str(path))
    _, blocks = extractors.extract(path)
    assert [b.text for b in blocks] == ["正文照常读取。"]


def _para(doc: object, xml: str) -> None:
    body = doc.element.body  # type: ignore[attr-defined]
    body.insert(len(body) - 1, parse_xml(f"<w:p {W}>{xml}</w:p>"))


def test_moved_text_is_read_once_at_its_new_place(tmp_path: Path) -> None:
    doc = docx.Document()
    _para(doc, '<w:r><w:t>甲段原有内容。</w:t></w:r><w:moveFrom w:id="1" w:author="x">'
               '<w:r><w:t>被移动的句子。</w:t></w:r></w:moveFrom>')
    _para(doc, '<w:r><w:t>乙段原有内容。</w:t></w:r><w:moveTo w:id="2" w:author="x">'
               '<w:r><w:t>被移动的句子。</w:t></w:r></w:moveTo>')
    path = tmp_path / "moved.docx"
    doc.save(str(path))
    _, blocks = extractors.extract(path)
    assert [b.text for b in blocks] == ["甲段原有内容。", "乙段原有内容。被移动的句子。"]


def _run(text: str, bold: bool) -> str:
    return f'<w:r><w:rPr><w:b w:val="{1 if bold else 0}"/></w:rPr><w:t>{text}</w:t></w:r>'


def test_a_heading_and_its_body_in_one_paragraph_come_apart(tmp_path: Path) -> None:
    doc = docx.Document()
    _para(doc, _run("（二）加强队伍建设", True) + "<w:r><w:br/></w:r>" + _run("全年组织业务培训4期，覆盖干部职工300人次。", False))
    _para(doc, _run("全面推进乡村振兴", False) + "<w:r><w:br/></w:r>" + _run("战略实施，加快农业农村现代化。", False))
    _para(doc, _run("第一页结束", False) + '<w:r><w:br w:type="page"/></w:r>' + _run("第二页开始。", False))
    path = tmp_path / "softbreak.docx"
    doc.save(str(path))
    _, blocks = extractors.extract(path)
    assert [(b.text, b.bold) for b in blocks[:2]] == [("（二）加强队伍建设", True),
                                                      ("全年组织业务培训4期，覆盖干部职工300人次。", False)]
    # a short line broken before the rest of its sentence could be a heading: the break stays for the
    # later stages; a page break stays inside one paragraph too
    assert [b.text for b in blocks[2:]] == ["全面推进乡村振兴\n战略实施，加快农业农村现代化。", "第一页结束\n第二页开始。"]


def test_a_title_typed_over_two_lines_is_one_line(parser, tmp_path: Path) -> None:
    doc = docx.Document()
    title = doc.add_paragraph()
    title.alignment = 1
    for n, text in enumerate(("某县市场监督管理局", "2025年工作计划")):
        if n:
            title.add_run().add_break()
        run = title.add_run(text)
        run.bold, run.font.size = True, Pt(22)
    doc.add_paragraph("一、总体目标").runs[0].bold = True
    doc.add_paragraph("全年完成食品抽检5000批次。")
    signed = doc.add_paragraph("某县市场监督管理局")
    signed.add_run().add_break()
    signed.add_run("2025年1月8日")
    signed.alignment = 1
    path = tmp_path / "title.docx"
    doc.save(str(path))
    _, blocks = extractors.extract(path)
    assert blocks[0].text == "某县市场监督管理局2025年工作计划"
    assert blocks[-1].text == "某县市场监督管理局\n2025年1月8日"  # a date is never joined onto a name
    plan = parser.parse(path).documents[0]
    assert plan.title == "某县市场监督管理局2025年工作计划"


def _table(doc: object, rows: list[list[str]], borders: bool = False) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))  # type: ignore[attr-defined]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    if borders:
        table._tbl.tblPr.append(parse_xml(f'<w:tblBorders {W}><w:top w:val="single" w:sz="4"/></w:tblBorders>'))


def test_a_sign_off_laid_out_in_a_table_is_the_closing(parser, tmp_path: Path) -> None:
    doc = docx.Document()
    doc.add_paragraph("某镇2024年综合治理工作计划").alignment = 1
    doc.add_paragraph("一、保障措施").runs[0].bold = True
    doc.add_paragraph("将综治经费列入镇财政预算，足额保障。")
    _table(doc, [["中共某镇委员会", "某镇人民政府"], ["2024年3月1日", "2024年3月1日"]])
    path = tmp_path / "signed.docx"
    doc.save(str(path))
    plan = parser.parse(path).documents[0]
    assert [u for u in plan.closing] == ["中共某镇委员会", "某镇人民政府", "2024年3月1日"]
    assert plan.date == "2024年3月1日"
    assert plan.sections[0].tables == [] and plan.sections[0].paragraphs == ["将综治经费列入镇财政预算，足额保障。"]


def test_small_tables_of_data_stay_tables(tmp_path: Path) -> None:
    doc = docx.Document()
    _table(doc, [["责任单位", "完成时限"], ["镇综治办", "2024年6月30日"]])  # names and a date, but a figure row
    _table(doc, [["某镇人民政府"], ["2024年3月1日"]], borders=True)  # drawn as a box: left as the author set it
    _table(doc, [["指标", "目标值"], ["调解成功率", "98%"]])
    path = tmp_path / "data.docx"
    doc.save(str(path))
    _, blocks = extractors.extract(path)
    assert [b.kind for b in blocks] == ["table", "table", "table"]


def test_a_bold_run_in_heading_with_no_stop_before_its_body(parser, tmp_path: Path) -> None:
    """Bold words then plain text in one paragraph: the bold stretch is the heading, whatever the
    line's length; a bold stretch ending mid-clause, or holding a full stop, is left to the text."""
    doc = docx.Document()
    doc.add_paragraph("某县农业农村局2025年工作要点")
    for head, body in [("一、稳定粮食生产", "落实耕地保护责任，全年粮食播种面积稳定在45万亩以上。"),
                       ("（一）抓好高标准农田建设",
                        "围绕灌排设施和田间道路两项短板，统筹整合涉农资金，新建高标准农田2.1万亩，"
                        "改造提升1.5万亩，同步推进耕地质量监测点布设。"),
                       ("（二）强化种业振兴", "建设良种繁育基地3个。"),
                       ("二、严格", "落实河湖长制，巡河不少于每月1次。")]:
        p = doc.add_paragraph()
        p.add_run(head).bold = True
        p.add_run(body)
    p = doc.add_paragraph()
    p.add_run("三、加强组织领导。").bold = True
    p.add_run("局党组统筹推进各项任务。")
    path = tmp_path / "runin.docx"
    doc.save(str(path))
    _, blocks = extractors.extract(path)
    assert [b.bold_lead for b in blocks[1:4]] == ["一、稳定粮食生产", "（一）抓好高标准农田建设", "（二）强化种业振兴"]
    assert blocks[0].bold_lead is None  # all plain
    sections = parser.parse(path).documents[0].sections
    outline = [(s.number, s.heading, s.paragraphs) for part in sections for s in [part, *part.children]]
    assert outline[:3] == [
        ("一、", "稳定粮食生产", ["落实耕地保护责任，全年粮食播种面积稳定在45万亩以上。"]),
        ("（一）", "抓好高标准农田建设", ["围绕灌排设施和田间道路两项短板，统筹整合涉农资金，新建高标准农田2.1万亩，"
                                   "改造提升1.5万亩，同步推进耕地质量监测点布设。"]),
        ("（二）", "强化种业振兴", ["建设良种繁育基地3个。", "二、严格落实河湖长制，巡河不少于每月1次。"])]
    # one bold word is emphasis, not a heading; a bold stretch closed by 。 splits at its stop as before
    assert [s[:2] for s in outline[3:]] == [("三、", "加强组织领导")]


def test_a_plain_label_before_a_bold_run_in_heading_still_opens_it(parser, tmp_path: Path) -> None:
    """"1." typed plain, then the heading bold, then the body plain: the label belongs to the heading."""
    doc = docx.Document()
    doc.add_paragraph("某县林业局2026年工作要点")
    doc.add_paragraph("一、重点任务")
    for label, head, body in [("1.", "推进国土绿化", "全年完成人工造林1.2万亩，义务植树50万株以上。"),
                              ("2.", "加强森林防火", "每月开展一次防火隐患排查，确保不发生重大森林火灾。")]:
        p = doc.add_paragraph()
        p.add_run(label)
        p.add_run(head).bold = True
        p.add_run(body)
    path = tmp_path / "label.docx"
    doc.save(str(path))
    _, blocks = extractors.extract(path)
    assert [b.bold_lead for b in blocks[2:]] == ["1.推进国土绿化", "2.加强森林防火"]
    [part] = parser.parse(path).documents[0].sections
    assert [(s.heading, s.paragraphs) for s in part.children] == [
        ("推进国土绿化", ["全年完成人工造林1.2万亩，义务植树50万株以上。"]),
        ("加强森林防火", ["每月开展一次防火隐患排查，确保不发生重大森林火灾。"])]


def test_two_headings_typed_into_one_paragraph_are_two_headings(parser, tmp_path: Path) -> None:
    """"二、<tab>安全生产↵（一）<tab>压实企业主体责任": a part's heading and its first sub-heading set in
    one paragraph with a soft break, each label followed by a tab. Two headings, the tab the label's own
    spacing; neither heading takes a piece of the other."""
    doc = docx.Document()
    doc.add_paragraph("某区应急管理局2025年工作计划")
    doc.add_paragraph("一、总体目标")
    doc.add_paragraph("全年生产安全事故起数和死亡人数实现“双下降”。")
    _para(doc, "<w:r><w:t>二、</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>安全生产</w:t></w:r><w:r><w:br/></w:r>"
               "<w:r><w:t>（一）</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>压实企业主体责任</w:t></w:r>")
    doc.add_paragraph("督促规模以上工贸企业全部建立全员安全生产责任制，年内开展执法检查不少于300家次。")
    doc.add_paragraph("（二）深化隐患排查治理")
    doc.add_paragraph("重大事故隐患动态清零，一般隐患整改率保持在98%以上。")
    path = tmp_path / "stacked.docx"
    doc.save(str(path))
    _, blocks = extractors.extract(path)
    assert [b.text for b in blocks[3:5]] == ["二、\t安全生产", "（一）\t压实企业主体责任"]
    _, part = parser.parse(path).documents[0].sections
    assert (part.number, part.heading, part.paragraphs) == ("二、", "安全生产", [])
    assert [(s.number, s.heading, s.paragraphs) for s in part.children] == [
        ("（一）", "压实企业主体责任", ["督促规模以上工贸企业全部建立全员安全生产责任制，年内开展执法检查不少于300家次。"]),
        ("（二）", "深化隐患排查治理", ["重大事故隐患动态清零，一般隐患整改率保持在98%以上。"])]


def test_a_heading_of_two_clauses_broken_onto_its_body_ends_at_the_break(parser, tmp_path: Path) -> None:
    """"（一）优化营商环境，激发市场主体活力↵全面推行…。": a heading of two clauses, then a soft break
    and its body. The heading is the first line, not everything up to the body's first full stop;
    a heading whose phrases a 、 joins ends at the break too, though the paragraph stays whole."""
    doc = docx.Document()
    doc.add_paragraph("某市发展和改革委员会2025年工作要点")
    doc.add_paragraph("一、主要任务")
    _para(doc, "<w:r><w:t>（一）</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>优化营商环境，激发市场主体活力</w:t></w:r>"
               "<w:r><w:br/></w:r><w:r><w:t>全面推行涉企事项“一网通办”。年内新增市场主体3000户以上。</w:t></w:r>")
    _para(doc, "<w:r><w:t>（二）推进审批提速、降低办事成本</w:t></w:r><w:r><w:br/></w:r>"
               "<w:r><w:t>企业开办时间压缩至1个工作日以内。全年为企业减负2亿元。</w:t></w:r>")
    path = tmp_path / "two_clauses.docx"
    doc.save(str(path))
    _, blocks = extractors.extract(path)
    assert [b.text for b in blocks[2:]] == [
        "（一）\t优化营商环境，激发市场主体活力", "全面推行涉企事项“一网通办”。年内新增市场主体3000户以上。",
        "（二）推进审批提速、降低办事成本\n企业开办时间压缩至1个工作日以内。全年为企业减负2亿元。"]
    [part] = parser.parse(path).documents[0].sections
    assert [(s.heading, s.paragraphs) for s in part.children] == [
        ("优化营商环境，激发市场主体活力", ["全面推行涉企事项“一网通办”。年内新增市场主体3000户以上。"]),
        ("推进审批提速、降低办事成本", ["企业开办时间压缩至1个工作日以内。全年为企业减负2亿元。"])]


def test_plain_words_inserted_into_a_bold_heading_stay_in_it(parser, tmp_path: Path) -> None:
    """A tracked insertion in a bold heading, the inserted run not bold ("（二）养老服务更加" bold, "便捷"
    inserted plain): a few plain words with no punctuation finish the heading; a plain sentence after
    a bold heading is still its body."""
    doc = docx.Document()
    doc.add_paragraph("某街道办事处2024年民生工作总结")
    doc.add_paragraph("一、主要成效")
    _para(doc, _run("（一）养老服务更加", True) + '<w:ins w:id="7" w:author="审稿人" w:date="2024-12-20T09:00:00Z">'
               + _run("便捷", False) + "</w:ins>")
    doc.add_paragraph("新建社区食堂3处，为辖区老人提供助餐服务2.6万人次。")
    _para(doc, _run("（二）托育服务更加普惠", True) + _run("新增普惠托位120个，覆盖全部社区。", False))
    path = tmp_path / "inserted.docx"
    doc.save(str(path))
    _, blocks = extractors.extract(path)
    assert [(b.text, b.bold_lead) for b in (blocks[2], blocks[4])] == [
        ("（一）养老服务更加便捷", None), ("（二）托育服务更加普惠新增普惠托位120个，覆盖全部社区。", "（二）托育服务更加普惠")]
    [part] = parser.parse(path).documents[0].sections
    assert [(s.heading, s.paragraphs) for s in part.children] == [
        ("养老服务更加便捷", ["新建社区食堂3处，为辖区老人提供助餐服务2.6万人次。"]),
        ("托育服务更加普惠", ["新增普惠托位120个，覆盖全部社区。"])]
