"""A watermark or stamp drawn askew over the page ("样稿 请勿外传" turned 30°, grey) is set aside as
furniture "watermark", on PDFium's path and pdfplumber's alike: its glyphs never become paragraphs
of their own nor land inside the body's words. Text turned a quarter (a table's vertical header) and
a page whose whole text layer is askew stay body text. PDFs are drawn here with reportlab; every
text is our own."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from jihua import extractors

SIZE, LEFT, WIDTH = 16.0, 90.0, 26  # 26 characters of 16 pt a line
MARK = "样稿 请勿外传"
BODY = [
    "一、总体要求",
    "今年全镇农业农村工作以稳产保供为重点，新建高标准农田三千二百亩，粮食播种面积稳定在四万亩以上。",
    "二、重点任务",
    "（一）提升农田水利设施。整治灌溉渠道四十五公里，新打机电井二十六眼，农田有效灌溉率达到百分之八十。",
    "（二）发展特色产业。培育省级示范家庭农场九家，建成冷链仓储设施六处，农产品网络销售额增长百分之十五。",
]


def _canvas(path: Path):
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return canvas.Canvas(str(path), pagesize=(595.3, 841.9))


def _body(c, paragraphs: list[str]) -> None:
    """Paragraphs set line by line from the top, the first line two ems in."""
    c.setFont("STSong-Light", SIZE)
    y = 760.0
    for text in paragraphs:
        head = WIDTH - 2 if len(text) > WIDTH else WIDTH
        lines = [text[:head]] + [text[k:k + WIDTH] for k in range(head, len(text), WIDTH)]
        for k, line in enumerate(lines):
            c.drawString(LEFT + (2 * SIZE if k == 0 and len(lines) > 1 else 0), y, line)
            y -= 28


def _mark(c, angle: float, text: str = MARK, size: float = 40) -> None:
    """A grey text turned `angle` degrees, drawn over the body's lines (as a watermark merged on)."""
    c.saveState()
    c.setFillGray(0.8)
    c.setFont("STSong-Light", size)
    c.translate(300, 640)
    c.rotate(angle)
    c.drawCentredString(0, 0, text)
    c.restoreState()


def _watermarked(path: Path, pages: int = 2) -> Path:
    """The body over `pages` pages (one page: all of it), the watermark over each."""
    c = _canvas(path)
    for k in range(pages):
        _body(c, BODY[:3] if pages > 1 and k == 0 else BODY[3:] if pages > 1 else BODY)
        _mark(c, 30)
        c.showPage()
    c.save()
    return path


def _blocks(path: Path) -> tuple[list[str], list[tuple[str | None, str]]]:
    blocks = extractors.extract(path)[1]
    return [b.text for b in blocks if b.furniture is None], [(b.furniture, b.text) for b in blocks if b.furniture]


def test_askew_means_off_the_page_axes() -> None:
    from jihua.extractors.pdf_lines import askew

    assert [askew(math.radians(a)) for a in (0, 0.5, 30, 35, 45, 90, 180, 270, 325, 359.5)] == [
        False, False, True, True, True, False, False, False, True, False]


def test_a_watermark_drawn_askew_is_set_aside_not_read_into_the_body(tmp_path: Path) -> None:
    body, aside = _blocks(_watermarked(tmp_path / "mark.pdf"))
    assert body == BODY
    assert aside == [("watermark", "样稿请勿外传")] * 2


def test_pdfplumber_reads_the_page_without_the_watermark_too(tmp_path: Path) -> None:
    """A page PDFium leaves to pdfplumber (a ruled table, say) sets the askew glyphs aside as well."""
    import pdfplumber
    from jihua.extractors import pdf

    with pdfplumber.open(_watermarked(tmp_path / "mark.pdf", pages=1)) as opened:
        lines = pdf._text_lines(opened.pages[0], 1)
    assert [ln.text for ln in lines if ln.furniture == "watermark"] == ["样稿请勿外传"]
    body = "".join(ln.text for ln in lines if ln.furniture is None)
    assert body == "".join(BODY)


def test_text_turned_a_quarter_stays_body_text(tmp_path: Path) -> None:
    """A vertical label (a table header, a margin note turned 90°) is no watermark."""
    c = _canvas(tmp_path / "vertical.pdf")
    _body(c, BODY)
    _mark(c, 90, "分项指标", SIZE)
    c.showPage()
    c.save()
    body, aside = _blocks(tmp_path / "vertical.pdf")
    assert not [kind for kind, _ in aside if kind == "watermark"]
    assert all(ch in "".join(body) for ch in "分项指标")


def test_a_page_set_askew_throughout_stays_body_text(tmp_path: Path) -> None:
    """A text layer laid askew on its whole page (a tilted scan's) is the page's text: never set aside."""
    c = _canvas(tmp_path / "tilted.pdf")
    c.saveState()
    c.rotate(8)
    _body(c, BODY)
    c.restoreState()
    c.showPage()
    c.save()
    body, aside = _blocks(tmp_path / "tilted.pdf")
    assert not [kind for kind, _ in aside if kind == "watermark"]
    assert all(ch in "".join(body) for ch in "高标准农田三千二百亩")


def test_a_watermark_tiled_over_the_page_is_one_run_per_copy() -> None:
    from jihua.extractors.pdf_lines import Char, watermark_runs

    def copy(x: float, y: float) -> list[Char]:  # four glyphs of 40 pt along a 30° baseline
        return [Char(ch, x + 35 * k, x + 35 * k + 40, y - 20 * k - 40, y - 20 * k, 40.0, "STSong")
                for k, ch in enumerate("仅供审阅")]

    assert [text for text, _ in watermark_runs(copy(100, 300) + copy(100, 700))] == ["仅供审阅", "仅供审阅"]


HEADS = ["站点名称", "建设规模", "2027年目标", "牵头部门"]
ROWS = [["东渡口泵站", "3200", "1800", "区水利局"], ["南湖湿地", "5600", "2400", "区林业局"]]
XS = [80.0, 200.0, 300.0, 400.0, 520.0]  # the table's column rules


def _angled_table(path: Path, ruled_header: bool = True, mark: tuple[str, float] | None = None) -> Path:
    """A ruled table whose column headers are turned 45° (as a sheet's angled headers print): in a
    tall header row, or rising from the table's top rule when the header row has no rules of its
    own; `mark`: a text and size drawn at 35° across the table's rows."""
    c = _canvas(path)
    _body(c, BODY[:2])
    top, foot = 680.0, 610.0  # the header row's top and foot; body rows 24 pt below it
    rules = [foot - 24 * k for k in range(len(ROWS) + 1)]
    c.setLineWidth(0.8)
    for y in ([top] if ruled_header else []) + [foot, *rules[1:]]:
        c.line(XS[0], y, XS[-1], y)
    for x in XS:
        c.line(x, top if ruled_header else foot, x, rules[-1])
    c.setFont("STSong-Light", 11)
    for x, head in zip(XS, HEADS, strict=False):
        c.saveState()
        c.translate(x + 8, foot + (8 if ruled_header else 3))
        c.rotate(45)
        c.drawString(0, 0, head)
        c.restoreState()
    for k, row in enumerate(ROWS):
        for x, text in zip(XS, row, strict=False):
            c.drawString(x + 6, rules[k + 1] + 8, text)
    if mark:
        c.saveState()
        c.setFillGray(0.8)
        c.setFont("STSong-Light", mark[1])
        c.translate(150, 566)  # from the last row up across the one above
        c.rotate(35)
        c.drawString(0, 0, mark[0])
        c.restoreState()
    c.showPage()
    c.save()
    return path


def _tables(path: Path) -> tuple[list[list[list[str]]], list[tuple[str | None, str]]]:
    blocks = extractors.extract(path)[1]
    return [b.rows for b in blocks if b.kind == "table"], [(b.furniture, b.text) for b in blocks if b.furniture]


@pytest.mark.parametrize("ruled_header", [True, False])
def test_angled_column_headers_are_the_tables_header_row_not_a_watermark(tmp_path: Path, ruled_header: bool) -> None:
    """Headers turned 45° inside the header row, or rising from the table's top rule over its
    columns, are the table's first row, each read along its baseline."""
    tables, aside = _tables(_angled_table(tmp_path / "angled.pdf", ruled_header))
    assert tables == [[HEADS, *ROWS]]
    assert not aside


def test_pdfplumber_seats_angled_headers_too(tmp_path: Path) -> None:
    import pdfplumber
    from jihua.extractors import pdf

    with pdfplumber.open(_angled_table(tmp_path / "angled.pdf")) as opened:
        lines = pdf._text_lines(opened.pages[0], 1)
    assert [ln.table for ln in lines if ln.table] == [[HEADS, *ROWS]]
    assert not [ln for ln in lines if ln.furniture]


@pytest.mark.parametrize("mark", [(MARK, 40.0), ("已核对无误", 11.0)])
def test_a_watermark_across_a_table_stays_a_watermark(tmp_path: Path, mark: tuple[str, float]) -> None:
    """Askew text crossing the table's rows (large, or as small as its cells' text) is no cell."""
    tables, aside = _tables(_angled_table(tmp_path / "angled.pdf", mark=mark))
    assert tables == [[HEADS, *ROWS]]
    assert aside == [("watermark", mark[0].replace(" ", ""))]


UPRIGHT = [["乡镇", "造林面积", "完成时限", "责任单位"], ["清河镇", "420", "2028年6月", "镇农业站"],
           ["柳树乡", "380", "2028年9月", "乡林业站"], ["石门镇", "510", "2028年11月", "镇水务站"]]
COLS = [70.0, 170.0, 290.0, 410.0, 530.0]  # the column rules of a table whose header row is upright


def _stamped_table(path: Path, stamps: list[tuple[str, float, float, float, float]]) -> Path:
    """A ruled 4×4 table, upright header row included, 10.5 pt text in rows 28 pt tall; `stamps`:
    red askew marks (text, size, angle, x, y at the baseline's start) drawn over or just above it."""
    c = _canvas(path)
    _body(c, BODY[:2])
    top = 660.0
    rules = [top - 28 * k for k in range(len(UPRIGHT) + 1)]
    c.setLineWidth(0.8)
    for y in rules:
        c.line(COLS[0], y, COLS[-1], y)
    for x in COLS:
        c.line(x, rules[0], x, rules[-1])
    c.setFont("STSong-Light", 10.5)
    for k, row in enumerate(UPRIGHT):
        for x, text in zip(COLS, row, strict=False):
            c.drawString(x + 6, rules[k + 1] + 10, text)
    for text, size, angle, x, y in stamps:
        c.saveState()
        c.setFillColorRGB(0.85, 0.1, 0.1)
        c.setFont("STSong-Light", size)
        c.translate(x, y)
        c.rotate(angle)
        c.drawString(0, 0, text)
        c.restoreState()
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("stamp", [("核准", 12.0, 25.0, 460.0, 574.0), ("已复查", 11.0, 20.0, 350.0, 548.0)])
def test_a_lone_mark_inside_a_row_is_no_part_of_its_cell(tmp_path: Path, stamp: tuple[str, float, float, float, float]) -> None:
    """A small red mark turned 20–25° standing within one row, over a cell that holds text, is a
    stamp set on the table, not the cell's words ("镇农业站核准")."""
    tables, aside = _tables(_stamped_table(tmp_path / "stamped.pdf", [stamp]))
    assert tables == [UPRIGHT]
    assert aside == [("watermark", stamp[0])]


def test_two_marks_over_an_upright_header_row_are_no_header_row(tmp_path: Path) -> None:
    """Two small marks rising from just above the top rule over two of four columns are stamps:
    the table has its own upright header row, and angled headers would stand over every column."""
    tables, aside = _tables(_stamped_table(tmp_path / "stamped.pdf",
                                           [("初稿", 12.0, 30.0, 176.0, 663.0), ("初稿", 12.0, 30.0, 416.0, 663.0)]))
    assert tables == [UPRIGHT]
    assert aside == [("watermark", "初稿"), ("watermark", "初稿")]


CLOSING = ["各村（社区）要按照本方案要求抓好落实。", "柳溪镇人民政府", "2026年3月2日"]


def _tiled(c, text: str = "内部资料 注意保存", alpha: float = 0.3) -> None:
    """A watermark tiled over the page: a grey text turned 35° eight times, drawn see-through."""
    c.saveState()
    c.setFillColorRGB(0.6, 0.6, 0.6)
    c.setFillAlpha(alpha)
    c.setFont("STSong-Light", 36)
    for k in range(8):
        c.saveState()
        c.translate(60 + 240 * (k % 2), 120 + 90 * k)
        c.rotate(35)
        c.drawString(0, 0, text)
        c.restoreState()
    c.restoreState()


def _seal(c, text: str, x: float, y: float, radius: float = 48) -> None:
    """A round seal's name set along its arc in red, each glyph turned its own way."""
    c.saveState()
    c.setFillColorRGB(0.85, 0.1, 0.1)
    c.setFont("STSong-Light", 14)
    for k, ch in enumerate(text):
        angle = 150 - 120 * k / max(len(text) - 1, 1)
        c.saveState()
        c.translate(x + radius * math.cos(math.radians(angle)), y + radius * math.sin(math.radians(angle)))
        c.rotate(angle - 90)
        c.drawCentredString(0, 0, ch)
        c.restoreState()
    c.restoreState()


def test_a_faint_watermark_outnumbering_a_short_last_pages_text_is_set_aside(tmp_path: Path) -> None:
    """A last page of a line and a closing under a watermark tiled eight times: more askew glyphs than
    text, yet drawn faint they are a watermark, not a text layer set askew; the seal's red name over
    the closing is set aside too, and no line of the closing is lost."""
    c = _canvas(tmp_path / "last.pdf")
    _body(c, BODY)
    c.showPage()
    c.setFont("STSong-Light", SIZE)
    for k, (text, x) in enumerate(zip(CLOSING, (LEFT + 2 * SIZE, 330, 330), strict=True)):
        c.drawString(x, 760 - 28 * k, text)
    _seal(c, "柳溪镇农业办公室", 390, 720)  # eight glyphs: none at the top stands upright
    _tiled(c)
    c.showPage()
    c.save()
    body, aside = _blocks(tmp_path / "last.pdf")
    assert body == [*BODY, *CLOSING]
    assert all(kind == "watermark" for kind, _ in aside)
    assert "".join(text for _, text in aside).count("内部资料注意保存") >= 4


def test_a_see_through_watermark_set_upright_is_set_aside_and_white_text_stays(tmp_path: Path) -> None:
    """A pale, see-through text laid level across the page is a watermark too; an opaque white
    heading on a dark band (a banner, a table's header) is text."""
    c = _canvas(tmp_path / "level.pdf")
    c.setFillColorRGB(0.1, 0.2, 0.45)
    c.rect(LEFT - 6, 792, 420, 26, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("STSong-Light", SIZE)
    c.drawString(LEFT, 800, "柳溪镇2026年农业农村工作要点")
    c.setFillColorRGB(0, 0, 0)
    _body(c, BODY)
    c.saveState()
    c.setFillColorRGB(0.5, 0.5, 0.5)
    c.setFillAlpha(0.25)
    c.setFont("STSong-Light", 44)
    c.drawString(120, 560, "征求意见稿")
    c.restoreState()
    c.showPage()
    c.save()
    body, aside = _blocks(tmp_path / "level.pdf")
    assert body == ["柳溪镇2026年农业农村工作要点", *BODY]
    assert aside == [("watermark", "征求意见稿")]


def test_faint_is_pale_over_white_paper() -> None:
    from jihua.extractors.pdf_lines import faint

    assert faint(160, 160, 160, 71, upright=False)  # grey at 28% opacity
    assert faint(204, 204, 204, 255, upright=False)  # a solid light grey turned askew
    assert not faint(204, 204, 204, 255, upright=True)  # upright and opaque: greyed text, not a mark over it
    assert not faint(255, 255, 255, 255, upright=True)  # white on a dark band
    assert not faint(153, 153, 153, 255, upright=False)  # #999 text
    assert not faint(217, 26, 26, 255, upright=False)  # a seal's red
    assert not faint(0, 0, 0, 0, upright=False)  # invisible: a scan's text layer
