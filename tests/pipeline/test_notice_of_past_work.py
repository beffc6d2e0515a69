"""A 通报 on a past period's work whose parts review it (工作成效, 存在问题, 下一步工作) reports that work: a summary.
Its parts never make it a plan, and a 通报 of results or on a period still ahead stays a paper of its own kind.
Every document here is our own."""

from __future__ import annotations

from pathlib import Path

import pytest

_REVIEW = ("一、工作成效\n　　全年共发生生产安全事故3起，同比下降40%。开展隐患排查整治行动12次，整改隐患1860处。\n"
           "二、存在问题\n　　部分企业主体责任落实不到位，个别乡镇监管力量薄弱。\n"
           "三、下一步工作\n　　各乡镇、各部门要深刻汲取事故教训，持续深化安全生产治本攻坚行动。\n")
_PLAN = ("一、工作目标\n　　全年生产安全事故起数下降10%以上。\n二、主要任务\n　　开展隐患排查整治行动12次。\n"
         "三、保障措施\n　　县应急管理局负责统筹协调。\n")


def _kind(parser, tmp_path: Path, title: str, body: str, signed: str) -> str:  # type: ignore[no-untyped-def]
    text = f"{title}\n各乡镇人民政府，县直各单位：\n　　现将有关情况通报如下。\n{body}青石县安全生产委员会办公室\n{signed}\n"
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    return str(parser.parse(path).documents[0].doc_type)


@pytest.mark.parametrize("title", [
    "关于2024年度全县安全生产工作的通报",
    "青石县安委办关于2025年上半年全县安全生产工作的通报",
])
def test_a_notice_reviewing_a_past_periods_work_is_a_summary(parser, tmp_path: Path, title: str) -> None:
    assert _kind(parser, tmp_path, title, _REVIEW, "2025年7月20日") == "summary"


def test_a_notice_laid_out_as_a_plan_stays_other(parser, tmp_path: Path) -> None:
    """Guard: goals, tasks and safeguards do not make a 通报 a plan."""
    assert _kind(parser, tmp_path, "关于2024年度全县安全生产工作的通报", _PLAN, "2025年1月20日") == "other"


def test_a_notice_on_a_later_years_work_stays_other(parser, tmp_path: Path) -> None:
    """Guard: signed before the year it names, the 通报 reviews no work of that year."""
    assert _kind(parser, tmp_path, "关于2026年度全县安全生产工作的通报", _REVIEW, "2025年1月20日") == "other"


def test_a_notice_of_results_stays_other(parser, tmp_path: Path) -> None:
    """Guard: a 通报 of a ranking ("…考核结果通报") reports no work of its own, whatever its parts."""
    assert _kind(parser, tmp_path, "青石县2024年度安全生产工作考核结果通报", _REVIEW, "2025年1月20日") == "other"
