"""A plan issued as an official document (公文): the red header, the cover notice that issues it,
the plan itself, and the distribution note (版记) at the end. The document is our own."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

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
    # the notice's addressees and words are the file's text: the plan's preamble, before its own
    assert doc.paragraphs == [LINES[3], LINES[4], "为持续优化营商环境，激发市场主体活力，制定本要点。"]
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
    assert doc.paragraphs == ["各乡镇人民政府：", "现将《青禾县2025年农村公路建设工作方案》印发给你们，请认真贯彻执行。",
                              "为加快农村公路建设，制定本方案。"]


def test_a_title_a_pdf_copy_wrapped_mid_word_is_one_title(parser, tmp_path) -> None:
    """"…2023年工" over "作总结": the first line names no kind, the short second line ends the title."""
    path = tmp_path / "wrapped.txt"
    path.write_text("\n".join(["白沙县住房和城乡建设局2023年工", "作总结", "",
                               "2023年，我局围绕城乡建设中心工作，较好完成了全年任务。", "一、主要工作成效",
                               "全年改造老旧小区14个，惠及居民2100户。", "二、2024年工作打算", "继续推进城市更新。"]), encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert (doc.title, doc.org, doc.doc_type) == ("白沙县住房和城乡建设局2023年工作总结", "白沙县住房和城乡建设局", "summary")
    assert [s.heading for s in doc.sections] == ["主要工作成效", "2024年工作打算"]


def _in_table(path: Path, rows: list[list[str]], annex: bool) -> Path:
    """A template that sets the whole plan in a one-column table (a row per stretch of text),
    optionally followed by a centred annex title and its data table."""
    d = docx.Document()
    table = d.add_table(rows=len(rows), cols=1)
    for r, paragraphs in enumerate(rows):
        cell = table.cell(r, 0)
        cell.paragraphs[0].text = paragraphs[0]
        for text in paragraphs[1:]:
            cell.add_paragraph(text)
    if annex:
        d.add_paragraph("附件")
        title = d.add_paragraph("兰溪镇2026年人居环境整治项目表")
        title.alignment = 1
        title.runs[0].bold = True
        data = d.add_table(rows=2, cols=3)
        for c, (head, value) in enumerate(zip(("序号", "项目", "完成时限"), ("1", "村庄道路硬化", "6月底"), strict=True)):
            data.cell(0, c).text, data.cell(1, c).text = head, value
    d.save(str(path))
    return path


_TABLE_BODY = [["兰溪镇2026年人居环境整治工作方案"],
               ["为持续改善农村人居环境，结合我镇实际，制定本方案。", "一、工作目标",
                "年内完成12个行政村环境整治，卫生厕所普及率达到95%以上。", "二、重点任务", "（一）推进垃圾分类",
                "每个行政村配备分类收集点不少于3个。"],
               ["兰溪镇人民政府", "2026年2月10日"]]


def test_a_plan_set_in_a_one_column_table_is_read_as_its_text(parser, tmp_path) -> None:
    for annex in (False, True):
        result = parser.parse(_in_table(tmp_path / f"table{annex}.docx", _TABLE_BODY, annex))
        [doc] = result.documents
        assert (doc.title, doc.org, doc.doc_type, doc.date) == (
            "兰溪镇2026年人居环境整治工作方案", "兰溪镇", "plan", "2026年2月10日")
        assert doc.closing == ["兰溪镇人民政府", "2026年2月10日"]
        headings = [s.heading for s in doc.sections]
        assert headings[:2] == ["工作目标", "重点任务"] and len(headings) == 2 + annex
        assert doc.sections[0].paragraphs == ["年内完成12个行政村环境整治，卫生厕所普及率达到95%以上。"]


def test_a_table_before_the_chosen_title_is_listed_as_set_aside(parser, tmp_path) -> None:
    """Whatever stands above the title leaves the body listed, a table's rows as lines: nothing vanishes."""
    d = docx.Document()
    grid = d.add_table(rows=2, cols=2)
    grid.cell(0, 0).text, grid.cell(0, 1).text = "阶段", "工作内容"
    grid.cell(1, 0).text, grid.cell(1, 1).text = "一季度", "完成河道清淤12公里。"
    d.add_paragraph("附件")
    title = d.add_paragraph("兰溪镇2026年水环境整治任务清单")
    title.alignment = 1
    title.runs[0].bold = True
    d.add_paragraph("一、整治任务")
    d.add_paragraph("年内消除黑臭水体3处，新建污水管网8公里。")
    d.save(str(tmp_path / "above.docx"))
    result = parser.parse(tmp_path / "above.docx")
    assert result.documents[0].title == "兰溪镇2026年水环境整治任务清单"
    assert {"阶段 | 工作内容", "一季度 | 完成河道清淤12公里。"} <= set(result.removed)


def test_a_title_in_a_layout_table_beside_the_issuer_is_the_title(parser, tmp_path) -> None:
    d = docx.Document()
    row = d.add_table(rows=1, cols=2)
    row.cell(0, 0).paragraphs[0].text = "兰溪镇人民政府"
    row.cell(0, 0).add_paragraph("签发人：余朝阳")
    row.cell(0, 1).text = "兰溪镇2026年防汛工作方案"
    for line in ("为做好汛期防汛工作，制定本方案。", "一、工作目标", "确保汛期不发生人员伤亡。"):
        d.add_paragraph(line)
    d.save(str(tmp_path / "layout.docx"))
    result = parser.parse(tmp_path / "layout.docx")
    doc = result.documents[0]
    assert (doc.title, doc.org, [s.heading for s in doc.sections]) == ("兰溪镇2026年防汛工作方案", "兰溪镇", ["工作目标"])
    assert "签发人：余朝阳" in result.removed


def test_an_agenda_by_month_is_a_list_not_parts_named_by_months(parser, tmp_path) -> None:
    """"3月：审议…的报告；" under "安排如下：": each line one entry of the agenda; a part a date names ("7月：
    集中整改。对照问题清单…。") holds sentences of its own and stays a heading."""
    text = ("东坪县政协2026年工作要点\n\n一、围绕中心协商议政\n（一）开展专题协商\n全年安排专题协商，具体安排如下：\n"
            "3月：就城区停车难问题开展专题协商；\n5月：就乡村学校布局调整开展专题协商；\n第三季度：就养老服务体系建设开展专题协商。\n"
            "二、工作步骤\n7月：集中整改。对照问题清单逐项整改，9月底前全部销号。\n")
    path = tmp_path / "agenda.txt"
    path.write_text(text, encoding="utf-8")
    doc = parser.parse(path).documents[0]
    consult = doc.sections[0].children[0]
    assert consult.children == [] and any(p.startswith("5月：") for p in consult.paragraphs)
    assert [c.heading for c in doc.sections[1].children] == ["7月"]


_UNTITLED_ANNEX = [
    "石门县农业农村局文件", "石农发〔2026〕4号",
    "石门县农业农村局关于印发《石门县2026年农机安全生产专项整治方案》的通知",
    "各乡镇农业综合服务中心，局机关各股室：",
    "现将《石门县2026年农机安全生产专项整治方案》印发给你们，请结合实际抓好落实，各乡镇每月10日前报送整治进展。",
    "附件：石门县2026年农机安全生产专项整治方案",
    "石门县农业农村局", "2026年3月2日",
    "附件",
    "为切实防范农机安全事故，结合我县实际，制定本方案。",
    "一、整治目标", "全年农机安全检验率达到85%以上。",
    "二、整治重点", "（一）排查隐患", "对拖拉机、联合收割机开展拉网式排查。", "（二）规范驾驶", "年内培训农机驾驶人员600人次。",
]


def test_a_cover_notice_over_an_annex_label_without_the_title_again(parser, tmp_path) -> None:
    """The plan printed under a bare "附件" label, its title only in the notice's 《》: the notice is the
    cover (set aside with its reason), the 《》 names the plan, and the label heads no part — in every format."""
    text_path = tmp_path / "notice.txt"
    text_path.write_text("\n".join(_UNTITLED_ANNEX), encoding="gb18030")
    d = docx.Document()
    for line in _UNTITLED_ANNEX:
        d.add_paragraph(line)
    d.save(str(tmp_path / "notice.docx"))
    for path in (text_path, tmp_path / "notice.docx"):
        result = parser.parse(path)
        [doc] = result.documents
        assert (doc.title, doc.org, doc.year) == ("石门县2026年农机安全生产专项整治方案", "石门县农业农村局", 2026)
        assert doc.paragraphs == [*_UNTITLED_ANNEX[3:5], "为切实防范农机安全事故，结合我县实际，制定本方案。"]
        assert [(s.level, s.heading) for s in doc.sections] == [(1, "整治目标"), (1, "整治重点")]
        assert [c.heading for c in doc.sections[1].children] == ["排查隐患", "规范驾驶"]
        reasons = {r.text: r.reason for r in result.removed_reasons}
        for line in (*_UNTITLED_ANNEX[5:8], "附件"):  # its list of annexes, seal, date and label: the notice's
            assert reasons[line].startswith("cover notice")


def test_a_number_line_with_its_signer_is_never_part_of_the_title(parser, tmp_path) -> None:
    """A 上行文 prints its 文号 at the left and 签发人 at the right on one line, centred over the title
    as the title is: that line is the file's, set aside, not glued onto the title."""
    d = docx.Document()
    for line in ["秀水县林业局", "秀林报〔2026〕5号　　　　签发人：吴立成",
                 "关于秀水县2025年森林防火工作情况的报告", "县人民政府：",
                 "2025年，我局全面落实森林防火责任制，全年未发生较大森林火灾。现将有关情况报告如下。",
                 "一、主要工作", "全年巡山护林12000人次，清理林下可燃物3500亩。"]:
        paragraph = d.add_paragraph(line)
        if not line.startswith(("县人民政府", "2025年", "一、", "全年")):
            paragraph.alignment = 1
    d.save(str(tmp_path / "report.docx"))
    doc = parser.parse(tmp_path / "report.docx").documents[0]
    assert (doc.title, doc.org) == ("关于秀水县2025年森林防火工作情况的报告", "秀水县林业局")
    assert "签发人" not in "".join(doc.paragraphs)



def test_an_ocr_read_publication_note_is_still_the_distribution_note() -> None:
    """OCR reads the note's "（" as "〈": the line is still the 版记's, set aside with 抄送 and 印发."""
    from jihua.pipeline.covers import distribution_note
    from jihua.pipeline.model import Unit
    from jihua.schemas.blocks import Block, Provenance

    texts = ["全年完成河道清淤12公里。", "东山镇人民政府", "2024年12月20日", "〈此件公开发布)",
             "抄送：县水利局，县委办公室。", "东山镇党政办公室　　2024年12月21日印发"]
    units = [Unit(text=t, block=Block(text=t, prov=Provenance(file="t", index=i))) for i, t in enumerate(texts)]
    kept, note = distribution_note(units)
    assert [u.text for u in kept] == texts[:3] and [u.text for u in note] == texts[3:]


_ANNEX_LIST_NOTICE = [
    "临川县卫生健康局关于印发《临川县2025年基层卫生工作要点》的通知",
    "各乡镇卫生院，县直各医疗单位：",
    "现将《临川县2025年基层卫生工作要点》印发给你们，请认真组织实施。",
    "附件：",
    "1.临川县2025年基层卫生工作要点",
    "2.基层卫生重点工作责任清单",
    "临川县卫生健康局",
    "2025年3月5日",
    "临川县二〇二五年基层卫生工作要点",
    "一、工作目标",
    "家庭医生签约服务覆盖率稳定在75%以上。",
    "二、主要任务",
    "新建村卫生室标准化建设点12个。",
]


def test_a_notices_list_of_annexes_is_not_the_bare_label_over_the_plan(parser, tmp_path) -> None:
    """"附件：" over numbered names, before the sign-off, lists the annexes: it is not the bare label a
    plan is printed under, so no entry ("2.基层卫生重点工作责任清单") turns into a part of the plan."""
    path = tmp_path / "notice.txt"
    path.write_text("\n".join(_ANNEX_LIST_NOTICE), encoding="gb18030")
    result = parser.parse(path)
    plan = result.documents[-1]
    assert plan.title == "临川县二〇二五年基层卫生工作要点"
    assert [s.heading for s in plan.sections] == ["工作目标", "主要任务"]
    assert plan.paragraphs == []
    assert not any("责任清单" in p for s in plan.sections for p in s.paragraphs)


_NOTED_PLAN = [
    "首页 > 政务公开 > 规划计划",
    "白沙湾区农业农村局2026年工作计划",
    "{note}",
    "白农发〔2026〕6号",
    "为全面推进乡村振兴，结合我区实际，制定本计划。",
    "一、稳定粮食生产",
    "全年粮食播种面积稳定在13.2万亩以上。",
    "二、推进人居环境整治",
    "完成农村户厕改造1500户。",
    "白沙湾区农业农村局",
    "2026年2月10日",
]


@pytest.mark.parametrize("note", ["（此件公开发布）", "(此件主动公开)", "（ 此件依申请公开 ）", "（此件不予公开）"])
def test_a_publication_note_under_the_title_is_set_aside_not_a_heading(parser, tmp_path, note: str) -> None:
    """A portal's copy moves the 版记's publication note up under the title, above the 文号: it is the file's,
    set aside with its reason, and the opening paragraph stays the document's own, under no heading."""
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(_NOTED_PLAN).format(note=note), encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    assert doc.title == "白沙湾区农业农村局2026年工作计划"
    assert doc.paragraphs == ["为全面推进乡村振兴，结合我区实际，制定本计划。"]
    assert [(s.number, s.heading) for s in doc.sections] == [("一、", "稳定粮食生产"), ("二、", "推进人居环境整治")]
    reasons = {r.text: r.reason for r in result.removed_reasons}
    assert reasons[note].startswith("publication note")


def test_a_publication_note_above_the_first_part_of_a_web_page_is_set_aside(parser, tmp_path) -> None:
    page = ("<html><head><meta charset=\"utf-8\"><title>石湾区2026年生态环境保护工作计划</title></head><body>"
            "<h1>石湾区2026年生态环境保护工作计划</h1><p>石环发〔2026〕7号</p>"
            "<p>为持续改善全区生态环境质量，结合工作实际，制定本计划。</p><p>（此件主动公开）</p>"
            "<p>一、工作目标</p><p>全年空气质量优良天数比例达到88%以上。</p>"
            "<p>二、重点任务</p><p>完成12家重点企业挥发性有机物治理。</p>"
            "<p>石湾区生态环境分局</p><p>2026年3月2日</p></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    assert doc.paragraphs == ["为持续改善全区生态环境质量，结合工作实际，制定本计划。"]
    assert [s.heading for s in doc.sections] == ["工作目标", "重点任务"]
    assert "（此件主动公开）" in result.removed


def test_a_sentence_that_quotes_a_publication_note_stays_text() -> None:
    """Only a line that is the note and nothing else is set aside."""
    from jihua.pipeline.covers import publication_notes
    from jihua.pipeline.model import Unit
    from jihua.schemas.blocks import Block, Provenance

    texts = ["（此件公开发布）", "本计划标注“（此件公开发布）”，同步在区政府门户网站刊载。", "全年新建村级养老服务站8个。"]
    units = [Unit(text=t, block=Block(text=t, prov=Provenance(file="t", index=i))) for i, t in enumerate(texts)]
    kept, notes = publication_notes(units)
    assert [u.text for u in kept] == texts[1:] and [u.text for u in notes] == texts[:1]
