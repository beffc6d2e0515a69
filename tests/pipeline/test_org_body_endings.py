"""The issuer a title opens with when nothing (no year, no 关于, no 工作) sets it off from the topic: the
longest prefix ending in a body's own ending — but not through a word the ending's character opens
("…局属学校", "…馆藏", "…站点"), nor a common noun or a facility over its own construction.

The titles are written for these tests (fictional places and bodies).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.pipeline.rules.titles import org_from_title


@pytest.mark.parametrize(("title", "org"), [
    ("松岭县水文局汛期监测能力提升实施方案", "松岭县水文局"),
    ("柏川区档案馆数字档案建设方案", "柏川区档案馆"),
    ("柏川区疾病预防控制中心传染病防控方案", "柏川区疾病预防控制中心"),
    ("松岭县农业技术推广站耕地质量提升方案", "松岭县农业技术推广站"),
    ("县司法局普法宣传实施方案", "县司法局"),
    # the ending's character again right after the name: a word about the body, the name ended before it
    ("松岭县教育局局属学校安全管理方案", "松岭县教育局"),
    ("柏川区文化馆馆藏文物保护方案", "柏川区文化馆"),
    # the ending's character opens a word with what follows: no name ends inside it
    ("松岭县水文局监测站点布设方案", "松岭县水文局"),
    ("松岭县卫生健康局部门协同工作方案", "松岭县卫生健康局"),
])
def test_the_body_before_a_topic_without_a_separator(title: str, org: str) -> None:
    assert org_from_title(title) == org


@pytest.mark.parametrize(("title", "org", "not_one"), [
    # a facility over its own construction is the project; the same ending over another topic, its issuer
    ("松岭县体育馆全民健身服务方案", "松岭县体育馆", "松岭县体育馆改扩建实施方案"),
    ("松岭县气象站灾害预警服务方案", "松岭县气象站", "松岭县气象站建设方案"),
    # common nouns ending as a body does; no place: a kind of unit, no body; 会 alone ends no name
    ("松岭县邮政管理局快递包装治理方案", "松岭县邮政管理局", "松岭县产业布局优化方案"),
    ("松岭县卫生监督所控烟执法方案", "松岭县卫生监督所", "松岭县公共场所控烟方案"),
    ("松岭县社区服务中心志愿服务方案", "松岭县社区服务中心", "社区服务中心建设方案"),
    ("松岭县总工会职工技能竞赛方案", "松岭县总工会", "松岭县运动会筹备方案"),
])
def test_an_ending_closes_a_name_only_of_a_body(title: str, org: str, not_one: str) -> None:
    assert (org_from_title(title), org_from_title(not_one)) == (org, None)


def test_the_parsed_plan_names_the_body_not_its_place(parser, tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text("松岭县水文局汛期监测能力提升实施方案\n一、工作目标\n全年新建水位站6个。\n二、保障措施\n加强领导。\n",
                    encoding="utf-8")
    assert parser.parse(path).documents[0].org == "松岭县水文局"
