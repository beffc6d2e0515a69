"""PowerPoint: slides in order, shapes in reading order, with the deck's own structure hints.

A plan deck is a title slide, a 目录/CATALOGUE slide, section dividers ("01" + a part
title) and content slides. The slide title is a heading hint, a divider's number is a
label, the table of contents and slide furniture (numbers, dates, footers) are set aside.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER
from pptx.exc import PackageNotFoundError

from extractors.options import ExtractOptions
from pipeline.errors import InputError
from schemas.blocks import Block, BlockKind, Furniture, Provenance

EMU_PER_PT = 12700
_TOC_TITLES = re.compile(r"^\s*(目\s*录|contents?|catalog(ue)?|目录\s*contents?|contents?\s*目录)\s*$", re.IGNORECASE)
_PART_NUMBER = re.compile(r"^\s*(?:part\s*)?(\d{1,2})\s*$|^\s*第[一二三四五六七八九十]+部分\s*$", re.IGNORECASE)
_FURNITURE_PH = {PP_PLACEHOLDER.SLIDE_NUMBER: "page_number", PP_PLACEHOLDER.DATE: "footer",
                 PP_PLACEHOLDER.FOOTER: "footer", PP_PLACEHOLDER.HEADER: "header"}
_TITLE_PH = {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.VERTICAL_TITLE}


@dataclass
class _Placed:
    """A shape with its position on the slide (group children mapped to slide space)."""

    shape: Any
    left: float
    top: float
    width: float
    height: float
    role: str | None

    @property
    def bottom(self) -> float:
        return self.top + self.height


_PH_TYPES = {"title": PP_PLACEHOLDER.TITLE, "ctrTitle": PP_PLACEHOLDER.CENTER_TITLE,
             "vertTitle": PP_PLACEHOLDER.VERTICAL_TITLE, "subTitle": PP_PLACEHOLDER.SUBTITLE,
             "sldNum": PP_PLACEHOLDER.SLIDE_NUMBER, "dt": PP_PLACEHOLDER.DATE, "ftr": PP_PLACEHOLDER.FOOTER,
             "hdr": PP_PLACEHOLDER.HEADER}


def _placeholder_type(shape: Any) -> Any:
    """Read <p:ph type=…> once from the XML (python-pptx re-runs an XPath per property access)."""
    ph = shape._element.ph if hasattr(shape._element, "ph") else None
    if ph is None:
        return None
    return _PH_TYPES.get(ph.get("type") or "obj")


def _role(shape: Any) -> str | None:
    ph = _placeholder_type(shape)
    if ph in _TITLE_PH:
        return "slide_title"
    if ph == PP_PLACEHOLDER.SUBTITLE:
        return "subtitle"
    if ph in _FURNITURE_PH:
        return "furniture:" + _FURNITURE_PH[ph]
    return None


Geometry = tuple[int, int, int, int]


def _own_geometry(el: Any) -> Geometry | None:
    own = (el.x, el.y, el.cx, el.cy) if hasattr(el, "x") else (None, None, None, None)
    return None if None in own else own  # type: ignore[return-value]


class _Inherited:
    """Positions placeholders inherit from their layout, read once per layout (python-pptx
    walks layout and master with an XPath per property access, per shape)."""

    def __init__(self) -> None:
        self._by_layout: dict[str, dict[tuple[str, str], Geometry]] = {}

    @staticmethod
    def _table(shapes: Any, fallback: dict[tuple[str, str], Geometry]) -> dict[tuple[str, str], Geometry]:
        """Placeholder positions by type and idx, from the XML; missing ones from `fallback`."""
        table: dict[tuple[str, str], Geometry] = {}
        for el in shapes._spTree.iter_ph_elms():
            ph = el.ph
            kind, idx = ph.get("type") or "obj", ph.get("idx") or "0"
            geo = _own_geometry(el) or fallback.get(("type", kind)) or fallback.get(("idx", idx))
            if geo:
                table[("type", kind)] = geo
                table[("idx", idx)] = geo
        return table

    def _layout(self, layout: Any) -> dict[tuple[str, str], Geometry]:
        key = str(layout.part.partname)  # python-pptx makes a new layout object per access
        if key not in self._by_layout:
            master = self._table(layout.slide_master.shapes, {})
            self._by_layout[key] = self._table(layout.shapes, master)
        return self._by_layout[key]

    def geometry(self, shape: Any, layout: Any) -> Geometry:
        own = _own_geometry(shape._element)
        if own is not None:
            return own
        ph = shape._element.ph if hasattr(shape._element, "ph") else None
        if ph is not None and layout is not None:
            table = self._layout(layout)
            found = table.get(("type", ph.get("type") or "obj")) if ph.get("type") else None
            found = found or table.get(("idx", ph.get("idx") or "0"))
            if found:
                return found
        return (shape.left or 0, shape.top or 0, shape.width or 0, shape.height or 0)


def _flatten(shapes: Any, inherited: _Inherited, layout: Any,
             transform: tuple[float, float, float, float] = (0, 0, 1, 1)) -> Iterator[_Placed]:
    """Shapes with slide coordinates; groups are opened and their children mapped out."""
    ox, oy, sx, sy = transform
    for shape in shapes:
        x, y, cx, cy = inherited.geometry(shape, layout)
        left = ox + x * sx
        top = oy + y * sy
        width = cx * sx
        height = cy * sy
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            xfrm = shape._element.grpSpPr.find("{http://schemas.openxmlformats.org/drawingml/2006/main}xfrm")
            ch_off = xfrm.find("{http://schemas.openxmlformats.org/drawingml/2006/main}chOff") if xfrm is not None else None
            ch_ext = xfrm.find("{http://schemas.openxmlformats.org/drawingml/2006/main}chExt") if xfrm is not None else None
            chx, chy = (int(ch_off.get("x")), int(ch_off.get("y"))) if ch_off is not None else (0, 0)
            cw, chh = (int(ch_ext.get("cx")), int(ch_ext.get("cy"))) if ch_ext is not None else (shape.width, shape.height)
            gsx = width / cw if cw else sx
            gsy = height / chh if chh else sy
            yield from _flatten(shape.shapes, inherited, None, (left - chx * gsx, top - chy * gsy, gsx, gsy))
        else:
            yield _Placed(shape, left, top, width, height, _role(shape))


def reading_order(placed: list[_Placed]) -> list[_Placed]:
    """Title first, then rows top to bottom; shapes sharing a row read left to right."""
    titles = [p for p in placed if p.role == "slide_title"]
    rest = sorted((p for p in placed if p.role != "slide_title"), key=lambda p: (p.top, p.left))
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


def _para_props(paragraph: Any) -> tuple[bool | None, float | None]:
    runs = [r for r in paragraph.runs if r.text.strip()]
    if not runs:
        return None, None
    bolds = [r.font.bold for r in runs]
    bold = True if all(b for b in bolds) else (False if any(b is False for b in bolds) else None)
    size = next((r.font.size.pt for r in runs if r.font.size is not None), None)
    return bold, size


def _table_rows(shape: Any) -> list[list[str]]:
    return [[cell.text.strip() for cell in row.cells] for row in shape.table.rows]


class _SlideReader:
    def __init__(self, path: Path, slide_w: float, slide_h: float) -> None:
        self.path = path
        self.slide_w = slide_w
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
        if p.top < self.slide_h * 0.9 or len(text) > 30:
            return None
        return "page_number" if text.strip().isdigit() else "footer"

    def slide(self, slide_no: int, slide: Any) -> Iterator[Block]:
        placed = reading_order(list(_flatten(slide.shapes, self.inherited, slide.slide_layout)))
        texts = [(p, p.shape.text_frame.text.strip()) for p in placed if p.shape.has_text_frame]
        title = next((t for p, t in texts if p.role == "slide_title"), "")
        is_toc = bool(_TOC_TITLES.match(title)) or any(_TOC_TITLES.match(t) for _, t in texts)
        layout_name = (slide.slide_layout.name or "").lower()
        numbers = [t for p, t in texts if p.role is None and _PART_NUMBER.match(t)]
        body = [t for p, t in texts if p.role is None and t and not _PART_NUMBER.match(t)]
        is_divider = bool(title) and not is_toc and (
            ("section" in layout_name or "节标题" in layout_name) or (numbers and not body))
        if is_divider:
            title_p = next(p for p, t in texts if p.role == "slide_title")
            label = numbers[0].strip() if numbers and not title.startswith(numbers[0].strip()) else None
            yield Block(kind="heading", text=" ".join(title.split()), numbering=label, role="divider",
                        prov=self._prov(slide_no, title_p))
            return
        for p in placed:
            yield from self._shape(slide_no, p, is_toc, first_slide=slide_no == 1)

    def _shape(self, slide_no: int, p: _Placed, is_toc: bool, first_slide: bool) -> Iterator[Block]:
        shape = p.shape
        if getattr(shape, "has_table", False) and shape.has_table:
            yield Block(kind="table", text="", rows=_table_rows(shape), furniture="toc" if is_toc else None,
                        prov=self._prov(slide_no, p))
            return
        if not shape.has_text_frame:
            return
        for para_no, paragraph in enumerate(shape.text_frame.paragraphs):
            text = paragraph.text.replace("\v", "\n").strip()
            if not text:
                continue
            bold, size = _para_props(paragraph)
            placed_as = p.role.split(":", 1)[1] if p.role and p.role.startswith("furniture:") else None
            furniture = cast(Furniture | None, placed_as or ("toc" if is_toc else None) or self._is_footerish(p, text))
            kind: BlockKind
            role: str | None
            if p.role == "slide_title":
                kind, role = ("title" if first_slide else "heading"), "slide_title"
            else:
                kind, role = "paragraph", p.role if p.role and not p.role.startswith("furniture:") else None
            yield Block(kind=kind, text=text, bold=bold, font_size=size, outline_level=None,
                        num_level=paragraph.level or None, role=role, furniture=furniture,
                        prov=self._prov(slide_no, p, para_no))


def extract(path: Path, opts: ExtractOptions) -> Iterator[Block]:
    """Every slide's blocks in reading order; notes are kept aside as furniture."""
    try:
        prs = Presentation(str(path))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise InputError(path, f"corrupt or truncated PowerPoint file ({type(exc).__name__})") from None
    reader = _SlideReader(path, float(prs.slide_width or 12192000), float(prs.slide_height or 6858000))
    for slide_no, slide in enumerate(prs.slides, start=1):
        yield from reader.slide(slide_no, slide)
        if slide.has_notes_slide:
            notes = slide.notes_slide.notes_text_frame.text.strip() if slide.notes_slide.notes_text_frame else ""
            if notes:
                yield Block(text=notes, furniture="notes",
                            prov=Provenance(file=str(path), index=reader.index, page=slide_no))
                reader.index += 1
