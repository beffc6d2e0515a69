"""Units as a comparison reads them: a paired counter by its first counter, one measure under two names as one unit,
a conversion only between targets that count one thing — in diff and in trace alike."""

from __future__ import annotations

from pathlib import Path

from jihua.pipeline.compare.diff import compare
from jihua.pipeline.compare.target_pairs import counts_alike
from jihua.pipeline.compare.trace import trace
from jihua.pipeline.report.markdown import target_change_text
from jihua.schemas import diff as d


def _changes(parser, tmp_path: Path, old_lines: list[str], new_lines: list[str]) -> list[d.TargetChange]:  # type: ignore[no-untyped-def]
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("\n".join(old_lines), encoding="utf-8")
    new.write_text("\n".join(new_lines), encoding="utf-8")
    return compare(parser.parse(old), parser.parse(new)).targets


def _statuses(changes: list[d.TargetChange]) -> set[tuple[str, str | None, str | None]]:
    return {(c.status, c.old.text if c.old else None, c.new.text if c.new else None) for c in changes}


def test_a_paired_counter_compares_as_its_first_counter(parser, tmp_path: Path) -> None:
    """"20台（套）" → "25台", "12家（个）" → "15家", "台（套）" → "台(套)": one count of the same machines or firms, its
    value raised; the unit shown as each year printed it, not a change of measure."""
    changes = _changes(parser, tmp_path, [
        "澄江县工业和信息化局2025年工作要点", "一、重点任务", "（一）推动企业技术改造，新增生产设备20台（套）。",
        "（二）培育规上工业企业12家（个）。", "（三）更新环保监测设备6台（套）。"], [
        "澄江县工业和信息化局2026年工作要点", "一、重点任务", "（一）推动企业技术改造，新增生产设备25台。",
        "（二）培育规上工业企业15家。", "（三）更新环保监测设备8台(套)。"])
    assert _statuses(changes) == {("changed", "新增生产设备20台（套）", "新增生产设备25台"),
                                  ("changed", "培育规上工业企业12家（个）", "培育规上工业企业15家"),
                                  ("changed", "更新环保监测设备6台（套）", "更新环保监测设备8台(套)")}
    for c in changes:
        assert c.kinds == ["value"] and c.direction == "raised"
    devices = next(c for c in changes if c.old and "生产设备" in c.old.text)
    assert devices.old is not None and devices.new is not None
    assert (devices.old.unit, devices.new.unit, devices.delta) == ("台（套）", "台", 5)  # the parse keeps it as printed


def test_one_measure_under_two_names_is_no_unit_change(parser, tmp_path: Path) -> None:
    """公里 and 千米, 平方公里 and 平方千米 name one measure: a figure moved between them changed its value alone, and the
    report prints no "原30公里合30千米"."""
    changes = _changes(parser, tmp_path, [
        "南溪县交通运输局2025年工作要点", "一、重点任务", "新改建农村公路30公里。", "完成水土流失治理12平方公里。"], [
        "南溪县交通运输局2026年工作要点", "一、重点任务", "新改建农村公路35千米。", "完成水土流失治理12平方千米。"])
    road = next(c for c in changes if c.old and "公路" in c.old.text)
    soil = next(c for c in changes if c.old and "水土" in c.old.text)
    assert (road.status, road.kinds, road.delta) == ("changed", ["value"], 5)
    assert "合" not in target_change_text(road)
    assert (soil.status, soil.kinds) == ("same", [])


def test_a_converted_unit_pairs_only_targets_counting_one_thing(parser, tmp_path: Path) -> None:
    """1.2万亩 of afforestation is 800公顷, but 耕地保护面积 is another area; 光伏 and 风电 capacity (万千瓦 against 兆瓦)
    read alike with their figures blanked, but count two kinds of plant. A 高标准农田 area in 亩 then 公顷 is one target."""
    changes = _changes(parser, tmp_path, [
        "北岭县自然资源局2025年工作要点", "一、重点任务", "（一）完成造林面积1.2万亩。", "（二）建设高标准农田6000亩。",
        "（三）全县新增光伏装机容量50万千瓦。"], [
        "北岭县自然资源局2026年工作要点", "一、重点任务", "（一）完成耕地保护面积800公顷。", "（二）建设高标准农田450公顷。",
        "（三）全县新增风电装机容量300兆瓦。"])
    assert _statuses(changes) == {("removed", "完成造林面积1.2万亩", None), ("added", None, "完成耕地保护面积800公顷"),
                                  ("changed", "建设高标准农田6000亩", "建设高标准农田450公顷"),
                                  ("removed", "全县新增光伏装机容量50万千瓦", None),
                                  ("added", None, "全县新增风电装机容量300兆瓦")}
    assert not counts_alike("新增光伏装机容量", "新增风电装机容量")
    assert not counts_alike("完成造林面积", "完成耕地保护面积")
    assert counts_alike("完成造林面积", "新增造林面积") and counts_alike("规模以上工业增加值", "规上工业增加值")


def test_trace_reads_a_figure_converted_as_diff_does(nlp_parser, tmp_path: Path) -> None:
    """A plan in 亩 and its summary in 公顷 (or 台（套） against 台): the summary's figure is read in the plan's unit and
    met or not on it — 1500公顷 is 2.25万亩, 18台 short of 20台（套）."""
    (tmp_path / "plan.txt").write_text("""西河县林业局2025年工作计划
一、主要目标
全年完成植树造林2万亩，新增森林防火监测设备20台（套）。
""", encoding="utf-8")
    (tmp_path / "summary.txt").write_text("""西河县林业局2025年工作总结
一、主要成效
全年完成植树造林1500公顷。新增森林防火监测设备18台。
""", encoding="utf-8")
    result = trace(nlp_parser.parse(tmp_path / "plan.txt"), nlp_parser.parse(tmp_path / "summary.txt"), nlp_parser.nlp)
    got = {t.target.text: (t.status, t.reported_value) for t in result.targets}
    assert got == {"全年完成植树造林2万亩": ("met", 2.25), "新增森林防火监测设备20台（套）": ("not_met", 18)}


def test_a_series_charts_a_target_in_one_unit_whatever_each_year_prints(parser, tmp_path: Path) -> None:
    """1.2万亩, then 900公顷, then 1.5万亩 (800, 900 and 1000公顷): one row, its chart rising year by year, not
    falling from 12000 to 900 because the middle year printed 公顷."""
    from jihua.pipeline.archive.history import trajectories
    from jihua.pipeline.compare.series import series

    figures = {2024: "1.2万亩", 2025: "900公顷", 2026: "1.5万亩"}
    results = []
    for year, figure in figures.items():
        path = tmp_path / f"{year}.txt"
        path.write_text(f"东坪县林业局{year}年工作要点\n一、重点任务\n全年完成植树造林{figure}。\n", encoding="utf-8")
        results.append(parser.parse(path))
    (row,) = trajectories(series(results))
    assert [y["unit"] for y in row["years"]] == ["万亩", "公顷", "万亩"]
    assert row["chart"][0] < row["chart"][1] < row["chart"][2]  # the bars rise: ▁ … █
