"""Word lists comparison and trace consult to read a summary's figures against a plan's: metric abbreviations, the
synonyms of an action, the kind of making a verb names, units that count alike, shares and rates, a change against
last year, a total over more than the year.

Data only, like `rules/targets.py` (units, comparators, what is not a target), whose cues read a figure in one
document: these read two figures side by side, so they stand apart and neither list grows past a reader's page count.
The share and rate bounds and `moves_only` are read by the target stage too.
"""

from __future__ import annotations

import functools
import re

from jihua.pipeline.rules.periods import THIS as THIS_YEAR
from jihua.pipeline.rules.targets import CHANGE_VERB, PAIRED_FIRST, UNIT_IN_BASE
from jihua.pipeline.text.script import folded

# --- comparison: units of one dimension a year's figure may be printed in, each in a common unit and its factor: the
# target stage's (3.2公里 is 3200米) and those of land and power plans switch between ("2万亩" one year, "1400公顷" the
# next: 1公顷 = 15亩; 兆瓦 against 万千瓦). A percentage and its points are no one dimension (see `target_pairs`)
UNITS_COMPARED = {**UNIT_IN_BASE, "亩": ("平方米", 1e4 / 15), "平方千米": ("平方米", 1e6),
                  "兆瓦": ("千瓦", 1e3), "吉瓦": ("千瓦", 1e6)}
# --- comparison: one measure under two names (公里 and 千米): one unit, a figure moved between them no change of unit
SAME_MEASURE = {"千米": "公里", "平方千米": "平方公里", "千克": "公斤", "立方": "立方米", "％": "%", "百分点": "个百分点"}


def named_unit(unit: str) -> str:
    """The unit a comparison reads a figure in, as one name: simplified, a paired counter by its first counter
    ("台（套）" → 台, `PAIRED_FIRST`), one measure's two names as one (千米 → 公里). Shown as printed elsewhere."""
    unit = folded(unit)
    unit = PAIRED_FIRST.get(unit, unit)
    return SAME_MEASURE.get(unit, unit)


def in_common_unit(unit: str, amount: float) -> tuple[str, float]:
    """An amount in its base unit (`named_unit`, scale applied) read in the common unit of its dimension
    (`UNITS_COMPARED`: 5万亩 and 3500公顷 are both 平方米), for any comparison of two years' or a plan's and its
    summary's figures; a unit not listed is its own."""
    name = named_unit(unit)
    common, factor = UNITS_COMPARED.get(name, (name, 1.0))
    return common, amount * factor

# --- comparison: an abbreviation and the metric name it stands for ("全市GDP增长" ~ "地区生产总值增长")
METRIC_ABBREVIATIONS = {"GDP": "生产总值", "gdp": "生产总值", "CPI": "居民消费价格", "R&D": "研发经费",
                        "PM2.5": "细颗粒物", "PM10": "可吸入颗粒物"}

# --- trace: words a plan and its summary use for the same action ------------------------------
# folded to one form before matching ("举办招聘会" in a plan, "举行招聘会" in its summary)
SYNONYMS = {
    "举办": "举行", "召开": "举行", "组织开展": "开展", "组织": "开展", "慰问": "走访慰问", "看望": "走访慰问",
    "走访": "走访慰问", "发放到位": "发放", "足额发放": "发放", "兑现": "发放", "落实到位": "落实", "建成": "新建",
    "建设": "新建", "打造": "新建", "创建": "新建", "刊发": "刊播", "播发": "刊播", "刊登": "刊播", "宣讲": "宣传",
    "培训班": "培训", "提高": "提升", "增强": "提升", "安置工作": "安置", "接收": "安置",
    "暗查": "检查", "暗访": "检查",  # an unannounced visit is a way of inspecting: "暗查暗访企业" ~ "检查企业"
    # a line or a route opened is one added: "新开通镇村公交线路2条" ~ "新增城乡公交线路4条"
    "新开通": "新增", "开通": "新增", "增开": "新增", "新开": "新增", "新辟": "新增",
}
# the kind of work a verb of making or changing does to a facility (keys are patterns): "新建公墓4处" is not
# reported by "改造公墓5处". A verb that joins two kinds does both ("改扩建" is 改造 and 扩建), so it agrees with
# either; 建设 and 打造 (building up anything, 队伍建设), 提高 (a level) and 升级 (转型升级) name no kind. 建成区 is
# a built-up area, no verb
MAKING_KINDS: dict[str, frozenset[str]] = {
    "新改扩建": frozenset({"新建", "改造", "扩建"}), "新改建": frozenset({"新建", "改造"}),
    "改扩建": frozenset({"改造", "扩建"}), "新建": frozenset({"新建"}), "建成(?!区)": frozenset({"新建"}),
    "兴建": frozenset({"新建"}), "修建": frozenset({"新建"}), "新修": frozenset({"新建"}),
    "改造": frozenset({"改造"}), "改建": frozenset({"改造"}), "翻建": frozenset({"改造"}), "扩建": frozenset({"扩建"}),
    "维修": frozenset({"维修"}), "修缮": frozenset({"维修"}), "大修": frozenset({"维修"}),
    "提升": frozenset({"提升"}), "提质": frozenset({"提升"}), "提档": frozenset({"提升"}),
    "加固": frozenset({"加固"}), "拆除": frozenset({"拆除"}),
}
_MAKING = re.compile("|".join(f"(?P<k{i}>{v})" for i, v in enumerate(MAKING_KINDS)))
_MAKING_OF = list(MAKING_KINDS.values())


def making_kinds(text: str) -> frozenset[str]:
    """The kinds of work a text's verbs of making or changing name ("完成校舍维修改造" → 维修, 改造)."""
    out: set[str] = set()
    for m in _MAKING.finditer(text):
        out |= _MAKING_OF[int((m.lastgroup or "k0")[1:])]
    return frozenset(out)


def kinds_agree(want: frozenset[str], got: frozenset[str]) -> bool:
    """Two texts do the same work unless both name a kind of making or changing and none is shared: 新建 ~ 建成,
    改扩建 ~ 改造, 新建 ≠ 改造 (`making_kinds`)."""
    return not want or not got or bool(want & got)


# words that name only what a figure measures ("军训时间", "参训人数", "治理面积", "光伏装机容量"): the unit says it
# ("军训7天"), so a report need not repeat them, and they name no thing the figure counts (造林面积 and 耕地保护面积
# share only the dimension)
DIMENSION_WORDS = frozenset("时间 时长 时限 天数 人数 人次 次数 数量 个数 户数 总数 总量 面积 长度 里程 规模 金额 总额 数额 "
                            "装机 容量".split())

# a summary restating the goal before its result ("招商目标40家，实际新增36家", "任务为1.2万亩", "年度计划完成
# 造林3000亩", "计划总投资5亿元"): the figure the goal word governs is no result; one after a done verb is ("全年完成
# 新增就业目标任务500人" reports it done), and so is a share of the goal ("占全年任务的75.8%", "目标任务完成率98%")
RESTATED_GOAL = re.compile(r"^(?:(?!完成|实现|达到|建成|超额)[^，,；;])*?"
                           r"(?:(?:目标任务|目标|任务|计划)(?:数|总数|总量)?(?:为|是|[:：])?"
                           r"|(?:目标|计划)(?:完成|实现|达到|新建|新增|投资|总投资)[^，,；;的率]{0,10})$")
# the share of the goal done, beside its restated figure ("任务3000人次，完成率105%", "完成年度计划的120%")
COMPLETION_RATE = re.compile(r"完成(?:率|[^，,；;\d]{0,10}的)(?:为|达到|达)?$")
# a share of a whole, however named ("抽查比例" ~ "抽查占比" ~ "所占比重"): one metric head, 比例; not a
# weight in a score ("考核权重") nor a rate of things done ("通过率")
SHARE = re.compile(r"占比|比重|比例")
# a share of a whole or a rate of things that pass (达标率, 覆盖率, 优良比例) is at most 100%; a rate of change, of
# a plan met (which a year can overshoot) or of one amount to another (自给率, 负债率, 使用率, 到位率, 保值增值率)
# is not: only the shares named here are bounded, and any rate at 1000% or more is beyond what a plan sets
BOUNDED_SHARE = re.compile(r"占比|比重|比例|(?:覆盖|合格|达标|参保|普及|知晓|满意|入园|入学|巩固|优良|通过|签约|建档|接种|"
                           r"处理|处置|治理|清零|销号|整改|办结|上网|联网)率")
ANY_RATE = re.compile(r"[\u4e00-\u9fff]率|占比|比重|比例")
UNBOUNDED_RATE = re.compile(r"增长率|增速|增幅|涨幅|完成率|执行率|兑现率|自给率|产销率|负债率|回报率|收益率|贡献率|周转率|容积率|弹性")
SHARE_WORD = "比例"
# a metric named as a rate or as a degree is one metric ("满意度" ~ "满意率", "覆盖率"): folded to its stem;
# not a span of time or a system ("季度", "年度", "程度", "制度")
RATE_ENDING = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<![季年月程制])[率度]$")

# --- trace: units that count the same thing ("不少于5次" against "开展宣传活动6场", "项目3个" against
# "4项", "不少于200人" against "186名"); a unit maps to its family's first member, any other unit stands for
# itself. 人次 counts visits, not people: it is no 人. (A 家 and a 个 compare only as the metric agrees, which
# trace asks of every figure.)
UNIT_FAMILIES = (("次", "场", "场次", "期", "期次", "轮", "批", "回", "趟"), ("个", "项", "家"), ("人", "名", "位", "人员"))
_FAMILY_OF = {u: family[0] for family in UNIT_FAMILIES for u in family}


def counted_alike(unit: str) -> str:
    """The unit a figure compares in: its family's ("场" → "次"), or its own."""
    return _FAMILY_OF.get(unit, unit)

# --- compare: a figure stated as a change against last year ("较上年增长10%", "比去年同期提高", "同比增长15.2%"),
# not as a level; what it is measured against is one basis however it is worded, and names no content
LAST_YEAR_BASIS = re.compile(r"[比较](?:去年|上年|上一年|上年度)(?:同期)?|同比")
# a measure that is only a move ("增长", "提高"): it names nothing, the figure before it says what moves
CHANGE_ONLY = re.compile(rf"^{CHANGE_VERB}+$")


def moves_only(metric: str) -> bool:
    """A measure that is only a move, against last year or not ("增长", "同比增长"): it names no subject of its own."""
    return CHANGE_ONLY.match(LAST_YEAR_BASIS.sub("", metric)) is not None

# the verb of a level reached ("一般公共预算收入完成", "完成固定资产投资", "总产值达到"): a move borrowing that measure
# ("…完成12.6亿元、增长5%") moves the quantity, not its completion
LEVEL_VERB = re.compile(r"^(?:完成|实现|达到)|(?:完成|实现|达到|达)$")
AGAINST_LAST_YEAR = re.compile(rf"(?:{LAST_YEAR_BASIS.pattern})[^，。；\d]{{0,6}}?{CHANGE_VERB}")
# a figure of how far a metric moves ("增长6%", "提升了6.2个百分点", "分别下降10%", "增速要高于40%"), not of its level
# (its figure in digits or in words: "增长百分之六", "提高两个百分点", "下降三成" move a metric as "增长6%" does)
_FIGURE_IN_WORDS = r"[百千万]分之|[零〇一二两三四五六七八九十]+(?:点[零〇一二三四五六七八九]+)?(?:个百分点|百分点|成|倍)"
CHANGE_FIGURE = re.compile(rf"(?:{CHANGE_VERB}(?:了|约|近|超过?)?|(?:增速|增幅|增长率|增长速度|涨幅|降幅)[^，。；\d]{{0,6}}?)"
                           rf"\s*(?:\d|{_FIGURE_IN_WORDS})")


@functools.lru_cache(maxsize=4096)
def states_change(text: str) -> bool:
    """Whether a figure's text states a change ("增长6%", "同比增长15.2%", "比去年增加1万亿元") rather than a
    level ("达到85%", "财政赤字2.76万亿元"): the two never compare. (Cached: comparisons read every pair.)"""
    return AGAINST_LAST_YEAR.search(text) is not None or CHANGE_FIGURE.search(text) is not None

# --- trace: a figure that totals more than the year ----------------------------------------
# a span of years ("近两年", "2024年以来", "2024—2025年", "“十四五”以来"): `since` is checked against the
# year reported on, so "2025年以来" in the 2025 summary is the year itself
_SPAN = (r"近(?:[两二三四五六七八九十]|\d+)年|近年来|近几年|多年来|历年|"
         r"(?P<since>(?:19|20)\d{2})\s*年(?:以来|至今)|(?:19|20)\d{2}\s*年?\s*[—–\-－~～至到]+\s*(?:19|20)\d{2}\s*年|"
         r"[“\"]?十[一二三四五六七八九]五[”\"]?(?:以来|期间)")
YEARS_SPAN = re.compile(_SPAN)
# a stock or running total in the figure's own clause ("累计建成36间", "全市拥有4A级景区12家")
STOCK = re.compile(r"累计|截至|截止|拥有|共有|现有|至今")
# a sentence opening that puts all its clauses to date ("截至年底，…", "近三年来，…")
SCOPE_OPENING = re.compile(rf"\s*(?:{_SPAN}|截至|截止)")
# the year's own share: "全年累计接待游客…" is this year's (periods.THIS); so is "其中今年新建8间" after a total
YEARS_SHARE = re.compile(rf"{THIS_YEAR.pattern}|新增|其中")
# a target on the whole stock ("村级服务站总数达到160个", "累计建成…", "保有量") against a report of the
# year's additions only ("全年新建服务站12个"): two different counts, never a result of the other
STOCK_TARGET = re.compile(rf"{STOCK.pattern}|总数|总量|保有量|存量")
NEW_COUNT = re.compile(r"新(?:建成?|增(?!长)|开工|培育|认定|创建|改建|设立?|招录)(?!理念|格局|动能|优势|机制|模式)")
