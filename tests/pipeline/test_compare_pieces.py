"""Item comparison past one-to-one wording: a run-in lead added, a target's measure reworded in its sentence,
a sentence split in two or two merged into one."""

from __future__ import annotations

from pathlib import Path

from jihua.pipeline.compare.diff import compare
from jihua.schemas import diff as d


def _diff(parser, tmp_path: Path, old_lines: list[str], new_lines: list[str]) -> d.DiffResult:  # type: ignore[no-untyped-def]
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("\n".join(old_lines), encoding="utf-8")
    new.write_text("\n".join(new_lines), encoding="utf-8")
    return compare(parser.parse(old), parser.parse(new))


def _item(result: d.DiffResult, words: str) -> d.ItemChange:
    return next(i for i in result.items if words in (i.new or "") or words in (i.old or ""))


def test_a_run_in_lead_added_before_an_unchanged_measure_keeps_the_measure(parser, tmp_path: Path) -> None:
    """"1.加固堤防12处…" → "一是筑牢防汛屏障。加固堤防12处…": the lead titles the measure, which is kept (same,
    kind lead_added); a measure reworded behind its new lead is still changed."""
    result = _diff(parser, tmp_path, [
        "南溪镇2024年水利工作计划", "一、重点任务", "1.加固河道堤防12处，消除汛期险情隐患。",
        "2.新建山塘2座，完善农田灌溉设施。"], [
        "南溪镇2025年水利工作计划", "一、重点任务", "一是筑牢防汛屏障。加固河道堤防12处，消除汛期险情隐患。",
        "二是完善灌溉设施。新建山塘3座，完善农田灌溉设施。"])
    kept = _item(result, "加固河道堤防")
    assert kept.status == "same" and "lead_added" in kept.kinds
    assert _item(result, "新建山塘").status == "changed"


def test_sub_parts_made_run_in_leads_of_one_part_keep_their_sentences(parser, tmp_path: Path) -> None:
    """Old sub-parts "（一）压实巡查责任" with their sentences; new: one part whose entries open "一是压实巡查责任。":
    the sentences are kept, not changed."""
    result = _diff(parser, tmp_path, [
        "南溪镇2024年水利工作计划", "一、重点任务", "新建山塘2座，完善农田灌溉设施。", "二、工作保障",
        "（一）压实巡查责任", "落实镇村两级巡河制度，每月开展一次联合巡查。",
        "（二）保障资金投入", "统筹各级水利资金，优先保障防汛设施维护。"], [
        "南溪镇2025年水利工作计划", "一、重点任务", "新建山塘2座，完善农田灌溉设施。", "二、工作保障",
        "一是压实巡查责任。落实镇村两级巡河制度，每月开展一次联合巡查。",
        "二是保障资金投入。统筹各级水利资金，优先保障防汛设施维护。"])
    assert _item(result, "联合巡查").status == "same"
    assert _item(result, "防汛设施维护").status == "same"


def test_a_target_whose_measure_changed_in_its_sentence_is_one_changed_target(parser, tmp_path: Path) -> None:
    """"培训护林员不少于300人次" → "举办护林员培训班不少于12期" in one reworded sentence: one target whose measure
    changed (kind measure), not one removed and one added."""
    result = _diff(parser, tmp_path, [
        "北岭县林业局2024年工作计划", "一、重点工作", "1.加强护林队伍建设，全年培训护林员不少于300人次。",
        "2.完成人工造林1.2万亩。"], [
        "北岭县林业局2025年工作计划", "一、重点工作", "1.加强护林队伍建设，全年举办护林员培训班不少于12期。",
        "2.完成人工造林1.2万亩。"])
    changed = [t for t in result.targets if t.status != "same"]
    assert len(changed) == 1 and changed[0].status == "changed" and "measure" in changed[0].kinds
    assert changed[0].old is not None and changed[0].old.value == 300


def test_a_sentence_split_in_two_is_one_change(parser, tmp_path: Path) -> None:
    """"建成养老服务站8个，为高龄老人提供助餐服务。" cut into two sentences, the second with words of its own: one
    change (kind split) with both halves, nothing added; an unrelated sentence beside it is still added."""
    result = _diff(parser, tmp_path, [
        "东湖街道2024年民政工作要点", "一、养老服务", "建成社区养老服务站8个，为辖区高龄老人提供助餐上门服务。",
        "二、社会救助", "落实低保动态管理，做到应保尽保。"], [
        "东湖街道2025年民政工作要点", "一、养老服务", "建成社区养老服务站8个。",
        "依托服务站为辖区高龄老人提供助餐上门服务，试点家庭养老床位。",
        "二、社会救助", "落实低保动态管理，做到应保尽保。", "组织开展消防安全演练3次。"])
    split = _item(result, "养老服务站")
    assert split.status == "changed" and "split" in split.kinds and "试点家庭养老床位" in (split.new or "")
    assert not any(i.status == "added" and "家庭养老床位" in (i.new or "") for i in result.items)
    assert _item(result, "消防安全演练").status == "added"


def test_two_sentences_merged_into_one_is_one_change(parser, tmp_path: Path) -> None:
    """Two sentences of a part made one: one change (kind merged), the second not reported removed."""
    result = _diff(parser, tmp_path, [
        "西河乡2024年农业工作计划", "一、重点工作", "实施河道清淤工程，清理淤泥3万立方米。",
        "推行河长巡河制度，实现巡河全覆盖。", "二、保障措施", "加强督查考核。"], [
        "西河乡2025年农业工作计划", "一、重点工作",
        "实施河道清淤工程，推行河长巡河制度，清理淤泥3.5万立方米，实现巡河全覆盖。", "二、保障措施", "加强督查考核。"])
    merged = [i for i in result.items if "merged" in i.kinds]
    assert len(merged) == 1 and "巡河全覆盖" in (merged[0].old or "") and "清理淤泥3万" in (merged[0].old or "")
    assert not any(i.status == "removed" for i in result.items)


def test_a_part_paired_on_its_body_alone_is_not_reported_identical() -> None:
    """A sub-part renamed outright ("推进茶业发展" → "做强特色产品") with its sentences kept pairs on its body (the
    sibling boost lifts that pairing score past 1), but its similarity reads headings and bodies as any pairing's
    does: well below 1.0; its body similarity is the bodies' own."""
    from jihua.pipeline.compare.diff import align_sections
    from jihua.pipeline.compare.views import Item, Part

    def parts(heading: str, body: list[str]) -> list[Part]:
        kids = [Part("a", "", "加强耕地保护", 2, "measures", 0, [Item("完成耕地占补平衡任务", "完成耕地占补平衡任务", 1)]),
                Part("b", "", heading, 2, "measures", 0, [Item(t, t, 2) for t in body])]
        for kid in kids:
            kid.subtree = kid.body
        return [Part("top", "", "重点任务", 1, "measures", None, [], "".join(k.subtree for k in kids)), *kids]

    old = parts("推进茶业发展", ["扩大生态茶园面积两千亩推广绿色防控技术", "建设茶叶初制加工厂两座"])
    new = parts("做强特色产品", ["扩大生态茶园面积三千亩推广绿色防控技术", "建设茶叶精制加工厂两座"])
    aligned = align_sections(old, new)
    assert aligned.pairs.get(2) == 2
    assert aligned.scores[2] < 0.9 and aligned.body[2] < 1.0
