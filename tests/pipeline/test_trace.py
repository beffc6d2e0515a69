"""Trace over the bundled corpus: every measure and target of the 2023 plan, with the status the
2023 summary supports (read from corpus/sources/qinghe-2023-{plan,summary}.plan)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from jihua.pipeline.compare.trace import trace

# target → (status, figure the summary reports)
TARGETS = {
    "全年走访慰问驻县部队和重点优抚对象不少于300人次": ("met", 320),  # 走访慰问…320人次
    "组织军民共建活动不少于5次": ("not_met", 4),  # 全年组织军民共建活动4次
    "各类优抚资金发放率达到100%": ("met", 100),  # 发放率达到100%
    "退役士兵安置任务完成率达到100%": ("met", 100),
    "全年刊发双拥宣传稿件不少于40篇": ("met", 46),
    "会同县教育局在全县中小学开设国防教育课，每学期不少于2课时": ("reported", None),  # 开设国防教育课, no hours
    "军训时间不少于7天": ("met", 7),  # 组织高一新生军训7天
    "每季度召开一次军地联席会议": ("met", 4),  # 全年召开军地联席会议4次 = once a quarter
    "全年为部队办实事不少于8件": ("met", 9),
    "适龄男青年兵役登记率达到100%": ("met", 100),
    "大学生士兵比例不低于60%": ("not_mentioned", None),
    "新建军民共建示范点3个": ("met", 3),
    "邀请部队技术骨干为农民开展实用技术培训不少于2期": ("not_mentioned", None),
    "县双拥工作领导小组每半年召开一次全体成员会议": ("not_mentioned", None),
    "各成员单位明确1名双拥工作联络员": ("not_mentioned", None),  # only under 存在的问题
    "县财政安排双拥工作专项经费不少于50万元": ("not_mentioned", None),
    "县双拥办每半年开展一次专项督查": ("not_mentioned", None),
    "在退役士兵报到后30日内完成安置计划公示": ("reported", None),  # a span in days; 安置 reported, no days
}

# measure (its section, the opening of its text) → status
MEASURES = {
    ("工作目标", "全年走访慰问驻县部队"): "reported",
    ("开展集中宣传月活动", "以“八一”建军节为契机"): "reported",
    ("推进国防教育进校园", "会同县教育局"): "reported",
    ("服务部队练兵备战", "建立军地需求对接机制"): "reported",
    ("做好征兵工作", "严格落实兵役登记制度"): "reported",
    ("按时发放优抚资金", "严格执行国家抚恤补助标准"): "reported",  # 全年发放各类优抚资金1380万元
    ("开展走访慰问", "春节、“八一”期间"): "reported",  # 春节、“八一”期间走访慰问…
    ("做好退役士兵安置", "坚持阳光安置"): "reported",  # 接收退役士兵56名，安置任务完成率…
    ("深化军民共建", "推动驻县部队与乡镇"): "reported",
    ("深化军民共建", "1、组织部队官兵参与乡村振兴"): "reported",  # 参与乡村振兴志愿服务
    ("深化军民共建", "2、邀请部队技术骨干"): "not_mentioned",
    ("深化军民共建", "3、联合开展“军民共建美丽乡村”"): "not_mentioned",
    ("时间安排", "1—3月"): "reported",  # 春节走访慰问, 优抚资金发放
    ("时间安排", "4—6月"): "not_mentioned",  # 清明祭扫 and 征兵宣传 not reported, only 兵役登记
    ("时间安排", "7—9月"): "reported",  # 宣传月 in July, 八一 visits
    ("时间安排", "10—12月"): "not_mentioned",
    ("加强组织领导", "县双拥工作领导小组"): "not_mentioned",
    ("落实经费保障", "县财政安排"): "not_mentioned",
    ("严格督查考核", "将双拥工作纳入"): "not_mentioned",
}


@pytest.fixture(scope="module")
def traced(nlp_parser, corpus_files: Path):
    plan = nlp_parser.parse(corpus_files / "qinghe-2023-plan.styled.docx")
    summary = nlp_parser.parse(corpus_files / "qinghe-2023-summary.gb18030.txt")
    return plan, summary, trace(plan, summary, nlp_parser.nlp)


def test_every_target_of_the_plan_has_its_status(traced) -> None:
    _, _, result = traced
    got = {t.target.text: (t.status, t.reported_value) for t in result.targets}
    assert got == TARGETS


def test_every_measure_of_the_plan_has_its_status(traced) -> None:
    _, _, result = traced
    got = {}
    for m in result.measures:
        key = next((k for k in MEASURES if k[0] == m.section and m.text.startswith(k[1])), (m.section, m.text))
        got[key] = m.status
    assert got == MEASURES  # the table's header row (时间 | 主要工作 | 责任单位) is not a measure


def test_a_reported_measure_shows_the_passage(traced) -> None:
    _, _, result = traced
    visit = next(m for m in result.measures if m.section == "开展走访慰问")
    assert visit.match and "走访慰问驻县部队" in visit.match


def test_plan_and_summary_given_the_wrong_way_round_are_warned_about(traced, nlp_parser) -> None:
    plan, summary, result = traced
    assert result.warnings == []
    swapped = trace(summary, plan, nlp_parser.nlp)
    assert swapped.warnings and "wrong order" in swapped.warnings[0]


def _parsed(nlp_parser, tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return nlp_parser.parse(path)


PLAN_2024 = """某县退役军人事务局2024年工作要点
一、工作目标
全年新建村级退役军人服务站15个，退役军人就业率达到90%以上。
二、重点工作
（一）加强服务保障
新建村级退役军人服务站15个，提升服务站规范化水平。
"""
SUMMARY_2024 = """某县退役军人事务局2024年工作总结
一、主要工作成效
全年退役军人就业率达到92%，服务保障水平稳步提升。
二、存在的问题
村级服务站建设滞后，全年仅建成8个。
"""


def test_a_summarys_problems_are_no_evidence_of_what_was_done(nlp_parser, tmp_path: Path) -> None:
    plan = _parsed(nlp_parser, tmp_path, "plan.txt", PLAN_2024)
    summary = _parsed(nlp_parser, tmp_path, "summary.txt", SUMMARY_2024)
    result = trace(plan, summary, nlp_parser.nlp)
    assert result.warnings == []
    stations = [t for t in result.targets if t.target.unit == "个"]
    assert stations and all(t.status != "not_met" and t.reported_value is None for t in stations)


def test_a_plan_traced_against_another_years_summary_is_warned_about(nlp_parser, tmp_path: Path) -> None:
    plan = _parsed(nlp_parser, tmp_path, "plan.txt", PLAN_2024)
    summary = _parsed(nlp_parser, tmp_path, "summary.txt", SUMMARY_2024.replace("2024", "2023"))
    assert "the plan is for 2024 and the summary reports on 2023" in trace(plan, summary, nlp_parser.nlp).warnings[0]


def test_a_reported_figure_is_given_in_the_plans_unit(nlp_parser, tmp_path: Path) -> None:
    plan = _parsed(nlp_parser, tmp_path, "plan.txt", "某县人社局2025年工作要点\n一、技能培训\n开展补贴性职业技能培训1万人次。\n"
                                                     "二、就业\n全年城镇新增就业0.6万人。\n")
    summary = _parsed(nlp_parser, tmp_path, "summary.txt", "某县人社局2025年工作总结\n一、技能培训\n开展补贴性职业技能培训12650人次。\n"
                                                           "二、就业\n全年城镇新增就业5800人。\n")
    got = {t.target.unit: (t.reported_value, t.status) for t in trace(plan, summary, nlp_parser.nlp).targets}
    assert got == {"万人次": (1.265, "met"), "万人": (0.58, "not_met")}


def test_a_measure_whose_target_the_summary_reports_is_reported(nlp_parser, tmp_path: Path) -> None:
    plan = _parsed(nlp_parser, tmp_path, "plan.txt", "某县人社局2025年工作要点\n一、全力稳定和扩大就业\n"
                                                     "开展高校毕业生就业服务专项行动，举办各类招聘会30场。\n")
    summary = _parsed(nlp_parser, tmp_path, "summary.txt", "某县人社局2025年工作总结\n一、就业工作\n"
                                                           "举办各类招聘会32场，提供就业岗位1.8万个。\n")
    result = trace(plan, summary, nlp_parser.nlp)
    assert [t.status for t in result.targets] == ["met"]
    assert [m.status for m in result.measures] == ["reported"]


def test_a_half_years_summary_reports_on_its_own_year(nlp_parser, tmp_path: Path) -> None:
    plan = _parsed(nlp_parser, tmp_path, "plan.txt", PLAN_2024)
    half = _parsed(nlp_parser, tmp_path, "half.txt", SUMMARY_2024.replace("2024年工作总结", "2024年上半年工作总结及下半年工作打算"))
    assert trace(plan, half, nlp_parser.nlp).warnings == []


PLAN_ARCHIVES = """某县档案馆2025年工作计划
一、重点工作
（一）提升档案利用服务水平。每月编印《档案工作动态》1期，撰写档案编研文章不少于10篇。推进馆藏地图档案数字化修裱。
（二）加强档案安全检查。全年检查立档单位不少于20家。
"""
SUMMARY_ARCHIVES = """某县档案馆2025年工作总结
2025年，县档案馆认真履行职责，着力提升档案利用服务水平和档案安全保障能力，较好完成全年各项任务。
一、工作完成情况
（一）利用服务。全年编印《档案工作动态》12期，撰写档案编研文章13篇。
（二）安全检查。全年对24家立档单位开展档案安全检查。
"""


def test_evidence_is_never_the_summarys_opening_and_a_leading_period_counts_its_own_clause(
        nlp_parser, tmp_path: Path) -> None:
    """The opening ("着力提升档案利用服务水平…") repeats the plan's heading words but reports no measure:
    the map repair it never mentions stays not mentioned. "每月编印…1期，撰写…10篇": 10 articles a year,
    not a month, so 13 meets it."""
    plan = _parsed(nlp_parser, tmp_path, "plan.txt", PLAN_ARCHIVES)
    summary = _parsed(nlp_parser, tmp_path, "summary.txt", SUMMARY_ARCHIVES)
    result = trace(plan, summary, nlp_parser.nlp)
    measures = {m.text[:8]: (m.status, m.match) for m in result.measures}
    assert measures["推进馆藏地图档案"] == ("not_mentioned", None)
    assert measures["每月编印《档案工"][0] == "reported" and "12期" in (measures["每月编印《档案工"][1] or "")
    assert {t.target.text: (t.status, t.reported_value) for t in result.targets} == {
        "每月编印《档案工作动态》1期": ("met", 12), "撰写档案编研文章不少于10篇": ("met", 13),
        "全年检查立档单位不少于20家": ("met", 24)}


PLAN_HEALTH = """某县卫生健康局2025年工作计划
一、重点工作
（一）新建村级卫生室5个。
（二）培训乡村医生不少于200人次。
（三）改造农村卫生户厕3000户。
（四）家庭医生签约率达到75%。
（五）开展送医下乡义诊活动不少于20场。
"""
SUMMARY_HEALTH = """某县卫生健康局2025年工作总结
一、主要成效
截至年底，全县累计建成村级卫生室54个，其中今年新建6个。近三年累计培训乡村医生480人次。
2023年以来累计改造农村卫生户厕1.2万户。截至12月底，家庭医生签约率达到78%。全年累计开展送医下乡义诊活动26场。
二、存在问题
基层医疗人才仍然短缺。
"""


def test_a_total_to_date_is_never_the_years_result(nlp_parser, tmp_path: Path) -> None:
    """A stock or a figure over several years (累计, 截至年底, 近三年, 2023年以来) reports the work but not
    what the year did: the year's share ("其中今年新建6个") is compared, and with none the target is
    reported. A rate at the year's end and a count "全年累计" are the year's own."""
    plan = _parsed(nlp_parser, tmp_path, "plan.txt", PLAN_HEALTH)
    summary = _parsed(nlp_parser, tmp_path, "summary.txt", SUMMARY_HEALTH)
    got = {t.target.text: (t.status, t.reported_value) for t in trace(plan, summary, nlp_parser.nlp).targets}
    assert got == {"新建村级卫生室5个": ("met", 6), "培训乡村医生不少于200人次": ("reported", None),
                   "改造农村卫生户厕3000户": ("reported", None), "家庭医生签约率达到75%": ("met", 78),
                   "开展送医下乡义诊活动不少于20场": ("met", 26)}


def test_counts_of_activities_compare_whatever_their_counter(nlp_parser, tmp_path: Path) -> None:
    """次, 场, 期, 轮, 批 count the same occasions, and 个 and 项 the same items: "不少于8次" against
    "9场" is met, "3期" against "2场" is not."""
    plan = _parsed(nlp_parser, tmp_path, "plan.txt", "某区司法局2025年工作计划\n一、重点工作\n（一）开展法治宣传进社区活动不少于8次。\n"
                                                     "（二）举办人民调解员培训班3期。\n（三）实施公共法律服务民生实事6个。\n")
    summary = _parsed(nlp_parser, tmp_path, "summary.txt", "某区司法局2025年工作总结\n一、工作成效\n全年开展法治宣传进社区活动9场。"
                                                           "举办人民调解员培训班2场。实施公共法律服务民生实事7项。\n")
    got = {t.target.text: (t.status, t.reported_value) for t in trace(plan, summary, nlp_parser.nlp).targets}
    assert got == {"开展法治宣传进社区活动不少于8次": ("met", 9), "举办人民调解员培训班3期": ("not_met", 2),
                   "实施公共法律服务民生实事6个": ("met", 7)}


def test_a_rate_and_a_degree_name_one_metric(nlp_parser, tmp_path: Path) -> None:
    """"满意度" in the plan and "满意率" in the summary (or "知晓率" and "知晓度") are the same figure."""
    plan = _parsed(nlp_parser, tmp_path, "plan.txt", "某县政务服务中心2025年工作计划\n一、重点工作\n"
                                                     "（一）深化政务服务“好差评”，群众满意度达到95%。\n（二）加强政策宣传，群众知晓率达到90%。\n")
    summary = _parsed(nlp_parser, tmp_path, "summary.txt", "某县政务服务中心2025年工作总结\n一、工作成效\n"
                                                           "经第三方测评，办事群众满意率为97.2%。惠企政策群众知晓度为88.5%。\n")
    got = {t.target.text: (t.status, t.reported_value) for t in trace(plan, summary, nlp_parser.nlp).targets}
    assert got == {"群众满意度达到95%": ("met", 97.2), "群众知晓率达到90%": ("not_met", 88.5)}


def test_a_target_whose_measure_the_summary_reports_is_reported_at_least(nlp_parser, tmp_path: Path) -> None:
    """The measure "建立老年人健康档案，建档率达到90%" is reported by "完成65岁以上老人健康体检并建档" (no
    figure for the rate): its target is reported too, not "not mentioned" beside a reported measure."""
    plan = _parsed(nlp_parser, tmp_path, "plan.txt", "某乡卫生院2025年工作计划\n一、重点工作\n"
                                                     "1.建立辖区老年人电子健康档案，建档率达到90%。\n")
    summary = _parsed(nlp_parser, tmp_path, "summary.txt", "某乡卫生院2025年工作总结\n一、工作成效\n"
                                                           "完成辖区65岁以上老年人健康体检，全部建立电子健康档案，档案实现动态管理。\n")
    result = trace(plan, summary, nlp_parser.nlp)
    measures = {m.text: m.status for m in result.measures}
    targets = {t.target.text: t.status for t in result.targets}
    assert list(measures.values()) == ["reported"]
    assert list(targets.values()) == ["reported"]


PLAN_TRANSPORT = """某区交通运输局2026年道路运输安全工作计划
一、工作目标
全区道路运输安全形势持续平稳，不发生重大道路运输责任事故。
二、主要任务
（一）隐患治理
深入开展客运站、旅游包车、危险货物运输企业等重点领域隐患排查整治，推动道路运输企业建立安全风险分级管控和隐患排查治理双重预防机制。
（二）执法检查
开展非法营运专项打击行动，对网约车平台线下巡查不少于120家次，督促平台履行驾驶员背景核查责任。
（三）宣传教育
组织交通安全宣传进农村文化礼堂，编印乡村交通安全读本，招募农村交通劝导员。
（四）农村客运
着力提升农村客运服务均等化水平，新开通镇村公交线路4条。
"""
SUMMARY_TRANSPORT = """某区交通运输局2026年道路运输安全工作总结
2026年，区交通运输局坚持安全发展理念，着力提升农村客运服务均等化水平，全区未发生重大道路运输责任事故，道路运输安全形势总体平稳。现将全年工作总结如下。
一、主要工作
（一）隐患治理。开展客运站、危险货物运输企业等重点领域隐患排查整治，排查企业64家次，整改隐患213处。
（二）执法检查。开展非法营运专项打击行动，查处非法营运车辆37辆。
（三）宣传教育。全年发放交通安全宣传折页1.2万份。
"""


def test_a_measure_is_reported_by_one_of_its_clauses_found_nearly_whole(nlp_parser, tmp_path: Path) -> None:
    """A measure of several clauses is reported when one clause that names an action of its own is
    found nearly whole in the summary's parts, its list of examples by some of them ("客运站、危险货物运输
    企业等" for three). The opening reports the year's outcome: a goal found there ("全区未发生重大道路运输
    责任事故") is reported, a measure whose theme it repeats ("着力提升农村客运服务均等化水平") is not. A
    measure none of whose clauses is found stays not mentioned."""
    plan = _parsed(nlp_parser, tmp_path, "plan.txt", PLAN_TRANSPORT)
    summary = _parsed(nlp_parser, tmp_path, "summary.txt", SUMMARY_TRANSPORT)
    result = trace(plan, summary, nlp_parser.nlp)
    got = {m.text[:6]: (m.status, (m.match or "")[:6]) for m in result.measures}
    assert got == {"全区道路运输": ("reported", "2026年，"), "深入开展客运": ("reported", "开展客运站、"),
                   "开展非法营运": ("reported", "开展非法营运"), "组织交通安全": ("not_mentioned", ""),
                   "着力提升农村": ("not_mentioned", "")}
    # the patrol's figure is not reported, the work it belongs to is
    assert [(t.target.text, t.status) for t in result.targets] == [("对网约车平台线下巡查不少于120家次", "reported"),
                                                                  ("新开通镇村公交线路4条", "not_mentioned")]


def test_a_rate_or_share_is_paired_only_with_a_figure_of_the_same_head(nlp_parser, tmp_path: Path) -> None:
    """What a rate measures is the word its name ends in: a 权重 in a score is no 通过率, and a 改造率 no
    登记率, however many words they share, while a share is a share by any name (比重 ~ 占比) and a rate
    is a share of its whole (覆盖率 ~ 占比)."""
    plan = _parsed(nlp_parser, tmp_path, "plan.txt", "某县城市管理局2026年工作计划\n一、重点工作\n"
                   "（一）将市容环境卫生纳入各乡镇年度目标考核，市容环境考核权重不低于6%。\n"
                   "（二）全县渣土运输车辆密闭化改造率达到100%。\n"
                   "（三）生活垃圾分类收运中再生资源回收比重不低于35%。\n"
                   "（四）城区公厕智能化管理覆盖率达到90%。\n")
    summary = _parsed(nlp_parser, tmp_path, "summary.txt", "某县城市管理局2026年工作总结\n一、工作成效\n"
                      "组织市容环境管理人员培训420人次，考核通过率98%。全县渣土运输车辆备案登记率100%。"
                      "生活垃圾分类收运中再生资源回收占比37.5%。城区实行智能化管理的公厕占比86%。\n")
    got = {t.target.text: (t.status, t.reported_value) for t in trace(plan, summary, nlp_parser.nlp).targets}
    assert got == {"市容环境考核权重不低于6%": ("not_mentioned", None),
                   "全县渣土运输车辆密闭化改造率达到100%": ("not_mentioned", None),
                   "生活垃圾分类收运中再生资源回收比重不低于35%": ("met", 37.5),
                   "城区公厕智能化管理覆盖率达到90%": ("not_met", 86)}


PLAN_DISABLED = """某区残疾人联合会2026年工作计划
一、重点工作
（一）帮助残疾人实现就业不少于120人。
（二）新认定残疾人就业扶贫基地不少于4家。
（三）组织残疾人职业技能培训不少于300人。
"""


def test_people_count_alike_whatever_their_counter_and_a_figure_shares_more_than_the_object(
        nlp_parser, tmp_path: Path) -> None:
    """人, 名 and 位 count people (个 and 家 places) — 人次 counts visits, not people. A figure is a target's
    only when its sentence holds at least half of the target's words: "3人获评市级“助残先进个人”" shares
    only 残疾人, the object the whole summary is about, with "帮助残疾人实现就业"."""
    plan = _parsed(nlp_parser, tmp_path, "plan.txt", PLAN_DISABLED)
    summary = _parsed(nlp_parser, tmp_path, "summary.txt", "某区残疾人联合会2026年工作总结\n一、工作成效\n"
                      "（一）举办残疾人专场招聘会3场，帮助134名残疾人实现就业，2位获评省级“自强模范”。\n"
                      "（二）新认定残疾人就业扶贫基地5个。\n（三）组织残疾人职业技能培训420人次。\n")
    got = {t.target.text: (t.status, t.reported_value) for t in trace(plan, summary, nlp_parser.nlp).targets}
    assert got == {"帮助残疾人实现就业不少于120人": ("met", 134), "新认定残疾人就业扶贫基地不少于4家": ("met", 5),
                   "组织残疾人职业技能培训不少于300人": ("reported", None)}
    other = _parsed(nlp_parser, tmp_path, "other.txt", "某区残疾人联合会2026年工作总结\n一、工作成效\n"
                    "评选表彰“自强模范”残疾人9名，3人获评市级“助残先进个人”。\n")
    employed = trace(plan, other, nlp_parser.nlp).targets[0]
    assert employed.status != "not_met" and employed.reported_value is None


def test_a_rate_after_a_running_total_and_growth_against_last_year_are_compared(nlp_parser, tmp_path: Path) -> None:
    """"累计发放救助卡2.1万张，发放率97.5%": the rate's clause names only the rate, its sentence what it
    measures, and 累计 governs the total, not the rate. A change compares with a change, 比上年 with 同比
    alike, and a level with a level: "较上年提高5%，达到93.6%" meets a 90% level with 93.6."""
    plan = _parsed(nlp_parser, tmp_path, "plan.txt", "某县民政局2026年工作计划\n一、重点工作\n"
                   "（一）困难群众救助卡发放率达到95%以上。\n（二）福利彩票销售额比上年增长8%以上。\n"
                   "（三）养老机构护理型床位占比达到60%。\n（四）农村居民最低生活保障标准增长7%。\n")
    summary = _parsed(nlp_parser, tmp_path, "summary.txt", "某县民政局2026年工作总结\n一、工作成效\n"
                      "（一）累计发放救助卡2.1万张，发放率97.5%。\n（二）全年销售福利彩票1.26亿元，同比增长12.4%。\n"
                      "（三）养老机构护理型床位占比较上年提高5%，达到63.5%。\n"
                      "（四）农村居民最低生活保障标准提高到每人每年7800元，较上年增长6.5%。\n")
    got = {t.target.text: (t.status, t.reported_value) for t in trace(plan, summary, nlp_parser.nlp).targets}
    assert got == {"困难群众救助卡发放率达到95%以上": ("met", 97.5), "福利彩票销售额比上年增长8%以上": ("met", 12.4),
                   "养老机构护理型床位占比达到60%": ("met", 63.5), "农村居民最低生活保障标准增长7%": ("not_met", 6.5)}


def test_a_measure_is_reported_by_its_quoted_name(nlp_parser, tmp_path: Path) -> None:
    """A programme's quoted name (“银龄互助”, 《社区议事规则》) found whole in a summary passage reports the
    measure however little else it repeats; a quoted day (“八一”) names no measure."""
    plan = _parsed(nlp_parser, tmp_path, "plan.txt", "某街道2026年工作计划\n一、重点工作\n"
                   "（一）深化“银龄互助”行动，组织低龄老人结对帮扶高龄独居老人。\n"
                   "（二）推广《社区议事规则》，引导居民有序参与小区公共事务协商。\n"
                   "（三）“八一”期间组织辖区企业慰问驻地官兵。\n")
    summary = _parsed(nlp_parser, tmp_path, "summary.txt", "某街道2026年工作总结\n一、工作成效\n"
                      "（一）全街道“银龄互助”结对1260对。\n（二）印发《社区议事规则》汇编500册。\n"
                      "（三）“八一”前夕召开军地座谈会。\n")
    got = {m.text[:3]: (m.status, (m.match or "")[:3]) for m in trace(plan, summary, nlp_parser.nlp).measures}
    assert got == {"（一）": ("reported", "（一）"), "（二）": ("reported", "（二）"), "（三）": ("not_mentioned", "")}


PLAN_HOUSING = """某县住房和城乡建设局2026年工作计划
一、重点工作
（一）民生实事
1.新建社区养老服务站6个。
2.推进城区燃气老化管道更新改造。
3.开展建筑工地扬尘专项整治。
"""
SUMMARY_HOUSING = """某县住房和城乡建设局2026年工作总结
一、主要工作
（一）城市建设。全年新建城市道路4.6公里，推进社区服务设施提档升级；完成12个小区管网改造，养老、托育等配套短板逐步补齐。
（二）安全监管。全面排查城区燃气管道安全隐患，对使用年限超过20年的老化管线实施更新改造。开展建筑工地扬尘专项整治，检查工地86个次。
二、存在的问题
部分小区物业管理水平不高。
"""


def test_a_short_measure_is_found_in_one_clause_or_two_side_by_side(nlp_parser, tmp_path: Path) -> None:
    """A measure of a few words names one action, which a report says in one place: "新建社区养老服务站" is
    not reported by a sentence that has 新建 in one clause, 社区 in another and 养老 in a third but no 服务站,
    nor is its target by that false match; "推进城区燃气老化管道更新改造" is reported by two clauses side by
    side, neither of which holds enough of it alone."""
    plan = _parsed(nlp_parser, tmp_path, "plan.txt", PLAN_HOUSING)
    summary = _parsed(nlp_parser, tmp_path, "summary.txt", SUMMARY_HOUSING)
    result = trace(plan, summary, nlp_parser.nlp)
    got = {m.text[:6]: (m.status, (m.match or "")[:6]) for m in result.measures}
    assert got == {"1.新建社区": ("not_mentioned", ""), "2.推进城区": ("reported", "全面排查城区"),
                   "3.开展建筑": ("reported", "开展建筑工地")}
    assert [(t.target.text, t.status) for t in result.targets] == [("新建社区养老服务站6个", "not_mentioned")]


def test_a_short_measure_whose_count_the_sentence_states_is_found_over_the_whole_sentence(
        nlp_parser, tmp_path: Path) -> None:
    """A sentence that states a short measure's own count with its unit ("12处") reports it though its words
    are spread over clauses apart: 农村饮水安全 in the sentence's first clause, 新建…工程12处 in its fourth."""
    plan = _parsed(nlp_parser, tmp_path, "plan.txt", "某县水利局2026年工作计划\n一、重点工作\n"
                   "1.新建农村饮水安全工程12处。\n2.开展河道清淤疏浚。\n")
    summary = _parsed(nlp_parser, tmp_path, "summary.txt", "某县水利局2026年工作总结\n一、主要工作\n"
                      "（一）基础设施。聚焦农村饮水安全，多渠道筹措资金4600万元，推行“建管一体”模式，新建供水工程12处，"
                      "受益群众3.2万人。\n二、存在的问题\n部分设施管护不到位。\n")
    result = trace(plan, summary, nlp_parser.nlp)
    assert [(m.text[:6], m.status) for m in result.measures] == [("1.新建农村", "reported"),
                                                                  ("2.开展河道", "not_mentioned")]


POSTAL_INDICATORS = [["指标名称", "2025年实际", "2026年目标", "备注"],
                     ["建制村快递服务通达率（%）", "91.4", "≥95", ""],
                     ["新建村级寄递物流综合服务站（个）", "15", "20", ""],
                     ["寄递渠道安全管理", "—", "持续巩固", "约束性"]]


def test_an_indicator_tables_header_that_dates_its_columns_is_no_measure(nlp_parser, tmp_path: Path) -> None:
    """A header whose cells name a year or a unit ("2025年实际 | 2026年目标") names columns: it is no
    measure. A row that sets a target is traced once, by its figure, among the targets (met or not);
    a row that sets none ("持续巩固") is a measure, found by its words."""
    d = docx.Document()
    d.add_paragraph("某县邮政管理局2026年工作要点", style="Title")
    d.add_paragraph("一、主要目标", style="Heading 1")
    table = d.add_table(rows=len(POSTAL_INDICATORS), cols=len(POSTAL_INDICATORS[0]))
    for r, row in enumerate(POSTAL_INDICATORS):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.add_paragraph("二、重点工作", style="Heading 1")
    d.add_paragraph("（一）推进快递进村。整合邮政、快递和供销网点，推动农村寄递共同配送。")
    d.save(str(tmp_path / "plan.docx"))
    plan = nlp_parser.parse(tmp_path / "plan.docx")
    summary = _parsed(nlp_parser, tmp_path, "summary.txt", "某县邮政管理局2026年工作总结\n一、主要工作成效\n"
                      "（一）快递进村。整合邮政、快递和供销网点开展共同配送，建制村快递服务通达率达到96.2%。\n"
                      "（二）网点建设。全年新建成村级寄递物流综合服务站18个。\n"
                      "（三）安全监管。落实寄递渠道安全管理“三项制度”，开展寄递渠道安全检查210家次。\n")
    result = trace(plan, summary, nlp_parser.nlp)
    assert [(m.text[:6], m.status) for m in result.measures] == [
        ("寄递渠道安全", "reported"), ("整合邮政、快", "reported")]
    assert [(t.target.text, t.status, t.reported_value) for t in result.targets] == [
        ("建制村快递服务通达率≥95%", "met", 96.2), ("新建村级寄递物流综合服务站20个", "not_met", 18)]


def _traced_in(plan, summary, nlp_parser, unit: str):
    """The trace of the plan's one target counted in `unit`."""
    [traced] = [t for t in trace(plan, summary, nlp_parser.nlp).targets if t.target.unit == unit]
    return traced


def test_a_target_on_the_whole_stock_is_never_met_or_missed_by_the_years_additions(
        nlp_parser, tmp_path: Path) -> None:
    """"社区食堂总数达到90个" counts every canteen; "新建社区食堂14个" counts the year's new ones. The
    additions show the work was reported, never whether the stock reached its figure; a stated total does."""
    plan = _parsed(nlp_parser, tmp_path, "plan.txt", "某市民政局2026年工作要点\n一、工作目标\n"
                   "到年底，全市社区食堂总数达到90个，助餐服务覆盖所有街道。\n"
                   "二、重点工作\n（一）完善社区助餐网络。推进社区食堂建设，提升助餐服务质量。\n")
    only_added = _parsed(nlp_parser, tmp_path, "summary.txt", "某市民政局2026年工作总结\n一、主要工作成效\n"
                         "（一）社区助餐网络更加完善。全年新建社区食堂14个，助餐服务质量持续提升。\n")
    traced = _traced_in(plan, only_added, nlp_parser, "个")
    assert (traced.status, traced.reported_value) == ("reported", None)
    with_total = _parsed(nlp_parser, tmp_path, "summary2.txt", "某市民政局2026年工作总结\n一、主要工作成效\n"
                         "（一）社区助餐网络更加完善。全年新建社区食堂14个，全市社区食堂总数达到93个。\n")
    traced = _traced_in(plan, with_total, nlp_parser, "个")
    assert (traced.status, traced.reported_value) == ("met", 93)


def test_the_years_running_total_is_met_by_the_years_figure(nlp_parser, tmp_path: Path) -> None:
    """"今年累计发放…2亿元" totals the year, no stock: the year's figure reported meets it."""
    plan = _parsed(nlp_parser, tmp_path, "plan.txt", "某县人社局2026年工作要点\n一、工作目标\n"
                   "今年累计发放创业担保贷款1.5亿元。\n二、重点工作\n（一）扶持创业。优化创业担保贷款服务。\n")
    summary = _parsed(nlp_parser, tmp_path, "summary.txt", "某县人社局2026年工作总结\n一、主要工作成效\n"
                      "（一）创业扶持。全年新增发放创业担保贷款1.8亿元，扶持创业820人。\n")
    traced = _traced_in(plan, summary, nlp_parser, "亿元")
    assert (traced.status, traced.reported_value) == ("met", 1.8)


def test_a_route_opened_counts_as_one_added(nlp_parser, tmp_path: Path) -> None:
    """"新开通…公交线路2条" reports "新增…公交线路5条" short of its figure: not met, not unmentioned."""
    plan = _parsed(nlp_parser, tmp_path, "plan.txt", "某县交通运输局2026年工作要点\n一、工作目标\n"
                   "全年新增城乡公交线路5条。\n二、重点工作\n（一）完善客运网络。优化城乡公交线网。\n")
    summary = _parsed(nlp_parser, tmp_path, "summary.txt", "某县交通运输局2026年工作总结\n一、主要工作成效\n"
                      "（一）客运网络持续完善。全年新开通镇村公交线路2条，优化调整线路6条。\n")
    traced = _traced_in(plan, summary, nlp_parser, "条")
    assert (traced.status, traced.reported_value) == ("not_met", 2)


PLAN_CLINIC = """云溪镇卫生院2026年工作计划
一、主要任务
（一）提升医疗服务能力
每季度开展一次院感防控专项督查。新增中医理疗床位8张。孕产妇系统管理率达到85%以上。
（二）加强公共卫生服务
慢性病防治知识讲座每月不少于1次。每半年开展一次急救技能培训。预防接种建证率保持在98%以上。
二、保障措施
加强医护人员培训，每月组织一次病例讨论。卫生院地址：云溪镇新街22号，咨询电话0763-5521876。
"""
HALF_CLINIC = """云溪镇卫生院2026年上半年工作总结
2026年上半年，卫生院围绕年度计划扎实推进各项工作。
一、医疗服务
开展院感防控专项督查2次。新增中医理疗床位5张。孕产妇系统管理率81.3%。
二、公共卫生服务
举办慢性病防治知识讲座5次。开展急救技能培训1次。预防接种建证率96.5%。
"""


def _target_status(plan, summary, nlp_parser) -> dict[str, tuple[str, float | None]]:
    return {t.target.text: (t.status, t.reported_value) for t in trace(plan, summary, nlp_parser.nlp).targets}


def test_a_part_years_summary_is_held_to_the_periods_it_covers(nlp_parser, tmp_path: Path) -> None:
    """A 上半年总结 sums up six months: "每季度一次" asks 2 of it, "每月不少于1次" 6, "每半年一次" 1; a year's total or a
    rate to reach by the year's end, short of it at mid-year, is in progress (reported with its figure), not missed; a
    level to hold all year ("保持在98%以上") is missed whenever it slips."""
    plan = _parsed(nlp_parser, tmp_path, "plan.txt", PLAN_CLINIC)
    half = _parsed(nlp_parser, tmp_path, "half.txt", HALF_CLINIC)
    assert _target_status(plan, half, nlp_parser) == {
        "每季度开展一次院感防控专项督查": ("met", 2), "新增中医理疗床位8张": ("reported", 5),
        "孕产妇系统管理率达到85%以上": ("reported", 81.3), "慢性病防治知识讲座每月不少于1次": ("not_met", 5),
        "每半年开展一次急救技能培训": ("met", 1), "预防接种建证率保持在98%以上": ("not_met", 96.5),
        "每月组织一次病例讨论": ("not_mentioned", None)}


def test_a_summary_names_its_months_in_its_opening_and_a_whole_years_holds_to_all(nlp_parser, tmp_path: Path) -> None:
    """A title naming no part of the year leaves it to the opening ("今年1—5月，…"): one quarter is due, a second under
    way. A year's summary holds every target to the whole year, as before."""
    plan = _parsed(nlp_parser, tmp_path, "plan.txt", PLAN_CLINIC)
    opened = _parsed(nlp_parser, tmp_path, "opened.txt", HALF_CLINIC.replace("2026年上半年工作总结", "2026年工作总结")
                     .replace("2026年上半年，", "今年1—5月，").replace("督查2次", "督查1次"))
    assert _target_status(plan, opened, nlp_parser)["每季度开展一次院感防控专项督查"] == ("reported", 1)
    year = _parsed(nlp_parser, tmp_path, "year.txt", HALF_CLINIC.replace("上半年", ""))
    got = _target_status(plan, year, nlp_parser)
    assert got["每季度开展一次院感防控专项督查"] == ("not_met", 2) and got["新增中医理疗床位8张"] == ("not_met", 5)
    assert got["每半年开展一次急救技能培训"] == ("not_met", 1)


def test_a_contact_line_is_no_planned_measure(nlp_parser, tmp_path: Path) -> None:
    plan = _parsed(nlp_parser, tmp_path, "plan.txt", PLAN_CLINIC)
    half = _parsed(nlp_parser, tmp_path, "half.txt", HALF_CLINIC)
    measures = [m.text for m in trace(plan, half, nlp_parser.nlp).measures]
    assert measures and not any("地址" in m for m in measures)
    assert any("病例讨论" in m for m in measures)  # (the measure beside it in its paragraph stays one)


def test_a_contact_line_is_only_fields_to_its_end_a_hotline_that_works_is_a_measure(nlp_parser, tmp_path: Path) -> None:
    """A line whose clauses are all contact fields (a long name before 地址, an 办公地点) is none; a hotline's number
    followed by the work it does ("…热线12345全年接听…不少于3万件") is a measure."""
    plan_text = PLAN_CLINIC.replace(
        "卫生院地址：云溪镇新街22号，咨询电话0763-5521876。",
        "医共体便民服务大厅地址：文昌路16号，咨询电话0739-6612345。办公地点：镇政府二楼，联系电话：0739-6612000。"
        "健康咨询热线12320全年接听群众来电不少于3000人次。")
    plan = _parsed(nlp_parser, tmp_path, "plan.txt", plan_text)
    half = _parsed(nlp_parser, tmp_path, "half.txt", HALF_CLINIC)
    measures = [m.text for m in trace(plan, half, nlp_parser.nlp).measures]
    assert any("12320" in m for m in measures)
    assert not any("地址" in m or "办公地点" in m for m in measures)


def test_a_report_on_the_first_n_months_or_the_second_half_is_held_to_those_months(nlp_parser, tmp_path: Path) -> None:
    """"前10个月工作总结" sums up ten months: a year's total short of it is in progress; "下半年工作总结" six months
    (July to December): "每季度一次" asks two of it."""
    plan = _parsed(nlp_parser, tmp_path, "plan.txt", PLAN_CLINIC)
    ten = _parsed(nlp_parser, tmp_path, "ten.txt", HALF_CLINIC.replace("上半年", "前10个月"))
    assert _target_status(plan, ten, nlp_parser)["新增中医理疗床位8张"] == ("reported", 5)
    second = _parsed(nlp_parser, tmp_path, "second.txt", HALF_CLINIC.replace("上半年", "下半年"))
    assert _target_status(plan, second, nlp_parser)["每季度开展一次院感防控专项督查"] == ("met", 2)
    from jihua.pipeline.rules.periods import summed_months
    assert summed_months("禾塘镇2026年前十个月工作情况汇报") == (1, 10)
    assert summed_months("禾塘镇2026年下半年工作总结") == (7, 12)
    assert summed_months("禾塘镇2026年下半年工作计划") == (1, 12)
