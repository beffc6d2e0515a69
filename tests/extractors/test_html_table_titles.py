"""An old county site's page laid out in nested tables (GB2312, the text in one cell as <br> lines): its <title>
names only the office ("某县林业局"); the document's title is the line the page sets apart by its look over the
text — bold, set larger, or centred — in a cell of its own or atop the text's. Invented office and wording."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.schemas.blocks import Block

from jihua import extractors

TITLE = "清水县林业局2025年森林防火工作计划"
_LINES = ["2025年全县森林防火工作要坚持预防为主、积极消灭的方针，全力保护森林资源安全。", "一、工作目标",
          "全年森林火灾受害率控制在0.9‰以内，不发生重大森林火灾。", "二、主要任务", "(一)加强火源管控",
          "１．在重点林区设立检查站12个，进山路口全覆盖。", "(二)提升扑救能力", "１．组建半专业扑火队8支，每队不少于25人。",
          "三、保障措施", "各股室要明确责任分工，局办公室每月调度一次工作进展。"]


def _page(title_cell: str, atop: str = "", byline: str = "作者：县林业局　来源：本站　更新时间：2025-2-20") -> str:
    text = "".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{line}<br>\n" for line in _LINES)
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
            "<title>清水县林业局</title></head><body><table width=\"960\" align=\"center\">"
            "<tr><td><a href=\"/\">网站首页</a> | <a>林业动态</a> | <a>通知公告</a></td></tr>"
            "<tr><td class=\"weizhi\">当前位置：首页 &gt;&gt; 通知公告</td></tr>"
            f"{title_cell}<tr><td align=\"center\">{byline}</td></tr>"
            f"<tr><td class=\"content\">{atop}<font face=\"仿宋_GB2312\" size=\"3\">\n{text}</font></td></tr>"
            "<tr><td align=\"center\">版权所有：清水县林业局</td></tr></table></body></html>")


def _blocks(tmp_path: Path, page: str) -> list[Block]:
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("gb2312"))
    return [b for b in extractors.extract(path)[1] if b.furniture is None]


@pytest.mark.parametrize("cell", [
    f"<tr><td align=\"center\"><font size=\"5\"><b>{TITLE}</b></font></td></tr>",  # centred, larger and bold
    f"<tr><td><b>{TITLE}</b></td></tr>",  # bold only
    f"<tr><td><strong>{TITLE}</strong></td></tr>",
    f"<tr><td><font size=\"5\">{TITLE}</font></td></tr>",  # larger only
    f"<tr><td style=\"font-size:22px\">{TITLE}</td></tr>",
    f"<tr><td><span style=\"font-weight:bold\">{TITLE}</span></td></tr>",
    f"<tr><td align=\"center\">{TITLE}</td></tr>",  # centred only
])
def test_the_set_apart_line_over_the_text_titles_a_page_whose_title_is_the_office(tmp_path: Path, cell: str) -> None:
    blocks = _blocks(tmp_path, _page(cell))
    assert (blocks[0].kind, blocks[0].text) == ("title", TITLE)
    assert blocks[1].text == _LINES[0]


@pytest.mark.parametrize("atop", [f"<p align=\"center\"><b>{TITLE}</b></p>", f"<div><font size=\"+2\">{TITLE}</font></div>"])
def test_the_set_apart_line_atop_the_texts_cell_titles_it(tmp_path: Path, atop: str) -> None:
    blocks = _blocks(tmp_path, _page("", atop=atop))
    assert [(b.kind, b.text) for b in blocks[:2]] == [("title", TITLE), ("paragraph", _LINES[0])]


@pytest.mark.parametrize("cell", [
    "<tr><td align=\"center\"><font size=\"5\"><b>通知公告</b></font></td></tr>",  # a column's name: no document
    "<tr><td><b>清水县林业局2024年森林防火工作计划</b></td></tr>",  # another year's document
    f"<tr><td><b><a href=\"/2.html\">{TITLE}</a></b></td></tr>",  # a link: another page's
    f"<tr><td>{TITLE}</td></tr>",  # a plain line: nothing sets it apart
])
def test_a_line_not_set_apart_as_this_documents_title_leaves_the_office_as_title(tmp_path: Path, cell: str) -> None:
    blocks = _blocks(tmp_path, _page(cell))
    assert (blocks[0].kind, blocks[0].text) == ("title", "清水县林业局")
