"""One search hit per passage: copies of a plan in several formats, a scanned copy's OCR
text included, fold into one."""

from __future__ import annotations

from typing import Any

from jihua.pipeline.archive.passages import collapse


def _row(text: str, fmt: str, block: str, section: str, series: str = "某市民政局|社会救助工作要点",
         path: str = "/档案/要点.pdf") -> dict[str, Any]:
    return {"series_key": series, "year": 2024, "title": "某市民政局2024年社会救助工作要点", "block_id": block,
            "section_id": section, "text": text, "kind": "paragraph", "format": fmt, "path": path}


def test_a_scanned_copy_read_a_few_characters_otherwise_is_the_same_passage() -> None:
    text = "全年开展低保对象动态核查不少于2次，城乡低保标准分别提高到每人每月800元和650元以上。"
    ocr = text.replace("动态", "动杰").replace("650", "65O")
    passages = collapse([_row(text, "pdf", "b1", "s1"), _row(ocr, "pdf", "b9", "s7", path="/档案/要点（扫描）.pdf"),
                         _row("做好临时救助工作，乡镇临时救助备用金设立率达到100%。", "pdf", "b2", "s1")])
    assert [p.row["block_id"] for p in passages] == ["b1", "b2"]


def test_the_same_words_in_another_series_are_another_passage() -> None:
    text = "全年开展低保对象动态核查不少于2次。"
    passages = collapse([_row(text, "docx", "b1", "s1"), _row(text, "docx", "b1", "s1", series="某县民政局|社会救助工作要点")])
    assert len(passages) == 2


def test_parallel_passages_of_one_file_stay_apart() -> None:
    rows = [_row(f"第{q}季度开展一次低保对象动态核查，及时调整救助对象。", "docx", f"b{q}", "s1") for q in "一二三"]
    assert len(collapse(rows)) == 3
