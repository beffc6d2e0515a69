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
