"""A 红头 file issuing a plan whose title names only its place ("某县2026年…实施方案", "某县关于…的实施方案"): the
masthead ("…人民政府办公室文件") prints the issuer's own name, and when that is a body of the place the title names,
it is the plan's org — whatever the notice's words say of who approved it. A title that names a body keeps it; a
masthead of another place names no issuer of this plan. Invented county, offices and wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fodt import paragraph, render
from tests.writers import write_docx, write_txt

_OFFICE = "桐岭县人民政府办公室"
_PLAN = "桐岭县2026年农村供水保障提升实施方案"
_BODY = ["为提升农村供水保障水平，结合我县实际，制定本方案。", "一、工作目标",
         "到2026年底，农村自来水普及率达到96%以上，规模化供水工程覆盖人口比例达到70%。", "二、重点任务",
         "（一）实施供水工程改造。全年改造提升集中供水工程18处，新建管网120公里。",
         "（二）强化水质检测。每季度开展一次水质抽检，合格率稳定在95%以上。", "三、保障措施",
         "各乡镇要落实属地责任，县水利局每月调度一次工作进展。"]


def _file(title: str = _PLAN, masthead: str = f"{_OFFICE}文件", issuer: str = _OFFICE,
          verb: str = "印发") -> list[str]:
    return [masthead, "桐政办发〔2026〕5号", f"{issuer}关于{verb}{title}的通知", "各乡镇人民政府，县直各单位：",
            f"《{title}》已经县人民政府同意，现{verb}给你们，请认真贯彻执行。", issuer, "2026年2月26日",
            "（此件公开发布）", title, *_BODY, "抄送：县委办公室，县人大常委会办公室，县政协办公室。",
            f"{issuer}　　2026年2月26日印发"]


@pytest.mark.parametrize("writer", [write_txt, write_docx])
@pytest.mark.parametrize("title", [_PLAN, "桐岭县关于推进农村供水保障提升的实施方案"])
def test_the_mastheads_body_of_the_titled_place_is_the_org(parser, tmp_path: Path, writer, title: str) -> None:
    [doc] = parser.parse(writer(tmp_path / ("file.txt" if writer is write_txt else "file.docx"), _file(title))).documents
    assert (doc.title, doc.org, doc.year) == (title, _OFFICE, 2026)


def test_a_red_head_pdf_names_its_issuer(parser, tmp_path: Path) -> None:
    lines = _file()
    body = "".join(paragraph(line, "Title" if k in (0, 2, 8) else "Flush" if k < 8 else "Standard")
                   for k, line in enumerate(lines))
    [doc] = parser.parse(render(tmp_path, body, size=14, name="redhead")).documents
    assert (doc.title, doc.org, doc.year) == (_PLAN, _OFFICE, 2026)


def test_a_title_naming_a_body_and_another_places_masthead_keep_the_titles_org(parser, tmp_path: Path) -> None:
    titled = "桐岭县水利局2026年农村供水保障提升实施方案"
    [doc] = parser.parse(write_txt(tmp_path / "titled.txt", _file(titled))).documents
    assert doc.org == "桐岭县水利局"
    # the county's office passes on its city's plan: the masthead is the county's, the plan the city's
    city = "柏州市2026年农村供水保障提升实施方案"
    [doc] = parser.parse(write_txt(tmp_path / "city.txt", _file(city, verb="转发"))).documents
    assert (doc.title, doc.org) == (city, "柏州市")
