"""A masthead line over a title that is whole on its own line: two lines, not one title. Every text
is our own."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.mark.parametrize(("masthead", "title", "org"), [
    ("文化旅游服务中心办公室", "湖滨区文化旅游服务中心2027年工作要点", "湖滨区文化旅游服务中心"),
    ("总工会女职工委员会", "湖滨区总工会女职工委员会2027年工作计划", "湖滨区总工会女职工委员会"),
])
def test_a_line_over_a_whole_title_is_its_masthead(parser, tmp_path: Path, masthead: str, title: str, org: str) -> None:
    """The second line names its org and year and ends in a document kind: the title alone; the line
    over it (an office's or committee's name) is kept aside as the title block, not joined."""
    path = tmp_path / "plan.txt"
    path.write_text(f"{masthead}\n{title}\n一、强化服务保障\n全年开展入企服务不少于一百二十次，解决企业诉求九十件以上。\n",
                    encoding="utf-8")
    result = parser.parse(path)
    doc = result.documents[0]
    assert (doc.title, doc.org) == (title, org)
    assert [r.text for r in result.removed_reasons] == [masthead]


def test_an_org_line_over_a_title_naming_no_org_still_joins(parser, tmp_path: Path) -> None:
    """"湖滨区交通运输局" over "2027年农村公路养护工作方案": the second names no org, so the two lines are
    one title."""
    path = tmp_path / "plan.txt"
    path.write_text("湖滨区交通运输局\n2027年农村公路养护工作方案\n一、目标任务\n全年完成农村公路养护里程三百公里。\n",
                    encoding="utf-8")
    assert parser.parse(path).documents[0].title == "湖滨区交通运输局2027年农村公路养护工作方案"
