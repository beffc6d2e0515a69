"""How a figure is read: numbers with no unit in the lexicon (rates, scores, grades, ratios), the base a rate is
counted per, coordinated lists and 分别, Chinese numerals counting documents, and a bare verb-and-figure clause.
Sentences are our own."""

from __future__ import annotations

import pytest
from jihua.pipeline.targets import find_targets


def _read(sentence: str) -> list[tuple]:
    return [(f.value, f.unit, f.comparator) for f in find_targets(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a rate with no unit, held by a comparison word and a bound
    ("全市亿元工业增加值安全生产事故死亡率控制在0.02以内。", [(0.02, "", "<=")]),
    ("道路运输万车死亡率不超过1.5。", [(1.5, "", "<=")]),
    # the base a rate is counted per is part of its name, not the figure
    ("建筑施工从业人员十万人事故死亡率控制在1.2以内。", [(1.2, "", "<=")]),
    # scores and grades where a comparison word governs them
    ("政务服务好评率测评得分达到95分以上。", [(95, "分", ">=")]),
    ("年度绩效考评不低于85分。", [(85, "分", ">=")]),
    ("县人民医院智慧服务分级评估达到4级以上。", [(4, "级", ">=")]),
    # a ratio is read as its second term: a floor on the ratio is a ceiling on it
    ("社区专职网格员按户数比不低于1∶300配备。", [(300, "", "<=")]),
    ("乡镇卫生院按床护比1:0.6配齐护士。", [(0.6, "", "=")]),
    # …whichever colon it is printed with: the full-width one is no clause break
    ("社区养老服务站护理员与老人比控制在1：25以内。", [(25, "", ">=")]),
    ("全县专兼职网格员配备比例达到1：300。", [(300, "", "=")]),
    # Chinese numerals counting documents a verb writes
    ("每半年撰写一份营商环境评估报告。", [(1, "份", "=")]),
    ("年底前编印两本乡土教材。", [(2, "本", "=")]),
    # a count written out with its magnitude, approximate, or of passes reads whatever word precedes it
    ("上门看望空巢老人两千一百人次。", [(2100, "人次", "=")]),
    ("为困难职工家庭送去慰问金，覆盖职工四百户。", [(400, "户", "=")]),
    ("沿街商户三十余家签订门前三包责任书。", [(30, "家", ">=")]),
    ("入户核查低保对象六户次。", [(6, "户次", "=")]),
])
def test_figures_with_no_lexicon_unit_are_read_where_a_comparison_governs_them(sentence: str, expected: list) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "第3届运动会在县体育中心举行。",          # an ordinal
    "2025年12月31日前完成验收。",             # a date
    "推进12345热线与110平台联动。",           # numbers with no unit or governing word
    "违反一项扣2分。",                        # a score nobody sets
    "做好4级以上地震的应急准备。",            # a grade that picks out what follows
    "会议定于下午2:30召开。",                 # a time of day
    "完成城区1:2000地形图修测。",             # a map's scale
    "采集1：500比例尺地形数据。",             # …with the full-width colon too
    "附图标注比例尺1:5000，注明各转移点。",   # …or the word before the ratio
    "示意图（比例尺为1∶2000）按期更新。",     # …in brackets, with 为
    "服务大厅每日8：30开门。",                # a time of day, full-width
    "这是一件十分重要的工作。",               # 十分 is "very"
    "做好全国1%人口抽样调查的准备工作。",     # a share inside a survey's name
    "交出一份满意答卷。",                     # a figure of speech
    "把温暖送进千家万户。",                   # a round figure of speech
    "对两类人员实行一户一策帮扶。",           # small counts that name a set
    "春运期间实行二十四小时值守。",           # a set phrase spelled out, as "24小时值班" is one
    "党员干部要深刻领会十个明确。",           # a count of tenets, whatever the count
])
def test_ordinals_dates_counts_and_names_stay_no_targets(sentence: str) -> None:
    assert _read(sentence) == []


def test_coordinated_figures_share_the_verb_before_and_the_object_after() -> None:
    found = list(find_targets("年内完成4座污水处理厂、2座垃圾中转站提标改造。"))
    assert [(f.value, f.metric) for f in found] == [(4, "完成污水处理厂提标改造"), (2, "完成垃圾中转站提标改造")]
    assert {f.clause for f in found} == {"年内完成4座污水处理厂、2座垃圾中转站提标改造"}


def test_coordinated_figures_each_ending_on_their_own_words_take_their_own_part() -> None:
    """Parts that each close their own measure ("…就业、…返乡创业") share only the verb: each figure's text is its
    part, whether the figure opens it or follows its measure."""
    found = list(find_targets("帮助2600名高校毕业生就业、450名农民工返乡创业。"))
    assert [(f.value, f.clause) for f in found] == [(2600, "帮助2600名高校毕业生就业"), (450, "450名农民工返乡创业")]
    # a first figure that closes its measure leaves no noun for the next to parallel: no verb is lent
    found = list(find_targets("完成造林面积1.5万亩、85个行政村通过森林乡村验收。"))
    assert [(f.clause, f.metric) for f in found] == [("完成造林面积1.5万亩", "完成造林面积"),
                                                    ("85个行政村通过森林乡村验收", "行政村通过森林乡村验收")]


def test_a_figure_opening_a_later_part_with_a_verb_of_its_own_takes_that_part() -> None:
    """"…、60个社区完成垃圾分类改造" is a clause of its own after a measure with no figure; "…、3条背街小巷" is
    one more object of the verb before, so the clause stays whole."""
    [f] = find_targets("完善物业服务标准、60个社区完成垃圾分类改造。")
    assert (f.clause, f.metric) == ("60个社区完成垃圾分类改造", "社区完成垃圾分类改造")
    [f] = find_targets("整治农贸市场、3条背街小巷。")
    assert f.clause == "整治农贸市场、3条背街小巷"


def test_a_list_after_the_only_figure_stays_in_its_text() -> None:
    [f] = find_targets("为全市36家烟花爆竹批发、零售（带仓储）单位开展安全评估。")
    assert f.clause == "为全市36家烟花爆竹批发、零售（带仓储）单位开展安全评估"


def test_respectively_appends_the_shared_head_to_each_name() -> None:
    found = list(find_targets("猪肉、禽肉、牛羊肉产量分别增长3%、5%、4%。"))
    assert [(f.metric, f.value) for f in found] == [
        ("猪肉产量增长", 3), ("禽肉产量增长", 5), ("牛羊肉产量增长", 4)]
    # names that stand each for a whole measure keep their own words
    found = list(find_targets("新农合和城乡居民基本养老保险人均补助标准分别提高40元和20元。"))
    assert [f.metric for f in found] == ["新农合提高", "城乡居民基本养老保险人均补助标准提高"]


def test_respectively_shares_the_first_names_verb_and_the_bound_before_the_first_figure() -> None:
    found = list(find_targets("扶持家庭农场和农民专业合作社分别不少于30家、12家。"))
    assert [(f.metric, f.value, f.comparator) for f in found] == [
        ("扶持家庭农场", 30, ">="), ("扶持农民专业合作社", 12, ">=")]
    # a name that opens with its own verb keeps it; without a bound before the first figure, none is lent
    found = list(find_targets("建设公共充电桩和新增停车泊位分别为200个、1500个。"))
    assert [(f.metric, f.comparator) for f in found] == [("建设公共充电桩", "="), ("新增停车泊位", "=")]


def test_a_bare_verb_and_figure_clause_takes_the_measure_before_it() -> None:
    found = list(find_targets("在去年新增规上服务业企业40家的基础上，今年再新增35家。"))
    assert found[-1].metric == "新增规上服务业企业"
    [_, raised] = find_targets("农产品加工转化率目前只有62%，力争提高3个百分点。")
    assert raised.metric == "农产品加工转化率提高"


def test_a_clause_with_a_figure_of_its_own_is_no_lead_in() -> None:
    found = list(find_targets("开展村级网格员业务轮训每半年一次，全年轮训不少于600人次。"))
    assert [(f.value, f.clause) for f in found] == [(1, "开展村级网格员业务轮训每半年一次"), (600, "全年轮训不少于600人次")]
    assert found[1].metric == "开展村级网格员业务轮训"


@pytest.mark.parametrize(("sentence", "expected"), [
    # a goal of every one of them prints no figure: no target (a share of 100% is one where it is printed)
    ("年底前实现村级综合服务站全覆盖。", []),
    ("加强社区矫正规范化建设，实现全覆盖。", []),
    ("重点人群家庭医生签约服务全覆盖，签约率达到80%。", [("签约率", 80, "%")]),
    ("实现行政村通千兆光网全覆盖。", []),
    ("年内实现城乡居民大病保险全覆盖。", []),
    ("全覆盖开展燃气隐患排查。", []),  # how a measure is done, not a share it reaches
    ("着力推动实现三个全覆盖。", []),  # coverages counted and named: no share stated
    # the whole a coverage spans, counted, is no figure of its own
    ("年内实现全市312个村（社区）法律顾问全覆盖。", []),
    ("推动所有9个街道养老服务中心全覆盖。", []),
    # (a share, money or land before the coverage is a figure of its own)
    ("实现全市80%以上规上企业信用监管全覆盖。", [("实现全市规上企业信用监管全覆盖", 80, "%")]),
    ("统筹全县1500万元资金实现农村饮水安全全覆盖。", [("统筹全县资金实现农村饮水安全全覆盖", 1500, "万元")]),
    # the same said verb first: covering all, every or each of them
    ("年内便民服务终端覆盖全部建制村。", []),
    ("应急广播覆盖全区各社区。", []),
    ("覆盖所有乡镇的物流配送网络加快建设。", []),
    # a printed share of 100% is a target
    ("村级便民服务终端覆盖率达到100%。", [("村级便民服务终端覆盖率", 100, "%")]),
    # a gap the plan names sets no share
    ("目前监测站点尚未覆盖所有行政村。", []),
    ("农村生活污水管网尚未实现全覆盖。", []),
])
def test_full_coverage_without_a_printed_figure_is_no_target(sentence: str, expected: list) -> None:
    """"实现…全覆盖" commits to every one of them but prints no figure: the figures a plan prints are its targets."""
    assert [(f.metric, f.value, f.unit) for f in find_targets(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a spelled count summing up the 、 list before it, or counting ideas, frames the plan
    ("围绕耕地保护、种业振兴、农机推广三条主线，全年新建高标准农田1.2万亩。", [(1.2, "万亩", "=")]),
    ("建立健全四项联动机制。", []),
    ("突出两个重点领域，抓好六大任务。", []),
    ("围绕乡村医生、家庭医生两支队伍建设，培训村医300人次。", [(300, "人次", "=")]),
    # things made, counted in spelled numerals or after a list, stay commitments
    ("新建幼儿园、小学、初中三所。", [(3, "所", "=")]),
    ("年底前新建三所乡镇卫生院。", [(3, "所", "=")]),
    ("建立3项工作机制。", [(3, "项", "=")]),
])
def test_a_spelled_count_naming_a_plans_frame_is_no_target(sentence: str, expected: list) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # X∶1: the first term against one, its floor a floor on it
    ("全县畜禽粪污资源化利用设施与养殖场数量之比达到1.5∶1。", [(1.5, "", "=")]),
    ("城乡居民收入之比缩小到2.1:1以内。", [(2.1, "", "<=")]),
    # N分之M: a share (as 八成 is 80%), bound by 以上 / 以内 or held by a comparison word
    ("村级综合服务站标准化建设覆盖率达到四分之三以上。", [(75, "%", ">=")]),
    ("非急诊预约挂号比例不低于五分之四。", [(80, "%", ">=")]),
    ("应急储备物资损耗控制在十分之一以内。", [(10, "%", "<=")]),
    # a fraction that only describes is no figure set
    ("全年三分之一的培训课时用于实操演练。", []),
])
def test_a_ratio_to_one_and_a_fraction_are_figures(sentence: str, expected: list) -> None:
    assert _read(sentence) == expected


def test_a_count_after_a_list_that_is_not_its_sum_stays() -> None:
    """A 、 list of two givers before "一堂课", of three before "两个": the count is not the list's."""
    assert _read("邀请老教师、老模范为新入职干部讲一堂廉政教育课。") == [(1, "堂", "=")]
    assert _read("在东片、西片、南片建成两个应急物资储备点。") == [(2, "个", "=")]


def test_a_share_of_a_population_is_a_target_and_its_head_count_is_not() -> None:
    [_, share] = find_targets("全市基本医疗保险参保率稳定在95%以上，电子社保卡签发覆盖常住人口85%以上。")
    assert (share.value, share.unit, share.comparator) == (85, "%", ">=")
    assert list(find_targets("全市常住人口约320万人。")) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # a span of time followed by 内 is a ceiling, whatever the clause goes on with
    ("山洪预警发布后20分钟内危险区群众全部转移。", [(20, "分钟", "<=")]),
    ("接到求助电话后2小时内派员上门核查。", [(2, "小时", "<=")]),
    ("不动产登记5个工作日内出证。", [(5, "个工作日", "<=")]),
    ("新生儿出院后3天内完成首次家庭访视。", [(3, "天", "<=")]),
    ("信访事项15日内告知是否受理。", [(15, "日", "<=")]),
    # …a deadline without 内 is a figure set as printed
    ("汛期每日17时前报送雨情信息，全年报送不少于200期。", [(200, "期", ">=")]),
])
def test_a_span_of_time_then_nei_is_a_ceiling(sentence: str, expected: list) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a figure in a clause that picks out a case sets its condition: grading bands, thresholds
    ("一次造成死亡3人以上10人以下，或者重伤10人以上50人以下的，列为较大事故。", []),
    ("经初判，受灾人口在5000人以上2万人以下，因灾倒塌房屋50间以上的，启动三级救助响应。", []),
    ("当水库水位超过汛限水位0.5米时，立即组织下游群众转移。", []),
    # …while the sentence's own figure, outside the case, is read
    ("吸纳就业困难人员10人以上的，按规定给予补贴，全年新增城镇就业3000人以上。", [(3000, "人", ">=")]),
    ("其中年营业收入5000万元以上的，力争达到12家。", [(12, "家", "=")]),
    # "…是有把握的" closes no case
    ("全年粮食产量稳定在45万吨以上是有把握的，要坚定信心。", [(45, "万吨", ">=")]),
    # nor does the 时 of a span of hours or of 同时: each clause's own figure is set
    ("每名网格员全年入户走访达到300小时，组织业务培训不少于16学时，新招募网格员80名。",
     [(300, "小时", "="), (16, "学时", ">="), (80, "名", "=")]),
    ("在扩大有效投资的同时，全年新开工项目45个。", [(45, "个", "=")]),
    # a case added by 同时 leaves the measure before it: its figure is set
    ("全年新建户用沼气池260口，同时对使用率低于60%的，逐户上门回访。", [(260, "口", "=")]),
])
def test_a_figure_in_a_clause_that_picks_out_a_case_is_a_condition(sentence: str, expected: list) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # measure words for goods handed out, after Arabic digits
    ("春节前赠送春联2000副、福字1500幅。", [(2000, "副", "="), (1500, "幅", "=")]),
    ("向受灾群众调拨救灾帐篷300顶、棉被800床、手套5000双。", [(300, "顶", "="), (800, "床", "="), (5000, "双", "=")]),
    ("储备饮用水600箱、大米400袋、食用油200桶。", [(600, "箱", "="), (400, "袋", "="), (200, "桶", "=")]),
    ("为环卫工人配发扫帚1200把。", [(1200, "把", "=")]),
    # …but none where the counter opens a word: a post, a check, a placement, a package
    ("选配2副县长分管应急工作。", []),
    ("推行双随机抽查，每年开展2次。", [(2, "次", "=")]),
    ("安排120名学生顶岗实习。", [(120, "名", "=")]),
    ("每名干部包保5户困难群众。", [(5, "户", "=")]),
    # spelled, they are set phrases
    ("落实一把手负总责，用好一双慧眼。", []),
])
def test_goods_measure_words_are_units_where_they_open_no_word(sentence: str, expected: list) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a spelled numeral and counter opening a longer word of the dictionary is a fixed compound
    ("为创业青年提供注册、融资、辅导一条龙服务。", []),
    ("全市上下一盘棋，出台一揽子助企政策。", []),
    ("隆重纪念建院六十周年。", []),
    # …a count stays where the counter closes the word
    ("新建一条产业路，开展一次专项整治。", [(1, "条", "="), (1, "次", "=")]),
])
def test_a_numeral_inside_a_fixed_compound_counts_nothing(sentence: str, expected: list) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(("sentence", "text"), [
    # one object joined by 和, then the verb: the target's text runs to the clause's end
    ("年内对22名镇街主要负责人和县直部门主要负责人开展任期经济责任审计。", "年内对22名镇街主要负责人和县直部门主要负责人开展任期经济责任审计"),
    # a list that goes on after the 和 is cut where it starts
    ("举办3期农技培训和电商、直播、营销知识的专题讲座以及现场观摩活动。", "举办3期农技培训"),
])
def test_a_targets_text_is_cut_at_he_only_where_a_list_goes_on(sentence: str, text: str) -> None:
    [found] = find_targets(sentence)
    assert found.clause == text


def test_a_lists_dash_or_bullet_is_no_part_of_the_measure() -> None:
    """A report's goals listed one per line under dashes ("——…；——…") or bullets: the mark opens the
    entry, it is not in the metric or the target's text."""
    found = list(find_targets("主要预期目标是：——全区生产总值增长5.5%左右，——居民人均可支配收入增长6%。"))
    assert [(f.metric, f.clause) for f in found] == [("生产总值增长", "全区生产总值增长5.5%左右"),
                                                      ("居民人均可支配收入增长", "居民人均可支配收入增长6%")]
    [bullet] = find_targets("• 城镇调查失业率控制在5.5%以内。")
    assert (bullet.metric, bullet.value) == ("城镇调查失业率", 5.5)


@pytest.mark.parametrize(("sentence", "expected"), [
    # a quoted name whose closing mark OCR printed as an opening one
    ("开展“3个100“结对帮扶行动，全年走访困难家庭320户。", [(320, "户", "=")]),
    ("实施“2个1000“助农工程。", []),
    # …but a clause that ends between two opening marks is no name
    ("开展“净滩行动，全年清理岸线18公里，建立“一河一档”。", [(18, "公里", "=")]),
    # a counted set of 百分之百 musts names the set
    ("严格执行渣土运输“三个百分之百”要求。", []),
    ("施工现场做到5个百分之百，全年抽查工地60个。", [(60, "个", "=")]),
    ("农村户厕改造做到百分之百验收。", [(100, "%", "=")]),  # 百分之百 alone is a figure
])
def test_names_that_hold_numerals_set_no_figure(sentence: str, expected: list[tuple]) -> None:
    assert _read(sentence) == expected


def _targets_read(texts: list[str], ocr: bool) -> list[tuple]:
    """A plan's lines as blocks (read by OCR or typed), run through the stages that find its targets."""
    from pathlib import Path

    from jihua.pipeline import classify, clean, enrich, meta, outline, split
    from jihua.pipeline.model import ParseState
    from jihua.schemas.blocks import Block, Provenance

    blocks = [Block(text=t, ocr=ocr, prov=Provenance(file="t.pdf", index=i, page=1)) for i, t in enumerate(texts)]
    [doc] = split.run(clean.run(ParseState(path=Path("t.pdf"), format="pdf", blocks=blocks, sha256="0"))).documents
    for step in (meta.run, outline.run, meta.finish, classify.run):
        doc = step(doc)
    return [(t.value, t.unit) for t in enrich.run(doc, None).targets]


_PLAN = ["石门县水务局2025年工作计划", "一、工作目标"]


def test_a_share_above_the_whole_read_off_a_scan_is_a_misread_and_no_target() -> None:
    """"保持1009%": a rate of things that pass can reach 100% at most, so OCR misread the figure (its % sign
    as "9%"); which figure was printed cannot be told. A ratio of two amounts may pass 100%."""
    text = "农村供水工程水质合格率保持1009%，新建供水管网36公里，粮食自给率达到108%。"
    assert _targets_read([*_PLAN, text], ocr=True) == [(36, "公里"), (108, "%")]


def test_a_rate_that_may_pass_the_whole_keeps_its_figure_unless_it_is_ten_times_it() -> None:
    """到位率, 保值增值率, 使用率 can pass 100%; no plan sets a rate at 1000% or more (a scan's "1029%")."""
    text = ("招商引资项目资金到位率达到112%，国有资本保值增值率达到104%以上，"
            "乡镇卫生院床位使用率达到1029%，新建村卫生室8个。")
    assert _targets_read([*_PLAN, text], ocr=True) == [(112, "%"), (104, "%"), (8, "个")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("年内对全市15%的餐饮门店开展食品安全检查。", [(15, "%", "=")]),   # a share gone over is a figure set
    ("对全区80家物流企业开展消防安全检查。", [(80, "家", "=")]),      # a plan's own task size
])
def test_a_count_inspected_over_a_named_whole_stays_a_target(sentence: str, expected: list) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # 一次 opening a rate's name is "first pass", no frequency: only the rate is a figure
    ("桥梁工程一次验收合格率达到100%。", [(100, "%", "=")]),
    ("新建住宅一次交验合格率不低于97%。", [(97, "%", ">=")]),
    # …a period or a verb of doing before it makes it a count of events
    ("每半年开展一次满意率调查。", [(1, "次", "=")]),
    ("对辖区药店进行一次合格率抽检。", [(1, "次", "=")]),
])
def test_yici_opening_a_rates_name_is_first_pass_not_a_frequency(sentence: str, expected: list) -> None:
    assert _read(sentence) == expected


def test_deadlines_listed_with_dun_are_one_target_each() -> None:
    """"1小时内发现、6小时内发布处置情况": each part's own deadline and action, the verb before the first shared."""
    found = list(find_targets("对涉农网络舆情做到1小时内发现、6小时内发布处置情况。"))
    assert [(f.value, f.unit, f.comparator) for f in found] == [(1, "小时", "<="), (6, "小时", "<=")]
    assert [f.clause for f in found] == ["对涉农网络舆情做到1小时内发现", "6小时内发布处置情况"]
    assert found[1].metric.endswith("发布处置情况") and "1" not in found[1].metric
    # 24小时 is a set phrase ("24小时值班") but 24小时内 a deadline like any other
    assert _read("接到群众举报后24小时内完成核查。") == [(24, "小时", "<=")]
    assert _read("汛期实行24小时值班值守。") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # a spelled count of ten or more is a quantity whatever verb precedes it: a leading 十 is one ten
    ("修缮村级文化礼堂十二个。", [(12, "个", "=")]),
    ("定向委培乡村教师十五名。", [(15, "名", "=")]),
    ("全年实施十件惠民实事。", [(10, "件", "=")]),
    ("修缮农村危桥三十座。", [(30, "座", "=")]),
    # 千分之/万分之 read as 百分之 does, in the sign of their share
    ("学生近视新发率控制在千分之八以内。", [(8, "‰", "<=")]),
    ("药品抽检不合格率低于千分之一点五。", [(1.5, "‰", "<=")]),
    ("电子病历差错率控制在万分之三以内。", [(3, "‱", "<=")]),
    # a verb right after a figure lends it no measure word: 核定 is no 核 counted ("64核" is)
    ("公办幼儿园教职工与幼儿比按1∶9核定。", [(9, "", "=")]),
    ("专项经费按1:1.5核拨到位。", [(1.5, "", "=")]),
    ("云平台新增算力资源2000核。", [(2000, "核", "=")]),
    # a count of machines or goods by the piece or the set is one measure word
    ("检定计量器具不少于2.6万台件。", [(2.6, "万台件", ">=")]),
    ("为渔船配发救生器材800件套。", [(800, "件套", "=")]),
    ("配备农机具30台套。", [(30, "台套", "=")]),
])
def test_spelled_tens_per_mille_ratios_and_compound_counters(sentence: str, expected: list) -> None:
    assert _read(sentence) == expected


def test_two_counters_side_by_side_stay_two_words() -> None:
    """Only counters of things handed out, fitted or driven compound: "6个项目", "38个部门" count 个 of a noun."""
    assert [(f.value, f.unit) for f in find_targets("年内开工6个项目，覆盖38个部门。")] == [(6, "个"), (38, "个")]
    assert _read("完成5项目标任务分解。") == [(5, "项", "=")]  # (项目 is a noun, no verb: the 项 counts)


def test_a_range_is_taken_out_of_a_metric_whole() -> None:
    """"2至4支", "3—6岁": both bounds leave the metric, not only the last; a metric borrowed from the clause
    before carries none of its figures."""
    found = list(find_targets("组建村级应急分队2至4支，每支分队不少于15人。"))
    assert [(f.value, f.metric) for f in found] == [(2, "组建村级应急分队"), (15, "组建村级应急分队每支分队")]
    assert [f.metric for f in find_targets("3—6岁幼儿入园率达到92%。")] == ["幼儿入园率"]


@pytest.mark.parametrize("sentence", [
    "扎实推进以下十个方面的工作。",            # a count of fields, 方面的 before the noun
    "全体干部要牢固树立十种意识。",            # a count of ideas
    "认真贯彻稳就业新十条。",                  # a set of rules named by its count
    "力争实现十个新突破。",
    "成立由十四个单位组成的工作专班。",        # what a body is made of
    "各街道、十三个部门要各司其职。",          # a subject listed, no verb governs it
    "落实助企纾困二十条。",
    "印发《关于支持民营经济发展的二十条措施》。",  # a title's words
    "坚持执法人员十个严禁。",
    "健全十二项工作制度。",
    "强化十种能力建设。",
])
def test_spelled_tens_that_name_a_set_stay_no_targets(sentence: str) -> None:
    assert _read(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("修订专项应急预案十四个。", [(14, "个", "=")]),          # closing its clause after its noun
    ("定向培养社区医生十二名。", [(12, "名", "=")]),
    ("实施十二件为民办实事项目。", [(12, "件", "=")]),        # a verb of doing governs it
    ("新建二十余个健身驿站。", [(20, "个", ">=")]),           # approximate
])
def test_spelled_tens_that_count_things_stay_targets(sentence: str, expected: list) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("全年成功调解24起诉前纠纷。", [(24, "起", "=")]),
    ("组建6支援企帮扶小分队。", [(6, "支", "=")]),
    ("选派3支援藏医疗队。", [(3, "支", "=")]),
    ("累计创建4批示范社区。", [(4, "批", "=")]),
    ("组建2支持续开展护河的志愿队伍。", [(2, "支", "=")]),
])
def test_a_counter_before_a_noun_opening_like_a_verb_still_counts(sentence: str, expected: list) -> None:
    """核定, 支援, 起诉 open verbs only where a 按/依/分/限 governs the figure or it is a ratio's term."""
    assert _read(sentence) == expected


def test_a_ratio_term_or_a_governed_figure_takes_no_verb_as_counter() -> None:
    assert _read("中小学教职工与学生比1∶13核定。") == [(13, "", "=")]
    assert _read("分3批准入市场经营主体。") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("新建5套件化装配式公厕。", [(5, "套", "=")]),      # 套 of 件化 toilets, no 套件
    ("更新4辆件装运输车。", [(4, "辆", "=")]),
])
def test_only_the_listed_compound_counters_are_one_word(sentence: str, expected: list) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # 片 counts courts, pitches and plots after digits
    ("新建笼式足球场4片、塑胶跑道2公里。", [(4, "片", "="), (2, "公里", "=")]),
    ("年内建成连片标准化茶园3片。", [(3, "片", "=")]),
    # …not the 片 of 片区 or 片林, nor a spelled 一片 (a set phrase)
    ("全乡划分为5片区开展网格巡查。", []),
    ("守护一片蓝天，留住一片乡愁。", []),
])
def test_pieces_of_ground_are_counted_by_the_plot(sentence: str, expected: list) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # 24小时 bounded as a span of time is a figure, as any other span of hours is
    ("群众来电来访处理时间不超过24小时。", [(24, "小时", "<=")]),
    ("紧急工单办理时限为24小时。", [(24, "小时", "=")]),
    ("每周线上坐诊时间不少于24小时。", [(24, "小时", ">=")]),
    ("灾情信息24小时内报送。", [(24, "小时", "<=")]),
    # …round the clock, it modifies the service after it: a set phrase
    ("开通24小时便民服务热线。", []),
    ("景区全天24小时在线受理投诉。", []),
    ("对超过24小时未回复的留言进行督办。", []),
])
def test_twenty_four_hours_is_a_figure_only_where_it_bounds_a_span(sentence: str, expected: list) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # after a verb of dividing, 片 is a zone the area or the work is split into: no plot made
    ("将全乡划分为4片，由驻村干部分片包干。", []),
    ("全街道分6片开展入户走访。", []),
    ("全区共分成3片进行联合督导。", []),
    ("把全县划为5片开展互查。", []),
    # …a plot or a court built or made stays counted
    ("新建五人制足球场3片。", [(3, "片", "=")]),
    ("创建高产示范片6片。", [(6, "片", "=")]),
])
def test_zones_divided_into_are_no_plots(sentence: str, expected: list) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # 24小时 before a verb of finishing that closes its clause is a deadline, as 48小时 is
    ("确保普通工单24小时办结。", [(24, "小时", "=")]),
    ("群众诉求12小时响应、24小时答复。", [(12, "小时", "="), (24, "小时", "=")]),
    ("重大故障24小时修复到位。", [(24, "小时", "=")]),
    # …with a noun after the verb, it names a round-the-clock service
    ("实行24小时响应机制。", []),
    ("全天24小时处置突发事件。", []),
])
def test_twenty_four_hours_before_a_verb_of_finishing_is_a_deadline(sentence: str, expected: list) -> None:
    assert _read(sentence) == expected
