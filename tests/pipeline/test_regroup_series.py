"""Merges and splits name their primary part by shared body; a series report lists each step's
structural changes and reads its figures, labels and persistent measures as a reader expects."""

from __future__ import annotations

from pathlib import Path

from jihua.pipeline.compare.diff import compare
from jihua.pipeline.compare.series import series
from jihua.pipeline.report.markdown import series_markdown


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


_HEAD = ["一、总体要求", "坚持农业农村优先发展，推动乡村全面振兴。", "二、重点任务",
         "（一）加强高标准农田建设", "新建高标准农田2万亩，完成项目验收。", "做好农田水利设施管护，落实管护责任。"]
_TAIL = ["加强农产品质量安全监管", "全年完成农产品质量安全抽检800批次。"]


def _merge_pair(parser, tmp_path: Path, first: list[str], second: list[str]):  # type: ignore[no-untyped-def]
    old = _write(tmp_path / "old.txt", ["柳溪县农业农村局2024年工作要点", *_HEAD, "（二）发展农村寄递", *first,
                                        "（三）健全县乡村三级冷链配送网络", *second, "（四）" + _TAIL[0], _TAIL[1]])
    return old


def test_a_merge_pairs_the_part_sharing_most_of_the_body_and_scores_every_pairing(parser, tmp_path: Path) -> None:
    """（二） keeps three of its measures in the joined part and its number, （三） two: （二） is the part
    continued (renamed), （三） the one merged into it, and the merge says how alike the bodies are."""
    old = _merge_pair(parser, tmp_path,
                      ["建成村级寄递物流综合服务站20个。", "推动快递进村全覆盖，开通客货邮线路3条。", "开展寄递从业人员技能培训200人次。"],
                      ["改造提升乡镇配送中心3个。", "新增冷藏配送车辆10辆。"])
    new = _write(tmp_path / "new.txt", [
        "柳溪县农业农村局2025年工作要点", *_HEAD, "（二）发展农村寄递，健全县乡村三级冷链配送网络",
        "建成村级寄递物流综合服务站20个。", "推动快递进村全覆盖，开通农村客货邮融合线路5条。", "开展寄递从业人员技能培训200人次。",
        "改造提升乡镇配送中心3个。", "新增冷藏配送车辆10辆。", "（三）" + _TAIL[0], _TAIL[1]])
    result = compare(parser.parse(old), parser.parse(new))
    regroup = [s for s in result.sections if s.new_heading and s.new_heading.startswith("发展农村寄递，")]
    assert [(s.old_heading, [k for k in s.kinds if k != "content"]) for s in regroup] == [
        ("发展农村寄递", ["renamed"]), ("健全县乡村三级冷链配送网络", ["merged"])]
    assert all(s.body_similarity > 0.3 for s in regroup)


def test_a_part_keeping_few_of_its_measures_stays_paired_rather_than_be_dropped(parser, tmp_path: Path) -> None:
    """More of the small part's measures land in the joined part than of the large one's, but the large
    one kept too few to read as merged: the swap would drop it, so it stays the joined part's pair."""
    many = [f"在{town}镇新建冷链配送点{n}个。" for town, n in
            (("东山", 2), ("西岭", 3), ("南湖", 4), ("北塘", 5), ("青石", 6), ("白沙", 7), ("红岩", 8))]
    old = _merge_pair(parser, tmp_path, ["开展寄递从业人员技能培训200人次。", "推动快递进村全覆盖。",
                                         "建立农村寄递服务质量通报制度。", "建成村级寄递物流综合服务站20个。"],
                      [*many, "改造提升乡镇配送中心3个。", "新增冷藏配送车辆10辆。", "建设县级冷链集配中心1个。"])
    new = _write(tmp_path / "new.txt", [
        "柳溪县农业农村局2025年工作要点", *_HEAD, "（二）发展农村寄递，健全县乡村三级冷链配送网络",
        "开展寄递从业人员技能培训200人次。", "推动快递进村全覆盖。", "建立农村寄递服务质量通报制度。",
        "建成村级寄递物流综合服务站20个。", "改造提升乡镇配送中心3个。", "新增冷藏配送车辆10辆。", "建设县级冷链集配中心1个。",
        "（三）" + _TAIL[0], _TAIL[1]])
    result = compare(parser.parse(old), parser.parse(new))
    assert not [s for s in result.sections if s.status == "removed"]
    assert [s.old_heading for s in result.sections if "merged" in s.kinds] == ["发展农村寄递"]


def _year(tmp_path: Path, year: int, lines: list[str]) -> Path:
    return _write(tmp_path / f"{year}.txt", [f"云岭县文化和旅游局{year}年工作要点", *lines])


def _series_years(tmp_path: Path) -> list[Path]:
    opening = ["为做好全年文化旅游工作，现将{y}年工作要点印发如下。"]
    goals = ["一、主要目标", "{p}年全县接待游客完成{v}万人次，为完成今年目标奠定了基础。",
             "全年争取上级文旅专项资金不少于{fund}。"]
    tasks = [
        ["二、重点任务", "（一）丰富群众文化生活", "举办“乡村村晚”活动不少于40场。", "推进乡镇综合文化站提档升级5个。",
         "（二）推进景区提质", "创建国家3A级景区2家。", "完善景区游客服务中心和标识系统。", "开展景区安全隐患排查每季度一次。",
         "建设智慧旅游平台。"],
        ["二、重点任务", "（一）丰富群众文化生活", "举办“乡村村晚”活动不少于50场。", "推进乡镇综合文化站提档升级5个。",
         "（二）推进景区提质", "创建国家3A级景区2家。", "完善景区游客服务中心和标识系统。", "开展景区安全隐患排查每季度一次。",
         "建设智慧旅游平台。"],
        ["二、重点任务", "（一）丰富群众文化生活", "举办“乡村村晚”活动不少于50场。", "推进乡镇综合文化站提档升级5个。",
         "（二）打造精品景区", "创建国家3A级景区2家。", "完善景区游客服务中心和标识系统。",
         "（三）守牢文旅安全底线", "开展景区安全隐患排查每季度一次。", "落实文旅场所消防安全责任。",
         "（四）推进景区提质", "建设智慧旅游平台。"],
    ]
    figures = ((2024, 2023, 310, "800万元"), (2025, 2024, 342, "9000万元"), (2026, 2025, 365, "1.2亿元"))
    out = []
    for (y, p, v, fund), body in zip(figures, tasks, strict=True):
        lines = [line.format(y=y, p=p, v=v, fund=fund) for line in [*opening, *goals]] + body
        out.append(_year(tmp_path, y, lines))
    return out


def test_a_series_lists_each_steps_structural_changes_and_counts_edits_not_the_base_year(parser, tmp_path: Path) -> None:
    view = series([parser.parse(p) for p in _series_years(tmp_path)])
    first, second, third = view.steps
    assert (first.kept, first.added, first.removed, first.changed) == (None, None, None, None)
    assert second.changed == 3 and not second.sections  # 40场→50场 and the two figures of the goals
    assert any("split" in s.kinds or "renamed" in s.kinds for s in third.sections)
    md = series_markdown(view)
    assert "| 2024 | — | — | — | — |" in md
    assert "## 各年章节变化" in md and "守牢文旅安全底线" in md


def test_a_series_keeps_to_measures_carried_on(parser, tmp_path: Path) -> None:
    """The 印发 line of the opening and last year's results (only their figures change) are no measures."""
    view = series([parser.parse(p) for p in _series_years(tmp_path)])
    assert "推进乡镇综合文化站提档升级5个。" in view.persistent
    assert not [m for m in view.persistent if "印发" in m or "接待游客完成" in m]


def test_a_series_target_row_reads_in_one_unit_under_its_metric(parser, tmp_path: Path) -> None:
    md = series_markdown(series([parser.parse(p) for p in _series_years(tmp_path)]))
    row = next(line for line in md.splitlines() if "专项资金" in line)
    assert row.count("亿元") == 3 and "万元" not in row
    assert "不少于0.08亿元" in row and "不少于0.9亿元" in row
    assert not row.startswith("| 全年争取")
