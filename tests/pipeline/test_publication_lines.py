"""A page's publication line ("2027年03月09日08:40　来源：某晚报", "发布时间：… 来源：… 浏览次数：") in a Word or PDF copy.

A news or portal article saved as a Word file or printed to a plain PDF keeps the line the page prints under its
headline. Set as large or as centred as the headline, it must not become the title, nor a heading of the body:
it is set aside with its reason, as a web copy's is. A plan's own date line and an official document's
"印发日期：" carry no page's field and stay. Every text here is written for these tests.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from jihua.pipeline.covers import page_header_lines
from jihua.pipeline.model import Unit
from jihua.pipeline.rules.chrome import publication_line
from jihua.schemas.blocks import Block, Provenance
from jihua.schemas.plan import walk

_HEADLINE = "柳溪县部署春季植树造林工作"
_STAMP = "2027年03月09日08:40　来源：柳溪晚报"
_PORTAL = "发布时间：2027-03-09　来源：县林业局　浏览次数："
_CREDITS = "作者：记者 严可　责任编辑：江帆"
_BODY = ["为扎实推进国土绿化，改善城乡生态环境，现就今年春季植树造林工作安排如下。",
         "一、目标任务",
         "全年完成人工造林1.2万亩，新建村庄绿化示范点15个，森林覆盖率提高到46.5%。",
         "二、主要措施",
         "（一）抓好苗木供应。县林场储备优质苗木80万株，确保3月底前调运到位。",
         "（二）强化技术指导。组织技术人员分片包干，开展现场培训不少于20场次。",
         "三、工作要求",
         "各乡镇要落实属地责任，县林业局加强督促检查，确保各项任务按时完成。",
         "（责任编辑：江帆）"]


@pytest.mark.parametrize("line", [_STAMP, _PORTAL, "2027-03-09 08:40:12 来源：柳溪晚报 作者：严可",
                                  "2027-03-09 08:40:12来源：柳溪晚报作者：严可",  # a PDF's text, its gaps lost
                                  "2027年3月9日 星期二 来源：县林业局",
                                  "发布日期：2027-03-09 信息来源：县林业局 字号：大 中 小"])
def test_a_pages_publication_line(line: str) -> None:
    assert publication_line(line)


@pytest.mark.parametrize("line", ["2027年3月9日", "（2027年3月9日）", "印发日期：2027年3月9日",
                                  "柳溪县林业局办公室　2027年3月9日印发",
                                  "填表人：严可　审核：江帆　日期：2027年3月9日",  # a form's row: no page's field
                                  "时间：2027年3月12日　地点：县林场",
                                  "来源：县林业局",  # one field, no date: the credits' rule judges it (at the end only)
                                  "2027年3月9日，县林业局召开会议，来源：县林业局通报。",
                                  _HEADLINE])
def test_a_plans_own_lines_are_none(line: str) -> None:
    assert not publication_line(line)


def _units(lines: list[str]) -> list[Unit]:
    return [Unit(text=t, block=Block(text=t, prov=Provenance(file="t", index=i))) for i, t in enumerate(lines)]


def test_only_in_the_title_block() -> None:
    """Above the text the line is the page's; under the text's first sentence a line of fields stays where it is."""
    units, found = page_header_lines(_units([_HEADLINE, _STAMP, *_BODY[:3], _STAMP]))
    assert [u.text for u in found] == [_STAMP]
    assert [u.text for u in units] == [_HEADLINE, *_BODY[:3], _STAMP]


def _word(path: Path, meta: list[str], headline: str = _HEADLINE) -> Path:
    """A page saved as a Word file: headline and publication lines centred, at the body's size, nothing bold."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    word = Document()
    for text in [headline, *meta]:
        word.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.CENTER
    for text in _BODY:
        word.add_paragraph(text)
    word.save(str(path))
    return path


def _outline(doc) -> list[str]:
    return [s.number + s.heading for s in walk(doc.sections)]


def _check(result, meta: str, headline: str = _HEADLINE) -> None:
    doc = result.documents[0]
    assert doc.title == headline
    assert _outline(doc) == ["一、目标任务", "二、主要措施", "（一）抓好苗木供应", "（二）强化技术指导", "三、工作要求"]
    assert all(_flat(meta) not in _flat(p) for s in walk(doc.sections) for p in [s.heading, *s.paragraphs])
    assert doc.paragraphs == [_BODY[0]]
    assert any(_flat(r.text) == _flat(meta) and r.reason.startswith("meta line shape") for r in result.removed_reasons)


def _flat(text: str) -> str:
    """The text without its spaces (a PDF's text loses the gaps between a line's fields)."""
    return re.sub(r"\s", "", text)


@pytest.mark.parametrize("meta", [_STAMP, _PORTAL])
def test_a_word_copy_of_a_news_page(parser, tmp_path: Path, meta: str) -> None:
    _check(parser.parse(_word(tmp_path / "page.docx", [meta, _CREDITS])), meta)


def test_a_plain_pdf_of_a_news_page(parser, tmp_path: Path) -> None:
    """LibreOffice's PDF of the same Word file: the headline at the body's size is no title by its looks, but it
    is the line the page set over its publication line."""
    from corpus.render import pdf_from_docx

    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        pytest.skip("LibreOffice is not installed (CI installs it)")
    pdf = tmp_path / "page.pdf"
    pdf_from_docx(_word(tmp_path / "page.docx", [_STAMP, _CREDITS]), pdf)
    _check(parser.parse(pdf), _STAMP)


def test_a_plans_dates_stay(parser, tmp_path: Path) -> None:
    """An official document's "印发日期：" under its title and the date under its signature are the document's."""
    from docx import Document

    word = Document()
    for text in ["柳溪县2027年春季植树造林工作方案", "印发日期：2027年3月9日", *_BODY[:-1], "柳溪县林业局", "2027年3月9日"]:
        word.add_paragraph(text)
    path = tmp_path / "plan.docx"
    word.save(str(path))
    result = parser.parse(path)
    assert result.documents[0].title == "柳溪县2027年春季植树造林工作方案"
    assert not any(r.reason.startswith("meta line shape") for r in result.removed_reasons)
    assert result.documents[0].date is not None
