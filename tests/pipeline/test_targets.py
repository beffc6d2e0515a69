"""Targets as metrics with figures: units and scales, comparators, ranges, what is not a target,
and whether a figure is set for the planned period or reported as done. Sentences are our own."""

from __future__ import annotations

import pytest
from jihua.pipeline.stance import stance
from jihua.pipeline.targets import find_targets


def _one(sentence: str) -> tuple:
    found = list(find_targets(sentence))
    assert len(found) == 1, [(f.value, f.unit) for f in found]
    f = found[0]
    return f.value, f.unit, f.comparator


@pytest.mark.parametrize(("sentence", "expected"), [
    ("全市地区生产总值增长7%左右。", (7, "%", "≈")),
    ("今年全省财政赤字1.26万亿元。", (1.26, "万亿元", "=")),
    # a counter with 次 is one unit of passes, whatever the counter; a 次 that opens the next word is not
    ("全年完成病虫害统防统治3.5万亩次。", (3.5, "万亩次", "=")),
    ("出动执法车辆不少于260车次。", (260, "车次", ">=")),
    ("保障航班起降1.2万架次以上。", (1.2, "万架次", ">=")),
    ("组织送戏下乡演出40场次。", (40, "场次", "=")),
    ("年内改造城区2条次干道。", (2, "条", "=")),
    ("全年新增城镇就业45万人以上。", (45, "万人", ">=")),
    ("城镇登记失业率控制在3.8%以内。", (3.8, "%", "<=")),
    ("粮食产量稳定在300亿斤以上。", (300, "亿斤", ">=")),
    ("再减少农村低收入人口20万以上。", (20, "万", ">=")),
    ("全年为小微企业减税300多亿元。", (300, "亿元", ">=")),
    ("涉企收费再降约80亿元。", (80, "亿元", "≈")),
    ("省级专项资金规模近1.2万亿元。", (1.2, "万亿元", "≈")),
    ("赤字率比上年降低0.3个百分点。", (0.3, "个百分点", "=")),
    ("百分之九十五的村建成标准化卫生室。", (95, "%", "=")),
    ("全市细颗粒物平均浓度下降到32微克/立方米以下。", (32, "微克/立方米", "<=")),
    ("全年实际使用外资45亿美元。", (45, "亿美元", "=")),
    ("生猪出栏稳定在800万头左右。", (800, "万头", "≈")),
    ("港口集装箱吞吐量突破600万标箱。", (600, "万标箱", ">=")),
    ("新增分布式光伏装机120兆瓦。", (120, "兆瓦", "=")),
    ("人口自然增长率控制在5‰以内。", (5, "‰", "<=")),
    ("全县人均预期寿命达到79.2岁。", (79.2, "岁", "=")),
    ("全年完成固定资产投资1,350,000万元。", (1350000, "万元", "=")),
    ("县财政安排资金不少于2,800万元。", (2800, "万元", ">=")),
    ("甲级病历率≥95%。", (95, "%", ">=")),
    ("医院感染发生率<3%。", (3, "%", "<=")),
    ("应急物资储备品种达到30种。", (30, "种", "=")),
    ("老旧小区加装电梯60部。", (60, "部", "=")),
    ("开展食品安全抽检200家次。", (200, "家次", "=")),
    ("确保城乡居民医保参保率达到百分之百。", (100, "%", "=")),
    ("全县PM2.5年均浓度控制在30微克/立方米以下。", (30, "微克/立方米", "<=")),
    ("组建不少于30人的防汛抢险应急队伍。", (30, "人", ">=")),
    ("全年产值达到二十亿元。", (20, "亿元", "=")),
    ("投入资金三百五十万元。", (350, "万元", "=")),
    ("建设村级服务站点不少于十五个。", (15, "个", ">=")),
    ("新增就业三万五千人。", (35000, "人", "=")),
    ("新增就业3万5千人。", (35000, "人", "=")),
    ("轻伤事故控制在2起以内。", (2, "起", "<=")),
    ("孕产妇死亡率控制在10/10万以内。", (10, "/10万", "<=")),
    ("清理农村生活垃圾２．５万吨。", (2.5, "万吨", "=")),
    ("全年开行中欧班列1200列。", (1200, "列", "=")),
    ("开发精品现场教学课程10门。", (10, "门", "=")),
    ("新能源汽车销量占比达到三成以上。", (30, "%", ">=")),
    ("绿色建筑占新建建筑比例达到七成五以上。", (75, "%", ">=")),
    ("政务云新增计算资源2000核。", (2000, "核", "=")),
    ("商品住房去化周期缩短到15个月以内。", (15, "个月", "<=")),
    ("实现3.5万贫困人口脱贫。", (3.5, "万", "=")),
])
def test_units_scales_and_comparators(sentence: str, expected: tuple) -> None:
    assert _one(sentence) == expected


def test_scale_is_applied_to_the_normalised_value() -> None:
    [f] = find_targets("安排省级预算内投资2.6万亿元。")
    assert (f.value, f.normalized, f.base_unit, f.value_text) == (2.6, 2.6e12, "元", "2.6万亿元")


@pytest.mark.parametrize("sentence", ["全市生产总值增长6%—6.5%。", "全市生产总值增长６％－６．５％。", "全市生产总值增长6～6.5%。"])
def test_range_keeps_both_bounds(sentence: str) -> None:
    [f] = find_targets(sentence)
    assert (f.value, f.low, f.high, f.unit, f.metric) == (6, 6, 6.5, "%", "生产总值增长")


@pytest.mark.parametrize(("sentence", "comparator"), [
    ("全区规上工业增加值增长7%—7.5%。", ">="), ("林木绿化率达到42%～45%。", ">="), ("粮食产量稳定在6万—7万吨左右。", "≈")])
def test_a_range_is_read_as_at_least_its_lower_bound(sentence: str, comparator: str) -> None:
    """A range is its lower bound (the value it is read as): at least that, unless a word after it says otherwise."""
    [f] = find_targets(sentence)
    assert (f.value == f.low, f.comparator) == (True, comparator)


def test_at_least_far_before_the_figure() -> None:
    """"至少" governs the figure even with the activity between them."""
    assert _one("县委常委会每年至少专题研究国防动员工作2次。")[2] == ">="


def test_within_the_year_is_not_at_most() -> None:
    """"年内完成15个" is a count to reach, not a ceiling."""
    assert _one("年内完成12个村级文化服务中心改造。") == (12, "个", "=")


def test_a_metric_keeps_its_scope_and_drops_its_setting_verb() -> None:
    metrics = [f.metric for s in ("粮食播种面积稳定在52万亩以上。", "规模以上工业增加值增长7%以上。",
                                  "城镇调查失业率控制在5.5%以内。") for f in find_targets(s)]
    assert metrics == ["粮食播种面积", "规模以上工业增加值增长", "城镇调查失业率"]


def test_respectively_gives_one_target_per_metric() -> None:
    found = list(find_targets("全市单位生产总值能耗和用水量分别下降4%、6%。"))
    assert [(f.metric, f.value) for f in found] == [("单位生产总值能耗下降", 4), ("用水量下降", 6)]


def test_respectively_shares_a_noun_and_a_trailing_comparator() -> None:
    found = list(find_targets("城镇和农村常住居民人均可支配收入分别增长8%和8.5%左右。"))
    assert [(f.metric, f.value, f.comparator) for f in found] == [
        ("城镇常住居民人均可支配收入增长", 8, "≈"), ("农村常住居民人均可支配收入增长", 8.5, "≈")]


def test_baseline_before_raised_to_is_not_the_target() -> None:
    [f] = find_targets("城乡低保标准由每人每月600元提高到650元。")
    assert (f.value, f.metric) == (650, "城乡低保标准提高")


@pytest.mark.parametrize("sentence", [
    "集中推进一批重大基础设施项目。",
    "推出一部分惠企政策，先行试点。",
    "启动新一轮农村电网改造。",
    "对上一轮专项巡察反馈的问题开展“回头看”。",
    "组织下一批次乡村振兴示范村申报。",
    "建设一支政治过硬、本领高强的干部队伍。",
    "这是一项政治性很强的工作。",
    "严格落实中央八项规定精神。",
    "坚持一个中国原则。",
    "打好三大攻坚战。",
    "做好第二轮土地承包到期后延包试点。",
    "庆祝建校60周年。",
    "隆重纪念改革开放40周年。",
    "按照县政办发〔2023〕12号文件执行。",
    "于2024年3月15日前完成。",
    "今年全县高校毕业生1.2万人。",
    "城镇新增就业目标比上年多2万人。",
    "守住80万亩耕地红线。",
    "保障好300万人的饮水安全。",
    "让全市600多万人民共享发展成果。",
    "打赢一场脱贫攻坚的硬仗。",
    "给予一次性奖励。",
    "推动全市双拥工作再上一个新台阶。",
    "为乡村振兴出一份力。",
    "这是一项关系全局的长期性基础性工作。",
    "推动更多事项网上办、一次办。",
    "继续执行县内设备购置加计扣除120%政策。",
    "7%左右的增速能够带动比较充分的就业。",
    "严格落实18项医疗质量安全核心制度。",
    "汛期实行24小时值班制度。",
    "提请市十七届人大四次会议审议。",
    "今年全市高校毕业生预计达6.8万人。",
    "今年全省高校毕业生预计达到31.4万人，稳就业任务艰巨。",
    "常住人口将达到260万人。",
    "推进港区二期建设和城市轨道交通一期工程。",
    "全区现有规模以上工业企业512家。",
    "依托全镇6个综合文化站开展群众文艺培训。",  # what the work stands on, not what it reaches
    "借助县内3家三甲医院的专家资源开展巡诊。",
    "按照每300户设置分类投放点的标准执行。",
    "按照每150至200户设置一个垃圾分类督导点的标准执行。",  # a range per which a standard is counted: its base
])
def test_counters_set_phrases_ordinals_dates_are_not_targets(sentence: str) -> None:
    assert list(find_targets(sentence)) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("对从业200人以上企业开展安全检查4次。", [("对从业企业开展安全检查", 4, "次")]),
    ("为年收入8万元以下家庭发放取暖补贴300万元。", [("为年收入家庭发放取暖补贴", 300, "万元")]),
    ("对年取水量5万立方米以上的非农取水户实行计划用水管理。", []),
    ("5000万元以上产业项目开工30个。", [("产业项目开工", 30, "个")]),
    ("30户以上的自然村全部通硬化路。", []),
    ("65岁及以上老年人健康管理率达到72%。", [("老年人健康管理率", 72, "%")]),
    ("每千人口拥有3岁以下婴幼儿托位数达到4.5个。", [("每千人口拥有婴幼儿托位数", 4.5, "个")]),
    ("对年满18岁的男性青年开展兵役登记。", []),
    ("对日处理能力500吨以上的污水处理厂开展监督性监测4次。", [("对日处理能力的污水处理厂开展监督性监测", 4, "次")]),
    ("年用电量100万千瓦时以上的单位全部纳入能耗在线监测。", []),
    ("新增日处理能力500吨以上。", [("新增日处理能力", 500, "吨")]),
    ("依托县农技中心开展技术培训12期。", [("依托县农技中心开展技术培训", 12, "期")]),
    ("依托乡党校培训农民600人次。", [("依托乡党校培训农民", 600, "人次")]),
    ("借助直播平台销售茶叶500万元。", [("借助直播平台销售茶叶", 500, "万元")]),
])
def test_a_threshold_naming_whom_a_measure_is_for_is_not_a_target(sentence: str, expected: list) -> None:
    """"200人以上企业", "3岁以下婴幼儿": a figure that picks out a group; the clause's target comes later."""
    assert [(f.metric, f.value, f.unit) for f in find_targets(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("年内选派驻村第一书记40名以上进驻脱贫村开展帮扶。", [("选派驻村第一书记进驻脱贫村开展帮扶", 40, ">=")]),
    ("组织青年志愿者150人以上下沉社区参与网格治理。", [("组织青年志愿者下沉社区参与网格治理", 150, ">=")]),
    ("动员律师30名以上参与企业法律体检。", [("动员律师参与企业法律体检", 30, ">=")]),
    ("对职工300人以上企业开展体检服务。", []),  # the same bound before a noun still picks out a class
])
def test_a_bound_followed_by_a_verb_binds_to_its_figure(sentence: str, expected: list) -> None:
    """"选派…40名以上进驻脱贫村": whom the figure counts was named before it, and a verb of going or taking part
    follows the bound; the place after that verb is where they go, not a class the figure picks out."""
    assert [(f.metric, f.value, f.comparator) for f in find_targets(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("抽调机关干部80名以上包片联户开展政策宣讲。", [("抽调机关干部包片联户开展政策宣讲", 80, ">=")]),
    ("组织党员干部60名以上包保重点企业。", [("组织党员干部包保重点企业", 60, ">=")]),
    ("选派畜牧兽医专家25名以上巡回指导各养殖场。", [("选派畜牧兽医专家巡回指导各养殖场", 25, ">=")]),
    ("培育家庭农场示范主体15家以上带动周边农户增收。", [("培育家庭农场示范主体带动周边农户增收", 15, ">=")]),
    ("组织从业人员200人以上企业开展消防演练。", []),  # a class right after the bound: firms with 200 staff
    ("对年营业收入3000万元以上的商贸企业给予奖励。", []),
    ("对养殖规模500头以上的养殖户给予贴息。", []),
    # the bound sizes a class that a second count in the clause counts: that count is the target
    ("培育社员80户以上果蔬专业合作社6家。", [("培育社员果蔬专业合作社", 6, "=")]),
])
def test_a_count_of_the_noun_named_before_its_figure_is_a_target(sentence: str, expected: list) -> None:
    """"抽调干部80名以上包片联户": the figure counts the people or bodies named right before it, so what follows
    the bound (an assignment, a place they serve) is no class the figure picks out."""
    assert [(f.metric, f.value, f.comparator) for f in find_targets(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "对林下种植面积达到50亩以上的承包者给予补助。",
    "对垃圾分类参与率达到90%以上的村给予以奖代补。",
    "凡年加工能力超过5000吨以上的经营者均可申报。",
    "对一年内累计迟交报表达到3次的填报单位进行通报。",
])
def test_a_bound_with_its_noun_in_a_clause_of_who_qualifies_is_a_condition(sentence: str) -> None:
    """"对…面积达到50亩以上的承包者给予补助": a measure bounded and followed by 的 in a clause opened by 对/凡 names
    whom a measure is for, whatever the noun after it."""
    assert list(find_targets(sentence)) == []


@pytest.mark.parametrize("sentence", [
    "按每立方米15元收取污水处理费。",
    "按每平方米1200元核定拆迁补偿基数。",
    "按每户不低于300元的标准收取押金。",
])
def test_a_rate_charged_per_case_is_no_target(sentence: str) -> None:
    """"按每立方米15元收取": the price a standard charges or reckons with per case, not an amount committed to."""
    assert list(find_targets(sentence)) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("按每头能繁母猪100元给予补助。", (100, "元", "=")),
    ("按照每生每学期500元标准发放营养餐补助。", (500, "元", "=")),
    ("按照每户不超过8000元的标准给予危房改造补助。", (8000, "元", "<=")),
    ("镇财政按照每名学员每期300元的标准给予培训补贴。", (300, "元", "=")),
    ("对新增家庭农场按每家不低于2万元的标准给予一次性奖补。", (2, "万元", ">=")),
])
def test_a_standard_paid_out_per_case_is_a_target(sentence: str, expected: tuple) -> None:
    """"按照每名学员每期300元的标准给予培训补贴": what the plan pays each case is the standard it commits to."""
    assert _one(sentence) == expected


def test_a_count_reached_in_a_clause_on_whom_a_measure_is_for_stays_a_target_without_its_noun() -> None:
    """"对…开展检查达到4次": reached with no 的 and noun after it, the count is the work to do."""
    assert _one("对辖区内加油站开展安全检查达到4次。")[:2] == (4, "次")


def test_an_amount_paid_out_stays_a_target_beside_a_rate() -> None:
    """The sum set aside stays a target though a rate stands in its sentence."""
    found = list(find_targets("按每亩60元标准发放耕地保护补贴，全年发放补贴资金1800万元。"))
    assert [(f.value, f.unit) for f in found] == [(60, "元"), (1800, "万元")]
    # a level set after a bare 按 is the year's own figure, no rate per case
    assert [(f.metric, f.value) for f in find_targets("今年财政赤字率拟按2.9%安排。")] == [("财政赤字率", 2.9)]
    # a sum budgeted per year is the year's commitment, no payment per case
    assert _one("县财政按每年不低于500万元的标准安排乡村振兴专项资金。")[:2] == (500, "万元")
    # a floor of space or stock built per base is the standard the plan builds to, no payment per case
    [floor] = find_targets("新建住宅小区按每百户不少于30平方米的标准配建社区用房。")
    assert (floor.value, floor.unit, floor.comparator) == (30, "平方米", ">=")


def test_a_threshold_on_events_or_shares_stays_a_target() -> None:
    """"1次以上检查" is a count to hold and "85%以上的社区" a share to reach, though a noun follows."""
    assert _one("各乡镇每月开展1次以上消防安全检查。") == (1, "次", ">=")
    [f] = find_targets("确保85%以上的社区达到示范标准。")
    assert (f.metric, f.value, f.comparator) == ("社区达到示范标准", 85, ">=")


def test_thousands_are_grouped_inside_a_figure_not_between_clauses() -> None:
    found = list(find_targets("安排资金不少于2,800万元，其中省级1,000万元。"))
    assert [(f.value, f.value_text) for f in found] == [(2800, "2,800万元"), (1000, "1,000万元")]


def test_a_sign_before_the_figure_is_its_comparator_and_leaves_the_metric() -> None:
    found = list(find_targets("平均住院日≤8.5天，老年人健康管理率≥70%。"))
    assert [(f.metric, f.comparator) for f in found] == [("平均住院日", "<="), ("老年人健康管理率", ">=")]


def test_difference_beside_its_figure_is_not_a_second_target() -> None:
    found = list(find_targets("今年安排地方政府专项债券2000亿元，比上年增加300亿元。"))
    assert [(f.value, f.unit) for f in found] == [(2000, "亿元")]


def test_within_reads_as_a_ceiling_only_for_a_deadline() -> None:
    assert _one("宣传栏每月更新一次内容。") == (1, "次", "=")
    assert _one("群众来信在15个工作日内办结。") == (15, "个工作日", "<=")


def test_figure_in_brackets_restating_the_clause_is_not_another_target() -> None:
    found = list(find_targets("全年召开两次推进会（上下半年各一次）。"))
    assert [(f.value, f.unit) for f in found] == [(2, "次")]


def test_events_in_chinese_numerals_stay_targets() -> None:
    assert _one("每季度召开一次联席会议。") == (1, "次", "=")
    assert _one("在社区活动中心建立一个国防教育室。") == (1, "个", "=")


@pytest.mark.parametrize(("sentence", "context", "expected"), [
    ("今年全市生产总值预期增长6%左右。", None, "set"),
    ("去年全市生产总值增长5.2%。", None, "reported"),
    ("2022年全市生产总值增长5.2%。", None, "reported"),
    ("全年接待游客1200万人次，增长了15%。", None, "reported"),
    ("新建村级服务站10个，提升已建服务站规范化水平。", None, "set"),
    ("村级服务站已建成10个，运行良好。", None, "reported"),
    ("全年组织军民共建活动4次。", "review", "reported"),
    ("明年组织军民共建活动不少于8次。", "review", "set"),
    ("支出规模比去年扩大300亿元以上。", "ahead", "set"),
    ("十四五期间单位生产总值能耗下降13%。", "long_term", "other"),
    ("研发经费投入年均增长8%以上。", None, "other"),
    ("上半年完成地区生产总值628亿元，同比增长5.8%。", "review", "reported"),
    ("刑事案件发案率同比下降5%。", "ahead", "set"),
    ("到2027年，研究生学历教师比例达到15%。", None, "other"),
    ("万元地区生产总值用水量较2020年下降16%。", None, "set"),
    ("全县人均预期寿命达到79岁。", "long_term", "other"),
    ("2022年，全县森林覆盖率为41.5%，虽完成了上级下达的目标任务，但质量不高。", None, "reported"),
    # the year of the accounts or the assessment the plan works on is the object's, not a period reported
    ("组织开展2022年度乡镇财政预算执行审计，对9个乡镇实现审计全覆盖。", None, "set"),
    ("做好2022年度目标责任考核，完成考核单位46个。", None, "set"),
    # …but a sentence on that year's audit reports it
    ("2022年度部门预算执行审计共发现问题37个。", None, "reported"),
    # the same year named as the sentence's period still frames it
    ("2022年，全县开展2022年度预算执行审计，查出问题资金1.6亿元。", None, "reported"),
])
def test_set_or_reported(sentence: str, context: str | None, expected: str) -> None:
    found = list(find_targets(sentence))
    assert found and {stance(sentence, f.clause, context, 2023) for f in found} == {expected}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("目前全县师生比为1:200，力争达到1:180。", [(200, "reported"), (180, "set")]),
    ("去年完成投资2,800万元、增长5%，今年力争投资3000万元。", [(2800, "reported"), (5, "reported"), (3000, "set")]),
])
def test_a_cue_governs_its_clause_across_thousands_and_ratios(sentence: str, expected: list) -> None:
    """"2,800万元" and "1:200" break no clause: 目前/去年 at the clause's start still governs the figure."""
    assert [(f.value, stance(sentence, f.clause, None, 2026)) for f in find_targets(sentence)] == expected


def test_a_past_years_level_is_reported_and_this_years_aim_beside_it_set() -> None:
    """The last year named before a clause frames it: 2022's level in a 2023 plan is a baseline."""
    sentence = "2022年全县森林覆盖率为41.5%，今年力争达到42%以上。"
    assert [(f.value, stance(sentence, f.clause, None, 2023)) for f in find_targets(sentence)] \
        == [(41.5, "reported"), (42, "set")]
    later = "较2022年下降5%。"  # a baseline year frames nothing
    assert [stance(later, f.clause, None, 2023) for f in find_targets(later)] == ["set"]


REPORT = """某省2024年政府工作报告

各位代表：现在，我代表省人民政府，向大会报告工作，请予审议。

一、2023年工作回顾

过去一年，全省地区生产总值增长5.8%，城镇新增就业68万人。新建改建农村公路5000公里，完成棚户区改造12万套。

二、2024年主要预期目标

全省地区生产总值增长5.5%左右；城镇新增就业65万人以上，城镇调查失业率5.5%以内。

三、2024年重点工作

（一）扩大有效投资。今年安排省级预算内投资120亿元，比上年增加10亿元。再建设一批重大项目。
（二）保障改善民生。全年培训农民工不少于20万人次。
"""


def test_a_report_sets_this_years_targets_and_reports_last_years_apart(parser, tmp_path) -> None:
    """Whatever the document's type: the 回顾 part reports, the parts for the year set targets."""
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert [(t.metric, t.value, t.unit, t.comparator) for t in doc.targets] == [
        ("地区生产总值增长", 5.5, "%", "≈"), ("城镇新增就业", 65, "万人", ">="), ("城镇调查失业率", 5.5, "%", "<="),
        ("安排省级预算内投资", 120, "亿元", "="), ("培训农民工", 20, "万人次", ">=")]
    assert [(t.metric, t.value) for t in doc.achievements] == [
        ("地区生产总值增长", 5.8), ("城镇新增就业", 68), ("新建改建农村公路", 5000), ("完成棚户区改造", 12)]
    assert all(t.stance == "reported" for t in doc.achievements)


def test_a_second_figure_of_the_same_measure_keeps_its_metric() -> None:
    """"分别提高到850元、650元" names one measure for two figures (urban, rural): both carry it."""
    found = list(find_targets("城乡低保标准分别提高到每人每月850元、650元。"))
    assert [(f.metric, f.value) for f in found] == [("城乡低保标准", 850), ("城乡低保标准", 650)]


FIVE_YEAR_PLAN = """青禾县“十四五”教育事业发展规划

第一章 总体要求
第一节 发展目标
到2025年，学前三年毛入园率达到93%以上，九年义务教育巩固率保持在99%以上。
第二章 主要任务
第一节 发展学前教育
“十四五”期间新建、改扩建公办幼儿园80所，研发经费年均增长8%。
"""


def test_a_five_year_plans_own_goals_are_its_targets(parser, tmp_path) -> None:
    """In an annual plan "到2025年" and 年均增长 belong to another period; in the 十四五 plan they are its own."""
    path = tmp_path / "plan.txt"
    path.write_text(FIVE_YEAR_PLAN, encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert [(t.value, t.unit) for t in doc.targets] == [(93, "%"), (99, "%"), (80, "所"), (8, "%")]


SUMMARY = """青禾县生态环境局2024年工作总结

一、主要工作成效
（一）蓝天保卫战目标任务圆满完成
全年完成18家重点企业超低排放改造，空气质量优良天数比例达到87.1%。
（二）重点工作稳步推进
完成节水改造项目投资480万元。
二、2025年工作打算
完成20家重点企业超低排放改造。
"""


def test_a_reviews_subheadings_that_name_targets_or_tasks_still_report(parser, tmp_path) -> None:
    """"目标任务圆满完成" and "重点工作稳步推进" under a look back report what was done; only a later
    period ("2025年工作打算") sets."""
    path = tmp_path / "summary.txt"
    path.write_text(SUMMARY, encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert [t.value for t in doc.achievements] == [18, 87.1, 480]
    assert [t.value for t in doc.targets] == [20]


def test_a_period_opening_a_sentence_is_not_a_rates() -> None:
    found = list(find_targets("每月开展一次质量抽查，抽检合格率不低于95%。"))
    assert [(f.value, f.period) for f in found] == [(1, "每月"), (95, None)]


NEW_TERM_REPORT = """某市政府工作报告

一、过去五年工作回顾
五年来，全市地区生产总值年均增长6.8%。
二、今后五年目标任务
今后五年，全市一般公共预算收入达到350亿元，研发经费投入强度达到2.8%以上。
三、2025年重点工作
（一）着力抓项目扩投资，夯实发展基础
全年安排市级重点项目110个，完成投资195亿元以上。
"""


def test_a_new_terms_five_year_goals_are_no_targets_and_a_task_part_acting_on_a_base_sets(parser, tmp_path) -> None:
    """"今后五年目标任务" is another period whatever words set its figures; "夯实发展基础" works on the
    base, it does not look back at it."""
    path = tmp_path / "report.txt"
    path.write_text(NEW_TERM_REPORT, encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert [(t.value, t.unit) for t in doc.targets] == [(110, "个"), (195, "亿元")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("全年整理归档文书档案不少于8000卷。", (8000, "卷", ">=")),
    ("完成古籍修复2400页。", (2400, "页", "=")),
    ("年内完成底图数字化扫描30万画幅。", (30, "万画幅", "=")),
    ("窗口平均等候时间不超过15分钟。", (15, "分钟", "<=")),
    ("全年检查进出港船舶不少于900艘次。", (900, "艘次", ">=")),
    ("路面执法检查货车3000辆次。", (3000, "辆次", "=")),
    ("受理消费投诉举报1200件次。", (1200, "件次", "=")),
    ("规范开展8类以上康复服务项目。", (8, "类", ">=")),
    ("新打抗旱机井20眼。", (20, "眼", "=")),
    ("放流鱼苗120万尾。", (120, "万尾", "=")),
])
def test_measure_words_of_department_plans_are_units(sentence: str, expected: tuple) -> None:
    """Archives count 卷 and 页, a scanning job 画幅, a service window 分钟; "辆次" is not cut to 辆."""
    assert _one(sentence) == expected


@pytest.mark.parametrize("sentence", ["打造15分钟便民生活圈。", "排查两类重点人员。", "坚持一方水土养一方人。"])
def test_counters_naming_a_reach_or_a_class_are_not_targets(sentence: str) -> None:
    assert list(find_targets(sentence)) == []


def test_a_change_for_another_metric_is_its_own_target() -> None:
    """"比上年下降3%" sets a target when its clause names the metric, whatever figure came before."""
    found = list(find_targets("拆除老旧变压器45台，全县工业用电量比上年下降4%，营业收入较上年增长6%。"))
    assert [(f.metric, f.value, f.unit) for f in found] == [
        ("拆除老旧变压器", 45, "台"), ("工业用电量比上年下降", 4, "%"), ("营业收入较上年增长", 6, "%")]
    assert {stance("…", f.clause, None, 2024) for f in found} == {"set"}


def test_a_change_beside_its_own_figure_is_not_a_second_target() -> None:
    found = list(find_targets("全县规上工业增加值增长9%，比上年提高1.5个百分点。"))
    assert [(f.value, f.unit) for f in found] == [(9, "%")]


def test_a_recurring_period_scopes_its_own_clause_only() -> None:
    """"每季度开展一次…，建成示范点15个": the points are built once; 全年 scopes the whole sentence."""
    found = list(find_targets("每季度组织一次安全巡查，建成标准化哨所12个。"))
    assert [(f.value, f.period) for f in found] == [(1, "每季度"), (12, None)]
    found = list(find_targets("每月，召开一次调度会，通报进度1次。"))
    assert [(f.value, f.period) for f in found] == [(1, "每月"), (1, "每月")]
    found = list(find_targets("全年举办讲座4场，发放手册2000册。"))
    assert [(f.value, f.period) for f in found] == [(4, "全年"), (2000, "全年")]


@pytest.mark.parametrize("sentence", [
    "确保困难家庭发现一户、救助一户、动态清零。",
    "坚持成熟一个发展一个，稳妥推进。",
    "为辖区企业建立一企一档。",
    "全面推行一次告知、一次办结。",
    "坚持一次月考一次讲评，查漏补缺。",
    "深化最多跑一次改革。",
    "推动冷链物流园二期建成投用。",
    "加快县城污水处理厂三期扩容。",
    "推进白河流域综合治理二期。",
    "全面消除66人以上超大班额。",
    "依法关停5万吨以下小型砖窑。",
    "整治医院周边150米范围内的流动摊贩。",
    "为辖区70周岁以上老人发放高龄津贴。",
])
def test_slogans_phases_classes_ages_and_beneficiaries_are_not_targets(sentence: str) -> None:
    """A slogan of parallel "V一X" pieces, a service's name, a project's phase, a size class, an age, and
    whom a measure reaches are no commitment."""
    assert list(find_targets(sentence)) == []


def test_counts_beside_those_forms_stay_targets() -> None:
    found = list(find_targets("每季度开展一次、通报一次。"))
    assert [(f.value, f.unit) for f in found] == [(1, "次"), (1, "次")]
    assert _one("编印《工作简报》十二期。") == (12, "期", "=")
    assert _one("组织三期创业培训。") == (3, "期", "=")
    assert _one("举办青年骨干培训班两期。") == (2, "期", "=")
    assert _one("每月开展一次一对一帮扶。") == (1, "次", "=")
    assert _one("每季度开展一次兵役登记核查。") == (1, "次", "=")
    assert _one("淘汰老旧柴油货车300辆以上。") == (300, "辆", ">=")
    assert _one("为60周岁以上困难老人上门体检2000人次。") == (2000, "人次", "=")
    assert [f.metric for f in find_targets("为60周岁以上困难老人上门体检2000人次。")] == ["为困难老人上门体检"]


def test_a_population_the_clause_acts_on_is_a_commitment() -> None:
    """"今年高校毕业生1.2万人" describes; "招聘…毕业生40名", "引进…毕业生15名" commit."""
    assert list(find_targets("今年全县高校毕业生1.2万人。")) == []
    found = list(find_targets("全年公开招聘师范类本科及以上毕业生35名，引进紧缺学科毕业生12名。"))
    assert [(f.value, f.unit) for f in found] == [(35, "名"), (12, "名")]


def test_whom_a_counted_measure_reaches_is_not_a_second_target() -> None:
    """"改造…12条，惠及住户800户" counts the work; the households reached are its outcome. Alone, a reach is
    the only scale the measure is given."""
    found = list(find_targets("改造背街小巷12条，惠及沿街住户800户。"))
    assert [(f.value, f.unit) for f in found] == [(12, "条")]
    assert [(f.value, f.unit) for f in find_targets("实施城区排涝改造，受益群众3万人。")] == [(3, "万人")]


def test_a_reach_with_a_printed_floor_is_a_target_of_its_own() -> None:
    """"惠及住户800户以上", "受益人口不少于1.5万人" after the work's count commit to a floor: targets too; a bare
    reach ("惠及农户900户") or one it only describes ("2000余人", "约2000人") stays the work's outcome."""
    found = list(find_targets("新建农村供水站4处，惠及住户800户以上，受益人口不少于1.5万人。"))
    assert [(f.value, f.unit, f.comparator) for f in found] == [(4, "处", "="), (800, "户", ">="), (1.5, "万人", ">=")]
    for sentence in ("新建农村供水站4处，惠及农户900户。", "新建农村供水站4处，受益群众2000余人。",
                     "新建农村供水站4处，惠及群众约2000人。"):
        assert [(f.value, f.unit) for f in find_targets(sentence)] == [(4, "处")]


@pytest.mark.parametrize(("sentence", "metric"), [
    ("镇级税收收入完成3.4亿元、增长6%。", "镇级税收收入增长"),
    ("镇级税收收入完成3.4亿元，增长6%。", "镇级税收收入增长"),
    ("完成农业总产值9亿元、同比增长4%。", "农业总产值同比增长"),
])
def test_a_move_after_a_level_carries_the_subject_of_the_level(sentence: str, metric: str) -> None:
    """"…完成3.4亿元、增长6%": the move names no subject of its own; its measure is that subject moved (the level's
    verb, 完成, no part of it), and its text stays its own clause, as a plan's readers quote it."""
    found = list(find_targets(sentence))
    move = sentence.rstrip("。").split("、")[-1].split("，")[-1]
    assert (found[1].metric, found[1].clause) == (metric, move)


TASKS_WITH_A_BASE = """某镇2025年工作要点
一、2025年重点工作
（一）做精特色种植，筑牢发展基础
新发展食用菌大棚300个，标准化果园800亩。
（二）产业发展基础再提升
新增市场主体120户。
二、2024年工作回顾
（一）主要成效
新建文化广场2个。
"""


def test_a_review_noun_in_a_task_heading_does_not_turn_its_figures_into_achievements(parser, tmp_path) -> None:
    """"做精…，筑牢发展基础": the verb of the clause holding the noun acts on it; and inside a part that
    looks ahead, a noun alone ("产业发展基础再提升") does not look back."""
    path = tmp_path / "plan.txt"
    path.write_text(TASKS_WITH_A_BASE, encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert [(t.value, t.unit) for t in doc.targets] == [(300, "个"), (800, "亩"), (120, "户")]
    assert [(t.value, t.unit) for t in doc.achievements] == [(2, "个")]


@pytest.mark.parametrize(("sentence", "context", "year", "expected"), [
    ("全县新能源汽车充电桩累计建成800个。", "ahead", 2026, "set"),          # a task part: a total to reach
    ("全县新能源汽车充电桩累计建成800个。", None, 2026, "reported"),        # no forward part: a tally
    ("全县新能源汽车充电桩已累计建成800个。", "ahead", 2026, "reported"),   # 已: taken already
    ("截至目前，全县充电桩累计建成800个。", "ahead", 2026, "reported"),     # up to now: a tally
    ("建县以来，全县充电桩累计建成800个。", "ahead", 2026, "reported"),
    ("到2028年，全县充电桩累计建成800个。", None, None, "set"),              # a deadline, the year unknown
    ("截至2025年6月底，全县充电桩累计建成800个。", "ahead", 2026, "reported"),  # a past date
])
def test_a_running_total_is_a_goal_ahead_and_a_tally_with_a_past_marker(
        sentence: str, context: str | None, year: int | None, expected: str) -> None:
    """累计 reports a tally only with a past marker or outside a part that looks ahead."""
    found = list(find_targets(sentence))
    assert found and {stance(sentence, f.clause, context, year) for f in found} == {expected}


CUMULATIVE_PLAN = """澄溪县“十五五”现代物流业发展规划

第一章 发展基础
“十四五”期间，全县累计建成冷链仓库12座。
第三章 完善物流网络
全县累计建成乡镇快递服务站60个，冷链仓储能力累计达到20万吨。
"""


def test_a_five_year_plans_chapters_set_running_totals_and_its_base_reports_them(parser, tmp_path) -> None:
    """In a five-year plan's own chapter 累计 sets the total to reach by the plan's end; its 发展基础 reports."""
    path = tmp_path / "plan.txt"
    path.write_text(CUMULATIVE_PLAN, encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert [(t.value, t.unit) for t in doc.targets] == [(60, "个"), (20, "万吨")]
    assert [(t.value, t.unit) for t in doc.achievements] == [(12, "座")]


@pytest.mark.parametrize(("sentence", "kept"), [
    ("力争年营业收入超百亿元企业达到6家。", [(6, "家")]),          # the size that picks the firms out sets nothing
    ("对年度技改投资超过2000万元的企业给予奖补。", []),
    ("全县生产总值超300亿元的乡镇达到3个。", [(3, "个")]),
    ("生产总值增长6.5%左右，高于全省平均预期目标0.5个百分点。", [(6.5, "%")]),  # a gap to another figure
    ("一般性支出压减不低于5%。", [(5, "%")]),                           # 不低于 is no gap
])
def test_sizes_that_pick_things_out_and_gaps_to_other_figures_are_no_targets(sentence: str, kept: list) -> None:
    assert [(t.value, t.unit) for t in find_targets(sentence)] == kept


def test_a_glossary_sets_no_targets(parser, tmp_path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("政府工作报告\n一、2025年重点工作\n新建5G基站800个。\n名词解释\n"
                    "1.“一网通办”：指明确一名专员、一个窗口办理企业群众全部事项的服务模式。\n", encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert [(t.value, t.unit) for t in doc.targets] == [(800, "个")]


COURT_REPORT = """江川区人民检察院工作报告
各位代表：
一年来，全院在区委坚强领导下，忠实履行法律监督职责。全年受理审查逮捕案件420件，同比下降4.1%。
一、一年来的主要工作
（一）坚持服务大局，保障经济发展
办理涉企案件86件，挽回经济损失3200万元，不捕率42.5%。
二、今年的工作安排
全年开展检察听证不少于60件，量刑建议采纳率达到95%以上。
"""

FLAT_REPORT = """青石县人民代表大会常务委员会工作报告
各位代表：
过去一年，常委会紧扣全县中心工作依法履职。召开常委会会议8次，作出决议决定9项。
一、坚持正确监督，推动高质量发展
听取审议专项工作报告15项，提出审议意见62条，办复率100%。
二、今年的工作安排
全年计划听取审议专项工作报告16项，新建代表联络站6个。
"""


@pytest.mark.parametrize(("text", "targets", "reported"), [
    (COURT_REPORT, [60, 95], [420, 4.1, 86, 3200, 42.5]),
    (FLAT_REPORT, [16, 6], [8, 9, 15, 62, 100]),
])
def test_a_part_classified_as_review_reports_whatever_its_heading_says(parser, tmp_path, text: str, targets: list,
                                                                       reported: list) -> None:
    """"一年来的主要工作", "坚持正确监督，…" name no 回顾 nor a past year, but classify types them review: their
    figures (and an opening that leads into them) are achievements. "今年的工作安排" sets, even where the
    whole report was read as looking back."""
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert [t.value for t in doc.targets] == targets
    assert [t.value for t in doc.achievements] == reported


@pytest.mark.parametrize(("sentence", "kept"), [
    ("城镇调查失业率5.5%左右，比上年预期目标调低0.5个百分点。", [(5.5, "%")]),
    ("居民消费价格涨幅3%左右，较上年回落0.5个百分点。", [(3, "%")]),
    ("其中，一般公共预算收入增长目标比上年调高1个百分点，主要考虑减税降费政策到期。", []),
    ("粮食产量目标较上年下调2万吨，与耕地调整相衔接。", []),
])
def test_a_change_against_last_years_figure_or_target_is_no_target(sentence: str, kept: list) -> None:
    """A difference beside its figure, with any verb that moves a figure (调低, 回落); and a target's change
    against last year's target, wherever the target itself is printed."""
    assert [(f.value, f.unit) for f in find_targets(sentence)] == kept


def test_a_change_that_is_the_metrics_own_target_stays() -> None:
    assert [(f.value, f.unit) for f in find_targets("全县森林覆盖率比上年提高0.8个百分点。")] == [(0.8, "个百分点")]


@pytest.mark.parametrize(("sentence", "kept"), [
    ("全年安排审计项目28个，其中上级统一组织项目5个。", [(28, "个"), (5, "个")]),
    ("参加市审计局统一组织的专项审计。", []),
    ("这是唯一一次集中整改机会。", []),
    ("对同一批次产品逐一抽检。", []),
    ("完成三分之一以上村庄的规划编制。", [(33.33, "%")]),  # the share, as 33%以上村庄 is; no count of 一
    ("每季度调度一次，每半年通报一次。", [(1, "次"), (1, "次")]),  # frequencies stay commitments
])
def test_a_chinese_numeral_must_start_a_quantity(sentence: str, kept: list) -> None:
    """一 closing a word (统一, 唯一, 同一, 逐一, 之一) counts nothing, though a counter (组, 次, 批) follows."""
    assert [(f.value, f.unit) for f in find_targets(sentence)] == kept


@pytest.mark.parametrize(("sentence", "kept"), [
    ("第3-4周：开展文明礼仪养成教育。", []),  # a range of weeks: both ends are ordinals
    ("第11至12周，组织期中质量检测。", []),
    ("阅读课每周2节，书法课每两周1节。", [(2, "节"), (1, "节")]),  # weeks counted per: frequencies
    ("每周一举行升旗仪式。", []),
    ("隔周组织安全巡查1次，每12周开展综合演练1次。", [(1, "次"), (1, "次")]),
    ("周四下午组织集体备课，全学期不少于8次。", [(8, "次")]),
    ("认真落实“三会一课\"制度。", []),  # a quoted name, its marks mixed as OCR prints them
])
def test_weeks_of_a_term_and_frequencies_per_week(sentence: str, kept: list) -> None:
    assert [(f.value, f.unit) for f in find_targets(sentence)] == kept


@pytest.mark.parametrize(("sentence", "kept"), [
    ("全年体检工作分春季和秋季两次进行。", []),
    ("入户核查分三批组织实施。", []),
    ("整治行动分两个阶段推进，排查隐患不少于200处。", [(200, "处")]),
    ("部分社区开展应急演练2次。", [(2, "次")]),  # 部分 divides nothing
    ("各街道分别开展宣传4次。", [(4, "次")]),  # 分别 sets each
    ("全年分片区开展督查6次。", [(6, "次")]),  # a count done, not how it is divided
    ("在各乡镇设立分会场18个。", [(18, "个")]),  # a noun's 分
    ("新设分公司和子公司4家开展业务。", [(4, "家")]),  # 分…和… names no periods
    ("组建巡河分队7支，分发宣传册3000份开展宣传。", [(7, "支"), (3000, "份")]),
])
def test_the_parts_work_is_divided_into_are_no_amount(sentence: str, kept: list) -> None:
    assert [(f.value, f.unit) for f in find_targets(sentence)] == kept


@pytest.mark.parametrize(("sentence", "expected"), [
    ("完成馆藏档案数字化备份35TB。", (35, "TB", "=")),
    ("新增政务云存储不少于800GB。", (800, "GB", ">=")),
    ("县城主干网络带宽提升到10Gbps。", (10, "Gbps", "=")),
    ("新增用户侧储能200兆瓦时。", (200, "兆瓦时", "=")),
    ("改良后耕作层厚度达到28厘米以上。", (28, "厘米", ">=")),
    ("沥青面层厚度不低于40毫米。", (40, "毫米", ">=")),
    ("年内完成区志初稿，总字数控制在90万字以内。", (90, "万字", "<=")),
])
def test_data_volumes_energy_and_short_lengths_are_units(sentence: str, expected: tuple) -> None:
    assert _one(sentence) == expected


@pytest.mark.parametrize("sentence", ["坚持“二十字”工作方针。", "改造城区十字路口信号灯。", "落实好“八字方针”要求。",
                                      "对照新时代好干部20字标准选人用人。", "贯彻“16字”方针。"])
def test_a_spelled_count_of_characters_is_a_phrase(sentence: str) -> None:
    assert list(find_targets(sentence)) == []


@pytest.mark.parametrize(("sentence", "kept"), [
    ("新建直径600毫米雨水管网8.5公里。", [(8.5, "公里")]),
    ("改造宽7米乡村道路12公里。", [(12, "公里")]),
    ("铺设厚度5厘米沥青面层3万平方米。", [(3, "万平方米")]),
    ("主干道路面宽度达到9米以上。", [(9, "米")]),  # the width is what is set
    ("新建长450米的滨河步道。", [(450, "米")]),
    ("建设长度9公里滨江快速路。", [(9, "公里")]),  # its only figure: the length built
    ("铺设管径500毫米污水管道，全长2.4公里。", [(2.4, "公里")]),
    ("更换直径100毫米老旧供水管道。", []),
    ("回填厚度20厘米种植土。", [(20, "厘米")]),
])
def test_a_size_naming_what_is_built_is_no_figure_of_the_plan(sentence: str, kept: list) -> None:
    assert [(f.value, f.unit) for f in find_targets(sentence)] == kept


def test_a_bound_printed_right_after_lower_than_is_the_figure_not_a_gap() -> None:
    """"差错率低于2%" holds the figure under a bound; "低于7%左右的预期目标" names the figure compared with."""
    found = list(find_targets("基层报表差错率低于2%。"))
    assert [(f.metric, f.value, f.comparator) for f in found] == [("基层报表差错率", 2, "<=")]
    assert [f.value for f in find_targets("居民收入增长5.6%，低于7%左右的预期目标。")] == [5.6]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("预计到2030年，全市新能源汽车保有量将超过8万辆，公共充电桩达到1.2万个。", ["other", "other"]),
    ("据测算，到2030年全市新能源汽车保有量将超过8万辆。", ["other"]),
    ("全县失能老人预计2030年达到1.2万人。", ["other"]),
    ("预计全年接待游客120万人次以上。", ["set"]),  # the year's own estimate
    ("预计年底前完成投资5亿元，新建标准厂房10万平方米。", ["set", "set"]),
    ("加强气象预测预报，新建自动气象站30个。", ["set"]),  # 预测 a noun
    ("完成碳排放测算报告3份。", ["set"]),
])
def test_a_forecast_of_the_situation_is_no_goal(sentence: str, expected: list[str]) -> None:
    """A year's plan forecasting a later year ("预计…将达到") describes what will happen; a forecast of this
    year's figure is the plan's."""
    assert [stance(sentence, f.clause, None, 2026) for f in find_targets(sentence)] == expected


def test_a_plan_for_years_forecasting_its_own_years_sets_them() -> None:
    """A three-year action plan's "预计2027年…达到" is its own goal for its last year; a forecast the plan
    commits to (力争) is its goal too."""
    committed = "预计到2028年，力争养老机构护理型床位占比达到60%。"
    assert [stance(committed, f.clause, None, 2026, horizon=2028) for f in find_targets(committed)] == ["set"]
    sentence = "预计2027年全市5G基站总数达到1.2万个。"
    assert [stance(sentence, f.clause, None, 2025, long_range=True) for f in find_targets(sentence)] == ["set"]
    # …but in its background part (面临的形势) a forecast describes the situation the plan answers
    assert [stance(sentence, f.clause, "situation", 2025, long_range=True) for f in find_targets(sentence)] == ["other"]
    assert [stance(sentence, f.clause, None, 2025, horizon=2027) for f in find_targets(sentence)] == ["set"]


def test_a_sentence_on_this_year_in_a_part_named_for_a_five_year_plan_sets() -> None:
    """"聚焦“十五五”开局…": a clause of a sentence on this year (全年) is the year's, though its own clause
    carries no setting word."""
    sentence = "全年安排专题调研9次、视察活动12次。"
    assert [stance(sentence, f.clause, "long_term", 2026) for f in find_targets(sentence)] == ["set", "set"]
    other = "五年内建成乡村振兴示范村30个。"
    assert [stance(other, f.clause, "long_term", 2026) for f in find_targets(other)] == ["other"]


SPAN_OPENING = """桐溪市政协常委会2026年工作报告
一、2025年工作回顾
召开专题协商会4次。
二、2026年主要工作
（一）聚焦“十五五”开局建言资政
围绕新质生产力培育开展协商，召开专题协商会5次、对口协商会9次。
（二）“十五五”时期履职目标
建成委员工作室40个。
"""


def test_a_part_on_a_five_year_plans_opening_is_the_years(parser, tmp_path) -> None:
    """"聚焦“十五五”开局…" speaks of the span's first year, the one planned; "“十五五”时期…" of the span."""
    path = tmp_path / "report.txt"
    path.write_text(SPAN_OPENING, encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert [(t.value, t.unit) for t in doc.targets] == [(5, "次"), (9, "次")]


def test_this_years_figure_after_a_later_goal_the_sentence_serves_is_set() -> None:
    served = "对标到2030年全县粮食产量稳定在60万吨以上的目标，全年新建高标准农田2万亩"
    assert stance(served, "全年新建高标准农田2万亩", None, 2026) == "set"
    named = "到2030年建成美丽河湖30条，2026年建成美丽河湖6条"
    assert stance(named, "2026年建成美丽河湖6条", None, 2026) == "set"
    # the deadline's own figure, and a later year's goal with no turn to this year, stay other
    assert stance(named, "到2030年建成美丽河湖30条", None, 2026) == "other"
    assert stance("到2030年，全年空气优良天数比例达到90%", "全年空气优良天数比例达到90%", None, 2026) == "other"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("上年全区新增规模以上服务业企业9家。", ["reported"]),                   # 以上 names a class of firms
    ("去年全市重要农产品抽检合格率为98.5%。", ["reported"]),                # 重要 is no 要
    ("去年全市主要河流断面水质优良比例为92%。", ["reported"]),
    ("去年全区三级及以上医院增加到4家。", ["reported"]),
    ("去年全区完成固定资产投资86亿元、增长9.2%。", ["reported", "reported"]),  # 去年 reaches through the 、 list
    ("今年全区新增规模以上服务业企业9家以上。", ["set"]),                   # 以上 closing the figure's bound
    ("不仅要新建公办幼儿园3所，还要改扩建5所。", ["set", "set"]),           # 不仅 is no 仅
    ("审批时限压缩至仅需3个工作日。", ["set"]),
])
def test_a_cue_is_a_word_of_its_own_not_a_piece_of_another(sentence: str, expected: list) -> None:
    """A set cue inside a name (规模以上, 主要, 重要, 及以上) does not turn last year's figure into a target."""
    assert [stance(sentence, f.clause, "ahead", 2026) for f in find_targets(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("目前全区高新技术企业126家，其中年营收超亿元企业11家。", ["reported", "reported"]),
    ("全区现有市级以上专精特新企业57家，其中国家级3家。", ["reported"]),
    ("社区卫生服务中心配备全科医生的仅占42%。", ["reported"]),
    ("全区托育机构普惠性托位只有860个，今年新增普惠性托位300个。", ["reported", "set"]),
    ("全区80岁以上老年人已达3.2万人，占常住人口的4.6%。", ["reported", "reported"]),
    ("目前全区托位860个，新增普惠性托位300个以上。", ["reported", "set"]),
])
def test_how_things_stand_beside_a_task_is_a_fact(sentence: str, expected: list) -> None:
    """目前/现有/只有/仅占 + figure, and a clause going on with 其中/占…的, describe the state of things."""
    assert [stance(sentence, f.clause, "ahead", 2026) for f in find_targets(sentence)] == expected


def test_a_size_class_before_chao_is_no_figure() -> None:
    """"年营业收入超5亿元的只有3家": the size picks out the firms counted."""
    assert [(f.value, f.unit) for f in find_targets("但年营业收入超5亿元的只有3家。")] == [(3, "家")]


RESTATED = """桐溪区2026年政府工作报告
二、2026年主要预期目标
全区经济社会发展的主要预期目标是：地区生产总值增长5%左右；城镇新增就业1.1万人以上。
设定城镇新增就业1.1万人以上的预期目标，主要考虑稳就业压力依然较大。
需要说明的是，地区生产总值增长目标由上年的5.5%左右调整为5%左右，主要是综合考虑外部环境变化。
三、2026年重点工作
（一）扩大有效投资
新开工亿元以上项目40个，其中10亿元以上项目5个。
"""


def test_a_target_restated_in_its_explanation_is_one_target(parser, tmp_path) -> None:
    """设定…的预期目标 / 需要说明 / 由A调整为B restate a target set before: A is the old value, B no second target."""
    path = tmp_path / "report.txt"
    path.write_text(RESTATED, encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert [(t.value, t.unit) for t in doc.targets] == [(5, "%"), (1.1, "万人"), (40, "个"), (5, "个")]
    assert all(t.value != 5.5 for t in doc.targets + doc.achievements)


@pytest.mark.parametrize("sentence", [
    "办事大厅每周一至周五8:30—12:00对外受理业务。",
    "防控期间各场馆每日8：00—20：30向市民开放。",
    "严防一次伤亡5人以上的生产安全事故。",
    "为推进乡村振兴，结合我乡16个行政村实际，制定本方案。",
    "立足全区9个街道的特点，特制定本计划。",
])
def test_clock_times_prepositions_and_the_place_described_are_not_targets(sentence: str) -> None:
    """A clock time's minutes, 对/向 after a figure (a preposition), 一次 + verb ("at one time"), and the
    count of the place a plan is made for are no figures set."""
    assert [(f.value, f.unit) for f in find_targets(sentence)] == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("全县14个乡镇人民政府要落实属地责任，年内新建改建农村户厕1200户。", [(1200, "户")]),
    ("由县水利局牵头，组织全县9个乡镇开展河道清淤，完成16个行政村治理任务。", [(16, "个")]),
    ("县应急管理局每半年开展一次督查，对全县203个行政村全面检查。", [(1, "次")]),
    ("辖区内21个社区均要建立微网格，所辖6个街道每月报送一次台账。", [(1, "次")]),
    # the count of what is built or chosen in those places stays: no whole before it
    ("在全县选择5个乡镇开展试点，建成3个示范社区。", [(5, "个"), (3, "个")]),
    # …and so does a selection from the whole: some of them chosen, or the pilots among them
    ("选取全市4个县区开展改革试点。", [(4, "个")]),
    ("在全区7个街道先行示范推广。", [(7, "个")]),
    # …and so does a count of what is built there: the division word only names its kind
    ("建设全县42个村级电商服务站点。", [(42, "个")]),
    ("全年完成全市35个社区食堂建设，建好全市4个市民服务中心。", [(35, "个"), (4, "个")]),
    ("新建全县2个县级应急物资储备库。", [(2, "个")]),
])
def test_the_count_of_a_whole_places_divisions_is_its_scope_not_a_target(sentence: str, expected: list) -> None:
    """"全县12个乡镇", "辖区内23个社区": how many divisions the whole has, the span of a measure, not a count set;
    a number of them chosen ("选取全县5个乡镇开展试点") is."""
    assert [(f.value, f.unit) for f in find_targets(sentence)] == expected


def test_pairs_and_counts_after_a_preposition_stay_targets() -> None:
    """对 still counts pairs at a clause's end or before what pairs; a count the preposition governs stays."""
    found = [(f.value, f.unit) for f in find_targets("年内表彰8对文明家庭夫妻，结对帮扶困难户150对。")]
    assert found == [(8, "对"), (150, "对")]
    assert [(f.value, f.unit) for f in find_targets("对12家企业开展约谈，结合5个社区，开展一次集中宣传。")] \
        == [(12, "家"), (5, "个"), (1, "次")]


def test_each_measure_and_figure_of_a_list_is_a_target_of_its_own() -> None:
    """"惠及住户800户、道路面积3.2万平方米" after a count lists the project's scale item by item: each member is a
    target, its text its own 、 part (a reach alone after a count stays its outcome)."""
    found = list(find_targets("今年实施背街小巷改造25条，惠及住户1450户、道路面积3.2万平方米。"))
    assert [(f.value, f.unit, f.clause) for f in found] == [
        (25, "条", "今年实施背街小巷改造25条"), (1450, "户", "惠及住户1450户"), (3.2, "万平方米", "道路面积3.2万平方米")]


def test_a_clause_opening_with_its_own_period_is_its_own_text() -> None:
    """"…专线，每周发车不少于12班次": a standard of its own, not the lead-in clause before it."""
    found = list(find_targets("开通火车站至产业园通勤专线，每周发车不少于12班次。"))
    assert [(f.value, f.unit, f.clause) for f in found] == [(12, "班次", "每周发车不少于12班次")]


YEAR_BLOCKS = """某区托育服务三年行动计划（2025—2027年）
一、分年度目标
到2027年，托育服务体系基本建成。
2025年：新建普惠托育机构3家，托位数达到900个。
2026年：每千人口拥有托位数达到4.5个以上。
二、年度任务
（一）2025年：打基础
培训托育从业人员300人次。
（二）2026年：提质量
完成示范托育机构创建2家。
三、重点任务
实施托育机构标准化建设。
普惠托位占比较2024年提高10个百分点。
2027年底前社区托育点覆盖率达到70%以上。
四、推进步骤
2026年：全面推开。
新增托位600个。
"""


def test_targets_carry_the_year_their_clause_label_or_heading_names(parser, tmp_path) -> None:
    """A year in the clause, a "2026年：" label or the heading above scopes a target (nearest wins); a year compared
    with (较2024年) is none, and a label line with no figure of its own heads the paragraphs after it."""
    path = tmp_path / "plan.txt"
    path.write_text(YEAR_BLOCKS, encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert [(t.value, t.year) for t in doc.targets] == [
        (3, 2025), (900, 2025), (4.5, 2026), (300, 2025), (2, 2026), (10, None), (70, 2027), (600, 2026)]


def test_a_periodic_clause_naming_no_action_keeps_its_lead_in() -> None:
    """"…开设安全教育课，每月不少于4课时" says what is counted only with the clause before it."""
    found = list(find_targets("各校开设安全教育课，每月不少于4课时。"))
    assert [f.clause for f in found] == ["各校开设安全教育课，每月不少于4课时"]


STANDARDS_PLAN = """丰河县创建省级文明城市实施方案
一、创建标准
（一）志愿服务成效明显
注册志愿者占常住人口比例达到15%以上，每季度开展集中志愿服务活动1次。
（二）城市环境整洁有序
背街小巷保洁覆盖率达到100%。
二、2025年创建成效
全县新增志愿服务站点12个。
"""

STANDARDS_SUMMARY = """丰河县2025年创建文明城市工作总结
一、志愿服务成效明显
全年开展集中志愿服务活动不少于20次，新增志愿者3100名。
"""


def test_a_heading_naming_a_result_leaves_the_stance_to_the_sentence(parser, tmp_path) -> None:
    """"（一）志愿服务成效明显" in a plan's standards names the end state its figures set: a bound or a recurring
    standard in the clause is set. Last year's results, and a summary's, stay achievements."""
    path = tmp_path / "plan.txt"
    path.write_text(STANDARDS_PLAN, encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert [(t.value, t.unit) for t in doc.targets] == [(15, "%"), (1, "次"), (100, "%")]
    assert [(t.value, t.unit) for t in doc.achievements] == [(12, "个")]
    path = tmp_path / "summary.txt"
    path.write_text(STANDARDS_SUMMARY, encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert doc.targets == [] and [(t.value, t.unit) for t in doc.achievements] == [(20, "次"), (3100, "名")]


HIRING_PLAN = """石岭县2025年社区工作者招聘工作方案
一、招聘计划
全县公开招聘社区工作者45名，其中面向退役军人定向招聘5名。
二、招聘对象和资格
体检标准：双眼矫正视力均不低于4.9，血压不高于140/90。
三、专项扶持
（一）扶持任务
年内扶持科技型中小企业30家。
（二）申报条件
企业上年度研发投入占营业收入比例不低于3%，研发人员占职工总数不低于10%。
四、组织实施
报名人员应具备以下条件：
1.学历条件达标，视力矫正后不低于4.8；
2.年龄不超过35周岁。
资格审查合格率达到100%，公示期不少于5个工作日。
"""


def test_conditions_a_person_must_meet_set_no_targets(parser, tmp_path) -> None:
    """"体检标准：…不低于4.9", a part headed "申报条件", the items under "…应具备以下条件：": who qualifies, no figure
    the office sets. Its own quota and the standards it keeps stay targets."""
    path = tmp_path / "plan.txt"
    path.write_text(HIRING_PLAN, encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert [(t.value, t.unit) for t in doc.targets] == [(45, "名"), (5, "名"), (30, "家"), (100, "%"), (5, "个工作日")]


@pytest.mark.parametrize(("sentence", "metric", "floor", "stretch"), [
    ("主要预期目标是：地区生产总值确保完成86亿元、力争90亿元；", "地区生产总值", "地区生产总值确保完成86亿元",
     "地区生产总值确保完成86亿元、力争90亿元"),
    ("全镇税收收入确保增长6%、力争增长7.5%。", "税收收入增长", "全镇税收收入确保增长6%", "全镇税收收入确保增长6%、力争增长7.5%"),
    ("外贸进出口额确保3.2亿美元，争取3.5亿美元。", "外贸进出口额", "外贸进出口额确保3.2亿美元",
     "外贸进出口额确保3.2亿美元，争取3.5亿美元"),
])
def test_a_floor_and_a_stretch_on_one_metric_both_keep_its_name(sentence: str, metric: str, floor: str, stretch: str) -> None:
    """"确保X、力争Y": two targets of one metric, the first a floor (at least X), the second a stretch whose text
    is the whole clause; neither takes a lead-in ("主要预期目标是") for its metric."""
    found = list(find_targets(sentence))
    assert [(f.metric, f.tier, f.clause) for f in found] == [(metric, "floor", floor), (metric, "stretch", stretch)]
    assert found[0].comparator == ">="


def test_tier_words_on_two_metrics_are_no_tiers() -> None:
    found = list(find_targets("确保完成财政收入4亿元，力争新增市场主体600户。"))
    assert [(f.metric, f.tier) for f in found] == [("完成财政收入", None), ("新增市场主体", None)]


@pytest.mark.parametrize("joint", ["、", "，"])
def test_an_expected_figure_and_a_stretch_on_one_metric_are_two_tiers(joint: str) -> None:
    """"增长5.5%左右、力争达到6%": a figure with no tier word, then a stretch that names no measure of its own; the
    stretch takes the figure's metric (not the lead-in's, "全年主要预期目标") whether 、 or ， joins them, and the
    first figure stays approximate (expected, no floor)."""
    found = list(find_targets(f"全年主要预期目标：全镇农业总产值增长5.5%左右{joint}力争达到6%，城镇登记失业率控制在4%以内。"))
    assert [(f.metric, f.value, f.comparator, f.tier) for f in found] == [
        ("农业总产值增长", 5.5, "≈", "expected"), ("农业总产值增长", 6, "=", "stretch"), ("城镇登记失业率", 4, "<=", None)]
    assert found[1].clause == f"全镇农业总产值增长5.5%左右{joint}力争达到6%"


def test_a_part_that_names_no_measure_takes_the_measure_of_the_figure_before_it() -> None:
    """"…42.6亿元、增长7.3%": the 、 part after a figure measures what that figure did, not the clause before (the
    quantity moved, not its 实现)."""
    found = list(find_targets("一季度经济开局良好，全区实现社会消费品零售总额42.6亿元、增长7.3%。"))
    assert [(f.metric, f.tier) for f in found] == [("实现社会消费品零售总额", None), ("社会消费品零售总额增长", None)]
    # a part that names its own thing in a word takes only the verb
    found = list(find_targets("年内新建公办幼儿园3所、小学2所。"))
    assert [f.metric for f in found] == ["新建公办幼儿园", "新建小学"]


@pytest.mark.parametrize(("sentence", "metrics"), [
    ("全年主要预期目标：城镇和农村常住居民人均可支配收入分别增长5%、6.5%。",
     ["城镇常住居民人均可支配收入增长", "农村常住居民人均可支配收入增长"]),
    ("全年主要预期目标：城镇和农村常住居民人均可支配收入分别增长5%、力争6.5%。",
     ["城镇常住居民人均可支配收入增长", "农村常住居民人均可支配收入增长"]),
    ("全年主要预期目标：粮食总产量和油料总产量分别稳定在38万吨、力争4.2万吨。", ["粮食总产量", "油料总产量"]),
])
def test_a_respectively_list_gives_each_figure_its_own_name_and_no_tier(sentence: str, metrics: list[str]) -> None:
    """"A和B分别…X、力争Y": each figure measures its own name, so a stretch word in the list pairs no tiers."""
    assert [(f.metric, f.tier) for f in find_targets(sentence)] == [(m, None) for m in metrics]


@pytest.mark.parametrize(("sentence", "unit"), [
    ("力争新增亿元税收楼宇2幢。", "幢"), ("新增植保无人机12架。", "架"), ("全年推广农机具45台套。", "台套"),
])
def test_counts_of_buildings_aircraft_and_machine_sets(sentence: str, unit: str) -> None:
    assert _one(sentence)[1] == unit


@pytest.mark.parametrize(("sentence", "expected"), [
    ("全镇税收收入达到3.1亿元，较上年的2.86亿元增长8.4%。", [(3.1, "税收收入"), (8.4, "税收收入增长")]),
    ("农村居民人均可支配收入比上年同期的2.1万元增长7%。", [(7, "农村居民人均可支配收入增长")]),
    ("在上年4.5亿元的基础上，全年招商引资到位资金增长12%。", [(12, "招商引资到位资金增长")]),
    ("在去年建成示范村15个的基础上，今年再建成8个。", [(8, "建成示范村")]),
])
def test_a_base_a_change_starts_from_is_no_target(sentence: str, expected: list) -> None:
    """The figure after 较上年的/比上年同期的, or inside 在…的基础上, is where the change starts, not a commitment."""
    assert [(f.value, f.metric) for f in find_targets(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("劳动争议仲裁案件结案期限缩短至40日以内。", (40, "日", "<=")),
    ("信访事项受理后15日内答复。", (15, "日", "<=")),
    ("土壤有机质含量提升0.3个等级。", (0.3, "个等级", "=")),
    ("营商环境评价全省排名前移2个位次。", (2, "个位次", "=")),
])
def test_spans_in_days_and_grades_moved_are_targets(sentence: str, expected: tuple) -> None:
    """N日 with no month named before it is a span of days; 个等级 and 个位次 are units of their own."""
    assert _one(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "各村每月20日前将台账报镇农业办。",
    "于6月12日召开全县动员大会。",
    "每月的8日为集中宣传日。",
    "每月1日至3日集中受理补贴申请。",
    "九月二十日开展全民健身日活动。",
    "坚持一日一报。",
])
def test_a_day_of_a_named_month_is_a_date_not_a_span(sentence: str) -> None:
    assert list(find_targets(sentence)) == []


_OPINION = """{title}
为推进农村寄递物流体系建设，提出如下意见。
一、总体要求
到2028年，全县村级寄递物流综合服务站点达到260个，快递进村覆盖率达到100%。到2035年，建成城乡一体的现代寄递物流体系，县域快递业务量达到3000万件。
二、主要任务
（一）完善县级分拨中心。到2028年建成县级公共分拨中心2个。
（二）推进站点共建共用。每年新增村级共配站点30个。
澄江县人民政府
2026年4月9日
"""


@pytest.mark.parametrize(("title", "expected"), [
    # a 实施意见 with no year in its title runs to the deadline its goals name: its figures by then are its own
    ("澄江县关于加快农村寄递物流体系建设的实施意见", [(260, "个"), (100, "%"), (2, "个"), (30, "个")]),
    # a dated one is the year's: "到2028年" is a later goal
    ("澄江县关于做好2026年农村寄递物流体系建设的实施意见", [(30, "个")]),
    # a one-year plan's draft (征求意见稿) is no 意见
    ("澄江县邮政管理局寄递物流工作要点（征求意见稿）", [(30, "个")]),
])
def test_a_multi_year_opinions_goals_by_its_own_horizon_are_its_targets(parser, tmp_path, title, expected) -> None:
    """The horizon is the latest deadline within five years of the issue year (2028, not the 2035 vision)."""
    path = tmp_path / "opinion.txt"
    path.write_text(_OPINION.format(title=title), encoding="utf-8")
    [doc] = parser.parse(path).documents
    assert doc.year == 2026
    assert [(t.value, t.unit) for t in doc.targets] == expected


def test_an_opinions_term_comes_from_its_validity_line(parser, tmp_path) -> None:
    """"有效期至2028年12月31日": the plan runs to 2028, whatever its goals part says."""
    text = _OPINION.format(title="澄江县关于加快农村寄递物流体系建设的实施意见").replace("到2028年，", "").replace(
        "澄江县人民政府", "本意见自印发之日起施行，有效期至2028年12月31日。\n澄江县人民政府")
    path = tmp_path / "opinion.txt"
    path.write_text(text, encoding="utf-8")
    [doc] = parser.parse(path).documents
    assert [(t.value, t.unit) for t in doc.targets] == [(260, "个"), (100, "%"), (2, "个"), (30, "个")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("每半年组织一次办公家具配置情况抽查。", [(1, "次")]),  # 办公…: a count, the noun opens with 办
    ("每月开展一次办案质量评查。", [(1, "次")]),
    ("推进涉企事项一次办好。", []),  # the service slogans stay no count
    ("实现不动产登记一次办结、一次办成。", []),
    ("让群众办事网上办、掌上办、一次办。", []),
    ("推动高频事项一次办理。", []),
    ("确保申请人一次办理成功率保持在98%以上。", [(98, "%")]),  # 一次办理 ahead of more words: still the slogan
    ("做到社保转移接续一次办理到位。", []),
    ("推行二手房交易一次办理完结。", []),
    ("编制一次办事项目录150项。", [(150, "项")]),
    ("每学期组织一次办公设备安全巡查。", [(1, "次")]),
])
def test_a_count_before_a_noun_opening_with_ban_is_a_count(sentence: str, expected: list) -> None:
    """"一次办公家具…抽查" counts an event; only the slogans 一次办好/一次办结/一次办 name a way of serving."""
    assert [(f.value, f.unit) for f in find_targets(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("引导25家以上规上企业开展清洁生产审核。", [(25, "家", ">=")]),
    ("帮助60户以上农户发展庭院经济。", [(60, "户", ">=")]),
    ("完成12座以上病险水库除险加固。", [(12, "座", ">=")]),
    ("对职工200人以上企业开展职业健康检查。", []),  # 人 counts staff, not the firms: a class picked out
    ("对25家以上企业开展消防检查。", []),  # a clause opened on whom a measure is for
    ("扶持拥有5家以上门店的企业拓展市场。", []),  # the noun named is a condition of what follows 的
    ("关停10家以下小作坊。", []),  # a ceiling before a noun sizes a class
    ("慰问50名以上职工家庭。", []),  # the noun after the counted one is what is counted
    ("指导500人以上企业开展职工心理疏导。", []),  # 企业 and a verb stand before 职工: 人 sized the firms
    ("鼓励200人以上企业设立职工书屋。", []),
    ("督查6辆以上客车租赁企业。", []),  # the trucks describe the firms (a class), no count of trucks
    ("推动15家以上网点连锁企业开展冷链配送。", []),
    ("奖励吸纳30户以上农户务工的合作社。", []),  # a 的-clause: the condition of who is paid
    ("扶持40户以上农户入股的家庭农场发展。", []),
    ("推动18家以上骨干企业进驻产业园区。", [(18, "家", ">=")]),  # a verb, then the place: the firms still counted
    ("支持12家以上连锁企业建设配送中心。", [(12, "家", ">=")]),
])
def test_a_floor_on_a_count_before_the_noun_it_counts_is_a_target(sentence: str, expected: list) -> None:
    """"引导25家以上规上企业…": 家 is the very counter of 企业, so the figure sets how many are acted on."""
    assert [(f.value, f.unit, f.comparator) for f in find_targets(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("群众安全感测评得分比上年提升1.5分左右。", [(1.5, "分", "≈")]),
    ("政务服务好评得分提高3分。", [(3, "分", "=")]),
    ("平均得分达到92分以上。", [(92, "分", ">=")]),
    ("服务大厅每日8时30分开门。", []),  # a time of day
    ("考试时长缩短20分钟。", [(20, "分钟", "=")]),
    ("每发现一处问题扣2分。", []),
    ("全县公众满意度测评得分提高1.5分，达到92分以上。", [(1.5, "分", "="), (92, "分", ">=")]),
    ("荣获国家级奖励的，增加3分。", []),  # a rule of the assessment: the case it scores opens the sentence
    ("未按期报送材料的部门，绩效考核得分降低4分。", []),
    ("每多引进一个项目，增加0.5分。", []),
    ("排名每前进一位，增加0.5分。", []),
    ("对排名末位的乡镇，年度得分降低2分。", []),
    ("加分事项：（1）获评省级示范的，增加2分。", []),
    ("2026年，全区营商环境评价得分提高2.5分左右。", [(2.5, "分", "≈")]),
])
def test_a_score_moved_by_a_figure_is_a_target(sentence: str, expected: list) -> None:
    """"得分提高3分": the change verb governs the score as a comparison word would."""
    assert [(f.value, f.unit, f.comparator) for f in find_targets(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("落实困难残疾人生活补贴标准再提高15元政策。", [(15, "元")]),
    ("执行企业退休人员基本养老金上调3%政策。", [(3, "%")]),
    ("延续实施残疾人就业保障金减征50%政策。", []),  # a policy named by its figure
    ("按每人每月提高15元的政策发放补贴。", [(15, "元")]),  # a raise of what each case is paid
])
def test_a_raise_named_as_a_policy_is_a_target(sentence: str, expected: list) -> None:
    """"…标准再提高15元政策": the policy carried out is the raise, and the raise is the figure set."""
    assert [(f.value, f.unit) for f in find_targets(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a count of events or things before 政策 counts them; 政策 only says what they are about
    ("各社区每季度开展1次政策解读。", [(1, "次")]),
    ("镇服务站每月组织一次政策宣讲。", [(1, "次")]),
    ("向退役士兵发放800份政策明白纸。", [(800, "份")]),
    # …a rate, a sum or a count of policies before it names the policies
    ("继续执行研发费用加计扣除100%政策。", []),
    ("认真落实两项政策。", []),
    ("执行每人每月发放120元的政策。", []),
    # …and so does any other figure: a span, a share's step
    ("全面落实护理假延长15天政策。", []),
    ("落实阶段性下调工伤保险费率0.2个百分点政策。", []),
    # …a count of events or things with nothing after 政策 is no event counted
    ("认真落实2次政策。", []),
])
def test_a_count_of_events_about_policy_is_no_policy_named_by_its_figure(sentence: str, expected: list) -> None:
    assert [(f.value, f.unit) for f in find_targets(sentence)] == expected


def _stances(sentence: str, year: int = 2027, context: str | None = "ahead") -> list[tuple[float, str]]:
    return [(f.value, stance(sentence, f.clause, context, year)) for f in find_targets(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a past year in a later clause with an action of its own is that clause's
    ("新建村级调解室8个，2026年建成14个。", [(8, "set"), (14, "reported")]),
    ("结对单位每季度开展一次走访，2026年已挂牌的14个驿站全部提档升级。", [(1, "set"), (14, "reported")]),
    # …a later year named after the past one governs the clauses after it
    ("2026年建成14个，2027年新建8个。", [(14, "reported"), (8, "set")]),
    # a past year opening the sentence governs every clause after it
    ("2026年，全区新建村级调解室8个，增长12%。", [(8, "reported"), (12, "reported")]),
    # …and one after a clause that names no action of its own reaches back to it
    ("调解室8个、驿站3个，均于2026年建成。", [(8, "reported"), (3, "reported")]),
])
def test_a_past_year_governs_its_own_clause_and_those_it_leads(sentence: str, expected: list) -> None:
    assert _stances(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # in a part that looks ahead, a later clause that only dates the work before it reaches back: 于/均于/已于…
    ("新建门球场3块，于2026年9月全部投入使用。", [(3, "reported")]),
    ("新建门球场3块，完成投资260万元，已于2026年底建成。", [(3, "reported"), (260, "reported")]),
    # …a part of the figure before (其中), or a clause with no figure that finishes the work
    ("完成市下达的危房改造任务720户，其中2026年改造410户。", [(720, "reported"), (410, "reported")]),
    ("改造老旧泵站12座，2026年全部完成。", [(12, "reported")]),
    # …not a clause with no figure that does not finish it
    ("新建口袋公园3个，巩固2026年创建成果。", [(3, "set")]),
])
def test_a_later_clause_dating_the_work_before_reaches_back(sentence: str, expected: list) -> None:
    assert _stances(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # outside a part that looks ahead (a plan's opening, its 工作基础), a past year tells of the whole sentence
    ("新建游泳馆2座，完成投资3100万元，2026年全镇人均体育场地面积达到2.6平方米。",
     [(2, "reported"), (3100, "reported"), (2.6, "reported")]),
    ("新建村级调解室8个，2026年建成14个。", [(8, "reported"), (14, "reported")]),
])
def test_a_past_year_outside_a_part_looking_ahead_tells_of_the_sentence(sentence: str, expected: list) -> None:
    assert _stances(sentence, context=None) == expected


@pytest.mark.parametrize(("sentence", "text", "metric"), [
    # a per-one basis (每人, 每户) then a measure named: the clause stands alone, its metric too
    ("对失能老人开展分级照护，每人每月上门护理不少于2次。", "每人每月上门护理不少于2次", "每人上门护理"),
    ("对低保边缘家庭实行动态监测，每户每年临时救助不超过3次。", "每户每年临时救助不超过3次", "每户临时救助"),
    # …then only a verb: the clause is a standard of its own, what it acts on is named before
    ("对低保边缘家庭实行动态监测，每户每年走访不少于4次。", "每户每年走访不少于4次", "对低保边缘家庭实行动态监测每户走访"),
    # …a scope alone names nothing: the clause before says what is counted
    ("组织文艺小分队送戏下乡，每个行政村不少于2场。", "组织文艺小分队送戏下乡，每个行政村不少于2场", "组织文艺小分队送戏下乡每个行政村"),
    ("落实干部包联制度，每户不少于1名。", "落实干部包联制度，每户不少于1名", "落实干部包联制度"),
])
def test_a_clause_opened_by_a_per_one_basis_names_its_own_measure(sentence: str, text: str, metric: str) -> None:
    [found] = find_targets(sentence)
    assert (found.clause, found.metric) == (text, metric)


def _read(sentence: str) -> list[tuple]:
    return [(f.clause, f.metric, f.value, f.unit, f.comparator, f.low, f.high) for f in find_targets(sentence)]


def test_a_staged_clause_of_only_a_year_and_a_figure_takes_the_measure_before_it() -> None:
    """"…率达到55%，2026年达到65%，到2027年实现75%以上": each stage measures what the first names, its year no
    part of the measure (nor the first's own year, "…普及率2025年达到90%")."""
    got = _read("到2025年底，镇村公交通达率达到55%，2026年达到65%，到2027年实现75%以上；")
    assert [(c, m, v) for c, m, v, *_ in got] == [("镇村公交通达率达到55%", "镇村公交通达率", 55),
                                                  ("2026年达到65%", "镇村公交通达率", 65),
                                                  ("到2027年实现75%以上", "镇村公交通达率", 75)]
    got = _read("农村集中供水普及率2025年达到90%，2026年达到93%。")
    assert [m for _, m, *_ in got] == ["农村集中供水普及率", "农村集中供水普及率"]
    got = _read("建设乡村驿站2025年12个、2026年20个")
    assert [m for _, m, *_ in got] == ["建设乡村驿站", "建设乡村驿站"]



def test_a_staged_clause_borrows_only_when_it_names_nothing_of_its_own() -> None:
    """A stage names no measure of its own ("2026年完成40个") and borrows; "2026年新增就业岗位800个" names one."""
    got = _read("建成示范园区3个，2026年完成5个，2026年新增就业岗位800个")
    assert [m for _, m, *_ in got] == ["建成示范园区", "建成示范园区", "2026年新增就业岗位"]


@pytest.mark.parametrize(("sentence", "value", "unit", "low", "high"), [
    ("污水日处理规模扩大到6万—8万立方米", 6, "万立方米", 6, 8),
    ("撬动社会投资3亿至5亿元", 3, "亿元", 3, 5),
])
def test_a_range_with_its_magnitude_on_both_sides_reads_its_lower_bound(sentence, value, unit, low, high) -> None:
    """…while "2-3万人" reads as it did, and bounds in two magnitudes are no printed range."""
    (_, metric, v, u, _, lo, hi), = _read(sentence)
    assert (v, u, lo, hi) == (value, unit, low, high) and not any(ch.isdigit() for ch in metric)
    assert [(v, u, lo, hi) for _, _, v, u, _, lo, hi in _read("带动就业2-3万人")] == [(2, "万人", 2, 3)]
    assert [(v, u, lo, hi) for _, _, v, u, _, lo, hi in _read("完成投资9000万—1.5亿元")] == [(1.5, "亿元", None, None)]


@pytest.mark.parametrize(("sentence", "value", "unit"), [
    ("到2026年全市算力总规模达到800PFlops", 800, "PFlops"),
    ("新增光伏装机容量1.2GW以上", 1.2, "GW"),
    ("骨干网络时延控制在8ms以内", 8, "ms"),
    ("整理出版地方文献丛书3辑", 3, "辑"),
])
def test_latin_letter_units_and_volume_counters_are_read(sentence: str, value: float, unit: str) -> None:
    """A unit in letters ends its phrase; a model code or a spec naming what follows is none (5G, 35kV变电站, G60)."""
    (_, _, v, u, *_), = _read(sentence)
    assert (v, u) == (value, unit)
    for other in ("推进5G网络向山区延伸", "新建35kV变电站", "承办G60科创走廊论坛", "加快S218省道改造", "推广4K超高清视频应用"):
        assert _read(other) == [], other


@pytest.mark.parametrize("sentence", [
    "实施6kV及以下农网线路改造",  # a bounded spec naming a class of equipment
    "规划建设330kV以上输电通道",
    "升级35kV及以下开关柜",
    "加快5GA、千兆光网协同部署",  # a 、 list of names goes on
    "建设储能电站一座，规模达到50MW/100MWh",  # a pair is read whole or not at all
])
def test_a_latin_unit_as_a_spec_or_in_a_list_is_no_figure(sentence: str) -> None:
    """A Latin unit is a figure only after a comparison verb or closing its clause: a bounded spec with a name after it,
    a spec followed by 、, and one half of a pair X/Y set nothing."""
    assert [(v, u) for _, _, v, u, *_ in _read(sentence) if u and u[-1].isascii()] == []


def test_a_latin_spec_listed_or_in_brackets_stays_in_the_measure() -> None:
    """"改造66kV、10kV开关站各2座": one figure (2座) whose measure keeps both specs; "敷设电缆（20kV）45公里" keeps its
    bracketed spec in the measure, and a governed bounded figure still reads ("负荷达到900MW以上")."""
    assert [(m, v, u) for _, m, v, u, *_ in _read("改造66kV、10kV开关站各2座")] == [("改造66kV、10kV开关站各", 2, "座")]
    assert [(m, v, u) for _, m, v, u, *_ in _read("敷设电缆（20kV）45公里")] == [("敷设电缆（20kV）", 45, "公里")]
    assert [(v, u) for _, _, v, u, *_ in _read("最高供电负荷达到900MW以上")] == [(900, "MW")]


def test_a_stage_borrows_the_measure_before_only_in_a_unit_of_its_kind() -> None:
    """"…绿化率达到45%，2027年新增8个": a count is no stage of a rate; money no stage of a count; a share after a
    full coverage goes on with it, never with a dated clause joined to its text."""
    got = _read("城区绿化覆盖率达到45%，2027年新增8个。")
    assert got[1][1] != "城区绿化覆盖率"
    got = _read("引进科技型企业25家，2027年突破60亿元。")
    assert got[1][1] != "引进科技型企业"
    got = _read("建设农村物流站点80个，2026年实现行政村全覆盖，2027年达到90%。")
    assert got[-1][0] == "2027年达到90%" and got[-1][2] == 90
    got = _read("城区绿化覆盖率达到45%，2027年达到47%。")
    assert [m for _, m, *_ in got] == ["城区绿化覆盖率", "城区绿化覆盖率"]


def test_stages_share_one_measure_whatever_year_the_first_names() -> None:
    """"南湖隧道2026年完成投资4亿元，2027年完成6亿元": both stages measure 南湖隧道完成投资; a rise restated a year later
    ("增长5.5%，2027年增长6%") is a stage too."""
    got = _read("南湖隧道2026年完成投资4亿元，2027年完成6亿元。")
    assert [m for _, m, *_ in got] == ["南湖隧道完成投资", "南湖隧道完成投资"]
    got = _read("全区社会消费品零售总额增长5.5%，2027年增长6%。")
    assert got[0][1] == got[1][1] and "2027" not in got[1][1]


def test_a_session_ordinal_after_a_term_is_no_count(parser, tmp_path) -> None:
    """"十四届三次执委会议", "十二届四次全委（扩大）会议": M次 right after N届 names the session, whatever meeting
    noun follows; a count of meetings with no term before it is a target."""
    path = tmp_path / "plan.txt"
    path.write_text("某区妇联2025年工作要点\n一、重点工作\n（一）开好重要会议\n"
                    "筹备召开区妇联十二届四次全委（扩大）会议，传达学习市妇联十四届三次执委会议精神。"
                    "全年召开主席办公会议不少于10次。\n", encoding="utf-8")
    texts = [t.text for t in parser.parse(path).documents[0].targets]
    assert texts == ["全年召开主席办公会议不少于10次"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the measure reaches every one there is: the count names the whole
    ("对全区9家危化品仓储企业开展全覆盖执法检查。", []),
    ("对全市14所民办养老机构进行全面消防排查，年内新建3家社区食堂。", [(3, "家")]),
    # no whole word: a number of them picked, a target; the whole built up to, a target
    ("对6家重点企业开展全覆盖检查。", [(6, "家")]),
    ("全区新建4家便民服务站。", [(4, "家")]),
    # a whole named, but no word that the measure reaches all of them: how many are visited stays a count
    ("对全区9家企业开展抽查。", [(9, "家")]),
])
def test_a_measure_carried_out_on_a_whole_counted_names_its_scope(sentence: str, expected: list) -> None:
    """"对全区9家企业开展全覆盖检查": how many there are, each reached — no commitment to a number."""
    assert [(f.value, f.unit) for f in find_targets(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a word of paying that names the standard or a budget: the rate reckons, no amount paid
    ("按每亩150元补贴标准测算各乡镇补贴资金。", []),
    ("按每人每月80元的补助标准编列年度预算。", []),
    # paid out in a clause that opens on whom it pays, after a comma or a long object
    ("按每户3000元的标准，对验收合格的改厕户给予奖补。", [(3000, "元", "=")]),
    ("按每亩200元的标准向全镇符合条件的家庭农场一次性发放补贴。", [(200, "元", "=")]),
])
def test_a_rate_is_paid_out_only_where_paying_is_the_predicate(sentence: str, expected: list) -> None:
    """"按每亩300元补助标准核定资金" reckons; "按每户2000元的标准，对…农户给予补助" pays each case."""
    assert [(f.value, f.unit, f.comparator) for f in find_targets(sentence)] == expected
