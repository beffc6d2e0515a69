"""Section types with their cues; title-derived org, year and kind."""

from __future__ import annotations

import pytest
from jihua.pipeline import classify
from jihua.pipeline.classify import heading_type
from jihua.pipeline.doc_kind import doc_type
from jihua.pipeline.model import Document, Section, Unit
from jihua.pipeline.rules.titles import org_from_title, year_from_title
from jihua.schemas.blocks import Block, Provenance

from tests.writers import write_docx, write_txt


def _section(heading: str, *children: Section) -> Section:
    return Section(number="", heading=heading, level=1, unit=None, children=list(children))


def test_types_from_headings_and_parents() -> None:
    doc = Document(title="某区创建双拥模范城实施方案", units=[], doc_type="plan")
    doc.sections = [
        _section("总体要求"),
        _section("主要任务", _section("加强组织领导，健全创建机制"), _section("深化宣传教育")),
        _section("实施步骤", _section("第一阶段：动员部署")),
        _section("保障措施", _section("落实经费保障"), _section("严格督查考核")),
        _section("坚持政治引领，筑牢团结根基"),
    ]
    classify.run(doc)
    got = [(s.heading, s.type) for s in doc.all_sections()]
    assert got == [("总体要求", "guiding_ideology"), ("主要任务", "measures"), ("加强组织领导，健全创建机制", "safeguards"),
                   ("深化宣传教育", "measures"), ("实施步骤", "schedule"), ("第一阶段：动员部署", "schedule"),
                   ("保障措施", "safeguards"), ("落实经费保障", "safeguards"), ("严格督查考核", "evaluation"),
                   ("坚持政治引领，筑牢团结根基", "measures")]
    assert doc.sections[1].children[0].type_cue == "heading names '组织领导'"
    assert doc.sections[1].children[1].type_cue.startswith("inherits")


def test_a_child_that_names_what_a_past_period_achieved_is_a_review_under_a_background_part() -> None:
    """A five-year plan's background part looks back in one sub-part and around in another."""
    doc = Document(title="青川县城乡建设第十五个五年规划", units=[], doc_type="plan")
    doc.sections = [
        _section("规划背景", _section("“十四五”城乡建设成就"), _section("五年来取得的成就"), _section("面临的形势")),
        _section("重点任务", _section("巩固提升建设成果")),
    ]
    classify.run(doc)
    got = [(s.heading, s.type) for s in doc.all_sections()]
    assert got == [("规划背景", "preamble"), ("“十四五”城乡建设成就", "review"), ("五年来取得的成就", "review"),
                   ("面临的形势", "preamble"), ("重点任务", "measures"), ("巩固提升建设成果", "measures")]


def test_summary_reports_work_and_keeps_its_look_back_types() -> None:
    doc = Document(title="某镇2023年拥军优属工作总结", units=[], doc_type="summary")
    doc.sections = [_section("加强领导，双拥领域不断拓展"), _section("存在的不足", _section("工作机制不完善")),
                    _section("下一步打算")]
    classify.run(doc)
    assert [s.type for s in doc.all_sections()] == ["review", "problems", "problems", "outlook"]


@pytest.mark.parametrize(
    ("title", "org", "year"),
    [("某县退役军人事务局2025年工作计划", "某县退役军人事务局", 2025), ("市双拥工作总结", None, None),
     ("县宣传部拥军优属工作计划", "县宣传部", None), ("某区关于争创省级双拥模范区的实施方案", "某区", None),
     ("20xx年社区双拥工作计划", None, None), ("二〇二四年青禾县双拥工作要点", "青禾县", 2024),
     ("xx市民政局双拥工作计划", "xx市民政局", None), ("某县第一中学2025年国防教育工作计划", "某县第一中学", 2025),
     ("某县中心幼儿园2024年安全工作总结", "某县中心幼儿园", 2024), ("2025年农村公路建设工作方案", None, 2025),
     ("2025年学校安全工作计划", None, 2025), ("乡镇干部个人年度工作总结", None, None),
     ("某市教育局“十四五”教育发展规划", "某市教育局", 2021),
     # the zero typed with a look-alike: a circle (○, ◯), a letter O, a digit 0
     ("二○二五年某镇民政工作要点", "某镇", 2025), ("某乡二◯二○年工作计划", "某乡", 2020), ("二O○八年某县工作总结", "某县", 2008)],
)
def test_org_and_year_from_titles(title: str, org: str | None, year: int | None) -> None:
    assert org_from_title(title) == org
    assert year_from_title(title)[1] == year


def test_kind_from_title() -> None:
    empty = Document(title="", units=[])
    assert doc_type("某镇2023年拥军优属工作总结", empty) == "summary"
    assert doc_type("某县2023年工作总结及2024年工作计划", empty) == "summary_plan"
    assert doc_type("某街道2025年拥军优属工作安排", empty) == "plan"
    assert doc_type("关于表彰先进的通报", empty) == "other"
    assert doc_type("关于某县2024年工作情况的报告", empty) == "summary"
    assert doc_type("某县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告", empty) == "summary_plan"
    assert doc_type("某县2025年森林防火应急预案", empty) == "plan"
    assert doc_type("某县国民经济和社会发展第十四个五年规划纲要实施中期评估报告", empty) == "summary"


@pytest.mark.parametrize(("title", "kind"), [
    # a dated form or list of a year's tasks sets that year's work, as a 计划 does
    ("澄水县林业局2026年重点工作任务分解表", "plan"), ("某镇2025年度重点工作责任清单", "plan"),
    ("某区2026年民生实事项目清单", "plan"), ("某街道2025年重点工作台账", "plan"), ("某县2026年目标任务进度表", "plan"),
    # undated (standing duties), reporting how the tasks went, or a review's findings: no plan
    ("某县应急管理局权责清单", "other"), ("某县水利局重点工作任务清单", "other"),
    ("某县2025年重点任务完成情况表", "other"), ("某县2025年目标任务完成进度表", "other"),
    ("某县2025年巡察反馈问题清单", "other"), ("某县2025年工作总结及问题清单", "summary"),
    # a list of a review's findings or of work already done sets no tasks of its own
    ("青禾镇2025年审计发现问题整改任务清单", "other"), ("青禾镇2026年巡视整改工作台账", "other"),
    ("青禾镇2025年度已完成民生项目清单", "other"), ("青禾镇2025年已办结重点工作台账", "other"),
])
def test_a_dated_task_list_is_a_plan(title: str, kind: str) -> None:
    assert doc_type(title, Document(title="", units=[])) == kind


@pytest.mark.parametrize(("title", "kind"), [("青禾县2026年民生实事项目清单", "plan"), ("青禾县2026年重点工作责任台账", "plan"),
                                             ("青禾县2025年巡察整改工作台账", "other")])
@pytest.mark.parametrize("suffix", ["txt", "docx"])
def test_a_task_list_or_ledgers_name_is_the_documents_title(parser, tmp_path, title: str, kind: str, suffix: str) -> None:
    """A title ending 清单 or 台账 is read as the title, as one ending 分解表 is, and its kind from the same words."""
    lines = [title, "", "现将年度工作任务明确如下。", "1.新建村级便民服务站6个，牵头单位：县民政局。",
             "2.改造老旧供水管网18公里，牵头单位：县水利局。"]
    if suffix == "txt":
        path = write_txt(tmp_path / "list.txt", lines)
    else:
        path = write_docx(tmp_path / "list.docx", [x for x in lines if x], bold=lambda x: x == title)
    doc = parser.parse(path).documents[0]
    assert (doc.title, doc.doc_type) == (title, kind)


def test_a_long_range_horizon_or_a_deadline_is_not_the_year_a_text_is_about() -> None:
    from jihua.pipeline.text_year import year_from_text

    units = [Unit(text=t, block=Block(text=t, prov=Provenance(file="t", index=i))) for i, t in enumerate([
        "对照二〇三五年远景目标，到2027年基本建成，2023年全县经济运行总体平稳。"])]
    assert year_from_text(units) == 2023


def test_org_from_a_sentence_subject_when_the_title_names_none(parser, tmp_path) -> None:
    text = "\n".join(["社区双拥工作计划范文", "为庆祝社区与驻地部队双拥共建三十周年，社区将开展系列活动，具体安排如下。",
                      "一、工作措施", "开展军民联谊活动，组织官兵参观社区文化中心。",
                      "绿杨社区将在今后的工作中继续探索双拥工作的新思路、新模式，推动军民融合发展。"])
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    assert parser.parse(path).documents[0].org == "绿杨社区"


def test_a_policy_field_ending_in_bao_zhang_is_a_measure() -> None:
    """"强化支撑保障" secures the plan (safeguards); "完善社会保障" and "强化要素保障" are fields it acts in."""
    doc = Document(title="某县2025年民生实事工作方案", units=[], doc_type="plan")
    doc.sections = [_section("完善社会保障"), _section("强化要素保障"), _section("完善养老服务保障"), _section("提升防汛抗旱保障"),
                    _section("坚持改革创新，强化电力供应保障"), _section("强化支撑保障")]
    classify.run(doc)
    assert [s.type for s in doc.sections] == ["measures", "measures", "measures", "measures", "measures", "safeguards"]


def test_a_slogan_before_the_clause_ending_in_bao_zhang_hides_no_safeguard() -> None:
    """"坚持X，强化…保障": the 坚持 slogan names no part, the clause after it does; a field after a slogan
    ("坚持人民至上，完善社会保障") stays the plan's work."""
    doc = Document(title="某县卫生健康局2026年工作要点", units=[], doc_type="plan")
    doc.sections = [_section("坚持人民至上，完善社会保障"), _section("坚持党建引领，强化卫生健康事业保障")]
    classify.run(doc)
    assert [s.type for s in doc.sections] == ["measures", "safeguards"]


def test_a_title_naming_only_a_place_takes_the_body_that_signs_it(parser, tmp_path) -> None:
    path = tmp_path / "signed.txt"
    path.write_text("\n".join([
        "青禾区2025年防汛抗旱工作方案", "为做好全区防汛抗旱工作，制定本方案。", "一、工作目标",
        "确保不发生因灾死亡事故。", "青禾区应急管理局", "2025年3月20日"]), encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert (doc.org, doc.date) == ("青禾区应急管理局", "2025年3月20日")
    path.write_text("\n".join(["青禾区2025年防汛抗旱工作方案", "为做好全区防汛抗旱工作，制定本方案。", "一、工作目标",
                               "确保不发生因灾死亡事故。"]), encoding="utf-8")
    assert parser.parse(path).documents[0].org == "青禾区"


@pytest.mark.parametrize(("seal", "org"), [
    ("中共柘川县委宣传部", "中共柘川县委宣传部"),
    ("中国共产党柘川县纪律检查委员会", "中国共产党柘川县纪律检查委员会"),
    ("中国人民解放军柘川县人民武装部", "中国人民解放军柘川县人民武装部"),
    ("中国共产主义青年团柘川县委员会", "中国共产主义青年团柘川县委员会"),
    ("中国人民武装警察部队柘川中队", "中国人民武装警察部队柘川中队"),
    ("柘川镇人民政府", "柘川县"),  # a town of the same name is another body than the county's
])
def test_a_seal_that_puts_the_party_or_army_before_the_place_still_signs_for_it(parser, tmp_path, seal: str, org: str) -> None:
    path = tmp_path / "prefixed.txt"
    path.write_text("\n".join(["柘川县2027年民兵整组工作方案", "为抓好民兵整组，制定本方案。", "一、目标任务",
                               "年内完成基干民兵编组。", seal, "2027年2月6日"]), encoding="utf-8")
    assert parser.parse(path).documents[0].org == org


def test_a_templates_signature_is_its_closing(parser, tmp_path) -> None:
    path = tmp_path / "template.txt"
    path.write_text("\n".join(["XX社区20XX年工作计划", "为做好全年工作，制定本计划。", "一、工作目标",
                               "全年居民满意度达到90%以上。", "XX社区", "20XX年X月X日"]), encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert (doc.year, doc.date, [u for u in doc.sections[0].paragraphs]) == (None, "20XX年X月X日", ["全年居民满意度达到90%以上。"])


def test_a_sign_off_dated_with_its_issue_is_the_closing(parser, tmp_path) -> None:
    """"…办公室" over "2026年4月2日印发": the sign-off of the issuing office, as a plain date line is —
    not the last part's text."""
    path = tmp_path / "issued.txt"
    path.write_text("\n".join(["青岩县2026年城乡环境整治工作方案", "一、工作目标", "年内完成背街小巷整治40条。", "二、附则",
                               "本方案自印发之日起施行。", "青岩县人民政府办公室", "2026年4月2日印发"]), encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert doc.sections[-1].paragraphs == ["本方案自印发之日起施行。"]
    assert (doc.closing, doc.date) == (["青岩县人民政府办公室", "2026年4月2日印发"], "2026年4月2日")


@pytest.mark.parametrize(("subtitle", "byline"), [
    ("（2025年1月10日在青禾市第十五届人民代表大会第三次会议上）", "青禾市代市长　林国栋"),
    ("2025年1月10日在青禾市第十五届人民代表大会第三次会议上", "青禾市副市长、代市长　林国栋"),
    ("（二〇二五年一月十日在青禾市第十五届人民代表大会第三次会议上）", "市长　林 国 栋"),
    ("——2025年1月10日在青禾市第十五届人民代表大会\n第三次会议上", "青禾市人民政府市长\n林国栋"),
])
def test_a_reports_title_block_in_its_many_shapes(parser, tmp_path, subtitle: str, byline: str) -> None:
    """The date line and byline under 政府工作报告 are the title block however they are printed; the
    congress the report was delivered to names the place when the byline does not."""
    path = tmp_path / "report.txt"
    path.write_text("\n".join(["政府工作报告", subtitle, byline, "各位代表：", "现在，我代表市人民政府向大会报告工作，请予审议。",
                               "一、2024年工作回顾", "全市地区生产总值增长5.6%。", "二、2025年重点工作",
                               "全年城镇新增就业3万人以上。"]), encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    assert (doc.title, doc.org, doc.year, doc.doc_type) == ("政府工作报告", "青禾市人民政府", 2025, "summary_plan")
    assert doc.paragraphs == ["各位代表：", "现在，我代表市人民政府向大会报告工作，请予审议。"]
    assert [s.heading for s in doc.sections] == ["2024年工作回顾", "2025年重点工作"]


def test_a_part_on_the_government_itself_is_safeguards() -> None:
    doc = Document(title="某市政府工作报告", units=[], doc_type="summary_plan")
    doc.sections = [_section("2025年重点工作", _section("突出作风建设，全面提升政府执行力"), _section("推进数字政府建设")),
                    _section("建设人民满意的服务型政府"), _section("全力打造群众满意政府")]
    classify.run(doc)
    assert [(s.heading, s.type) for s in doc.all_sections()] == [
        ("2025年重点工作", "measures"), ("突出作风建设，全面提升政府执行力", "safeguards"), ("推进数字政府建设", "measures"),
        ("建设人民满意的服务型政府", "safeguards"), ("全力打造群众满意政府", "safeguards")]


def test_conduct_among_a_plans_tasks_is_its_work_when_its_safeguards_close_it() -> None:
    """A 纪委's 要点 names 作风建设 among its tasks and closes on 强化组织保障: that part is its work. Where no
    safeguards part closes the plan, or 作风建设 is the close, it stays a safeguard."""
    tasks = [_section("做实政治监督"), _section("持续深化作风建设", _section("紧盯节假日开展明察暗访")),
             _section("推进巡察全覆盖")]
    doc = Document(title="某县纪委监委2026年工作要点", units=[], doc_type="plan")
    doc.sections = [*tasks, _section("强化组织保障，建设高素质纪检监察队伍")]
    classify.run(doc)
    assert [(s.heading, s.type) for s in doc.all_sections()] == [
        ("做实政治监督", "measures"), ("持续深化作风建设", "measures"), ("紧盯节假日开展明察暗访", "measures"),
        ("推进巡察全覆盖", "measures"), ("强化组织保障，建设高素质纪检监察队伍", "safeguards")]
    doc.sections = [_section("做实政治监督"), _section("推进巡察全覆盖"), _section("持续深化作风建设")]
    classify.run(doc)
    assert [s.type for s in doc.sections] == ["measures", "measures", "safeguards"]


def test_emergency_and_supply_safeguards_secure_an_emergency_plan_and_are_fields_in_a_work_plan() -> None:
    plan = Document(title="某县应急管理局2026年工作计划", units=[], doc_type="plan")
    plan.sections = [_section("强化应急保障"), _section("加强交通运输保障")]
    drill = Document(title="某县防汛抗旱应急预案", units=[], doc_type="plan")
    drill.sections = [_section("强化应急保障"), _section("加强交通运输保障")]
    classify.run(plan)
    classify.run(drill)
    assert [s.type for s in plan.sections] == ["measures", "measures"]
    assert [s.type for s in drill.sections] == ["safeguards", "safeguards"]


def test_a_step_under_a_task_takes_the_tasks_type_and_a_part_under_the_tasks_part_keeps_its_own() -> None:
    """"（1）开展绩效评价" under the task "1.提升新型研发机构效能" is a step of that task (measures); "（四）强化考核评估"
    straight under 重点任务 names a part of its own (evaluation)."""
    step = Section(number="（1）", heading="开展绩效评价", level=4, unit=None)
    task = Section(number="1.", heading="提升新型研发机构效能", level=3, unit=None, children=[step])
    field = Section(number="（一）", heading="壮大科技创新主体", level=2, unit=None, children=[task])
    review = Section(number="（四）", heading="强化考核评估", level=2, unit=None)
    doc = Document(title="某市科技局2026年工作要点", units=[], doc_type="plan")
    doc.sections = [Section(number="一、", heading="重点任务", level=1, unit=None, children=[field, review])]
    classify.run(doc)
    assert [(s.heading, s.type) for s in doc.all_sections()] == [
        ("重点任务", "measures"), ("壮大科技创新主体", "measures"), ("提升新型研发机构效能", "measures"),
        ("开展绩效评价", "measures"), ("强化考核评估", "evaluation")]
    safeguard = Section(number="3.", heading="保障措施", level=3, unit=None)
    field.children.append(safeguard)
    classify.run(doc)
    assert safeguard.type == "safeguards"  # a part's bare name under a task keeps its own


def test_a_reports_plan_begins_at_the_first_part_setting_this_years_work(parser, tmp_path) -> None:
    """No 总体要求 or 任务 part follows the review: the first part whose opening sets this year's work
    (今年…拟/要) begins the plan, and its figures are targets, not achievements."""
    path = tmp_path / "report.txt"
    path.write_text("\n".join([
        "政府工作报告", "各位代表：", "一、2021年全市工作回顾", "过去一年，全市地区生产总值增长6.8%，新增城镇就业2.6万人。",
        "二、稳住经济大盘", "今年一般公共预算支出拟安排420亿元，新增专项债券额度60亿元。",
        "三、兜牢民生底线", "全年新增城镇就业2.5万人以上。"]), encoding="utf-8")
    [doc] = parser.parse(path).documents
    assert [(s.heading, s.type) for s in doc.sections] == [
        ("2021年全市工作回顾", "review"), ("稳住经济大盘", "measures"), ("兜牢民生底线", "measures")]
    assert [t.value for t in doc.targets] == [420, 60, 2.5]


def test_a_national_report_copied_without_its_byline_is_the_state_councils(parser, tmp_path) -> None:
    """A news agency's release tag before the title is no part of it; with no byline, a report delivered
    at the 全国人民代表大会 is the State Council's (a place's congress names the place's government)."""
    path = tmp_path / "report.txt"
    path.write_text("\n".join([
        "【受权发布】政府工作报告", "——2027年3月5日在第十四届全国人民代表大会第五次会议上",
        "一、2026年工作回顾", "过去一年，经济运行总体平稳。", "二、2027年政府工作任务", "今年城镇新增就业1200万人以上。"]),
        encoding="utf-8")
    [doc] = parser.parse(path).documents
    assert (doc.title, doc.org, doc.year) == ("政府工作报告", "国务院", 2027)


def test_a_report_delivered_at_a_years_end_is_the_next_years(parser, tmp_path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("\n".join(["政府工作报告", "——2024年12月27日在青禾区第五届人民代表大会第六次会议上", "青禾区区长　某某",
                               "各位代表：", "一、2024年工作回顾", "全区地区生产总值增长5.2%。", "二、2025年重点工作",
                               "全年城镇新增就业1万人以上。"]), encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert (doc.year, doc.org, doc.doc_type) == (2025, "青禾区人民政府", "summary_plan")


def test_a_child_named_for_inspection_is_evaluation() -> None:
    doc = Document(title="某街道生活垃圾分类工作实施方案", units=[], doc_type="plan")
    doc.sections = [_section("主要任务", _section("完善分类设施"), _section("加强督导检查"))]
    classify.run(doc)
    assert [s.type for s in doc.all_sections()] == ["measures", "measures", "evaluation"]


@pytest.mark.parametrize(("heading", "kind"), [
    ("加强队伍建设和作风建设", "safeguards"), ("抓好党建和队伍建设", "safeguards"),
    ("加强教师队伍建设", None), ("加强应急救援队伍建设", None),  # a field's team: the plan's work
    ("加强队伍建设", None),  # bare, it may be either (扑火队伍 under 主要措施): the part's place decides
])
def test_the_bodys_own_team_is_a_safeguard_and_a_fields_team_is_work(heading: str, kind: str | None) -> None:
    """A team named with the body's own conduct is the body's own (自身建设); a field's team is not."""
    named = heading_type(heading)
    assert (named[0] if named else None) == kind


def test_a_part_named_after_a_slogan_clause_takes_its_type_from_the_name() -> None:
    """"坚持勤政为民，切实加强机关作风建设": the 坚持… slogan names no part; the clause after it does. A slogan over a
    task ("坚持项目为王，加快建设现代产业体系") leaves the task a measure."""
    doc = Document(title="某市2026年政府工作报告", units=[], doc_type="plan")
    doc.sections = [_section("2026年重点工作", _section("坚持项目为王，加快建设现代产业体系"),
                             _section("坚持勤政为民，切实加强机关作风建设"))]
    classify.run(doc)
    assert [s.type for s in doc.all_sections()] == ["measures", "measures", "safeguards"]


@pytest.mark.parametrize("child", ["严格督促检查", "强化检查督导", "开展专项督察", "强化督促落实", "加强督促落实，确保取得实效"])
def test_a_child_named_for_urging_and_checking_is_evaluation(child: str) -> None:
    """督促检查 (the full form of 督查), 检查督导, 督察 and 督促落实 name the part that checks the work, as 督查 does."""
    doc = Document(title="某区2025年老旧小区改造工作方案", units=[], doc_type="plan")
    doc.sections = [_section("保障措施", _section("加强组织领导"), _section(child))]
    classify.run(doc)
    assert [s.type for s in doc.all_sections()] == ["safeguards", "safeguards", "evaluation"]


def test_urging_a_named_duty_is_a_task() -> None:
    """"督促落实企业安全生产主体责任" urges a duty on someone: a task of its part, not the part that checks the plan."""
    doc = Document(title="某县2026年安全生产工作要点", units=[], doc_type="plan")
    doc.sections = [_section("重点任务", _section("督促落实企业安全生产主体责任"), _section("深化隐患排查"))]
    classify.run(doc)
    assert [s.type for s in doc.all_sections()] == ["measures", "measures", "measures"]


@pytest.mark.parametrize("child", ["严格考核评价", "完善评价考核", "强化考核评估", "开展绩效评价"])
def test_a_child_named_for_its_assessment_is_evaluation(child: str) -> None:
    """A 考核 that 评价 or 评估 closes names the part, under 保障措施 as under 重点任务."""
    doc = Document(title="某县2026年农村供水保障工作方案", units=[], doc_type="plan")
    doc.sections = [_section("保障措施", _section("加强资金保障"), _section(child)), _section("重点任务", _section(child))]
    classify.run(doc)
    assert [s.type for s in doc.all_sections()] == ["safeguards", "safeguards", "evaluation", "measures", "evaluation"]


def test_a_report_parts_that_join_goals_tasks_or_requirements() -> None:
    """The year's part naming its tasks beside its goals holds the tasks (measures, children too); a
    five-year one stays goals; a goals part opening on 总体要求 is the requirements part; the
    year's own 打算 sets its tasks."""
    doc = Document(title="某县2026年政府工作报告", units=[], doc_type="summary_plan", year=2026)
    doc.sections = [
        _section("2025年工作回顾"),
        _section("今后五年的发展目标和主要任务"),
        _section("2026年目标任务", _section("总体要求"), _section("主要预期目标")),
        _section("2026年发展目标和重点任务", _section("做强特色产业"), _section("改善城乡面貌")),
        _section("2026年工作打算", _section("抓项目，扩投资")),
    ]
    classify.run(doc)
    got = [(s.heading, s.type) for s in doc.all_sections()]
    assert got == [("2025年工作回顾", "review"), ("今后五年的发展目标和主要任务", "goals"),
                   ("2026年目标任务", "guiding_ideology"), ("总体要求", "guiding_ideology"), ("主要预期目标", "goals"),
                   ("2026年发展目标和重点任务", "measures"), ("做强特色产业", "measures"), ("改善城乡面貌", "measures"),
                   ("2026年工作打算", "measures"), ("抓项目，扩投资", "measures")]
    summary = Document(title="某局2025年工作总结", units=[], doc_type="summary", year=2025)
    summary.sections = [_section("主要工作成效"), _section("2026年工作打算"), _section("2025年下半年工作打算")]
    classify.run(summary)
    assert [s.type for s in summary.sections] == ["review", "outlook", "outlook"]


def test_the_years_working_approach_with_its_goals_is_the_requirements_part() -> None:
    """"2026年工作思路和主要目标" is the year's overall part, as 总体要求和主要目标 is; a 总结和思路's later
    year's 工作思路 is its plan half (its tasks), a summary's 下一步工作思路 looks ahead."""
    doc = Document(title="某开发区管委会2026年工作报告", units=[], doc_type="summary_plan", year=2026)
    doc.sections = [_section("2025年工作回顾"), _section("2026年工作思路和主要目标"), _section("2026年重点工作")]
    classify.run(doc)
    assert [s.type for s in doc.sections] == ["review", "guiding_ideology", "measures"]
    summary = Document(title="某局2025年工作总结和2026年工作思路", units=[], doc_type="summary_plan", year=2025)
    summary.sections = [_section("2025年工作回顾"), _section("2026年工作思路")]
    classify.run(summary)
    assert [s.type for s in summary.sections] == ["review", "measures"]
    plain = Document(title="某局2025年工作总结", units=[], doc_type="summary", year=2025)
    plain.sections = [_section("主要工作成效"), _section("下一步工作思路")]
    classify.run(plain)
    assert [s.type for s in plain.sections] == ["review", "outlook"]


def test_a_part_on_the_bodys_own_discipline_is_a_safeguard() -> None:
    """"从严治警/治会/治团" disciplines the body that carries the plan out, as 自身建设 does; a party
    body's plan makes 全面从严治党 its work itself."""
    doc = Document(title="某县公安局2026年工作要点", units=[], doc_type="plan", year=2026)
    doc.sections = [_section("深化平安建设", _section("严打突出犯罪")),
                    _section("坚持从严治警，锻造过硬队伍", _section("加强教育培训"))]
    classify.run(doc)
    assert [(s.heading, s.type) for s in doc.all_sections()] == [
        ("深化平安建设", "measures"), ("严打突出犯罪", "measures"),
        ("坚持从严治警，锻造过硬队伍", "safeguards"), ("加强教育培训", "safeguards")]
    party = Document(title="某县委2026年党建工作要点", units=[], doc_type="plan", year=2026)
    party.sections = [_section("纵深推进全面从严治党")]
    classify.run(party)
    assert party.sections[0].type == "measures"


def test_a_report_reviewing_in_unlabelled_parts_then_setting_this_years_work(parser, tmp_path) -> None:
    """A congress report whose review runs in "一、坚持…" parts and whose last part names this year's
    tasks reviews and plans (summary_plan); the review parts keep `review` whatever they name
    (从严治院 reports a year's discipline, it sets up no safeguard)."""
    path = tmp_path / "court.txt"
    path.write_text("\n".join([
        "桐溪县人民法院工作报告", "——2023年1月12日在桐溪县第十八届人民代表大会第二次会议上", "各位代表：",
        "一年来，全院共受理各类案件5210件，审执结4987件。", "一、坚持能动司法，服务保障县域发展",
        "审结涉企纠纷案件731件，标的额9.6亿元。", "二、坚持从严治院，锻造过硬法院队伍",
        "开展业务培训12期，参训干警420人次。", "三、2023年工作安排",
        "2023年，县法院将重点做好以下工作：结案率保持在95%以上。"]), encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert (doc.year, doc.doc_type) == (2023, "summary_plan")
    assert [s.type for s in doc.sections] == ["review", "review", "measures"]


def test_a_summary_keeps_its_own_years_work_as_review_and_the_next_as_outlook() -> None:
    """In a 总结 "今年"/its year is the year reported on, and a later year's tasks are its outlook."""
    doc = Document(title="某县水务局2024年工作总结", units=[], year=2024)
    doc.sections = [_section("强化水资源管理"), _section("2024年主要工作"), _section("2025年重点工作")]
    assert doc_type(doc.title, doc) == "summary"
    doc.doc_type = "summary"
    classify.run(doc)
    assert [s.type for s in doc.sections] == ["review", "review", "outlook"]
    since = Document(title="关于青禾县今年以来安全生产工作情况的报告", units=[], year=2024)
    since.sections = [_section("健全责任体系"), _section("今年以来主要工作")]
    assert doc_type(since.title, since) == "summary"


def test_a_plan_draft_plans_the_year_its_plan_phrase_names() -> None:
    """"X年…计划执行情况与Y年…计划草案的报告": `year` stays X (CONTRACT), but Y's task parts are the
    document's measures, not an outlook, and its targets are for Y."""
    from jihua.pipeline.rules.periods import planned_year

    title = "关于梅川市2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告"
    assert planned_year(title, 2022) == 2023
    assert planned_year("某县2024—2026年农村人居环境整治行动计划", 2024) == 2024  # a span pairs nothing
    doc = Document(title=title, units=[], doc_type="summary_plan", year=2022)
    doc.sections = [_section("2022年计划执行情况"), _section("2023年经济社会发展的总体要求和主要预期目标"),
                    _section("2023年的主要任务", _section("稳住工业基本盘"))]
    classify.run(doc)
    assert [s.type for s in doc.all_sections()] == ["review", "guiding_ideology", "measures", "measures"]


def test_building_a_staff_is_a_safeguard_as_its_own_part_and_a_task_among_tasks() -> None:
    """"加强司法行政干部队伍建设", "抓好过硬队伍建设" as a part of their own, or under 保障措施, build the body that
    carries the plan out (as 自身建设); under a part of tasks a staff built ("加强网格员干部队伍建设") is one of the tasks,
    like a field's team (教师队伍, 应急抢险队伍). A safeguard category there (强化组织领导) still names its own part."""
    doc = Document(title="某县司法局2026年工作要点", units=[], doc_type="plan", year=2026)
    doc.sections = [_section("重点任务", _section("加强乡镇司法所干部队伍建设"), _section("抓好过硬队伍建设，提升履职本领"),
                             _section("加强人民调解员培训"), _section("加强应急抢险队伍建设"), _section("强化组织领导")),
                    _section("加强司法行政干部队伍建设"),
                    _section("保障措施", _section("加强干部队伍建设"), _section("加强队伍保障"))]
    classify.run(doc)
    assert [s.type for s in doc.sections[0].children] == ["measures", "measures", "measures", "measures", "safeguards"]
    assert [s.type for s in doc.sections[1:]] == ["safeguards", "safeguards"]
    assert [s.type for s in doc.sections[2].children] == ["safeguards", "safeguards"]


def test_a_plans_closing_part_charging_duties_is_its_safeguards() -> None:
    """"四、压紧压实河道管护工作责任" closing a plan (its last part) names what those who carry it out answer
    for: its safeguards. So does a bare "切实加强队伍建设" at its close. Followed by a part of its own (强化督查考核)
    it is not the close: a task."""
    for closing in (["压紧压实河道管护工作责任"], ["严格落实各方责任制", "强化督查考核"], ["切实加强队伍建设"]):
        doc = Document(title="某镇2026年河道管护工作方案", units=[], doc_type="plan", year=2026)
        doc.sections = [_section("清理河道垃圾"), _section("整治沿河排污口", _section("开展排污口排查")),
                        *[_section(h, _section("建立镇村两级河长制")) for h in closing]]
        classify.run(doc)
        charged = "safeguards" if len(closing) == 1 else "measures"
        assert [s.type for s in doc.sections] == ["measures", "measures", charged, "evaluation"][:len(doc.sections)]
        assert doc.sections[2].children[0].type == charged


@pytest.mark.parametrize(("title", "headings"), [
    # a duty part before the plan's own 保障措施 / 工作要求 part: a task
    ("某市2027年燃气安全整治方案", ["排查老旧燃气管线", "整治餐饮场所用气", "压紧压实燃气经营企业责任", "组织保障"]),
    ("某县2027年全面推行林长制工作方案", ["加强森林防火", "加强林地保护", "压实属地管护责任", "工作要求"]),
    # the plan's last part names a body's own 主体责任, or the duty the title names: the plan's subject, a task
    ("某区2027年基层党建工作要点", ["建强村级党组织", "整顿软弱涣散支部", "压实基层党建主体责任"]),
    ("某县2027年全面推行林长制工作方案", ["加强森林防火", "加强林地保护", "严格落实林长制责任"]),
])
def test_a_duty_part_before_a_safeguards_part_or_on_the_plans_own_duty_is_a_task(title: str, headings: list[str]) -> None:
    doc = Document(title=title, units=[], doc_type="plan", year=2027)
    doc.sections = [_section(h, _section("每月开展一次督导")) for h in headings]
    classify.run(doc)
    duty = next(s for s in doc.sections if s.heading.endswith("责任"))
    assert duty.type == "measures"


def test_a_duty_the_title_does_not_name_still_closes_the_plan() -> None:
    """"压实乡镇管护责任" closing a 林长制 plan charges the towns who carry it out: its safeguards."""
    doc = Document(title="某县2027年全面推行林长制工作方案", units=[], doc_type="plan", year=2027)
    doc.sections = [_section(h) for h in ("加强森林防火", "加强林地保护", "压实乡镇管护责任")]
    classify.run(doc)
    assert [s.type for s in doc.sections] == ["measures", "measures", "safeguards"]


@pytest.mark.parametrize("headings", [
    ["压实企业安全生产主体责任", "落实部门监管责任", "强化属地管理责任"],  # duties are the plan's subject: each a task
    ["强化属地管理责任", "整治沿河排污口", "清理河道垃圾"],  # not at the close: a task
    ["清理河道垃圾", "整治沿河排污口", "加强巡河员队伍建设"],  # a staff named: a task still
    ["清理河道垃圾", "整治沿河排污口", "严格落实工作责任"],  # (a summary reports it: see doc_type below)
])
def test_duties_among_tasks_or_in_a_report_stay_tasks(headings: list[str]) -> None:
    doc_type = "summary" if headings[-1] == "严格落实工作责任" else "plan"
    doc = Document(title="某县2026年安全生产工作方案", units=[], doc_type=doc_type, year=2026)
    doc.sections = [_section(h) for h in headings]
    classify.run(doc)
    assert {s.type for s in doc.sections} == {"measures" if doc_type == "plan" else "review"}


def test_a_part_named_by_dates_or_a_days_programme_is_the_schedule() -> None:
    """"日程安排", "年度安排" and headings that are only a date, a span of dates or a year name
    periods of the schedule; a part on 考核问效 is evaluation even under 保障措施."""
    doc = Document(title="某县2026年油菜花节活动方案", units=[], doc_type="plan")
    doc.sections = [
        _section("活动日程", _section("3月8日"), _section("3月9日—3月15日")),
        _section("主要任务", _section("2027年"), _section("2028年：巩固提升"), _section("丰富节庆活动")),
        _section("年度安排"),
        _section("保障措施", _section("压实工作责任"), _section("强化考核问效")),
    ]
    classify.run(doc)
    assert [s.type for s in doc.all_sections()] == [
        "schedule", "schedule", "schedule", "measures", "schedule", "schedule", "measures", "schedule",
        "safeguards", "safeguards", "evaluation"]


def test_a_child_that_is_only_a_part_name_keeps_its_own_type() -> None:
    """"重点工作" under a dated stage names measures itself; "加强重点工作督办" only mentions the cue."""
    doc = Document(title="某镇2027年安全生产月活动方案", units=[], doc_type="plan")
    doc.sections = [_section("第二阶段（6月）", _section("重点工作"), _section("加强重点工作督办"))]
    classify.run(doc)
    assert [(s.heading, s.type) for s in doc.all_sections()] == [
        ("第二阶段（6月）", "schedule"), ("重点工作", "measures"), ("加强重点工作督办", "evaluation")]


def test_a_title_naming_the_cppcc_or_the_congress_by_its_short_name_gives_the_org(parser, tmp_path) -> None:
    for organ in ("政协", "人大", "人大常委会", "科协"):
        path = tmp_path / f"{organ}.txt"
        path.write_text(f"北岭县{organ}2026年工作要点\n\n一、主要任务\n全年开展专题调研不少于6次。\n", encoding="utf-8")
        assert parser.parse(path).documents[0].org == f"北岭县{organ}"


def test_a_congress_or_cppcc_building_its_own_members_and_office_is_safeguarding(parser, tmp_path) -> None:
    text = ("北岭县政协2026年工作要点\n\n一、提高协商议政质量\n年内开展专题协商4次。\n二、加强委员队伍建设\n完善委员履职档案。\n"
            "三、加强机关建设\n健全机关工作制度。\n四、加强教师队伍建设调研\n组织委员开展教师队伍建设专题视察。\n")
    path = tmp_path / "cppcc.txt"
    path.write_text(text, encoding="utf-8")
    types = [s.type for s in parser.parse(path).documents[0].sections]
    assert types == ["measures", "safeguards", "safeguards", "measures"]


def _numbered(number: str, heading: str, *children: Section) -> Section:
    """A section whose heading carries its printed number (一、, （一）)."""
    from jihua.pipeline.rules.numbering import match_label

    found = match_label(f"{number}{heading}")
    assert found is not None
    unit = Unit(text=f"{number}{heading}", block=Block(text=f"{number}{heading}", prov=Provenance(file="t", index=0)),
                label=found[0], body=heading, role="heading")
    return Section(number=number, heading=heading, level=2, unit=unit, children=list(children))


def test_an_unnumbered_line_over_the_first_parts_frames_them_and_passes_no_type_down() -> None:
    """A page's stray line above 一、 (an account's name) holds the parts; each is typed as a part of
    its own (a report's 2026年重点工作 plans, 政府自身建设 safeguards), not as the frame's review side.
    A named look-back over numbered parts still passes its type down."""
    doc = Document(title="2026年青岭县人民政府工作报告", units=[], doc_type="summary_plan", year=2026)
    doc.sections = [
        _section("青岭融媒 2026-01-20 09:15", _numbered("一、", "2025年工作回顾"),
                 _numbered("二、", "2026年重点工作", _numbered("（一）", "稳住工业基本盘")),
                 _numbered("三、", "持续推进政府自身建设")),
    ]
    classify.run(doc)
    got = [(s.heading, s.type) for s in doc.all_sections()[1:]]
    assert got == [("2025年工作回顾", "review"), ("2026年重点工作", "measures"), ("稳住工业基本盘", "measures"),
                   ("持续推进政府自身建设", "safeguards")]
    named = Document(title="临川镇2026年工作总结和2027年工作打算", units=[], doc_type="summary_plan", year=2026)
    named.sections = [_section("过去一年工作回顾", _numbered("一、", "农业生产稳中有进"), _numbered("二、", "集镇面貌明显改善"))]
    classify.run(named)
    assert [s.type for s in named.all_sections()] == ["review", "review", "review"]


def test_a_work_reports_plan_part_named_without_a_year_follows_its_look_back(parser, tmp_path) -> None:
    """"二、重点任务" after "一、2024年工作回顾" in a 工作报告 is the year's plan, though its heading names
    no year: the report reviews and plans (summary_plan), the part keeps its heading's type and its
    figures are targets; a part on the body's own conduct is a safeguard."""
    path = tmp_path / "report.txt"
    path.write_text("\n".join([
        "白沙乡人民政府2025年工作报告", "一、2024年工作回顾", "全年完成农业总产值6.3亿元，增长4.1%。",
        "二、重点任务", "（一）壮大特色产业", "新建蔬菜大棚120个，培育家庭农场15家。",
        "三、持续强化乡政府自身建设", "严格执行过紧日子要求，压减一般性支出5%。"]), encoding="utf-8")
    [doc] = parser.parse(path).documents
    assert doc.doc_type == "summary_plan"
    assert [(s.heading, s.type) for s in doc.sections] == [
        ("2024年工作回顾", "review"), ("重点任务", "measures"), ("持续强化乡政府自身建设", "safeguards")]
    assert doc.sections[1].children[0].type == "measures"
    assert [t.value for t in doc.targets] == [120, 15, 5]


@pytest.mark.parametrize("heading", ["主要工作", "工作安排", "主要任务"])
def test_a_plan_part_name_after_a_look_back_makes_a_work_report_review_and_plan(heading: str) -> None:
    doc = Document(title="石门街道2024年工作报告", units=[], year=2024)
    doc.sections = [_section("2023年工作回顾"), _section(heading)]
    assert doc_type(doc.title, doc) == "summary_plan"
    doc.doc_type = "summary_plan"
    classify.run(doc)
    assert [s.type for s in doc.sections] == ["review", "measures"]


def test_a_plan_part_name_without_a_look_back_or_in_a_summary_stays_reported_work() -> None:
    """"一、主要工作" opening a report, or after the review of a 总结, reports what was done."""
    report = Document(title="石门街道2024年工作报告", units=[], year=2024)
    report.sections = [_section("主要工作"), _section("存在问题")]
    assert doc_type(report.title, report) == "summary"
    summary = Document(title="石门街道2024年工作总结", units=[], year=2024)
    summary.sections = [_section("2024年工作回顾"), _section("主要工作")]
    assert doc_type(summary.title, summary) == "summary"


def test_a_work_report_with_only_plan_parts_is_a_plan() -> None:
    doc = Document(title="南岭经济开发区管委会2027年工作报告", units=[], year=2027)
    doc.sections = [_section("2027年主要任务"), _section("保障措施")]
    assert doc_type(doc.title, doc) == "plan"
    doc.sections = [_section("坚持项目为王"), _section("保障措施")]
    assert doc_type(doc.title, doc) == "summary"


def test_a_task_that_puts_a_part_word_to_work_stays_a_measure() -> None:
    """Under a measures part, "贯彻…要求" and "建立健全…机制" with what they govern are tasks; a child
    that is the part's name, or the verb with the bare part word, still names its own kind."""
    doc = Document(title="某县卫生健康局2026年工作要点", units=[], doc_type="plan")
    doc.sections = [
        _section("主要任务", _section("贯彻公立医院改革工作要求"), _section("建立健全医联体双向转诊工作机制"),
                 _section("完善基层卫生服务体系"), _section("健全工作机制"), _section("工作要求")),
        _section("保障措施", _section("严格落实疫情防控工作要求")),
    ]
    classify.run(doc)
    assert [(s.heading, s.type) for s in doc.all_sections()] == [
        ("主要任务", "measures"), ("贯彻公立医院改革工作要求", "measures"),
        ("建立健全医联体双向转诊工作机制", "measures"), ("完善基层卫生服务体系", "measures"),
        ("健全工作机制", "safeguards"), ("工作要求", "safeguards"),
        ("保障措施", "safeguards"), ("严格落实疫情防控工作要求", "safeguards")]


@pytest.mark.parametrize(
    ("title", "org"),
    [("石门县供销合作社联合社2025年工作要点", "石门县供销合作社联合社"), ("桐溪日报社2024年工作总结", "桐溪日报社"),
     ("云岭县农村信用联社2026年工作计划", "云岭县农村信用联社"), ("云岭县农村信用社2025年工作计划", "云岭县农村信用社"), ("江川教育出版社2025年出版工作计划", "江川教育出版社"),
     ("2025年社会救助工作计划", None), ("柳江县社会救助工作计划", "柳江县"), ("2024年社区治理工作方案", None),
     # a kind of business the plan works on is no issuer
     ("柳江县农民专业合作社规范提升工作方案", None), ("柳江县旅行社行业整治工作方案", None)],
)
def test_a_body_named_with_she_is_an_org_but_society_and_community_are_not(title: str, org: str | None) -> None:
    """The supply co-operatives' federation and presses end their names in 社; "社会", "社区" name none, and
    nor do the businesses a plan works on (专业合作社, 旅行社)."""
    assert org_from_title(title) == org


@pytest.mark.parametrize(
    ("title", "org"),
    [("桐溪县第二中学物理备课组2026年春季学期工作计划", "桐溪县第二中学物理备课组"),
     ("桐溪县实验幼儿园园长2025年度述职报告", "桐溪县实验幼儿园"), ("桐溪县水利局副局长2025年述职述廉报告", "桐溪县水利局"),
     ("桐溪县第二中学2026年工作要点", "桐溪县第二中学")],
)
def test_a_teaching_group_and_the_body_a_post_is_held_in_are_orgs(title: str, org: str) -> None:
    """A 教研组/备课组 issues its own plan; a person's 述职报告 names the post before the year, and the
    body the post is held in is the org."""
    assert org_from_title(title) == org


def test_a_cooperative_federation_signing_its_plan_is_the_org_and_its_seal_leaves_the_body(parser, tmp_path) -> None:
    """The title's co-operative federation is the org, not the shorter name a page's 来源 field gives it,
    and the name over the date at the end is the sign-off, not the last part's text."""
    path = tmp_path / "coop.txt"
    path.write_text("石门县供销合作社联合社2025年工作要点\n发布时间：2025-02-20  来源：县供销社\n"
                    "\u3000\u3000一、年度目标\n\u3000\u3000全系统实现商品销售总额18亿元。\n"
                    "\u3000\u3000二、保障措施\n\u3000\u3000各基层社要细化任务分工，按月报送工作进展。\n"
                    "石门县供销合作社联合社\n2025年2月18日\n", encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert doc.org == "石门县供销合作社联合社"
    assert doc.sections[-1].paragraphs == ["各基层社要细化任务分工，按月报送工作进展。"]
    assert doc.closing == ["石门县供销合作社联合社", "2025年2月18日"]



@pytest.mark.parametrize("body", ["白沙县供销合作社", "白沙县农村信用合作社"])
def test_a_cooperative_by_its_full_name_signs_its_summary(parser, tmp_path, body: str) -> None:
    """"…供销合作社" and "…信用合作社", the full names, sign and issue a plan as 供销社 and 信用社 do;
    a 专业合作社 the text works on stays text."""
    path = tmp_path / "coop.txt"
    path.write_text("2024年工作总结和2025年工作计划\n一、2024年工作回顾\n全年扶持农民专业合作社12家。\n"
                    f"二、2025年工作计划\n新建村级综合服务社15个。\n{body}\n2025年1月10日\n", encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert doc.org == body
    assert doc.closing == [body, "2025年1月10日"]
    assert doc.sections[-1].paragraphs == ["新建村级综合服务社15个。"]

_NOTICE = [
    "澄川县市场监督管理局关于2025年上半年食品安全工作情况的通报",
    "各乡镇人民政府，县食安委各成员单位：",
    "一、总体情况",
    "上半年，全县共抽检食品批次1840批，合格率97.6%，同比提高1.2个百分点。",
    "（一）校园食品安全专项整治有力推进。共检查学校食堂212家次，发现问题86个，已整改83个。",
    "（二）农村集体聚餐监管持续加强。备案指导农村集体聚餐460场次。",
    "二、存在的主要问题",
    "部分小作坊生产条件简陋，从业人员健康证持证率不高。",
    "三、下一步工作要求",
    "下半年食品抽检不少于1200批次。",
]


def test_a_notices_overall_situation_that_recounts_the_periods_figures_is_review(parser, tmp_path) -> None:
    """A 情况通报 reports as a 汇报 does: its "总体情况" that counts what was done this half-year
    against last year is reported work, with its parts, and none of its figures is a target."""
    path = tmp_path / "notice.txt"
    path.write_text("\n".join(_NOTICE), encoding="utf-8")
    [doc] = parser.parse(path).documents
    assert doc.doc_type == "summary"
    [overall, *_] = doc.sections
    assert [(s.heading, s.type) for s in [overall, *overall.children]] == [
        ("总体情况", "review"), ("校园食品安全专项整治有力推进", "review"), ("农村集体聚餐监管持续加强", "review")]
    assert [t.value for t in doc.targets] == [1200]


def test_a_reports_profile_of_the_place_stays_its_introduction(parser, tmp_path) -> None:
    """"基本情况" that profiles the town (位于…, 辖…个村, 总人口…) recounts no period: it introduces the report."""
    lines = ["关于2025年美丽乡村建设工作情况的汇报", "一、基本情况",
             "云岫镇位于县境南部，辖9个行政村，总人口2.4万人，耕地面积3.1万亩。",
             "二、主要工作及成效", "全年完成农房风貌改造320户，新建村道9.6公里。",
             "三、下一步工作打算", "2026年新建美丽庭院不少于150户。"]
    path = tmp_path / "report.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    [doc] = parser.parse(path).documents
    assert [(s.heading, s.type) for s in doc.sections] == [
        ("基本情况", "preamble"), ("主要工作及成效", "review"), ("下一步工作打算", "outlook")]


def test_a_background_word_a_work_verb_governs_is_a_task_and_the_bare_noun_phrase_a_background() -> None:
    """发展基础, 发展环境, 形势分析, 目的 name a background part only as what the heading is; after a verb of
    work ("筑牢…发展基础", "优化…发展环境") they are the object of a task, at any level."""
    doc = Document(title="某市商务局2026年工作要点", units=[], doc_type="plan")
    doc.sections = [
        _section("发展基础和面临形势", _section("“十五五”开局之年的发展环境")),
        _section("筑牢外贸发展基础"),
        _section("着力改善消费发展环境，激发市场活力"),
        _section("主要任务", _section("强化运行形势分析"), _section("进一步明确招商目的"), _section("面临的形势")),
        _section("充分认识做好商务工作的重要意义"),
    ]
    classify.run(doc)
    assert [(s.heading, s.type) for s in doc.all_sections()] == [
        ("发展基础和面临形势", "preamble"), ("“十五五”开局之年的发展环境", "preamble"),
        ("筑牢外贸发展基础", "measures"), ("着力改善消费发展环境，激发市场活力", "measures"),
        ("主要任务", "measures"), ("强化运行形势分析", "measures"), ("进一步明确招商目的", "measures"),
        ("面临的形势", "preamble"), ("充分认识做好商务工作的重要意义", "preamble")]


@pytest.mark.parametrize(("heading", "kind"), [
    ("抓好工作落实", "safeguards"), ("狠抓落实", "safeguards"), ("确保各项任务落地见效", "safeguards"),
    # …but a named thing to carry out is a task
    ("抓好河长制各项任务落实", "measures"),
])
def test_a_closing_part_that_only_urges_the_plan_carried_out_secures_it(heading: str, kind: str) -> None:
    doc = Document(title="某县水利局2026年工作要点", units=[], doc_type="plan")
    doc.sections = [_section("推进水利工程建设"), _section(heading)]
    classify.run(doc)
    assert doc.sections[1].type == kind


@pytest.mark.parametrize(("heading", "kind"), [
    ("绩效指标", "goals"), ("2026年度绩效指标", "goals"), ("产出指标", "goals"), ("主要指标", "goals"),
    # a verb of work over the indicators makes a task of them
    ("完善统计监测指标", "measures"), ("科学设置年度监测指标", "measures"), ("合理确定预警指标", "measures"),
])
def test_a_heading_whose_head_noun_is_zhibiao_lists_the_goals(heading: str, kind: str) -> None:
    doc = Document(title="某县疾控中心2026年工作计划", units=[], doc_type="plan")
    doc.sections = [_section(heading)]
    classify.run(doc)
    assert doc.sections[0].type == kind


def test_a_next_year_part_that_plans_names_what_secures_the_plan_as_under_its_measures() -> None:
    """A 总结和计划's next-year plan ("2026年工作计划") is its tasks, as a 政府工作报告's year's tasks are: a child
    naming 自身建设, 组织保障 or 考核 is that plan part; a problems part keeps its children problems, a task with a
    part word as its object stays the part's, and a 总结's 打算 keeps its children."""
    doc = Document(title="某镇2025年工作总结和2026年工作计划", units=[], year=2025, doc_type="summary_plan")
    doc.sections = [
        _section("2025年工作总结", _section("项目建设提速增效")),
        _section("存在的问题", _section("考核机制不健全")),
        _section("2026年工作计划", _section("壮大村级集体经济"), _section("加强机关自身建设"),
                 _section("强化组织保障"), _section("严格督查考核"), _section("落实“清廉村居”建设工作要求"),
                 _section("做好村干部年度考核工作")),
    ]
    classify.run(doc)
    assert [(s.heading, s.type) for s in doc.all_sections()] == [
        ("2025年工作总结", "review"), ("项目建设提速增效", "review"),
        ("存在的问题", "problems"), ("考核机制不健全", "problems"),
        ("2026年工作计划", "measures"), ("壮大村级集体经济", "measures"), ("加强机关自身建设", "safeguards"),
        ("强化组织保障", "safeguards"), ("严格督查考核", "evaluation"), ("落实“清廉村居”建设工作要求", "measures"),
        ("做好村干部年度考核工作", "measures")]  # the office's own task of 考核, not the plan's evaluation
    # named for the planned year's approach ("2026年工作思路") it is the plan half still; undated ("下一步打算") an outlook
    doc.sections[2] = _section("2026年工作思路", _section("壮大村级集体经济"))
    classify.run(doc)
    assert [s.type for s in doc.sections[2].walk()] == ["measures", "measures"]
    doc.sections[2] = _section("下一步打算", _section("壮大村级集体经济"))
    classify.run(doc)
    assert [s.type for s in doc.sections[2].walk()] == ["outlook", "outlook"]
    # a 总结's 打算 sketches next year's work: its children stay outlook
    summary = Document(title="某镇2025年工作总结", units=[], year=2025, doc_type="summary")
    summary.sections = [_section("2026年工作打算", _section("加强机关自身建设"), _section("强化组织保障"))]
    classify.run(summary)
    assert [s.type for s in summary.all_sections()] == ["outlook", "outlook", "outlook"]


def test_a_study_group_named_in_the_title_is_the_org_its_office_signs_for(parser, tmp_path) -> None:
    """A 理论学习中心组 issues its study plan as a 领导小组 does its work plan: the title's group, with the body
    it belongs to, is the org; the office that signs the plan for it is not."""
    assert org_from_title("中共栖霞湾区委理论学习中心组2027年学习安排") == "中共栖霞湾区委理论学习中心组"
    path = tmp_path / "study.txt"
    path.write_text("\n".join([
        "柘川县人民政府党组理论学习中心组2027年学习计划", "为推进中心组学习规范化，制定本计划。", "一、学习安排",
        "全年集体学习不少于12次。", "柘川县人民政府办公室", "2027年1月9日"]), encoding="utf-8")
    assert parser.parse(path).documents[0].org == "柘川县人民政府党组理论学习中心组"


def test_a_part_named_inside_a_parallel_frame_or_before_its_list_word_takes_its_type() -> None:
    """Parallel headings name their part inside "在…上+verb" ("在加强队伍建设上持续用力"), and a slide or
    annex tabulating a part names it before 一览/汇总表: the part's type holds under any parent."""
    doc = Document(title="松岭镇2026年政府工作报告", units=[], doc_type="summary_plan")
    doc.sections = [
        _section("2026年工作安排", _section("在产业振兴上持续用力"), _section("在加强政府自身建设上持续用力")),
        _section("2026年主要预期目标一览"),
        _section("重点项目推进", _section("主要指标汇总表")),
    ]
    classify.run(doc)
    got = {s.heading: s.type for s in doc.all_sections()}
    assert got["在产业振兴上持续用力"] == "measures"
    assert got["在加强政府自身建设上持续用力"] == "safeguards"
    assert got["2026年主要预期目标一览"] == "goals"
    assert got["主要指标汇总表"] == "goals"


def test_pressing_a_fields_duty_is_a_task_and_the_bodys_own_duty_stays_a_safeguard() -> None:
    """压实/夯实 press a duty onto what they name: under the tasks, "压紧压实防汛抢险落实责任" is the task of that
    field's duty; pressed bare ("压实落实责任"), or under 保障措施, the duty is the part that secures the plan."""
    doc = Document(title="某县水利局2027年防汛抗旱工作方案", units=[], doc_type="plan")
    doc.sections = [
        _section("主要任务", _section("压紧压实防汛抢险落实责任"), _section("夯实山洪灾害群测群防工作机制"),
                 _section("压实落实责任")),
        _section("保障措施", _section("压实属地管理责任"), _section("强化防汛物资储备")),
    ]
    classify.run(doc)
    assert [(s.heading, s.type) for s in doc.all_sections()] == [
        ("主要任务", "measures"), ("压紧压实防汛抢险落实责任", "measures"), ("夯实山洪灾害群测群防工作机制", "measures"),
        ("压实落实责任", "safeguards"),
        ("保障措施", "safeguards"), ("压实属地管理责任", "safeguards"), ("强化防汛物资储备", "safeguards")]


def test_a_grading_or_its_use_is_evaluation_as_a_part_or_under_the_safeguards() -> None:
    """A 考核办法's "等次评定" and "结果运用" are its evaluation parts; "强化结果运用" under 保障措施 names the
    evaluation child there, as "强化考核问效" does."""
    doc = Document(title="某市2027年度营商环境工作考核实施方案", units=[], doc_type="plan")
    doc.sections = [
        _section("考核内容", _section("政务服务效能")),
        _section("等次评定"),
        _section("结果运用"),
        _section("保障措施", _section("加强组织领导"), _section("强化结果运用"), _section("抓实考核运用")),
    ]
    classify.run(doc)
    assert [(s.heading, s.type) for s in doc.all_sections()] == [
        ("考核内容", "evaluation"), ("政务服务效能", "evaluation"), ("等次评定", "evaluation"), ("结果运用", "evaluation"),
        ("保障措施", "safeguards"), ("加强组织领导", "safeguards"), ("强化结果运用", "evaluation"),
        ("抓实考核运用", "evaluation")]


def test_the_use_of_a_surveys_or_a_tests_results_is_a_fields_task() -> None:
    """"强化水质监测结果运用" under the tasks uses what monitoring found: the field's work, no grading."""
    doc = Document(title="某县2027年饮用水安全保障工作方案", units=[], doc_type="plan")
    doc.sections = [_section("重点任务", _section("强化水质监测结果运用"), _section("用好农村供水普查结果运用"))]
    classify.run(doc)
    assert [s.type for s in doc.all_sections()] == ["measures", "measures", "measures"]


def test_a_dated_stage_is_the_schedule_under_a_part_whose_name_was_lost() -> None:
    """A stage with its dates in brackets ("摸底排查阶段（2027年5月）") or after a colon names a period of the
    schedule even when its part's heading names nothing (misread in a scan): it overrides the part's measures,
    a verb opening the stage's name included ("深化提升阶段"); a task with a deadline stays a task. A part whose
    every child is such a stage is the schedule itself (`classify._periods_only`)."""
    doc = Document(title="某区2027年餐饮油烟专项整治工作方案", units=[], doc_type="plan")
    doc.sections = [
        _section("主要任务", _section("完成餐饮单位排查建档（2027年6月底前）")),
        _section("工作步聚", _section("摸底排查阶段（2027年5月）"), _section("集中攻坚阶段（2027年6月—8月中旬）"),
                 _section("深化提升阶段（2027年9月至11月）"), _section("总结评估阶段：2027年12月")),
    ]
    classify.run(doc)
    assert [(s.heading, s.type) for s in doc.all_sections()] == [
        ("主要任务", "measures"), ("完成餐饮单位排查建档（2027年6月底前）", "measures"),
        ("工作步聚", "schedule"), ("摸底排查阶段（2027年5月）", "schedule"), ("集中攻坚阶段（2027年6月—8月中旬）", "schedule"),
        ("深化提升阶段（2027年9月至11月）", "schedule"), ("总结评估阶段：2027年12月", "schedule")]


def test_a_child_whose_head_noun_names_problems_leaves_its_review_part() -> None:
    """CONTRACT: a child takes its parent's type unless its own heading clearly names another. A heading whose
    head noun is 问题/困难/挑战/短板/不足 found, faced or to be watched names the problems part; one that acts on
    them (解决…问题, 破解…难题, 补齐…短板, 整改…发现的问题, 问题整改) is a task and keeps its part's type."""
    doc = Document(title="某县2027年政府工作报告", units=[], doc_type="summary_plan", year=2027)
    doc.sections = [
        _section("2026年工作回顾", _section("项目建设提速增效"), _section("前进中遇到的困难和挑战"),
                 _section("当前需要重视的问题"), _section("存在的短板和不足"), _section("乡村振兴中的突出问题"),
                 _section("着力解决农户急难愁盼问题"), _section("集中整治巡视发现的问题")),
        _section("2027年重点工作", _section("补齐公共服务短板"), _section("破解园区融资难题"),
                 _section("督促整改审计发现的问题"), _section("问题整改"), _section("面临的风险和挑战")),
    ]
    classify.run(doc)
    got = [(s.heading, s.type) for s in doc.all_sections()]
    assert got == [("2026年工作回顾", "review"), ("项目建设提速增效", "review"), ("前进中遇到的困难和挑战", "problems"),
                   ("当前需要重视的问题", "problems"), ("存在的短板和不足", "problems"), ("乡村振兴中的突出问题", "problems"),
                   ("着力解决农户急难愁盼问题", "review"), ("集中整治巡视发现的问题", "review"),
                   ("2027年重点工作", "measures"), ("补齐公共服务短板", "measures"), ("破解园区融资难题", "measures"),
                   ("督促整改审计发现的问题", "measures"), ("问题整改", "measures"), ("面临的风险和挑战", "problems")]


def test_a_task_whose_second_verb_remedies_a_problem_keeps_its_measures_part() -> None:
    """"抓园区补短板", "聚力破难题", "兴产业强弱项": a task heading whose verb phrase after the first acts on a problem
    noun (补短板, 破…难题, 强弱项) is a remedy, not the problems part; a review part's noun phrase heading
    ("发展中的短板和不足") and a report's closing "存在的困难和问题" still name it."""
    doc = Document(title="某乡2027年人民政府工作报告", units=[], doc_type="summary_plan", year=2027)
    doc.sections = [
        _section("2026年工作回顾", _section("产业发展量质齐升"), _section("发展中的短板和不足")),
        _section("2027年主要任务", _section("抓园区补短板"), _section("聚力破难题"), _section("兴产业强弱项"),
                 _section("美村容缩差距")),
        _section("存在的困难和问题"),
    ]
    classify.run(doc)
    assert [(s.heading, s.type) for s in doc.all_sections()] == [
        ("2026年工作回顾", "review"), ("产业发展量质齐升", "review"), ("发展中的短板和不足", "problems"),
        ("2027年主要任务", "measures"), ("抓园区补短板", "measures"), ("聚力破难题", "measures"),
        ("兴产业强弱项", "measures"), ("美村容缩差距", "measures"), ("存在的困难和问题", "problems")]


@pytest.mark.parametrize(("heading", "named"), [
    ("困难和挑战", True), ("主要问题", True), ("工作中暴露出的弱项", True), ("亟待解决的突出问题", True),
    ("发现问题", False), ("直面问题和挑战", False), ("困难群众救助", False), ("积极应对风险挑战", False),
    ("明确需要关注的问题", False), ("聚焦企业反映集中的问题", False), ("问题导向", False),
])
def test_a_problems_head_noun_names_the_part_only_as_what_was_found(heading: str, named: bool) -> None:
    assert ((heading_type(heading) or ("",))[0] == "problems") is named


def test_a_heading_whose_head_noun_is_goals_names_goals_though_it_names_a_stage_or_a_year() -> None:
    """"阶段目标" over "（一）2027年目标": the head noun 目标 names the goals part, stage or year before it; a stage or
    a step without 目标 ("第一阶段（2027年）", "工作步骤") is the schedule, and a dated stage under any part stays one."""
    doc = Document(title="某市智慧社区建设实施方案（2027—2029年）", units=[], doc_type="plan", year=2027)
    doc.sections = [
        _section("指导思想"),
        _section("阶段目标", _section("2027年目标"), _section("2028年目标")),
        _section("第二阶段目标"),
        _section("近期目标（2027年）"),
        _section("工作步骤", _section("第一阶段（2027年）"), _section("试点先行阶段（2027年4月—9月）")),
        _section("第二阶段（2028年）"),
        _section("主要任务", _section("全域推广阶段（2028年1月—12月）")),
    ]
    classify.run(doc)
    got = [(s.heading, s.type) for s in doc.all_sections()]
    assert got == [("指导思想", "guiding_ideology"), ("阶段目标", "goals"), ("2027年目标", "goals"), ("2028年目标", "goals"),
                   ("第二阶段目标", "goals"), ("近期目标（2027年）", "goals"),
                   ("工作步骤", "schedule"), ("第一阶段（2027年）", "schedule"), ("试点先行阶段（2027年4月—9月）", "schedule"),
                   ("第二阶段（2028年）", "schedule"),
                   ("主要任务", "measures"), ("全域推广阶段（2028年1月—12月）", "schedule")]


@pytest.mark.parametrize(("heading", "named"), [
    ("发展现状", True), ("现状分析", True), ("产业现状与面临形势", True), ("现状和形势", True),
    ("发展基础", True), ("基本情况", True),
    ("现状调查", False), ("扭转村容落后现状", False), ("摸清河道现状", False), ("开展现状评估", False),
])
def test_a_plans_account_of_where_things_stand_is_its_background(heading: str, named: bool) -> None:
    """CONTRACT: preamble covers 背景; a 规划's "发展现状", "现状分析", "现状与形势" is it. 现状 names the part only as
    the head noun of its clause: a survey's step ("现状调查") or a verb's object ("扭转…现状") is a task."""
    assert ((heading_type(heading) or ("",))[0] == "preamble") is named


def test_a_plans_situation_part_is_its_background_and_a_reports_that_recounts_the_period_is_review(parser, tmp_path) -> None:
    """A 规划's "发展现状" is its background, a task on 现状 under its tasks a task; a 汇报's "发展现状" that counts
    what the year did against the last is reported work, as its "基本情况" is."""
    lines = ["关于2026年全县茶产业发展情况的汇报", "一、发展现状",
             "全县茶园面积达8.2万亩，同比增长4.5%，实现综合产值15.3亿元。",
             "二、存在的主要问题", "品牌影响力不强。", "三、下一步工作打算", "2027年新建标准化茶园不少于3000亩。"]
    path = tmp_path / "tea.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    [report] = parser.parse(path).documents
    assert [(s.heading, s.type) for s in report.sections] == [
        ("发展现状", "review"), ("存在的主要问题", "problems"), ("下一步工作打算", "outlook")]
    doc = Document(title="某县“十五五”婴幼儿照护服务发展规划", units=[], doc_type="plan")
    doc.sections = [_section("发展现状"), _section("发展目标"), _section("重点任务", _section("摸清托位现状")),
                    _section("保障措施")]
    classify.run(doc)
    assert [(s.heading, s.type) for s in doc.all_sections()] == [
        ("发展现状", "preamble"), ("发展目标", "goals"), ("重点任务", "measures"), ("摸清托位现状", "measures"),
        ("保障措施", "safeguards")]


def test_a_task_aimed_at_the_goals_keeps_its_parts_type_and_a_goals_part_stays_goals() -> None:
    """Under a measures part a verb that pursues the goals ("全力完成全年营收目标", "确保实现…目标任务", "锚定…目标")
    sets a task: it keeps its part's type. A heading that names the part ("年度目标", "主要预期目标") or sets the
    goals ("明确考核目标") stays goals, and so does a top-level goals part; one pursuing them is a task there too."""
    doc = Document(title="某港务集团2026年一季度工作总结及后三季度工作计划", units=[], doc_type="summary_plan", year=2026)
    doc.sections = [
        _section("一季度主要工作及成效", _section("吞吐量稳中有升")),
        _section("后三季度工作计划", _section("全力完成全年营收目标"), _section("确保实现安全生产目标任务"),
                 _section("拓展航线，锚定集装箱量增长目标"), _section("年度目标"), _section("主要预期目标"),
                 _section("明确考核目标")),
    ]
    classify.run(doc)
    got = [(s.heading, s.type) for s in doc.all_sections()]
    assert got == [("一季度主要工作及成效", "review"), ("吞吐量稳中有升", "review"), ("后三季度工作计划", "measures"),
                   ("全力完成全年营收目标", "measures"), ("确保实现安全生产目标任务", "measures"),
                   ("拓展航线，锚定集装箱量增长目标", "measures"), ("年度目标", "goals"), ("主要预期目标", "goals"),
                   ("明确考核目标", "goals")]
    plan = Document(title="某区2026年招商引资工作方案", units=[], doc_type="plan", year=2026)
    plan.sections = [_section("工作目标"), _section("2026年主要目标"), _section("奋力完成2026年目标任务"),
                     _section("对标先进地区目标，提升签约质量")]
    classify.run(plan)
    assert [s.type for s in plan.sections] == ["goals", "goals", "measures", "measures"]



def test_a_reports_standing_part_is_reported_work_though_its_figures_are_not_set_against_last_years(parser, tmp_path) -> None:
    """现状 is a plan's background; a 总结's "工作现状" reports where the year's work stands, plain figures and all
    (no 同比, no 已), and so does a 总结和计划's before its plan begins. A 规划's stays its background."""
    lines = ["青禾镇文化站2026年工作总结", "一、工作现状", "全镇建成农家书屋9个，全年开展送戏下乡演出46场。",
             "二、存在的不足", "活动形式较为单一。", "三、明年工作打算", "新建文化广场2处。"]
    path = tmp_path / "culture.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    [report] = parser.parse(path).documents
    assert [(s.heading, s.type) for s in report.sections] == [
        ("工作现状", "review"), ("存在的不足", "problems"), ("明年工作打算", "outlook")]
    both = Document(title="某区2026年商务工作总结及2027年工作计划", units=[], doc_type="summary_plan", year=2026)
    both.sections = [_section("发展现状"), _section("2027年工作计划", _section("稳住外贸基本盘"))]
    classify.run(both)
    assert [(s.heading, s.type) for s in both.all_sections()] == [
        ("发展现状", "review"), ("2027年工作计划", "measures"), ("稳住外贸基本盘", "measures")]
    plan = Document(title="某县全域旅游发展规划（2027—2031年）", units=[], doc_type="plan")
    plan.sections = [_section("发展现状"), _section("发展目标")]
    classify.run(plan)
    assert [s.type for s in plan.sections] == ["preamble", "goals"]


@pytest.mark.parametrize(("heading", "kind"), [
    ("需要注意的问题", "safeguards"), ("实施中应注意的几个问题", "safeguards"), ("应当注意的事项", "safeguards"), ("需要重点把握的问题", None),
    ("应当处理好的问题", None), ("分析研判面临的挑战", None), ("梳理群众反映强烈的难题", None), ("研究企业面临的困难", None),
    ("需要关注的问题", "problems"), ("值得注意的问题", "problems"), ("课题研究中发现的问题", "problems"),
    ("面临的困难和挑战", "problems"),
    ("产业发展现状及存在问题", "problems"), ("发展基础和主要短板", "problems"), ("现状分析", "preamble"),
    ("发展基础", "preamble"),
])
def test_guidance_and_study_of_problems_name_no_problems_part_and_problems_beside_a_background_win(
        heading: str, kind: str | None) -> None:
    """"需要注意的问题" is a plan's 注意事项 (safeguards), what to 把握/处理 guidance on the work, and a heading that
    studies the problems (分析研判, 梳理, 研究 …) a task; the problems found, faced or to be watched name the part,
    and so they do beside a background (现状, 发展基础), the narrower part."""
    assert (heading_type(heading) or (None,))[0] == kind


def test_points_to_heed_close_a_plan_and_a_study_of_its_challenges_is_one_of_its_tasks() -> None:
    doc = Document(title="某县农村供水保障提升实施方案", units=[], doc_type="plan", year=2027)
    doc.sections = [
        _section("总体要求"),
        _section("重点任务", _section("改造老旧管网"), _section("分析研判面临的挑战")),
        _section("下一步工作中需要重点把握的问题"),
        _section("需要注意的问题"),
    ]
    classify.run(doc)
    assert [(s.heading, s.type) for s in doc.all_sections()] == [
        ("总体要求", "guiding_ideology"), ("重点任务", "measures"), ("改造老旧管网", "measures"),
        ("分析研判面临的挑战", "measures"), ("下一步工作中需要重点把握的问题", "outlook"), ("需要注意的问题", "safeguards")]
    report = Document(title="某县2027年政府工作报告", units=[], doc_type="summary_plan", year=2027)
    report.sections = [_section("2026年工作回顾", _section("需要关注的问题"), _section("面临的困难和挑战"))]
    classify.run(report)
    assert [s.type for s in report.all_sections()] == ["review", "problems", "problems"]


@pytest.mark.parametrize(("title", "doc_type", "heading", "kind"), [
    # a 总结和计划: the part named for the planned year's work, dated or 明年/新的一年, is its plan half
    ("梧桐湾街道2026年工作总结和2027年工作思路", "summary_plan", "2027年工作思路", "measures"),
    ("梧桐湾街道2026年工作总结及2027年工作打算", "summary_plan", "2027年工作打算", "measures"),
    ("梧桐湾街道2026年工作总结和明年工作思路", "summary_plan", "明年工作打算", "measures"),
    ("梧桐湾街道2026年工作总结和2027年工作思路", "summary_plan", "新的一年工作思路", "measures"),
    # a look ahead beside the year planned still names that year's work
    ("梧桐湾街道2026年工作总结及2027年工作计划", "summary_plan", "今后一个时期及2027年重点任务", "measures"),
    ("梧桐湾街道2026年工作总结及2027年工作计划", "summary_plan", "2027年工作计划和努力方向", "measures"),
    # undated, or a 展望, it looks ahead
    ("梧桐湾街道2026年工作总结和2027年工作思路", "summary_plan", "下一步工作思路", "outlook"),
    ("梧桐湾街道2026年工作总结和2027年工作思路", "summary_plan", "今后工作打算", "outlook"),
    ("梧桐湾街道2026年工作总结和2027年工作思路", "summary_plan", "2027年工作展望", "outlook"),
    # a plain 总结's next-year part sketches next year's work; a 政府工作报告 plans its own year, not the next
    ("梧桐湾街道2026年工作总结", "summary", "2027年工作思路", "outlook"),
    ("梧桐湾区2026年政府工作报告", "summary_plan", "2027年工作打算", "outlook"),
])
def test_the_part_named_for_the_planned_years_work_is_a_summary_and_plans_tasks(
        title: str, doc_type: str, heading: str, kind: str) -> None:
    """The plan half of a report that reviews one year and plans the next is its tasks (measures), as a 政府工作报告's
    year's tasks are, whatever word names that work (思路, 打算, 安排); its children follow, a goals child its goals."""
    doc = Document(title=title, units=[], doc_type=doc_type, year=2026)
    doc.sections = [
        _section("2026年工作回顾" if doc_type == "summary" or "总结" in title else "2025年工作回顾",
                 _section("文旅融合亮点纷呈")),
        _section("存在的问题"),
        _section(heading, _section("主要预期目标"), _section("深耕文旅融合，擦亮滨海名片")),
    ]
    classify.run(doc)
    plan = doc.sections[2]
    assert plan.type == kind
    assert plan.children[1].type == kind
    if kind == "measures":
        assert plan.children[0].type == "goals"


# ---- 汇报 after a plan noun names the telling, not a report on work done ---------------------------------------

_PRESENTED_BODY = ["一、总体要求", "坚持城乡统筹、建管并重，推动农村公路提档升级。", "二、重点任务",
                   "（一）畅通城乡路网", "新改建农村公路85公里，完成危桥改造6座。",
                   "（二）提升养护水平", "农村公路优良中等路率达到88%以上。", "三、保障措施", "（一）加强组织领导",
                   "成立工作专班，每月调度一次进展。", "（二）强化考核评估", "将任务完成情况纳入年度综合考核。"]


@pytest.mark.parametrize("title", ["松岗县交通运输局2026年工作要点汇报", "松岗县交通运输局2026年工作安排的汇报材料",
                                   "松岗县农村公路提档升级实施方案汇报提纲"])
def test_a_plan_presented_as_a_briefing_stays_a_plan(parser, tmp_path, title: str) -> None:
    """"…工作要点汇报", "…实施方案汇报提纲": the 汇报 names the briefing that presents the plan; the plan noun before
    it names the kind. Its parts are a plan's, its figures targets set for its year."""
    doc = parser.parse(write_txt(tmp_path / "deck.txt", [title, *_PRESENTED_BODY])).documents[0]
    assert (doc.title, doc.doc_type) == (title, "plan")
    assert [s.type for s in doc.sections] == ["guiding_ideology", "measures", "safeguards"]
    assert {t.value for t in doc.targets} >= {85, 6, 88} and not doc.achievements
    assert {t.year for t in doc.targets} == {None}  # set for the plan's own year, not the year after it


def test_the_noun_before_huibao_names_the_kind() -> None:
    """After a plan noun, 汇报 names the briefing ("…工作要点汇报", "…工作思路汇报提纲"); after none
    ("工作汇报", "情况的汇报", "总结汇报"), or on carrying a plan out ("关于贯彻落实…实施方案的汇报"), it
    reports work done."""
    kinds = {title: doc_type(title, Document(title=title, units=[])) for title in (
        "松岗县交通运输局2026年工作要点汇报", "松岗县交通运输局2026年工作思路汇报提纲", "松岗县防汛应急预案汇报",
        "松岗县交通运输局2025年工作汇报", "关于2025年交通工作要点落实情况的汇报", "松岗县交通运输局2025年工作总结汇报",
        "关于贯彻落实农村公路提档升级实施方案的汇报", "松岗县计划生育协会2025年工作汇报")}
    assert list(kinds.values()) == ["plan"] * 3 + ["summary"] * 5
