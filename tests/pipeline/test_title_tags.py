"""Status and period notes after a title's kind word: "（征求意见稿）", "（试行）", "（修订版）", "（2026—2028年）".

One or several of them are part of the title's shape: the title keeps them, and the org, the kind
and the year are read as from the title without them (the year of a period note is the plan's, the
year of a revision note is not). The texts are written for these tests (fictional places).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from jihua.pipeline.rules.titles import org_from_title, place_opening, year_from_title
from jihua.pipeline.title_lines import TITLE_END

from tests.writers import write_docx, write_txt

_BODY = [
    "为加快补齐农村供水短板，结合本县实际，制定本方案。",
    "一、总体要求",
    "坚持城乡统筹、建管并重，推动农村供水提质增效。",
    "二、阶段目标",
    "（一）2027年目标",
    "农村自来水普及率达到96%，新建改造供水管网120公里。",
    "（二）2029年目标",
    "农村自来水普及率达到99%以上，规模化供水工程覆盖人口比例达到85%。",
    "三、保障措施",
    "各乡镇要落实属地责任，确保各项任务按期完成。",
]
_STEM = "栖霞岭县农村供水保障提升实施方案"


@pytest.mark.parametrize("tags", ["（2027—2029年）（修订版）", "（2027-2029年）（征求意见稿）（送审稿）",
                                  "（试行）（2027—2029年）", "（2027—2029年）（草案）", "（2027年至2029年）（修订稿）"])
def test_a_title_ending_in_several_notes_is_a_title_read_as_without_them(tags: str) -> None:
    title = _STEM + tags
    assert TITLE_END.search(title)
    # only status and period notes may follow one another: two notes of any other kind are no title's shape
    assert not TITLE_END.search("供水工程建设方案（东片区）（含管网）")
    assert year_from_title(title) == (True, 2027)  # the first year of the period it names
    assert (org_from_title(title), place_opening(title)) == (org_from_title(_STEM), place_opening(_STEM)) \
        == (None, "栖霞岭县")


@pytest.mark.parametrize("tag", ["（暂行）", "（修订）", "（讨论稿）", "（修订版）", "（2026年修订）"])
def test_a_status_note_alone_leaves_the_place_and_gives_no_year(tag: str) -> None:
    assert place_opening(_STEM + tag) == "栖霞岭县"
    assert year_from_title(_STEM + tag) == (False, None)  # a revision's year is not the plan's
    assert org_from_title("栖霞岭县水利局2027年工作要点" + tag) == "栖霞岭县水利局"


@pytest.mark.parametrize(("shape", "suffix"), [(write_txt, ".txt"), (write_docx, ".docx")], ids=["txt", "docx"])
@pytest.mark.parametrize("tags", ["（2027—2029年）（修订版）", "（2027—2029年）（征求意见稿）（送审稿）"])
def test_a_tagged_multi_year_plan_keeps_its_title_org_year_and_later_stage_targets(
        parser, tmp_path, shape, suffix, tags) -> None:  # type: ignore[no-untyped-def]
    title = _STEM + tags
    [doc] = parser.parse(shape(tmp_path / f"plan{suffix}", [title, *_BODY])).documents
    assert (doc.title, doc.org, doc.year, doc.doc_type) == (title, "栖霞岭县", 2027, "plan")
    assert title not in doc.paragraphs
    # the plan runs to 2029: the last stage's figures are its own targets
    assert {(t.value, t.unit) for t in doc.targets} >= {(96, "%"), (99, "%"), (85, "%")}


def test_the_kind_is_read_before_the_notes_and_a_revision_year_dates_only_what_nothing_else_dates(
        parser, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """"…工作报告整改任务实施方案（…）（…）" is a plan: its kind word is the one before the notes. A revision's
    year ("（2026年修订）") is no plan year, but it dates a plan whose text names none."""
    title = "栖霞岭县落实审计工作报告整改任务实施方案（2027—2029年）（征求意见稿）"
    [doc] = parser.parse(write_txt(tmp_path / "rectify.txt", [title, *_BODY])).documents
    assert (doc.title, doc.doc_type, doc.year) == (title, "plan", 2027)
    title = "栖霞岭县突发地质灾害应急预案（2026年修订）"
    lines = [title, "一、总则", "为科学高效处置突发地质灾害，制定本预案。", "二、应急响应", "各乡镇要及时上报灾情。"]
    [doc] = parser.parse(write_txt(tmp_path / "contingency.txt", lines)).documents
    assert (doc.title, doc.year) == (title, 2026)


def test_a_tagged_title_in_a_pdf(tmp_path: Path) -> None:
    from jihua.pipeline.runner import parse_file

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (CI installs it)")
    title = _STEM + "（2027—2029年）（修订版）"
    d = docx.Document()
    heading = d.add_paragraph(title)
    heading.alignment = 1  # centred, as a title is printed
    heading.runs[0].bold = True
    for line in _BODY:
        d.add_paragraph(line)
    d.save(str(tmp_path / "plan.docx"))
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(tmp_path / "plan.docx")], check=True, capture_output=True, timeout=180)
    [doc] = parse_file(tmp_path / "plan.pdf").documents
    assert (doc.title, doc.org, doc.year) == (title, "栖霞岭县", 2027)


@pytest.mark.parametrize(("title", "year"), [
    ("柳川县落实2035年远景目标2026年工作要点", 2026),  # the horizon is no year: the plan's own follows it
    ("柳川市第十五个五年规划和二〇三五年远景目标纲要", 2026),  # the period's first year
    ("柳川市2035年远景目标纲要", 2035),  # only a horizon: the one year there is
])
def test_a_horizon_year_gives_way_to_the_plans_own(title: str, year: int) -> None:
    assert year_from_title(title) == (True, year)
