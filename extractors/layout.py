"""Page lines → paragraphs, with running headers, footers and page numbers set aside.

Both the PDF text layer and OCR give positioned lines, not paragraphs. A paragraph break
is read from what a typesetter leaves: a first-line indent, a short last line, extra
vertical space, a change of font, a centred line. Furniture is read from repetition in
the top and bottom bands across pages, and from page-number shapes ("- 3 -", "第3页").
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from jihua.extractors.cjk import close_label_gap, join_lines, label_gap
from jihua.schemas.blocks import FIELD_LABEL, ITEM_LABEL, PAGE_NUMBER

_SENTENCE_END = tuple("。！？；：!?;:”」』）)")
LABEL_START = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百零〇\d]+[章节条部分篇]|[一二三四五六七八九十]+[、.．]|[（(](?:[一二三四五六七八九十]+|\d{1,2})[)）]|"
    r"\d{1,2}\s*[、.．](?!\d)|[①-⑳]|[一二三四五六七八九十]+是)"
)
# a figure standing alone, with its unit if any ("约3.5", "12公里", "98%")
FIGURE = re.compile(r"[约近超逾+＋-]?\d[\d.,，]*\s*[^\s\d。；;，,]{0,4}")


@dataclass
class Line:
    """One visual line on a page, in points, with the font facts the PDF or OCR gives."""

    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    text: str
    size: float
    bold: bool = False
    font: str | None = None
    furniture: str | None = None
    table: list[list[str | None]] | None = None  # a table placed here instead of text (None: a cell covered from above)
    shift: float = 0.0  # a right-column line laid over the left column: on the page it stands this far right
    column_right: float | None = None  # read in a column: that column's right edge (laid over the left one)
    # the style where the line meets its neighbours (its first and last Han character), and the bold words it
    # opens with (its whole text when all of it is bold; None when it opens plain): a run-in heading set bold
    # wraps into a plain body mid-line, so its first line's main style is no guide to where it ends
    head_font: str | None = None
    head_bold: bool | None = None
    tail_font: str | None = None
    tail_bold: bool | None = None
    bold_lead: str | None = None
    # a two-column table's cells as the lines printed in them, row by row (see `pdf_layout_tables`): where a layout
    # table's text breaks into paragraphs
    cells: list[list[list[Line]]] | None = None

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass
class Paragraph:
    """Lines joined into one paragraph, with the hints of its first line."""

    lines: list[Line] = field(default_factory=list)
    label: bool = False  # a layout table's row label: a part's heading (see `pdf_layout_tables`)

    @property
    def text(self) -> str:
        # a wrapped line's leading figure is the sentence's ("…完成" / "3 个乡镇"): only a first line keeps a label's gap
        return join_lines([self.lines[0].text, *(close_label_gap(ln.text) for ln in self.lines[1:])])

    @property
    def first(self) -> Line:
        return self.lines[0]

    @property
    def bold_lead(self) -> str | None:
        """The bold words the paragraph opens with when plain text follows them, over as many lines as
        they run (a long run-in heading wraps before its body starts)."""
        pieces: list[str] = []
        for ln in self.lines:
            if ln.bold_lead is None:
                break
            pieces.append(close_label_gap(ln.bold_lead) if pieces else ln.bold_lead)  # as `text` joins them
            if ln.bold_lead != ln.text:
                return join_lines(pieces)
        return None


@dataclass
class PageGeometry:
    width: float
    height: float


def _folio_like(ln: Line, geo: PageGeometry) -> bool:
    """A tiny centred line at the foot of the page: a page number, even when OCR misreads it."""
    chars = re.sub(r"\s", "", ln.text)
    mid = (ln.x0 + ln.x1) / 2
    return (ln.top >= geo.height * 0.88 and len(chars) <= 4 and any(c.isdigit() for c in chars)
            and abs(mid - geo.width / 2) < geo.width * 0.1)


# a newspaper's page strip: the page's number ("第3版") with the paper's name, the day or the editors
_PAPER_PAGE = re.compile(r"第\s*[\d一二三四五六七八九十]{1,3}\s*版")
_PAPER_CUES = (re.compile(r"[日晚]报"), re.compile(r"星期[一二三四五六日天]|周[一二三四五六日]"),
               re.compile(r"责任编辑|责编|美编|校对"), re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"))


def _paper_strip(ln: Line) -> bool:
    """"某某日报 2025年1月20日 星期一 第3版 要闻 责任编辑：某某": the strip a newspaper prints over
    its page, with no repeat to tell it by when a file holds one page of the paper. The page's
    number with two of the paper's name, the day, the editors (a title's "（2024年3月修订第2版）"
    has one)."""
    return _PAPER_PAGE.search(ln.text) is not None and sum(bool(c.search(ln.text)) for c in _PAPER_CUES) >= 2


def _furniture_key(text: str) -> str:
    """Running-header identity: digits (page numbers) and punctuation (OCR noise) ignored."""
    return re.sub(r"\d+", "#", re.sub(r"[\s\W_]+", "", text))


def _near(a: str, b: str) -> bool:
    if a == b:
        return True
    return len(a) >= 4 and len(b) >= 4 and SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.8


def mark_furniture(pages: list[list[Line]], geometry: list[PageGeometry]) -> None:
    """Flag running headers/footers (repeated in the top/bottom bands) and page numbers."""
    page_keys: list[set[str]] = []
    candidates: list[tuple[Line, str]] = []
    for lines, geo in zip(pages, geometry, strict=True):
        body = [ln for ln in lines if ln.table is None and ln.text.strip()]
        keys: set[str] = set()
        page_keys.append(keys)
        if not body:
            continue
        edge = [ln for ln in body if ln.bottom <= geo.height * 0.1 or ln.top >= geo.height * 0.88]
        edge += [ln for ln in (body[0], body[-1]) if ln not in edge and
                 (ln.top < geo.height * 0.15 or ln.bottom > geo.height * 0.85)]
        for ln in edge:
            if PAGE_NUMBER.match(ln.text) or _folio_like(ln, geo):
                ln.furniture = "page_number"
                continue
            if ln.top < geo.height * 0.15 and _paper_strip(ln):
                ln.furniture = "header"
                continue
            key = _furniture_key(ln.text)
            candidates.append((ln, key))
            keys.add(key)
    pages_with_text = sum(1 for lines in pages if any(ln.text.strip() for ln in lines))
    threshold = max(2, int(pages_with_text * 0.5 + 0.5))
    if pages_with_text < 2:
        return
    for ln, key in candidates:
        repeats = sum(1 for keys in page_keys if any(_near(key, k) for k in keys))
        if repeats >= threshold:
            ln.furniture = "header" if ln.top < 0.5 * _page_height(geometry, ln) else "footer"


# a note's mark alone on a line: a number, a circled one, stars, a letter or a small roman numeral ("ii", "iv")
_NOTE_MARK = re.compile(r"^\s*(?:\d{1,2}|[①-⑳]|\*{1,3}|[a-z]|[ivx]{2,4})\s*$")
_NOTE_START = re.compile(r"^\s*(?:\d{1,2}|[①-⑳]|\*{1,3}|注\s*[:：\d①-⑳]?)")


_MARK_SIZE = 0.75  # of the body's size: a superscript's (Word sets one at two thirds, LibreOffice at 58%)


def mark_notes(pages: list[list[Line]], size: float, heights: list[float] | None = None) -> None:
    """Footnotes: a reference mark set small and raised in the text ("控制在¹180万吨") and the small
    notes it points to at the page's foot (the lowest third of the page, when its height is known).
    Both are the page's apparatus, set aside as notes; the sentence the mark interrupted joins up."""
    for n, lines in enumerate(pages):
        foot = 0.66 * heights[n] if heights and n < len(heights) else 0.0
        body = [ln for ln in lines if ln.furniture is None and ln.table is None and ln.text.strip()]
        last_full = max((k for k, ln in enumerate(body) if ln.size >= 0.9 * size), default=-1)
        for k, ln in enumerate(body):
            if ln.size <= _MARK_SIZE * size and _NOTE_MARK.match(ln.text):
                ln.furniture = "notes"
            elif k > last_full >= 0 and ln.top >= foot and ln.size <= 0.8 * size and _NOTE_START.match(ln.text):
                ln.furniture = "notes"


def _page_height(geometry: list[PageGeometry], ln: Line) -> float:
    return geometry[ln.page - 1].height if 0 < ln.page <= len(geometry) else 842.0


@dataclass
class BodyMetrics:
    """The typographic frame, measured from the text itself (margins per page: scans shift)."""

    left: float
    right: float
    size: float
    gap: float
    font: str | None
    page_frame: dict[int, tuple[float, float]] = field(default_factory=dict)
    page_width: dict[int, float] = field(default_factory=dict)  # of the pages whose own edges can be trusted (no scans)
    indents_first: bool = False  # paragraphs open two characters in (`_indents_first_lines`)
    labels_indented: bool = False  # …and labelled ones too, none at the margin (`_labels_open_indented`)

    def frame(self, page: int) -> tuple[float, float]:
        return self.page_frame.get(page, (self.left, self.right))

    def mirrored(self, page: int) -> tuple[float, float] | None:
        """The frame the page's margins imply: its left margin mirrored on the right (an office PDF's
        margins are symmetric). The right edge measured from the lines fails in a document of short
        lines: there the widest line is the title itself, and nothing looks centred against it."""
        width = self.page_width.get(page)
        left = self.frame(page)[0]
        return (left, width - left) if width is not None and width - left > left else None


def _frame(body: list[Line], size: float = 0.0) -> tuple[float, float]:
    """The text frame's left and right edges; the right read off lines in the body's size (a
    title set larger may run wider than a page's few body lines: a short column's)."""
    sized = [ln for ln in body if abs(ln.size - size) <= 0.15 * size]
    if len(sized) >= 2:
        body = sized
    lefts = Counter(round(ln.x0) for ln in body)
    top_count = lefts.most_common(1)[0][1]
    left = min(x for x, n in lefts.items() if n >= max(2, top_count * 0.2)) if top_count >= 2 else min(lefts)
    rights = sorted(ln.x1 for ln in body)
    return float(left), float(rights[int(len(rights) * 0.9)])


def measure(lines: list[Line], widths: dict[int, float] | None = None) -> BodyMetrics:
    """The body's frame, size, line pitch and font (`widths`: page widths, by page number, of the
    pages whose margins are the typesetter's)."""
    body = [ln for ln in lines if ln.furniture is None and ln.table is None and len(ln.text) > 3]
    if not body:
        body = [ln for ln in lines if ln.table is None] or lines
    sizes = Counter(round(ln.size * 2) / 2 for ln in body)
    size = sizes.most_common(1)[0][0] if sizes else 12.0
    left, right = _frame(body, size) if body else (0.0, 0.0)
    gaps = [b.top - a.top for a, b in itertools.pairwise(body)
            if b.page == a.page and 0 < b.top - a.top < 3 * size]
    gap = statistics.median(gaps) if gaps else size * 1.5
    fonts = Counter(ln.font for ln in body if ln.font)
    by_page: dict[int, list[Line]] = {}
    for ln in body:
        by_page.setdefault(ln.page, []).append(ln)
    frames = {page: _frame(group, size) for page, group in by_page.items() if len(group) >= 4}
    return BodyMetrics(left, right, size, gap, fonts.most_common(1)[0][0] if fonts else None, frames, dict(widths or {}),
                       _indents_first_lines(body, size), _labels_open_indented(body, frames, (left, right), size))


def _indents_first_lines(body: list[Line], size: float) -> bool:
    """Whether the text's paragraphs open two characters in: twice or more a line is followed, in its size, by
    one 1.2–3 em further left (its paragraph going on at the margin). There a line at the margin goes on with
    the paragraph above, whatever its first characters look like."""
    pairs = sum(1 for a, b in itertools.pairwise(body)
                if a.page == b.page and abs(a.size - b.size) <= 0.05 * a.size and 1.2 * size < a.x0 - b.x0 < 3 * size)
    return pairs >= 2


# a contents entry: its page number after dot leaders or run into its last word ("一、总体目标……1", "二、重点任务1")
_CONTENTS_ENTRY = re.compile(r"(?:[.．·…]{2,}|\D)\s*\d{1,3}\s*$")


def _labels_open_indented(body: list[Line], frames: dict[int, tuple[float, float]], frame: tuple[float, float],
                          size: float) -> bool:
    """Whether the text's labelled paragraphs open two characters in, as its other paragraphs do: some labelled
    line ("二、重点任务", "（一）…", "一是…") stands 1.2–3 em in, and none stands at the margin where a paragraph
    surely opens there — under a line stopped 2 em short of the right edge. A text that sets its headings or
    run-in items flush left ("二、重点任务" under "…底线。", "（一）压实巡查责任。…" under it) opens labelled
    paragraphs at the margin: a labelled line there is one of them, whatever the line above. Contents entries
    ("一、总体目标1", one under another) are no paragraphs."""
    indented = at_margin = False
    for i, ln in enumerate(body):
        if not LABEL_START.match(ln.text) or _CONTENTS_ENTRY.search(ln.text):
            continue
        left, right = frames.get(ln.page, frame)
        indented = indented or 1.2 * size < ln.x0 - left < 3 * size
        prev = body[i - 1] if i else None
        at_margin = at_margin or (abs(ln.x0 - left) <= 0.3 * size and prev is not None and prev.page == ln.page
                                  and right - prev.x1 > 2 * size)
    return indented and not at_margin


def centered(ln: Line, m: BodyMetrics) -> bool:
    """Well off both edges, equally, of the frame the lines measure or of the one the page's margins
    imply (a title "某县道路养护方案" over one-line items "新建错车道60处。" is their widest line)."""
    mirrored = m.mirrored(ln.page)
    return _centred_in(ln, m.frame(ln.page), m.size) or (mirrored is not None and _centred_in(ln, mirrored, m.size))


def _centred_in(ln: Line, frame: tuple[float, float], size: float) -> bool:
    left_gap = ln.x0 - frame[0]
    right_gap = frame[1] - ln.x1
    return left_gap > 3 * size and right_gap > 3 * size and abs(left_gap - right_gap) < 1.5 * size


# what a line break cannot split: a run of Latin letters and digits, a Han character with the
# figure glued to it ("到95%"), an opening mark no line may end with ("“", "（", "《") with the
# characters kept either side of it ("证“含" moves down whole: the kinsoku rule), and the closing
# marks no line may start with ("。", "）", "%"), which pull the character before them down too; a
# figure after "，" or "、" is held to the comma (LibreOffice laying out a DOCX never breaks between "，"
# and "2030", so "设，2030" goes down whole and the line above ends 4 em short; after "；" or "：" it may).
# A closing mark then an opening one hold together too, quotes being unbreakable on both sides: "察，“智"
# and "态”“双" go down as four characters, the line above ending 4 em short of the margin
_NO_LINE_END = "“‘（《「『【〔"
_NO_LINE_START = "。，、；：！？）》」』】〕”’%‰"
_UNBROKEN = rf"(?:[A-Za-z0-9%‰.,:/+\-]+|[^{_NO_LINE_END}][0-9.%‰]*)"
_FIRST_TOKEN = re.compile(
    rf"(?:[{_NO_LINE_END}]+{_UNBROKEN}?|{_UNBROKEN})[{_NO_LINE_START}]*"
    rf"(?:[{_NO_LINE_END}]+{_UNBROKEN}[{_NO_LINE_START}]*)?"
    r"(?:(?<=[，、])[0-9][0-9.%‰]*)?")
# after a line that ends its sentence ("。", "！”") a paragraph may end short: the next line's mark
# ("在“十", "按《某") is then a new paragraph's opening, and only its first character counts
_SENTENCE_OVER = re.compile(r"[。！？!?][”’」』]*\s*$")
_PLAIN_TOKEN = re.compile(rf"(?:[A-Za-z0-9%‰.,:/+\-]+|.[0-9.%‰]*)[{_NO_LINE_START}]*")


def _token_width(prev: str, text: str, size: float) -> float:
    """Rough width of what had to move to the next line with its first character: Latin/digits
    ~0.55 em, Han characters and full-width marks 1 em (measured on LibreOffice PDFs, whose
    line breaking keeps "到95%。" together and pushes it down whole, and "证“含" too: a line may
    not end on "“", so the mark goes down with its neighbours and the line above ends 3 em short)."""
    m = (_PLAIN_TOKEN if _SENTENCE_OVER.search(prev) else _FIRST_TOKEN).match(text)
    token = m.group(0) if m else ""
    return sum(0.55 * size if ch.isascii() else size for ch in token)


def _same_style(a: Line, b: Line) -> bool:
    return abs(a.size - b.size) < 0.12 * max(a.size, b.size) and a.bold == b.bold and a.font == b.font


def symmetric(ln: Line, m: BodyMetrics) -> bool:
    """Equal gaps both sides, away from the left margin: a centred line that nearly fills the width."""
    left, right = m.frame(ln.page)
    left_gap, right_gap = ln.x0 - left, right - ln.x1
    return left_gap > 0.3 * m.size and right_gap > 0.3 * m.size and abs(left_gap - right_gap) < 0.5 * m.size


def _figure_led(text: str) -> bool:
    """A line opening with a figure, or short and mostly figures ("到95%。"): its font is the
    fallback the digits were set in."""
    t = text.strip()
    return bool(t) and (t[0].isascii() or (len(t) <= 12 and sum(c.isascii() for c in t) >= 0.4 * len(t)))


# digits that open a count's label, not a figure: "1，" / "2、" / "3．" with words after them (OCR reads a
# label's "．" as "，"); a figure goes on as one ("100%；", "1200人", "3.5亿元", "1，200万元")
_COUNT_LABEL = re.compile(r"^\s*\d{1,3}\s*[，、．,.]\s*[\u4e00-\u9fff“《（(]")


def _figure_carried(prev: Line, ln: Line, m: BodyMetrics) -> bool:
    """"…安置任务完成率" / "100%；…": a figure whose clause the line above left open (no closing mark)
    moved down with its unit, the line above having run most of the way across or being running text
    itself (a writer's or a converter's own wrapping leaves room: "（一）…。全年新改建户厕" / "1200户，…").
    A short line of no clause marks above — a heading — carries nothing down, and a list label ("2.",
    "（三）", an OCR'd "1，") opens a paragraph."""
    t = ln.text.lstrip()
    left, right = m.frame(prev.page)
    ran_across = right - prev.x1 < 0.25 * (right - left)
    running_text = _CLAUSE_MARK.search(prev.text) is not None
    return bool(t[:1].isdigit() and (ran_across or running_text) and not LABEL_START.match(t)
                and not _COUNT_LABEL.match(t) and not prev.text.rstrip().endswith(_SENTENCE_END))


# a line stopping on a figure or inside its unit ("…控制在30", "…控制在30微", "…不少于15"): no sentence ends so
_OPEN_FIGURE = re.compile(r"\d(?:[.．]\d+)?\s*(?:[微毫纳千百万亿公平立兆]|平方|立方)?$")
# what goes on after a figure: a unit or a measure word, or the rest of a unit cut inside ("克/立方米以内，", "座，")
_UNIT_HEAD = re.compile(r"^\s*[%‰℃°/克米升吨元亩人户个次座家项台辆件所处条公千平立万亿倍天日年月周小分秒度批名位套册场期篇份株"
                        r"只头间张本部艘架余多微毫]")
# a Latin word cut by the line's end ("environ-" | "mental", "manage" | "ment")
_LATIN_CUT = re.compile(r"[A-Za-z]-?$")


def _token_cut(prev: Line, ln: Line) -> bool:
    """"…细颗粒物浓度控制在30微" / "克/立方米以内，…": the line stopped inside a figure and its unit (or a Latin word),
    however short it ended — a line break the writer typed or the converter kept, not a paragraph's end. The
    next line carries the unit on ("克/…", "座，", "%以上") or the word's rest in lower case; a list label opens
    a part of its own, and lines of no clause mark (a contents page's "工作目标 2" / "年度任务 4") run nothing on."""
    t = ln.text.lstrip()
    if not t or LABEL_START.match(t) or not (_CLAUSE_MARK.search(prev.text) or _CLAUSE_MARK.search(t)):
        return False
    if _OPEN_FIGURE.search(prev.text.rstrip()):
        return _UNIT_HEAD.match(t) is not None
    return bool(_LATIN_CUT.search(prev.text.rstrip()) and t[0].islower() and t[0].isascii())


# (the marks of `pipeline.rules.lexicon.CLAUSE_BREAK`, which an extractor cannot import)
_CLAUSE_MARK = re.compile(r"[。，；：,;:]")


def _field_over_page(prev: Line, ln: Line) -> bool:
    """A page that opens on a field's label ("抄送：…", "联系人：…") after a page whose last line closed
    its sentence: the text ended there, however full that last line ran (a page break leaves no gap
    nor short line to read it by); a sentence going on over the page never opens so."""
    return ln.page != prev.page and bool(_SENTENCE_OVER.search(prev.text)) and FIELD_LABEL.match(ln.text) is not None


def _meet(tail: object, head: object, prev_main: object, main: object) -> bool:
    """The style changes where two lines meet (the end of one against the start of the next), read
    from their edges where known: a bold run-in heading's first line ends in its plain body."""
    return (prev_main if tail is None else tail) != (main if head is None else head)


def _unwrapped_over(prev: Line, ln: Line) -> bool:
    """A large centred line in a size of its own, narrower than the line under it: no title's first
    line wrapping (a wrap fills the first line and keeps the size), but a masthead set over the title
    ("某县委员会办公室" in 22 pt over "某县委员会2026年工作要点" in 20 pt): a line of its own."""
    return abs(prev.size - ln.size) > 0.05 * max(prev.size, ln.size) and prev.x1 - prev.x0 < ln.x1 - ln.x0 - prev.size


# a list item's own marker: a label ("（二）", "3.") or a bullet glyph a slide or a list sets before its text
_ITEM_START = re.compile(rf"{LABEL_START.pattern}|^\s*[■□▪▫●○◆◇►▶•·◦‣※★☆√✓✔➢➤-]")
# a line that closes its clause: "。", "；", "：", "！", "？", with a closing quote after it
CLAUSE_OVER = re.compile(r"[。；：！？!?;:][”’」』]*\s*$")


def block_rights(lines: list[Line], size: float) -> dict[int, float]:
    """The right edge of the block each line sits in: the widest of the lines on its page that share
    its left edge and its size. A slide's bullet text sits in a text box narrower than the page, and
    indented past its bullet glyph ("■" at 57 pt, the text at 93 pt): the box's edge, not the page's,
    tells a wrapped line from a short one (keyed by the line's id)."""
    groups: dict[tuple[int, int, float], list[Line]] = {}
    body = [ln for ln in lines if ln.furniture is None and ln.table is None and ln.text.strip()]
    for ln in body:
        groups.setdefault((ln.page, round(ln.x0 / (0.3 * size)), round(ln.size)), []).append(ln)
    # a page's first-line indent: a line there is followed, in its size, by one further left (its
    # paragraph going on at the margin); those lines are no block's, an indented heading among them
    # ("（六）…，…不断提升" run to the margin) no line of the paragraph under it
    firsts = {id(a) for a, b in itertools.pairwise(body)
              if a.page == b.page and abs(a.size - b.size) <= 0.05 * a.size and b.x0 < a.x0 - 0.6 * size}
    return {id(ln): max(g.x1 for g in group) for group in groups.values()
            if not any(id(g) in firsts for g in group) and _ragged(group, size) for ln in group}


def _ragged(group: list[Line], size: float) -> bool:
    """Whether some line of a block ends clearly short of its right edge (a paragraph's last line,
    "万张。" under a full line). Items of one length ("甲乡：新建站点4个，改造市场1个" four times over)
    end together: nothing there tells a wrap from an item, and the page's margin decides."""
    right = max(g.x1 for g in group)
    return any(right - g.x1 > 2 * size for g in group)


# an item's own short label closed by a colon ("北坪乡：…", "责任单位：…"): no wrapped line opens so
_LABEL_COLON = re.compile(r"^\s*[^\s，。；：,;:、]{2,8}[：:]")


def _own_item(prev: Line, ln: Line) -> bool:
    """Whether `ln` opens an item of its own after `prev`: a list marker, a short label with a colon
    after a line opening so too ("北坪乡：…" / "南岭镇：…"), or the previous line's opening words
    again ("新建…" / "新建…")."""
    if _ITEM_START.match(ln.text):
        return True
    if _LABEL_COLON.match(ln.text) and _LABEL_COLON.match(prev.text):
        return True
    a, b = prev.text.lstrip(), ln.text.lstrip()
    return len(a) > 2 and len(b) > 2 and a[:2] == b[:2] and not a[:1].isdigit()


def _wraps_in_block(prev: Line, ln: Line, m: BodyMetrics, right: float | None) -> bool:
    """"…全年新建护林站不少于4" / "座，…" set in a slide's text box, both lines at the bullet text's
    indent: the line above ran to its block's right edge without closing its clause and the next has
    no marker of its own, so the next goes on with it, however far in from the page's margin both stand.
    Short items of a list end short of the block (the widest of them sets its edge, so running text is
    asked for: a clause mark in either line), and a block narrower than 12 em holds short items."""
    if right is None or ln.page != prev.page or abs(ln.x0 - prev.x0) > 0.3 * m.size:
        return False  # (a change of size, weight or font has broken the paragraph before this is asked)
    if abs(ln.size - prev.size) > 0.05 * max(ln.size, prev.size):
        return False
    if right - prev.x0 < 12 * m.size or CLAUSE_OVER.search(prev.text) or _own_item(prev, ln):
        return False
    if not (_CLAUSE_MARK.search(prev.text) or _CLAUSE_MARK.search(ln.text)):
        return False  # no clause mark in either: items of a list ("健全乡村预警发布网络" / "完善物资储备"), the widest setting the edge
    gap_at_end = right - prev.x1
    return gap_at_end <= 1.5 * m.size or gap_at_end <= _token_width(prev.text, ln.text, m.size) + m.size


def _centred_over_margin(prev: Line, ln: Line, m: BodyMetrics) -> bool:
    """A line short of both margins the page implies by the same few em, with no clause mark, over a
    line at the left margin: a title nearly the page's width ("某县道路养护实施方案（2031—2033年）（修订稿）",
    in the body's size and weight) over its first paragraph. A paragraph's first line starts at the
    margin or two characters in and runs to the right edge, short of it only by the word that went down."""
    frame = m.mirrored(prev.page)
    if frame is None or ln.page != prev.page or abs(ln.x0 - frame[0]) > 0.3 * m.size or _CLAUSE_MARK.search(prev.text):
        return False
    left_gap, right_gap = prev.x0 - frame[0], frame[1] - prev.x1
    if not (0.3 * m.size < left_gap < 3 * m.size and abs(left_gap - right_gap) < 0.5 * m.size):
        return False
    return left_gap < 1.2 * m.size or right_gap > _token_width(prev.text, ln.text, m.size) + m.size


def _breaks(prev: Line, ln: Line, m: BodyMetrics, block_right: float | None = None) -> bool:
    """Whether `ln` starts a new paragraph after `prev` (`block_right`: the right edge of the block
    `prev` sits in, from `block_rights`)."""
    if prev.table is not None or ln.table is not None:
        return True
    # a line that opens with a figure is set in the Latin font the CJK one falls back to ("3.5‰以内。"):
    # no change of font as the typesetter meant one
    font_changed = ln.font != prev.font and not (_figure_led(ln.text) or _figure_led(prev.text)) \
        and _meet(prev.tail_font, ln.head_font, prev.font, ln.font)
    bold_changed = ln.bold != prev.bold and _meet(prev.tail_bold, ln.head_bold, prev.bold, ln.bold)
    if abs(ln.size - prev.size) > 0.15 * m.size or bold_changed or font_changed:
        return True
    left, right = m.frame(ln.page)
    if centered(prev, m) or centered(ln, m):
        # a title set larger than the body wraps onto a centred second line: same paragraph
        wide_prev = prev.x1 - prev.x0 > 0.7 * (right - left)
        large = prev.size > m.size * 1.15
        return not (large and _same_style(prev, ln) and (wide_prev or centered(prev, m)) and ln.page == prev.page
                    and not _unwrapped_over(prev, ln))
    if _centred_over_margin(prev, ln, m):
        return True
    # a slide's bullet text run to its text box's edge: neither its indent nor the page's far margin breaks it
    in_block = _wraps_in_block(prev, ln, m, block_right)
    if ln.x0 > left + 1.2 * m.size and not in_block:
        return True  # first-line indent (two characters in Chinese typesetting)
    # a column's line runs to its column's edge, not the page's (a section set in two under one-column text)
    prev_right = prev.column_right if prev.column_right is not None else m.frame(prev.page)[1]
    gap_at_end = prev_right - prev.x1
    if not in_block and gap_at_end > 1.5 * m.size and gap_at_end > _token_width(prev.text, ln.text, m.size) + m.size \
            and not _figure_carried(prev, ln, m) and not _token_cut(prev, ln):
        return True  # the previous line stopped short, and not because the next word was too long
    if ln.page == prev.page and ln.top - prev.top > 1.6 * m.gap and ln.top - prev.bottom > 0.5 * m.size:
        return True
    if _field_over_page(prev, ln) or _outline_heading_under(prev, ln, m):
        return True
    return bool(LABEL_START.match(ln.text) and prev.text.rstrip().endswith(_SENTENCE_END)) \
        and not _wrapped_label(ln, m, gap_at_end)


def _outline_heading_under(prev: Line, ln: Line, m: BodyMetrics) -> bool:
    """"1 总体要求" under a title, a heading or a closed sentence in the body's own style: a decimal outline label
    with the gap the PDF printed after it (`tidy_line` keeps it only on a heading's line), ending short of the
    margin, under a line of no clause mark or one ending its sentence ("…稳定达标。") — when that line is the
    widest on its page it runs to the margin, so no short line shows where it ended. A wrapped body line
    opening on a figure ("…全年新建" / "3 个服务站，…") sits under open running text or runs on to the margin."""
    if label_gap(ln.text) is None or m.frame(ln.page)[1] - ln.x1 <= 1.5 * m.size:
        return False
    return _CLAUSE_MARK.search(prev.text) is None or prev.text.rstrip().endswith(_SENTENCE_END)


def _wrapped_label(ln: Line, m: BodyMetrics, gap_at_end: float) -> bool:
    """"…草原植被盖度稳定在60%以内；" run to the margin, then "三、四级林道改造里程达到40公里以上；…" at the margin: in a
    text whose paragraphs, labelled ones too, open indented (`BodyMetrics.labels_indented`) a line there goes on
    with the paragraph, its "三、" or "二是" only the words the wrap put first — when it runs to the margin itself
    or closes its clause ("…以上。"). The line above closing a sentence at the margin ("…每日巡查不少于2次。"
    over "二是加强队伍建设。巡护队伍…") tells nothing there: the next paragraph would open indented. A heading set
    at the margin is short and closes nothing ("三、保障措施"), a run-in heading names its part ("（二）加强队伍
    建设。巡护…", `_run_in_heading`): each stays a paragraph of its own."""
    left, right = m.frame(ln.page)
    if not (m.indents_first and m.labels_indented) or abs(ln.x0 - left) > 0.3 * m.size or gap_at_end > 1.5 * m.size:
        return False
    if _run_in_heading(ln.text):
        return False
    return right - ln.x1 <= 1.5 * m.size or CLAUSE_OVER.search(ln.text) is not None


# a run-in heading's words after its part label: a short name, no figure or clause mark, closed by "。" or "："
# ("压实巡查责任。"); a numeral first makes the label half of a range ("三、四级林道。": third and fourth grade)
_RUN_IN_NAME = re.compile(r"(?![一二三四五六七八九十〇零])[^\s\d，。；：、,;:！？!?]{2,12}[。：:]")


def _run_in_heading(text: str) -> bool:
    """A part label ("（二）", "三、", "2.") and a short name closed by "。" or "：" before the part's text ("（二）加强
    队伍建设。巡护队伍每月…"): the part's own paragraph. An item "二是…" runs on inside its paragraph ("…不少于2次。
    二是加强队伍建设。巡护…" wraps so): it is no part's label."""
    label = ITEM_LABEL.match(text)
    return label is not None and _RUN_IN_NAME.match(text, label.end()) is not None


def paragraphs(lines: list[Line], metrics: BodyMetrics) -> list[Paragraph]:
    """Group body lines (furniture excluded) into paragraphs, across page breaks too."""
    out: list[Paragraph] = []
    prev: Line | None = None
    rights = block_rights(lines, metrics.size)
    for ln in lines:
        if ln.furniture is not None:
            continue
        if prev is None or _breaks(prev, ln, metrics, rights.get(id(prev))):
            out.append(Paragraph([ln]))
        else:
            out[-1].lines.append(ln)
        prev = ln
    return out
