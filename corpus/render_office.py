"""Render a corpus source as Word and PowerPoint files, the way offices produce them.

Two Word variants: Heading styles with the labels typed in the text, and plain bold
paragraphs whose "一、" / "（一）" / "1." come from a multilevel automatic numbering
(w:numPr), so the labels exist only in numbering.xml. The deck follows the common plan
template: title slide, 目录, a divider per part ("01"), content slides.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document as new_docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from pptx import Presentation
from pptx.util import Emu
from pptx.util import Pt as PPt

from corpus.source import Entry, Source, SourceDoc

BODY_FONT = "Noto Serif CJK SC"
HEAD_FONT = "Noto Sans CJK SC"
_NUM_ID = "90"
# one multilevel list for the outline: 一、 / （一） / 1. / （1）
_ABSTRACT = f"""<w:abstractNum {nsdecls('w')} w:abstractNumId="90">
<w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/><w:lvlText w:val="%3."/><w:lvlJc w:val="left"/></w:lvl>
<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/><w:lvlText w:val="（%4）"/><w:lvlJc w:val="left"/></w:lvl>
</w:abstractNum>"""


def _fonts(run_or_style: object, east_asian: str, size: float | None = None, bold: bool | None = None) -> None:
    font = run_or_style.font  # type: ignore[attr-defined]
    font.name = east_asian
    rpr = run_or_style.element.get_or_add_rPr()  # type: ignore[attr-defined]
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), east_asian)
    if size:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold


def _page_field_footer(section: object) -> None:
    p = section.footer.paragraphs[0]  # type: ignore[attr-defined]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("- ")
    p._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    p.add_run(" -")


def _base_document(header: str | None) -> object:
    doc = new_docx()
    _fonts(doc.styles["Normal"], BODY_FONT, 16)
    doc.styles["Normal"].paragraph_format.line_spacing = Pt(28)
    for level, size in ((1, 16), (2, 16), (3, 16)):
        style = doc.styles[f"Heading {level}"]
        _fonts(style, HEAD_FONT if level == 1 else BODY_FONT, size, bold=level == 3)
        style.font.color.rgb = None
        style.paragraph_format.first_line_indent = Pt(32)
        style.paragraph_format.space_before = Pt(0)
        style.paragraph_format.space_after = Pt(0)
    section = doc.sections[0]
    if header:
        section.header.paragraphs[0].text = header
        section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field_footer(section)
    props = doc.core_properties
    props.author = "jihua corpus"
    return doc


def _title(doc: object, text: str) -> None:
    p = doc.add_paragraph()  # type: ignore[attr-defined]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _fonts(p.add_run(text), BODY_FONT, 22, bold=True)


def _body(doc: object, e: Entry) -> None:
    if e.kind == "table":
        table = doc.add_table(rows=0, cols=len(e.rows[0]))  # type: ignore[attr-defined]
        table.style = "Table Grid"
        for row in e.rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, row, strict=True):
                cell.text = text
        return
    p = doc.add_paragraph(e.text)  # type: ignore[attr-defined]
    p.paragraph_format.first_line_indent = Pt(32)


def _closing(doc: object, sdoc: SourceDoc, org: str | None) -> None:
    for line in (org, sdoc.date):
        if line:
            p = doc.add_paragraph(line)  # type: ignore[attr-defined]
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _add_numbering(doc: object) -> None:
    numbering = doc.part.numbering_part.element  # type: ignore[attr-defined]
    first_num = numbering.find(qn("w:num"))
    abstract = parse_xml(_ABSTRACT)
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{_NUM_ID}"><w:abstractNumId w:val="90"/></w:num>'))


def _numbered_heading(doc: object, e: Entry) -> None:
    p = doc.add_paragraph()  # type: ignore[attr-defined]
    p.paragraph_format.first_line_indent = Pt(32)
    _fonts(p.add_run(e.text), HEAD_FONT if e.level == 1 else BODY_FONT, 16, bold=True)
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{e.level - 1}"/><w:numId w:val="{_NUM_ID}"/></w:numPr>'))


def docx(source: Source, out: Path, autonum: bool = False) -> None:
    doc = _base_document(source.meta.get("header"))
    if autonum:
        _add_numbering(doc)
    for k, sdoc in enumerate(source.documents):
        if k:
            doc.add_paragraph()  # type: ignore[attr-defined]
        _title(doc, f"{sdoc.piece}：{sdoc.title}" if sdoc.piece else sdoc.title)
        for e in sdoc.entries:
            if e.kind == "heading" and autonum:
                _numbered_heading(doc, e)
            elif e.kind == "heading":
                doc.add_heading(e.full, level=e.level)  # type: ignore[attr-defined]
            else:
                _body(doc, e)
        _closing(doc, sdoc, sdoc.org if sdoc.date else None)
    doc.save(str(out))  # type: ignore[attr-defined]


# --- PowerPoint ----------------------------------------------------------------------
_W, _H = Emu(12192000), Emu(6858000)


def _textbox(slide: object, left: int, top: int, width: int, height: int, lines: list[tuple[str, bool, int]]) -> None:
    box = slide.shapes.add_textbox(Emu(left), Emu(top), Emu(width), Emu(height))  # type: ignore[attr-defined]
    frame = box.text_frame
    frame.word_wrap = True
    for i, (text, bold, size) in enumerate(lines):
        p = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        run = p.add_run()
        run.text = text
        run.font.bold = bold
        run.font.size = PPt(size)


def _content_slide(prs: object, title: str, lines: list[tuple[str, bool, int]], table: list[list[str]] | None) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[5])  # type: ignore[attr-defined]
    slide.shapes.title.text = title
    if table:
        shape = slide.shapes.add_table(len(table), len(table[0]), Emu(640080), Emu(1371600), Emu(10881360),
                                       Emu(400000 * len(table)))
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                shape.table.cell(r, c).text = text
    if lines:
        _textbox(slide, 640080, 1371600 if not table else 4000000, 10881360, 4800000, lines)


def _slides_for(prs: object, parts: list[tuple[Entry, list[Entry]]]) -> None:
    """Each L1 part: a divider, then one content slide per L2 (or one for the part itself)."""
    for n, (head, body) in enumerate(parts, start=1):
        slide = prs.slides.add_slide(prs.slide_layouts[2])  # type: ignore[attr-defined]
        slide.shapes.title.text = head.full
        _textbox(slide, 731520, 822960, 10728655, 2000000, [(f"{n:02d}", True, 80)])
        groups: list[tuple[str, list[Entry]]] = [(head.full, [])]
        for e in body:
            if e.kind == "heading" and e.level == 2:
                groups.append((e.full, []))
            else:
                groups[-1][1].append(e)
        for title, entries in groups:
            if not entries and title == head.full and len(groups) > 1:
                continue
            lines = [(e.full, e.kind == "heading", 20) for e in entries if e.kind != "table"]
            table = next((e.rows for e in entries if e.kind == "table"), None)
            _content_slide(prs, title, lines, table)


def pptx(source: Source, out: Path) -> None:
    sdoc = source.documents[0]
    prs = Presentation()
    prs.slide_width, prs.slide_height = _W, _H
    title_slide = prs.slides.add_slide(prs.slide_layouts[0])
    title_slide.shapes.title.text = sdoc.title
    title_slide.placeholders[1].text = sdoc.org or ""
    parts: list[tuple[Entry, list[Entry]]] = []
    preamble: list[Entry] = []
    for e in sdoc.entries:
        if e.kind == "heading" and e.level == 1:
            parts.append((e, []))
        elif parts:
            parts[-1][1].append(e)
        else:
            preamble.append(e)
    toc = prs.slides.add_slide(prs.slide_layouts[5])
    toc.shapes.title.text = "目录"
    for n, (head, _) in enumerate(parts, start=1):
        _textbox(toc, 2377440, 1300000 + n * 700000, 777240, 600000, [(f"{n:02d}", True, 22)])
        _textbox(toc, 3291840, 1300000 + n * 700000, 7315200, 600000, [(head.full, False, 22)])
    if preamble:
        _content_slide(prs, sdoc.title, [(e.text, False, 20) for e in preamble], None)
    _slides_for(prs, parts)
    prs.core_properties.author = "jihua corpus"
    prs.save(str(out))

