"""Figures written out in words and units printed unusually: percentage points and units opening on a numeral
character (千瓦, 千米) after Chinese numerals, ranges joined by 到, courses counted after their trainees, 一半 as a
share, counters paired in brackets, and counts that only describe whom a work concerns. Sentences are our own."""

from __future__ import annotations

import pytest
from jihua.pipeline.targets import find_targets


def _read(sentence: str) -> list[tuple]:
    return [(f.value, f.unit, f.comparator) for f in find_targets(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # percentage points in Chinese numerals, whole or decimal
    ("城乡居民医保参保率提高三个百分点。", [(3, "个百分点", "=")]),
    ("农村卫生厕所普及率提高零点五个百分点。", [(0.5, "个百分点", "=")]),
    ("新能源汽车渗透率提高二点五个百分点。", [(2.5, "个百分点", "=")]),
    # a unit opening on 千 after a spelled number with its scale: the 千 is the unit's
    ("新增屋顶分布式光伏装机三十六万千瓦。", [(36, "万千瓦", "=")]),
    ("全年绿色电力交易量达到七亿千瓦时。", [(7, "亿千瓦时", "=")]),
    ("工业企业节约用电两千万千瓦时。", [(2000, "万千瓦时", "=")]),
    ("新建储能电站六万千瓦。", [(6, "万千瓦", "=")]),
    ("新建沿河绿道五千米。", [(5, "千米", "=")]),
    # a range joined by 到 takes its lower bound, in digits or in words
    ("新增省级专精特新企业12到15家。", [(12, "家", ">=")]),
    ("创建星级农家乐六到八家。", [(6, "家", ">=")]),
    ("城镇居民收入增长6%到7%。", [(6, "%", ">=")]),
    # courses counted after the people a training verb trains
    ("全年培训乡村护理员四期。", [(4, "期", "=")]),
    ("轮训村级后备干部三期、六百余人次。", [(3, "期", "="), (600, "人次", ">=")]),
    # 一半 as a share, read as 二分之一 is
    ("县域内就诊率达到一半以上。", [(50, "%", ">=")]),
    # counters paired as printed
    ("更新老旧消防设备十二台（套）。", [(12, "台（套）", "=")]),
    ("引进先进检测设备3台/套。", [(3, "台/套", "=")]),
])
def test_figures_in_words_and_unusual_units_are_read(sentence: str, expected: list) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # 到 after no figure of its own: a date, a verb of reaching, months
    ("到2027年培育示范合作社10家。", [(10, "家", "=")]),
    ("全市农产品加工企业达到40家。", [(40, "家", "=")]),
    ("从6月到9月开展夏季治安巡查3次。", [(3, "次", "=")]),
    ("增长5%到2026年末。", [(5, "%", "=")]),
    # a spelled numeral closing a word before 到 is no bound
    ("统一到4个平台办理。", [(4, "个", "=")]),
    # digits before a unit opening on 千 read as before
    ("新增光伏装机12万千瓦。", [(12, "万千瓦", "=")]),
    # places made or covered after 等 stay counted, and a class picked out leaves its count
    ("新建青山、白沙等6个便民服务站。", [(6, "个", "=")]),
    ("冷链物流网络覆盖9个乡镇。", [(9, "个", "=")]),
    ("年营收20万元以上的家庭农场达到30家。", [(30, "家", "=")]),
    # a phase of a building stays no count
    ("推进职业技能培训中心二期。", []),
])
def test_near_cases_stay_as_they_were_read(sentence: str, expected: list) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a count after 等 summing the places a work touches, or its subject: whom it concerns
    ("试点片区涉及的青山镇、白沙乡等6个乡镇要落实专人负责。", []),
    ("青山镇、白沙乡等6个乡镇均要建立工作台账。", []),
    # a bound and 的 before a figure of the clause's own picks out the class it is set for
    ("年营收20万元以上的占比达到一半以上。", [(50, "%", ">=")]),
])
def test_counts_that_describe_whom_a_work_concerns_are_no_targets(sentence: str, expected: list) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a share bounded before 的 counts what reaches the goal, whatever figure follows; a count or a size a verb sets
    # is set — only a measure the clause's subject opens on picks out a class
    ("确保70%以上的村民小组集体收入达到3万元以上。", [(70, "%", ">="), (3, "万元", ">=")]),
    ("85%以上的村庄建成5分钟健身圈。", [(85, "%", ">=")]),
    ("培育4个以上的农业产业强镇带动农户2000户。", [(4, "个", ">="), (2000, "户", "=")]),
    ("铺设20公里以上的供水管网连通9个片区。", [(20, "公里", ">="), (9, "个", "=")]),
    ("年销售额5000万元以上的商贸企业达到15家。", [(15, "家", "=")]),
    # …and a share in words is a share: 一半以上的, 三分之二以上的
    ("力争一半以上的村卫生室达到标准化建设要求。", [(50, "%", ">=")]),
    ("确保三分之二以上的社区建成儿童之家。", [(66.67, "%", ">=")]),
    # 到 after a figure opens a deadline or a destination, no range: a date, or a figure in another unit after it
    ("改造农村公路桥梁9座到10月底前全部通车。", [(9, "座", "=")]),
    ("完成造林投资3.5亿元到12月底全部结算。", [(3.5, "亿元", "=")]),
    ("选派科技特派员40名到25个村开展服务。", [(40, "名", "="), (25, "个", "=")]),
    # a stance or a drive before 包括 makes the listed count the goal's extent, as a verb of doing does
    ("力争全县包括工业园、物流园等7个园区全部通过验收。", [(7, "个", "=")]),
    ("推动包括青山、白沙等5个村创建省级森林乡村。", [(5, "个", "=")]),
    ("重点推进包括北关、南关等9个社区在内的老旧小区改造。", [(9, "个", "=")]),
    # a listed subject with a modal and an outcome commits to it; with a duty it only says whom the work concerns
    ("青山镇、白沙乡等5个乡镇要建成省级生态乡镇。", [(5, "个", "=")]),
    ("东街、南街等7个社区须在9月底前完成雨污分流改造。", [(7, "个", "=")]),
    ("青山镇、白沙乡等5个乡镇要压实属地责任。", []),
    ("试点包括青山镇、白沙乡等4个乡镇。", []),
])
def test_shares_deadlines_and_listed_extents_stay_targets(sentence: str, expected: list) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(("sentence", "low", "high"), [
    # a range with the unit printed on both bounds, joined by 到 or a dash, in digits or in words
    ("培育农民合作社6家到9家。", 6, 9),
    ("开展消防演练2次到3次。", 2, 3),
    ("新增城镇就业2500人到2800人。", 2500, 2800),
    ("培育农民合作社6家—9家。", 6, 9),
    ("创建星级民宿五家到七家。", 5, 7),
])
def test_a_range_with_its_unit_on_both_bounds_takes_its_lower_bound(sentence: str, low: float, high: float) -> None:
    [found] = find_targets(sentence)
    assert (found.value, found.comparator, found.low, found.high) == (low, ">=", low, high)
