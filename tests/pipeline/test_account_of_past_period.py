""""概况" names a background part ("工程概况") — but an account of a finished period's work ("2024年工作概况" in a 2025
plan, "上半年工作概况") reviews it. Every document here is our own."""

from __future__ import annotations

from pathlib import Path

import pytest


def _types(parser, tmp_path: Path, title: str, first: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    text = (f"{title}\n一、{first}\n　　全县接待游客560万人次，实现旅游综合收入48亿元，同比分别增长12%和15%。\n"
            "二、工作目标\n　　全年接待游客突破600万人次，旅游综合收入达到52亿元。\n"
            "三、主要任务\n　　推进白鹭湖景区提质升级，新创建3A级景区2家。\n")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    return {s.heading: s.type for s in parser.parse(path).documents[0].sections}


@pytest.mark.parametrize(("title", "first"), [
    ("青石县文化和旅游局2025年工作计划", "2024年工作概况"),
    ("青石县文化和旅游局2025年下半年工作计划", "2025年上半年工作概况"),
    ("青石县文化和旅游局2025年第四季度工作计划", "前三季度工作概况"),
])
def test_an_account_of_a_past_period_is_a_review(parser, tmp_path: Path, title: str, first: str) -> None:
    assert _types(parser, tmp_path, title, first)[first] == "review"


@pytest.mark.parametrize("first", ["2025年工作概况", "景区概况"])
def test_an_account_of_the_plans_own_year_or_a_place_is_background(parser, tmp_path: Path, first: str) -> None:
    """Guard: an account of the plan's own year ("2025年工作概况" in a 2025 plan) or of a place is its background."""
    assert _types(parser, tmp_path, "青石县文化和旅游局2025年工作计划", first)[first] == "preamble"
