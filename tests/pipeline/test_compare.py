"""Diff: known edits between the corpus's 2023 and 2024 plans, across formats; noise stays out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jihua.pipeline.compare.align import inline_ops
from jihua.pipeline.compare.diff import compare
from jihua.pipeline.text.normalize import bare

ROOT = Path(__file__).resolve().parents[2]
EDITS = json.loads((ROOT / "corpus" / "pairs" / "qinghe-2023-plan__qinghe-2024-plan.edits.json").read_text("utf-8"))


def _found(edit: dict, result) -> bool:
    old, new = bare(edit["old"] or ""), bare(edit["new"] or "")
    if edit["kind"] in ("renamed", "moved"):
        return any(s.status != "same" and (not old or old == bare(s.old_heading or ""))
                   and (not new or new == bare(s.new_heading or ""))
                   and ("renamed" in s.kinds if edit["kind"] == "renamed" else s.status == "moved")
                   for s in result.sections)
    for item in result.items:
        if item.status == "same":
            continue
        if (not old or old in bare(item.old or "")) and (not new or new in bare(item.new or "")) \
                and item.status == ("changed" if old and new else edit["kind"]):
            return True
    return False


def _assert_every_known_edit(result) -> None:
    missed = [e for e in EDITS["edits"] if not _found(e, result)]
    assert not missed
    changed_items = [i for i in result.items if i.status != "same"]
    assert len(changed_items) <= 2 * len(EDITS["edits"])
    assert (result.old.year, result.new.year) == (2023, 2024)


def test_every_known_edit_is_reported_word_to_pdf(diff_2023_2024) -> None:
    _assert_every_known_edit(diff_2023_2024)


@pytest.mark.parametrize(("old_name", "new_name"), [
    ("qinghe-2023-plan.gb18030.txt", "qinghe-2024-plan.pptx"),
    ("qinghe-2023-plan.pdf", "qinghe-2024-plan.styled.docx"),
])
def test_every_known_edit_is_reported_across_formats(parser, corpus_files: Path, old_name: str, new_name: str) -> None:
    _assert_every_known_edit(compare(parser.parse(corpus_files / old_name), parser.parse(corpus_files / new_name)))


def test_targets_that_moved_and_how(diff_2023_2024) -> None:
    result = diff_2023_2024
    changes = {(t.old.text if t.old else None, t.new.text if t.new else None): t for t in result.targets
               if t.status != "same"}
    raised = changes[("组织军民共建活动不少于5次", "组织军民共建活动不少于8次")]
    assert (raised.direction, raised.delta, raised.kinds) == ("raised", 3.0, ["value"])
    period = changes[("每季度召开一次军地联席会议", "每月召开一次军地联席会议")]
    assert period.kinds == ["period"] and period.old.period == "每季度" and period.new.period == "每月"
    assert result.summary.targets_raised == 3 and result.summary.targets_lowered == 0


def test_same_plan_in_two_formats_has_no_changes(parser, corpus_files: Path) -> None:
    result = compare(parser.parse(corpus_files / "qinghe-2023-plan.styled.docx"),
                     parser.parse(corpus_files / "qinghe-2023-plan.html"))
    assert result.similarity == 1.0
    assert {s.status for s in result.sections} == {"same"}
    assert {i.status for i in result.items} == {"same"} and {t.status for t in result.targets} == {"same"}


def test_inline_diff_keeps_numbers_whole_and_ignores_quote_width() -> None:
    ops = inline_ops("以“八一”为契机，刊发稿件不少于40篇。", '以"八一"为契机，刊发稿件不少于60篇。')
    assert [op for op in ops if op[0] != "equal"] == [("replace", "40", "60")]
