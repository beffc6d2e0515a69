"""The issuer a title opens with when nothing (no year, no 关于, no 工作) sets it off from the topic: the
longest prefix ending in a body's own ending — but not through a word the ending's character opens
("…局属学校", "…馆藏", "…站点"), nor a common noun or a facility over its own construction; not inside a word
("…小学|生…", "…局|部地区…"), and not at a kind of unit after its place or its body ("…县学校…", "…局学校…").

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


@pytest.mark.parametrize("title", [
    # a word runs through the cut after the ending: the ending is that word's, no name ends there
    "桐岩县中小学生视力健康管理方案",
    "桐岩县局部地区强降雨应急预案",
    "梅沙区城区局部积水整治方案",
    "桐岩县公交站台提升方案",
    "桐岩县宾馆酒店消防安全整治方案",
    "桐岩县中心镇培育实施方案",
    # an ending alone after the place, or schools of several grades: a kind of unit, no unit's name
    "桐岩县中心城区排水改造方案",
    "桐岩县所辖水库安全度汛方案",
    "桐岩县学校食堂食品安全管理方案",
    # a facility's kind led by the class of units it falls in; a common noun of venues
    "梅沙区各文化站免费开放方案",
    "桐岩县体育场馆免费低收费开放方案",
])
def test_no_name_ends_inside_a_word_or_at_a_kind_of_unit(title: str) -> None:
    assert org_from_title(title) is None


@pytest.mark.parametrize(("title", "org", "kept", "name"), [
    # once the body's name has closed, a kind of unit after it is the topic's, not a longer name; a unit with
    # words of its own after the body is named with it
    ("桐岩县教育局学校食堂管理方案", "桐岩县教育局", "桐岩县卫生健康局卫生监督所控烟执法方案", "桐岩县卫生健康局卫生监督所"),
    ("桐岩县教育局中小学生体质监测方案", "桐岩县教育局", "桐岩县气象局人工影响天气作业方案", "桐岩县气象局"),
    ("桐岩县疾病预防控制中心学校传染病防控方案", "桐岩县疾病预防控制中心", "桐岩县融媒体中心新闻宣传方案", "桐岩县融媒体中心"),
    # a kind of hospital or school is none; a county's own hospital and schools, a centre school are names
    ("桐岩县公立医院绩效考核方案", None, "桐岩县医院院感防控方案", "桐岩县医院"),
    ("桐岩县乡镇卫生院基本公共卫生服务方案", None, "桐岩县人民医院护理质量提升方案", "桐岩县人民医院"),
    ("桐岩县中小学校园周边治理方案", None, "桐岩县中心学校教研方案", "桐岩县中心学校"),
    # a word through the cut, with a topic word after it too; a school's name before a word that opens there
    ("桐岩县中学生资助工作方案", None, "桐岩县第一中学生物学科建设方案", "桐岩县第一中学"),
    ("桐岩县小学生课后托管实施方案", None, "梅沙区青石镇中心小学课后服务方案", "梅沙区青石镇中心小学"),
])
def test_a_name_ends_at_its_own_words(title: str, org: str | None, kept: str, name: str) -> None:
    assert (org_from_title(title), org_from_title(kept)) == (org, name)


def test_the_parsed_plan_names_the_body_not_its_place(parser, tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text("松岭县水文局汛期监测能力提升实施方案\n一、工作目标\n全年新建水位站6个。\n二、保障措施\n加强领导。\n",
                    encoding="utf-8")
    assert parser.parse(path).documents[0].org == "松岭县水文局"


@pytest.mark.parametrize(("title", "org"), [
    ("桐岩县中心城区排水改造方案", "桐岩县"),  # no name ends inside the title's words: the place issues it
    ("桐岩县教育局学校食堂管理方案", "桐岩县教育局"),
])
def test_the_parsed_plan_falls_back_to_its_place_or_body(parser, tmp_path: Path, title: str, org: str) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(f"{title}\n一、工作目标\n全年完成改造8处。\n二、保障措施\n加强领导。\n", encoding="utf-8")
    assert parser.parse(path).documents[0].org == org
