"""A Word or PowerPoint file whose XML holds a garbled number ("1.5" where a whole number belongs,
"x" for a level) keeps its text: the run loses its size or level, the file is still read. Such files
come from hand-mended XML and from the fuzz campaign's corrupted members; before, one bad attribute
ended the whole file. The documents are written here."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest
from jihua.extractors import guard
from jihua.extractors.xml_numbers import whole
from pptx import Presentation
from pptx.util import Pt

from tests.writers import write_docx

_LINES = ["桐岭县2027年档案工作计划", "一、工作目标", "全年接收进馆档案不少于3000卷。", "二、主要措施", "每季度开展一次库房安全检查。"]


def _garble(path: Path, member: str, change: dict[str, str]) -> Path:
    """The file with each pattern of `change` in `member` replaced, as a hand edit would leave it."""
    out = path.with_name("garbled-" + path.name)
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == member:
                text = data.decode("utf-8")
                for pattern, new in change.items():
                    text, n = re.subn(pattern, new, text)
                    assert n, pattern
                data = text.encode("utf-8")
            dst.writestr(info, data)
    return out


def test_a_deck_with_garbled_sizes_levels_and_offsets_keeps_its_text(tmp_path: Path) -> None:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    slide.shapes.title.text = "一、工作目标"
    body = slide.placeholders[1].text_frame
    body.text = "全年接收进馆档案不少于3000卷。"
    body.paragraphs[0].runs[0].font.size = Pt(20)
    box = slide.shapes.add_textbox(Pt(40), Pt(400), Pt(300), Pt(40))
    box.text_frame.text = "每季度开展一次库房安全检查。"
    path = tmp_path / "plan.pptx"
    prs.save(str(path))
    bad = _garble(path, "ppt/slides/slide1.xml", {r'sz="2000"': 'sz="1.5"', r'<a:off x="\d+"': '<a:off x="12.5"',
                                                  r"<a:pPr/>|<a:p>": '<a:p><a:pPr lvl="x"/>'})
    _, blocks = guard.read(bad)
    text = "\n".join(b.text for b in blocks)
    assert "全年接收进馆档案不少于3000卷。" in text and "每季度开展一次库房安全检查。" in text


def test_a_document_with_garbled_numbering_levels_keeps_its_text(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "plan.docx", _LINES)
    doc = docx.Document(str(path))
    for p in doc.paragraphs[1::2]:
        p.style = doc.styles["List Number"]  # numbered through the style's numPr
    doc.save(str(path))
    bad = _garble(path, "word/document.xml", {r"<w:pStyle w:val=\"ListNumber\"/>":
                                              '<w:pStyle w:val="ListNumber"/><w:numPr><w:ilvl w:val="x"/><w:numId w:val="1"/>'
                                              '</w:numPr><w:outlineLvl w:val="one"/>'})
    _, blocks = guard.read(bad)
    assert [b.text for b in blocks if b.text] == _LINES


def test_a_numbering_part_with_garbled_levels_keeps_the_text(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "plan.docx", _LINES)
    doc = docx.Document(str(path))
    for p in doc.paragraphs[1::2]:
        p.style = doc.styles["List Number"]
    doc.save(str(path))
    bad = _garble(path, "word/numbering.xml", {r'<w:lvl w:ilvl="0"': '<w:lvl w:ilvl="1.5"',
                                               r'<w:lvlOverride w:ilvl="0"|<w:num w:numId="1"[^>]*>':
                                               '<w:num w:numId="1"><w:lvlOverride w:ilvl="x"/>'})
    _, blocks = guard.read(bad)
    assert [b.text for b in blocks if b.text] == _LINES


@pytest.mark.parametrize(("value", "default", "number"), [
    ("24", None, 24), (" -3 ", 0, -3), ("1.5", None, None), ("x", 9, 9), (None, 0, 0), ("", 0, 0),
])
def test_a_whole_number_or_its_default(value: str | None, default: int | None, number: int | None) -> None:
    assert whole(value, default) == number
