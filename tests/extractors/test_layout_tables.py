"""Tables that only lay out the text are read as the text's headings and paragraphs, in DOCX and PDF alike.

A template sets each part's heading in a ruled table's left cell and its text in the right one; WPS indents a
part's text with a borderless one-row table whose first cell is an empty spacer. A table of data (指标 | 目标值)
stays a table. Every text is our own.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from jihua.extractors import docx as docx_extractor
from jihua.extractors import pdf
from jihua.extractors.options import ExtractOptions
from jihua.schemas.blocks import Block

docx = pytest.importorskip("docx")
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402
from docx.shared import Pt  # noqa: E402

_NONE = "".join(f'<w:{edge} w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
                for edge in ("top", "left", "bottom", "right", "insideH", "insideV"))
_RULED = "".join(f'<w:{edge} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                 for edge in ("top", "left", "bottom", "right", "insideH", "insideV"))


def _borders(table: object, edges: str) -> None:
    tbl_pr = table._tbl.tblPr  # type: ignore[attr-defined]
    tbl_pr.append(parse_xml(f"<w:tblBorders {nsdecls('w')}>{edges}</w:tblBorders>"))


def _para(cell: object, text: str, lead: str = "", indent: bool = True) -> None:
    """A paragraph in a cell, 16 pt, set two characters in, its run-in heading bold."""
    p = cell.add_paragraph() if cell.paragraphs[0].text or lead == "\0" else cell.paragraphs[0]  # type: ignore[attr-defined]
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if lead:
        run = p.add_run(lead)
        run.bold, run.font.size = True, Pt(16)
    p.add_run(text).font.size = Pt(16)


def _blocks(path: Path) -> list[Block]:
    extract = pdf.extract if path.suffix == ".pdf" else docx_extractor.extract
    return [b for b in extract(path, ExtractOptions()) if b.furniture is None]


# --- WPS's indenting tables: a spacer cell beside the text ---------------------------------------------------

_INDENTED = "依托滨河公园和社区空地，新建多功能运动场5处、健身步道9公里，更新老旧器材200件。"


def _spacer_docx(path: Path, edges: str, text: str = _INDENTED) -> Path:
    d = docx.Document()
    d.add_paragraph("（二）完善健身设施")
    table = d.add_table(rows=1, cols=2)
    _borders(table, edges)
    table.cell(0, 1).paragraphs[0].add_run(text)
    d.add_paragraph("（三）丰富赛事活动")
    d.save(path)
    return path


def test_a_borderless_table_with_a_spacer_cell_is_body_text(tmp_path: Path) -> None:
    blocks = _blocks(_spacer_docx(tmp_path / "indent.docx", _NONE))
    assert [b.kind for b in blocks] == ["paragraph"] * 3
    assert [b.text for b in blocks] == ["（二）完善健身设施", _INDENTED, "（三）丰富赛事活动"]


def test_a_ruled_table_or_a_table_of_names_stays_a_table(tmp_path: Path) -> None:
    ruled = _blocks(_spacer_docx(tmp_path / "ruled.docx", _RULED))
    assert [b.kind for b in ruled] == ["paragraph", "table", "paragraph"]
    names = _blocks(_spacer_docx(tmp_path / "names.docx", _NONE, "区文体旅游局"))  # a unit's name, no sentence
    assert [b.kind for b in names] == ["paragraph", "table", "paragraph"]


# --- a ruled two-column layout table printed to PDF ----------------------------------------------------------

_PARTS = [
    ("一、总体目标", [("", "到年底，全镇村级综合服务站实现全覆盖，群众办事满意度达到92%以上，"
                       "村级事务线上办理比例提高到60%。")]),
    ("二、重点任务", [("（一）优化便民服务。", "推行村级事务代办制度，每个行政村配备代办员不少于2名，"
                       "全年代办事项不少于3000件。"),
                      ("（二）抓好平安。", "组建村级巡防队伍14支，每周开展夜间巡防不少于2次，"
                       "重点时段加密巡查频次。"),
                      ("（三）推进数字乡村。", "完成9个村的数字化管理平台接入，村务公开信息每月更新一次。")]),
    ("三、保障措施", [("", "镇财政安排专项经费80万元，纳入年度预算统筹使用，并加强资金使用监管。")]),
]


def _layout_docx(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph().add_run("清河镇2027年基层治理工作计划").font.size = Pt(22)
    table = d.add_table(rows=len(_PARTS), cols=2)
    table.style = "Table Grid"
    for row, (label, paras) in zip(table.rows, _PARTS, strict=True):
        row.cells[0].width, row.cells[1].width = Pt(100), Pt(340)
        row.cells[0].paragraphs[0].add_run(label).font.size = Pt(16)
        for lead, text in paras:
            _para(row.cells[1], text, lead, indent=bool(lead))
    d.add_paragraph().add_run("清河镇人民政府").font.size = Pt(16)
    d.save(path)
    return path


def _data_docx(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph().add_run("清河镇2027年主要指标").font.size = Pt(22)
    table = d.add_table(rows=3, cols=2)
    table.style = "Table Grid"
    for row, cells in zip(table.rows, [("指标", "目标值"), ("群众办事满意度", "92%以上。"),
                                       ("代办事项", "不少于3000件。")], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.paragraphs[0].add_run(text).font.size = Pt(16)
    d.save(path)
    return path


def _printed(docx_path: Path) -> Path:
    from corpus.render import pdf_from_docx

    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        pytest.skip("LibreOffice is not installed (CI installs it)")
    out = docx_path.with_suffix(".pdf")
    pdf_from_docx(docx_path, out)
    return out


@pytest.fixture(scope="module")
def layout_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _printed(_layout_docx(tmp_path_factory.mktemp("layout") / "layout.docx"))


def test_a_printed_layout_table_is_read_as_headings_and_paragraphs(layout_pdf: Path) -> None:
    blocks = _blocks(layout_pdf)
    assert not [b for b in blocks if b.kind == "table"]
    assert [b.text for b in blocks if b.outline_level == 0] == [label for label, _ in _PARTS]
    texts = [b.text for b in blocks]
    labels = [texts.index(label) for label, _ in _PARTS] + [len(texts) - 1]  # (the sign-off closes the last part)
    for (_, paras), at, end in zip(_PARTS, labels, labels[1:], strict=False):
        under = texts[at + 1: end]  # the right cell's text under its label, a paragraph (or run-in heading) at each lead
        assert "".join(under) == "".join(lead + text for lead, text in paras)
        assert all(any(t.startswith(lead) for t in under) for lead, _ in paras if lead)
        assert len(under) >= len(paras)


def test_a_printed_layout_tables_run_in_heading_keeps_its_bold_words(layout_pdf: Path) -> None:
    run_in = [b for b in _blocks(layout_pdf) if b.text.startswith("（二）抓好平安。")]
    assert len(run_in) == 1 and run_in[0].bold_lead == "（二）抓好平安。"


def test_a_printed_two_column_table_of_data_stays_a_table(tmp_path: Path) -> None:
    blocks = _blocks(_printed(_data_docx(tmp_path / "data.docx")))
    tables = [b for b in blocks if b.kind == "table"]
    assert len(tables) == 1 and tables[0].rows and tables[0].rows[0] == ["指标", "目标值"]


# --- the same layout in a web page ---------------------------------------------------------------------------

_PAGE = """<html><head><meta charset="utf-8"><title>清河镇2027年基层治理工作计划</title></head><body><div>
<h1>清河镇2027年基层治理工作计划</h1>
<table border="1"><tr><td>一、总体目标</td><td><p>到年底，全镇村级综合服务站实现全覆盖，群众满意度达到92%以上。</p></td></tr>
<tr><td>二、重点任务</td><td><p>（一）优化便民服务。推行代办制度，全年代办事项不少于3000件。</p><p>（二）抓好平安。组建巡防队伍14支。</p>
</td></tr></table>
<p>三、指标安排</p><p>各项主要指标安排如下表，由镇党政办负责汇总调度并按季度通报进展情况。</p>
<table border="1"><tr><td>指标</td><td>目标值</td></tr><tr><td>群众满意度</td><td>92%以上</td></tr>
<tr><td>代办事项</td><td>不少于3000件</td></tr></table>
</div></body></html>"""


def test_a_web_pages_layout_table_is_text_and_its_table_of_data_a_table(tmp_path: Path) -> None:
    from jihua.extractors import html

    page = tmp_path / "plan.html"
    page.write_text(_PAGE, encoding="utf-8")
    blocks = [b for b in html.extract(page, ExtractOptions()) if b.furniture is None]
    texts = [b.text for b in blocks if b.kind == "paragraph"]
    assert texts[:4] == ["一、总体目标", "到年底，全镇村级综合服务站实现全覆盖，群众满意度达到92%以上。", "二、重点任务",
                         "（一）优化便民服务。推行代办制度，全年代办事项不少于3000件。"]
    tables = [b for b in blocks if b.kind == "table"]
    assert len(tables) == 1 and tables[0].rows and tables[0].rows[0] == ["指标", "目标值"]
