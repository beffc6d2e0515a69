"""A Word file as a PDF-to-Word converter makes it ("PDF转Word"), written from a plan of headings and paragraphs.

The converter keeps the printed page, not the text: a hard line end at every printed line (each line its own
paragraph, or the lines of a paragraph joined by soft breaks), each page's running header and folio as lines of
text between the pages' lines, a heading too long for one line printed over two, and — where it read the page
by OCR — a space between characters. Tests write such files to check the parse reads the plan behind them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

Kind = Literal["title", "h1", "h2", "p", "sign"]
_NO_LINE_START = frozenset("，。、；：！？）》”’…%")


@dataclass
class Plan:
    """What the converted PDF printed: its title, running header, parts (kind, text) and layout."""

    title: str
    header: str  # the running header printed over every page ("某县农业农村局文件")
    parts: list[tuple[Kind, str]]
    width: int = 28  # Han characters a line holds
    lines_per_page: int = 18
    folio: Literal["dash", "of"] = "dash"  # "— 2 —" or "第2页 共3页"
    spaced: set[int] = field(default_factory=set)  # indexes of parts OCR read with a space between characters
    table: list[list[str]] = field(default_factory=list)  # a table's rows, printed after the part `table_after`
    table_after: int = -1
    table_widths: list[int] = field(default_factory=list)  # Han characters each column's line holds


def _cols(c: str) -> int:
    return 1 if c.isascii() else 2


def wrap(text: str, width: int, indent: int) -> list[str]:
    """The printed lines of `text` at `width` Han characters (a digit or Latin letter half one), the first line
    `indent` characters in; no line opens on closing punctuation (it stays at the end of the line above)."""
    lines: list[str] = []
    line, used, room = "", 0, 2 * (width - indent)
    for c in text:
        if used + _cols(c) > room and line and c not in _NO_LINE_START:
            lines.append(line)
            line, used, room = "", 0, 2 * width
        line += c
        used += _cols(c)
    if line:
        lines.append(line)
    return lines


def _spaced(text: str) -> str:
    return " ".join(text)


@dataclass
class _Line:
    text: str
    kind: Kind
    first: bool  # a paragraph's first line
    last: bool
    index: int  # the part's in the plan


def _printed_lines(plan: Plan) -> list[_Line]:
    out: list[_Line] = []
    for k, (kind, text) in enumerate(plan.parts):
        indent = 2 if kind in ("p", "h1", "h2") else 0
        lines = wrap(text, plan.width, indent)
        if k in plan.spaced:
            lines = [_spaced(t) for t in lines]
        out += [_Line(("　　" if i == 0 and indent else "") + t, kind, i == 0, i == len(lines) - 1, k)
                for i, t in enumerate(lines)]
    return out


def _table(document: object, plan: Plan) -> None:
    """The plan's table as a converter exports it: a row of the table for every printed line, each cell holding its
    own line of the cell's wrapped text (or nothing, where that cell's text ended sooner)."""
    printed: list[list[str]] = []
    for row in plan.table:
        cells = [wrap(text, width, 0) for text, width in zip(row, plan.table_widths, strict=True)]
        printed += [[c[i] if i < len(c) else "" for c in cells] for i in range(max(len(c) for c in cells))]
    table = document.add_table(rows=len(printed), cols=len(plan.table_widths))  # type: ignore[attr-defined]
    for r, row in enumerate(printed):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def _folio(plan: Plan, page: int, pages: int) -> str:
    return f"— {page} —" if plan.folio == "dash" else f"第{page}页 共{pages}页"


def _style(paragraph: object, kind: Kind) -> None:
    for run in paragraph.runs:  # type: ignore[attr-defined]
        run.bold = kind in ("title", "h1")
        run.font.size = Pt(22 if kind == "title" else 16)
    if kind == "title":
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER  # type: ignore[attr-defined]
    if kind == "sign":
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT  # type: ignore[attr-defined]


def _furniture(document: object, text: str, centred: bool = True) -> None:
    paragraph = document.add_paragraph(text)  # type: ignore[attr-defined]
    paragraph.runs[0].font.size = Pt(10.5)
    if centred:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def write_converted_docx(path: Path, plan: Plan, *, style: Literal["lines", "br"] = "lines") -> Path:
    """Write the plan as a converter would: `lines` puts each printed line in a paragraph of its own, `br` puts a
    paragraph's lines on one page in one paragraph, joined by soft breaks (<w:br/>). Each page opens with the
    running header and closes with its folio."""
    document = docx.Document()
    lines = _printed_lines(plan)
    pages = [lines[i: i + plan.lines_per_page] for i in range(0, len(lines), plan.lines_per_page)]
    for n, page in enumerate(pages, 1):
        _furniture(document, plan.header)
        groups: list[list[_Line]] = []
        for line in page:
            if style == "lines" or not groups or line.first or groups[-1][-1].kind != line.kind:
                groups.append([line])
            else:
                groups[-1].append(line)
        for group in groups:
            paragraph = document.add_paragraph()
            for i, line in enumerate(group):
                run = paragraph.add_run(line.text)
                if i + 1 < len(group):
                    run.add_break()
            _style(paragraph, group[0].kind)
            if plan.table and group[-1].last and group[-1].index == plan.table_after:
                _table(document, plan)
        _furniture(document, _folio(plan, n, len(pages)))
    document.save(str(path))
    return path
