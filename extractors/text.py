"""Plain text: decode whatever encoding the copy was saved in, one block per line.

Offices save copies from document sites as GB18030/GBK as often as UTF-8; Windows
Notepad writes UTF-16 with a BOM. The decoded text is the only hint a TXT file gives,
so structure is left entirely to the outline stage.
"""

from __future__ import annotations

import codecs
import html
import re
from collections.abc import Iterator
from pathlib import Path

from jihua.extractors.cjk import display_width
from jihua.extractors.mojibake import garbled, mixed_lines
from jihua.extractors.options import ExtractOptions
from jihua.schemas.blocks import Block, Provenance
from jihua.schemas.errors import InputError, note_reading

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


_PLAIN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\u3000-\u303f\uff00-\uffef\u2010-\u2027\u00b7\x20-\x7e\n\r\t]")
_CANDIDATES = ("gb18030", "utf-16-le", "utf-16-be", "big5")


def plausibility(text: str) -> float:
    """Share of characters a Chinese office text is made of; mojibake and binary score low."""
    if not text:
        return 0.0
    return len(_PLAIN.findall(text)) / len(text)


def detect_encoding(raw: bytes) -> str:
    """BOM first, then strict UTF-8, then whichever of GB18030/UTF-16/Big5 reads most plausibly."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return name
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(raw) - 3:  # a sample cut inside the last character
            return "utf-8"
        if _damaged_utf8(raw):
            return "utf-8"
    sample = raw[:20000]
    scored = [(plausibility(sample.decode(enc, errors="replace")), -i, enc) for i, enc in enumerate(_CANDIDATES)]
    return max(scored)[2]


def _damaged_utf8(raw: bytes) -> bool:
    """UTF-8 with a few bytes damaged (a flipped byte, a cut character): under 1 in 20 of its characters
    fail (a damaged byte costs one to three), where a GBK or Big5 text read as UTF-8 fails on nearly
    every Chinese one. It stays UTF-8 — its holes are left out with a warning — rather than read whole in
    another encoding as gibberish."""
    holes = raw.decode("utf-8", errors="replace").count("\ufffd")
    wide = sum(1 for byte in raw if byte >= 0x80) // 3  # about how many characters beyond ASCII it holds
    return 20 * holes <= wide


def bom_only(raw: bytes) -> bool:
    """A byte-order mark and nothing written after it (Notepad saves an empty "Unicode" file so)."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            try:
                return not raw.decode(name).lstrip("\ufeff").strip()
            except UnicodeDecodeError:
                return False
    return False


def text_encoding(head: bytes) -> str | None:
    """The encoding when these bytes read as text, None when they look binary."""
    encoding = detect_encoding(head)
    text = head.decode(encoding, errors="replace")
    if encoding.startswith("utf-8"):  # U+FFFD written into valid UTF-8 is a text's damage, not binary
        text = text.replace("\ufffd", "")
    if plausibility(text) >= 0.9:
        return encoding
    whole_lines = head.rpartition(b"\n")[0] or head  # the sample may end inside a line
    # two encodings pasted together: the ASCII the sniffer looks for (tags, marks) reads the same in either
    return "gb18030" if encoding in _CANDIDATES and mixed_lines(whole_lines) is not None else None


def read_text(path: Path) -> str:
    """Decoded text of a file, newlines normalised."""
    return decode_text(path.read_bytes(), path)


def decode_text(raw: bytes, path: Path, markup: bool = False) -> str:
    """Decoded text of a file's bytes (or of the page a file holds), newlines normalised. What was
    repaired or lost on the way is noted (`note_reading`). A page's `markup` keeps its entities: its
    parser reads each where it stands (an escaped "&lt;p&gt;" in a frame's srcdoc is no tag of the page)."""
    encoding = detect_encoding(raw)
    mixed = mixed_lines(raw) if encoding in _CANDIDATES else None  # not for a BOM or valid UTF-8
    if mixed is not None:
        text, utf8, gb, lost = mixed
        note_reading(f"mixed encodings: {utf8} lines read as UTF-8, {gb} as GB18030 "
                     "(copies in two encodings pasted into one file)")
    else:
        text = raw.decode(encoding, errors="replace")
        lost = len(text) - len(raw.decode(encoding, errors="ignore"))  # one U+FFFD per undecodable run
        if lost > max(20, len(text) // 20):
            raise InputError(path, f"cannot decode the text (tried UTF-8, UTF-16, GB18030, Big5; best was {encoding})")
    text = _repaired(text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"), path)
    if "\ufffd" in text:  # keep the text, but no reader should meet a hole ("\ufffd新建高标准农田3.5万亩")
        if lost:
            note_reading(f"{lost} bytes could not be decoded (left out of the text)")
        if text.count("\ufffd") > lost:
            note_reading(f"{text.count(chr(0xFFFD)) - lost} characters were already lost in the "
                         "file (U+FFFD, left out of the text)")
        text = text.replace("\ufffd", "")
    # a copy saved from a page's source keeps its entities ("&nbsp;&nbsp;一、工作目标"): read them as the page showed them
    return html.unescape(text) if not markup and _ENTITY.search(text) else text


def _repaired(text: str, path: Path) -> str:
    """Lines of mojibake (UTF-8 once read as GBK and saved again: "涓銆佹讳綋瑕佹眰") put back; a text
    with more garbled lines than can be put back is refused rather than parsed as gibberish."""
    lines = text.split("\n")
    fixed, lost = 0, 0
    for i, line in enumerate(lines):
        repaired, bad = garbled(line)
        if repaired is not None:
            lines[i] = repaired
            fixed += 1
        elif bad:
            lost += 1
    if not fixed and not lost:
        return text
    worded = sum(1 for line in lines if line.strip())
    if lost >= max(3, worded // 10):
        raise InputError(path, f"the text is garbled (mojibake): {fixed + lost} of {worded} lines are UTF-8 text "
                               f"once read as GBK and saved again, {lost} of them beyond repair (bytes lost)")
    note_reading(f"{fixed} lines repaired from mojibake (UTF-8 text once read as GBK)"
                 + (f"; {lost} garbled lines could not be repaired" if lost else ""))
    return "\n".join(lines)


_ENTITY = re.compile(r"&(?:nbsp|ensp|emsp|amp|lt|gt|quot|ldquo|rdquo|hellip|mdash|#\d{2,6}|#x[0-9a-fA-F]{2,5});")


_COLUMNS = re.compile(r"\t+|[ \u3000]{2,}")
TABS = re.compile(r"\t+")  # a Word paragraph's columns: tab stops only (spaces there only justify)


def cells(line: str, columns: re.Pattern[str] = _COLUMNS) -> list[str]:
    """A line's cells between its column gaps."""
    return [c.strip(" \u3000") for c in columns.split(line.strip(" \t\u3000")) if c.strip(" \u3000")]


_PROSE = re.compile(r"[\u4e00-\u9fff].{20,}[。；！？]")
# a list label alone in the first of two cells ("1.\t加强领导", "（二）\t强化保障"): a label and its text, no row
_LABEL_CELL = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])$")


def _width(line: str, columns: re.Pattern[str]) -> int:
    """Columns of a table row; 1 when a cell is running prose ("一、加强领导   各单位要……。" is a
    heading and its body set apart by spaces, not a row) or the first of two cells a list label."""
    found = cells(line, columns)
    if any(_PROSE.search(c) for c in found) or (len(found) == 2 and _LABEL_CELL.match(found[0])):
        return 1
    return len(found)


def _open_tabs(line: str, first: str) -> int:
    """Empty cells a tab-separated row opens with, past those its table's first row opens with: each tab one
    ("\t第2周\t9月8日…" under "9月\t第1周\t…": a Word table's text copy prints a merged 月份 cell once and leaves
    the rows it covers an empty first cell, which `cells` would drop, shifting the row one column left)."""
    return max(0, len(line) - len(line.lstrip("\t")) - (len(first) - len(first.lstrip("\t"))))


def _row_width(line: str, first: str, columns: re.Pattern[str]) -> int:
    """Columns of a row of the table `first` opens, its opening empty cells (`_open_tabs`) counted only where the
    row is short without them and they make it the first row's width ("\t第2周\t…" under a merged 月份). A row as
    wide as the first without them is only typed indented ("\t1\t新修村道3公里\t…" under a flush-left
    "序号\t…"): its tab opens no cell, and does not break the table's run."""
    width = _width(line, columns)
    full = _width(first, columns)
    opening = _open_tabs(line, first)
    return width + opening if 2 <= width < full and width + opening == full else width


def _starts(line: str, columns: re.Pattern[str]) -> list[int]:
    """Where a line's cells start, in characters: pdftotext -layout sets a table's columns at fixed places, a
    character a place whatever its width."""
    return [m.start() for m in re.finditer(rf"(?:(?!{columns.pattern})\S)(?:(?!{columns.pattern}).)*", line)]


# a line that is a field of its own ("单位：个", "数据来源：县统计局"): a note under a table, never a wrapped cell
_FIELD_LINE = re.compile(r"^[^\s:：]{1,10}[:：]")
# a row's number alone in its cell ("3", "12."): no text the wrap could have cut
_ROW_NUMBER = re.compile(r"^\d{1,3}[.．、]?$")


def _continues_cells(line: str, header: list[int], columns: re.Pattern[str], row: list[str] | None = None) -> bool:
    """A line of a layout table's cells wrapped onto the next line ("        和项目清单         财政局      底"):
    indented, every cell narrow and starting where one of the table's columns starts. A field ("    单位：个") is a
    note under the table; nor does a line go on from the row's first cell when that holds only the row's number
    ("3" takes no "数据来源" under it)."""
    found = cells(line, columns)
    starts = _starts(line, columns)
    if (row and starts and abs(starts[0] - header[0]) <= 2 and _ROW_NUMBER.match(row[0].strip())) \
            or _FIELD_LINE.match(line.strip()):
        return False
    return (line[:1] in (" ", "\u3000", "\t") and 0 < len(found) < len(header)
            and all(_cell_line(c) for c in found)
            and all(any(abs(s - h) <= 2 for h in header) for s in starts))


def _wrapped_rows(lines: list[str], start: int, end: int, columns: re.Pattern[str]) -> int:
    """Where a layout table ends once the lines its cells wrapped onto are counted in: a row's wrapped cells,
    then the next row of as many columns, and so on ("1  编制年度改造  区住建局  2 月" / "   计划  …  底" / "2  …")."""
    header = _starts(lines[start], columns)
    width = _width(lines[start], columns)
    j = end
    while j < len(lines):
        k, row = j, cells(lines[j - 1], columns)
        while k < len(lines) and _continues_cells(lines[k], header, columns, row):
            k += 1
        if k == j:
            return j
        j = k
        while j < len(lines) and _row_width(lines[j], lines[start], columns) == width and len(lines[j]) < 120:
            j += 1
    return j


def layout_rows(lines: list[str], columns: re.Pattern[str] = _COLUMNS) -> list[list[str]]:
    """A table's rows, the lines its cells wrapped onto joined to the cells above them by position."""
    header = _starts(lines[0], columns)
    rows: list[list[str]] = []
    for line in lines:
        opening = _open_tabs(line, lines[0])
        if rows and opening and opening + len(cells(line, columns)) == len(header):  # a row under a merged cell
            rows.append([""] * opening + cells(line, columns))
            continue
        if rows and _continues_cells(line, header, columns, rows[-1]):
            for at, cell in zip(_starts(line, columns), cells(line, columns), strict=False):
                col = min(range(len(header)), key=[abs(h - at) for h in header].__getitem__)
                if col < len(rows[-1]):
                    rows[-1][col] += cell
            continue
        rows.append(cells(line, columns))
    return rows


def table_runs(lines: list[str], columns: re.Pattern[str] = _COLUMNS, min_rows: int = 2) -> dict[int, int]:
    """Start index → length of runs of ≥ `min_rows` lines splitting into the same ≥2 columns (a table
    typed as text: in a text file, or in Word paragraphs with tabs between the cells)."""
    runs: dict[int, int] = {}
    i = 0
    while i < len(lines):
        width = _width(lines[i], columns)
        j = i
        while j < len(lines) and width >= 2 and _row_width(lines[j], lines[i], columns) == width and len(lines[j]) < 120:
            j += 1
        if j - i >= min_rows:
            j = _wrapped_rows(lines, i, j, columns)
            runs[i] = j - i
            i = j
        else:
            i += 1
    return runs


# A table that a PDF's text copy flattened (pdftotext, a reader's select-all): every cell's line on a line of its own,
# each row opened by its number and a space ("1 编制年度计划" / "和项目清单" / "区住建局" / "3 月底"). The number is a
# row's, not a heading's: read as a decimal outline label it made each row's first cell a heading.
_ROW_OPEN = re.compile(r"^(\d{1,2}) +(?=[\u4e00-\u9fff])(?![年月日号时个项])")
_CELL_MAX = 24  # display columns: a cell's line is a narrow column's width, no running text
_NOT_CELL = re.compile(r"[。；！？]|^(?:[（(]|[一二三四五六七八九十]+[、是]|\d{1,2}[.．、]|第[一二三四五六七八九十\d])")
_MIN_ROW_LINES = 3  # a row's number and first cell, and at least one more cell
_HEADER = re.compile(r"^[\u4e00-\u9fff]{1,8}(?: [\u4e00-\u9fff]{1,8}){2,}$")  # "序号 重点任务 牵头单位 完成时限"


def _cell_line(line: str) -> bool:
    return display_width(line) <= _CELL_MAX and not _NOT_CELL.search(line)


# a cell only a table's column holds: a deadline or a date ("2026 年 9 月", "6月底", "长期"), or a body that does the
# work ("镇建设办", "县民政局", "各村") — an outline's items under a heading hold neither
_DATE_CELL = re.compile(r"\d{1,4}\s*[年月]|[月年]底|季度|长期|持续推进")
_ORG_CELL = re.compile(r"(?:局|办|委|所|院|中心|站|队|政府|公司|各村|各乡镇|各镇|各街道|各社区)(?:[\s、，,]|$)")
_SAME_LINES_MIN = 4  # lines a row: rows all of this many lines or more, all alike, are a table's columns


def _has_columns(rows: list[list[str]]) -> bool:
    """Rows that show a table's columns: most hold a deadline or an org's cell, or every row takes the same number
    of lines, four or more (one per column). "1 强化组织保障" / "成立工作专班" / "建立周调度机制" / "2 …" shows none: an
    outline's short items under numbered headings."""
    cells_in = sum(1 for row in rows if any(_DATE_CELL.search(c) or _ORG_CELL.search(c) for c in row[1:]))
    same = len({len(row) for row in rows}) == 1 and len(rows[0]) >= _SAME_LINES_MIN
    return same or 2 * cells_in > len(rows)


def flattened_rows(lines: list[str]) -> dict[int, tuple[int, list[list[str]]]]:
    """Start index → (lines taken, rows) of the tables a PDF's text copy flattened one cell line a line (see `_ROW_OPEN`): a run of
    narrow lines where rows numbered on from one another open every few lines, two rows or more, each of three
    lines or more. The column names' line above, words one space apart, is the header row. A run of short numbered
    headings ("1 总则" / "2 职责") has no cells between them; headings with their bodies have sentences."""
    found: dict[int, tuple[int, list[list[str]]]] = {}
    i = 0
    while i < len(lines):
        opened = _ROW_OPEN.match(lines[i])
        if opened is None or not _cell_line(lines[i]):
            i += 1
            continue
        rows, number, j = [[lines[i]]], int(opened.group(1)), i + 1
        while j < len(lines) and _cell_line(lines[j]):
            nxt = _ROW_OPEN.match(lines[j])
            if nxt is not None and int(nxt.group(1)) == number + 1:
                rows.append([])
                number += 1
            rows[-1].append(lines[j])
            j += 1
        headed = i > 0 and _HEADER.match(lines[i - 1]) is not None
        if len(rows) < 2 or any(len(row) < _MIN_ROW_LINES for row in rows) or not (headed or _has_columns(rows)):
            i += 1
            continue
        start = i - 1 if headed else i
        found[start] = (j - start, ([lines[start].split(" ")] if start < i else []) + rows)
        i = j
    return found


def extract(path: Path, opts: ExtractOptions) -> Iterator[Block]:
    """One paragraph block per non-empty line, in file order; aligned columns become tables."""
    text = read_text(path)
    lines = [(n, ln) for n, ln in enumerate(text.split("\n")) if ln.strip(" \t\u3000\u00a0\ufeff")]
    runs = table_runs([ln for _, ln in lines])
    flat = flattened_rows([ln.strip(" \t\u3000\u00a0\ufeff") for _, ln in lines])
    index = 0
    i = 0
    while i < len(lines):
        line_no, line = lines[i]
        if i in flat and not any(i <= start < i + flat[i][0] for start in runs):  # not where columns line up
            taken, rows = flat[i]
            yield Block(kind="table", text="", rows=rows, prov=Provenance(file=str(path), index=index, paragraph=line_no))
            index += 1
            i += taken
            continue
        if i in runs:
            rows = layout_rows([ln for _, ln in lines[i: i + runs[i]]])
            yield Block(kind="table", text="", rows=rows, prov=Provenance(file=str(path), index=index, paragraph=line_no))
            index += 1
            i += runs[i]
            continue
        stripped = line.strip(" \t\u3000\u00a0\ufeff")
        # the indent in display columns: "　　" is four, as wide as four spaces (a wrap counts it in the line's width)
        indent = display_width(line[: len(line) - len(line.lstrip(" \t\u3000\u00a0"))])
        yield Block(text=stripped, indent=float(indent) if indent else None,
                    prov=Provenance(file=str(path), index=index, paragraph=line_no))
        index += 1
        i += 1


# a body's name: no figure, no punctuation, ending as bodies' names end (局 委 办 府 会 处 …)
BODY_NAME = re.compile(r"^[^\d０-９。；！？，、：:,;!?]{1,29}[局委办府会院厅处室部站所队团社馆校镇乡道村组司行庭心]$")


# A cell or line of running text, as both the DOCX extractor's layout tables and the target tables stage read one:
# a sentence's punctuation, or longer than any heading line
_SENTENCE = re.compile(r"[。；！？;!?]")
HEAD_MAX = 30  # a heading line is no longer than this
_PROSE_MIN = 12  # a sentence beside a label is longer than a column's name ("主要内容", "责任单位")


def running_text(line: str) -> bool:
    """Running text: a sentence's punctuation, or longer than any heading."""
    return bool(_SENTENCE.search(line)) or len(line) > HEAD_MAX + 10


def prose_lines(lines: list[str]) -> bool:
    """A cell of running text: its last line ends a sentence ("…不少于6次。"), not a column's name or a figure."""
    return bool(lines) and _SENTENCE.search(lines[-1].strip().rstrip("”’）)")[-1:]) is not None \
        and any(running_text(line.strip()) and len(line.strip()) > _PROSE_MIN for line in lines)
