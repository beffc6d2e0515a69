"""Plans filed inside an office's own wrappers: an OA form of labelled fields (发文稿纸, 收文处理单) printed above the
plan's title, a red header (发文机关标志 and 文号) between the form and the title, and an archive's 卷内备考表 under the
sign-off. None of them is a document or the plan's text; each is kept in `removed` with its reason. Our own invented
offices, forms and wording, in the formats these wrappers come in (Word, its PDF print, plain text)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

TITLE = "溪川市文化旅游局2026年文旅融合发展工作方案"
BODY = [
    ("p", "为推动文化和旅游深度融合，打造溪川文旅品牌，结合我市实际，制定本方案。"),
    ("p", "一、工作目标"),
    ("p", "全年接待游客突破860万人次，旅游总收入达到72亿元，新增国家3A级以上景区2家。"),
    ("p", "二、重点任务"),
    ("p", "（一）培育文旅新业态"),
    ("p", "推出研学旅行精品线路6条，举办夜间文旅消费活动不少于30场。"),
    ("p", "三、保障措施"),
    ("p", "各科室要按照职责分工抓好落实，每季度报送一次工作进展。"),
    ("right", "溪川市文化旅游局"),
    ("right", "2026年2月10日"),
]
# a 发文稿纸: labels at the left (and in the third column), values beside them; a long value spans three columns
SENDING_FORM = [
    ["标　　题", TITLE, None, None],
    ["文　　号", "溪文旅发〔2026〕4号", "缓　　急", "平件"],
    ["拟稿科室", "产业发展科", "拟 稿 人", "方某某"],
    ["核　　稿", "已核。唐某某 2月8日", "校　　对", "严某某"],
    ["签　　发", "同意印发。尹某某 2月9日", None, None],
    ["主　　送", "各区县文化旅游局，局属各单位", None, None],
    ["抄　　送", "市人民政府办公室", None, None],
    ["印发份数", "45份", "公开属性", "主动公开"],
]
# a 收文处理单 of the body that received the plan
RECEIVING_FORM = [
    ["来文单位", "溪川市文化旅游局", "收文日期", "2026年2月12日"],
    ["来文字号", "溪文旅发〔2026〕4号", "份　　数", "1份"],
    ["拟办意见", "请文化站牵头研究落实。办公室 邹某某 2月12日", None, None],
    ["领导批示", "同意，请抓好景区配套工作。戴某某 2月13日", None, None],
    ["办理结果", "已召开专题会议部署。经办人：柏某某", None, None],
]


def _table(document, rows: list[list[str | None]]) -> None:
    table = document.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text is not None:
                table.cell(r, c).text = text
        if row[2] is None:  # a value merged across the row's other columns (gridSpan)
            table.cell(r, 1).merge(table.cell(r, 3))


def _centred(document, text: str, size: int, bold: bool = True) -> None:
    p = document.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    run.font.size, run.bold = Pt(size), bold


def _wrapped(path: Path, form_name: str, rows: list[list[str | None]], header: bool = False) -> Path:
    """A Word file: the form's name and its table, (the red header,) then the plan."""
    d = docx.Document()
    _centred(d, form_name, 18)
    _table(d, rows)
    if header:  # the 发文机关标志 and the 文号 of the document received
        _centred(d, "溪川市文化旅游局", 26)
        _centred(d, "溪文旅发〔2026〕4号", 12, bold=False)
    _centred(d, TITLE, 20)
    for style, text in BODY:
        p = d.add_paragraph(text)
        if style == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.save(str(path))
    return path


def _as_pdf(src: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice not installed")
    subprocess.run([soffice, f"-env:UserInstallation=file://{src.parent}/profile", "--headless", "--convert-to", "pdf",
                    "--outdir", str(src.parent), str(src)], check=True, capture_output=True, timeout=180)
    return src.with_suffix(".pdf")


def _one_plan_under_its_form(result, form_name: str, label: str) -> None:
    assert [d.title for d in result.documents] == [TITLE]
    doc = result.documents[0]
    assert doc.doc_type == "plan" and doc.tables == []
    assert [s.heading for s in doc.sections] == ["工作目标", "重点任务", "保障措施"]
    assert not any(form_name in p or label in p for p in doc.paragraphs)
    rows = [r for r in result.removed_reasons if r.text.replace(" ", "").replace("\u3000", "").startswith(label)]
    assert rows and rows[0].reason.startswith("a form of labelled fields before the title")
    assert any(r.text == form_name for r in result.removed_reasons)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_sending_form_above_the_title_is_set_aside_not_a_document(parser, tmp_path, fmt) -> None:
    path = _wrapped(tmp_path / "gaozhi.docx", "溪川市文化旅游局发文稿纸", SENDING_FORM)
    result = parser.parse(path if fmt == "docx" else _as_pdf(path))
    _one_plan_under_its_form(result, "溪川市文化旅游局发文稿纸", "签发")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_receiving_form_and_the_red_header_go_with_the_plan_they_wrap(parser, tmp_path, fmt) -> None:
    path = _wrapped(tmp_path / "shouwen.docx", "石桥镇人民政府收文处理单", RECEIVING_FORM, header=True)
    result = parser.parse(path if fmt == "docx" else _as_pdf(path))
    _one_plan_under_its_form(result, "石桥镇人民政府收文处理单", "来文单位")
    # the 发文机关标志 is the plan's own title block: it names the issuer, never titles a document of its own
    assert result.documents[0].org == "溪川市文化旅游局"
    assert any(r.text == "溪文旅发〔2026〕4号" for r in result.removed_reasons)


def test_an_issuer_over_its_number_above_the_title_is_no_document(parser, tmp_path) -> None:
    """A small stamp box (two rows: no form), then the 发文机关标志 over its 文号, then the title: one document."""
    d = docx.Document()
    _table(d, [["缓　　急", "特急", "密　　级", "无"], ["签 收 人", "龚某某", "签收时间", "2月12日"]])
    _centred(d, "溪川市文化旅游局", 26)
    _centred(d, "溪文旅发〔2026〕4号", 12, bold=False)
    _centred(d, TITLE, 20)
    for _, text in BODY:
        d.add_paragraph(text)
    d.save(str(tmp_path / "masthead.docx"))
    result = parser.parse(tmp_path / "masthead.docx")
    assert [doc.title for doc in result.documents] == [TITLE]


def test_a_task_table_is_no_form() -> None:
    """A 任务分解表's first cells are short words too, but its first row names its columns."""
    from jihua.pipeline.rules.tables import field_form
    assert not field_form([["工作任务", "具体措施", "牵头科室", "完成时限"],
                           ["景区提质", "完成两处游客中心改造", "资源开发科", "10月底前"],
                           ["品牌推广", "参加文旅推介会4场", "宣传推广科", "12月底前"],
                           ["人才培训", "培训导游和讲解员300人次", "人事科", "11月底前"]])
    assert not field_form([["序号", "工作任务", "责任科室"], ["1", "景区提质", "资源开发科"],
                           ["2", "品牌推广", "宣传推广科"], ["3", "人才培训", "人事科"]])
    assert field_form([[c or "" for c in row] for row in SENDING_FORM])


def test_a_task_table_titled_before_a_plan_stays_a_document(parser, tmp_path) -> None:
    """A 任务分解表 with its own title before a plan: two documents, as before (a table, not a form)."""
    d = docx.Document()
    _centred(d, "溪川市文化旅游局2026年重点工作任务分解表", 20)
    rows = [["工作任务", "具体措施", "牵头科室", "完成时限"], ["景区提质", "完成两处游客中心改造", "资源开发科", "10月底前"],
            ["品牌推广", "参加文旅推介会4场", "宣传推广科", "12月底前"], ["人才培训", "培训导游和讲解员300人次", "人事科", "11月底前"]]
    table = d.add_table(rows=4, cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    _centred(d, TITLE, 20)
    for _, text in BODY:
        d.add_paragraph(text)
    d.save(str(tmp_path / "tasks.docx"))
    result = parser.parse(tmp_path / "tasks.docx")
    assert [doc.title for doc in result.documents] == ["溪川市文化旅游局2026年重点工作任务分解表", TITLE]


def test_a_reply_form_annexed_after_the_body_stays_the_plans(parser, tmp_path) -> None:
    """A 回执表 after the sign-off is the plan's annex, a form or not: kept where it is."""
    d = docx.Document()
    _centred(d, TITLE, 20)
    for _, text in BODY:
        d.add_paragraph(text)
    d.add_paragraph("附件")
    _centred(d, "文旅融合项目申报回执表", 16)
    _table(d, [["单位名称", "", "联 系 人", ""], ["联系电话", "", "电子邮箱", ""], ["申报项目", "", None, None],
               ["项目简介", "", None, None]])
    d.save(str(tmp_path / "huizhi.docx"))
    result = parser.parse(tmp_path / "huizhi.docx")
    assert [doc.title for doc in result.documents] == [TITLE]
    assert not any("回执" in r.text for r in result.removed_reasons)


FILED = """云岭乡人民政府2025年工作总结
一、主要成效
全年新增市场主体86户，完成造林面积1300亩。
二、下一步打算
持续抓好产业发展和基层治理。
云岭乡人民政府
2026年1月6日
卷 内 备 考 表
档号：0207-WS·2025-Y-DZB
本卷情况说明
本卷共有文件材料9件，共计31页，其中文字材料29页，图表材料2页，照片0张。卷内文件齐全完整，已按件号顺序排列整齐。
立卷人：钱某某
2026年1月15日
检查人：卢某某
2026年1月16日
互见号：
"""


def test_a_filing_sheet_under_the_sign_off_is_set_aside_whatever_its_note(parser, tmp_path) -> None:
    path = tmp_path / "filed.txt"
    path.write_text(FILED, encoding="utf-8")
    result = parser.parse(path)
    doc = result.documents[0]
    assert [s.heading for s in doc.sections] == ["主要成效", "下一步打算"]
    assert doc.closing == ["云岭乡人民政府", "2026年1月6日"]
    assert not any("共计31页" in t.text for t in doc.targets)
    sheet = [r.text for r in result.removed_reasons if "卷内备考表" in r.reason]
    assert sheet[0] == "卷内备考表" and "立卷人：钱某某" in sheet and "互见号：" in sheet


def test_a_filing_sheet_in_a_word_file(parser, tmp_path) -> None:
    d = docx.Document()
    for line in FILED.strip().splitlines():
        p = d.add_paragraph(line)
        if line.startswith(("云岭乡人民政府", "2026年1月6日")) and "总结" not in line:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.save(str(tmp_path / "filed.docx"))
    result = parser.parse(tmp_path / "filed.docx")
    doc = result.documents[0]
    assert [s.heading for s in doc.sections] == ["主要成效", "下一步打算"]
    assert doc.closing == ["云岭乡人民政府", "2026年1月6日"]


def test_a_note_naming_a_filing_sheet_in_the_body_stays(parser, tmp_path) -> None:
    """"备考表" as a line of the body, under no sign-off (a records office's plan lists the forms it will fill): text."""
    path = tmp_path / "records.txt"
    path.write_text("云岭乡档案室2026年工作计划\n一、规范立卷\n每卷按要求填写以下表格：\n备考表\n"
                    "本卷情况说明由立卷人填写，检查人复核后签字确认，全年完成立卷120卷。\n立卷人：各站所档案员\n"
                    "二、加强保管\n定期检查库房温湿度。\n", encoding="utf-8")
    result = parser.parse(path)
    def paragraphs(sections) -> list[str]:
        return [p for s in sections for p in [*s.paragraphs, *paragraphs(s.children)]]
    assert any("全年完成立卷120卷" in p for p in paragraphs(result.documents[0].sections))
    assert result.removed_reasons == []
