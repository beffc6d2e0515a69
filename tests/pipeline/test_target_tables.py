"""Targets printed as an indicator table: which tables are read, which column is the planned one,
units from a unit column or a header's brackets. Tables and the plan around them are our own."""

from __future__ import annotations

from pathlib import Path

import docx
from jihua.pipeline.rules.tables import header_row
from jihua.pipeline.target_tables import row_clauses

INDICATORS = [
    ["序号", "指标名称", "单位", "2024年基期值", "2025年目标值", "属性"],
    ["1", "经常参加体育锻炼人数比例", "%", "38", "≥40", "预期性"],
    ["2", "人均体育场地面积", "平方米", "2.3", "2.6以上", "约束性"],
    ["3", "每千人拥有社会体育指导员", "名", "2.16", "2.5", "预期性"],
    ["4", "国民体质监测合格率", "%", "92", "93左右", "预期性"],
]
SCHEDULE = [
    ["时间", "主要工作", "责任单位"],
    ["1—6月", "建设社区健身中心3个", "县体育局"],
    ["7—12月", "举办全民健身运动会1次", "县体育局"],
]


def test_an_indicator_table_reads_its_planned_column_with_the_unit_column() -> None:
    rows = row_clauses(INDICATORS)
    assert [r.text for r in rows] == ["经常参加体育锻炼人数比例≥40%", "人均体育场地面积2.6平方米以上",
                                         "每千人拥有社会体育指导员2.5名", "国民体质监测合格率93%左右"]


def test_years_as_columns_plan_for_the_latest_and_units_may_stand_in_brackets() -> None:
    rows = row_clauses([["指标", "2023年", "2024年", "2025年"], ["粮食产量（万吨）", "50", "51", "52"]])
    assert [r.text for r in rows] == ["粮食产量52万吨"]
    rows = row_clauses([["项目名称", "建设内容", "总投资（万元）", "2025年计划投资（万元）"],
                        ["县医院扩建", "新增床位200张", "12000", "5000"]])
    assert [r.text for r in rows] == ["县医院扩建计划投资5000万元"]


def test_a_header_row_names_columns_with_years_units_and_signs_in_them() -> None:
    """A first row of column names — a year, a unit in brackets or % may stand in one — is a header; a row
    holding a figure, a number or a sentence is the table's first entry."""
    assert header_row(INDICATORS[0]) and header_row(SCHEDULE[0])
    assert header_row(["项目", "2025年度实际", "2026年计划投资（万元）", "占比%", ""])
    assert header_row(["指标", "2024年", "2025年"])
    assert not header_row(INDICATORS[1]) and not header_row(SCHEDULE[1])
    assert not header_row(["开展全民健身志愿服务进社区活动", "县体育局"])
    assert not header_row(["健身步道", "2025"])


def test_tables_without_an_indicator_and_a_planned_column_are_not_read() -> None:
    assert row_clauses(SCHEDULE) == []
    assert row_clauses([["指标名称", "2024年完成值", "备注"], ["城镇新增就业", "1.2", ""]]) == []
    # a planned column that is mostly words is a task list, not an indicator table
    assert row_clauses([["工作内容", "目标要求"], ["健身设施", "覆盖所有乡镇"], ["赛事活动", "丰富多彩"],
                        ["体质监测", "合格率93%"]]) == []


def _table(d: docx.document.Document, rows: list[list[str]]) -> None:
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value


def _plan(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("青禾县2025年全民健身实施方案", style="Title")
    d.add_paragraph("为推动全民健身事业高质量发展，结合我县实际，制定本方案。")
    d.add_paragraph("一、主要目标", style="Heading 1")
    d.add_paragraph("到2025年底，全民健身公共服务体系更加完善，主要指标如下：")
    for rows in (INDICATORS, None, SCHEDULE):
        if rows is None:
            d.add_paragraph("二、重点任务", style="Heading 1")
            d.add_paragraph("（一）完善健身设施。新建社区健身中心5个。")
            d.add_paragraph("三、实施步骤", style="Heading 1")
            continue
        _table(d, rows)
    d.save(str(path))
    return path


def test_a_plans_indicator_table_gives_targets_beside_its_sentences(parser, tmp_path) -> None:
    doc = parser.parse(_plan(tmp_path / "plan.docx")).documents[0]
    got = [(t.metric, t.value, t.unit, t.comparator, t.section_id == doc.sections[0].id) for t in doc.targets]
    assert got == [
        ("经常参加体育锻炼人数比例", 40, "%", ">=", True), ("人均体育场地面积", 2.6, "平方米", ">=", True),
        ("每千人拥有社会体育指导员", 2.5, "名", "=", True), ("国民体质监测合格率", 93, "%", "≈", True),
        ("新建社区健身中心", 5, "个", "=", False),
        # the schedule's work column states commitments too
        ("建设社区健身中心", 3, "个", "=", False), ("举办全民健身运动会", 1, "次", "=", False),
    ]
    assert doc.targets[0].text == "经常参加体育锻炼人数比例≥40%"
    assert doc.targets[0].sentence == "1 | 经常参加体育锻炼人数比例 | % | 38 | ≥40 | 预期性"


def test_a_task_tables_cells_are_read_as_the_sentences_they_are() -> None:
    from jihua.pipeline.target_tables import task_cells

    rows = [["序号", "工作任务", "牵头单位", "完成时限"],
            ["1", "全年实施县重点项目110个，完成投资150亿元以上。", "县发改局", "2025年12月"],
            ["2", "新建改建农村公路80公里。", "县交通运输局", "2025年11月"]]
    assert task_cells(rows) == ["全年实施县重点项目110个，完成投资150亿元以上。", "新建改建农村公路80公里。"]
    assert task_cells(INDICATORS) == []  # an indicator table is read row by row instead
    assert task_cells([["单位名称", "联系人", "电话"], ["县发改局", "张某", "1234567"]]) == []


def test_an_annexed_task_table_repeating_the_texts_figures_adds_none(parser, tmp_path) -> None:
    d = docx.Document()
    d.add_paragraph("青禾县2025年全民健身工作实施方案", style="Title")
    d.add_paragraph("一、主要任务", style="Heading 1")
    d.add_paragraph("新建社会足球场2块、健身步道15公里。")
    d.add_paragraph("附件：任务分解表")
    _table(d, [["序号", "工作任务", "责任单位"], ["1", "新建社会足球场2块", "县体育局"], ["2", "新建健身步道15公里", "县住建局"],
               ["3", "举办县级群众性体育赛事不少于30项次", "县体育局"]])
    path = tmp_path / "annex.docx"
    d.save(str(path))
    doc = parser.parse(path).documents[0]
    assert [(t.value, t.unit) for t in doc.targets] == [(2, "块"), (15, "公里"), (30, "项次")]


_HEAD = ["序号", "指标名称", "单位", "基期值", "目标值"]


def _goals_with_table(parser, path: Path, title: str, sentence: str, rows: list[list[str]]):
    """A plan whose goals part states its figures and then lists its indicators in a table."""
    d = docx.Document()
    d.add_paragraph(title, style="Title")
    d.add_paragraph("一、主要目标", style="Heading 1")
    d.add_paragraph(sentence)
    _table(d, [_HEAD, *rows])
    d.save(str(path))
    return parser.parse(path).documents[0]


def test_a_row_sharing_a_few_words_with_a_coverage_goal_is_no_restating_of_it(parser, tmp_path) -> None:
    """"基本养老服务…全覆盖" (no printed figure, no target) does not take the table's "社区综合养老服务站覆盖率" 100 %,
    which shares 养老服务 only. The table's "养老护理员持证上岗率" 95 % restates the sentence's and adds none."""
    doc = _goals_with_table(parser, tmp_path / "coverage.docx", "澄水区养老服务体系建设实施方案",
                            "到2027年，基本养老服务实现全覆盖，养老护理员持证上岗率达到95%。主要指标如下：",
                            [["1", "社区综合养老服务站覆盖率", "%", "70", "100"], ["2", "养老护理员持证上岗率", "%", "82", "95"]])
    assert sorted((t.metric, t.value) for t in doc.targets) == [
        ("养老护理员持证上岗率", 95), ("社区综合养老服务站覆盖率", 100)]


def test_a_rows_shortened_metric_restates_the_sentences(parser, tmp_path) -> None:
    """The table's "污水处理率" 96 % is the sentence's "城镇生活污水集中收集处理率" 96 %, printed short."""
    doc = _goals_with_table(parser, tmp_path / "short.docx", "澄水区2026年水环境治理工作方案",
                            "全区城镇生活污水集中收集处理率达到96%，新建污水管网12公里。主要指标如下：",
                            [["1", "污水处理率", "%", "93", "96"]])
    assert sorted((t.value, t.unit) for t in doc.targets) == [(12, "公里"), (96, "%")]


def test_a_row_counting_more_things_than_the_sentence_is_a_target_of_its_own(parser, tmp_path) -> None:
    """"新增学位" 3000 counts every school's places, "新增公办幼儿园学位" 3000 the kindergartens': two targets."""
    doc = _goals_with_table(parser, tmp_path / "places.docx", "澄水区2026年教育工作要点",
                            "全年新增公办幼儿园学位3000个。主要指标如下：", [["1", "新增学位", "个", "4200", "3000"]])
    assert sorted(t.metric for t in doc.targets) == ["新增公办幼儿园学位", "新增学位"]


def test_a_task_table_set_before_the_text_it_restates_adds_none(parser, tmp_path) -> None:
    """The table first, the text's sentences after: each figure is still one target, the text's."""
    d = docx.Document()
    d.add_paragraph("南塘县2026年农村人居环境整治工作方案", style="Title")
    d.add_paragraph("一、重点任务清单", style="Heading 1")
    _table(d, [["序号", "工作任务", "责任单位"], ["1", "农村生活垃圾无害化处理率达到96%", "县城管局"],
               ["2", "新建农村公厕40座", "县农业农村局"], ["3", "开展村庄清洁行动不少于4次", "各乡镇"]])
    d.add_paragraph("二、工作要求", style="Heading 1")
    d.add_paragraph("全县农村生活垃圾无害化处理率达到96%，年内新建农村公厕40座。")
    path = tmp_path / "table_first.docx"
    d.save(str(path))
    doc = parser.parse(path).documents[0]
    got = sorted((t.value, t.unit, " | " in t.sentence or t.sentence.startswith("开展")) for t in doc.targets)
    assert got == [(4, "次", True), (40, "座", False), (96, "%", False)]


def test_a_row_without_an_end_value_commits_to_its_average_growth() -> None:
    """"—" in the target year's column and "6左右" under 年均增长: the rate is the row's goal; a row with
    its end value keeps it, the rate beside it is not a second target."""
    rows = row_clauses([["指标", "2025年基数", "2030年目标", "年均增长（%）", "属性"],
                        ["农林牧渔业总产值增速（%）", "4.6", "—", "6左右", "预期性"],
                        ["粮食综合生产能力（万吨）", "42", "45", "1.4", "约束性"],
                        ["居民人均可支配收入增速（%）", "5.2", "", "与经济增长同步", "预期性"]])
    assert [r.text for r in rows] == ["农林牧渔业总产值增速年均增长6%左右", "粮食综合生产能力45万吨"]
    # a review reads what was reached, never a rate planned
    assert row_clauses([["指标", "2025年完成值", "年均增长（%）"], ["农林牧渔业总产值（亿元）", "—", "5"]],
                       achieved=True) == []


def test_a_review_reads_the_value_reached_not_its_target() -> None:
    rows = [["指标名称", "单位", "年度目标", "完成值", "完成率"], ["河道治理长度", "公里", "30", "27", "90%"]]
    assert [r.text for r in row_clauses(rows)] == ["河道治理长度30公里"]
    assert [r.text for r in row_clauses(rows, achieved=True)] == ["河道治理长度27公里"]
    # a review's table of targets alone reports nothing reached
    assert row_clauses([["指标名称", "单位", "2024年目标"], ["河道治理长度", "公里", "30"]], achieved=True) == []


def test_a_file_that_is_one_task_table_is_read(parser, tmp_path) -> None:
    """Its text is in the cells: not "not a plan"."""
    d = docx.Document()
    _table(d, [["序号", "工作任务", "责任单位"], ["1", "新建村级养老服务站5个，完善服务功能", "县民政局"],
               ["2", "每季度开展消防安全检查，全年不少于4次", "县消防救援大队"]])
    path = tmp_path / "table-only.docx"
    d.save(str(path))
    doc = parser.parse(path).documents[0]
    assert [(t.value, t.unit) for t in doc.targets] == [(5, "个"), (4, "次")]


def test_a_task_tables_goal_column_is_read_and_a_bare_goal_with_its_task() -> None:
    """"具体目标", "预期目标" cells state the figure a task is to reach; "≥98%" alone measures its row's task."""
    from jihua.pipeline.target_tables import task_cells

    rows = [["序号", "重点任务", "具体目标", "责任股室", "完成时限"],
            ["1", "名录库维护", "名录库更新及时率≥98%", "综合股", "全年"],
            ["2", "统计执法检查", "抽查企业不少于40家", "法规股", "2025年10月"],
            ["3", "数据质量核查", "≥6次", "核算股", "全年"]]
    assert task_cells(rows) == ["名录库维护", "名录库更新及时率≥98%", "统计执法检查", "抽查企业不少于40家",
                                "数据质量核查", "数据质量核查≥6次"]


def test_a_task_tables_goal_cells_are_targets_of_the_plan(parser, tmp_path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text("青溪县统计局2025年工作计划\n一、任务分解\n序号\t重点任务\t预期目标\t牵头股室\t完成时限\n"
                    "1\t基层统计规范化\t建成规范化统计站8个\t法规股\t2025年9月\n"
                    "2\t单位清查\t底册差错率低于0.5%\t综合股\t2025年6月\n", encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert [(t.value, t.unit, t.comparator) for t in doc.targets] == [(8, "个", "="), (0.5, "%", "<=")]


def test_a_task_tables_indicator_column_in_words_is_read_as_its_goals(parser, tmp_path) -> None:
    """"具体指标" in a task table (its cells worded clauses, no column of planned values) states each
    task's figure as a "具体目标" column does."""
    path = tmp_path / "plan.txt"
    path.write_text("青溪县农业农村局2025年工作计划\n一、任务分解\n序号\t工作任务\t具体指标\t责任单位\n"
                    "1\t农产品冷链建设\t新建产地冷藏保鲜设施12个\t市场股\n"
                    "2\t农机化推进\t主要农作物耕种收综合机械化率达到82%以上\t农机站\n", encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert [(t.value, t.unit, t.comparator) for t in doc.targets] == [(12, "个", "="), (82, "%", ">=")]


def test_a_rows_name_holding_a_count_is_no_figure_and_a_total_row_keeps_its_label() -> None:
    """"其他5个村 | … | 3200" reads the planned 3200万元 only; "合计 | 9个 | … | 8800" is the total's row, named 合计."""
    from jihua.pipeline.targets import find_targets

    rows = [["序号", "项目名称", "所在乡镇", "计划投资（万元）"],
            ["1", "东溪村供水改造", "东溪镇", "1600"],
            ["2", "其他5个村", "—", "3200"],
            ["合计", "9个", "", "8800"]]
    clauses = [c.text for c in row_clauses(rows)]
    assert clauses[1:] == ["“其他5个村”计划投资3200万元", "合计计划投资8800万元"]
    assert [(f.value, f.unit) for c in clauses for f in find_targets(c)] == [(1600, "万元"), (3200, "万元"), (8800, "万元")]


def test_a_cell_with_a_floor_and_a_stretch_gives_each_figure_the_unit() -> None:
    rows = row_clauses([["指标", "单位", "2026年目标"], ["地区生产总值", "亿元", "确保128，力争132"],
                        ["进出口总额", "万美元", "1,500"]])
    assert [r.text for r in rows] == ["地区生产总值确保128亿元，力争132亿元", "进出口总额1,500万美元"]


# a 绩效目标表: indicator levels (the last is the indicator), the value column named 指标值
PERFORMANCE = [
    ["一级指标", "二级指标", "三级指标", "年度指标值"],
    ["产出指标", "数量指标", "送戏下乡演出场次", "≥120场"],
    ["产出指标", "质量指标", "文物安全事故发生率", "0"],
    ["产出指标", "时效指标", "非遗项目申报按时完成率", "100%"],
    ["效益指标", "社会效益指标", "公共文化服务覆盖面", "逐步扩大"],
    ["效益指标", "可持续影响指标", "文化惠民长效机制", "持续完善"],
    ["效益指标", "可持续影响指标", "基层文化队伍", "不断壮大"],
    ["满意度指标", "服务对象满意度指标", "群众文化活动满意度", "85%以上"],
]


def test_a_performance_forms_last_indicator_level_names_the_row_and_words_give_no_target() -> None:
    """一级/二级 are categories (产出指标, 质量指标); rows valued in words (逐步扩大) give nothing, and they
    do not make the form a list of tasks though they are nearly half of it."""
    rows = row_clauses(PERFORMANCE)
    assert [r.text for r in rows] == ["送戏下乡演出场次≥120场", "文物安全事故发生率0", "非遗项目申报按时完成率100%",
                                         "群众文化活动满意度85%以上"]
    assert rows[0].row == "产出指标 | 数量指标 | 送戏下乡演出场次 | ≥120场"
    # a 指标类别 before the 指标名称 is a category too; an 指标解释 after it is no indicator
    rows = row_clauses([["指标类别", "指标名称", "指标解释", "目标值"], ["效益指标", "森林覆盖率", "森林面积占比", "63.5%"]])
    assert [r.text for r in rows] == ["森林覆盖率63.5%"]


def test_a_sign_column_gives_the_comparator_and_a_measure_column_the_unit() -> None:
    """The budget system's split form: 指标性质 (≥ ≤ ＝, or 正向/反向: more or less is better) and 度量单位."""
    rows = row_clauses([
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
        ["产出指标", "数量指标", "修复河道护岸长度", "≥", "6.5", "公里"],
        ["产出指标", "质量指标", "工程质量合格率", "＝", "100", "%"],
        ["效益指标", "生态效益指标", "灌溉水有效利用系数", "正向", "0.61", ""],
        ["效益指标", "生态效益指标", "项目区水土流失率", "反向", "3", "%"],
        ["成本指标", "经济成本指标", "每公里治理成本", "≤", "420", "万元"],
        ["满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥", "90%以上", "%"],
    ])
    assert [r.text for r in rows] == ["修复河道护岸长度≥6.5公里", "工程质量合格率100%", "灌溉水有效利用系数≥0.61",
                                         "项目区水土流失率≤3%", "每公里治理成本≤420万元", "沿河群众满意度90%以上"]


def test_a_performance_table_typed_in_a_text_file_gives_its_targets(parser, tmp_path) -> None:
    path = tmp_path / "perf.txt"
    path.write_text(
        "溪口县水利局2025年中小河流治理项目绩效目标\n一、年度目标\n　　完成中小河流治理，提升沿河防洪能力。\n二、绩效指标\n"
        "一级指标    二级指标    三级指标            指标性质    指标值    计量单位\n"
        "产出指标    数量指标    治理河道长度        ≥          18        公里\n"
        "产出指标    质量指标    工程验收合格率      ＝          100       %\n"
        "效益指标    社会效益    沿河防洪能力        正向        明显提升  —\n"
        "效益指标    生态效益    灌溉水有效利用系数  ≥          0.58      —\n"
        "满意度指标  满意度      沿河群众满意度      ≥          90        %\n"
        "三、保障措施\n　　加强资金监管，按季度报送项目进度。\n", encoding="gb18030")
    doc = parser.parse(path).documents[0]
    assert [(t.metric, t.value, t.unit, t.comparator) for t in doc.targets] == [
        ("治理河道长度", 18, "公里", ">="), ("工程验收合格率", 100, "%", "="), ("灌溉水有效利用系数", 0.58, "", ">="),
        ("沿河群众满意度", 90, "%", ">=")]


def test_a_performance_table_under_a_caption_row_in_a_docx_gives_targets(parser, tmp_path) -> None:
    """"年度绩效指标" merged across the table above its column heads: the heads are the row under it."""
    d = docx.Document()
    d.add_paragraph("柳塘县民政局2026年部门整体支出绩效目标申报表", style="Title")
    d.add_paragraph("一、年度绩效指标", style="Heading 1")
    _table(d, [[""] * 4, ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "新建村级互助养老站", "≥12个"],
               ["产出指标", "时效指标", "低保金按月发放及时率", "100%"], ["效益指标", "社会效益指标", "兜底保障水平", "稳步提高"],
               ["满意度指标", "服务对象满意度指标", "困难群众满意度", "≥92%"]])
    table = d.tables[0]
    table.cell(0, 0).merge(table.cell(0, 3)).text = "年度绩效指标"
    path = tmp_path / "perf.docx"
    d.save(str(path))
    doc = parser.parse(path).documents[0]
    assert [(t.metric, t.value, t.unit, t.comparator) for t in doc.targets] == [
        ("新建村级互助养老站", 12, "个", ">="), ("低保金按月发放及时率", 100, "%", "="), ("困难群众满意度", 92, "%", ">=")]


def test_a_one_table_form_reads_its_indicators_below_the_projects_funds_and_aims() -> None:
    """The 申报表 printed as one table: name, funds, aims, then "绩效指标 | 一级指标 | … | 指标值". The funds
    are no targets; the aims stay text; the indicator rows are read under their own header."""
    from jihua.pipeline.target_tables import task_cells

    aims = "年内改造老旧供水管网12公里，新增日供水能力0.8万吨。"
    rows = [["项目支出绩效目标申报表"] * 5, ["项目名称", "城区供水管网改造", "城区供水管网改造", "城区供水管网改造", "城区供水管网改造"],
            ["项目资金（万元）", "年度资金总额", "1850", "1850", "1850"], ["年度目标", aims, aims, aims, aims],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
            ["绩效指标", "产出指标", "数量指标", "改造供水管网长度", "≥12公里"],
            ["绩效指标", "效益指标", "社会效益指标", "供水保障能力", "显著增强"],
            ["绩效指标", "满意度指标", "服务对象满意度指标", "用水户满意度", "≥88%"]]
    assert [r.text for r in row_clauses(rows)] == ["改造供水管网长度≥12公里", "用水户满意度≥88%"]
    assert task_cells(rows) == [aims]
    # printed without the form's title row, the aims are read all the same: label | text rows, not a header
    assert task_cells(rows[1:]) == [aims]
    # a grid of aims (总体目标 | 中期目标 | 年度目标, then their texts) is no label | text pair: none read as the year's
    grid = [["总体目标", "中期目标（2026—2028年）", "年度目标"], ["三年改造管网40公里", "三年改造管网40公里", "年内改造管网12公里"],
            *rows[4:]]
    assert task_cells(grid) == []
    # further down a table, only a row naming its value column is a header: a task row is none
    assert row_clauses([["序号", "工作任务", "责任单位"], ["1", "推进水厂项目", "县水利局"],
                        ["2", "重点项目名称", "编制年度计划"], ["3", "管网改造12公里", "县住建局"]]) == []


def test_cells_of_running_text_are_read_whatever_the_header() -> None:
    """A cell of sentences is read as body text is: under no header (a label | text table, a one-column
    专栏 box), or under a column whose name says nothing of tasks; a column of dates or of a timetable's
    periods is read by its own reader, an indicator table by its rows."""
    from jihua.pipeline.target_tables import period_cells, task_cells

    no_header = [["1", "每季度开展安全生产大检查，全年不少于4次。"], ["2", "在城区新建应急避难场所2处。"]]
    assert task_cells(no_header) == [r[1] for r in no_header]
    box = [["专栏3 乡村文化惠民工程"], ["“村晚”示范点：全县打造“村晚”示范点不少于15个。"], ["送戏下乡：每年送戏下乡120场次。"]]
    assert task_cells(box) == [r[0] for r in box[1:]]
    named = [["类别", "说明", "责任单位"], ["文化服务", "每年组织送戏下乡演出120场次。", "县文化馆牵头负责组织实施。"]]
    assert task_cells(named) == ["每年组织送戏下乡演出120场次。"]
    timetable = [["重点工作", "第一季度", "第二季度"], ["文化惠民", "完成送戏下乡30场次以上。", "完成送戏下乡60场次以上。"]]
    assert task_cells(timetable) == ["文化惠民"] and len(period_cells(timetable)) == 2
    assert task_cells(INDICATORS) == []


def test_a_box_of_sentences_in_a_table_gives_its_targets(parser, tmp_path) -> None:
    d = docx.Document()
    d.add_paragraph("柳湾县2026年文化惠民工作方案", style="Title")
    d.add_paragraph("为丰富群众精神文化生活，制定本方案。")
    _table(d, [["1", "每年送戏下乡120场次，丰富群众文化生活。"], ["2", "在主城区新建城市书房6个。"]])
    path = tmp_path / "box.docx"
    d.save(str(path))
    doc = parser.parse(path).documents[0]
    assert [(t.value, t.unit) for t in doc.targets] == [(120, "场次"), (6, "个")]


STAGED = [
    ["序号", "指标", "2024年基期值", "2025年", "2026年", "2027年", "属性"],
    ["1", "城乡公交一体化率（%）", "64", "70", "78", "85", "约束性"],
    ["2", "新建数据机房电能利用效率", "1.52", "≤1.45", "≤1.40", "≤1.32", "约束性"],
    ["3", "农村物流服务站点（个）", "120", "160", "200", "240", "预期性"],
]


def test_a_table_of_several_planned_years_gives_each_years_cell_never_the_base() -> None:
    """"基期值 | 2025年 | 2026年 | 2027年": each year's cell a clause with its year, the base column none; a unitless
    "≤1.45" keeps its comparator."""
    rows = row_clauses(STAGED)
    assert [(r.text, r.year) for r in rows] == [
        ("城乡公交一体化率70%", 2025), ("城乡公交一体化率78%", 2026), ("城乡公交一体化率85%", 2027),
        ("新建数据机房电能利用效率≤1.45", 2025), ("新建数据机房电能利用效率≤1.40", 2026),
        ("新建数据机房电能利用效率≤1.32", 2027),
        ("农村物流服务站点160个", 2025), ("农村物流服务站点200个", 2026), ("农村物流服务站点240个", 2027)]


def test_without_a_base_column_the_plans_year_tells_the_planned_years() -> None:
    """"2023年 | 2024年 | 2025年" in a plan for 2024—2025: 2023 is where it starts from; the plan's year unknown, the
    latest year alone is planned, as before."""
    table = [["指标", "2023年", "2024年", "2025年"], ["粮食产量（万吨）", "50", "51", "52"]]
    assert [(r.text, r.year) for r in row_clauses(table, plan_year=2024)] == [("粮食产量51万吨", 2024),
                                                                              ("粮食产量52万吨", 2025)]
    assert [(r.text, r.year) for r in row_clauses(table)] == [("粮食产量52万吨", None)]


def test_an_indicators_abbreviation_in_brackets_is_no_unit() -> None:
    """"电能利用效率（PUE）": the letters name the indicator; its value has no unit."""
    rows = row_clauses([["指标", "基期值", "2026年", "2027年"], ["机房电能利用效率（PUE）", "1.5", "≤1.4", "≤1.3"]])
    assert [r.text for r in rows] == ["机房电能利用效率（PUE）≤1.4", "机房电能利用效率（PUE）≤1.3"]


def test_a_staged_tables_targets_carry_their_year_and_the_metric_none(parser, tmp_path) -> None:
    d = docx.Document()
    d.add_paragraph("临川县交通强县三年行动计划（2025—2027年）", style="Title")
    d.add_paragraph("一、主要指标", style="Heading 1")
    _table(d, STAGED[:2])
    path = tmp_path / "staged.docx"
    d.save(str(path))
    doc = parser.parse(path).documents[0]
    got = [(t.text, t.metric, t.value, t.year) for t in doc.targets]
    assert got == [("城乡公交一体化率2025年70%", "城乡公交一体化率", 70, 2025),
                   ("城乡公交一体化率2026年78%", "城乡公交一体化率", 78, 2026),
                   ("城乡公交一体化率2027年85%", "城乡公交一体化率", 85, 2027)]


def test_a_total_row_that_sums_the_rows_above_is_no_target_of_its_own() -> None:
    """"合计 | 3000" under 1200 + 800 + 1000 restates the rows; each 小计 sums its group and the 总计 all of them. A
    total that is the table's only figure, or sums more than the rows listed, is a target of its own."""
    head = ["序号", "项目名称", "单位", "2025年目标任务"]
    rows = [head, ["1", "东湖镇卫生院业务用房改扩建", "平方米", "1200"], ["2", "西岭乡卫生院业务用房改扩建", "平方米", "800"],
            ["3", "南川镇卫生院业务用房改扩建", "平方米", "1000"], ["合计", "合计", "平方米", "3000"]]
    assert [c.text for c in row_clauses(rows)] == [c.text for c in row_clauses(rows[:-1])]
    assert len(row_clauses(rows)) == 3
    grouped = [head, ["1", "北坡村道路硬化", "公里", "3.5"], ["2", "北坡村桥梁加固", "公里", "1.5"], ["小计", "", "公里", "5"],
               ["3", "石门村道路硬化", "公里", "4"], ["小计", "", "公里", "4"], ["总计", "", "公里", "9"]]
    assert len(row_clauses(grouped)) == 3
    # the only figure, or a total summing more than the rows listed, stays
    alone = [head, ["1", "全县卫生院业务用房改扩建", "平方米", "—"], ["合计", "合计", "平方米", "3000"]]
    assert [c.text for c in row_clauses(alone)] == ["合计任务3000平方米"]
    more = [head, ["1", "东湖镇卫生院业务用房改扩建", "平方米", "1200"], ["合计", "合计", "平方米", "5000"]]
    assert [c.text for c in row_clauses(more)][-1] == "合计任务5000平方米"


def test_a_merged_total_cell_in_a_web_tables_annex_adds_no_target(parser, tmp_path: Path) -> None:
    rows = "".join(f"<tr><td>{i}</td><td>{name}镇卫生院业务用房改扩建</td><td>平方米</td><td>{v}</td></tr>"
                   for i, (name, v) in enumerate([("东湖", 1200), ("西岭", 800), ("南川", 1000)], start=1))
    path = tmp_path / "plan.html"
    path.write_text("<html><head><meta charset='utf-8'><title>计划</title></head><body><div class='content'>"
                    "<p>石湾县2025年卫生健康工作计划</p><p>为提升群众健康水平，制定本计划。</p><p>一、工作目标</p>"
                    "<p>全县家庭医生签约服务覆盖率达到95%。</p><p>二、重点任务</p><p>组建家庭医生团队120个。</p>"
                    "<p>附件1</p><p>2025年乡镇卫生院建设任务表</p><table border='1'><tr><td>序号</td><td>项目名称</td>"
                    f"<td>单位</td><td>2025年目标任务</td></tr>{rows}<tr><td colspan='2'>合计</td><td>平方米</td>"
                    "<td>3000</td></tr></table></div></body></html>", encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert sorted(t.value for t in doc.targets if t.unit == "平方米") == [800, 1000, 1200]
