"""A slide deck exported to PDF: bullet text indented past its bullet glyph, in a text box narrower than
the page. A line that ran to the box's edge without closing its clause goes on in the next line at the
same indent; separate short items stay apart. PDFs are drawn here with reportlab; every text is our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.extractors.layout import BodyMetrics, Line, paragraphs

SIZE = 18.0
GLYPH_X, TEXT_X = 50.0, 86.0  # the bullet glyph and its text's indent


def _sizes(rows: list[tuple[float, str]]) -> list[int]:
    """Lines (x0, text) down one slide; the frame's left is the glyph's, as a deck's headings set it."""
    metrics = BodyMetrics(left=GLYPH_X, right=780.0, size=SIZE, gap=22.0, font="NotoSans")
    lines = [Line(1, x0, x0 + SIZE * sum(0.55 if c.isascii() else 1 for c in text), 100 + 22 * i, 118 + 22 * i,
                  text, SIZE, font="NotoSans") for i, (x0, text) in enumerate(rows)]
    return [len(p.lines) for p in paragraphs(lines, metrics)]


def test_a_bullet_line_run_to_its_box_edge_goes_on_at_the_same_indent() -> None:
    """"…全年发放防汛明白卡不少于2" / "万张。": the text box, far narrower than the page, ends the line, not the paragraph."""
    assert _sizes([
        (GLYPH_X, "■（一）强化预警发布"),
        (TEXT_X, "依托乡村大喇叭和短信平台发布雨情，全年发放防汛明白卡不少于2"),
        (TEXT_X, "万张。"),
        (TEXT_X, "汛前完成山塘水库安全鉴定。"),
    ]) == [1, 2, 1]


def test_separate_short_items_at_one_indent_stay_apart() -> None:
    """Items of a list, none closing with "。": the widest sets the block's edge, but no clause mark
    makes them running text; an item of a glyph or label of its own opens afresh too."""
    assert _sizes([
        (TEXT_X, "健全县乡村三级汛情预警信息发布网络"),
        (TEXT_X, "完善防汛物资储备"),
        (TEXT_X, "开展山洪灾害避险转移演练"),
    ]) == [1, 1, 1]
    assert _sizes([
        (TEXT_X, "全年组织防汛演练不少于6场次，覆盖全部重点村"),
        (TEXT_X, "●汛期实行领导带班值守，每日报告雨情水情"),
        (TEXT_X, "（三）完善物资储备，补充冲锋舟4艘"),
    ]) == [1, 1, 1]


def test_a_narrow_box_short_of_twelve_ems_is_no_wrapped_text() -> None:
    """A box of 10 characters with clause marks in its lines: too narrow to tell wrapping from items."""
    assert _sizes([
        (TEXT_X, "排查隐患，整改到位"),
        (TEXT_X, "巡查堤防，每日一次。"),
    ]) == [1, 1]


def _deck(path: Path) -> Path:
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    width, height = 842.0, 474.0  # a 16:9 slide
    c = canvas.Canvas(str(path), pagesize=(width, height))
    c.setFont("STSong-Light", 40)
    c.drawCentredString(width / 2, height - 190, "南塘区2027年防汛抗旱工作方案")
    c.setFont("STSong-Light", 28)
    c.drawCentredString(width / 2, height - 260, "南塘区防汛抗旱指挥部")
    c.showPage()
    slide = [("一、工作目标", 30, width / 2), ("■（一）强化预警发布", 20, GLYPH_X)]
    slide += [(line, SIZE, TEXT_X) for line in ("依托乡村大喇叭和短信平台发布雨情，全年发放防汛明白卡不少于2",
                                                  "万张，汛前完成全部山塘水库安全鉴定。")]
    slide += [("■（二）完善物资储备", 20, GLYPH_X), ("新增冲锋舟4艘、救生衣600件，储备编织袋不少于5万条。", SIZE, TEXT_X)]
    top = 50.0
    for line, size, x in slide:
        c.setFont("STSong-Light", size)
        if x == width / 2:
            c.drawCentredString(x, height - top - size, line)
        else:
            c.drawString(x, height - top - size, line)
        top += size * 1.3 + 6
    c.save()
    return path


def test_a_deck_pdf_keeps_a_wrapped_target_whole(parser, tmp_path: Path) -> None:
    """The target cut at the box's edge ("不少于2" / "万张") is read whole, with its unit."""
    doc = parser.parse(_deck(tmp_path / "deck.pdf")).documents[0]
    paras = [p for s in doc.sections for p in s.paragraphs] + [p for s in doc.sections for c in s.children
                                                                 for p in c.paragraphs]
    assert any("不少于2万张" in p for p in paras), paras
    assert any(t.value == 2 and t.unit == "万张" for t in doc.targets), doc.targets


def test_an_indented_heading_over_a_first_line_indent_stays_apart() -> None:
    """A document's own first-line indent: a heading set at it, run to the margin with a comma, over a
    paragraph whose first line is indented too and goes on at the margin. The indent is no box's."""
    metrics = BodyMetrics(left=GLYPH_X, right=482.0, size=SIZE, gap=22.0, font="NotoSans")
    rows = [(TEXT_X, 482.0, "（二）筑牢基层防线，乡村应急服务能力提高"),
            (TEXT_X, 482.0, "全镇建成应急服务站九个，配备专兼职队员一百"),
            (GLYPH_X, 482.0, "二十名，做到每村有人管、每户有人联，全年处置险"),
            (GLYPH_X, 200.0, "情三十一起。")]
    lines = [Line(1, x0, x1, 100 + 22 * i, 118 + 22 * i, text, SIZE, font="NotoSans")
             for i, (x0, x1, text) in enumerate(rows)]
    assert [len(p.lines) for p in paragraphs(lines, metrics)] == [1, 3]


def test_items_of_one_length_at_one_indent_stay_apart() -> None:
    """Items of a list all as long as each other: every line reaches the block's edge, none ends short
    of it, so the block tells nothing and the page's margin (far to the right) parts them."""
    assert _sizes([
        (TEXT_X, "北坪乡新建农村物流站点4个，改造集贸市场1个"),
        (TEXT_X, "南岭镇新建农村物流站点3个，改造集贸市场2个"),
        (TEXT_X, "东湾村新建农村物流站点2个，改造集贸市场1个"),
    ]) == [1, 1, 1]


def test_labelled_items_in_a_ragged_block_stay_apart() -> None:
    """A ragged block (one item longer than the rest): an item opening on a short label and a colon
    after one opening so, or on the opening words of the line above, is no wrap."""
    assert _sizes([
        (TEXT_X, "北坪乡：新建农村物流站点4个，改造集贸市场1个，建设冷链仓储1座"),
        (TEXT_X, "南岭镇：新建农村物流站点3个"),
    ]) == [1, 1]
    assert _sizes([
        (TEXT_X, "新建农村物流站点4个，改造集贸市场1个，建设冷链仓储中心1座"),
        (TEXT_X, "新建快递服务网点2个。"),
    ]) == [1, 1]


def test_a_same_length_list_at_a_page_foot_keeps_its_items(parser, tmp_path: Path) -> None:
    """A report page: a list at a four-character indent, its items of one length, the last lines on
    the page; each item stays a paragraph of its own."""
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "list.pdf"
    c = canvas.Canvas(str(path), pagesize=(595.0, 842.0))
    body = "各片区要围绕农村寄递物流体系建设目标，统筹推进站点布局，完善冷链仓储设施，提升末端配送能力，确保按期完成。"
    rows = [("东岭县邮政管理局2028年工作计划", 72.0, 18.0), ("一、任务分解", 72.0, 12.0), ("各片区任务如下：", 96.0, 12.0)]
    rows += [(f"{place}：新建物流站点{n}个，改造仓储中心{k}个", 120.0, 12.0)
             for place, n, k in (("北坪乡", 6, 1), ("南岭镇", 2, 3), ("东湾镇", 5, 2), ("西塘乡", 7, 1))]
    rows[1:1] = [(body[i:i + 35], 96.0 if i == 0 else 72.0, 12.0) for i in range(0, len(body), 35)]
    top = 72.0
    for text, x, size in rows:  # the page's running text sets its margin, far right of the list's edge
        c.setFont("STSong-Light", size)
        c.drawString(x, 842 - top - size, text)
        top += size * 1.6
    c.showPage()
    c.setFont("STSong-Light", 12)
    for i in range(0, len(body), 35):
        c.drawString(96.0 if i == 0 else 72.0, 842 - 72 - 12 - 19.2 * (i // 35), body[i:i + 35])
    c.save()
    doc = parser.parse(path).documents[0]
    paras = [p for s in doc.sections for p in s.paragraphs]
    assert sum(p.startswith(("北坪乡", "南岭镇", "东湾镇", "西塘乡")) for p in paras) == 4, paras
