"""Where the rules of the web-copy, outline and target stages stop: inputs they must leave alone.
Every text here is our own."""

from __future__ import annotations

from pathlib import Path

from jihua.pipeline.run_in import glued_split
from jihua.pipeline.stance import heading_context, stance
from jihua.pipeline.target_tables import row_clauses
from jihua.pipeline.targets import find_targets
from jihua.pipeline.webcopy import caption_reason, is_chrome

from jihua import extractors


def test_an_indicator_row_shorter_than_its_header_is_read_without_its_unit() -> None:
    rows = [["指标名称", "目标值", "单位"], ["婴儿死亡率", "5"], ["孕产妇死亡率", "10", "/10万"]]
    assert [r.text for r in row_clauses(rows)] == ["婴儿死亡率5", "孕产妇死亡率10/10万"]


def test_a_word_exported_html_table_stays_a_table(tmp_path: Path) -> None:
    cells = "".join(f"<tr><td><p>{a}</p></td><td><p>{b}</p></td></tr>" for a, b in
                    [("指标名称", "2025年目标"), ("城镇新增就业（万人）", "10"), ("城镇调查失业率（%）", "5")])
    path = tmp_path / "word.html"
    path.write_text(f"<html><body><h1>某县2025年就业工作要点</h1><p>为做好全年就业工作，制定本要点。</p><table>{cells}</table>"
                    "</body></html>", encoding="utf-8")
    _, blocks = extractors.extract(path)
    assert [b.kind for b in blocks] == ["title", "paragraph", "table"]


def test_rows_of_one_indicator_table_with_equal_values_are_all_targets(parser, tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text("# 某县2025年工业经济工作要点\n\n一、主要目标\n\n| 指标名称 | 单位 | 2025年目标 |\n|---|---|---|\n"
                    "| 规模以上工业增加值增长率 | % | 6 |\n| 规模以上工业企业利润增长率 | % | 6 |\n", encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert [(t.value, t.unit) for t in doc.targets] == [(6, "%"), (6, "%")]


def test_five_years_in_is_not_this_year() -> None:
    sentence = "今后五年内，全县地区生产总值达到350亿元。"
    [f] = find_targets(sentence)
    assert stance(sentence, f.clause, None, 2024) == "other"


def test_a_plan_heading_that_sets_up_a_report_on_progress_does_not_look_back() -> None:
    assert heading_context("建立工作进展情况通报制度", 2024) is None
    assert heading_context("一、2024年计划执行情况", 2025) == "review"
    # a plan the year's work acts on is no other period: its figures are the year's
    assert heading_context("科学编制“十五五”生态环境保护规划", 2025) is None
    assert heading_context("抓好普法规划宣传实施", 2022) is None
    assert heading_context("“十五五”时期主要目标", 2025) == "long_term"
    assert heading_context("“十四五”规划实施成效", 2025) == "review"  # that span's results


def test_a_plans_own_goals_printed_under_the_years_work_on_it_are_that_plans() -> None:
    sentence = "“十五五”规划确定的主要目标是：全县地区生产总值突破300亿元，城镇新增就业2万人。"
    assert [stance(sentence, f.clause, None, 2026) for f in find_targets(sentence)] == ["other", "other"]
    closing = "确保完成“十四五”规划确定的目标，全县地区生产总值增长6%。"  # naming the plan's goals introduces none
    assert [stance(closing, f.clause, None, 2025) for f in find_targets(closing)] == ["set"]


def test_a_heading_of_two_clauses_is_not_cut_at_a_verb_ending_its_first() -> None:
    assert glued_split("全面推进乡村振兴战略实施，加快农业农村现代化") is None


def test_as_one_and_to_become_one_are_no_counts() -> None:
    assert list(find_targets("要把全县作为一个整体统筹推进，培养成为一名合格的新型职业农民。")) == []


def test_a_marked_sentence_and_an_organisers_line_are_the_plans() -> None:
    assert caption_reason("▲各乡镇要建立工作台账，明确责任人。") is None
    assert not is_chrome("主办单位：县体育局")
    assert not is_chrome("主办单位：县体育局　承办单位：县文化馆")


def test_the_last_of_a_list_of_bullets_before_a_paragraph_is_an_entry(parser, tmp_path: Path) -> None:
    path = tmp_path / "bullets.txt"
    path.write_text("某县2025年安全工作计划\n一、主要任务\n• 开展隐患排查\n• 完善应急预案\n• 加强宣传培训\n"
                    "各单位要按照要求认真落实各项任务，确保取得实效。\n", encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert doc.sections[0].children == [] and len(doc.sections[0].paragraphs) == 4


def test_a_heading_naming_a_result_is_an_outcome_only_outside_a_review_and_another_period() -> None:
    """"社区治理成效明显" names an end state; in a part that reviews, for a past year or a five-year span it
    reports."""
    assert heading_context("社区治理成效明显", 2025) == "outcome"
    assert heading_context("社区治理成效明显", 2025, in_review=True) == "review"
    assert heading_context("2024年工作成效", 2025) == "review"
    assert heading_context("“十四五”期间城乡建设成效显著", 2026) == "review"
    assert heading_context("持续巩固社区治理成效", 2025) is None  # a verb acts on the result


def test_a_heading_that_acts_on_conditions_names_work_not_who_qualifies() -> None:
    assert heading_context("（二）报名条件", 2025) == "rules"
    assert heading_context("征集对象和条件", 2025) == "rules"
    for heading in ("放宽市场准入条件", "提升从业人员资质", "优化人才招聘条件"):
        assert heading_context(heading, 2025) != "rules"


def test_this_releases_rules_stop_where_their_evidence_does(parser, tmp_path: Path) -> None:
    from jihua.pipeline.compare.target_pairs import counts_alike
    from jihua.pipeline.rules.chrome import CHROME_LINE
    from jihua.pipeline.rules.periods import part_role
    from jihua.pipeline.title_lines import clean_title

    # a look back named for the work's progress and what it achieved; a schedule's date and time in the text
    assert part_role("重点项目推进及成效", 2025) is not None and part_role("重点项目推进及成效", 2025)[0] == "review"
    assert not CHROME_LINE.match("2026年3月12日 09:30")
    # a site's suffix naming a year is still the site's; a dash before a year is a list's mark
    assert clean_title("某局2026年工作计划 - 2026年工作计划范文大全") == "某局2026年工作计划"
    [dashed] = find_targets("——2026年城镇新增就业3000人以上。")
    assert dashed.metric.startswith("2026年")
    # the verb goes to a thing counted after it, not to money; two characters alone abbreviate nothing
    assert [f.metric for f in find_targets("改造农村公路50公里、桥梁3座。")] == ["改造农村公路", "改造桥梁"]
    assert not counts_alike("粮食产量", "粮油食品加工产值")
    # a page's field between a title and its date subtitle is no title
    path = tmp_path / "report.txt"
    path.write_text("\n".join(["柳塘县2026年政府工作报告", "主办单位：柳塘县人民政府",
                               "——2026年1月10日在柳塘县第十八届人民代表大会第五次会议上", "各位代表：",
                               "一、2025年工作回顾", "全县地区生产总值增长5.1%。", "二、2026年重点工作",
                               "全年实施重点项目100个以上。"]), encoding="utf-8")
    assert parser.parse(path).documents[0].title == "柳塘县2026年政府工作报告"


def test_a_portals_file_box_over_the_annex_it_lists_stays_the_documents(parser, tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("\n".join([
        "首页 > 政务公开 > 规划计划", "柳塘县2026年安全生产工作要点", "一、重点任务", "全年开展隐患排查不少于12次。",
        "二、保障措施", "加强组织领导，压实工作责任。", "附件：1.安全生产任务分解表.docx", "2.安全生产责任清单.xlsx",
        "附件1", "安全生产任务分解表", "序号 任务 责任单位", "1 开展隐患排查 县应急局"]), encoding="utf-8")
    [doc] = parser.parse(path).documents
    assert doc.sections[-1].type == "other" and "安全生产任务分解表" in doc.sections[-1].heading
