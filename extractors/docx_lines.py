"""Soft line breaks (Shift+Enter) inside a Word paragraph: where they stand for a new line.

Typists use a soft break where a new paragraph belongs: a run-in heading and its body in one
paragraph ("（三）加强文化遗产保护↵完成…。"), or a title set over two lines. The first reads
as two lines, as a text file's would; the second is one title, joined with nothing between
(Chinese needs no space). Any other break stays a "\\n" inside the paragraph, and later
stages treat it as they did before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import TypeVar

from jihua.extractors.cjk import display_width, join_lines
from jihua.extractors.text import BODY_NAME, HEAD_MAX, TABS, cells, prose_lines, running_text, table_runs
from jihua.schemas.blocks import ITEM_LABEL, TOC_TITLE, Block

R = TypeVar("R")

_INNER_PUNCT = re.compile(r"[。；！？，、,;!?]")  # 、 inside a label ("一、") is allowed: checked past it
_DATE = re.compile(r"^[\d〇零一二三四五六七八九十○Ｏ０-９]{2,4}\s*年(?:\s*[\d〇零一二三四五六七八九十○０-９]{1,2}\s*月"
                   r"(?:\s*[\d〇零一二三四五六七八九十○０-９]{1,3}\s*日)?)?$")


def _heading_shaped(line: str) -> bool:
    """Short, and no sentence or clause inside it once a leading label is set aside."""
    rest = ITEM_LABEL.sub("", line, count=1).rstrip("：:")
    return 2 <= len(line) <= HEAD_MAX and bool(rest) and not _INNER_PUNCT.search(rest)


_CLAUSE_PUNCT = re.compile(r"[，,]")


def _line_heading_shaped(line: str) -> bool:
    """A soft-broken line that may be a heading: heading-shaped, or a labelled heading of two clauses
    ("（三）优化营商环境，激发市场活力"): one comma inside, no other punctuation, heading-length. A
    typist breaks a line after a heading, not after the first clause of a numbered sentence."""
    if _heading_shaped(line):
        return True
    rest = ITEM_LABEL.sub("", line, count=1).rstrip("：:")
    clauses = _CLAUSE_PUNCT.split(rest)
    return (bool(ITEM_LABEL.match(line)) and len(line) <= HEAD_MAX and len(clauses) == 2 and all(clauses)
            and not _INNER_PUNCT.search("".join(clauses)))


def body_shaped(line: str) -> bool:
    """Running text (see `running_text`), for the layout tables a template puts the body in."""
    return running_text(line.strip())


_ROW_LABEL_MAX = 20  # a label beside its text is shorter than a heading line ("重点领域突出问题专项整治": 12)
_HAN2 = re.compile(r"[\u4e00-\u9fff]{2}")


def row_label(lines: list[str]) -> bool:
    """A layout table's row label: one short heading-shaped line of words ("政治监督", "基层监督体系建设"),
    never a number or a date alone ("1", "2026年")."""
    return (len(lines) == 1 and len(lines[0].strip()) <= _ROW_LABEL_MAX and _heading_shaped(lines[0].strip())
            and not _DATE.match(lines[0].strip()) and bool(_HAN2.search(lines[0])))


def labelled_layout(rows: list[tuple[list[str], list[str]]]) -> bool:
    """Whether a two-column table lays out parts of the text (each row's label cell and text cell, as their lines or
    paragraphs), whatever format printed it: at least two rows, each a short label beside running text ("政治监督" |
    "全年开展专项监督检查不少于6次。…"), so no row names columns ("工作任务 | 主要内容", "指标 | 目标值": a table's
    header, the table holds data)."""
    return len(rows) >= 2 and all(row_label(label) and prose_lines(text) for label, text in rows)


_PART_LABEL = re.compile(r"^\s*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)")


def running_label(line: str) -> bool:
    """A part name numbered as a body's parts are ("一、总体要求", "（二）强化保障"): the outline of a
    text, not a data cell (a column of "1.某局" entries is a list and stays a table)."""
    return bool(_PART_LABEL.match(line)) and _heading_shaped(line.strip())


# a title names the kind of document it is: "…工作计划", "…实施方案", "…工作总结"
_KIND_END = re.compile(r"(?:计划|方案|要点|安排|规划|总结|报告|意见|通知|办法|细则)(?:[（(][^（）()]{1,12}[）)])?$")


def titled_line(line: str) -> bool:
    """A short line that ends in a document kind: a title set in a layout table's cell."""
    line = line.strip()
    return 6 <= len(line) <= 60 and not _INNER_PUNCT.search(line) and _KIND_END.search(line) is not None


# a picture's caption says so in its wording: "图为新落成的某镇文化站", "图3 某村改厕现场", "某河治理前后照片",
# "某乡防汛转移路线示意图", "某校运动会开幕式（摄）", "摄影：某某"
_PICTURE_WORDING = re.compile(r"^\s*(?:图为|图片为|上图|下图|图\s*\d)|示意图|照片|现场(?!会)|[（(]\s*摄|摄影")
# …and a part heading does not, though set centred under a chart: a kind word ("…工作计划", "实施方案") or a year
# with the work it plans ("2027年工作安排") is a title or a part's name
_KIND_WORD = re.compile(r"计划|方案|要点|安排|规划|总结|报告|意见|通知|办法|细则|\d{4}\s*年度?[\u4e00-\u9fff]{0,6}工作")


def names_document(line: str) -> bool:
    """A line that names a document, whatever runs on after it (a site's name: "某市人民政府2021年工作报告-某市人民政府"):
    it ends in a document's kind (`titled_line`), or it holds a year and a kind word. A page's <title> so worded is
    the page's own title; one naming only an office or a site ("某县林业局") is not."""
    return titled_line(line) or (re.search(r"(?:19|20)\d{2}\s*年", line) is not None and _KIND_WORD.search(line) is not None)


def picture_caption(line: str) -> bool:
    """A centred line right under a picture that names it: caption wording, no part or item label ("二、重点任务"),
    no document kind ("2027年工作计划"); a centred "数据来源说明" under a chart is text."""
    return (_PICTURE_WORDING.search(line) is not None and not ITEM_LABEL.match(line)
            and _KIND_WORD.search(line) is None)


def _run_in(line: tuple[str, list[R], bool], after: tuple[str, list[R], bool]) -> bool:
    """A heading typed on the first line of its paragraph: heading-shaped, marked as a heading
    (a label, a closing colon, or bold over plain text), and running text after it. A sentence
    the typist merely broke ("全面推进乡村振兴↵战略实施，…。") has no such mark."""
    text, _, bold = line
    marked = bool(ITEM_LABEL.match(text)) or text.endswith(("：", ":")) or (bold and not after[2])
    return marked and _line_heading_shaped(text) and running_text(after[0])


def _stacked(before: str, line: str) -> bool:
    """A part heading under another on the next line ("二、保障措施↵（一）强化组织领导"): a heading and
    its first sub-heading typed into one paragraph, two headings; neither has the running text after
    it that `_run_in` looks for."""
    return bool(_PART_LABEL.match(line)) and _line_heading_shaped(line) and _line_heading_shaped(before)


def heading_over(first: str, after: str) -> bool:
    """A labelled heading line ("（二）强化组织领导") over running text: two lines, however joined."""
    return bool(ITEM_LABEL.match(first)) and _heading_shaped(first.strip()) and running_text(after.strip())


def soft_line_blocks(lines: list[tuple[str, list[R], bool]], titled: bool) -> list[tuple[str, list[R]]]:
    """The blocks a paragraph's soft-broken lines (text, runs, bold) make, each with the runs
    that write it.

    A run-in heading line is a block of its own, and the text after it starts another; so is a part
    heading stacked under another heading line. A title-like paragraph (title style, outline level 0 or
    centred) whose lines are all short and unpunctuated, none a date, is one title line."""
    rows = [(text.strip(), runs, bold) for text, runs, bold in lines if text.strip()]
    texts = [r[0] for r in rows]
    if titled and len(rows) > 1 and all(_heading_shaped(t) and not _DATE.match(t) for t in texts):
        return [("".join(texts), [run for r in rows for run in r[1]])]
    starts = {0} | {i for i in range(1, len(rows)) if _run_in(rows[i - 1], rows[i])
                    or (i + 1 < len(rows) and _run_in(rows[i], rows[i + 1])) or _stacked(texts[i - 1], texts[i])}
    groups: list[tuple[list[str], list[R]]] = []
    k = -1  # index among the non-empty lines; an empty line stays inside the group it falls in
    for text, runs, _ in lines:
        if text.strip():
            k += 1
        if not groups or (text.strip() and k in starts and k > 0):
            groups.append(([text], list(runs)))
        else:
            groups[-1][0].append(text)
            groups[-1][1].extend(runs)
    return [(_joined_lines(t), runs) for t, runs in groups]


_OPEN_END = re.compile(r"[。！？!?：:…]\s*[”’」』）)]?$")  # a line that ends its sentence or opens a list


def _joined_lines(lines: list[str]) -> str:
    """One block's soft-broken lines: in running text, a break inside a sentence is a wrap and
    goes (no space between Chinese pieces, a ； ends no sentence); it stays before a list label ("1." "（2）"), after a
    sentence's end or a colon, before a date, and between short lines that make no sentence (a
    sign-off's bodies). Only a line that cannot be a heading wraps: one longer than any heading,
    one ending in a clause's ，、, or one broken next to a Latin word; after a short line
    ("稳定粮食生产↵全年粮食播种面积…。") the break stays for the later stages to read."""
    rows = [line.strip() for line in lines if line.strip()]
    if printed_wrap(rows):
        return wrap_joined(rows)
    if not running_text("".join(rows)):
        return "\n".join(rows)
    out = rows[0] if rows else ""
    for before, line in pairwise(rows):
        kept = (ITEM_LABEL.match(line) or _OPEN_END.search(out) or _DATE.match(line) or _FULL_DATE.match(line)
                or not _wraps(before, line))
        out = f"{out}\n{line}" if kept else join_lines([out, line])
    return out


_PRINTED_MIN = 40  # display columns (20 Han characters): no printed page wraps narrower
_PRINTED_SLACK = 5  # columns a wrapped line may fall short of the wrap: its first line's indent, a wide sign that did not fit


def printed_wrap(rows: list[str], least: int = 3) -> bool:
    """A paragraph's soft-broken lines are a printed page's wrap, kept by a converter that made the Word file from a
    PDF: three or more lines, all but the last one width (the first short of it by its indent at most), the last no
    wider, the lines cut mid-sentence (none but the last closes one, none after the first opens an item). All its
    breaks are wraps: a typist's soft breaks stand after headings, items and sentences, at any width. (Two lines
    are a wrap only in a file known to be converted: `least`.)"""
    if len(rows) < least:
        return False
    widths = [display_width(r) for r in rows]
    wrap = max(widths[:-1])
    return (wrap >= _PRINTED_MIN and all(w >= wrap - _PRINTED_SLACK for w in widths[:-1]) and widths[-1] <= wrap + _PRINTED_SLACK
            and not any(_OPEN_END.search(r) for r in rows[:-1]) and not any(ITEM_LABEL.match(r) for r in rows[1:]))


def wrap_joined(rows: list[str]) -> str:
    """A printed wrap's lines as one: nothing between them (the page cut a number or a word where its line ran out:
    "改造12" | "00户" is 1200户), but a space between two Latin words."""
    out = ""
    for row in rows:
        out += " " + row if out[-1:].isascii() and out[-1:].isalpha() and row[:1].isascii() and row[:1].isalpha() else row
    return out


def printed_rows(rows: list[list[str]]) -> list[list[str]]:
    """A table's rows with the rows a converter cut at each printed line put back together: a row with no key (its
    first cell empty, where the first column numbers the rows) that leaves some other cell empty too and only goes on
    with cells whose line above filled its column ("新建高标准农田3.2万亩，" | "配套建设田间道路…") is the row above's
    next line. A row of its own under a row (a sub-task beside its own unit and date) fills its cells or starts a cell
    the row above left open, and stays."""
    if len(rows) < 3 or min(len(r) for r in rows) < 3 or sum(1 for r in rows[1:] if r[0].strip()) < 2:
        return rows
    widest = [max((display_width(r[k]) for r in rows if k < len(r)), default=0) for k in range(max(len(r) for r in rows))]
    out: list[list[str]] = [list(rows[0])]
    last = list(rows[0])  # each column's last printed line in the row being read
    for row in rows[1:]:
        filled = [k for k, cell in enumerate(row) if cell.strip()]
        goes_on = (len(out) > 1 and not row[0].strip() and filled and len(filled) < len(row) - 1
                   and all(k < len(last) and last[k].strip() and "\n" not in row[k]
                           and display_width(last[k]) >= widest[k] - _PRINTED_SLACK for k in filled))
        if goes_on:
            for k in filled:
                out[-1][k] = wrap_joined([out[-1][k], row[k].strip()])
                last[k] = row[k]
            continue
        out.append(list(row))
        last = list(row)
    return out


_CLAUSE_END = re.compile(r"[，、,]$")
_LATIN_EDGE = re.compile(r"[A-Za-z]")


def _wraps(before: str, after: str) -> bool:
    """A soft break that can only be a wrap: the line before is too long for a heading, stops
    mid-sentence at ，、, or the break falls against a Latin word (a heading ends on no such edge)."""
    return (len(before) > HEAD_MAX or bool(_CLAUSE_END.search(before))
            or bool(_LATIN_EDGE.match(before[-1:])) or bool(_LATIN_EDGE.match(after[:1])))


_FULL_DATE = re.compile(r"^[\d〇零一二三四五六七八九○Ｏ０-９]{4}\s*年\s*[\d〇零一二三四五六七八九十○０-９]{1,2}\s*月"
                        r"\s*[\d〇零一二三四五六七八九十○０-９]{1,3}\s*日$")


def sign_off_lines(rows: list[list[str]]) -> list[str] | None:
    """The lines of a sign-off laid out in a small table (the issuing bodies side by side, the
    date under them), or None when the table holds data. A sign-off is a full date and names:
    short lines with no figure and no punctuation, nothing else, the date alone on the last row.
    Cells a merge repeats count once."""
    if not rows or len(rows) > 3 or max(len(r) for r in rows) > 3:
        return None
    lines: list[str] = []
    for row in rows:
        for cell in row:
            for line in (t.strip() for t in cell.split("\n")):
                if line and line not in lines:
                    lines.append(line)
    dates = [t for t in lines if _FULL_DATE.match(t)]
    names = [t for t in lines if t not in dates]
    last = {t.strip() for t in rows[-1] if t.strip()}
    if len(dates) != 1 or not names or last != set(dates) or not all(BODY_NAME.match(t) for t in names):
        return None
    return lines


# what may stand plain before a bold run-in heading: the list label alone ("1.", "（二）", "一、") and spaces
_LABEL_ONLY = re.compile(r"\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）]?[、.．]?|[①-⑳])?\s*")


def bold_lead(runs: list[tuple[str, bool]]) -> str | None:
    """The text of a paragraph's leading bold runs, given each run's (text, bold), when plain
    runs with text follow them: where a run-in heading set bold ends and its plain body starts
    ("一、做好数据生产" bold, "扎实做好常规调查…" plain), a boundary the text alone does not show."""
    lead, started = "", False
    for n, (text, bold) in enumerate(runs):
        if not bold and started:
            tail = "".join(t for t, _ in runs[n:]).strip()
            return lead if tail and _bold_ends_heading(lead, tail) else None
        if not bold and not _LABEL_ONLY.fullmatch(lead + text):  # a plain label ("1." then bold) opens it
            return None
        lead += text
        started = started or (bold and bool(text.strip()))
    return None


def _bold_ends_heading(lead: str, tail: str) -> bool:
    """Bold type that stops is a heading's end when the text agrees: the bold part closes at 。 or ：
    or is the label alone, or the plain part runs on as a sentence (punctuated, or longer than a
    heading with the bold part). A few plain words with no punctuation finish the heading instead:
    words a tracked insertion or a later edit set in the body's type ("服务更加" bold, "便捷" plain)."""
    return (lead.rstrip().endswith(("。", "：", ":")) or _LABEL_ONLY.fullmatch(lead) is not None
            or _INNER_PUNCT.search(tail) is not None or len(lead.strip() + tail) > HEAD_MAX)


# a typed table of contents' entry ("一、总体要求\t3"): the 目录's, read as such later, never a table row
_TOC_ENTRY = re.compile(r"^\S.{0,60}?\t+\d{1,3}$")


def _tab_row(block: Block) -> bool:
    """A body paragraph with tabs between its cells (a candidate row of a table typed with tab stops)."""
    return (block.kind == "paragraph" and block.furniture is None and block.numbering is None
            and block.outline_level is None and len(cells(block.text, TABS)) >= 2 and not _TOC_ENTRY.match(block.text))


def tab_tables(blocks: Iterable[Block]) -> Iterator[Block]:
    """Three or more paragraphs in a row with the same number of tab-separated cells are a table
    (its first row the header), as a text file's aligned lines are: the rows stay together under
    the part they belong to, and none passes for a heading of the rows below it."""
    pending: list[Block] = []
    for block in [*blocks, None]:
        if block is not None and _tab_row(block):
            pending.append(block)
            continue
        runs = table_runs([b.text for b in pending], TABS, min_rows=3)
        i = 0
        while i < len(pending):
            if i in runs:
                rows = [cells(b.text, TABS) for b in pending[i: i + runs[i]]]
                yield Block(kind="table", text="", rows=rows, prov=pending[i].prov)
                i += runs[i]
            else:
                yield pending[i]
                i += 1
        pending = []
        if block is not None:
            yield block


def toc_labels(blocks: Iterable[Block]) -> Iterator[Block]:
    """The line that labels a table-of-contents field ("目  录" centred over the TOC's entries, in the body's
    own style, not a TOC style) is the contents list's too: furniture with its entries, never a title or a
    part. Only right above entries the TOC styles mark; a 目录 line over text stays as it is."""
    held: Block | None = None
    for block in blocks:
        if held is not None:
            yield held.model_copy(update={"furniture": "toc"}) if block.furniture == "toc" else held
            held = None
        if block.kind != "table" and block.furniture is None and TOC_TITLE.match(block.text):
            held = block
            continue
        yield block
    if held is not None:
        yield held
