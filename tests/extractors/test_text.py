"""TXT: encodings detected from the bytes; aligned columns read as a table."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.extractors.text import detect_encoding

from jihua import extractors

SAMPLE = "某镇2024年双拥工作计划\n一、指导思想\n坚持以习近平新时代中国特色社会主义思想为指导。\n"


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("gb18030", b""), ("gbk", b""), ("utf-16-le", b"\xff\xfe"),
     ("utf-16-be", b"\xfe\xff"), ("utf-16-le", b"")],
)
def test_encodings_decode_to_the_same_text(tmp_path: Path, encoding: str, bom: bytes) -> None:
    path = tmp_path / f"plan-{encoding}.txt"
    path.write_bytes(bom + SAMPLE.replace("\n", "\r\n").encode(encoding))
    _, blocks = extractors.extract(path)
    assert [b.text for b in blocks] == SAMPLE.strip().split("\n")


def test_gb18030_only_characters_survive(tmp_path: Path) -> None:
    text = "𠀀 是 GB18030 四字节字符，㐀 也是。\n"
    path = tmp_path / "rare.txt"
    path.write_bytes(text.encode("gb18030"))
    assert detect_encoding(path.read_bytes()) == "gb18030"
    assert extractors.extract(path)[1][0].text == text.strip()


def test_corpus_web_copy_table_and_lines(corpus_files: Path) -> None:
    kind, blocks = extractors.extract(corpus_files / "qinghe-2023-plan.gb18030.txt")
    assert kind == "txt"
    tables = [b for b in blocks if b.kind == "table"]
    assert tables[0].rows[0] == ["时间", "主要工作", "责任单位"] and len(tables[0].rows) == 5
    assert any(b.text == "一、指导思想" for b in blocks)


def test_markdown_emphasis_links_and_code_marks_are_not_text(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text("# 某县2025年安全生产工作要点\n\n签订率达到**100%**，详见[附件](a.html)。\n\n"
                    "| 指标 | 2025年目标 |\n|---|---|\n| **隐患整改率（%）** | ≥99 |\n", encoding="utf-8")
    _, blocks = extractors.extract(path)
    assert [b.text for b in blocks if b.kind == "paragraph"] == ["签订率达到100%，详见附件。"]
    assert [b.rows for b in blocks if b.kind == "table"] == [[["指标", "2025年目标"], ["隐患整改率（%）", "≥99"]]]


def test_a_copy_saved_from_page_source_reads_its_entities_as_the_page_showed_them(tmp_path: Path) -> None:
    path = tmp_path / "copy.txt"
    path.write_text("青禾县2025年档案工作计划\n\n&nbsp;&nbsp;&nbsp;&nbsp;一、工作目标\n\n"
                    "&nbsp;&nbsp;&nbsp;&nbsp;全年接收进馆档案不少于3000卷&#65292;开展&ldquo;档案开放日&rdquo;活动。\n",
                    encoding="utf-8")
    texts = [b.text for b in extractors.extract(path)[1]]
    assert texts == ["青禾县2025年档案工作计划", "一、工作目标", "全年接收进馆档案不少于3000卷，开展“档案开放日”活动。"]


def test_markdown_bold_run_in_heading_ending_in_full_stop(parser, tmp_path: Path) -> None:
    """"**2. 标题。**正文": CommonMark leaves this bold unparsed (the closing marks follow 。 and
    precede a letter); the marks still go and the bold label + title is a run-in heading."""
    path = tmp_path / "runin.md"
    path.write_text("# 某街道2025年社区治理工作方案\n\n## 一、重点工作\n\n"
                    "**1. 完善网格管理。**全年配齐专职网格员40名，做到网格全覆盖。\n\n"
                    "**2. 化解矛盾纠纷。**每月开展一次矛盾排查，调解成功率达到95%以上。\n", encoding="utf-8")
    _, blocks = extractors.extract(path)
    assert not any("*" in b.text for b in blocks)
    doc = parser.parse(path).documents[0]
    part = doc.sections[0]
    assert [(c.number, c.heading, c.paragraphs) for c in part.children] == [
        ("1.", "完善网格管理", ["全年配齐专职网格员40名，做到网格全覆盖。"]),
        ("2.", "化解矛盾纠纷", ["每月开展一次矛盾排查，调解成功率达到95%以上。"])]
    assert all(not t.text.startswith("*") for t in doc.targets) and len(doc.targets) >= 2


def test_a_label_set_off_by_a_tab_is_no_table_column(tmp_path: Path) -> None:
    """"1.<tab>排查隐患" lines are a list (a label and its text), "区域<tab>任务" lines a table."""
    path = tmp_path / "list.txt"
    path.write_text("（一）\t排查隐患\n（二）\t整改销号\n区域\t任务\n城区\t清理违建\n", encoding="utf-8")
    _, blocks = extractors.extract(path)
    assert [b.text for b in blocks if b.kind == "paragraph"] == ["（一）\t排查隐患", "（二）\t整改销号"]
    assert [b.rows for b in blocks if b.kind == "table"] == [[["区域", "任务"], ["城区", "清理违建"]]]


_LAYOUT_TABLE = ["    序号    实事项目            牵头单位        完成时限",
                 "    1       建设口袋公园        县城管局        5月底",
                 "    2       新增停车泊位        县公安局        9月底",
                 "    3       改造农贸市场        县商务局        11月底"]


@pytest.mark.parametrize("note", ["    单位：处", "    资料来源：县发展改革局", "    以上项目均纳入民生实事"])
def test_a_note_under_an_indented_layout_table_is_no_cell_of_its_last_row(note: str) -> None:
    """A field under the table ("单位：处") or a line at the row number's column is a note of its own, never the
    last row's first cell run on ("3单位：处"): the number holds no text a wrap could have cut."""
    from jihua.extractors.text import layout_rows, table_runs

    lines = ["二、项目清单", *_LAYOUT_TABLE, note, "三、保障措施"]
    runs = table_runs(lines)
    assert runs == {1: len(_LAYOUT_TABLE)}, runs
    assert [row[0] for row in layout_rows(lines[1:1 + runs[1]])] == ["序号", "1", "2", "3"]


def test_rows_typed_indented_under_a_flush_left_header_stay_one_table(parser, tmp_path: Path) -> None:
    """Every row opens with a tab, the header does not: the tab opens no empty cell (the row is the header's
    width without it), so the header and its rows stay one table and the rows' figures are targets."""
    head = "序号\t重点工作\t责任单位\t完成时间"
    rows = ["\t1\t改造老旧小区12个\t市城建局\t9月底", "\t2\t新增公共停车位800个\t市交通局\t10月底",
            "\t3\t建成口袋公园6处\t市园林局\t11月底"]
    path = tmp_path / "plan.txt"
    path.write_text("北山市2026年城市更新工作方案\n一、重点任务\n" + "\n".join([head, *rows]) + "\n",
                    encoding="utf-8")
    _, blocks = extractors.extract(path)
    tables = [b.rows for b in blocks if b.kind == "table"]
    assert len(tables) == 1 and tables[0][0] == head.split("\t") and tables[0][1] == rows[0].lstrip("\t").split("\t")
    assert len(tables[0]) == 4
    assert sorted(t.value for t in parser.parse(path).documents[0].targets) == [6, 12, 800]
