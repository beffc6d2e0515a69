"""A lead in percentage points set for a measure, a share moved beside a running total, and a joint sign-off.

"农民收入增速快于城镇居民2个百分点以上" sets the lead itself (2 个百分点, >=); "增长7%，高于全省平均1个百分点" only
explains the 7%. A clause going on from a running total due by the plan's deadline ("到2027年底，累计建成…，占…比例
提高4个百分点") is set as the total is. A sign-off of two bodies ("中共某乡委员会　某乡人民政府") is two names; under a title naming no body, it is the org, both in order.
The documents are our own.
"""

from __future__ import annotations

import pytest
from jihua.pipeline.rules.titles import joint_signers
from jihua.pipeline.stance import stance
from jihua.pipeline.targets import find_targets

from tests.writers import write_txt


@pytest.mark.parametrize(("sentence", "expected"), [
    ("易地搬迁群众人均收入增幅高于全市农民平均水平2个百分点以上。", [(2, "个百分点", ">=")]),
    ("山区农户经营性收入增速快于全区平均水平1.5个百分点。", [(1.5, "个百分点", "=")]),
    ("村集体经济收入增速超过全县平均水平3个百分点以上。", [(3, "个百分点", ">=")]),
    ("林下经济产值增幅高出全州平均水平0.8个百分点左右。", [(0.8, "个百分点", "≈")]),
])
def test_a_lead_in_points_a_measure_is_set_is_its_target(sentence: str, expected: list) -> None:
    assert [(f.value, f.unit, f.comparator) for f in find_targets(sentence)] == expected
    assert all(f.metric.startswith(sentence[:4]) for f in find_targets(sentence))  # the subject's measure


@pytest.mark.parametrize(("sentence", "kept"), [
    ("全区规上工业增加值增长8.2%，高于全州平均水平1.1个百分点。", [(8.2, "%")]),   # explains the figure before
    ("全区规上工业增加值增长8.2%，超过全州平均水平1.1个百分点。", [(8.2, "%")]),
    ("规上工业增加值增长8.2%高出全州平均1.1个百分点。", [(8.2, "%")]),              # the subject has its figure
    ("社会消费品零售总额增长6.1%，低于9%左右的预期目标。", [(6.1, "%")]),              # the figure compared with
    ("年度财政投入超过预算安排的60%。", [(60, "%")]),                                   # a share, no gap
])
def test_a_gap_beside_a_figure_stays_no_target(sentence: str, kept: list) -> None:
    assert [(f.value, f.unit) for f in find_targets(sentence)] == kept


def test_a_share_moved_beside_a_running_total_due_by_the_deadline_is_set() -> None:
    sentence = "到2027年底，全区累计建成旱涝保收农田达到21万亩，占耕地面积比例提高4个百分点。"
    found = list(find_targets(sentence))
    assert [(f.value, f.unit) for f in found] == [(21, "万亩"), (4, "个百分点")]
    assert [stance(sentence, f.clause, None, 2027) for f in found] == ["set", "set"]
    # a total taken ("截至…已累计") is reported, and the share going on from it with it
    taken = "截至2026年底，全区已累计建成旱涝保收农田18万亩，占耕地面积比例达到55%。"
    assert [stance(taken, f.clause, None, 2027) for f in find_targets(taken)] == ["reported", "reported"]


@pytest.mark.parametrize(("line", "names"), [
    ("中共红枫乡委员会\u3000红枫乡人民政府", ["中共红枫乡委员会", "红枫乡人民政府"]),
    ("中共红枫乡委员会 红枫乡人民政府", ["中共红枫乡委员会", "红枫乡人民政府"]),
    ("红枫乡 人民政府", ["红枫乡 人民政府"]),                     # one name spaced out
    ("红枫乡农业综合服务中心 李明", ["红枫乡农业综合服务中心 李明"]),  # a body and a person
])
def test_a_joint_sign_off_is_its_bodies(line: str, names: list[str]) -> None:
    assert joint_signers(line) == names


@pytest.mark.parametrize(("title", "org"), [
    ("红枫乡2027年人居环境整治工作方案", "红枫乡"),    # a place: its leadership signs for it, its name stands
    ("红枫乡人民政府2027年人居环境整治工作方案", "红枫乡人民政府"),  # the body the title names
    ("2027年人居环境整治工作方案", "中共红枫乡委员会、红枫乡人民政府"),  # no org named: both, in order
])
def test_the_org_of_a_jointly_signed_plan_is_its_bodies_unless_the_title_names_one(parser, tmp_path, title: str, org: str) -> None:
    lines = [title, "一、工作目标", "全年完成农村改厕260户。", "二、保障措施", "各村要落实专人负责。",
             "中共红枫乡委员会\u3000红枫乡人民政府", "2027年2月6日"]
    [doc] = parser.parse(write_txt(tmp_path / "plan.txt", lines)).documents
    assert doc.org == org
