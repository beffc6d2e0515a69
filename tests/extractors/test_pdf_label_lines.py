"""A Word list label printed to PDF in another size than its heading is one line with it.

Word sets an automatic number in the paragraph mark's font: the label "一、" comes out at 11 pt
beside a 16 pt heading on the same baseline, its glyph tops lower, so the two cluster into two
lines; a label followed by Word's default tab stands apart by a tab gap too. Every text is our own.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from jihua.extractors import pdf
from jihua.extractors.options import ExtractOptions
from jihua.extractors.pdf_lines import Char, join_marks

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
# level 1 "%1、" followed by Word's default tab (no w:suff), level 2 "（%2）" with nothing after it
_LEVELS = f"""<w:abstractNum {W} w:abstractNumId="61"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>
<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/>
<w:lvlJc w:val="left"/><w:suff w:val="nothing"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>
</w:abstractNum>"""

_PLAN = [
    (0, "总体要求"),
    (None, "围绕河湖生态保护目标，统筹推进岸线整治和水质提升，全年完成治理河段四十二公里，确保断面水质稳定达标。"),
    (0, "主要任务"),
    (1, "开展岸线清理"),
    (None, "清理河道垃圾和违章堆放点一百二十处，恢复滨水绿带八公里。"),
    (1, "加强水质监测"),
    (None, "新增自动监测站六个，监测数据每日汇总上报。"),
    (0, "保障措施"),
    (None, "各责任单位明确专人负责，每月报送工作进展。"),
]


@pytest.fixture(scope="module")
def numbered_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An auto-numbered DOCX (numbers in the 11 pt paragraph-mark font, text in 16 pt) printed by LibreOffice."""
    docx = pytest.importorskip("docx")
    from docx.oxml import parse_xml
    from docx.shared import Pt

    from corpus.render import pdf_from_docx

    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        pytest.skip("LibreOffice is not installed (CI installs it)")
    d = docx.Document()
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(_LEVELS))
    numbering.append(parse_xml(f'<w:num {W} w:numId="61"><w:abstractNumId w:val="61"/></w:num>'))
    d.add_paragraph().add_run("青川县水利局2027年河湖治理工作计划").font.size = Pt(22)
    for level, text in _PLAN:
        p = d.add_paragraph()
        p.add_run(text).font.size = Pt(16)
        if level is not None:
            p._p.get_or_add_pPr().append(
                parse_xml(f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="61"/></w:numPr>'))
    folder = tmp_path_factory.mktemp("labels")
    d.save(str(folder / "plan.docx"))
    pdf_from_docx(folder / "plan.docx", folder / "plan.pdf")
    return folder / "plan.pdf"


def test_a_label_in_the_paragraph_marks_size_reads_with_its_heading(numbered_pdf: Path) -> None:
    pages, _, _ = pdf.read_lines(numbered_pdf, ExtractOptions())
    texts = [ln.text.replace(" ", "") for ln in pages[0]]
    for heading in ("一、总体要求", "二、主要任务", "（一）开展岸线清理", "（二）加强水质监测", "三、保障措施"):
        assert heading in texts, texts
    assert not any(t in ("一、", "二、", "三、", "（一）", "（二）") for t in texts), "no label is a line of its own"


def test_labels_stay_with_their_headings_not_the_body_under_them(numbered_pdf: Path) -> None:
    blocks = [b for b in pdf.extract(numbered_pdf, ExtractOptions()) if b.furniture is None]
    texts = [b.text.replace(" ", "") for b in blocks]
    assert "三、保障措施" in texts and "（二）加强水质监测" in texts, texts
    body = next(t for t in texts if t.startswith("清理河道垃圾") or t.endswith("清理河道垃圾和违章堆放点一百二十处，恢复滨水绿带八公里。"))
    assert body.startswith("清理河道垃圾"), "the label glued onto the body paragraph under its heading"


def _run(text: str, x0: float, size: float, bottom: float, step: float | None = None) -> list[Char]:
    step = step or size
    return [Char(ch, x0 + k * step, x0 + (k + 1) * step, bottom - size, bottom, size, "SimSun") for k, ch in enumerate(text)]


def test_a_label_joins_the_text_on_its_baseline_across_a_tab() -> None:
    label = _run("一、", 110.0, 11.0, 205.0)  # ends at 132
    heading = _run("工作目标", 150.0, 16.0, 205.0)  # a tab gap of 18 pt
    assert [t for t, _ in join_marks([("工作目标", heading), ("一、", label)])] == ["一、工作目标"]


def test_a_label_keeps_apart_from_text_off_its_baseline_or_past_a_tab() -> None:
    label = _run("（一）", 110.0, 11.0, 205.0)
    above = _run("上一行的正文内容", 150.0, 16.0, 185.0)  # the line above: no shared baseline
    far = _run("右栏文字", 110.0 + 33.0 + 80.0, 16.0, 205.0)  # 80 pt away: another column
    assert len(join_marks([("上一行的正文内容", above), ("（一）", label)])) == 2
    assert len(join_marks([("（一）", label), ("右栏文字", far)])) == 2
    text = _run("第二段", 110.0, 16.0, 240.0)
    assert len(join_marks([("（一）", label), ("第二段", text)])) == 2, "text below the label is no partner"
