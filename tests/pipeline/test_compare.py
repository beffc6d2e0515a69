"""Diff: known edits between the corpus's 2023 and 2024 plans, across formats; noise stays out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jihua.pipeline.compare.align import inline_ops
from jihua.pipeline.compare.diff import compare
from jihua.pipeline.compare.target_pairs import TARGET_MATCH, target_change, target_score
from jihua.pipeline.compare.views import closing_count, items_of, run_in_items
from jihua.pipeline.text.normalize import bare
from jihua.schemas import plan

ROOT = Path(__file__).resolve().parents[2]
EDITS = json.loads((ROOT / "corpus" / "pairs" / "qinghe-2023-plan__qinghe-2024-plan.edits.json").read_text("utf-8"))


def _found(edit: dict, result) -> bool:
    old, new = bare(edit["old"] or ""), bare(edit["new"] or "")
    if edit["kind"] in ("renamed", "moved"):
        return any(s.status != "same" and (not old or old == bare(s.old_heading or ""))
                   and (not new or new == bare(s.new_heading or ""))
                   and ("renamed" in s.kinds if edit["kind"] == "renamed" else s.status == "moved")
                   for s in result.sections)
    for item in result.items:
        if item.status == "same":
            continue
        if (not old or old in bare(item.old or "")) and (not new or new in bare(item.new or "")) \
                and item.status == ("changed" if old and new else edit["kind"]):
            return True
    return False


def _assert_every_known_edit(result) -> None:
    missed = [e for e in EDITS["edits"] if not _found(e, result)]
    assert not missed
    changed_items = [i for i in result.items if i.status != "same"]
    assert len(changed_items) <= 2 * len(EDITS["edits"])
    assert (result.old.year, result.new.year) == (2023, 2024)


def test_every_known_edit_is_reported_word_to_pdf(diff_2023_2024) -> None:
    _assert_every_known_edit(diff_2023_2024)


@pytest.mark.parametrize(("old_name", "new_name"), [
    ("qinghe-2023-plan.gb18030.txt", "qinghe-2024-plan.pptx"),
    ("qinghe-2023-plan.pdf", "qinghe-2024-plan.styled.docx"),
])
def test_every_known_edit_is_reported_across_formats(parser, corpus_files: Path, old_name: str, new_name: str) -> None:
    _assert_every_known_edit(compare(parser.parse(corpus_files / old_name), parser.parse(corpus_files / new_name)))


def test_targets_that_moved_and_how(diff_2023_2024) -> None:
    result = diff_2023_2024
    changes = {(t.old.text if t.old else None, t.new.text if t.new else None): t for t in result.targets
               if t.status != "same"}
    raised = changes[("组织军民共建活动不少于5次", "组织军民共建活动不少于8次")]
    assert (raised.direction, raised.delta, raised.kinds) == ("raised", 3.0, ["value"])
    period = changes[("每季度召开一次军地联席会议", "每月召开一次军地联席会议")]
    assert period.kinds == ["period"] and period.old.period == "每季度" and period.new.period == "每月"
    assert period.direction == "raised"  # monthly is more often than quarterly
    # 40→60 篇, 5→8 次, 50→60 万元, 每季度→每月, 每半年→每季度; nothing lowered
    assert result.summary.targets_raised == 5 and result.summary.targets_lowered == 0
    # a neighbouring clause's period (每季度 → 每月) does not change "全年为部队办实事不少于8件"
    same = {t.new.text for t in result.targets if t.status == "same" and t.new}
    assert "全年为部队办实事不少于8件" in same


def _target(text: str, value: float, unit: str, comparator: str = "=", period: str | None = None,
            scale: float = 1.0, metric: str = "", base_unit: str = "") -> plan.Target:
    return plan.Target(id=text, text=text, metric=metric or text, value=value, unit=unit, comparator=comparator,
                       period=period, normalized=value * scale,
                       base_unit=base_unit or (unit[-1] if unit != "%" else "%"))


def test_targets_pair_by_metric_across_scales_and_rewording() -> None:
    old = _target("安排省级专项债券8000亿元", 8000, "亿元", scale=1e8, metric="安排省级专项债券")
    new = _target("今年拟安排省级专项债券1.2万亿元", 1.2, "万亿元", scale=1e12, metric="安排省级专项债券")
    change = target_change(old, new, {})
    assert change.status == "changed" and "value" in change.kinds and change.direction == "raised"
    assert target_score(old, new) >= TARGET_MATCH


def test_a_change_against_last_year_never_pairs_with_a_level() -> None:
    """"地方财政赤字规模比去年增加300亿元" states how much more, "地方财政赤字1200亿元" how much: two series."""
    level = _target("地方财政赤字1200亿元", 1200, "亿元", scale=1e8, metric="地方财政赤字")
    increase = _target("地方财政赤字规模比去年增加300亿元", 300, "亿元", scale=1e8, metric="地方财政赤字规模")
    assert target_score(level, increase) == 0.0
    again = _target("地方财政赤字规模较上年增加200亿元", 200, "亿元", scale=1e8, metric="地方财政赤字规模")
    assert target_score(increase, again) >= TARGET_MATCH


def test_growth_is_one_series_however_its_basis_is_worded_and_never_a_level() -> None:
    """"增长6%", "同比增长5.5%" and "增速要高于5%" all say how far the metric moved: one series; "占比达到6.5%"
    is a level, another."""
    plain = _target("规模以上工业增加值增长6%", 6, "%", metric="规模以上工业增加值增长")
    year_on_year = _target("规模以上工业增加值同比增长5.5%", 5.5, "%", metric="规模以上工业增加值同比增长")
    assert target_score(plain, year_on_year) >= TARGET_MATCH
    level = _target("规模以上工业增加值占比达到6.5%", 6.5, "%", metric="规模以上工业增加值占比")
    assert target_score(year_on_year, level) == 0.0 and target_score(plain, level) == 0.0
    speed = _target("规模以上工业增加值增速要高于5%", 5, "%", metric="规模以上工业增加值增速")
    assert target_score(plain, speed) >= TARGET_MATCH  # a growth rate named (增速, 增幅, 涨幅) is a change too


@pytest.mark.parametrize(("old", "new", "direction"), [
    (("增长6%以上", 6, "%", ">="), ("增长5.5%左右", 5.5, "%", "≈"), "lowered"),
    (("失业率5.5%左右", 5.5, "%", "≈"), ("失业率控制在5.5%以内", 5.5, "%", "<="), "raised"),
    (("7个工作日内办结", 7, "个工作日", "<="), ("5个工作日内办结", 5, "个工作日", "<="), "raised"),
])
def test_direction_understands_comparators(old: tuple, new: tuple, direction: str) -> None:
    change = target_change(_target(*old, metric="m"), _target(*new, metric="m"), {})
    assert change.status == "changed" and change.direction == direction


def test_period_direction_counts_times_a_year() -> None:
    old = _target("每半年督查一次", 1, "次", period="每半年", metric="督查")
    new = _target("每季度督查一次", 1, "次", period="每季度", metric="督查")
    assert target_change(old, new, {}).direction == "raised"
    assert target_change(new, old, {}).direction == "lowered"


def test_same_plan_in_two_formats_has_no_changes(parser, corpus_files: Path) -> None:
    result = compare(parser.parse(corpus_files / "qinghe-2023-plan.styled.docx"),
                     parser.parse(corpus_files / "qinghe-2023-plan.html"))
    assert result.similarity == 1.0
    assert {s.status for s in result.sections} == {"same"}
    assert {i.status for i in result.items} == {"same"} and {t.status for t in result.targets} == {"same"}


def test_inline_diff_keeps_numbers_whole_and_ignores_quote_width() -> None:
    ops = inline_ops("以“八一”为契机，刊发稿件不少于40篇。", '以"八一"为契机，刊发稿件不少于60篇。')
    assert [op for op in ops if op[0] != "equal"] == [("replace", "40", "60")]


def test_inline_edits_are_marked_on_whole_words() -> None:
    """推进 → 推动 is one word replaced, not 进 struck and 动 added; a figure stays whole."""
    from jihua.pipeline.compare.align import words

    ops = inline_ops("推进老旧小区改造，全面排查燃气管道隐患，完成改造1.5万户。",
                     "推动老旧小区改造，深入排查燃气管道风险，完成改造2.2万户。", words)
    assert [op for op in ops if op[0] != "equal"] == [
        ("replace", "推进", "推动"), ("replace", "全面", "深入"), ("replace", "隐患", "风险"), ("replace", "1.5", "2.2")]
    # one kept character between two edits goes into the replacement
    ops = inline_ops("开展河道清淤整治行动。", "开展河道疏浚治理行动。", words)
    assert [op for op in ops if op[0] != "equal"] == [("replace", "清淤整治", "疏浚治理")]


def _compared(parser, tmp_path: Path, old_lines: list[str], new_lines: list[str]):  # type: ignore[no-untyped-def]
    """The diff of two plans written line by line as text files."""
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("\n".join(old_lines), encoding="utf-8")
    new.write_text("\n".join(new_lines), encoding="utf-8")
    return compare(parser.parse(old), parser.parse(new))


def _section(heading: str, body: list[str]) -> plan.Section:
    return plan.Section(id=heading, number="", heading=heading, level=1, type="measures", paragraphs=body)


def test_reworded_parts_pair_on_their_bodies() -> None:
    """Each year's report words its part headings anew; the parts pair on what they are about."""
    from jihua.pipeline.compare.diff import align_sections
    from jihua.pipeline.compare.views import flatten

    old = plan.Document(id="a", title="a", doc_type="plan", org=None, year=2023, sections=[
        _section("2022年工作回顾", ["过去一年，粮食产量再创新高，农村公路新建改建十万公里，城乡居民收入稳步增长。",
                                     "生态环境持续改善，森林覆盖率提高，河湖长制全面落实。"]),
        _section("2023年重点工作任务", ["扩大有效投资，推进重大水利工程和城市地下管网建设，加快老旧小区改造。",
                                       "稳定就业，落实高校毕业生就业支持政策，加强职业技能培训。"])])
    new = plan.Document(id="b", title="b", doc_type="plan", org=None, year=2024, sections=[
        _section("过去一年的主要工作", ["一年来，粮食产量保持稳定，农村公路建设持续推进，城乡居民收入较快增长。",
                                       "河湖长制深入落实，森林覆盖率继续提高，生态环境稳中向好。"]),
        _section("对今年政府工作的建议", ["加快城市地下管网和重大水利工程建设，扩大有效投资，继续推进老旧小区改造。",
                                         "把稳定就业摆在突出位置，强化高校毕业生就业服务，大规模开展职业技能培训。"])])
    a, b = flatten(old), flatten(new)
    aligned = align_sections(a, b)
    pairs = {a[i].heading: b[j].heading for i, j in aligned.pairs.items() if a[i].heading}
    assert pairs == {"2022年工作回顾": "过去一年的主要工作", "2023年重点工作任务": "对今年政府工作的建议"}


def test_an_abbreviated_metric_pairs_with_its_full_name() -> None:
    from jihua.pipeline.compare.align import similarity
    from jihua.pipeline.compare.target_pairs import metric_key

    assert similarity(metric_key("地区生产总值增长"), metric_key("GDP增长")) >= 0.8
    assert similarity(metric_key("单位地区生产总值能耗下降"), metric_key("单位GDP能耗降低")) >= 0.8


def test_parts_put_under_a_new_wrapper_in_the_same_order_are_not_moved(parser, tmp_path: Path) -> None:
    parts = ["（一）加强组织领导", "成立工作专班，每月调度一次。", "（二）加强队伍建设", "每季度组织一次业务培训。",
             "（三）强化督查考核", "将工作纳入年度考核。"]
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("\n".join(["青禾县2024年工作计划", "一、保障措施", *parts]), encoding="utf-8")
    new.write_text("\n".join(["青禾县2025年工作计划", "第一部分 总体安排", "一、保障措施", *parts]), encoding="utf-8")
    result = compare(parser.parse(old), parser.parse(new))
    assert [s.status for s in result.sections if s.old_heading is not None] == ["same", "same", "same", "same"]
    assert [s.status for s in result.sections if s.old_heading is None] == ["added"]


def test_what_moved_among_siblings_the_one_that_jumped_or_both_that_swapped() -> None:
    """A part that jumps past others moved alone; two parts that swap places, where the order alone
    cannot say which one the author took out, both moved; the middle of three reversed kept its rank."""
    from jihua.pipeline.compare.align import out_of_order

    assert out_of_order([0, 1, 2, 3]) == set()
    assert out_of_order([1, 2, 3, 4, 0]) == {4}  # the first part put last
    assert out_of_order([0, 1, 3, 2, 4]) == {2, 3}  # 三 and 四 swapped
    assert out_of_order([2, 1, 0]) == {0, 2}
    assert out_of_order([0, 2, 3, 1, 4]) == {3}


def test_two_parts_that_swapped_places_are_both_reported_moved(parser, tmp_path: Path) -> None:
    parts = [("夯实基层基础", "每月召开一次村级工作例会。"), ("壮大集体经济", "全镇村集体经营性收入均达到15万元以上。"),
             ("加强队伍建设", "每季度组织一次村干部轮训。"), ("推进移风易俗", "各村修订完善村规民约。")]

    def plan(year: int, order: list[int]) -> str:
        lines = [f"柳塘镇{year}年基层治理工作要点", "一、重点任务"]
        for label, k in zip("一二三四", order, strict=True):
            lines += [f"（{label}）{parts[k][0]}", parts[k][1]]
        return "\n".join(lines)

    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(plan(2025, [0, 1, 2, 3]), encoding="utf-8")
    new.write_text(plan(2026, [0, 2, 1, 3]), encoding="utf-8")  # the second and third parts swapped, renumbered
    result = compare(parser.parse(old), parser.parse(new))
    moved = sorted(s.old_heading or "" for s in result.sections if s.status == "moved")
    assert moved == ["加强队伍建设", "壮大集体经济"]


def test_a_measure_opened_by_a_manner_word_rewritten_around_its_project_is_changed(parser, tmp_path: Path) -> None:
    """"全力推进…" opens the measure itself (全力 says how, as 大力 does), not a stance clause closing it:
    the project it names still ties the sentence to its rewrite next year."""
    def plan(year: int, first: str) -> str:
        return "\n".join([f"石湾县{year}年水利工作要点", "一、加快重点水利工程建设", first,
                          "积极争取中央和省级水利补助资金，全年不少于2亿元。"])

    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(plan(2025, "全力推进南岭灌区续建配套与节水改造工程，确保汛前完成渠首改造，年底前完成干渠衬砌。"),
                   encoding="utf-8")
    new.write_text(plan(2026, "巩固南岭灌区续建配套与节水改造工程成果，汛前完成竣工验收并移交管护单位。"), encoding="utf-8")
    result = compare(parser.parse(old), parser.parse(new))
    assert [c.status for c in result.items if "南岭灌区" in (c.old or c.new or "")] == ["changed"]


def test_the_one_part_left_on_each_side_of_a_gap_is_the_same_part_rewritten(parser, tmp_path: Path) -> None:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("\n".join(["青禾市2024年工作要点", "一、重点工作", "（一）扩大有效需求", "全年实施重点项目300个。",
                              "（二）深化改革开放，持续优化营商环境", "推进政务服务一网通办。",
                              "（三）增进民生福祉", "新增城镇就业3万人。"]), encoding="utf-8")
    new.write_text("\n".join(["青禾市2025年工作要点", "一、重点工作", "（一）扩大有效需求", "全年实施重点项目320个。",
                              "（二）着力深化改革开放，持续增强发展动力活力", "开展国企改革深化提升行动。",
                              "（三）增进民生福祉", "新增城镇就业3.2万人。"]), encoding="utf-8")
    result = compare(parser.parse(old), parser.parse(new))
    pairs = [(s.old_heading, s.new_heading) for s in result.sections if s.level == 2]
    assert ("深化改革开放，持续优化营商环境", "着力深化改革开放，持续增强发展动力活力") in pairs
    assert {s.status for s in result.sections} <= {"same", "changed"}


_HEALTH_OLD = ["某县2025年民生实事实施方案", "一、重点项目", "（一）补齐基层短板",
               "1.推进村卫生室规范化建设", "全县村卫生室配备健康一体机，实现远程会诊全覆盖。",
               "2.建设乡镇养老服务站", "依托闲置校舍改建乡镇养老服务站8个。"]


def _health_plan(third: list[str], tail: list[str]) -> list[str]:
    """A plan whose third project under a kept part varies; the projects around it stay."""
    return [*_HEALTH_OLD, *third, *tail]


_TAIL = ["（二）改善人居环境", "完成农村户厕改造1200户，新建污水管网35公里。"]


def test_an_unrelated_project_at_the_same_number_is_removed_and_added(parser, tmp_path: Path) -> None:
    """"3.实施乡镇卫生院标准化提升工程" dropped and "3.实施农村公路安全生命防护提升工程" added at the same
    place: their headings share only the frame (实施…提升工程), their bodies nothing — a removed part and an
    added one, not one part renamed and rewritten. The same place with the heading reworded as much and the
    body kept is one part, renamed."""
    body = "对12所乡镇卫生院开展门诊、病房改造，配齐数字化影像设备。"
    result = _compared(parser, tmp_path, _health_plan(["3.实施乡镇卫生院标准化提升工程", body], _TAIL), _health_plan(
        ["3.实施农村公路安全生命防护提升工程", "在临水临崖路段增设波形护栏46公里，完善交通标志标线。"], _TAIL))
    assert [(s.status, s.old_heading, s.new_heading) for s in result.sections if s.status != "same"] == [
        ("removed", "实施乡镇卫生院标准化提升工程", None), ("added", None, "实施农村公路安全生命防护提升工程")]
    renamed = _compared(parser, tmp_path, _health_plan(["3.实施乡镇卫生院标准化提升工程", body], _TAIL),
                        _health_plan(["3.推进基层医疗机构服务能力达标行动", body], _TAIL))
    assert [(s.status, s.old_heading, s.new_heading, s.kinds) for s in renamed.sections if s.status != "same"] == [
        ("changed", "实施乡镇卫生院标准化提升工程", "推进基层医疗机构服务能力达标行动", ["renamed"])]


def test_the_one_sentence_left_on_each_side_of_a_gap_is_the_same_measure_rewritten(parser, tmp_path: Path) -> None:
    """Between sentences kept in a part and its counterpart, the one sentence left on each side is the
    measure rewritten when it shares some wording; sentences sharing none, or two left on one side,
    stay removed and added."""
    result = _compared(parser, tmp_path, [
        "某区2025年养老服务工作计划", "一、完善养老服务网络",
        "1.新建街道综合养老服务中心2个。", "2.组织助餐点开展老年人助餐服务，对高龄独居老人上门送餐。",
        "3.推进家庭养老床位建设200张。", "二、加强人才队伍建设", "1.举办养老护理员技能竞赛。",
        "2.开展养老机构消防安全大排查。", "3.落实养老护理员岗位补贴。"], [
        "某区2026年养老服务工作计划", "一、完善养老服务网络",
        "1.新建街道综合养老服务中心3个。", "2.对高龄独居老人建立助餐服务台账，推行上门送餐、精准服务。",
        "3.推进家庭养老床位建设300张。", "二、加强人才队伍建设", "1.举办养老护理员技能竞赛。",
        "2.建立养老服务人才实训基地。", "3.落实养老护理员岗位补贴。"])
    changed = [(c.old, c.new) for c in result.items if c.status == "changed"]
    assert ("2.组织助餐点开展老年人助餐服务，对高龄独居老人上门送餐。", "2.对高龄独居老人建立助餐服务台账，推行上门送餐、精准服务。") in changed
    assert [c.old for c in result.items if c.status == "removed"] == ["2.开展养老机构消防安全大排查。"]
    assert [c.new for c in result.items if c.status == "added"] == ["2.建立养老服务人才实训基地。"]


def test_two_lone_pledges_are_no_rewritten_measure(parser, tmp_path: Path) -> None:
    """Left alone between the same kept sentences, "（三）确保全年不发生较大以上安全事故。" and "（三）确保全乡安全形势
    持续稳定。" say no measure of their own (their clauses, label aside, are all stance): removed and added, not
    one rewritten."""
    result = _compared(parser, tmp_path, [
        "某乡2025年安全生产工作要点", "一、压实责任", "（一）明确各村安全生产责任人，签订目标责任书。",
        "（二）每季度召开一次安全生产形势分析会。", "（三）确保全年不发生较大以上安全事故。", "（四）组织开展消防安全大检查。"], [
        "某乡2026年安全生产工作要点", "一、压实责任", "（一）明确各村安全生产责任人，签订目标责任书。",
        "（二）每季度召开一次安全生产形势分析会。", "（三）确保全乡安全形势持续稳定。", "（四）组织开展消防安全大检查。"])
    assert sorted(c.status for c in result.items if c.status != "same") == ["added", "removed"]


def test_a_traditional_copy_compares_with_a_simplified_year_as_the_same_text(parser, tmp_path: Path) -> None:
    """One year reposted in traditional characters: parts, sentences and targets pair as if both were
    simplified, and only what changed is marked — in each side's own characters."""
    result = _compared(parser, tmp_path, [
        "某鎮2025年退役軍人服務工作要點", "一、健全服務體系", "全年走訪慰問重點優撫對象不少於300人次。",
        "二、促進就業創業", "舉行退役軍人就業洽談會2場，開展技能培訓150人次。"], [
        "某镇2026年退役军人服务工作要点", "一、健全服务体系", "全年走访慰问重点优抚对象不少于360人次。",
        "二、促进就业创业", "举行退役军人就业洽谈会2场，开展技能培训150人次。"])
    assert [(s.status, s.old_heading) for s in result.sections if s.old_heading] == [
        ("changed", "健全服務體系"), ("same", "促進就業創業")]
    assert sorted(i.status for i in result.items) == ["changed", "same"]
    assert sorted((t.status, t.old.value if t.old else None) for t in result.targets) == [
        ("changed", 300), ("same", 2), ("same", 150)]
    [changed] = [i for i in result.items if i.status == "changed"]
    assert [(op.old, op.new) for op in changed.inline if op.op != "equal"] == [("300", "360")]


def test_a_heading_that_states_a_target_is_not_renamed_when_only_its_figure_moves(parser, tmp_path: Path) -> None:
    """"（一）农村自来水普及率达到92%" → "…95%": the part keeps its name; its target changed."""
    result = _compared(parser, tmp_path, [
        "某县水利局2025年工作计划", "一、巩固农村供水", "（一）农村自来水普及率达到92%", "推进城乡供水一体化，新建管网80公里。",
        "（二）强化水源保护", "划定乡镇集中式饮用水水源保护区。"], [
        "某县水利局2026年工作计划", "一、巩固农村供水", "（一）农村自来水普及率达到95%", "推进城乡供水一体化，新建管网80公里。",
        "（二）强化水源保护", "划定乡镇集中式饮用水水源保护区。"])
    [part] = [s for s in result.sections if s.old_heading and "普及率" in s.old_heading]
    assert (part.status, part.kinds) == ("changed", ["content"])
    assert [(t.status, t.old.value, t.new.value) for t in result.targets if t.status == "changed"] == [("changed", 92, 95)]
    # a heading whose figure is no target it states ("第1阶段" → "第2阶段") is renamed
    staged = _compared(parser, tmp_path, ["某镇2025年工作方案", "一、实施步骤", "（一）第1阶段", "制定方案。", "（二）第2阶段", "组织实施。"],
                       ["某镇2026年工作方案", "一、实施步骤", "（一）第2阶段", "制定方案。", "（二）第3阶段", "组织实施。"])
    assert [s.kinds for s in staged.sections if s.old_heading and "阶段" in s.old_heading] == [["renamed"], ["renamed"]]


def test_a_reports_review_and_tasks_pair_by_role_however_each_year_words_and_dates_them(parser, tmp_path: Path) -> None:
    """"2025年县政府工作回顾" and "过去一年和本届政府五年工作回顾" are the one review part; "2026年县政府工作任务"
    and "对今年县政府工作的建议" the one tasks part — their headings and bodies share too little to pair on wording, and
    the part the new year adds between them leaves no single gap to pair across."""
    result = _compared(parser, tmp_path, [
        "政府工作报告", "一、2025年县政府工作回顾", "过去一年，全县地区生产总值增长4.3%，茶叶产量再创新高，山区农民收入较快增长。",
        "二、2026年县政府工作任务", "（一）扩大有效投资", "全年完成重大项目投资3000亿元。",
        "（二）办好民生实事", "新增城镇就业50万人以上。"], [
        "政府工作报告", "一、过去一年和本届政府五年工作回顾", "五年来，全县经济总量跨上新台阶，集镇面貌发生深刻变化，山林生态持续改善。",
        "二、今年全县发展的总体要求和预期目标", "今年全县发展主要预期目标是：地区生产总值增长6.5%左右。",
        "三、对今年县政府工作的建议", "（一）扩大有效投资", "全年完成重大项目投资3200亿元。",
        "（二）办好民生实事", "新增城镇就业50万人以上。"])
    pairs = {(s.old_heading, s.new_heading) for s in result.sections if s.level == 1}
    assert {("2025年县政府工作回顾", "过去一年和本届政府五年工作回顾"), ("2026年县政府工作任务", "对今年县政府工作的建议")} <= pairs
    assert [s.new_heading for s in result.sections if s.status == "added"] == ["今年全县发展的总体要求和预期目标"]
    assert not [s for s in result.sections if s.status == "removed"]


def test_a_measure_every_year_carries_reads_in_its_latest_wording(parser, tmp_path: Path) -> None:
    from jihua.pipeline.compare.series import series

    results = []
    for year, visits in ((2022, 4), (2023, 5), (2024, 6)):
        path = tmp_path / f"{year}.txt"
        path.write_text(f"某县民政局{year}年社会救助工作要点\n一、重点工作\n"
                        f"全年开展低保对象入户核查不少于{visits}次，确保应保尽保。\n"
                        f"做好{year}年度临时救助备用金拨付工作。\n", encoding="utf-8")
        results.append(parser.parse(path))
    view = series(results)
    assert "全年开展低保对象入户核查不少于6次，确保应保尽保。" in view.persistent
    assert not any("不少于4次" in m for m in view.persistent)


def test_a_sentence_rewritten_around_a_kept_clause_pairs_and_a_stock_clause_pairs_nothing(parser, tmp_path: Path) -> None:
    """Only the clause naming the work is kept (one road section is done, the next one begins):
    one measure, changed. A stock clause both years close on (确保按时保质完成任务) pairs nothing."""
    result = _compared(parser, tmp_path, [
        "青禾县交通运输局2024年工作要点", "一、重点工作",
        "完成青禾至柳河公路北段改造工程，新建农村公路养护站3个，开展路域环境整治。",
        "推进县客运中心站智能化改造和候车环境提升，确保按时保质完成任务。",
        "开展全县危桥隐患排查和限载标志设置，确保按时保质完成任务。"], [
        "青禾县交通运输局2025年工作要点", "一、重点工作",
        "完成青禾至柳河公路南段改造工程，启动城乡公交一体化示范县创建。",
        "全面推广电子客票和定制客运服务新模式，确保按时保质完成任务。",
        "实施国省干线桥梁预防性养护工程，确保按时保质完成任务。"])
    changed = [(i.old, i.new) for i in result.items if i.status == "changed"]
    assert [(o[:11], n[:11]) for o, n in changed] == [("完成青禾至柳河公路北段", "完成青禾至柳河公路南段")]
    assert sum(i.status == "added" for i in result.items) == 2 and sum(i.status == "removed" for i in result.items) == 2


def test_parts_merged_and_split_between_years_name_where_they_went(parser, tmp_path: Path) -> None:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("\n".join([
        "柳河县卫生健康局2024年工作要点",
        "一、加强基层医疗服务", "推进乡镇卫生院标准化建设，完成8家卫生院改造。", "组织县级医院专家下乡义诊每月一次。",
        "二、推进家庭医生签约", "重点人群家庭医生签约率达到75%以上。", "为签约居民提供上门随访服务。",
        "三、加强疾病防控和健康教育", "完成适龄儿童免疫规划疫苗接种率95%以上。", "做好流感和诺如病毒等重点传染病防控。",
        "开展健康知识进社区活动20场。", "组织健康科普讲座每季度一次。"]),
        encoding="utf-8")
    new.write_text("\n".join([
        "柳河县卫生健康局2025年工作要点",
        "一、提升基层医疗卫生服务能力", "推进乡镇卫生院标准化建设，完成10家卫生院改造。", "组织县级医院专家下乡义诊每月一次。",
        "重点人群家庭医生签约率达到80%以上。", "为签约居民提供上门随访服务。",
        "二、织牢疾病防控网", "完成适龄儿童免疫规划疫苗接种率95%以上。", "做好流感和诺如病毒等重点传染病防控。",
        "建立传染病多点触发监测预警机制。",
        "三、深化全民健康教育", "开展健康知识进社区活动30场。", "组织健康科普讲座每季度一次。"]), encoding="utf-8")
    result = compare(parser.parse(old), parser.parse(new))
    by_kind = {k: (s.old_heading, s.new_heading) for s in result.sections for k in s.kinds if k in ("merged", "split")}
    assert by_kind == {"merged": ("推进家庭医生签约", "提升基层医疗卫生服务能力"),
                       "split": ("加强疾病防控和健康教育", "深化全民健康教育")}
    assert not [s for s in result.sections if s.status in ("added", "removed")]


def test_two_measures_closing_on_the_same_pledge_are_not_one_measure(parser, tmp_path: Path) -> None:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("青禾县交通运输局2024年工作要点\n一、重点工作\n开展危险货物运输企业专项检查，确保全年不发生较大以上安全事故。\n",
                   encoding="utf-8")
    new.write_text("青禾县交通运输局2025年工作要点\n一、重点工作\n实施国省道路域环境整治，确保全年不发生较大以上安全事故。\n",
                   encoding="utf-8")
    result = compare(parser.parse(old), parser.parse(new))
    assert sorted(i.status for i in result.items) == ["added", "removed"]


def test_a_part_added_after_the_last_one_is_added_and_the_closing_address_stays_apart(parser, tmp_path: Path) -> None:
    """The closing address is printed after the last part, so it lands in that part's body; a part
    added at the end of this year's plan must not pair with last year's last part through it."""
    closing = "同志们，{year}年的任务已经明确，关键在于抓落实。让我们团结一心、真抓实干，奋力开创全镇发展新局面！"
    result = _compared(parser, tmp_path, [
        "石桥镇2024年工作要点", "一、壮大特色产业", "新建高标准农田2000亩，培育家庭农场15家。",
        "二、改善人居环境", "完成农村户厕改造300户，建成村级污水处理站4座。", closing.format(year=2024)], [
        "石桥镇2025年工作要点", "一、壮大特色产业", "新建高标准农田2500亩，培育家庭农场20家。",
        "二、改善人居环境", "完成农村户厕改造300户，建成村级污水处理站4座。",
        "三、守牢安全底线", "开展森林防火和防汛隐患排查，消除重大隐患。", closing.format(year=2025)])
    by_new = {s.new_heading: s for s in result.sections}
    assert (by_new["守牢安全底线"].status, by_new["改善人居环境"].status) == ("added", "same")
    olds = [s.old_heading for s in result.sections if s.old_heading]
    assert len(olds) == len(set(olds))  # no part of last year pairs twice
    closing_items = [i for i in result.items if "团结一心" in (i.new or "") or "任务已经明确" in (i.new or "")]
    assert [(i.status, i.moved) for i in closing_items] == [("changed", False), ("same", False)]


def test_only_trailing_addresses_to_the_audience_are_the_closing() -> None:
    from jihua.pipeline.compare.views import closing_count

    assert closing_count(["推进老旧小区改造。", "各位委员，做好今年工作意义重大。", "让我们携手并进，再创佳绩！"]) == 2
    assert closing_count(["推进老旧小区改造。", "组织健康科普讲座每季度一次。"]) == 0
    assert closing_count(["让我们携手并进，再创佳绩！"]) == 0  # a part keeps its first paragraph


def test_a_closing_address_needs_an_address_word_not_only_an_exclamation() -> None:
    last_part = ["全面推进城乡供水一体化，年内完成管网改造30公里。", "确保全年各项任务圆满完成！"]
    assert closing_count(last_part) == 0  # a measure that ends on ！ is the part's own
    assert closing_count([*last_part, "各位代表，让我们团结一心、砥砺奋进，为建设美好家园而努力奋斗！"]) == 1


def test_split_and_merge_are_read_from_where_the_measures_went_and_only_true_moves_are_moved(
        parser, tmp_path: Path) -> None:
    """A new part holding one measure of a kept part (and one moved in from elsewhere) split from
    it; an old part whose one surviving measure went into a kept part merged into it. Measures
    that followed their part are not moved; the one the author moved is, with status moved."""
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("\n".join([
        "白沙县林业局2024年工作要点", "一、重点工作",
        "（一）加强森林资源管护", "完成营造林面积5000亩，补植补造退化林地。", "落实林长制巡护制度，护林员每日巡山。",
        "开展松材线虫病秋季普查，及时清理病死树。",
        "（二）推进林下经济", "发展林下中药材种植，扩大林菌林药规模。", "培育林下经济示范基地，带动农户增收。",
        "（三）做好森林防火", "建设防火隔离带，储备扑火物资。", "组织森林消防队伍开展实战演练。",
        "（四）壮大油茶产业", "推进低产油茶林改造，提高单位面积产量。", "引进油茶精深加工企业，延长产业链条。"]),
        encoding="utf-8")
    new.write_text("\n".join([
        "白沙县林业局2025年工作要点", "一、重点工作",
        "（一）科学开展国土绿化", "完成营造林面积5000亩，补植补造退化林地。",
        "（二）强化林业有害生物防治", "开展松材线虫病秋季普查，及时清理病死树。", "组织森林消防队伍开展实战演练。",
        "（三）推进林下经济", "发展林下中药材种植，扩大林菌林药规模。", "培育林下经济示范基地，带动农户增收。",
        "（四）做好森林防火和产业发展", "建设防火隔离带，储备扑火物资。", "推进低产油茶林改造，提高单位面积产量。"]),
        encoding="utf-8")
    result = compare(parser.parse(old), parser.parse(new))
    regrouped = {k: (s.old_heading, s.new_heading) for s in result.sections for k in s.kinds if k in ("merged", "split")}
    assert regrouped == {"split": ("加强森林资源管护", "强化林业有害生物防治"),
                         "merged": ("壮大油茶产业", "做好森林防火和产业发展")}
    assert not [s for s in result.sections if s.status in ("added", "removed")]
    moved = [(i.status, i.old_section, i.new_section) for i in result.items if i.moved]
    assert moved == [("moved", "做好森林防火", "强化林业有害生物防治")]
    assert result.summary.items.moved == 1 and result.summary.items.same == 6


def test_a_reworded_measure_whose_target_paired_pairs_and_reveals_a_merge(parser, tmp_path: Path) -> None:
    """The one measure of a dropped part that kept its wording is not half the part; the reworded
    one stating the same target (不少于30户) is the same measure, so the part merged."""
    result = _compared(parser, tmp_path, [
        "青石镇2023年工作要点", "一、发展壮大村集体经济", "盘活闲置集体资产，发展物业经济。", "推进村级光伏电站建设。",
        "二、深化党建引领", "每名镇村干部结对帮扶困难家庭不少于30户，定期走访。",
        "开展党员积分制管理，激发党员活力。", "整顿软弱涣散村党组织，选优配强带头人。"], [
        "青石镇2024年工作要点", "一、党建引领发展壮大村集体经济", "盘活闲置集体资产，发展物业经济。", "推进村级光伏电站建设。",
        "建立村集体经济收益分配机制。", "镇村干部要经常上门走访，每人结对联系困难家庭不少于30户。",
        "开展党员积分制管理，激发党员活力。"])
    assert [(s.old_heading, s.kinds) for s in result.sections if "merged" in s.kinds] == [("深化党建引领", ["merged"])]
    reworded = [i for i in result.items if i.status == "changed"]
    assert [(i.old[:8], i.new[:8], i.moved) for i in reworded] == [("每名镇村干部结对", "镇村干部要经常上", False)]
    assert [i.old for i in result.items if i.status == "removed"] == ["整顿软弱涣散村党组织，选优配强带头人。"]


def test_the_plan_year_rolled_forward_is_a_year_shift_not_a_rename_or_an_edit(parser, tmp_path: Path) -> None:
    result = _compared(parser, tmp_path, [
        "金沙县2024年全民健身实施方案", "一、主要任务", "新建社区健身路径20条，2024年9月底前完工。",
        "举办县级全民健身运动会，不少于10个比赛项目。", "2024年培训社会体育指导员200名。", "二、实施步骤",
        "（一）启动阶段（2024年2月—3月）",
        "制定任务清单，明确责任单位。", "（二）推进阶段（2024年4月—10月）", "各单位按清单组织实施。"], [
        "金沙县2025年全民健身实施方案", "一、主要任务", "新建社区健身路径20条，2025年9月底前完工。",
        "举办县级全民健身运动会，不少于12个比赛项目。", "2025年培训社会体育指导员260名。", "二、实施步骤",
        "（一）启动阶段（2025年2月—3月）",
        "制定任务清单，明确责任单位。", "（二）推进阶段（2025年4月—11月）", "各单位按清单组织实施。"])
    kinds = {s.new_heading: (s.status, s.kinds) for s in result.sections}
    assert kinds["启动阶段（2025年2月—3月）"] == ("changed", ["year_shift"])
    assert kinds["推进阶段（2025年4月—11月）"] == ("changed", ["renamed"])  # a month moved too: a real change
    shifted = [i for i in result.items if i.kinds == ["year_shift"]]
    assert [(i.status, i.new) for i in shifted] == [("changed", "新建社区健身路径20条，2025年9月底前完工。")]
    assert result.summary.year_shifts == 2 and result.summary.sections_renamed == 1
    trained = next(i for i in result.items if "指导员" in (i.new or ""))  # the year is no edit beside the figure
    assert [(op.op, op.old, op.new) for op in trained.inline if op.op != "equal"] == [("replace", "200", "260")]
    assert "".join(op.old for op in trained.inline) == trained.old and "".join(op.new for op in trained.inline) == trained.new


def test_a_list_label_on_one_side_only_is_no_edit(parser, tmp_path: Path) -> None:
    """A deck's "■ " bullet against a Word file's bare sentence, or "1、" against none: numbering, not
    wording — kept on its side as unchanged text, never struck through."""
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("\n".join(["青禾县2024年团委工作要点", "一、重点工作", "■ 全年组织青年宣讲不少于50场，覆盖全部乡镇。"]),
                   encoding="utf-8")
    new.write_text("\n".join(["青禾县2025年团委工作要点", "一、重点工作", "全年组织青年宣讲不少于60场，覆盖全部乡镇。"]),
                   encoding="utf-8")
    result = compare(parser.parse(old), parser.parse(new))
    [changed] = [i for i in result.items if i.status == "changed"]
    marked = [(op.op, op.old, op.new) for op in changed.inline if op.op != "equal"]
    assert marked == [("replace", "50", "60")]
    # the typed "■ " is the entry's label, as a bullet Word draws is: the words are compared, the glyph is no edit
    assert changed.inline[0].op == "equal" and not any("■" in (op.old or "") for op in changed.inline)


def test_a_sentence_kept_word_for_word_in_another_part_is_moved_not_paired_with_a_lookalike(
        parser, tmp_path: Path) -> None:
    """The same sentence, now in another part, is that sentence moved; the dropped one it resembles
    in the part it went to ("推进…防御能力建设" against "建设…防御指挥中心") is removed, not its edit."""
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("\n".join([
        "松溪县水利局2024年工作要点", "一、加快水利工程建设",
        "新建小型水库2座，除险加固病险山塘15口。建设县级水旱灾害防御指挥中心。完成灌区渠系改造30公里。",
        "二、强化水旱灾害防御", "修订防汛抗旱应急预案。推进县级水旱灾害防御能力建设。组织防汛应急演练2次。"]),
        encoding="utf-8")
    new.write_text("\n".join([
        "松溪县水利局2025年工作要点", "一、推动水利工程提质增效",
        "新建小型水库3座，除险加固病险山塘20口。完成灌区渠系改造35公里。",
        "二、筑牢水旱灾害防御底线", "修订防汛抗旱应急预案。建设县级水旱灾害防御指挥中心。组织防汛应急演练2次。"]),
        encoding="utf-8")
    result = compare(parser.parse(old), parser.parse(new))
    status = {(i.old, i.new): (i.status, i.moved) for i in result.items}
    kept = "建设县级水旱灾害防御指挥中心。"
    assert status[kept, kept] == ("moved", True)
    assert status["推进县级水旱灾害防御能力建设。", None] == ("removed", False)
    assert [i.new for i in result.items if i.status == "changed"] == [
        "新建小型水库3座，除险加固病险山塘20口。", "完成灌区渠系改造35公里。"]


def test_in_a_new_term_report_the_five_year_goals_never_stand_in_for_the_years_requirements(
        parser, tmp_path: Path) -> None:
    """A 换届 report puts the five-year goals where last year's report had the year's requirements,
    and moves this year's requirements into the tasks part. Both state the same figures, but the
    parts play different roles and their headings share little: removed and added, not renamed."""
    result = _compared(parser, tmp_path, [
        "政府工作报告", "一、2025年工作回顾", "全县地区生产总值增长5.8%，城镇新增就业4200人，新建农村公路120公里。",
        "二、2026年经济社会发展总体要求和主要预期目标",
        "今年全县工作的总体要求是：坚持稳中求进，统筹发展和安全。",
        "主要预期目标是：地区生产总值增长6%左右，城镇新增就业4000人以上，居民人均可支配收入增长6%。",
        "三、2026年重点工作", "（一）扩大有效投资", "实施县级重点项目80个，完成投资120亿元。",
        "（二）办好民生实事", "新建幼儿园3所，改造农村危房200户。"], [
        "政府工作报告", "一、过去五年工作回顾", "五年来，全县地区生产总值年均增长6.1%，城镇新增就业累计2.1万人。",
        "二、今后五年的奋斗目标",
        "今后五年全县工作的总体要求是：坚持稳中求进，统筹发展和安全。",
        "主要目标是：地区生产总值年均增长6%左右，城镇新增就业累计2万人以上，居民收入增长与经济增长同步。",
        "三、2027年工作安排", "今年全县工作的主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业4000人以上。",
        "（一）扩大有效投资", "实施县级重点项目85个，完成投资130亿元。",
        "（二）办好民生实事", "新建幼儿园2所，改造农村危房150户。"])
    pairs = {(s.old_heading, s.new_heading) for s in result.sections if s.level == 1}
    assert ("2025年工作回顾", "过去五年工作回顾") in pairs and ("2026年重点工作", "2027年工作安排") in pairs
    assert not any(o and n and "总体要求" in o and "五年" in n for o, n in pairs)
    assert [s.new_heading for s in result.sections if s.status == "added"] == ["今后五年的奋斗目标"]


def test_a_part_split_off_with_new_measures_is_split_when_its_old_measures_came_from_its_neighbour(
        parser, tmp_path: Path) -> None:
    """The new part beside a kept one took two of its measures and added four of its own: under a
    new heading it is still the split-off half, its two measures are not moved, the part not added."""
    result = _compared(parser, tmp_path, [
        "桐溪县文化和旅游局2024年工作要点", "一、重点工作", "（一）推进文旅融合发展",
        "创建国家4A级旅游景区1家。举办桐溪油菜花旅游节。完善乡村民宿服务标准，新增精品民宿20家。",
        "建设县城文化街区夜间消费集聚区。开展旅游景区安全隐患排查。",
        "（二）加强文物保护", "完成古村落保护修缮5处。开展第四次全国文物普查。"], [
        "桐溪县文化和旅游局2025年工作要点", "一、重点工作", "（一）推进文旅深度融合",
        "创建国家4A级旅游景区2家。举办桐溪油菜花旅游节。开展旅游景区安全隐患排查。",
        "（二）培育文旅消费新场景",
        "完善乡村民宿服务标准，新增精品民宿30家。建设县城文化街区夜间消费集聚区，打造特色夜市2条。",
        "发放文旅消费券500万元。推出研学旅行精品线路10条。开发非遗文创产品。举办山地露营音乐节。",
        "（三）加强文物保护", "完成古村落保护修缮6处。开展第四次全国文物普查。"])
    split = [(s.old_heading, s.new_heading) for s in result.sections if "split" in s.kinds]
    assert split == [("推进文旅融合发展", "培育文旅消费新场景")]
    assert not [s for s in result.sections if s.status in ("added", "removed")]
    came = [i for i in result.items if i.new_section == "培育文旅消费新场景" and i.old]
    assert len(came) == 2 and not any(i.moved for i in came)
    assert sum(i.status == "added" for i in result.items) == 4


def test_a_new_part_holding_one_moved_measure_is_added_not_split(parser, tmp_path: Path) -> None:
    """One measure moved into a part otherwise new does not make that part a split half."""
    result = _compared(parser, tmp_path, [
        "桐溪县文化和旅游局2024年工作要点", "一、重点工作", "（一）推进文旅融合发展",
        "创建国家4A级旅游景区1家。举办桐溪油菜花旅游节。建设县城文化街区夜间消费集聚区。",
        "（二）加强文物保护", "完成古村落保护修缮5处。开展第四次全国文物普查。"], [
        "桐溪县文化和旅游局2025年工作要点", "一、重点工作", "（一）推进文旅深度融合",
        "创建国家4A级旅游景区2家。举办桐溪油菜花旅游节。",
        "（二）培育文旅消费新场景",
        "建设县城文化街区夜间消费集聚区，打造特色夜市2条。发放文旅消费券500万元。推出研学旅行精品线路10条。",
        "（三）加强文物保护", "完成古村落保护修缮6处。开展第四次全国文物普查。"])
    assert [(s.status, s.new_heading) for s in result.sections if s.status == "added" or "split" in s.kinds] == [
        ("added", "培育文旅消费新场景")]


def test_one_quantity_printed_in_another_unit_is_the_same_target() -> None:
    """3.5公里 one year, 3500米 the next: one figure, no change; 4000米 against 3.5公里 is raised by 500 米."""
    def target(text: str, value: float, unit: str) -> plan.Target:
        return _target(text, value, unit, metric="新建步道", base_unit=unit)

    old = target("新建步道3.5公里", 3.5, "公里")
    assert target_score(old, target("新建步道3500米", 3500, "米")) > 0
    same = target_change(old, target("新建步道3500米", 3500, "米"), {})
    assert same.status == "same"
    raised = target_change(old, target("新建步道4000米", 4000, "米"), {})
    assert (raised.status, raised.direction, raised.delta) == ("changed", "raised", 500)
    thick = _target("耕作层厚度达到0.25米以上", 0.25, "米", metric="耕作层厚度", base_unit="米")
    assert target_change(thick, _target("耕作层厚度达到25厘米以上", 25, "厘米", metric="耕作层厚度",
                                        base_unit="厘米"), {}).status == "same"


def test_last_years_measure_reported_in_this_years_review_is_no_rewrite(parser, tmp_path: Path) -> None:
    """A town report plans "建成冷链物流中心1个" under its tasks; next year's review reports it done. The
    review sentence is the plan carried out (a trace), so the old measure is removed and the review
    sentence added — never one measure rewritten or moved into the review."""
    result = _compared(parser, tmp_path,
                       ["石门镇2024年政府工作报告", "一、2023年工作回顾", "全年完成镇村道路硬化18公里。",
                        "二、2024年重点工作", "（一）壮大镇域经济", "培育规上企业2家，建成冷链物流中心1个。",
                        "推进电商服务站提档升级，新建村级服务点6个。"],
                       ["石门镇2025年政府工作报告", "一、2024年工作回顾", "全年完成镇村道路硬化21公里。",
                        "建成冷链物流中心1个，培育规上企业2家。",
                        "二、2025年重点工作", "（一）壮大镇域经济", "实施镇区雨污分流改造，新建污水管网5公里。",
                        "推进电商服务站提档升级，新建村级服务点8个。"])
    got = {(i.old, i.new): i.status for i in result.items}
    assert got[("培育规上企业2家，建成冷链物流中心1个。", None)] == "removed"
    assert got[(None, "建成冷链物流中心1个，培育规上企业2家。")] == "added"
    assert got[("全年完成镇村道路硬化18公里。", "全年完成镇村道路硬化21公里。")] == "changed"


def test_a_floor_and_a_stretch_pair_with_tiers_or_a_single_figure_never_added_or_removed(parser, tmp_path: Path) -> None:
    """"确保86亿元、力争90亿元" → "95亿元": both tiers change into the one figure; → "确保96亿元，力争100亿元": floor
    to floor, stretch to stretch. A metric new this year brings both its tiers as added."""
    def plan_text(year: int, line: str) -> list[str]:
        return [f"白沙镇{year}年政府工作报告", f"一、{year}年主要目标", f"主要预期目标是：{line}",
                f"二、{year}年重点工作", "新建农村公路12公里。"]

    single = _compared(parser, tmp_path, plan_text(2024, "地区生产总值确保完成86亿元、力争90亿元；进出口总额增长5%。"),
                       plan_text(2025, "地区生产总值95亿元；进出口总额增长5%；税收收入确保4亿元、力争4.5亿元。"))
    got = {(t.status, t.old.value if t.old else None, t.new.value if t.new else None) for t in single.targets}
    assert got == {("changed", 86, 95), ("changed", 90, 95), ("same", 5, 5), ("same", 12, 12),
                   ("added", None, 4), ("added", None, 4.5)}
    assert all(t.kinds == ["value", "wording"] for t in single.targets if t.status == "changed")
    tiers = _compared(parser, tmp_path, plan_text(2024, "地区生产总值确保完成86亿元、力争90亿元。"),
                      plan_text(2025, "地区生产总值确保完成96亿元，力争100亿元。"))
    got = {(t.status, t.old.tier if t.old else None, t.old.value if t.old else None, t.new.value if t.new else None)
           for t in tiers.targets if t.old and t.old.base_unit == "元"}
    assert got == {("changed", "floor", 86, 96), ("changed", "stretch", 90, 100)}


def test_an_expected_figure_and_its_stretch_both_change_into_the_next_years_single_figure(parser, tmp_path: Path) -> None:
    """"增长6%左右、力争6.5%" → "增长7%左右": the expected tier pairs the single figure and the stretch goes with it."""
    def plan_text(year: int, line: str) -> list[str]:
        return [f"柳溪乡{year}年政府工作报告", f"一、{year}年主要目标", f"主要预期目标是：{line}",
                f"二、{year}年重点工作", "改造农村危房30户。"]

    result = _compared(parser, tmp_path, plan_text(2024, "农业增加值增长6%左右、力争达到6.5%。"),
                       plan_text(2025, "农业增加值增长7%左右。"))
    got = {(t.status, t.old.tier if t.old else None, t.old.value if t.old else None, t.new.value if t.new else None)
           for t in result.targets if t.old is None or t.old.unit == "%"}
    assert got == {("changed", "expected", 6, 7), ("changed", "stretch", 6.5, 7)}


def test_a_figure_set_as_two_tiers_the_next_year_keeps_its_history_in_each_tiers_track(parser, tmp_path: Path) -> None:
    from jihua.pipeline.compare.series import series

    results = []
    for year, line in ((2024, "规上工业产值52亿元。"), (2025, "规上工业产值确保完成56亿元、力争60亿元。")):
        path = tmp_path / f"{year}.txt"
        path.write_text(f"白沙镇{year}年政府工作报告\n一、{year}年主要目标\n{line}\n二、{year}年重点工作\n新建农村公路12公里。\n",
                        encoding="utf-8")
        results.append(parser.parse(path))
    tracks = [[v.value if v else None for v in t.values] for t in series(results).targets if t.unit == "亿元"]
    assert sorted(tracks) == [[52, 56], [52, 60]]


def test_reordered_indicators_pair_by_measure_not_by_place(parser, tmp_path: Path) -> None:
    """Two neighbouring indicators with shared wording swap places and a 为民办实事 list is reordered: each pairs
    with its own measure (a cut from 15% to 9% is not hidden behind "unchanged"), order settles only near ties."""
    result = _compared(parser, tmp_path, [
        "石门县2024年政府工作报告", "一、2024年主要预期目标",
        "主要预期目标是：社会消费品零售总额增长7%；农村居民人均可支配收入增长8%；城镇居民人均可支配收入增长6%。",
        "二、为民办实事", "1．新建乡镇养老服务中心6个。", "2．改造乡村公路80公里。", "3．新增社区食堂20个。"], [
        "石门县2025年政府工作报告", "一、2025年主要预期目标",
        "主要预期目标是：社会消费品零售总额增长7%；城镇居民人均可支配收入增长8%；农村居民人均可支配收入增长7.5%。",
        "二、为民办实事", "1．改造乡村公路60公里。", "2．新增社区食堂20个。", "3．新建乡镇养老服务中心6个。"])
    pairs = {(t.old.text if t.old else None, t.new.text if t.new else None): t.status for t in result.targets}
    assert pairs[("城镇居民人均可支配收入增长6%", "城镇居民人均可支配收入增长8%")] == "changed"
    assert pairs[("农村居民人均可支配收入增长8%", "农村居民人均可支配收入增长7.5%")] == "changed"
    assert pairs[("改造乡村公路80公里", "改造乡村公路60公里")] == "changed"
    assert pairs[("新建乡镇养老服务中心6个", "新建乡镇养老服务中心6个")] == "same"
    assert pairs[("新增社区食堂20个", "新增社区食堂20个")] == "same"
    assert not [t for t in result.targets if t.status in ("added", "removed")]


def test_the_plans_own_year_named_or_not_is_no_period_change() -> None:
    """全年, 年内, 今年, 本年度 name the year every figure of a yearly plan is for: dropping them changes nothing. A
    recurring or part-year period (每季度, 上半年) is still a period."""
    plain = _target("新建乡村快递服务站40个", 40, "个", metric="新建乡村快递服务站")
    for word in ("全年", "年内", "今年", "本年度"):
        own = _target(f"{word}新建乡村快递服务站40个", 40, "个", period=word, metric="新建乡村快递服务站")
        change = target_change(own, plain, {})
        assert (change.status, change.kinds) == ("same", []), word
    half = _target("上半年新建乡村快递服务站40个", 40, "个", period="上半年", metric="新建乡村快递服务站")
    assert target_change(half, plain, {}).kinds == ["period"]
    quarterly = _target("每季度开展联合检查1次", 1, "次", period="每季度", metric="开展联合检查")
    yearly = _target("全年开展联合检查1次", 1, "次", period="全年", metric="开展联合检查")
    assert target_change(yearly, quarterly, {}).status == "changed"


def test_a_rate_restated_in_percentage_points_pairs_as_a_unit_change() -> None:
    """"下降4%" → "下降4个百分点" of one metric named alike is one line changed (kind unit), not a drop and a new
    target; a partner in the rate's own unit still comes first, and a level never pairs with a move."""
    rate = _target("单位工业增加值用水量下降4%", 4, "%", metric="单位工业增加值用水量下降")
    points = _target("单位工业增加值用水量下降4个百分点", 4, "个百分点", metric="单位工业增加值用水量下降",
                     base_unit="个百分点")
    change = target_change(rate, points, {})
    assert (change.status, change.kinds[0], change.direction) == ("changed", "unit", "unchanged")
    assert target_score(rate, points) >= TARGET_MATCH
    again = _target("单位工业增加值用水量下降3.5%", 3.5, "%", metric="单位工业增加值用水量下降")
    assert target_score(rate, again) > target_score(rate, points)
    moved = _target("森林覆盖率提高0.5个百分点", 0.5, "个百分点", metric="森林覆盖率提高", base_unit="个百分点")
    level = _target("森林覆盖率达到46%", 46, "%", metric="森林覆盖率达到")
    assert target_score(moved, level) == 0.0


def test_a_run_in_numbered_list_is_compared_item_by_item(parser, tmp_path: Path) -> None:
    """"一季度：1.…；2.…；3.…" holds three measures: one that goes to the next quarter is moved (its figure
    edited on the way), one dropped is removed, and the quarters' other measures are no change."""
    result = _compared(parser, tmp_path, [
        "石门县体育局2024年全民健身工作计划", "一、季度安排",
        "一季度：1.举办新春环城长跑，参赛群众不少于800人；2.开展社会体育指导员年度注册；3.检修全县室外健身器材。",
        "二季度：1.承办全市青少年篮球联赛；2.组织全民健身日广场展示活动；3.完成乡镇健身广场验收。",
        "三季度：1.举办老年门球邀请赛；2.开展体育场馆消防安全检查；3.编印科学健身知识手册。"], [
        "石门县体育局2025年全民健身工作计划", "一、季度安排",
        "一季度：1.开展社会体育指导员年度注册；2.检修全县室外健身器材。",
        "二季度：1.举办新春环城长跑，参赛群众不少于1000人；2.承办全市青少年篮球联赛；3.组织全民健身日广场展示活动；"
        "4.完成乡镇健身广场验收。",
        "三季度：1.举办老年门球邀请赛；2.编印科学健身知识手册。"])
    status = {(i.old, i.new): (i.status, i.moved) for i in result.items if i.status != "same" or i.moved}
    assert status == {
        ("1.举办新春环城长跑，参赛群众不少于800人；", "1.举办新春环城长跑，参赛群众不少于1000人；"): ("changed", True),
        ("2.开展体育场馆消防安全检查；", None): ("removed", False)}
    assert result.summary.items.moved == 1 and result.summary.items.removed == 1
    kept = {(i.old, i.new) for i in result.items if i.status == "same"}
    assert ("2.组织全民健身日广场展示活动；", "3.组织全民健身日广场展示活动；") in kept  # renumbered: no edit
    assert ("3.编印科学健身知识手册。", "2.编印科学健身知识手册。") in kept


@pytest.mark.parametrize(("sentence", "items"), [
    ("重点抓好三件事：一是修订考核办法；二是建立月调度制度；三是开展交叉检查。",
     ["重点抓好三件事：", "一是修订考核办法；", "二是建立月调度制度；", "三是开展交叉检查。"]),
    ("1.完成河道清淤12公里；2.新建堤防1.5公里。", ["1.完成河道清淤12公里；", "2.新建堤防1.5公里。"]),
    ("①摸清底数，②分类处置。", ["①摸清底数，", "②分类处置。"]),
    # one label cited, or labels that do not count 1, 2 … from where an item opens: one sentence
    ("按照通知第（1）项要求报送材料。", ["按照通知第（1）项要求报送材料。"]),
    ("完成1、2月份数据录入，3、做好归档。", ["完成1、2月份数据录入，3、做好归档。"]),
    ("（2）做好迎检准备；（3）整理台账。", ["（2）做好迎检准备；（3）整理台账。"]),
])
def test_run_in_items_cut_only_a_list_counting_from_one(sentence: str, items: list[str]) -> None:
    assert run_in_items(sentence) == items
    assert "".join(items) == sentence  # the items print the sentence as it stood


def test_a_tasks_bracketed_assignment_stays_with_its_task(parser, tmp_path: Path) -> None:
    """"…。（责任股室：综合股）" names who carries the task out: it is compared with its task, after the stop or on a
    line of its own, so one task dropped and another added are removed and added, and their tags never pair as
    an edit ("（责任股室：执法股） -> （责任股室：登记股）")."""
    result = _compared(parser, tmp_path, [
        "柳塘县市场监管局2025年工作要点", "一、强化市场秩序监管",
        "开展食品安全“守底线”专项检查，全年抽检食品批次不少于900批。（责任股室：食品股）",
        "对城区农贸市场开展计量器具专项整治，重点查处短斤缺两行为。（责任股室：执法股）",
        "二、优化营商环境",
        "推行经营主体登记“一网通办”，压缩开办时间。", "（牵头领导：周某某；责任股室：登记股）"], [
        "柳塘县市场监管局2026年工作要点", "一、强化市场秩序监管",
        "开展食品安全“守底线”专项检查，全年抽检食品批次不少于1000批。（责任股室：食品股）",
        "对网络直播营销开展专项监测，督促平台落实主体责任。（责任股室：网监股）",
        "二、优化营商环境",
        "推行经营主体登记“一网通办”，压缩开办时间。", "（牵头领导：吴某某；责任股室：登记股）"])
    edits = {(i.status, i.old, i.new) for i in result.items if i.status != "same"}
    assert edits == {
        ("changed", "开展食品安全“守底线”专项检查，全年抽检食品批次不少于900批。（责任股室：食品股）",
         "开展食品安全“守底线”专项检查，全年抽检食品批次不少于1000批。（责任股室：食品股）"),
        ("removed", "对城区农贸市场开展计量器具专项整治，重点查处短斤缺两行为。（责任股室：执法股）", None),
        ("added", None, "对网络直播营销开展专项监测，督促平台落实主体责任。（责任股室：网监股）"),
        # the tag on a line of its own joined its task: a new lead is that task's edit
        ("changed", "推行经营主体登记“一网通办”，压缩开办时间。（牵头领导：周某某；责任股室：登记股）",
         "推行经营主体登记“一网通办”，压缩开办时间。（牵头领导：吴某某；责任股室：登记股）")}


@pytest.mark.parametrize(("paragraphs", "items"), [
    (["完成农村公路养护120公里。（完成时限：10月底前）（责任单位：县交通运输局）"],
     ["完成农村公路养护120公里。（完成时限：10月底前）（责任单位：县交通运输局）"]),
    (["新建村级便民服务点8个。（县商务局牵头，各乡镇配合）推进快递进村。"],
     ["新建村级便民服务点8个。（县商务局牵头，各乡镇配合）", "推进快递进村。"]),
    (["1.修订考勤制度。（责任科室：办公室）2.开展作风督查。（责任科室：督查室）"],
     ["1.修订考勤制度。（责任科室：办公室）", "2.开展作风督查。（责任科室：督查室）"]),
    # an aside that names no one's duty, or a list label, is no assignment: it stands where it stood
    (["完善应急预案。", "（见附件2）"], ["完善应急预案。", "（见附件2）"]),
    (["组织业务培训。（一）开展岗位练兵。"], ["组织业务培训。", "（一）开展岗位练兵。"]),
    # a tag with nothing before it in the part, or opening a paragraph with text after it, is not moved
    (["（责任单位：县水利局）", "加固病险水库2座。"], ["（责任单位：县水利局）", "加固病险水库2座。"]),
    (["修缮文物点3处。", "（责任单位：县文旅局）开展非遗展演。"], ["修缮文物点3处。", "（责任单位：县文旅局）开展非遗展演。"]),
])
def test_an_assignment_tag_joins_the_item_before_it(paragraphs: list[str], items: list[str]) -> None:
    assert [i.text for i in items_of(paragraphs, [], 1)] == items


def test_a_part_whose_elder_sibling_left_for_another_part_has_not_moved(parser, tmp_path: Path) -> None:
    """（二） goes to the second part; （三）, renumbered （二）, still follows （一) as it did: only （二） moved.
    Moves are read from the order the parts kept, not from their places (which shift when one leaves)."""
    result = _compared(parser, tmp_path, [
        "石湖区2024年城市管理工作要点", "一、提升市容环境",
        "（一）整治背街小巷", "完成背街小巷整治45条。", "（二）规范户外广告", "拆除违规户外广告牌120块。",
        "（三）推进垃圾分类", "新建垃圾分类投放点60个。",
        "二、强化执法监管", "（一）开展占道经营治理", "全年劝导流动摊贩800余次。"], [
        "石湖区2025年城市管理工作要点", "一、提升市容环境",
        "（一）整治背街小巷", "完成背街小巷整治50条。", "（二）推进垃圾分类", "新建垃圾分类投放点60个。",
        "二、强化执法监管", "（一）开展占道经营治理", "全年劝导流动摊贩800余次。",
        "（二）规范户外广告", "拆除违规户外广告牌120块。"])
    moved = [s.old_heading for s in result.sections if s.status == "moved"]
    assert moved == ["规范户外广告"]


def test_a_measure_moved_up_inside_its_part_is_moved_and_the_rest_keep_their_order(parser, tmp_path: Path) -> None:
    """Kept in its part but put before two measures it followed: moved (kind reordered), the others not — a
    measure dropped before them shifts their numbers, not their order; a measure rewritten where it stood
    is changed, not moved."""
    measures = ["开展河道保洁专项行动，清理河道垃圾漂浮物。", "新建污水收集管网18公里。", "完成农村黑臭水体治理12处。",
                "落实河湖长巡河制度，每月巡河不少于2次。", "建设美丽河湖示范段3条。"]
    old = ["溪口县2024年治水工作要点", "一、重点任务", *(f"{k}、{m}" for k, m in enumerate(measures, 1))]
    kept = [measures[1], measures[4], measures[2], "落实河湖长巡河制度，每月巡河不少于3次。"]
    new = ["溪口县2025年治水工作要点", "一、重点任务", *(f"{k}、{m}" for k, m in enumerate(kept, 1))]
    result = _compared(parser, tmp_path, old, new)
    moved = [(c.status, c.new, c.kinds) for c in result.items if c.moved]
    assert moved == [("moved", "2、建设美丽河湖示范段3条。", ["reordered"])]
    assert [c.status for c in result.items if "巡河" in (c.new or "")] == ["changed"]
    from jihua.pipeline.report.markdown import moved_from

    assert moved_from(next(c for c in result.items if c.moved)) == "重点任务内调整顺序"


def test_a_sentence_said_twice_in_its_part_and_a_loose_rewrite_mark_no_reorder() -> None:
    """Which copy of "同志们！" went where cannot be told, and a sentence paired loosely with its rewrite says
    little of where it went: neither anchors the order nor is reported reordered."""
    from jihua.pipeline.compare.moves import reordered as _reordered
    from jihua.pipeline.compare.views import Item, Part

    def part(texts: list[str]) -> Part:
        return Part("p", "一、", "重点任务", 1, "measures", None, [Item(t, t, 0) for t in texts])

    old, new = part(["甲项任务", "同志们", "乙项任务", "同志们", "丙项任务"]), part(["同志们", "乙项任务", "甲项任务", "同志们", "丙项任务"])
    o, n = old.items, new.items
    pairs = [(o[0], n[2], 1.0), (o[1], n[0], 1.0), (o[2], n[1], 0.6), (o[3], n[3], 1.0), (o[4], n[4], 1.0)]
    assert _reordered([old], [new], pairs, lambda i, j: i == j) == set()
    assert _reordered([old], [new], [(o[0], n[2], 1.0), (o[2], n[1], 1.0), (o[4], n[4], 1.0)],
                      lambda i, j: i == j) == {0, 1}  # two kept word for word and swapped: both moved


def test_an_entrys_lead_heads_the_sentence_after_it_and_is_no_item_of_its_own(parser, tmp_path: Path) -> None:
    """"二是加强队伍建设。" titles the measure after it (what the parse makes a run-in heading when it reads one):
    one measure added is one item added. A lead stating a figure is a measure, and a lead with nothing after
    it stands alone."""
    assert [i.text for i in items_of(["一是加强队伍建设。举办业务培训班3期。"], [], 1)] == \
        ["一是加强队伍建设。举办业务培训班3期。"]
    assert [i.text for i in items_of(["一是全年培训干部200人次。举办业务培训班3期。"], [], 1)] == \
        ["一是全年培训干部200人次。", "举办业务培训班3期。"]
    assert [i.text for i in items_of(["一是加强队伍建设。", "举办业务培训班3期。"], [], 1)] == \
        ["一是加强队伍建设。", "举办业务培训班3期。"]
    result = _compared(parser, tmp_path, [
        "南屏县2024年妇联工作要点", "一、加强思想引领",
        "一是开展巾帼宣讲。组建巾帼宣讲队，全年宣讲不少于80场。"], [
        "南屏县2025年妇联工作要点", "一、加强思想引领",
        "一是开展巾帼宣讲。组建巾帼宣讲队，全年宣讲不少于80场。",
        "二是建设家风阵地。新建家风家教馆5个。"])
    assert [(c.status, c.new) for c in result.items if c.status != "same"] == [
        ("added", "二是建设家风阵地。新建家风家教馆5个。")]
