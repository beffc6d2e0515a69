"""A site's banner atop a web copy is the page's, but a title printed on two lines whose first line ends in a site's
name ("…门户网站" / "…实施方案", "2025年某县政协网" / "宣传工作计划") is the document's: one title, nothing set aside.
Every document here is our own."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

_BODY = ("一、工作目标\n　　到2026年底，网站信息更新及时率达到100%。\n二、主要任务\n　　建立信息发布三审机制，每季度开展一次检查。\n"
         "三、保障措施\n　　县政府办公室负责统筹协调。\n")


@pytest.mark.parametrize(("first", "second"), [
    ("关于进一步加强青石县人民政府门户网站", "信息内容保障工作的实施方案"),
    ("2026年青石县政协网", "宣传工作计划"),
    ("青石县人民政府办公室关于加强政务网", "运维管理的工作方案"),
    ("青石县人大网", "信息报送工作要点"),
])
def test_a_title_on_two_lines_ending_in_a_sites_name_is_one_title(parser, tmp_path: Path, first: str, second: str) -> None:
    path = tmp_path / "copy.txt"
    path.write_text(f"{first}\n{second}\n{_BODY}", encoding="utf-8")
    result = parser.parse(path)
    assert result.documents[0].title == first + second
    assert not any(r.text == first for r in result.removed_reasons)


def test_a_banner_over_a_whole_title_is_still_the_pages(parser, tmp_path: Path) -> None:
    """Guard: the site's name over a title naming its own place is the page's banner, set aside with its reason."""
    path = tmp_path / "copy.txt"
    path.write_text(f"青石县人民政府门户网站\n青石县2026年政务公开工作要点\n{_BODY}", encoding="utf-8")
    result = parser.parse(path)
    assert result.documents[0].title == "青石县2026年政务公开工作要点"
    assert any(r.text == "青石县人民政府门户网站" and "banner" in r.reason for r in result.removed_reasons)


def test_a_word_files_title_line_ending_in_a_sites_name_is_never_set_aside(parser, tmp_path: Path) -> None:
    """A Word file carries no site banner: its title's first line ending in 门户网站 joins the second."""
    d = docx.Document()
    for line in ("关于进一步加强青石县人民政府门户网站", "信息内容保障工作的实施方案", *_BODY.replace("　", "").splitlines()):
        d.add_paragraph(line)
    d.save(str(tmp_path / "plan.docx"))
    result = parser.parse(tmp_path / "plan.docx")
    assert result.documents[0].title == "关于进一步加强青石县人民政府门户网站信息内容保障工作的实施方案"
