"""A list of annexes printed under the sign-off (落款) instead of above it: web copies and many
office files end "…办公室 / 2027年3月18日 / 附件：…". The sign-off is still the closing (org and
date), and the list stays in the text. The documents are our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.schemas.plan import walk

from tests.writers import write_docx, write_txt

_PLAN = [
    "桂溪市2027年高标准农田建设工作方案",
    "为加快推进高标准农田建设，夯实粮食安全根基，制定本方案。",
    "一、建设目标",
    "全年新建高标准农田4.6万亩，改造提升2.1万亩。",
    "二、保障措施",
    "各乡镇要落实属地责任，每月报送一次建设进度。",
    "桂溪市农业农村局",
    "2027年3月18日",
]
_ORG, _DATE = "桂溪市农业农村局", "2027年3月18日"

_LISTS = {
    "one": ["附件：桂溪市高标准农田建设项目乡镇联络员名单"],
    "numbered": ["附件：1.桂溪市高标准农田建设项目乡镇联络员名单", "2.桂溪市高标准农田建设任务分解统计表"],
    "bare": ["附件：", "1.桂溪市高标准农田建设项目乡镇联络员名单", "2.桂溪市高标准农田建设任务分解统计表"],
}


def _docx(path: Path, lines: list[str]) -> Path:
    """As offices type it: the parts' headings bold, the sign-off set flush right."""
    return write_docx(path, lines, bold=lambda line: line[:2] in ("一、", "二、"),
                      right=lambda line: line in (_ORG, _DATE))


@pytest.mark.parametrize(("shape", "suffix"), [(write_txt, ".txt"), (_docx, ".docx")], ids=["txt", "docx"])
@pytest.mark.parametrize("listed", sorted(_LISTS))
def test_the_sign_off_above_a_list_of_annexes_is_the_closing(parser, tmp_path, shape, suffix: str, listed: str) -> None:
    lines = _LISTS[listed]
    path = shape(tmp_path / f"plan{suffix}", _PLAN + lines)
    [doc] = parser.parse(path).documents
    assert (doc.org, doc.date, doc.closing) == (_ORG, _DATE, [_ORG, _DATE])
    assert [s.heading for s in doc.sections] == ["建设目标", "保障措施"]
    last = doc.sections[-1].paragraphs
    assert last[0] == "各乡镇要落实属地责任，每月报送一次建设进度。"
    assert _ORG not in last and _DATE not in last  # the sign-off left the last part's text
    # the list of annexes is kept, each name in it, as the last part's last text
    assert all(line.removeprefix("附件：") in " ".join(last[1:]) for line in lines if line != "附件：")


def test_an_annex_printed_with_its_own_text_after_the_sign_off_stays_an_annex(parser, tmp_path) -> None:
    """"附件：" over one name and the annex's own parts is the mark of an annex, not a list of names."""
    lines = [*_PLAN, "附件：", "桂溪市高标准农田建设项目乡镇联络员名单", "一、城南片区", "联络员负责片区内项目的进度报送。"]
    doc = parser.parse(write_txt(tmp_path / "annexed.txt", lines)).documents[0]
    assert (doc.org, doc.date) == (_ORG, _DATE)
    assert [s.heading for s in doc.sections] == ["建设目标", "保障措施", "附件 桂溪市高标准农田建设项目乡镇联络员名单"]
    assert [c.heading for c in doc.sections[-1].children] == ["城南片区"]


def test_a_bare_annex_mark_over_an_annex_with_its_own_parts_is_no_list_of_annexes(parser, tmp_path) -> None:
    """"附件：" over "一、重点任务" and its numbered tasks: the annex's own parts (a part's name, then
    sentences of work), not a list naming files (…名单, …统计表), so no line of it is joined."""
    annex = ["附件：", "一、重点任务", "1．开展农田水利设施隐患排查整治", "2．完善灌排工程运行管护机制",
             "二、保障措施", "1．落实乡镇管护经费"]
    doc = parser.parse(write_txt(tmp_path / "annexed.txt", [*_PLAN, *annex])).documents[0]
    assert (doc.org, doc.date) == (_ORG, _DATE)
    assert [s.heading for s in doc.sections][:2] == ["建设目标", "保障措施"]
    assert doc.sections[-1].heading.startswith("附件")  # a part of its own, after the plan's
    texts = [s.heading for s in walk(doc.sections)] + [p for s in walk(doc.sections) for p in s.paragraphs]
    assert not any("重点任务" in t and "隐患排查" in t for t in texts)  # no line joined to the next
    assert "落实乡镇管护经费" in " ".join(texts)
