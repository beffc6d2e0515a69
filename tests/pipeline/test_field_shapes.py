"""Shapes of documents from the field that earlier rules misread: summaries dated by the year
they sum up, WeChat article copies, document-site copies broken at page lines, 文号 lines,
plans spanning years. Every text here is our own."""

from __future__ import annotations

from pathlib import Path

from jihua.pipeline.rules.periods import planned_year


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_summary_plans_for_the_year_after_the_one_it_sums_up() -> None:
    assert planned_year("某县林业局2024年工作总结和2025年工作思路", 2024) == 2025
    assert planned_year("2023年度双拥工作总结", 2023) == 2024
    assert planned_year("某镇2024年上半年工作总结", 2024) == 2024  # the rest of the same year
    assert planned_year("某县2024年工作要点", 2024) == 2024


def test_a_summarys_review_part_named_by_its_year_reports_achievements(parser, tmp_path: Path) -> None:
    path = _write(tmp_path, "summary.txt",
                  "某县水务局2024年工作总结和2025年工作思路\n一、2024年工作总结\n"
                  "全县新建农村供水工程12处，农村自来水普及率达到96.5%，同比提高1.2个百分点。\n"
                  "二、2025年工作思路\n新建农村供水工程15处，农村自来水普及率达到97%以上。\n")
    doc = parser.parse(path).documents[0]
    assert [(t.value, t.unit) for t in doc.targets] == [(15, "处"), (97, "%")]
    assert {(t.value, t.unit) for t in doc.achievements} >= {(12, "处"), (96.5, "%")}
