"""PowerPoint: slides in order, shapes in reading order, with the deck's own structure hints.

A plan deck is a title slide, a 目录/CATALOGUE slide, section dividers ("01" + a part
title) and content slides. The slide title is a heading hint, a divider's number is a
label, the table of contents and slide furniture (numbers, dates, footers) are set aside.

python-pptx opens the package and resolves slides, layouts and masters; the shapes
themselves are read straight from the slide XML, because python-pptx's shape objects
re-run an XPath for every property and cost most of the time on a large deck.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, cast

from jihua.extractors.cjk import join_fragments
from jihua.extractors.layout import FIGURE, LABEL_START
from jihua.extractors.options import ExtractOptions
from jihua.extractors.slides import COVER_FIELD as _COVER_FIELD
from jihua.extractors.slides import LATIN_ONLY as _LATIN_ONLY
from jihua.extractors.slides import PART_NUMBER as _PART_NUMBER
from jihua.extractors.slides import closing_phrase, cover_line, divider_title
from jihua.extractors.xml_numbers import whole
from jihua.schemas.blocks import TOC_TITLE, Block, BlockKind, Furniture, Provenance
from jihua.schemas.errors import InputError
from pptx import Presentation
from pptx.exc import PackageNotFoundError

EMU_PER_PT = 12700
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_PH_ROLE = {"title": "slide_title", "ctrTitle": "slide_title", "vertTitle": "slide_title", "subTitle": "subtitle",
            "sldNum": "furniture:page_number", "dt": "furniture:footer", "ftr": "furniture:footer",
            "hdr": "furniture:header"}
Geometry = tuple[int, int, int, int]


@dataclass
class _Placed:
    """A shape element with its position on the slide (group children mapped to slide space)."""

    el: Any
    left: float
    top: float
    width: float
    height: float
    role: str | None
    members: list[_Placed] | None = None  # a group's shapes, already in their own reading order
    card: int | None = None  # the figure card ("9起" over its label) the shape belongs to: one block

    @property
    def bottom(self) -> float:
        return self.top + self.height


def _ph(el: Any) -> Any:
    """The <p:ph> of a shape (under nvSpPr / nvGraphicFramePr / nvPicPr), or None."""
    for nv in el:
        if nv.tag.startswith(_P) and nv.tag.endswith("Pr") and nv.tag.startswith(_P + "nv"):
            nvpr = nv.find(_P + "nvPr")
            return nvpr.find(_P + "ph") if nvpr is not None else None
    return None


def _xfrm(el: Any) -> Any:
    for path in (_P + "spPr/" + _A + "xfrm", _P + "grpSpPr/" + _A + "xfrm", _P + "xfrm"):
        found = el.find(path)
        if found is not None:
            return found
    return None


def _own_geometry(el: Any) -> Geometry | None:
    xfrm = _xfrm(el)
    if xfrm is None:
        return None
    off, ext = xfrm.find(_A + "off"), xfrm.find(_A + "ext")
    if off is None or ext is None:
        return None
    return whole(off.get("x"), 0), whole(off.get("y"), 0), whole(ext.get("cx"), 0), whole(ext.get("cy"), 0)


def _role(el: Any) -> str | None:
    ph = _ph(el)
    return None if ph is None else _PH_ROLE.get(ph.get("type") or "obj")


class _Inherited:
    """Positions placeholders inherit from their layout (and its master), read once per layout."""

    def __init__(self) -> None:
        self._by_layout: dict[str, dict[tuple[str, str], Geometry]] = {}

    @staticmethod
    def _table(tree: Any, fallback: dict[tuple[str, str], Geometry]) -> dict[tuple[str, str], Geometry]:
        table: dict[tuple[str, str], Geometry] = {}
        for el in tree.iter():
            ph = _ph(el) if el.tag in (_P + "sp", _P + "pic", _P + "graphicFrame") else None
            if ph is None:
                continue
            kind, idx = ph.get("type") or "obj", ph.get("idx") or "0"
            geo = _own_geometry(el) or fallback.get(("type", kind)) or fallback.get(("idx", idx))
            if geo:
                table[("type", kind)] = geo
                table[("idx", idx)] = geo
        return table

    def layout(self, layout: Any) -> dict[tuple[str, str], Geometry]:
        key = str(layout.part.partname)  # python-pptx makes a new layout object per access
        if key not in self._by_layout:
            master = self._table(layout.slide_master.shapes._spTree, {})
            self._by_layout[key] = self._table(layout.shapes._spTree, master)
        return self._by_layout[key]

    def geometry(self, el: Any, layout_table: dict[tuple[str, str], Geometry]) -> Geometry:
        own = _own_geometry(el)
        if own is not None:
            return own
        ph = _ph(el)
        if ph is not None:
            kind = ph.get("type")
            found = (layout_table.get(("type", kind)) if kind else None) or layout_table.get(("idx", ph.get("idx") or "0"))
            if found:
                return found
        return 0, 0, 0, 0


_SHAPES = (_P + "sp", _P + "graphicFrame", _P + "pic", _P + "cxnSp")


def _flatten(tree: Any, inherited: _Inherited, layout_table: dict[tuple[str, str], Geometry],
             transform: tuple[float, float, float, float] = (0, 0, 1, 1)) -> Iterator[_Placed]:
    """Shapes with slide coordinates; groups are opened and their children mapped out."""
    ox, oy, sx, sy = transform
    for el in tree:
        if el.tag not in _SHAPES and el.tag != _P + "grpSp":
            continue
        x, y, cx, cy = inherited.geometry(el, layout_table)
        left, top, width, height = ox + x * sx, oy + y * sy, cx * sx, cy * sy
        if el.tag == _P + "grpSp":
            xfrm = _xfrm(el)
            ch_off = xfrm.find(_A + "chOff") if xfrm is not None else None
            ch_ext = xfrm.find(_A + "chExt") if xfrm is not None else None
            chx, chy = (whole(ch_off.get("x"), 0), whole(ch_off.get("y"), 0)) if ch_off is not None else (0, 0)
            cw, chh = (whole(ch_ext.get("cx"), 0), whole(ch_ext.get("cy"), 0)) if ch_ext is not None else (cx, cy)
            gsx = width / cw if cw else sx
            gsy = height / chh if chh else sy
            inner = list(_flatten(el, inherited, layout_table, (left - chx * gsx, top - chy * gsy, gsx, gsy)))
            if inner:  # a group is read as one unit where it stands: its title box with its own text
                yield _Placed(el, left, top, width, height, None, reading_order(inner))
        else:
            yield _Placed(el, left, top, width, height, _role(el))


def _expand(placed: list[_Placed]) -> list[_Placed]:
    """Groups opened back into their shapes, each group's in a run where the group stands."""
    return [q for p in placed for q in (_expand(p.members) if p.members is not None else [p])]


_CARD_IDS = itertools.count()  # one id per figure card in the deck, cards in groups included


def _under(upper: _Placed, p: _Placed) -> bool:
    """`p` stands right under `upper` over the same span of the slide (a card's next box)."""
    tol = 0.1 * max(upper.width, p.width)
    gap = p.top - upper.bottom
    return (abs(p.left - upper.left) <= tol and abs(p.left + p.width - upper.left - upper.width) <= tol
            and -0.2 * min(upper.height, p.height) <= gap <= max(upper.height, p.height))


def _stacks(placed: list[_Placed]) -> list[list[_Placed]]:
    """Boxes in columns of their own: each next box right under the one above, over the same span."""
    stacks: list[list[_Placed]] = []
    for p in sorted(placed, key=lambda q: (q.top, q.left)):
        home = next((s for s in stacks if _under(s[-1], p)), None)
        if home is None:
            stacks.append([p])
        else:
            home.append(p)
    return stacks


def _beside(a: list[_Placed], b: list[_Placed]) -> bool:
    """Two cards of one template side by side: as wide, their spans overlapping in height, not in
    width (a narrow number column beside a wide text column pairs row by row instead)."""
    a_top, a_bottom, b_top, b_bottom = a[0].top, a[-1].bottom, b[0].top, b[-1].bottom
    a_x1, b_x1 = a[0].left + a[0].width, b[0].left + b[0].width
    return (min(a_bottom, b_bottom) > max(a_top, b_top) and (a_x1 <= b[0].left or b_x1 <= a[0].left)
            and abs(a[0].width - b[0].width) <= 0.1 * max(a[0].width, b[0].width))


def _figure_card(stack: list[_Placed]) -> bool:
    """A figure card: one box holds a figure alone ("9起", "86.4%"), the rest its few label lines."""
    texts = [_shape_text(p.el) for p in stack]
    return (sum(bool(FIGURE.fullmatch(t)) for t in texts) == 1 and sum(len(_paragraphs(p.el)) for p in stack) <= 4
            and all(len(t) <= 40 for t in texts))


def _cards(placed: list[_Placed]) -> list[_Placed]:
    """Cards side by side (a box over the boxes under it, several such columns in a row) are read one
    card at a time, before row order; a figure card's boxes are marked to become one block."""
    stacks = [s for s in _stacks([p for p in placed if p.el.tag == _P + "sp" and p.role is None]) if len(s) > 1]
    cards = [s for s in stacks if any(_beside(s, t) for t in stacks if t is not s)]
    if not cards:
        return placed
    taken = {id(p) for s in cards for p in s}
    out = [p for p in placed if id(p) not in taken]
    for stack in cards:
        card = next(_CARD_IDS) if _figure_card(stack) else None
        members = [replace(p, card=card) for p in stack]
        left, top = min(p.left for p in stack), stack[0].top
        right = max(p.left + p.width for p in stack)
        out.append(_Placed(stack[0].el, left, top, right - left, stack[-1].bottom - top, None, members))
    return out


def reading_order(placed: list[_Placed]) -> list[_Placed]:
    """Title first, then rows top to bottom; shapes sharing a row read left to right, cards side by
    side one card at a time."""
    titles = [p for p in placed if p.role == "slide_title"]
    rest = sorted((p for p in _cards(placed) if p.role != "slide_title"), key=lambda p: (p.top, p.left))
    rows: list[list[_Placed]] = []
    for p in rest:
        if rows:
            row = rows[-1]
            row_top = min(q.top for q in row)
            row_bottom = max(q.bottom for q in row)
            overlap = min(row_bottom, p.bottom) - max(row_top, p.top)
            if overlap > 0.5 * min(p.height or 1, row_bottom - row_top or 1):
                row.append(p)
                continue
        rows.append([p])
    return titles + [p for row in rows for p in sorted(row, key=lambda q: q.left)]


def _paragraph_text(p: Any) -> str:
    out = []
    for node in p:
        if node.tag in (_A + "r", _A + "fld"):
            t = node.find(_A + "t")
            out.append(t.text or "" if t is not None else "")
        elif node.tag == _A + "br":
            out.append("\n")
    return "".join(out)


def _paragraph_props(p: Any) -> tuple[bool | None, float | None, int]:
    """Bold when every run with text is bold; size of the first sized run; indent level."""
    bolds: list[bool | None] = []
    size = None
    for r in p.iter(_A + "r"):
        t = r.find(_A + "t")
        if t is None or not (t.text or "").strip():
            continue
        rpr = r.find(_A + "rPr")
        b = rpr.get("b") if rpr is not None else None
        bolds.append(None if b is None else b in ("1", "true"))
        hundredths = whole(rpr.get("sz")) if size is None and rpr is not None else None
        if hundredths is not None:
            size = hundredths / 100
    bold = True if bolds and all(bolds) else (False if any(b is False for b in bolds) else None)
    ppr = p.find(_A + "pPr")
    level = whole(ppr.get("lvl"), 0) if ppr is not None else 0
    return bold, size, level


def _paragraphs(el: Any) -> list[Any]:
    body = el.find(_P + "txBody")
    return body.findall(_A + "p") if body is not None else []


def _shape_text(el: Any) -> str:
    return "\n".join(_paragraph_text(p) for p in _paragraphs(el)).strip()


@dataclass
class _TitleLine:
    text: str
    paragraph: int  # the paragraph of the title box it was typed in
    kind: str  # "title": the title's words; "label": a numbered heading of its own; "echo"; "field"


_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def _title_lines(el: Any, cover: bool = False) -> list[_TitleLine]:
    """A title placeholder's lines (its paragraphs and line breaks) and what each is. The title's
    words may be wrapped over several lines to fit the slide (an issuer over them, a kind word on a
    line of its own), and are joined as a printed title's lines are; a line opening with a numbering
    label is a heading of its own ("一、工作回顾" over "（一）基础教育"); an English echo of the title
    ("WORK REVIEW") is decoration; a date or a presenter's line under the title ends it. A number or
    a year on a line of its own ("01", "2025", "2025-2027") stays with the title's words, and on a
    `cover` no line is a numbered heading ("(2025)" under a plan's name is its year)."""
    lines = [(line.strip(), n) for n, q in enumerate(_paragraphs(el)) for line in _paragraph_text(q).split("\n")
             if line.strip()]
    out: list[_TitleLine] = []
    worded = any(not _LATIN_ONLY.match(text) for text, _ in lines)  # an English title is no echo
    for text, n in lines:
        if worded and _LATIN_ONLY.match(text) and _LATIN_WORD.search(text):
            out.append(_TitleLine(text, n, "echo"))
        elif out and (out[-1].kind == "field" or _COVER_FIELD.match(text)):
            out.append(_TitleLine(text, n, "field"))
        elif out and not cover and LABEL_START.match(text):
            out.append(_TitleLine(text, n, "label"))
        elif out and out[-1].kind in ("title", "label"):
            out[-1].text = join_fragments([out[-1].text, text])
        else:
            out.append(_TitleLine(text, n, "title" if not any(t.kind in ("title", "label") for t in out) else "label"))
    return out


def _title_text(el: Any) -> str:
    """The title's words of a title placeholder, on one line."""
    return next((t.text for t in _title_lines(el) if t.kind == "title"), "")


def _boxed_divider(texts: list[tuple[_Placed, str]], numbers: list[str]) -> tuple[_Placed, str] | None:
    """A divider built from text boxes (see `divider_title`): the title's box, or None."""
    found = divider_title([t for _, t in texts]) if len(numbers) == 1 else None
    return None if found is None else texts[found]


def _closing_slide(content: list[tuple[_Placed, str]]) -> bool:
    """A slide of thanks only ("谢谢！" over "敬请各位领导批评指正"; "感谢聆听"), page furniture aside."""
    lines = [line for _, t in content for line in t.split("\n") if line.strip()]
    return bool(lines) and all(closing_phrase(line) for line in lines)


def _sizes(el: Any) -> list[float | None]:
    """Font size of each non-empty paragraph of a shape."""
    return [_paragraph_props(p)[1] for p in _paragraphs(el) if _paragraph_text(p).strip()]


def _decor(text: str) -> bool:
    """A big "01", a page number or an English echo: drawn beside titles, never one itself."""
    return bool(_PART_NUMBER.match(text) or _LATIN_ONLY.match(text))


def _one_line(text: str) -> bool:
    """Short, on one line, not a sentence: a line that can title a slide."""
    return len(text) <= 40 and "\n" not in text and text.rstrip()[-1] not in "。；;"


def _drawn_title(texts: list[tuple[_Placed, str]], cover: bool, tables: list[_Placed]) -> _Placed | None:
    """A slide drawn in text boxes, no title placeholder: its title is a one-line box set larger
    than every other line on the slide (a cover's title wherever it sits, a content slide's only
    when it is also the top box). Without that contrast nothing is promoted, so equal-sized
    bullets never turn into headings. A figure card's big figure ("9起") is no rival title; a cover
    with one short line has it for its title, and so has a slide whose body is a table under it."""
    lines = [(p, t, _sizes(p.el)) for p, t in texts if p.role is None and t.strip() and not _decor(t)
             and not (p.card is not None and FIGURE.fullmatch(t))]
    if len(lines) == 1 and _one_line(lines[0][1]) and (
            cover or (tables and all(lines[0][0].bottom <= t.top + 0.1 * t.height for t in tables))):
        return lines[0][0]  # a cover that prints only its title; a table's slide titled over it
    if len(lines) < 2:
        return None
    sized = [(p, t, s[0]) for p, t, s in lines if len(s) == 1 and s[0]]
    if not sized:
        return None
    top_p, top_t, top_size = max(sized, key=lambda x: x[2])
    if not _one_line(top_t):
        return None
    others = [size for p, _, sizes in lines if p is not top_p for size in sizes]
    if not all(size is not None and size * 1.2 <= top_size for size in others):
        return None
    if not cover and lines[0][0] is not top_p:
        return None
    return top_p


def _cover_line(p: _Placed, texts: list[tuple[_Placed, str]]) -> _Placed:
    """A short line beside a drawn cover title (the issuing body, a date) is the cover's subtitle,
    as a subtitle placeholder would be; body text stays body."""
    text = next((t for q, t in texts if q is p), "")
    if p.role is not None or not cover_line(text):
        return p
    return _Placed(p.el, p.left, p.top, p.width, p.height, "subtitle")


def _table_rows(el: Any) -> list[list[str]] | None:
    tbl = el.find(f".//{_A}tbl")
    if tbl is None:
        return None
    return [["\n".join(_paragraph_text(p) for p in tc.iter(_A + "p")).strip() for tc in tr.findall(_A + "tc")]
            for tr in tbl.findall(_A + "tr")]


def _spot(p: _Placed, width: float, height: float) -> tuple[int, int, int, int]:
    """Where a box stands, to half a percent of the slide."""
    return (round(200 * p.left / width), round(200 * p.top / height), round(200 * p.width / width),
            round(200 * p.height / height))


def _footerish(p: _Placed, text: str, slide_h: float) -> str | None:
    """A short line at the foot of the slide: a page number or a footer."""
    if p.top < slide_h * 0.9 or len(text) > 30:
        return None
    return "page_number" if text.strip().isdigit() else "footer"


def _small_labels(slide: list[_Placed], height: float) -> list[_Placed]:
    """Short one-line boxes set smaller than every other line of their slide but the footer (a
    page header's type). A placeholder's line with no size of its own takes the template's title
    or body type, which is never a header's small type: it counts as larger."""
    boxes = [(p, _shape_text(p.el), _sizes(p.el)) for p in slide if p.el.tag == _P + "sp"
             and not (p.role or "").startswith("furniture")]
    boxes = [(p, t, sizes) for p, t, sizes in boxes if t and not _footerish(p, t, height)]
    lines = [(size, _ph(p.el) is not None) for p, _, sizes in boxes for size in sizes]
    if any(size is None and not placeholder for size, placeholder in lines) or len(lines) < 2:
        return []
    return [p for p, t, sizes in boxes if p.role is None and len(t) <= 30 and "\n" not in t and len(sizes) == 1
            and sizes[0] is not None and sum(size is not None and size <= sizes[0] for size, _ in lines) == 1]


def running_labels(slides: list[list[_Placed]], width: float, height: float) -> None:
    """A small label repeated at one spot on several slides (a part tag "01 工作成效" in the corner)
    is slide furniture like a page header: every small label at that spot is set aside as one."""
    small = [_small_labels(slide, height) for slide in slides]
    seen: dict[tuple[int, int, int, int], Counter[str]] = {}
    for labels in small:
        for p in labels:
            seen.setdefault(_spot(p, width, height), Counter())[_shape_text(p.el)] += 1
    spots = {spot for spot, texts in seen.items() if max(texts.values()) > 1}
    for slide, labels in zip(slides, small, strict=True):
        header = {id(p) for p in labels if _spot(p, width, height) in spots}
        slide[:] = [replace(p, role="furniture:header") if id(p) in header else p for p in slide]


class _SlideReader:
    def __init__(self, path: Path, slide_h: float) -> None:
        self.path = path
        self.slide_h = slide_h
        self.index = 0
        self.inherited = _Inherited()

    def _prov(self, slide_no: int, p: _Placed, para: int | None = None) -> Provenance:
        prov = Provenance(file=str(self.path), index=self.index, page=slide_no, paragraph=para,
                          bbox=(p.left / EMU_PER_PT, p.top / EMU_PER_PT, (p.left + p.width) / EMU_PER_PT,
                                p.bottom / EMU_PER_PT))
        self.index += 1
        return prov

    def _is_footerish(self, p: _Placed, text: str) -> str | None:
        return _footerish(p, text, self.slide_h)

    def place(self, slide: Any) -> list[_Placed]:
        """The slide's shapes in reading order."""
        return _expand(reading_order(list(_flatten(slide.shapes._spTree, self.inherited,
                                                   self.inherited.layout(slide.slide_layout)))))

    def slide(self, slide_no: int, slide: Any, placed: list[_Placed], last: bool = False) -> Iterator[Block]:
        layout = slide.slide_layout
        texts = [(p, _shape_text(p.el)) for p in placed if p.el.tag == _P + "sp"]
        title = next((_title_text(p.el) for p, _ in texts if p.role == "slide_title"), "")
        is_toc = bool(TOC_TITLE.match(title)) or any(TOC_TITLE.match(t) for _, t in texts)
        layout_name = (layout.name or "").lower()
        # a number at the slide's foot is its page number, never a part's; a table is body: its slide is no divider
        number_boxes = [p for p, t in texts if p.role is None and _PART_NUMBER.match(t) and not self._is_footerish(p, t)]
        numbers = [t for p, t in texts if any(p is q for q in number_boxes)]
        tables = [p for p in placed if p.el.tag == _P + "graphicFrame" and _table_rows(p.el)]
        body = [t for p, t in texts if p.role is None and t and not _PART_NUMBER.match(t)]
        is_divider = bool(title) and not is_toc and (
            ("section" in layout_name or "节标题" in layout_name) or (bool(numbers) and not body and not tables))
        # page furniture (the date, footer and slide-number placeholders Header & Footer adds, a footer
        # line at the foot) is no part of a divider: "第二部分" over "安全生产" with them is still one
        content = [(p, t) for p, t in texts if not (p.role or "").startswith("furniture") and not self._is_footerish(p, t)]
        if last and not title and not tables and _closing_slide(content):
            yield from self._closing(slide_no, placed)
            return
        boxed = _boxed_divider(content, numbers) if not title and not is_toc and not tables else None
        if boxed is not None:  # "PART 02" and a part title drawn in text boxes, no title placeholder
            title_p, title = boxed
            yield Block(kind="heading", text=" ".join(title.split()), numbering=numbers[0].strip(), role="divider",
                        prov=self._prov(slide_no, title_p))
            yield from self._rest(slide_no, placed, {id(title_p)} | {id(p) for p in number_boxes})
            return
        drawn = _drawn_title(texts, slide_no == 1, tables) if not title and not is_toc else None
        if drawn is not None:
            as_title = _Placed(drawn.el, drawn.left, drawn.top, drawn.width, drawn.height, "slide_title")
            placed = [as_title] + [_cover_line(p, texts) if slide_no == 1 else p for p in placed if p is not drawn]
        if is_divider:
            title_p = next(p for p, t in texts if p.role == "slide_title")
            label = numbers[0].strip() if numbers and not title.startswith(numbers[0].strip()) else None
            yield Block(kind="heading", text=" ".join(title.split()), numbering=label, role="divider",
                        prov=self._prov(slide_no, title_p))
            yield from self._rest(slide_no, placed, {id(title_p)} | {id(p) for p in number_boxes})
            return
        # a content slide's one big part number ("01" beside "总体思路" over its text): the title's label
        shown = title or next((t for p, t in texts if p is drawn), "")
        part_numbers = [(p.el, t.strip()) for p, t in texts if p.role is None and _PART_NUMBER.match(t)
                        and self._is_footerish(p, t) is None]  # a page number at the foot is no part's
        own_box, own_number = part_numbers[0] if len(part_numbers) == 1 and shown and not is_toc \
            and not shown.startswith(part_numbers[0][1]) else (None, None)
        done: set[int] = set()
        for p in placed:
            if own_box is not None and p.el is own_box:
                continue
            if p.card is not None and p.card not in done:
                done.add(p.card)
                yield self._card(slide_no, [q for q in placed if q.card == p.card], is_toc)
            elif p.card is None:
                for block in self._shape(slide_no, p, is_toc, first_slide=slide_no == 1):
                    numbered = own_number is not None and block.role == "slide_title" and block.kind == "heading"
                    # numbered like a divider, it opens a part as a divider does (its text follows on the slide)
                    yield block.model_copy(update={"numbering": own_number, "role": "divider"}) if numbered else block

    def _rest(self, slide_no: int, placed: list[_Placed], used: set[int]) -> Iterator[Block]:
        """A divider's other shapes (a footer, a page number, a note under the part title): kept, as on
        any slide, so nothing on a divider vanishes; its part number is its label and an English echo
        of its title ("PART TWO", "WORK REVIEW") decoration."""
        for p in placed:
            if id(p) in used or (p.el.tag == _P + "sp" and p.role is None and _LATIN_ONLY.match(_shape_text(p.el))):
                continue
            yield from self._shape(slide_no, p, False, first_slide=False)

    def _closing(self, slide_no: int, placed: list[_Placed]) -> Iterator[Block]:
        """The deck's last slide of thanks, no title on it: its lines close the deck (role `closing`),
        whatever slide came before it; its footer stays furniture."""
        for p in placed:
            for block in self._shape(slide_no, p, False, first_slide=False):
                yield block.model_copy(update={"role": "closing"}) if block.furniture is None else block

    def _card(self, slide_no: int, boxes: list[_Placed], is_toc: bool) -> Block:
        """A figure card as one paragraph, its figure and label lines in order ("9起 事故起数 同比下降18.2%"),
        set in its label's size: the figure's size says nothing of a heading."""
        lines = [(_paragraph_text(p).strip(), _paragraph_props(p)[1]) for q in boxes for p in _paragraphs(q.el)]
        lines = [(t, size) for t, size in lines if t]
        sizes = [size for _, size in lines if size]
        left, top = min(q.left for q in boxes), min(q.top for q in boxes)
        box = _Placed(boxes[0].el, left, top, max(q.left + q.width for q in boxes) - left,
                      max(q.bottom for q in boxes) - top, None)
        return Block(kind="paragraph", text=" ".join(t for t, _ in lines), font_size=min(sizes) if sizes else None,
                     role="figure_card",
                     furniture="toc" if is_toc else None, prov=self._prov(slide_no, box))

    def _shape(self, slide_no: int, p: _Placed, is_toc: bool, first_slide: bool) -> Iterator[Block]:
        if p.el.tag == _P + "graphicFrame":
            rows = _table_rows(p.el)
            if rows:
                yield Block(kind="table", text="", rows=rows, furniture="toc" if is_toc else None,
                            prov=self._prov(slide_no, p))
            return
        if p.role == "slide_title":
            yield from self._title(slide_no, p, is_toc, first_slide)
            return
        for para_no, paragraph in enumerate(_paragraphs(p.el)):
            text = _paragraph_text(paragraph).strip()
            if not text:
                continue
            bold, size, level = _paragraph_props(paragraph)
            placed_as = p.role.split(":", 1)[1] if p.role and p.role.startswith("furniture:") else None
            furniture = cast(Furniture | None, placed_as or ("toc" if is_toc else None) or self._is_footerish(p, text))
            role = p.role if p.role and not p.role.startswith("furniture:") else None
            yield Block(kind="paragraph", text=text, bold=bold, font_size=size, num_level=level or None, role=role,
                        furniture=furniture, prov=self._prov(slide_no, p, para_no))

    def _title(self, slide_no: int, p: _Placed, is_toc: bool, first_slide: bool) -> Iterator[Block]:
        """A slide's title as one block, however many lines it was typed in: the cover's is the
        deck's title, any other slide's a heading; a numbered line under it is a heading of its own,
        a date or presenter under a cover's title reads as its subtitle, an English echo is set aside."""
        bold, size, _ = _paragraph_props(p.el.find(_P + "txBody"))  # over all its runs: bold when all are
        for line in _title_lines(p.el, cover=first_slide):
            prov = self._prov(slide_no, p, line.paragraph)
            if line.kind == "echo":
                yield Block(kind="paragraph", text=line.text, furniture="chrome", prov=prov)
            elif line.kind == "field":
                yield Block(kind="paragraph", text=line.text, role="subtitle" if first_slide else None, prov=prov)
            else:
                kind: BlockKind = "title" if first_slide and line.kind == "title" else "heading"
                furniture = cast(Furniture | None, "toc" if is_toc else self._is_footerish(p, line.text))
                yield Block(kind=kind, text=line.text, bold=bold, font_size=size, role="slide_title",
                            furniture=furniture, prov=prov)


def extract(path: Path, opts: ExtractOptions) -> Iterator[Block]:
    """Every slide's blocks in reading order; notes are kept aside as furniture."""
    try:
        prs = Presentation(str(path))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise InputError(path, f"corrupt or truncated PowerPoint file ({type(exc).__name__})") from None
    reader = _SlideReader(path, float(prs.slide_height or 6858000))
    slides = prs.slides
    placed = [reader.place(slide) for slide in slides]
    running_labels(placed, float(prs.slide_width or 9144000), reader.slide_h)
    for slide_no, slide in enumerate(slides, start=1):
        opts.tell("slide", slide_no, len(slides))
        yield from reader.slide(slide_no, slide, placed[slide_no - 1], last=slide_no == len(slides))
        if slide.has_notes_slide:
            frame = slide.notes_slide.notes_text_frame
            notes = frame.text.strip() if frame is not None else ""
            if notes:
                yield Block(text=notes, furniture="notes",
                            prov=Provenance(file=str(path), index=reader.index, page=slide_no))
                reader.index += 1
