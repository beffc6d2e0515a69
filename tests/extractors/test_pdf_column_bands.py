"""Two columns under a full-width title block, a folio centred in the gutter below them: the columns
are read left then right, the title block and the folio keep their place; a one-column page with a
centred heading and a folio is read line by line. Every text is our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.extractors.pdf_columns import split_columns
from jihua.extractors.pdf_lines import Char, text_lines

from jihua import extractors

_LEFT = ["一、工作目标", "全年完成河道保洁一百二十公里，", "清理岸线垃圾四百吨，水面漂浮", "物打捞率保持百分之九十五以上。",
         "二、重点任务", "（一）落实河段包干。各村明确", "保洁员一名，每日巡查一次，发现", "问题当天处置到位。",
         "（二）强化源头管控。严禁向河", "道倾倒建筑垃圾和生活垃圾，对违"]
_RIGHT = ["规行为依法查处，每月通报一次。", "（三）开展集中整治。汛期前完", "成淤积河段清淤八处，拆除阻水", "设施十二处。",
          "三、保障措施", "（一）加强组织领导。成立工作", "专班，统筹推进保洁工作。", "（二）强化资金保障。县财政安",
          "排专项资金三百万元，按季拨付。", "（三）严格考核奖惩。每季度考"]


def _chars(text: str, x0: float, top: float, size: float = 12.0) -> list[Char]:
    out, x = [], x0
    for ch in text:
        if ch == " ":  # a blank is a gap between glyphs
            x += 0.3 * size
            continue
        width = size if not ch.isascii() else 0.55 * size
        out.append(Char(ch, x, x + width, top, top + size, size, "NotoSerifCJK"))
        x += width
    return out


def _page(folio: str = "— 1 —") -> list[Char]:
    """A title and a full-width opening paragraph, then two columns of 30 lines, then a folio."""
    chars = _chars("柳溪县二〇二六年河道保洁工作方案", 160, 60, size=18)
    chars += _chars("为巩固河道治理成效，持续改善城乡水环境，结合本县实际，制定", 70, 100)
    chars += _chars("本方案。", 70, 118)
    for k, (left, right) in enumerate(zip(3 * _LEFT, 3 * _RIGHT, strict=True)):
        chars += _column(left, 70, 282, 150 + 20 * k) + _column(right, 312, 524, 150 + 20 * k)
    return chars + _chars(folio, 280, 790)


def _column(text: str, x0: float, x1: float, top: float) -> list[Char]:
    """A column's line, set full to its width (justified) unless it ends a paragraph."""
    chars = _chars(text, x0, top)
    if text.endswith("。") or len(text) < 12:
        return chars
    step = (x1 - x0 - 12) / (len(chars) - 1)
    return [c._replace(x0=x0 + k * step, x1=x0 + k * step + 12) for k, c in enumerate(chars)]


@pytest.mark.parametrize("folio", ["— 1 —", "第 1 页", "- 1 -"])
def test_columns_under_a_title_block_with_a_folio_in_the_gutter_read_left_then_right(folio: str) -> None:
    lines = text_lines(_page(folio))
    columns = split_columns(lines, 595, 842)
    assert columns is not None
    texts = [t for t, _ in columns.lines]
    assert texts[:3] == ["柳溪县二〇二六年河道保洁工作方案", "为巩固河道治理成效，持续改善城乡水环境，结合本县实际，制定", "本方案。"]
    assert texts[3:-1] == [*3 * _LEFT, *3 * _RIGHT], "the left column whole, then the right one"
    assert texts[-1].replace(" ", "") == folio.replace(" ", ""), "the folio keeps its place below the columns"


def test_a_one_column_page_with_a_centred_heading_and_a_folio_is_not_split() -> None:
    chars = _chars("柳溪县河道保洁考核办法", 200, 60, size=18)
    for k in range(24):
        chars += _chars("各村保洁工作实行百分制考核，考核结果与保洁经费拨付挂钩，按季度兑现。"[: 36 - k % 3], 70, 100 + 20 * k)
    chars += _chars("第二章 考核内容", 250, 600) + _chars("— 2 —", 284, 770)
    assert split_columns(text_lines(chars), 595, 842) is None


def _reportlab_pdf(path: Path) -> Path:
    """A first page set as reportlab frames: a full-width title block, then two columns, a folio."""
    pytest.importorskip("reportlab")
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=10.5, leading=16, firstLineIndent=21, wordWrap="CJK")
    title = ParagraphStyle("title", parent=body, fontSize=18, leading=26, alignment=1, firstLineIndent=0)
    width, height, margin, gap = 595, 842, 68, 24  # a folio wider than the gutter
    column = (width - 2 * margin - gap) / 2

    def folio(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.setFont("STSong-Light", 10.5)
        canvas.drawCentredString(width / 2, 36, f"第 {doc.page} 页")

    top = 150
    pad = {"leftPadding": 0, "rightPadding": 0}
    frames = [Frame(margin, height - margin - top, width - 2 * margin, top, id="top", **pad),
              Frame(margin, margin, column, height - 2 * margin - top, id="left", **pad),
              Frame(margin + column + gap, margin, column, height - 2 * margin - top, id="right", **pad)]
    doc = BaseDocTemplate(str(path), pagesize=(width, height), pageTemplates=[PageTemplate("p", frames, onPage=folio)])
    story = [Paragraph("柳溪县二〇二六年河道保洁工作方案", title),
             Paragraph("为巩固河道治理成效，持续改善城乡水环境质量，切实保障群众用水安全，结合本县实际，制定本方案。", body),
             FrameBreak()]
    story += [Paragraph(text, body) for text in _PARAS]
    doc.build(story)
    return path


_PARAS = ["一、工作目标", "全年完成河道保洁一百二十公里，清理岸线垃圾四百吨，水面漂浮物打捞率保持百分之九十五以上，"
          "群众满意度达到百分之九十。", "二、重点任务",
          "（一）落实河段包干。各村明确保洁员一名，每日巡查一次，发现问题当天处置到位，做到河面无漂浮物、河岸无垃圾。",
          "（二）强化源头管控。严禁向河道倾倒建筑垃圾和生活垃圾，对违规行为依法查处，每月通报一次，曝光典型案例。",
          "（三）开展集中整治。汛期前完成淤积河段清淤八处，拆除阻水设施十二处，恢复河道行洪能力。",
          "三、保障措施", "（一）加强组织领导。成立工作专班，由分管副县长任组长，统筹推进全县河道保洁工作。",
          "（二）强化资金保障。县财政安排专项资金三百万元，按季度拨付到村，专款专用。",
          "（三）严格考核奖惩。每季度考核一次，考核结果与保洁经费拨付和村干部绩效挂钩。"]


def test_a_reportlab_page_with_a_title_block_over_two_columns_reads_paragraph_by_paragraph(tmp_path: Path) -> None:
    pdf = _reportlab_pdf(tmp_path / "columns.pdf")
    body = [b.text for b in extractors.extract(pdf)[1] if b.furniture is None and b.kind != "table"]
    assert body[-len(_PARAS):] == _PARAS
