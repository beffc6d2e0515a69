"""A booklet printed two up: two portrait pages side by side on each landscape sheet, read page
by page — the first sheet too, whose 公文 cover (centred header and title, a short 主送 line, a
signature set right) has few lines reaching the middle. A landscape page set in one column and a
landscape table stay whole. PDFs are drawn here with reportlab; every text is our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from jihua import extractors

SHEET = (1190.6, 841.9)  # two A4 pages side by side
HALF = SHEET[0] / 2
LEFT, RIGHT = 80.0, 512.0  # a page's text frame: 27 characters of 16 pt
SIZE = 16.0
PITCH = 29.0

TITLE = "岚溪县水利局2027年工作要点"
COVER_NOTICE = ("现将《岚溪县水利局2027年工作要点》印发给你们，请结合本单位实际认真贯彻执行，"
                "执行中遇到的问题请及时向局办公室反映。")
PREAMBLE = ("2027年全县水利工作要以保障防洪安全、供水安全和水生态安全为主线，统筹推进水利基础设施"
            "建设和河湖管护，全面提升水利公共服务能力。")
BODY = [
    "一、筑牢防汛抗旱安全防线",
    "（一）完善防汛责任体系。落实县乡村三级防汛责任人一千二百名，汛前完成全部责任人培训，"
    "组织开展山洪灾害防御演练不少于十五场次。",
    "（二）加快病险水库除险加固。完成小型水库除险加固九座，新建雨水情测报设施四十处，"
    "汛期水库安全运行率保持百分之百。",
    "二、提升农村供水保障水平",
    "（三）推进城乡供水一体化。新建改造农村供水管网一百一十公里，农村自来水普及率达到"
    "百分之九十八以上，规模化供水工程覆盖人口比例提高到百分之八十五。",
    "（四）强化水质安全监管。每季度开展一次水源地水质检测，完成千人以上供水工程水源保护区"
    "划定，群众饮水满意度稳定提升。",
    "三、加强河湖长效管护",
    "（五）深化河湖长制。县乡村三级河湖长年度巡河不少于八千人次，清理河道垃圾和违章设施，"
    "主要河流断面水质稳定达到三类以上。",
]


def _wrap(text: str, indent: bool) -> list[str]:
    """A paragraph's lines filling the frame (the first two ems in), as a word processor sets them."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, room = [""], RIGHT - LEFT - (2 * SIZE if indent else 0)
    for ch in text:
        if stringWidth(lines[-1] + ch, "STSong-Light", SIZE) > room:
            lines.append("")
            room = RIGHT - LEFT
        lines[-1] += ch
    return lines


def _canvas(path: Path, size: tuple[float, float] = SHEET):
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return canvas.Canvas(str(path), pagesize=size)


class _Page:
    """One portrait page drawn on a half of the sheet, line by line from the top."""

    def __init__(self, sheet, offset: float) -> None:
        self.sheet, self.offset, self.top = sheet, offset, 100.0

    def line(self, text: str, align: str = "left", size: float = SIZE, x: float = LEFT) -> None:
        self.sheet.setFont("STSong-Light", size)
        y = SHEET[1] - self.top - size
        if align == "centre":
            self.sheet.drawCentredString(self.offset + (LEFT + RIGHT) / 2, y, text)
        elif align == "right":
            self.sheet.drawRightString(self.offset + RIGHT - 4 * SIZE, y, text)
        else:
            self.sheet.drawString(self.offset + x, y, text)
        self.top += PITCH * size / SIZE if size > SIZE else PITCH

    def paragraph(self, text: str, indent: bool = True) -> None:
        for k, line in enumerate(_wrap(text, indent)):
            self.line(line, x=LEFT + 2 * SIZE if indent and k == 0 else LEFT)

    @property
    def number(self) -> int:
        return 2 * self.sheet.getPageNumber() - 1 + (self.offset > 0)

    def folio(self, number: int) -> None:
        self.sheet.setFont("STSong-Light", 14)
        self.sheet.drawCentredString(self.offset + HALF / 2, 50, f"— {number} —")


def _booklet(path: Path, folios: bool) -> Path:
    """A 公文 printed two up: cover notice | the plan's first page, then two pages of the plan."""
    c = _canvas(path)
    cover, first = _Page(c, 0.0), _Page(c, HALF)
    cover.line("岚溪县水利局文件", "centre", size=30)
    cover.line("岚水发〔2027〕2号", "centre")
    cover.line("岚溪县水利局关于印发《岚溪县水利局", "centre", size=22)
    cover.line("2027年工作要点》的通知", "centre", size=22)
    cover.line("各乡镇人民政府，局属各单位：")
    cover.paragraph(COVER_NOTICE)
    cover.line("附件：岚溪县水利局2027年工作要点", x=LEFT + 2 * SIZE)
    cover.line("岚溪县水利局", "right")
    cover.line("2027年1月18日", "right")
    cover.line("（此件主动公开）", x=LEFT + 2 * SIZE)
    first.line("附件")
    first.line(TITLE, "centre", size=22)
    first.paragraph(PREAMBLE)
    for text in BODY[:3]:
        first.paragraph(text)
    _end_sheet(cover, first, folios)
    second, third = _Page(c, 0.0), _Page(c, HALF)
    for k, text in enumerate(BODY[3:]):
        (second if k < 2 else third).paragraph(text)
    _end_sheet(second, third, folios)
    c.save()
    return path


def _end_sheet(left: _Page, right: _Page, folios: bool) -> None:
    if folios:
        left.folio(left.number)
        right.folio(left.number + 1)
    left.sheet.showPage()


def _body(path: Path) -> list[str]:
    return [b.text for b in extractors.extract(path)[1] if b.furniture is None and b.kind != "table"]


@pytest.mark.parametrize("folios", [True, False], ids=["folios", "no-folios"])
def test_a_booklet_printed_two_up_is_read_page_by_page(parser, tmp_path: Path, folios: bool) -> None:
    pdf = _booklet(tmp_path / "booklet.pdf", folios)
    body = _body(pdf)
    assert body[-len(BODY) - 2:] == [TITLE, PREAMBLE, *BODY], "the plan's pages in order, each line whole"
    assert body.index("岚溪县水利局关于印发《岚溪县水利局2027年工作要点》的通知") < body.index("附件")
    assert not any("—" in text for text in body), "folios are page numbers, not text"
    [doc] = parser.parse(pdf).documents
    assert (doc.title, doc.org, doc.year) == (TITLE, "岚溪县水利局", 2027)
    assert not any("此件" in p or "—" in p for p in doc.paragraphs)


def test_a_landscape_page_in_one_column_reads_line_by_line(tmp_path: Path) -> None:
    """Lines running across the middle: one page, read as it stands."""
    c = _canvas(tmp_path / "wide.pdf")
    page = _Page(c, 0.0)
    texts = [text for text in BODY if len(text) > 30]
    for text in texts:
        for line in [text[k:k + 60] for k in range(0, len(text), 60)]:
            page.line(line)
    c.save()
    assert "".join(_body(tmp_path / "wide.pdf")) == "".join(texts)


_ROWS = [
    ("序号", "工作任务", "责任单位", "完成时限"),
    ("1", "完成小型水库除险加固九座", "工程建设股", "2027年5月"),
    ("2", "新建雨水情测报设施四十处", "水旱灾害防御股", "2027年6月"),
    ("3", "新建改造农村供水管网一百一十公里", "农村水利股", "2027年10月"),
    ("4", "完成千人以上供水工程水源保护区划定和标志设置工作", "河湖管理股", "2027年9月"),
    ("5", "开展山洪灾害防御演练十五场次", "水旱灾害防御股", "2027年5月"),
]


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "borderless"])
def test_a_landscape_table_with_an_empty_middle_stays_whole(tmp_path: Path, ruled: bool) -> None:
    """A table's columns leave the sheet's middle empty, each half set like the other: its rows
    still read across (two pages would read the left column down, then the right)."""
    c = _canvas(tmp_path / "table.pdf")
    c.setFont("STSong-Light", SIZE)
    for k, (number, task, unit, due) in enumerate(_ROWS):
        y = SHEET[1] - 100 - PITCH * k - SIZE
        c.drawString(LEFT, y, number)
        c.drawString(LEFT + 3 * SIZE, y, task)
        c.drawString(HALF + LEFT, y, unit)
        c.drawRightString(HALF + RIGHT, y, due)
    if ruled:
        xs = [LEFT - 6, LEFT + 3 * SIZE - 6, HALF + LEFT - 6, HALF + RIGHT - 7 * SIZE, HALF + RIGHT + 6]
        ys = [SHEET[1] - 100 + 6 - PITCH * k for k in range(len(_ROWS) + 1)]
        for x in xs:  # one path a rule, as word processors draw a table's borders
            c.line(x, ys[0], x, ys[-1])
        for y in ys:
            c.line(xs[0], y, xs[-1], y)
    c.save()
    _, blocks = extractors.extract(tmp_path / "table.pdf")
    if ruled:
        [table] = [b for b in blocks if b.kind == "table"]
        assert [[cell for cell in row if cell] for row in table.rows] == [list(r) for r in _ROWS]
        return
    text = "".join(b.text for b in blocks if b.furniture is None).replace(" ", "")
    assert text == "".join("".join(row) for row in _ROWS), "each row's cells read across, rows in order"
