"""DOCX: body order, numbering labels resolved from numbering.xml, outline levels, text boxes."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from jihua.extractors.numfmt import chinese_number, render

from jihua import extractors

W = nsdecls("w")


def _numbering(doc: object, abstract_xml: str, nums: list[str]) -> None:
    numbering = doc.part.numbering_part.element  # type: ignore[attr-defined]
    first = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    abstract = parse_xml(abstract_xml)
    if first is not None:
        first.addprevious(abstract)
    else:
        numbering.append(abstract)
    for num in nums:
        numbering.append(parse_xml(num))


def _numbered(doc: object, text: str, num_id: int, ilvl: int) -> None:
    p = doc.add_paragraph(text)  # type: ignore[attr-defined]
    p._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


OUTLINE = f"""<w:abstractNum {W} w:abstractNumId="77"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
<w:lvl w:ilvl="3"><w:start w:val="3"/><w:numFmt w:val="ideographTraditional"/><w:lvlText w:val="%4、"/></w:lvl>
</w:abstractNum>"""


def test_automatic_numbering_labels_are_resolved(tmp_path: Path) -> None:
    doc = docx.Document()
    _numbering(doc, OUTLINE, [f'<w:num {W} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'])
    for text, lvl in [("指导思想", 0), ("主要任务", 0), ("宣传教育", 1), ("集中宣传", 2), ("进校园", 2),
                      ("支持部队", 1), ("练兵备战", 2), ("甲项", 3), ("乙项", 3)] + [(f"第{i}部分", 0) for i in range(9)]:
        _numbered(doc, text, 77, lvl)
    path = tmp_path / "numbered.docx"
    doc.save(str(path))
    _, blocks = extractors.extract(path)
    labels = [(b.numbering, b.text) for b in blocks if b.numbering]
    assert labels[:9] == [("一、", "指导思想"), ("二、", "主要任务"), ("（一）", "宣传教育"), ("1.", "集中宣传"),
                          ("2.", "进校园"), ("（二）", "支持部队"), ("1.", "练兵备战"), ("丙、", "甲项"), ("丁、", "乙项")]
    # the text itself never carries the label
    assert all(not b.text.startswith(("一、", "（一）", "1.")) for b in blocks)
    # counting goes on past ten in Chinese: 三 … 十一
    assert [lab for lab, _ in labels[9:]][-1] == "十一、"


def test_start_override_restarts_a_list(tmp_path: Path) -> None:
    doc = docx.Document()
    _numbering(doc, OUTLINE, [
        f'<w:num {W} w:numId="77"><w:abstractNumId w:val="77"/></w:num>',
        f'<w:num {W} w:numId="78"><w:abstractNumId w:val="77"/>'
        f'<w:lvlOverride w:ilvl="2"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
    ])
    _numbered(doc, "第一项", 77, 2)
    _numbered(doc, "第二项", 77, 2)
    _numbered(doc, "新列表第一项", 78, 2)
    _numbered(doc, "继续", 77, 2)  # same abstract list without override: continues the count
    path = tmp_path / "restart.docx"
    doc.save(str(path))
    _, blocks = extractors.extract(path)
    assert [b.numbering for b in blocks if b.numbering] == ["1.", "2.", "1.", "2."]


def test_numbering_inherited_from_a_paragraph_style(tmp_path: Path) -> None:
    doc = docx.Document()
    _numbering(doc, OUTLINE, [f'<w:num {W} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'])
    style = doc.styles.add_style("计划一级", 1)
    style.element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="77"/></w:numPr>'))
    style.element.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {W} w:val="0"/>'))
    child = doc.styles.add_style("计划一级加粗", 1)
    child.base_style = style
    doc.add_paragraph("指导思想", style="计划一级")
    doc.add_paragraph("工作目标", style="计划一级加粗")
    path = tmp_path / "styled_numbering.docx"
    doc.save(str(path))
    _, blocks = extractors.extract(path)
    assert [(b.numbering, b.outline_level, b.kind) for b in blocks] == [("一、", 0, "heading"), ("二、", 0, "heading")]


def test_body_order_interleaves_tables_and_paragraphs(tmp_path: Path) -> None:
    doc = docx.Document()
    doc.add_heading("四、时间安排", level=1)
    doc.add_paragraph("全年安排如下：")
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "时间", "工作"
    table.cell(1, 0).text, table.cell(1, 1).text = "1—3月", "走访慰问"
    doc.add_paragraph("各单位可适当调整。")
    doc.sections[0].header.paragraphs[0].text = "某县双拥工作资料"
    path = tmp_path / "order.docx"
    doc.save(str(path))
    _, blocks = extractors.extract(path)
    body = [b for b in blocks if b.furniture is None]
    assert [b.kind for b in body] == ["heading", "paragraph", "table", "paragraph"]
    assert body[0].outline_level == 0 and body[0].style == "Heading 1"
    assert body[2].rows == [["时间", "工作"], ["1—3月", "走访慰问"]]
    assert [(b.furniture, b.text) for b in blocks if b.furniture] == [("header", "某县双拥工作资料")]


def test_a_one_cell_table_is_a_frame_around_the_documents_own_lines(tmp_path: Path) -> None:
    """A title boxed in a one-cell table is the title, not a table; tables of data stay tables."""
    doc = docx.Document()
    frame = doc.add_table(rows=1, cols=1).cell(0, 0)
    frame.paragraphs[0].text = "青禾县市场监督管理局2025年工作计划"
    frame.paragraphs[0].runs[0].bold = True
    frame.add_paragraph("（2025年1月10日）")
    doc.add_paragraph("为做好全年工作，制定本计划。")
    data = doc.add_table(rows=2, cols=2)
    data.cell(0, 0).text, data.cell(0, 1).text = "指标", "目标"
    data.cell(1, 0).text, data.cell(1, 1).text = "抽检批次", "1200"
    path = tmp_path / "framed.docx"
    doc.save(str(path))
    _, blocks = extractors.extract(path)
    body = [(b.kind, b.text, b.bold) for b in blocks if b.furniture is None]
    assert body[:3] == [("paragraph", "青禾县市场监督管理局2025年工作计划", True), ("paragraph", "（2025年1月10日）", False),
                        ("paragraph", "为做好全年工作，制定本计划。", False)]
    assert body[3][0] == "table"


def test_text_box_content_is_read_once(tmp_path: Path) -> None:
    doc = docx.Document()
    p = doc.add_paragraph("正文第一段。")
    box = (
        f'<w:r {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx><w:txbxContent>"
        "<w:p><w:r><w:t>文本框：联系人张三</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>文本框：联系人张三</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    p._p.append(parse_xml(box))
    path = tmp_path / "textbox.docx"
    doc.save(str(path))
    _, blocks = extractors.extract(path)
    assert [b.text for b in blocks] == ["正文第一段。", "文本框：联系人张三"]
    assert blocks[1].role == "text_box"


def test_chinese_counting_and_formats() -> None:
    assert [chinese_number(n) for n in (1, 10, 11, 20, 21, 105, 110)] == [
        "一", "十", "十一", "二十", "二十一", "一百零五", "一百一十"]
    assert render("decimalEnclosedCircle", 3) == "③"
    assert render("chineseLegalSimplified", 12) == "壹拾贰"
    assert render("upperRoman", 14) == "XIV"
    assert render("decimalZero", 7) == "07"


def test_corpus_autonumbered_docx_matches_styled(corpus_files: Path) -> None:
    _, styled = extractors.extract(corpus_files / "qinghe-2023-plan.styled.docx")
    _, auto = extractors.extract(corpus_files / "qinghe-2023-plan.autonum.docx")
    styled_heads = [b.text for b in styled if b.kind == "heading"]
    auto_heads = [f"{b.numbering}{b.text}" for b in auto if b.numbering]
    assert auto_heads == styled_heads


def test_footnotes_are_kept_as_notes_furniture(tmp_path: Path) -> None:
    import zipfile

    import docx
    from jihua.extractors.docx import extract
    from jihua.extractors.options import ExtractOptions

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    plain = tmp_path / "plain.docx"
    document = docx.Document()
    document.add_paragraph("全社会研发经费投入强度达到2.5%。")
    document.save(str(plain))
    noted = tmp_path / "noted.docx"
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(noted, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            if item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdF1" Type="http://schemas.openxmlformats'
                                    b'.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                                    b"</Relationships>")
            zout.writestr(item, data)
        zout.writestr("word/footnotes.xml", f'<w:footnotes {w}><w:footnote w:type="separator" w:id="-1"><w:p><w:r>'
                      f'<w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>研发经费投入强度：'
                      f'研究与试验发展经费支出占地区生产总值的比重。</w:t></w:r></w:p></w:footnote></w:footnotes>')
    notes = [b.text for b in extract(noted, ExtractOptions()) if b.furniture == "notes"]
    assert notes == ["研发经费投入强度：研究与试验发展经费支出占地区生产总值的比重。"]


def test_a_header_cell_across_columns_heads_each_of_them(tmp_path: Path) -> None:
    from jihua.extractors.docx import extract
    from jihua.extractors.options import ExtractOptions

    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).text = "指标名称"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "目标值"
    for k, text in enumerate(["", "2024年", "2025年"]):
        table.cell(1, k).text = text
    for k, text in enumerate(["空气质量优良天数比率（%）", "≥86", "≥88"]):
        table.cell(2, k).text = text
    path = tmp_path / "header.docx"
    document.save(str(path))
    rows = next(b.rows for b in extract(path, ExtractOptions()) if b.kind == "table")
    assert rows[0] == ["指标名称", "目标值", "目标值"] and rows[2] == ["空气质量优良天数比率（%）", "≥86", "≥88"]


def test_a_cell_merged_down_rows_stands_in_each_row(tmp_path: Path) -> None:
    from jihua.extractors.docx import extract
    from jihua.extractors.options import ExtractOptions

    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    for k, text in enumerate(["领域", "工作任务", "责任单位"]):
        table.cell(0, k).text = text
    table.cell(1, 0).merge(table.cell(2, 0)).text = "拥军优属"
    table.cell(1, 1).text, table.cell(2, 1).text = "开展走访慰问不少于4次", "发放优待金500万元"
    table.cell(1, 2).merge(table.cell(2, 2)).text = "县民政局"
    path = tmp_path / "tasks.docx"
    document.save(str(path))
    rows = next(b.rows for b in extract(path, ExtractOptions()) if b.kind == "table")
    assert rows[1:] == [["拥军优属", "开展走访慰问不少于4次", "县民政局"], ["拥军优属", "发放优待金500万元", "县民政局"]]


def _run(text: str, rpr: str = "") -> str:
    return f'<w:r {W}>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _field(instr: str, result_rpr: str, result: str) -> list[str]:
    return [f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>', f'<w:r {W}><w:instrText> {instr} </w:instrText></w:r>',
            f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>', _run(result, result_rpr),
            f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>']


def test_what_word_does_not_print_is_set_aside_not_read(tmp_path: Path) -> None:
    doc = docx.Document()
    doc.add_paragraph("河湾区气象局2025年工作要点")
    body = doc.element.body
    prompt = (f'<w:sdt {W}><w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent>'
              f'<w:p><w:r><w:t>点击此处输入发文说明。</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    body.insert(len(body) - 1, parse_xml(prompt))
    heading = doc.add_paragraph("一、提升预报准确率")
    for run in _field("PAGEREF _Toc42 \\h", "<w:vanish/>", "7"):
        heading._p.append(parse_xml(run))
    note = doc.add_paragraph("暴雨预警提前量达到45分钟以上。")
    note._p.append(parse_xml(_run("（待分管领导确认）", "<w:vanish/>")))
    copy = doc.add_paragraph("抄送：")
    copy._p.append(parse_xml(f'<w:sdt {W}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>'
                             f'{_run("在此键入抄送机关")}</w:sdtContent></w:sdt>'))
    path = tmp_path / "hidden.docx"
    doc.save(str(path))
    _, blocks = extractors.extract(path)
    body_texts = [b.text for b in blocks if b.furniture is None]
    assert body_texts == ["河湾区气象局2025年工作要点", "一、提升预报准确率", "暴雨预警提前量达到45分钟以上。", "抄送："]
    aside = [(b.furniture, b.text) for b in blocks if b.furniture is not None]
    assert aside == [("placeholder", "点击此处输入发文说明。"), ("hidden", "7"), ("hidden", "（待分管领导确认）"),
                     ("placeholder", "在此键入抄送机关")]


def test_hidden_by_style_is_hidden_and_a_run_may_show_itself(tmp_path: Path) -> None:
    doc = docx.Document()
    from docx.enum.style import WD_STYLE_TYPE

    remark = doc.styles.add_style("审核批注", WD_STYLE_TYPE.CHARACTER)
    remark.element.get_or_add_rPr().append(parse_xml(f"<w:vanish {W}/>"))
    drafting = doc.styles.add_style("起草说明", WD_STYLE_TYPE.PARAGRAPH)
    drafting.element.get_or_add_rPr().append(parse_xml(f"<w:vanish {W}/>"))
    line = doc.add_paragraph("（二）完善自动站网布局")
    line.add_run("，见附表3", style="审核批注")
    shown = doc.add_paragraph("新建区域自动气象站")
    shown._p.append(parse_xml(_run("12个。", '<w:rStyle w:val="审核批注"/><w:vanish w:val="0"/>')))
    doc.add_paragraph("本段仅供起草组内部讨论。", style="起草说明")
    filled = doc.add_paragraph("联系人：")
    filled._p.append(parse_xml(f'<w:sdt {W}><w:sdtPr><w:text/></w:sdtPr><w:sdtContent>{_run("王晓")}</w:sdtContent></w:sdt>'))
    path = tmp_path / "styled-hidden.docx"
    doc.save(str(path))
    _, blocks = extractors.extract(path)
    assert [b.text for b in blocks if b.furniture is None] == ["（二）完善自动站网布局", "新建区域自动气象站12个。", "联系人：王晓"]
    assert [(b.furniture, b.text) for b in blocks if b.furniture] == [("hidden", "，见附表3"),
                                                                      ("hidden", "本段仅供起草组内部讨论。")]


def test_rows_and_cells_inside_content_controls_stay_in_their_table(tmp_path: Path) -> None:
    doc = docx.Document()
    table = doc.add_table(rows=2, cols=3)
    for row, texts in zip(table.rows, (("任务", "牵头单位", "完成时限"), ("建成雷达站1座", "观测科", "2025年9月")),
                          strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    tbl = table._tbl
    repeating = (f'<w:sdt {W}><w:sdtPr><w:tag w:val="repeat"/></w:sdtPr><w:sdtContent><w:tr>'
                 f'<w:tc><w:p>{_run("更新预警发布平台")}</w:p></w:tc>'
                 f'<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:tc><w:p>{_run("选择单位")}</w:p></w:tc>'
                 f'</w:sdtContent></w:sdt>'
                 f'<w:tc><w:p>{_run("2025年12月")}</w:p></w:tc></w:tr></w:sdtContent></w:sdt>')
    tbl.append(parse_xml(repeating))
    path = tmp_path / "sdt-rows.docx"
    doc.save(str(path))
    _, blocks = extractors.extract(path)
    rows = next(b.rows for b in blocks if b.kind == "table")
    assert rows == [["任务", "牵头单位", "完成时限"], ["建成雷达站1座", "观测科", "2025年9月"], ["更新预警发布平台", "", "2025年12月"]]
    assert [(b.furniture, b.text) for b in blocks if b.furniture] == [("placeholder", "选择单位")]


def _table_doc(path: Path, grid: list[list[list[str]]], after: list[str] = ()) -> Path:  # type: ignore[assignment]
    """A document whose first block is a table: each cell a list of paragraphs."""
    doc = docx.Document()
    table = doc.add_table(rows=len(grid), cols=len(grid[0]))
    for r, row in enumerate(grid):
        for c, paras in enumerate(row):
            cell = table.cell(r, c)
            cell.paragraphs[0].text = paras[0]
            for text in paras[1:]:
                cell.add_paragraph(text)
    for text in after:
        doc.add_paragraph(text)
    doc.save(str(path))
    return path


def test_a_one_column_table_holding_the_body_is_read_as_its_paragraphs(tmp_path: Path) -> None:
    """A WPS template puts the whole text in a one-column table, a cell per stretch or per line:
    its paragraphs are the document's; a one-column list of names stays a table."""
    body = ["为推进全域旅游发展，结合我区实际，制定本方案。", "一、工作目标", "全年接待游客突破300万人次。"]
    by_cell = _table_doc(tmp_path / "cell.docx", [[["澄湖区2026年全域旅游工作方案"]], [body], [["澄湖区文化和旅游局"]]])
    by_row = _table_doc(tmp_path / "rows.docx", [[["澄湖区2026年全域旅游工作方案"]], *[[[t]] for t in body]])
    names = _table_doc(tmp_path / "names.docx", [[["参会单位"]], [["1.区发展改革局"]], [["2.区财政局"]]], after=["请各单位按时参会。"])
    for path in (by_cell, by_row):
        _, blocks = extractors.extract(path)
        got = [(b.kind, b.text) for b in blocks if b.furniture is None]
        assert got[:4] == [("paragraph", "澄湖区2026年全域旅游工作方案"), *[("paragraph", t) for t in body]]
    _, blocks = extractors.extract(names)
    assert [b.kind for b in blocks if b.furniture is None] == ["table", "paragraph"]


def test_a_one_row_table_beside_the_title_is_the_title_block(tmp_path: Path) -> None:
    """The 发文机关 and 签发人 set in a cell beside the title cell, above the body: their lines are read
    as lines; the same shape after the body's first sentence is a table."""
    grid = [[["澄湖区文化和旅游局", "签发人：韩立群"], ["澄湖区2026年全域旅游工作方案"]]]
    top = _table_doc(tmp_path / "top.docx", grid, after=["为推进全域旅游发展，制定本方案。"])
    _, blocks = extractors.extract(top)
    assert [b.text for b in blocks if b.furniture is None] == [
        "澄湖区文化和旅游局", "签发人：韩立群", "澄湖区2026年全域旅游工作方案", "为推进全域旅游发展，制定本方案。"]
    doc = docx.Document()
    doc.add_paragraph("为推进全域旅游发展，制定本方案。")
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "牵头单位", "澄湖区2026年全域旅游工作方案"
    doc.save(str(tmp_path / "later.docx"))
    _, blocks = extractors.extract(tmp_path / "later.docx")
    assert [b.kind for b in blocks if b.furniture is None] == ["paragraph", "table"]


def test_a_chinese_label_s_comma_lost_to_a_question_mark_reads_as_a_comma(tmp_path: Path) -> None:
    """LibreOffice writes an RTF list's "%1、" as "%1?": no list label ends in "?" after a Chinese numeral."""
    lost = OUTLINE.replace('w:abstractNumId="77"', 'w:abstractNumId="81"').replace("%1、", "%1?")
    doc = docx.Document()
    _numbering(doc, lost, [f'<w:num {W} w:numId="81"><w:abstractNumId w:val="81"/></w:num>'])
    for text, lvl in [("目标任务", 0), ("宣传发动", 1), ("组织保障", 0), ("集中整治", 2)]:
        _numbered(doc, text, 81, lvl)
    path = tmp_path / "lost-comma.docx"
    doc.save(str(path))
    _, blocks = extractors.extract(path)
    assert [b.numbering for b in blocks if b.numbering] == ["一、", "（一）", "二、", "1."]


def test_a_two_column_table_of_labels_beside_text_is_read_as_parts(tmp_path: Path, parser) -> None:
    """A label cell beside a cell of running text in every row ("河道保洁" | "…不少于3次。") lays out the
    text's parts: each label a level-1 heading, its text the body under it. A first row naming the columns,
    or a right cell that is no sentence, makes it a table of data."""
    title = ["柳湾镇2026年人居环境整治工作要点"]
    rows = [[["河道保洁"], ["落实河长巡河制度，每月开展集中清淤不少于3次。"]],
            [["农村生活污水治理提升"], ["新建污水处理设施8座，", "实现行政村污水治理率达到75%。"]]]
    path = _table_doc(tmp_path / "parts.docx", rows, after=title)
    _, blocks = extractors.extract(path)
    got = [(b.text, b.outline_level) for b in blocks if b.furniture is None and b.kind == "paragraph"]
    assert got[:4] == [("河道保洁", 0), ("落实河长巡河制度，每月开展集中清淤不少于3次。", None),
                       ("农村生活污水治理提升", 0), ("新建污水处理设施8座，", None)]
    headed = _table_doc(tmp_path / "headed.docx", [[["工作事项"], ["主要内容"]], *rows])
    plain = _table_doc(tmp_path / "plain.docx", [[["河道保洁"], ["每月3次"]], [["垃圾清运"], ["日产日清"]]])
    numbered = _table_doc(tmp_path / "numbered.docx", [[["1"], rows[0][1]], [["2"], rows[1][1]]])
    for table in (headed, plain, numbered):
        assert [b.kind for b in extractors.extract(table)[1] if b.furniture is None] == ["table"]
    doc = docx.Document()
    doc.add_paragraph(title[0])
    doc.add_paragraph("为持续改善农村人居环境，制定本要点。")
    grid = doc.add_table(rows=2, cols=2)
    for r, (label, text) in enumerate(rows):
        grid.cell(r, 0).text, grid.cell(r, 1).text = label[0], "".join(text)
    doc.save(str(tmp_path / "plan.docx"))
    parsed = parser.parse(tmp_path / "plan.docx").documents[0]
    assert [(s.number, s.heading, s.level) for s in parsed.sections] == [("", "河道保洁", 1), ("", "农村生活污水治理提升", 1)]
    assert [(t.value, t.unit) for t in parsed.targets] == [(3, "次"), (8, "座"), (75, "%")]
