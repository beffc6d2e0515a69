"""Target pairing between two years: one target is what the same thing counts, not what reads alike."""

from __future__ import annotations

from pathlib import Path

from jihua.pipeline.compare.diff import compare
from jihua.pipeline.compare.target_pairs import counts_alike
from jihua.schemas import diff as d


def _target_changes(parser, tmp_path: Path, old_lines: list[str], new_lines: list[str]) -> list[d.TargetChange]:  # type: ignore[no-untyped-def]
    """The target changes between two plans written line by line as text files."""
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("\n".join(old_lines), encoding="utf-8")
    new.write_text("\n".join(new_lines), encoding="utf-8")
    return compare(parser.parse(old), parser.parse(new)).targets


def _statuses(changes: list[d.TargetChange]) -> set[tuple[str, str | None, str | None]]:
    return {(c.status, c.old.text if c.old else None, c.new.text if c.new else None) for c in changes}


def test_targets_alike_only_in_their_verb_and_counter_do_not_pair(parser, tmp_path: Path) -> None:
    """"新增篮球场20个" and "新增停车场30个" read nearly alike with their figures blanked, but one counts courts and
    the other car parks: the old one is removed and the new one added, not one target changed."""
    changes = _target_changes(parser, tmp_path, [
        "东岭县2024年民生实事工作方案", "一、主要任务", "（一）新增篮球场20个，方便群众就近健身。",
        "（二）新建村级卫生室6个，年内全部投入使用。"], [
        "东岭县2025年民生实事工作方案", "一、主要任务", "（一）新增停车场30个，缓解城区停车难题。",
        "（二）建成村级卫生室9个，年内全部投入使用。"])
    assert ("removed", "新增篮球场20个", None) in _statuses(changes)
    assert ("added", None, "新增停车场30个") in _statuses(changes)
    assert not counts_alike("新增篮球场", "新增停车场")


def test_the_same_thing_counted_pairs_whatever_verb_or_abbreviation_each_year_uses(parser, tmp_path: Path) -> None:
    """新建 → 建成 the same clinics, a growth rate moved, 地区生产总值 written GDP: each one target changed."""
    changes = _target_changes(parser, tmp_path, [
        "东岭县2024年工作要点", "一、发展目标", "全县地区生产总值增长6%左右，农村居民人均可支配收入增长7%。",
        "二、重点任务", "新建村级卫生室6个。", "完成农村公路提档升级45公里。"], [
        "东岭县2025年工作要点", "一、发展目标", "全县GDP增长5.5%左右，农村居民人均可支配收入增长6.5%。",
        "二、重点任务", "建成村级卫生室9个。", "实施农村公路提档升级60公里。"])
    assert _statuses(changes) == {
        ("changed", "全县地区生产总值增长6%左右", "全县GDP增长5.5%左右"),
        ("changed", "农村居民人均可支配收入增长7%", "农村居民人均可支配收入增长6.5%"),
        ("changed", "新建村级卫生室6个", "建成村级卫生室9个"),
        ("changed", "完成农村公路提档升级45公里", "实施农村公路提档升级60公里")}
    assert counts_alike("新建村级卫生室", "建成村级卫生室") and counts_alike("地区生产总值增长", "GDP增长")
    assert counts_alike("社会消费品零售总额达到", "社零额达到") and counts_alike("规模以上工业增加值增长", "规上工业增加值增长")


def test_staged_targets_of_one_metric_pair_by_their_year(parser, tmp_path: Path) -> None:
    """A revised three-year plan moving its middle stage (65% → 68%): the 2026 figure pairs the 2026 one, never
    another year's of the same measure; the other stages stay the same."""
    sentence = "到2025年底，镇村公交通达率达到55%，2026年达到{}%，到2027年实现75%以上。"
    changes = _target_changes(parser, tmp_path, [
        "临川县交通强县三年行动计划（2025—2027年）", "一、主要目标", sentence.format(65)], [
        "临川县交通强县三年行动计划（2025—2027年）", "一、主要目标", sentence.format(68)])
    assert _statuses(changes) == {("same", "镇村公交通达率达到55%", "镇村公交通达率达到55%"),
                                  ("changed", "2026年达到65%", "2026年达到68%"),
                                  ("same", "到2027年实现75%以上", "到2027年实现75%以上")}


def test_a_rolling_plan_pairs_stages_by_year_not_sliding_them(parser, tmp_path: Path) -> None:
    """A plan for 2025—2027 followed by one for 2026—2028: where a year meets its own (2027: 65% → 68%), no stage pairs
    another year's; the old 2026 stage is not moved onto 2027 nor the old 2027 one onto 2028."""
    changes = _target_changes(parser, tmp_path, [
        "松岭县数字乡村行动计划（2025—2027年）", "一、主要目标",
        "到2025年底，全县行政村电商服务站覆盖率达到40%，2026年达到55%，到2027年实现65%以上。"], [
        "松岭县数字乡村行动计划（2026—2028年）", "一、主要目标",
        "到2026年底，全县行政村电商服务站覆盖率达到55%，2027年达到68%，到2028年实现78%以上。"])
    pairs = {(c.old.text if c.old else None, c.new.text if c.new else None) for c in changes if c.old and c.new}
    assert ("到2027年实现65%以上", "2027年达到68%") in pairs
    assert ("2026年达到55%", "2027年达到68%") not in pairs
    assert ("到2027年实现65%以上", "到2028年实现78%以上") not in pairs


def test_a_figure_written_in_words_one_year_and_digits_the_next_pairs(parser, tmp_path: Path) -> None:
    """"增长百分之七以上" → "增长6.5%左右": one growth rate, its figure spelt out one year and in digits the next
    (and back), is one target changed, not one removed and one added; the wording around the figure is unchanged."""
    changes = _target_changes(parser, tmp_path, [
        "青石县2024年政府工作报告", "一、主要预期目标",
        "全县规模以上工业增加值增长百分之七以上；农村居民人均可支配收入增长6%。"], [
        "青石县2025年政府工作报告", "一、主要预期目标",
        "全县规模以上工业增加值增长6.5%左右；农村居民人均可支配收入增长百分之六点五。"])
    assert _statuses(changes) == {
        ("changed", "全县规模以上工业增加值增长百分之七以上", "全县规模以上工业增加值增长6.5%左右"),
        ("changed", "农村居民人均可支配收入增长6%", "农村居民人均可支配收入增长百分之六点五")}
    assert all("wording" not in c.kinds for c in changes)


def test_a_target_given_in_another_unit_of_one_dimension_pairs(parser, tmp_path: Path) -> None:
    """亩 → 公顷 (1公顷 = 15亩) and 公里 → 千米: one quantity printed in another unit of its dimension is one target
    changed, its unit change named and the change read in the new unit (2万亩 is 1333.33公顷: 1400公顷 is 66.67 more).
    The unit lets a target pair only with its own metric: afforestation in 亩 is not a city park in 公顷, nor farmland
    a count of livestock farms."""
    changes = _target_changes(parser, tmp_path, [
        "青石县农业农村局2024年工作要点", "一、重点任务", "完成退耕还林2万亩。", "新改建农村公路80公里。",
        "完成造林绿化1.2万亩。", "新建设施农业大棚3万亩。"], [
        "青石县农业农村局2025年工作要点", "一、重点任务", "完成退耕还林1400公顷。", "新改建农村公路90千米。",
        "新建城市公园绿地80公顷。", "新建标准化养殖场5个。"])
    assert _statuses(changes) == {("changed", "完成退耕还林2万亩", "完成退耕还林1400公顷"),
                                  ("changed", "新改建农村公路80公里", "新改建农村公路90千米"),
                                  ("removed", "完成造林绿化1.2万亩", None), ("removed", "新建设施农业大棚3万亩", None),
                                  ("added", None, "新建城市公园绿地80公顷"), ("added", None, "新建标准化养殖场5个")}
    area = next(c for c in changes if c.old and c.old.unit == "万亩" and c.new)
    assert "unit" in area.kinds and area.direction == "raised"
    assert area.delta is not None and abs(area.delta - 66.666667) < 1e-3
