"""Word (.docx, and legacy .doc through LibreOffice): body in file order with real numbering.

python-docx gives paragraphs and tables, but not the labels Word draws from numbering.xml,
not outline levels inherited through styles, and not text boxes; those are read here from
the XML. Headers and footers are emitted as furniture so later stages can skip them.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
from docx.opc.exceptions import PackageNotFoundError
from jihua.extractors import extractor_for
from jihua.extractors.docx_chunk import chunk_content
from jihua.extractors.docx_lines import (
    body_shaped,
    bold_lead,
    heading_over,
    labelled_layout,
    picture_caption,
    printed_rows,
    running_label,
    sign_off_lines,
    soft_line_blocks,
    tab_tables,
    titled_line,
    toc_labels,
)
from jihua.extractors.docx_numbering import NS, NumberingResolver
from jihua.extractors.docx_numbering import on as _on
from jihua.extractors.docx_unprinted import Unprinted
from jihua.extractors.docx_xml import (
    BODY_TAGS,
    SKIPPED,
    Styles,
    bordered,
    column_cells,
    heading_level_from_name,
    inside,
    joined_marks,
    one_cell,
    picture_only,
    row_cells,
    seq_field,
    unwrapped,
    wtag,
)
from jihua.extractors.options import ExtractOptions
from jihua.extractors.text import prose_lines
from jihua.extractors.xml_numbers import whole
from jihua.schemas.blocks import Align, Block, BlockKind, Furniture, Provenance
from jihua.schemas.errors import InputError
from lxml import etree

_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_CAPTION_MAX = 40  # a picture's caption is a name, not a paragraph of the text
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_ALIGN: dict[str, Align] = {"center": "center", "right": "right", "both": "justify", "distribute": "justify",
                            "left": "left", "start": "left", "end": "right"}


class _Reader:
    """Walks one document; holds the per-document numbering counters."""

    def __init__(self, path: Path, document: Any, opts: ExtractOptions) -> None:
        self.path = path
        self.doc = document
        self.opts = opts
        part = document.part
        self.styles = Styles(part.styles.element if part._styles_part is not None else None)
        numbering_root = None
        try:
            numbering_root = part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            numbering_root = None
        self.numbering = NumberingResolver(numbering_root, self.styles.numbered_styles())
        self.unprinted = Unprinted(self.styles.find)
        self.aside: list[tuple[Furniture, str]] = []  # unprinted text met since the last block, to list
        self.index = 0
        self.para_no = 0

    def _prov(self) -> Provenance:
        prov = Provenance(file=str(self.path), index=self.index, paragraph=self.para_no)
        self.index += 1
        return prov

    # --- paragraph hints -------------------------------------------------------------
    def _style_id(self, p: etree._Element) -> str | None:
        ps = p.find("w:pPr/w:pStyle", NS)
        return ps.get(wtag("val")) if ps is not None else None

    def _numbering(self, p: etree._Element, style_id: str | None) -> tuple[str | None, int | None]:
        num_pr = p.find("w:pPr/w:numPr", NS)
        num_id = ilvl = None
        if num_pr is not None:
            nid = num_pr.find("w:numId", NS)
            lv = num_pr.find("w:ilvl", NS)
            num_id = nid.get(wtag("val")) if nid is not None else None
            ilvl = whole(lv.get(wtag("val"))) if lv is not None else None
        if num_id is None:
            for st in self.styles.chain(style_id):
                spr = st.find("w:pPr/w:numPr", NS)
                if spr is not None:
                    nid = spr.find("w:numId", NS)
                    lv = spr.find("w:ilvl", NS)
                    num_id = nid.get(wtag("val")) if nid is not None else None
                    if ilvl is None and lv is not None:
                        ilvl = whole(lv.get(wtag("val")))
                    break
        if num_id is None:
            return None, None
        ilvl = ilvl or 0
        label = self.numbering.label(num_id, ilvl)
        return (label, ilvl) if label is not None else (None, None)

    def _outline_level(self, p: etree._Element, style_id: str | None) -> int | None:
        own = p.find("w:pPr/w:outlineLvl", NS)
        if own is not None:
            val = whole(own.get(wtag("val")), 9)
            return val if val < 9 else None
        by_name = None
        for st in self.styles.chain(style_id):
            lvl = st.find("w:pPr/w:outlineLvl", NS)
            if lvl is not None:
                val = whole(lvl.get(wtag("val")), 9)
                return val if val < 9 else None
            name = st.find("w:name", NS)
            by_name = by_name if by_name is not None else heading_level_from_name(
                name.get(wtag("val")) if name is not None else None)
        return by_name

    def _run_props(self, p: etree._Element, style_id: str | None,
                   runs: list[etree._Element] | None = None) -> tuple[bool | None, float | None, str | None]:
        """Bold when every run with text (of the paragraph, or of one of its lines) is bold;
        size of the first sized run; the text of the leading bold runs when plain runs follow
        them (a run-in heading set bold before its plain body: that boundary is where it ends)."""
        style_bold = _on(self.styles.find(style_id, "w:rPr/w:b"))
        size_el = self.styles.find(style_id, "w:rPr/w:sz")
        size = int(size_el.get(wtag("val"))) / 2 if size_el is not None and (size_el.get(wtag("val")) or "").isdigit() else None
        bolds: list[tuple[str, bool]] = []
        for r in p.iter(wtag("r")) if runs is None else runs:
            text = "".join(t.text or "" for t in r.iter(wtag("t")))
            if not text.strip() or self.unprinted.hidden_run(r):
                continue
            rpr = r.find("w:rPr", NS)
            b = _on(rpr.find("w:b", NS)) if rpr is not None else None
            if b is None and rpr is not None:
                rstyle = rpr.find("w:rStyle", NS)
                if rstyle is not None:
                    b = _on(self.styles.find(rstyle.get(wtag("val")), "w:rPr/w:b"))
            bolds.append((text, bool(b if b is not None else style_bold)))
            sz = rpr.find("w:sz", NS) if rpr is not None else None
            if sz is not None and size is None and (sz.get(wtag("val")) or "").isdigit():
                size = int(sz.get(wtag("val"))) / 2
        bold = all(b for _, b in bolds) if bolds else None
        lead = bold_lead(bolds) if bold is False else None
        return bold, size, lead

    def _align(self, p: etree._Element, style_id: str | None) -> Align | None:
        jc = p.find("w:pPr/w:jc", NS)
        if jc is None:
            jc = self.styles.find(style_id, "w:pPr/w:jc")
        return _ALIGN.get(jc.get(wtag("val")) or "") if jc is not None else None

    # --- text -----------------------------------------------------------------------
    def _pieces(self, p: etree._Element) -> Iterator[tuple[etree._Element, str]]:
        """The paragraph's printed text elements with their text, skipping text boxes (emitted
        separately), deleted revisions and the old place of moved text (w:moveFrom: the accepted
        text stands once, where w:moveTo puts it). What Word does not print (hidden runs, a
        content control's prompt) is kept in `aside`, a stretch of each kind as one piece."""
        last: Furniture | None = None
        for el in p.iter(wtag("t"), wtag("tab"), wtag("br"), wtag("cr")):
            if inside(el, p, SKIPPED):
                continue
            piece = (el.text or "") if el.tag == wtag("t") else "\t" if el.tag == wtag("tab") else "\n"
            reason = self.unprinted.reason(el)
            if reason is None:
                yield el, piece
            elif reason == last:
                self.aside[-1] = (reason, self.aside[-1][1] + piece)
            else:
                self.aside.append((reason, piece))
            last = reason

    def _text(self, p: etree._Element) -> str:
        """Paragraph text as printed (see `_pieces`)."""
        return "".join(piece for _, piece in self._pieces(p))

    def aside_blocks(self) -> Iterator[Block]:
        """The unprinted text met since the last call, as furniture of its kind (hidden, placeholder)."""
        pieces, self.aside = self.aside, []
        for reason, text in pieces:
            if text.strip():
                yield Block(text=text.strip(), furniture=reason, prov=self._prov())

    def _lines(self, p: etree._Element) -> list[tuple[str, list[etree._Element]]]:
        """The paragraph's lines at its soft breaks (Shift+Enter: a w:br with no type, or w:cr),
        each with the runs that write it; a page or column break stays inside its line."""
        lines: list[tuple[list[str], list[etree._Element]]] = [([], [])]
        for el, piece in self._pieces(p):
            if el.tag == wtag("cr") or (el.tag == wtag("br") and el.get(wtag("type")) in (None, "textWrapping")):
                lines.append(([], []))
                continue
            text, runs = lines[-1]
            text.append(piece)
            run = el.getparent()
            if run is not None and run.tag == wtag("r") and run not in runs:
                runs.append(run)
        return [("".join(text), runs) for text, runs in lines]

    def _caption(self, p: etree._Element, style_id: str | None, text: str, align: Align | None,
                 after_picture: bool) -> bool:
        """Whether the paragraph names a figure: set in Word's caption style or numbered by a SEQ field
        ("图1 某镇灯会现场"), or a short centred line right under a picture in a caption's wording ("图为某校新
        教学楼"; a centred part heading after a chart, "三、保障措施", is none).
        Reported as the role `caption`; whether it is the text's (a table's caption) is clean's to say."""
        if len(text) > _CAPTION_MAX:
            return False
        under_picture = after_picture and align == "center" and picture_caption(text)
        return self.styles.caption(style_id) or seq_field(p) or under_picture

    def paragraph(self, p: etree._Element, after_picture: bool = False) -> Iterator[Block]:
        style_id = self._style_id(p)
        style_name = self.styles.name(style_id)
        label, ilvl = self._numbering(p, style_id)
        self.para_no += 1
        lines = self._lines(p)
        if any(text.strip() for text, _ in lines):
            outline = self._outline_level(p, style_id)
            align = self._align(p, style_id)
            low = (style_name or "").lower()
            kind: BlockKind
            if low in ("title", "标题"):
                kind = "title"
            elif outline is not None:
                kind = "heading"
            elif label is not None:
                kind = "list_item"
            else:
                kind = "paragraph"
            furniture: Furniture | None = "toc" if low.startswith(("toc", "目录")) else None
            titled = kind == "title" or outline == 0 or align == "center"
            plain = kind in ("paragraph", "list_item") and outline is None
            role = "caption" if plain and self._caption(p, style_id, "".join(t for t, _ in lines).strip(),
                                                                 align, after_picture) else None
            parts = soft_line_blocks([(text, runs, bool(self._run_props(p, style_id, runs)[0])) for text, runs in lines],
                                     titled) if len(lines) > 1 else [(lines[0][0].strip(), [])]
            for n, (text, runs) in enumerate(parts):
                bold, size, lead = self._run_props(p, style_id, runs if len(parts) > 1 else None)
                yield Block(kind=kind if n == 0 else "paragraph", text=text, numbering=label if n == 0 else None,
                            num_level=ilvl if n == 0 else None, outline_level=outline if n == 0 else None,
                            style=style_name, bold=bold, bold_lead=lead, font_size=size, align=align,
                            role=role, furniture=furniture, prov=self._prov())
        yield from self.aside_blocks()
        yield from self.text_boxes(p)

    def text_boxes(self, p: etree._Element) -> Iterator[Block]:
        for box in p.iter(wtag("txbxContent")):
            if any(a.tag == f"{{{_MC}}}Fallback" for a in box.iterancestors()):
                continue  # the VML fallback repeats the DrawingML text box
            if any(a.tag == wtag("txbxContent") for a in box.iterancestors()):
                continue
            for child in box:
                if child.tag == wtag("p"):
                    for b in self.paragraph(child):
                        yield b.model_copy(update={"role": b.role or "text_box"})
                elif child.tag == wtag("tbl"):
                    yield self.table(child)
                    yield from self.aside_blocks()

    def table(self, tbl: etree._Element) -> Block:
        """Rows as a grid: a merged cell stands in every place it covers (gridSpan across columns,
        vMerge down rows), as an HTML table's rowspan/colspan are read, so each row lines up
        under its headers and each task row keeps its area and its unit."""
        rows: list[list[str]] = []
        for tr in unwrapped(tbl, wtag("tr")):
            cells: list[str] = []
            for tc in unwrapped(tr, wtag("tc")):
                span = tc.find("w:tcPr/w:gridSpan", NS)
                columns = int(span.get(wtag("val"), "1")) if span is not None and span.get(wtag("val"), "1").isdigit() else 1
                columns = max(1, min(columns, 50))
                vmerge = tc.find("w:tcPr/w:vMerge", NS)
                if vmerge is not None and vmerge.get(wtag("val")) in (None, "continue"):
                    above = rows[-1] if rows else []
                    start = len(cells)
                    cells.extend(above[k] if k < len(above) else "" for k in range(start, start + columns))
                    continue
                text = "\n".join(t for t in (self._text(p).strip() for p in tc.iter(wtag("p"))) if t)
                cells.extend([text] * columns)
            rows.append(cells)
        return Block(kind="table", text="", rows=printed_rows(rows), prov=self._prov())

    def table_or_sign_off(self, tbl: etree._Element) -> Iterator[Block]:
        """A table, unless it only lays out a sign-off (bodies side by side over a date, no
        borders drawn): then its lines are the document's closing lines, as typed paragraphs are."""
        block = self.table(tbl)
        lines = None if bordered(tbl) else sign_off_lines(block.rows or [])
        if lines is None:
            yield block
        else:
            for line in lines:
                yield Block(kind="paragraph", text=line, align="right", prov=block.prov.model_copy(
                    update={"index": self._prov().index}))
        yield from self.aside_blocks()

    def _heading_over(self, p: etree._Element, nxt: etree._Element) -> bool:
        """Whether `p` is a run-in heading over `nxt`'s body text (read only to judge them)."""
        saved = list(self.aside)
        first, after = self._text(p).strip(), self._text(nxt).strip()
        self.aside = saved
        return heading_over(first, after)

    def _cell_lines(self, cells: list[etree._Element]) -> list[str]:
        """The printed lines of these cells, read only to judge them (the unprinted text met is
        listed when the cells are read for good)."""
        saved = list(self.aside)
        lines = [line for tc in cells for p in tc.iter(wtag("p")) for line in self._text(p).split("\n") if line.strip()]
        self.aside = saved
        return lines

    def layout_cells(self, tbl: etree._Element, opened: bool) -> list[etree._Element] | None:
        """The cells of a table that only lays out the document's own text, in reading order, or
        None for a table of data. A one-cell table frames text (a title box, a 红头 banner); a
        one-column table whose cells hold running text or part names (a WPS template that puts
        the whole body in a table, a row or a cell per stretch of text) holds the body; a one-row
        table above the body's first sentence whose cells hold only short lines (the 发文机关 and
        签发人 beside the title) is the title block."""
        if (cell := one_cell(tbl)) is not None:
            return [cell]
        column = column_cells(tbl)
        if column is not None and any(body_shaped(line) or running_label(line) for line in self._cell_lines(column)):
            return column
        row = row_cells(tbl)
        if row is not None and not opened and (lines := self._cell_lines(row)) \
                and not any(body_shaped(line) for line in lines) and any(titled_line(line) for line in lines):
            return row
        return None if bordered(tbl) else self.spacer_cells(tbl)

    def spacer_cells(self, tbl: etree._Element) -> list[etree._Element] | None:
        """The prose cells of a table that only indents text (WPS sets a part's body in a borderless one-row
        table: an empty narrow cell, then "充分利用某某公园空间，新建…。" beside it), or None: every cell is
        empty or running text, at least one of each. A table of data names its columns or holds figures."""
        cells = [tc for tr in unwrapped(tbl, wtag("tr")) for tc in unwrapped(tr, wtag("tc"))]
        texts = [self._cell_lines([tc]) for tc in cells]
        if not any(texts) or all(texts) or not all(prose_lines(lines) for lines in texts if lines):
            return None
        return [tc for tc, lines in zip(cells, texts, strict=True) if lines]

    def labelled_rows(self, tbl: etree._Element) -> list[tuple[etree._Element, etree._Element]] | None:
        """The (label, text) cells of a two-column table that lays out parts of the text (`labelled_layout`, the
        test a PDF's ruled table passes too), or None."""
        rows = [list(unwrapped(tr, wtag("tc"))) for tr in unwrapped(tbl, wtag("tr"))]
        if any(len(row) != 2 for row in rows):
            return None
        if labelled_layout([(self._cell_lines([a]), self._cell_lines([b])) for a, b in rows]):
            return [(a, b) for a, b in rows]
        return None

    def body(self, container: etree._Element) -> Iterator[Block]:
        opened = False  # a sentence of the body has been read: a table after it is no title block
        picture = False  # the last child was a picture on its own line, in the body's text (not a cover's emblem)
        for child in joined_marks(unwrapped(container, BODY_TAGS), self._heading_over):
            after_picture, picture = picture, opened and child.tag == wtag("p") and picture_only(child)
            if child.tag == wtag("p"):
                for block in self.paragraph(child, after_picture):
                    opened = opened or (block.furniture is None and body_shaped(block.text))
                    yield block
            elif child.tag == wtag("tbl") and (cells := self.layout_cells(child, opened)) is not None:
                # its paragraphs are the document's, with their styles and weight
                for cell in cells:
                    for block in self.body(cell):
                        opened = opened or (block.furniture is None and body_shaped(block.text))
                        yield block
            elif child.tag == wtag("tbl") and (pairs := self.labelled_rows(child)) is not None:
                # each row a part of the text: its label the part's heading, level 1, its text the body under it
                opened = True
                for label, text in pairs:
                    for block in self.body(label):
                        yield block if block.outline_level is not None else block.model_copy(update={"outline_level": 0})
                    yield from self.body(text)
            elif child.tag == wtag("tbl"):
                opened = True
                yield from self.table_or_sign_off(child)
            elif child.tag == wtag("altChunk"):
                yield from self.alt_chunk(child)

    def alt_chunk(self, el: etree._Element) -> Iterator[Block]:
        """An imported part (w:altChunk: the HTML, MHT or text an office system pastes in whole)
        is body text where it stands: read by the extractor of its own format, then numbered
        into this file's blocks. A format no extractor reads (RTF) yields nothing."""
        part = self.doc.part.related_parts.get(el.get(f"{{{_R}}}id") or "")
        found = chunk_content(part.content_type, part.blob) if part is not None else None
        if found is None:
            return
        kind, data = found
        with tempfile.TemporaryDirectory(prefix="jihua-chunk-") as tmp:
            chunk = Path(tmp) / f"chunk.{kind}"
            chunk.write_bytes(data)
            try:
                blocks = list(extractor_for(kind)(chunk, self.opts))
            except InputError:
                return  # an empty or unreadable part: the rest of the document still reads
        for b in blocks:
            yield b.model_copy(update={"prov": self._prov()})

    def furniture(self) -> Iterator[Block]:
        """Running headers and footers, once each, flagged so the outline skips them."""
        seen: set[tuple[str, str]] = set()
        sides: tuple[tuple[Furniture, tuple[Any, Any]], ...]
        for section in self.doc.sections:
            sides = (("header", (section.header, section.first_page_header)),
                     ("footer", (section.footer, section.first_page_footer)))
            for kind, parts in sides:
                for part in parts:
                    if part is None or part.is_linked_to_previous:
                        continue
                    for p in part._element.iter(wtag("p")):
                        text = self._text(p).strip()
                        if text and (kind, text) not in seen:
                            seen.add((kind, text))
                            yield Block(text=text, furniture=kind, prov=self._prov())
                        yield from self.aside_blocks()

    def notes(self) -> Iterator[Block]:
        """Footnotes and endnotes ("[1] 专项债：…"): text of the file kept aside as furniture of kind
        `notes`, as a PDF's are; comments (批注, "李某：该指标请核实") as kind `comment`, with their
        author — never body text, never lost (python-docx reads neither part; their XML is read here)."""
        for rel in self.doc.part.rels.values():
            if rel.is_external or not rel.reltype.endswith(("/footnotes", "/endnotes", "/comments")):
                continue
            kind: Furniture = "comment" if rel.reltype.endswith("/comments") else "notes"
            try:
                root = etree.fromstring(rel.target_part.blob, _NOTES_PARSER)
            except etree.XMLSyntaxError:
                continue
            for note in root:
                if note.get(wtag("type")) in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                text = "".join(self._text(p) for p in note.iter(wtag("p"))).strip()
                author = (note.get(wtag("author")) or "").strip() if kind == "comment" else ""
                if text:
                    yield Block(text=f"{author}：{text}" if author else text, furniture=kind, prov=self._prov())
                yield from self.aside_blocks()


# entities never resolved, nothing fetched: the notes part is the file's XML, read as python-docx reads its own
_NOTES_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)


def _open(path: Path) -> Any:
    try:
        return docx.Document(str(path))
    except PackageNotFoundError:
        raise InputError(path, "corrupt or truncated Word file") from None
    except KeyError as exc:
        raise InputError(path, f"corrupt Word file: missing part {exc}") from None
    except etree.XMLSyntaxError as exc:
        raise InputError(path, f"corrupt Word file: broken XML ({exc})") from None
    except ValueError as exc:
        raise InputError(path, f"not a readable Word document ({exc})") from None


def extract(path: Path, opts: ExtractOptions) -> Iterator[Block]:
    """Body blocks in document order, then headers/footers and foot/endnotes as furniture."""
    document = _open(path)
    reader = _Reader(path, document, opts)
    yield from toc_labels(tab_tables(reader.body(document.element.body)))
    yield from reader.furniture()
    yield from reader.notes()
