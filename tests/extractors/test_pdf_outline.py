"""PDF bookmarks (the outline Word and WPS write from heading styles) give headings and their
levels, as a DOCX Heading style does; a bookmark that names no paragraph changes nothing."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from jihua.extractors.pdf_outline import mark_heading
from jihua.schemas.blocks import Block, Provenance


def _para(text: str, page: int) -> Block:
    return Block(text=text, prov=Provenance(file="x.pdf", index=0, page=page))


def test_a_bookmark_naming_a_paragraph_on_its_page_makes_it_a_heading_at_its_depth() -> None:
    marks = {"完善协同机制": [(1, 2)], "附件": [(0, None)]}
    block = mark_heading(_para("完善 协同机制", 2), marks)
    assert (block.kind, block.outline_level) == ("heading", 1)
    assert marks["完善协同机制"] == []  # used once: the same words later in the body stay body
    assert mark_heading(_para("完善协同机制", 2), marks).outline_level is None


def test_a_bookmark_on_another_page_or_naming_part_of_a_paragraph_changes_nothing() -> None:
    marks = {"完善协同机制": [(1, 3)]}
    assert mark_heading(_para("完善协同机制", 2), marks).kind == "paragraph"
    assert mark_heading(_para("完善协同机制，建立月度会商制度。", 3), marks).kind == "paragraph"


def test_unnumbered_subheadings_styled_like_body_nest_as_the_bookmarks_say(tmp_path: Path) -> None:
    import docx
    from docx.shared import Pt
    from jihua.pipeline.runner import parse_file

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (CI installs it)")
    document = docx.Document()
    for name in ("Normal", "Heading 1", "Heading 2"):  # heading styles that print like body text
        style = document.styles[name]
        style.font.size, style.font.bold, style.font.color.rgb = Pt(14), False, None
        style.paragraph_format.first_line_indent = Pt(28)  # two characters in, as every paragraph
        style.paragraph_format.space_before = style.paragraph_format.space_after = Pt(0)
    document.add_paragraph("某区机关事务管理局2027年工作要点")
    body = "围绕年度目标细化工作举措，明确责任分工和完成时限，按月调度推进，确保各项任务按期落地见效。"
    document.add_heading("一、工作目标", level=1)
    document.add_paragraph("全年公共机构人均综合能耗下降2%，办公用房清查整改完成率达到100%。")
    document.add_heading("二、重点工作", level=1)
    for sub in ("推进节约型机关建设", "规范办公用房管理", "提升公务用车保障"):
        document.add_heading(sub, level=2)
        document.add_paragraph(body)
    document.add_heading("三、保障措施", level=1)
    for sub in ("落实资金保障", "加强督促检查"):  # the first ends in a part name (保障), as a part heading does
        document.add_heading(sub, level=2)
        document.add_paragraph(body)
    source = tmp_path / "points.docx"
    document.save(str(source))
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(source)], check=True, capture_output=True, timeout=180)
    doc = parse_file(tmp_path / "points.pdf").documents[0]
    tree = [(s.heading, [c.heading for c in s.children]) for s in doc.sections]
    assert tree == [("工作目标", []),
                    ("重点工作", ["推进节约型机关建设", "规范办公用房管理", "提升公务用车保障"]),
                    ("保障措施", ["落实资金保障", "加强督促检查"])]
