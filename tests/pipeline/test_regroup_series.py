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


_FARM = ["松川区农机中心{y}年工作计划", "一、工作目标", "全年主要农作物耕种收综合机械化率达到{rate}%。", "二、重点任务"]


def test_a_part_merged_into_one_bearing_another_parts_heading_is_the_merged_one(parser, tmp_path: Path) -> None:
    """（一）推广智慧农机 and （二）健全农机服务体系 joined under "（一）健全农机服务体系": the part keeping its
    heading word for word is the one continued, however the other kept its number and place."""
    smart, service = ["推广北斗导航辅助驾驶系统30套。", "建设智慧农机作业监测平台。"], ["新建区级农机维修中心1个。", "培育农机社会化服务组织8家。"]
    safety = ["（三）加强农机安全监管", "开展农机安全生产大检查。", "年检率达到90%以上。"]
    old = _write(tmp_path / "old.txt", [*(x.format(y=2024, rate=85) for x in _FARM), "（一）推广智慧农机", *smart,
                                        "（二）健全农机服务体系", *service, *safety])
    new = _write(tmp_path / "new.txt", [*(x.format(y=2025, rate=86) for x in _FARM), "（一）健全农机服务体系", *service, *smart,
                                        "（二）" + safety[0][3:], *safety[1:]])
    result = compare(parser.parse(old), parser.parse(new))
    rows = [(s.old_heading, [k for k in s.kinds if k != "content"]) for s in result.sections if s.new_heading == "健全农机服务体系"]
    assert sorted(rows) == sorted([("推广智慧农机", ["merged"]), ("健全农机服务体系", [])])


def _jobs_years(tmp_path: Path, sentence: str) -> list[Path]:
    figures = ((2024, 800, 900, 2000), (2025, 950, 1000, 2200), (2026, 1020, 1100, 2500))
    return [_write(tmp_path / f"{y}.txt", [f"东垣区人力资源和社会保障局{y}年工作计划", "一、重点任务", "（一）促进就业",
                                           sentence.format(done=done, aim=aim) + f"开展补贴性职业技能培训{train}人次。",
                                           "（二）完善社会保障", "推进全民参保扩面。"])
            for y, done, aim, train in figures]


def test_a_sentence_setting_its_years_target_beside_last_years_result_is_carried_on(parser, tmp_path: Path) -> None:
    """"去年…新增…{done}人，今年力争新增…{aim}人" renews its figures each year but sets a target each year:
    it is carried on; a sentence only reporting last year's result still is not."""
    view = series([parser.parse(p) for p in _jobs_years(tmp_path, "去年全区新增城镇就业{done}人，今年力争新增城镇就业{aim}人。")])
    assert "去年全区新增城镇就业1020人，今年力争新增城镇就业1100人。" in view.persistent
    view = series([parser.parse(p) for p in _jobs_years(tmp_path, "去年全区新增城镇就业{done}人，超额完成目标任务。")])
    assert not [m for m in view.persistent if "去年全区" in m]


def test_two_change_only_targets_borrow_the_measure_they_move(parser, tmp_path: Path) -> None:
    """"…税收收入完成8亿元，同比增长4%；…投资达到60亿元，同比增长7%": two rows, not two "同比增长"."""
    paths = [_write(tmp_path / f"{y}.txt", [f"北泉区{y}年国民经济和社会发展计划", "一、主要预期目标",
                                            f"全区税收收入完成{tax}亿元，同比增长{g1}%；固定资产投资达到{inv}亿元，同比增长{g2}%。"])
             for y, tax, g1, inv, g2 in ((2024, 8, 4, 60, 7), (2025, 8.4, 5, 64, 6), (2026, 8.8, 5, 68, 6))]
    labels = [t.label for t in series([parser.parse(p) for p in paths]).targets]
    changes = [label for label in labels if "同比增长" in label]
    assert len(changes) == 2 and len(set(changes)) == 2
    assert any("税收收入" in label for label in changes) and any("固定资产投资" in label for label in changes)


def test_a_renamed_part_paired_on_its_body_is_at_most_wholly_alike(parser, tmp_path: Path) -> None:
    """Parts under paired parents pair on a boosted body score (a body kept whole scores past 1); what is
    reported as a similarity stays within 0..1."""
    head = ["一、工作目标", "全年接待游客达到{v}万人次。", "二、重点任务"]
    kept = "修缮革命旧址3处。培育红色研学基地2个。开展讲解员培训100人次。推出红色旅游精品线路5条。"
    tail = ["（三）加强市场监管", "开展旅游市场专项整治。", "三、保障措施", "加强组织领导，建立工作专班。"]
    old = _write(tmp_path / "old.txt", ["南屏县文旅局2024年工作计划", *(x.format(v=300) for x in head),
                                        "（一）打造红色旅游线路", kept, "（二）提升乡村民宿", "新增星级民宿10家。", *tail])
    new = _write(tmp_path / "new.txt", ["南屏县文旅局2025年工作计划", *(x.format(v=330) for x in head),
                                        "（一）培育文旅融合新业态", kept + "新增星级民宿10家。", "（二）" + tail[0][3:], *tail[1:]])
    result = compare(parser.parse(old), parser.parse(new))
    assert any("renamed" in s.kinds for s in result.sections)
    assert all(0.0 <= s.similarity <= 1.0 and 0.0 <= s.body_similarity <= 1.0 for s in result.sections)
