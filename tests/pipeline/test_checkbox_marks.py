"""A form's check boxes at a line's end ("是[ ] 否[ ]", "有[] 无[]") are its text; only a note's mark there goes — an
empty "[]" after a sentence's end, or a numbered "[3]" whose note the document no longer holds. Every text here is
written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.writers import write_docx


@pytest.mark.parametrize("line", [
    "是否已建立隐患排查台账：是[ ] 否[ ]",
    "辖区内是否有在建工程：有[] 无[]",
    "本单位已完成年度自查：是[]",
])
def test_check_boxes_at_a_lines_end_stay(parser, tmp_path: Path, line: str) -> None:
    lines = ["青石县2026年燃气安全专项检查工作方案", "一、检查内容", "各乡镇按下列事项逐项填报：", line,
             "二、工作要求", "各乡镇于3月31日前报送检查表。"]
    doc = parser.parse(write_docx(tmp_path / "form.docx", lines)).documents[0]
    assert line in doc.model_dump_json()


def test_a_notes_mark_after_a_sentence_still_goes(parser, tmp_path: Path) -> None:
    lines = ["青石县2026年燃气安全专项检查工作方案", "一、检查内容", "全年检查燃气经营企业12家，排查用户隐患2000户。[]",
             "二、工作要求", "各乡镇于3月31日前报送检查表。[3]"]
    text = parser.parse(write_docx(tmp_path / "plan.docx", lines)).documents[0].model_dump_json()
    assert "2000户。[]" not in text and "报送检查表。[3]" not in text and "报送检查表。" in text
