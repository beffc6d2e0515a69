"""Where a left column ends on a page set in two: a one-column heading and its one-line tail under the
columns stay below them, whether spaced off or only set in larger type; a left column that goes on
past a blank line to a further article (the right column holding just one paragraph's end) is read
whole before the right one. Every text is our own."""

from __future__ import annotations

from jihua.extractors.pdf_columns import split_columns
from jihua.extractors.pdf_lines import Char, text_lines

_COLUMN = (72.0, 282.0), (312.0, 522.0)  # x-ranges of the two columns on an A4 page


def _line(text: str, x0: float, top: float, size: float = 11.0, full_to: float | None = None) -> list[Char]:
    """A line of `text`; set full (justified) to `full_to` when given, as a column's running line is."""
    step = size if full_to is None else (full_to - x0 - size) / (len(text) - 1)
    return [Char(ch, x0 + k * step, x0 + k * step + size, top, top + size, size, "NotoSerifCJK")
            for k, ch in enumerate(text)]


def _paragraph(words: str, x0: float, x1: float, top: float, pitch: float = 15.0) -> tuple[list[list[Char]], float]:
    """A paragraph set in a column: a two-em first-line indent, every line but its last full."""
    per = int((x1 - x0) // 11)
    rows, text, first = [], words, True
    while text:
        room = per - 2 if first else per
        piece, text = text[:room], text[room:]
        start = x0 + (22 if first else 0)
        rows.append(_line(piece, start, top, full_to=x1 if text else None))
        top += pitch
        first = False
    return rows, top


_ARTICLE = ("东坪乡组织农技人员分片包村，逐户走访种粮大户，现场讲解小麦追肥和病虫害防治要点，"
            "发放技术明白纸两千余份，帮助群众解决春管难题四十余个。")
_SECOND = ("西岭村投入专项资金八十万元，完成村内道路硬化三公里，新建垃圾收集点十二个，"
           "聘请保洁员六名，实行网格化管理，村容村貌明显改善，群众满意度持续提升。")


def _newsletter_last_page() -> tuple[list[list[Char]], list[str]]:
    """A last page: the left column holds an article's end, a blank line, a 14 pt heading and two more
    articles; the right column only the last paragraph's last lines. Returns (lines, left texts)."""
    left: list[list[Char]] = []
    top = 80.0
    for words in (_ARTICLE, _SECOND):
        rows, top = _paragraph(words, *_COLUMN[0], top)
        left += rows
    top += 15.0  # the blank line after the first article
    for heading, words in (("南溪社区开展环境整治行动", _ARTICLE + _SECOND), ("北山村举办农技培训班", _SECOND + _ARTICLE)):
        left.append(_line(heading, 100.0, top, size=14.0))
        top += 19.0
        rows, top = _paragraph(words, *_COLUMN[0], top)
        left += rows
        rows, top = _paragraph(_ARTICLE, *_COLUMN[0], top)
        left += rows
        top += 15.0
    right, _ = _paragraph("两百余份，帮助群众解决实际问题，切实把好事办实、把实事办好，赢得群众广泛好评。", *_COLUMN[1], 80.0)
    return left + right, ["".join(c[0] for c in row) for row in left]


def test_a_left_column_going_on_past_a_blank_line_is_read_before_the_right_one() -> None:
    rows, left = _newsletter_last_page()
    columns = split_columns(text_lines([c for row in rows for c in row]), 595, 842)
    assert columns is not None
    texts = [t for t, _ in columns.lines]
    assert texts[:len(left)] == left, "the whole left column first, its later articles too"


def _one_column(text: str, top: float) -> list[Char]:
    return _line(text, 72.0, top, size=14.0, full_to=522.0)


def test_a_larger_heading_right_under_the_columns_stays_below_them() -> None:
    """No extra space above the 14 pt heading: its type tells it from the 11 pt columns."""
    rows: list[list[Char]] = [_one_column("为做好全乡春季农业生产工作，确保粮食稳产增收，结合本乡实际，制定本方案。", 60.0)]
    left, end = _paragraph(_ARTICLE + _SECOND, *_COLUMN[0], 90.0)
    right, _ = _paragraph(_SECOND + _ARTICLE[:30] + "。", *_COLUMN[1], 90.0)
    heading = _line("四、时间安排", 72.0, end, size=14.0)
    tail = _line("4月底前完成春播。", 100.0, end + 19.0, size=14.0)
    after = _one_column("各村要按月报送工作进展情况，乡农业服务中心适时开展督查，确保各项措施落实到位。", end + 38.0)
    rows += [*left, *right, heading, tail, after]
    columns = split_columns(text_lines([c for row in rows for c in row]), 595, 842)
    assert columns is not None
    texts = [t for t, _ in columns.lines]
    joined = ["".join(c[0] for c in row) for row in [*left, *right]]
    assert texts[1:1 + len(joined)] == joined, "left column, then right"
    assert texts[1 + len(joined):] == ["四、时间安排", "4月底前完成春播。", texts[-1]], "the heading and its tail after both columns"
