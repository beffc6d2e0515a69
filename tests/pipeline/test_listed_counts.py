"""One verb over a 、 list of counted things ("新建城市公园4个、口袋公园12个"): every part after the first measures the
verb's work on its own noun, however long that noun (`coordination.share_verb`); a part with a verb of its own keeps
its own measure. And a counted facility named in the sentence is no body responsible for its targets. Sentences are
our own."""

from __future__ import annotations

import pytest
from jihua.pipeline.targets import find_targets


@pytest.mark.parametrize(("sentence", "metrics"), [
    # a noun of three characters or more takes the verb too, as a two-character one did ("小学2所")
    ("新建城市公园4个、口袋公园12个。", ["新建城市公园", "新建口袋公园"]),
    ("全年培训乡村医生200人次、乡村教师300人次。", ["培训乡村医生", "培训乡村教师"]),
    ("新建社区食堂5个、日间照料中心2个、老年大学1所。", ["新建社区食堂", "新建日间照料中心", "新建老年大学"]),
    # a compound verb is lent whole: two verbs in a row, or 改扩建 after 新建
    ("年内新建改扩建农村寄宿制学校2所、幼儿园3所。", ["新建改扩建农村寄宿制学校", "新建改扩建幼儿园"]),
    ("建设改造农村公路50公里、危桥8座。", ["建设改造农村公路", "建设改造危桥"]),
    ("改造提升农贸市场3个、集贸市场5个。", ["改造提升农贸市场", "改造提升集贸市场"]),
])
def test_every_listed_count_carries_the_verb_before_the_list(sentence: str, metrics: list[str]) -> None:
    assert [f.metric for f in find_targets(sentence)] == metrics


_LENT = "新建社区公园3个、口袋公园12个，"  # a list that lends its verb, before one whose parts keep their own measures


@pytest.mark.parametrize(("rest", "metrics"), [
    # a part with a verb of its own measures its own work
    ("完成固定资产投资5亿元、城镇新增就业3000人。", ["完成固定资产投资", "城镇新增就业"]),
    ("引进企业5家、带动就业300人。", ["引进企业", "带动就业"]),
    # a rate, or money, is no count the verb makes
    ("建成文化广场3个、村级综合服务站覆盖率达到100%。", ["建成文化广场", "村级综合服务站覆盖率"]),
    ("新建标准厂房5万平方米、投资2亿元。", ["新建标准厂房", "投资"]),
    # nor is a count in another unit, unless both count things made: another work is counted
    ("开展技能培训20场次、参训人员1500人次。", ["开展技能培训", "参训人员"]),
    ("整治河道20公里、清理垃圾300吨。", ["整治河道", "清理垃圾"]),
    # a first part that opens with no verb lends none
    ("地区生产总值增长6%、一般公共预算收入12亿元。", ["地区生产总值增长", "一般公共预算收入"]),
])
def test_a_listed_part_with_its_own_measure_keeps_it(rest: str, metrics: list[str]) -> None:
    assert [f.metric for f in find_targets(_LENT + rest)] == ["新建社区公园", "新建口袋公园", *metrics]


PLAN = """青禾县2026年民生实事工作计划
一、工作目标
2026年，新建改扩建城乡社区养老服务站15个、中小学校2所、幼儿园3所。
建成15个村级综合服务站，配备专职人员30名。
由县民政局牵头，建成社区食堂8个。
"""


@pytest.mark.parametrize("fixture", ["parser", "nlp_parser"])
def test_a_counted_facility_is_no_body_responsible(fixture: str, request, tmp_path) -> None:
    """"新建…养老服务站15个": the 服务站 is what the figure counts, not who is to build it; a body that leads the
    work ("由县民政局牵头") still is."""
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    doc = request.getfixturevalue(fixture).parse(path).documents[0]
    assert [(t.value, t.org) for t in doc.targets] == [
        (15, None), (2, None), (3, None), (15, None), (30, None), (8, "县民政局")]


def test_a_counted_body_stays_the_body_responsible(nlp_parser, tmp_path) -> None:
    """"组织全县12个乡镇政府开展自查": bodies counted are still the bodies the work is for; only a facility is made."""
    path = tmp_path / "plan.txt"
    path.write_text("青禾县2026年安全生产工作计划\n一、工作目标\n建成15个村级综合服务站，组织全县12个乡镇政府开展自查，"
                    "整改问题40个。\n", encoding="utf-8")
    doc = nlp_parser.parse(path).documents[0]
    assert [(t.value, t.org) for t in doc.targets] == [(15, "乡镇政府"), (40, "乡镇政府")]
