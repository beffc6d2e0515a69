"""Word lists the target stage consults: units, comparators, periods, what is not a target; the cues that tell
a figure set for the planned period from one reported as done are in `rules/target_stance.py`.

Everything here is data: changing a cue never changes control flow in `pipeline/targets.py`. What a count counts and
the whole it is taken from (divisions, classes, counted nouns) is in `rules/target_scope.py`; what comparison and trace
read a summary's figures against a plan's with (synonyms, units that count alike, shares, changes) in
`rules/compare_words.py`.
"""

from __future__ import annotations

import re

from jihua.pipeline.rules.lexicon import WORK_VERBS
from jihua.pipeline.text.numerals import to_number

# --- units ------------------------------------------------------------------------------
# measure words that count things, people or events (量词), as department plans print them; each
# also forms a count of visits or passes with 次 ("5000辆次", "200户次", "30件次")
COUNTERS: tuple[str, ...] = (
    "吨", "斤", "亩", "元", "次", "场", "期", "名", "个", "头", "只", "倍", "岁", "种", "部", "艘", "组",
    "起", "例", "株", "盏", "宗", "列", "栋", "根", "羽", "尾", "笔", "首", "集", "剂", "对", "类", "卷", "页", "米", "方", "眼", "口",
    "支", "篇", "件", "天", "户", "所", "处", "家", "项", "批", "份", "条", "块", "人", "位", "座", "间", "套",
    "台", "辆", "本", "册", "幅", "面", "张", "轮", "周", "棵", "堂", "节", "课", "门", "回", "趟", "核",
    "幢", "架",  # buildings ("亿元税收楼宇1幢"), aircraft ("植保无人机5架")
    "字",  # a text's length ("志稿约120万字", "编写文史资料30万字")
    "辑",  # volumes of a series ("编印地方史料2辑")
    "片",  # courts and pitches, plots ("新建笼式足球场4片", "建成连片茶园3片"); not the 片 of 片区 (`PLOT_NOT_BEFORE`)
)
# …with the characters after which 片 opens a word of its own instead: "划分为6片区", "3片林地" (a patch's name, 片林)
PLOT_NOT_BEFORE = {"片": "区林"}
# …and after a verb of dividing, 片 is a zone the area or the work is split into ("全乡划分为4片", "分6片包干", "将全市划为
# 3片交叉检查", "按地域分5片"): how the work is organised, no plot made ("新建足球场4片", "创建示范片3片" stay counted)
ZONE_UNITS = frozenset({"片"})
DIVIDED_INTO_BEFORE = re.compile(r"(?:(?<![部充过十百万])分(?:为|成|作)?|划(?:分)?[为成])$")
# measure words for goods handed out or stocked ("赠送春联1000副", "调拨帐篷200顶", "发放手套3000双", "矿泉水500箱"),
# each with the characters after which it opens a common word instead ("3副县长", "2把关口", "双随机", "顶岗",
# "袋装", "包保", "床位"): there it counts nothing. Read after Arabic digits only (`DIGITS_ONLY_UNITS`): spelled,
# they make set phrases ("一把手", "一双手", "两把刷子", "门前三包")
GOODS_COUNTERS = {
    "副": "县市区镇乡省主书局科处部组队校院长职食高总厅中产业作词刊本经秘理所站馆会团司庭检署镇",
    "把": "关握好手脉控持门", "双": "向减拥创百随休语边重赢碳高一十方师", "顶": "层岗尖格级端住替部棚梁天",
    "箱": "式涵体变", "袋": "装式", "瓶": "装颈", "盒": "装饭", "桶": "装", "包": "保联村户片括干装抓扶",
    "捆": "绑扎", "床": "位", "枚": "举", "罐": "装车", "盆": "地景", "束": "缚",
}
COUNTERS = (*COUNTERS, *GOODS_COUNTERS)
# a count of passes or visits is any counter with 次 ("5000辆次", "25万亩次", "8场次"), and a few words
# that count only so ("车次", "班次", "船次", "单次" is no count but "3万单次" is one): one compound unit
_TIMES_OF = (*(c for c in COUNTERS if c != "次" and c not in GOODS_COUNTERS and c not in PLOT_NOT_BEFORE), "班", "船", "车", "单")
# …unless the 次 opens the next word: "建成2条次干道", "培育3个次中心", "5天次日办结"
TIMES_NOT_BEFORE = "干中级生日年数序要"
# a count of machines or goods by the piece or the set is one compound measure word too, as a count of passes is
# ("检定计量器具1.5万台件", "配备农机具30台套", "发放工具包200件套"), and so is a herd counted by head of large and small
# stock or of fowl and stock together ("羊牛存栏稳定在80万头只", "家禽出栏120万羽只"): only these, as printed. Two
# counters side by side are otherwise two words ("6个项目", "38个部门", "新建3套件化装配式厕所" is 3 套 of 件化 toilets)
# …and as printed with the second counter in brackets or after a slash ("改造锅炉3台（套）", "配备设备2台/套",
# "培育企业5个（家）"): one unit so printed, the first counter alone would leave "（套）" in the measure's name
_PAIRED = (("台", "套"), ("台", "件"), ("件", "套"), ("个", "家"), ("家", "个"), ("个", "项"))
_PRINTED_PAIRS = {f"{a}{o}{b}{c}": a for a, b in _PAIRED for o, c in (("（", "）"), ("(", ")"), ("/", ""))}
COMPOUND_COUNTERS = ("台件", "台套", "件套", "头只", "羽只", *_PRINTED_PAIRS)
# a paired counter, however printed ("台（套）", "台(套)", "台/套", "台套"), counts what its first counter counts: a
# comparison reads it so ("20台（套）" one year, "25台" the next); the parse keeps it as printed
PAIRED_FIRST = {**_PRINTED_PAIRS, "台件": "台", "台套": "台", "件套": "件"}
# a capacity or a flow is a quantity per span of time, one unit as printed ("日处理能力达到500吨/日", "供水规模
# 2000立方米/天", "年产能5万吨/年"): read whole, its per-span part is no word of the metric
_PER_SPAN = tuple(f"{q}/{t}" for q in ("立方米", "立方", "吨", "千瓦时", "升") for t in ("天", "日", "年", "小时", "秒"))
# base units as printed after a figure (a scale 万/亿/万亿 may stand before them); the reader tries the
# longest first, so "辆次" is never cut to "辆" nor "周岁" read as weeks
UNITS = (
    *_PER_SPAN, "微克/立方米", "毫克/立方米", "毫克/升", "个百分点", "个工作日", "百分点", "平方公里", "平方千米", "平方米",
    "立方米", "千瓦时", "千瓦", "兆瓦", "吉瓦", "公里", "千米", "厘米", "毫米", "公顷", "公斤", "千克", "延米", "立方", "吨标准煤",
    "个等级", "个位次", "个档次",  # grades and ranks moved ("耕地质量提升0.5个等级", "排名前移3个位次")
    "日",  # a span in days ("审理期限压缩至45日以内"); a day of a named month is a date (`DAY_OF_MONTH_BEFORE`)
    "个月", "学时", "课时", "学分", "小时", "分钟", "周岁", "画幅", "人日", "人天", "工日", "标箱", "美元", "欧元", "港元",
    "/100万", "/10万", "/万", "/千",
    "兆瓦时", "吉瓦时", "兆伏安", "千伏安",  # power and transformer capacity
    "PB", "TB", "GB", "MB", "Gbps", "Mbps",  # data volumes and bandwidth ("异地备份20TB"); "5G基站" has no unit
    *(c + "次" for c in _TIMES_OF), *COMPOUND_COUNTERS, *COUNTERS, "%", "％", "‰", "‱",
    "成",  # "三成以上": tenths, read as a percentage
)
UNITS = tuple(dict.fromkeys(UNITS))
# any other unit printed in Latin letters right after its figure ("算力达到800PFlops", "装机容量1.2GW", "时延10ms以内"):
# two letters or more (a model or generation is one: 5G, 4K, 3D), ending its phrase — at a mark, the text's end or a
# bound (以上, 左右) — where a spec ends its number instead and a name follows ("110kV变电站", "5GA网络"). A 、 goes on
# with a list of specs ("35kV、10kV线路"), a pair X/Y ("储能100MW/200MWh") is read whole or not at all, and a spec in
# brackets ("新建管线（6kV）") qualifies the name before it: none ends a phrase. (A code like G20 or S315 puts its
# letters before the digits: no figure at all.) Even so it is a figure only where it is governed (`LATIN_GOVERNED`).
LATIN_UNIT = (r"[A-Za-z]{2,8}(?:/[A-Za-z]{1,4})?(?![A-Za-z\d\-]|/\d)(?![^（()）(，,。；;]*[）)])"
              r"(?=$|[^\u4e00-\u9fff、]|及?以[上下内]|左右|上下)")
LATIN_CLAUSE_END = re.compile(r"\s*(?:[，,。；;：:！!？?]|$)")
# a score or a grade ("满意度达到80分以上", "应用水平达到3级以上") is a figure only where a comparison word governs it
# (`GOVERNS_BEFORE`, or a bound ending the clause): "扣2分", "4级以上地震" count nothing set
# …and so is a flood or drainage standard's return period ("防洪标准达到50年一遇", "排涝标准提高到二十年一遇"): "遭遇50年一遇
# 洪水" reports an event, no standard set
GOVERNED_UNITS = ("分", "级", "年一遇")
# a length of time in years ("设备使用年限≥5年", "服务期限3年以上", "质保期不少于2年") is a figure on the same terms: governed
# by a comparison word or a bound ending its clause — "近3年", "3年以上工作经验" (a condition) set none. Read only where it
# closes its phrase (a bound or a mark after it): never a calendar year ("2025年", the fourth digit before it) nor a span
# that qualifies a name ("启动新的三年攻坚计划", "3年级", "近5年来"), whose words stay in the metric and the lead-in
YEAR_SPAN_UNITS = ("年",)
YEAR_SPAN = r"(?<!\d{3})年(?=及?以[上下内]|之内|\s*(?:[，,。；;：:）)、]|$))"
# counters that open a verb of office work, with the characters that make it one: a figure's predicate printed right
# after it ("教职工与学生比按1∶15核定", "分2批准入") holds no measure word ("核定" is a verb, not 1∶15 of 核). Only where the
# figure is a ratio's term or a 按/依/分/限 governs it (`COUNTER_VERB_GOVERNS`): elsewhere the counter counts a noun
# that opens on the same character ("化解30起诉前纠纷", "组建5支援企服务队", "创建3批示范村", "CPU 64核"). Verbs whose
# next character also opens a counted noun are left out ("5项目标任务", "分3批复工", "开展3轮训练")
COUNTER_OPENS_VERB = {"核": "定准发拨算减销实查对验", "处": "理置罚", "批": "准示", "起": "草诉", "支": "持付撑援",
                      "部": "署", "组": "织", "回": "应访收顾"}
# the words that govern a figure as its verb's rule (按1∶15核定, 依3批准入, 分2批准入, 限10日内处理), read just before it
COUNTER_VERB_GOVERNS = "按依分限"
# what a unit may not stand before, as a unit: the characters of the words it opens instead (a compound with 次,
# a goods counter)
UNIT_NOT_BEFORE = {**{u: TIMES_NOT_BEFORE for u in (*UNITS, *GOVERNED_UNITS) if len(u) > 1 and u.endswith("次")},
                   **GOODS_COUNTERS, **PLOT_NOT_BEFORE}
# counters read only after Arabic digits: in Chinese numerals they make set phrases ("一方水土", "两类人员",
# "一对一", "一米阳光", "一笔带过")
DIGITS_ONLY_UNITS = frozenset((*"方 类 对 米 页 卷 集 首 尾 羽 笔 剂 眼 口 核 分 级 日 字 片".split(),  # "一核两翼", "十分", "三级医院", "八字方针", "一片蓝天"
                               *GOODS_COUNTERS))
AGE_UNITS = frozenset(("岁", "周岁"))
# a share printed as a sign, of a hundred, a thousand or ten thousand; and the sign 百分之/千分之/万分之 each reads as
# ("注册率达到百分之九十五" is 95 %, "辍学率控制在千分之二以内" 2 ‰, "不良率万分之五" 5 ‱)
SHARE_SIGN_UNITS = frozenset(("%", "％", "‰", "‱"))
SHARE_OF = {"百": "%", "千": "‰", "万": "‱"}
SCALES = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3}
# units one quantity is printed in from year to year (3.2公里 → 3200米): each in a common unit and its factor, so
# a comparison sees one figure; a unit not listed is its own
UNIT_IN_BASE = {"公里": ("米", 1e3), "千米": ("米", 1e3), "厘米": ("米", 1e-2), "毫米": ("米", 1e-3),
                "平方公里": ("平方米", 1e6), "公顷": ("平方米", 1e4),
                "吨": ("千克", 1e3), "公斤": ("千克", 1.0), "小时": ("分钟", 60.0)}
# event counters: "开展一次", "举行两期" are commitments even in Chinese numerals
EVENT_UNITS = frozenset("次 期 场 堂 节 课 回 趟 期次 场次".split())
# verbs that make "建立一个活动室", "打造两个项目" a commitment (other counters in Chinese numerals)
MAKE_VERBS = re.compile(r"建立|建成|建设|新建|打造|设立|组建|创建|培育|开设|明确|配备|评选|表彰|举办|开展|组织|召开|"
                        r"上|讲|出|发放|安排|完成|改造|提升|新增|增加|招聘|聘请|选派|培训")
# verbs a coordinated list's first name can open with and lend the others ("培育龙头企业和合作社分别…")
LEAD_VERBS = re.compile(MAKE_VERBS.pattern + r"|扶持|支持|引进|招引|实施|推广|治理|整治|修复|帮扶|走访|慰问|救助|资助|"
                        r"补贴|认定|评定|创成|申报|争创|落地|签约|开工|竣工|投用|建好|改建|扩建|改扩建|续建")
# the action a metric opens with ("新建篮球场", "建成…健身步道", "完成茶苗移栽"): the same verbs open any year's targets, so
# they say nothing of what is counted; the one-character ones (上, 讲, 出) open nouns as often ("上市企业", "出口")
ACTION_LEAD = re.compile("^(?:" + "|".join(v for v in LEAD_VERBS.pattern.split("|") if len(v) > 1) + ")+")
# a quantity written out in Chinese numerals is read wherever it stands, whatever word precedes it: a figure with a
# magnitude after its digit ("三千人次", "两千三百户", "六百名"), an approximate one ("二十余家", "五十多个"), or a
# count of passes ("三千人次", "五户次"). Set phrases count small and round ("两个维护", "千家万户", "一户一策")
SPELLED_QUANTITY = re.compile(r"^[一二两三四五六七八九][百千万]")
# a spelled count of ten or more ("十二个", "十五名", "三十所") names a set as often ("树立十种意识", "落实新十条",
# "实现十个新突破"): a quantity where a verb of making or doing governs it ("实施十件民生实事", `LEAD_VERBS`) or it stands
# after the noun it counts, closing its clause ("修订应急预案十二个", "培养乡村医生十五名"), unless it counts 条, a set of
# rules named by their number ("落实防汛二十条", "新十条")
SPELLED_TENS = re.compile(r"^[一二两三四五六七八九]?十")
DOING_VERBS = re.compile("|".join(v for v in LEAD_VERBS.pattern.split("|") if len(v) > 1) + "|推进|办好|办成|办结")
# a verb that carries through a set already named, and the set ("用心办好十件便民实事", "统筹推进12件民生实事", "推进十大
# 工程", as "打好三大攻坚战"): the set's name, no figure set, in digits as in words. What it carries through otherwise is
# counted ("推进二十个老旧小区改造"), and so is a set made or bounded ("实施十件民生实事", "办好不少于10件实事")
CARRIES_SET_BEFORE = re.compile(r"(?:办好|推进|抓好|做好|落实|打好|打赢)(?:以下|这)?$")
NAMED_SET_AFTER = re.compile(r"^(?:大|[^，,。；;、\d]{0,6}?(?:实事|攻坚战|战役|行动))")
# the document's own parts, counted ("梳理形成4个方面12项重点任务", "细化出30条具体措施", "本方案包括三大行动、20条措施"):
# how the plan is built, no figure set — after a verb that lays them out (梳理/细化/归纳, with 形成/出/为 after it), or
# with the document itself as the subject that holds them (本方案包括/分为), any counts of parts between. 形成/提出/明确
# alone make what they count as often ("力争形成6项创新举措", "提出15项整改措施"): counted, as carrying parts out is
# ("完成12项重点任务"). One implementation with `CARRIES_SET_BEFORE` (`not_targets._names_a_set`)
_PART_COUNT = r"(?:\d+|[一二三四五六七八九十两]+)(?:个|项|条|大|类)"
_PARTS_NOUN = r"(?:方面|领域|板块|任务|措施|举措|行动)"
_PARTS_BETWEEN = rf"(?:共|总计|合计)?(?:{_PART_COUNT}(?:[\u4e00-\u9fff]{{0,4}}?{_PARTS_NOUN})?[、和及]?)*"
LAYS_OUT_BEFORE = re.compile(rf"(?:(?:梳理|细化|归纳|凝练)(?:形成|出|为|成)?|(?:本|该|此)(?:实施)?(?:方案|计划|要点|意见|办法|细则)"
                             rf"共?(?:包括|包含|涵盖|分为|分成))了?{_PARTS_BETWEEN}$")
# …the frame a piece of work turns on ("围绕9项重点任务开展督查", "聚焦3个方面开展整治"): the parts it is about, set
# elsewhere, described — the work done on them is the commitment, with no count of its own
FRAME_BEFORE = re.compile(rf"(?:围绕|聚焦|紧扣|紧盯|从)了?{_PARTS_BETWEEN}$")
# …a count of parts right after a count of aspects or fields ("明确4个方面12项具体任务"): the aspects group the parts laid
# out, and the count of aspects is their frame — unless a verb of doing carries the parts out ("完成4个方面12项任务")
ASPECTS_BEFORE = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)(?:(?:个|大)(?:方面|领域)|类)[、和及]?$")
CARRIED_OUT_BEFORE = re.compile(r"(?:完成|落实|实施|推进|推动|抓好|做好|办好|执行)了?$")
ASPECTS_PAIRED_AFTER = re.compile(rf"^(?:方面|领域)[、和及]?{_PART_COUNT}")
# (a count of classes grouping the parts, as "细化出8类32项措施" prints it, pairs so too)
CLASSES_PAIRED_AFTER = re.compile(rf"^[、和及]?{_PART_COUNT}")
# …but parts a plan commits to make are counted whatever verb lays them out: after a planning word or the year
# (`target_stance.PLANNING_WORDS`, `periods.THIS`: "今年要梳理形成20项改革举措") or a verb of making ("打造形成3个板块")
MAKES_PARTS_BEFORE = re.compile(r"打造|建设|建成|创建|培育")
PLAN_PARTS_AFTER = re.compile(rf"^大?[^，,。；;、\d]{{0,4}}?{_PARTS_NOUN}(?!书|费|计划|方案|清单)")
NAMED_BY_COUNT_UNITS = frozenset("条")
# a body described by what it is made of ("成立由十二个部门组成的工作专班", "由5名专家组成评审组"): no count set
COMPOSED_OF_BEFORE = re.compile(r"由$")
COMPOSED_OF_AFTER = re.compile(r"^[^，。；]{0,12}?(?:组成|构成)")
# documents made: "每季度形成一份分析报告", "编印一本汇编" count in Chinese numerals after a verb that writes them
DOCUMENT_UNITS = frozenset("份 本 册 篇".split())
WRITE_VERBS = re.compile(r"形成|编印|编制|编写|编发|撰写|起草|印发|出版|报送|提交|出具|制作|发布")

# --- comparators --------------------------------------------------------------------------
# written right after the figure ("5%以内", "6.5%左右", "1100万人以上")
AFTER_COMPARATOR = {"以上": ">=", "及以上": ">=", "以内": "<=", "以下": "<=", "之内": "<=", "内": "<=",
                    "左右": "≈", "上下": "≈"}
# "7个工作日内完成": 内 is a ceiling only where a deadline reads so ("一次内容" is not) — or after a span of
# time, whatever follows ("12小时内受灾群众得到救助", "30分钟内到达现场", "7日内办结")
WITHIN_NEXT = r"完成|办结|办理|报送|到位|解决|落实|答复|[，,；;。、]|$"
TIME_SPANS = ("个工作日", "工作日", "个月", "小时", "分钟", "天", "日", "周")
# written before it, anywhere between the previous figure and this one ("至少专题研究双拥工作2次")
AT_LEAST = re.compile(r"不少于|不低于|至少|(?<!不)超过|(?<!不)多于|不小于|起码|逾|突破$")
AT_MOST = re.compile(r"不超过|不到|不多于|不高于|控制在|(?<!不)低于|(?<!不)少于|最多")
# a figure reached or held ("达到二十亿元", "控制在五起以内"): Chinese numerals after these are figures
REACH_BEFORE = re.compile(r"(达到|达|提高到|提升到|增加到|控制在|保持在|稳定在|突破|(?<![作成认称])为)$")
# a comparison word right before a figure that governs it: a number with no unit ("死亡率控制在0.9以内") is a figure
# only after one of these, or a comparison sign ("灌溉水有效利用系数≥0.58"), and before a bound (以内, 以上) or the
# clause's end
_HELD_AT = "控制在|保持在|稳定在"
# a level held throughout, not reached by a date ("接种率保持在95%以上", "发生率控制在1%以内"): due all year long (trace)
HELD = re.compile(rf"{_HELD_AT}|维持在")
# a level an office keeps down, not up: a rate of harm or loss, a price rise, a deficit's share ("城镇调查失业率5.5%左右",
# "居民消费价格涨幅3%左右", "安全事故发生率1%"): a figure set for it is a ceiling, whatever word bounds it (trace)
KEPT_DOWN = re.compile(r"失业率|(?:价格|物价)(?:总水平)?涨幅|发生率|死亡率|伤亡|事故|发案|赤字率|负债率|不良率|超标|受害率|辍学率|"
                       r"流失率|差错率|投诉率|返贫|空置率|误差")
_RAISED_TO = "提高到|提升到|提高至|提升至"
_LOWERED_TO = "降低到|降低至|降至|降到|下降到|下降至"
_BOUNDED_BY = "不超过|不高于|不低于|不少于|低于|高于|[≥≤＞＜><]"
GOVERNS_BEFORE = re.compile(rf"({_HELD_AT}|维持在|{_BOUNDED_BY}|不大于|不小于|达到|{_RAISED_TO}|{_LOWERED_TO})\s*$")
# the verbs of reaching a level ("达到", "突破", "增至"), which govern a Latin unit and open a staged clause's rest
_REACHED = "达到|达|增加到|增至|超过|突破"
# a Latin-letter unit is governed by a comparison verb before it ("主网供电能力达到800MW以上"), or where it closes its
# clause ("时延10ms以内。"); a bounded spec with a name after it is a class of equipment ("改造6kV及以下线路", "建设330kV
# 以上通道"). (GOVERNS_BEFORE's words and those of reaching, less 维持在/不大于/不小于: not their union, which would add those
# and REACH_BEFORE's 为)
LATIN_GOVERNED = re.compile(rf"({_REACHED}|扩大到|{_HELD_AT}|{_BOUNDED_BY}|{_RAISED_TO}|{_LOWERED_TO})\s*$")
# a ratio "1∶200" is read as its second term; a time of day ("下午1:30") is none
TIME_OF_DAY_BEFORE = re.compile(r"(上午|下午|中午|晚上|凌晨|早上|时间|时刻)\s*$")
# …nor is a map's scale ("1:2000地形图", "1∶500比例尺")
MAP_SCALE_AFTER = re.compile(r"^\s*(?:的)?(?:比例尺|[\u4e00-\u9fff]{0,3}(?:地形图|地图|影像图|航测|测图))")
# …printed after the word, too: "（比例尺1:10000）", "比例尺为1∶500" name the map's scale, no figure set
MAP_SCALE_BEFORE = re.compile(r"比例尺\s*(?:为|是|[:：])?\s*[（(]?\s*$")
# right before the figure: "约2000亿元", "近9.8万亿元", "大约"
APPROX = re.compile(r"(约|近|大约|接近|大概|预计)$")
# a comparison sign before the figure, in running text or a table cell: "甲级病历率≥95%", "≤8.5天"
SIGNS = {"≥": ">=", "≧": ">=", ">=": ">=", ">": ">=", "＞": ">=", "≤": "<=", "≦": "<=", "<=": "<=", "<": "<=", "＜": "<="}
# …and the sign each comparator is written with where a figure is shown ("≥300个")
SIGN_OF = {">=": "≥", "<=": "≤", "≈": "≈"}
SIGN_BEFORE = re.compile("(" + "|".join(re.escape(s) for s in sorted(SIGNS, key=len, reverse=True)) + r")\s*$")

# a figure a measure moves by, the verb of moving right before it ("测评得分提高3分左右", "补贴标准再提高15元政策"):
# the amount of the change is the figure set — a score so moved is governed, a raise named as a policy is one
CHANGE_VERB = r"(?:增加|提高|减少|降低|下降|增长|扩大|压减|上升|提升|回落|回升|下滑|上涨|下跌)"
MOVED_BY_BEFORE = re.compile(rf"(?:{CHANGE_VERB}|上调|下调|调高|调低)(?:约|近)?\s*$")
# …save in an assessment's rule that scores a case: a sentence opened on a shortfall ("未按时报送的单位，得分降低3分",
# the other openings are `CASE_CLOSE`'s "…的，", `CONDITION_OPENS`'s 对/凡, `CASE_OPENS`'s 如/若, `PER_CASE`'s 每)
UNMET_CASE_OPENS = re.compile(r"^(?:未能?|没有|不能)[^，,；;。]*的")
# the part of a sentence a case opens (after the last ；/：, without its list number: "加分项：（1）每多1项，增加1分")
SCORED_PART_START = re.compile(r"^(?:.*[；;：:])?\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*)?", re.S)

# --- periods ----------------------------------------------------------------------------------
# how many times a year each recurring span comes round: 每季度 → 每月 is "more often"
SPAN_PER_YEAR = {"天": 365.0, "日": 365.0, "周": 52.0, "星期": 52.0, "旬": 36.0, "月": 12.0, "季度": 4.0, "季": 4.0,
                 "学期": 2.0, "年": 1.0}
_EVERY = "[两二三四五六七八九十]|[1-9]\\d?|半"  # how many spans one period runs: 每两个月, 每15天, 每半年
_SPANS = "|".join(sorted(SPAN_PER_YEAR, key=len, reverse=True))
# a period that recurs: "每年…不少于20件", "每季度开展一次", "每两个月一次", "每半月" state a standard kept, not a result
# reported (no named groups: the pattern is built into others)
RECURRING = re.compile(f"每(?:{_EVERY})?个?(?:{_SPANS})")
_RECURRING_PARTS = re.compile(f"每(?P<every>{_EVERY})?个?(?P<span>{_SPANS})")
PERIODS = re.compile(rf"{RECURRING.pattern}|全年|年内|年底前|年底|上半年|下半年|当年")


def times_a_year(period: str | None) -> float | None:
    """How often a recurring period comes round in a year ("每季度" 4, "每两个月" 6, "每半年" 2, "每15天" 24.3);
    None for a period that does not recur (全年, 上半年) or none. Read from its parts, not a list of
    phrases: any count of any span an office plans by."""
    m = _RECURRING_PARTS.fullmatch(period or "")
    if m is None:
        return None
    every = m.group("every")
    spans = 1.0 if every is None else 0.5 if every == "半" else float(to_number(every) or 1)
    return SPAN_PER_YEAR[m.group("span")] / spans


def per_year(value: float, period: str | None) -> float:
    """How much a figure asks for in a year: "每月一次" is 12, "每季度一次" 4, no period as printed."""
    return value * (times_a_year(period) or 1.0)

# --- what is not a target -------------------------------------------------------------------
# 第二轮, 星期三, 周三; not a week counted per ("每周3节", "每两周1次", "每12周", "隔周1次": a frequency)
ORDINAL_BEFORE = re.compile(r"(第|初|星期|(?<![每隔])(?<![每隔][两二三四五六七八九十\d])(?<![每隔][两二三四五六七八九十\d]{2})周)$")
# N日 after a month named is a day of it, not a span of days: "3月15日", "每月25日前", "每月的10日",
# "每月1日至5日", "三月十五日"
DAY_OF_MONTH_BEFORE = re.compile(r"月份?的?\s*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*[至到—–\-~～、和及]\s*)?$")
NEW_ROUND = re.compile(r"(?:新|[上下]|前)$")  # 新一轮, 上一轮, 下一批, 前一批次: which round, not how many (更新一次 counts)
ROUND_UNITS = frozenset("轮 批 届 代".split())
FESTIVALS = re.compile(r"^(八一|五四|七一|三八|六一|五一|十一)$")
# a counted phrase that names something ("八项规定", "一个中国原则", "两个毫不动摇", "三个代表", "一批")
# — and a service slogan, "一次办好", "一次办理到位", "一次办事项清单", "网上办、一次办": 一次办 serves, whatever
# follows; only a noun opening with 办 makes it a count ("开展一次办公用房检查", "一次办案质量评查")
SET_PHRASES = re.compile(
    r"^[一二三四五两]个(代表|意识|自信|维护|确立|全面|确保|提升|服务|坚持|纳入|统一|到位|必须|结合|优先|一批|毫不动摇|"
    r"中国|百年|中心|基本点|文明)|"
    r"^一个[^，。；]{0,8}(原则|中心|基本点|方针|主题|理念|大局)|"
    r"^一批|^[一几]部分|^[一二三四五六七八九十]+项(规定|原则|基本|制度|禁令|纪律)|^一项[^，。；]{0,20}(工作|任务|事业|工程|制度)|"
    r"^一个[^，。；]{0,3}台阶|^一份[^，。；]{0,4}(?:力|答卷|责任|担当|温暖|爱心)|^一条街|"
    r"^一支[^，。；]{0,25}(队伍|力量|军队)|^一(面|条|张|盘|本|块)[^，。；]{0,4}(旗帜|主线|蓝图|棋|账|牌子|红线)|"
    r"^一场[^，。；]{0,8}(革命|战役|硬仗|攻坚战|战争|变革|斗争)|^一次性|^一次办(?!公|案)|^一次(?:告知|到位|通过|成功|死亡|伤亡|造成|受伤|遇难|失踪|涉及|"
    r"建成|解决|付清|缴清|补齐|审批|采集|登记)|^一网|^一[^\W\d次期场回趟轮]一[\u4e00-\u9fff]|^一件事|^一(把手|站式|卡通|对一|日军营)|"
    r"^[一二三四五六七八九十]+级|^7[×x*]24小时|"  # "7×24小时值守": round the clock (the 24小时 alone: `ROUND_THE_CLOCK`)
    # a count of tenets, whatever the count ("十个坚持", "十四个坚持", "十个明确"): no word after 个 here names a thing
    r"^[一二三四五六七八九十两]{1,3}个(?:坚持|明确|必须|代表|意识|自信|维护|确立|毫不动摇)"
)
# "24小时值班", "全天24小时在线": round the clock, a set phrase modifying the service after it — not where it bounds a span,
# as a deadline ("24小时内发布", "24小时以内") or after a word that limits it ("处置时间不超过24小时", "时限压缩至24小时",
# "办理时限为24小时。"), where it is a figure as "会议时长不超过2小时" is
# — nor where a verb of finishing closes the clause after it, a deadline as any span's is ("普通工单24小时办结", "故障
# 24小时修复到位。", as "48小时办结"); with a noun after it the phrase names a service again ("24小时响应机制")
_FINISHED_IN = r"(?:办结|办理完毕|回复|答复|修复|到位|到场|到达|处置|处理完毕|反馈|响应|解决|完成)+(?:[，,。；;、）)]|$)"
ROUND_THE_CLOCK = re.compile(rf"^(?:24|二十四)小时(?!以?内|之内|{_FINISHED_IN})")
# (a bound printed as such, not 超过/低于: "对超过24小时未办结的工单督办" picks out a class)
SPAN_LIMITED_BEFORE = re.compile(r"(?:不超过|不多于|不高于|不少于|不低于|至少|最多|控制在|(?:缩短|压缩|减少)[到至为]|"
                                 r"(?:时限|期限|时长)(?:为|是))\s*$")
# a spelled count of ideas, not of things made: "三条主线", "五项工作机制", "四个全覆盖", "两个重点" label a
# plan's frame ("建成3个服务中心", "新建三所幼儿园" count things and stay)
COUNTED_IDEAS = re.compile(
    r"^[一二三四五六七八九十两]{1,3}(?:个|项|条|大|种|类)[\u4e00-\u9fff]{0,4}?"
    r"(?:(?:主线|机制|重点|任务|方面|领域|环节|原则|理念|导向|体系|底线|抓手|路径|思路|全覆盖|目标|要求|战略|定位|意识|能力|"
    r"突破|制度|不准)(?:建设)?(?![\u4e00-\u9fff])|方面的)")  # "十种能力建设", "十个方面的工作" too
# a spelled count right after a 、 list of as many items and before a noun sums the list up, naming what it
# holds: "法治政府建设、公共法律服务、基层社会治理三条主线" ("新建幼儿园、小学、初中三所" counts)
LIST_SUMMED_BEFORE = re.compile(r"[\u4e00-\u9fff”\"]{2,}(?:、[\u4e00-\u9fff“”\"]{2,10})+$")
LIST_SUMMED_NOUN = re.compile(r"^[\u4e00-\u9fff]{2}")
# a numeral must start a quantity: 一 closing a word ("统一组织", "唯一", "逐一", "同一批次", "三分之一") is
# no count, though a counter follows it (组, 次, 批). Not where the word before ends ("主任一名", "名单一份",
# "规划一个园区")
NUMERAL_IN_WORD = re.compile(r"(?:统|唯|(?<!会)(?<!协)(?<!共)同|逐|之|某|万)一$")
# a slogan of parallel "V一X" pieces ("发现一起、查处一起", "成熟一个发展一个"): a way of working, no count
# (events listed so stay counts: "每季度开展一次、通报一次")
# …nor a counted set of musts named as 100% ("五个百分之百": five things each to be done in full), which names
# the set and sets no figure
SLOGAN = re.compile(r"[\u4e00-\u9fff]{2}一([^\W\d次期场回趟轮])(?:[、，,]?[\u4e00-\u9fff]{2}一\1)+"
                    r"|(?:[一二三四五六七八九十两]{1,3}|\d{1,2})个百分之百"
                    # the numeral first, the halves unbroken by a mark: "一次考试一次分析", "一项任务一名领导"
                    r"|一([次个项名])[\u4e00-\u9fff]{1,3}一\2[\u4e00-\u9fff]{1,3}")
# a clock time ("9:00—17:30", "8：30"): the minutes after H: are no figure
CLOCK_BEFORE = re.compile(r"(?<!\d)\d{1,2}\s*[:：]\s*$")
CLOCK_MINUTES = re.compile(r"^[0-5]\d$")
# 对 counts pairs ("表彰10对模范夫妻", "结对帮扶200对") only at a clause's end or before what pairs; elsewhere after a
# figure it is the preposition ("每日9:00—17:30对游客开放", "对3家企业进行约谈" reads 3家)
PAIRS_AFTER = re.compile(r"^(?:\s*(?:[，,。；;、）)]|$)|[^，。；]{0,4}(?:夫妻|夫妇|新人|情侣|师徒|父子|父女|母子|母女|家庭|搭档|结对))")
# a figure a standard is counted per: after 每 the base ("按照每300户设置一个投放点")
PER_BASE_BEFORE = re.compile(r"每$")
# money at a rate after 按每… ("按每立方米15元收取", "按每平方米1200元核定"): a price charged or a basis reckoned with,
# not an amount the office commits to (`not_targets.not_a_target` asks it of money only: "按每百户不少于20平方米的标准配建" is a
# floor the plan builds to). A bare 按 sets a level ("赤字率拟按3%安排" is the year's figure)
PER_CASE_RATE_BEFORE = re.compile(r"(?:按照|按|参照|依照)(?:每[\u4e00-\u9fff]{1,6}?)+(?:不超过|不高于|不低于|最高|最多)?$")
# …but a standard the plan pays out at is the commitment it makes to each case ("按照每人每年600元的标准发放",
# "按每个不低于1万元的标准给予建设补助"), as "每人发放慰问金500元" is: a verb of paying out is the predicate of the rate's
# clause, or of the next one if that opens on whom it pays ("按每户2000元的标准，对符合条件的农户给予补助"). A word of
# paying that names a thing is none ("按每亩300元补助标准核定补助资金": the standard reckons a budget)
_PAYS = r"给予|发放|拨付|兑现|(?:补助|补贴|奖补|奖励|资助|救助|慰问)(?!标准|资金|经费|金|款|额度|范围|对象|政策|办法|基数|比例|需求|预算)"
PAID_OUT_AFTER = re.compile(rf"^(?:[^，,。；;]{{0,12}}?(?:{_PAYS})|"
                            rf"的?(?:[\u4e00-\u9fff]{{0,2}}标准)?[，,]?\s*(?:对|向)[^，,。；;]{{1,24}}?(?:{_PAYS}))")
# …per case, not per period: "按每年不低于500万元的标准安排" budgets a year ("按照每人每年600元" pays each person)
PER_CASE = re.compile(r"每(?![年季月周天日]|半年)")
# a fixed service name: "最多跑一次", "只跑一次"
FIXED_SERVICE_BEFORE = re.compile(r"(?:最多|至多|只|仅)跑$")
# "落实18项医疗质量安全核心制度": a set carried out (a number of rules that exist), not a target;
# "建立5项工作制度" makes them and stays one
IMPLEMENTED_SET = re.compile(r"^(?:\d+|[一二三四五六七八九十]+)项[^，。；]{0,12}(制度|规定|原则|禁令|纪律|要求|标准)")
IMPLEMENT_VERB = re.compile(r"(落实|执行|遵守|贯彻|严格|严守|对照)$")
# the parts a piece of work is divided into ("分两批组织实施", "分三个阶段推进", "分上半年和下半年两次进行"): how it
# is arranged, no amount set: 分 right before the count, or before the periods it names. Not 部分/充分,
# nor 分别 ("分别开展3次" sets each), nor a noun's 分 ("分会场12个", "分队5支", "分发资料5000份")
DIVIDED_BEFORE = re.compile(r"(?<![部充过十百万])分(?:(?:上半年|下半年|[春夏秋冬]季|第?[一二三四]季度|[上中下]旬|[上下]午)[和与及、]?){0,4}$")
DIVIDED_AFTER = re.compile(r"^(?:个|批次|次|批|轮)?(?:阶段|步)?[^，。；;]{0,2}?(?:进行|实施|开展|推进|完成)")
# "东湖科创城二期", "一期工程", "物流园二期建成投用", "推进河道综合治理二期": a phase of a project, an
# ordinal. A count of issues or courses follows a verb that holds them ("举办两期", "编印两期简报") or ends
# a clause after what is issued or held ("编印简报四期", "举办培训班两期")
PHASE = re.compile(r"^[一二三四五六七八九十]期")
PHASE_ENDS_CLAUSE = re.compile(r"^\s*(?:[、，,。；;）)]|$)")
PHASE_COUNTED_BY = re.compile(r"(?:^|[，、；\s])$|(举办|举行|开展|组织|开设|开办|办|开|举|搞|展|培训|编印|编发|印发|出版|"
                              r"刊发|发布|制作|录制|推出|完成|实施|出|编辑|编写|再|各|共|累计)$")
# …or after the people a training verb trains ("培训护理员三期", "全年轮训村干部两期"): the courses held for them,
# where no building has phases ("培训中心二期" is one)
TRAINEES = r"人员|学员|员|者|师|干部|书记|人才|专家|党员|骨干|能手|农民|居民|村民|群众|职工|工人|学生|妇女|青年|带头人"
PHASE_COUNTED_AFTER = re.compile(r"(报|刊|刊物|杂志|动态|资料|简讯|通讯|快讯|专栏|节目|》|班|讲座|课程|培训|沙龙|论坛|"
                                 rf"讲堂|课堂|活动)$|(?:培训|轮训)[^，,。；;、\d]{{0,8}}?(?:{TRAINEES})$")
# "十七届人大四次会议": the session of a congress, an ordinal
SESSION_BEFORE = re.compile(r"届[^，。；\d]{0,8}$")
SESSION_AFTER = re.compile(r"^(全体)?(会议|全会)")
# "十五届五次全委会议", "十五届六次全委（扩大）会议": "M次" right after "N届" is the session's ordinal whatever meeting
# noun follows (全会, 全委会议, 常委会议 …): a term never counts events ("召开会议不少于6次" has no 届 before it)
SESSION_ORDINAL_BEFORE = re.compile(r"(?<![每本])届\s*$")  # (每届3次: a rate per term)
# the number of a document's own table, figure or annex ("表1　项目绩效目标申报表", "详见附件2", "（见附表3）"): a label, whatever
# character follows it (表1 | 项目: no 1 项) — at the clause's start, after a space or bracket, or after a word pointing to
# it (见, 如, 按); not a noun ending in 表 or 图 ("代表3名", "发表论文2篇", "绘制地图5幅")
LABEL_NUMBER_BEFORE = re.compile(r"(?:^|[\s\u3000（(]|见|如|按)(?:附表|附件|附图|表|图)\s*$")
# names and red lines: "18亿亩耕地红线", "14亿人的粮食安全" (a figure that qualifies a noun)
# "百亿元级基金" (a size class); "15分钟便民生活圈", "1小时经济圈" (a named reach)
NAMED_AFTER = re.compile(r"^(耕地)?(红线|底线)|^性|^半|^的?部分|^的(增速|增幅|速度)|^级|^[^，。；、\d]{0,6}圈|"
                         r"^范围")  # "学校周边200米范围内的摊贩": an area a rule covers
# a policy named by its figure ("继续执行设备购置加计扣除120%政策"); a raise named so ("落实…提高15元政策") is `MOVED_BY_BEFORE`'s
NAMED_POLICY_AFTER = re.compile(r"^的?政策")
# …whatever the figure ("落实产假延长30天政策", "降低费率0.5个百分点政策", "落实三项政策"), unless it counts events or
# things handed out and 政策 only qualifies the noun after it ("每季度开展1次政策宣讲", "发放500份政策明白纸")
COUNTED_ABOUT_POLICY_UNITS = frozenset("次 场 场次 期 份 册 人次 本".split())
POLICY_QUALIFIES_AFTER = re.compile(r"^的?政策[\u4e00-\u9fff]")
# a count of characters naming a motto ("好干部20字标准", "16字方针"): a formula, no length of text
MOTTO_AFTER = re.compile(r"^[”\"]?(?:标准|方针|要求|口诀|工作法|原则|精神)")
# a figure that defines a rate's base, not its level: "十万人生产安全事故死亡率控制在0.9以内" (the 0.9 is the figure)
RATE_BASE_AFTER = re.compile(r"^[^，,。；;、：:\d（）()]{0,14}?(?:率|密度|拥有量)")
# a share that names a survey or programme: "1%人口抽样调查" (a percentage only)
NAMED_SURVEY_AFTER = re.compile(r"^(?!的)[^，,。；;、：:\d（）()的]{0,6}(?:调查|普查|工程)")
# "半径3公里内", "周边500米": a distance that marks out an area
AREA_BEFORE = re.compile(r"(周边|周围|半径|方圆)$")
# a size naming the kind of thing built, the noun right after it: "直径800毫米供水管网12公里", "宽6米道路" (the length
# laid is the figure; "路面宽度达到5米以上" sets the width, a verb between). A thickness or a depth names a size only
# where the sentence goes on to the amount built ("铺设厚度5厘米沥青面层3万平方米"; "回填厚度20厘米种植土" sets it);
# 长度 is the amount ("建设长度12公里快速路")
LENGTH_UNITS = frozenset(("米", "厘米", "毫米", "公里", "千米"))
# units that measure an amount rather than count things ("1000吨", "30亩", "200立方米/天"): bounded before 的, such a
# figure cannot count the noun after it ("对日供水1000吨以上的水厂": a condition, whatever names the measure)
MEASURE_UNITS = frozenset((*_PER_SPAN, *LENGTH_UNITS, "吨", "公斤", "千克", "斤", "亩", "公顷", "平方米", "平方公里", "立方米",
                           "立方", "千瓦", "千瓦时", "兆瓦", "元", "%", "％"))
# …and of them those that size a thing, not a share of a whole ("80%以上的签约项目" counts the projects)
SIZE_UNITS = MEASURE_UNITS - frozenset(("%", "％"))
SIZE_BEFORE = re.compile(r"(?:直径|管径|口径|内径|外径|跨径|宽度|(?<![放拓加增])宽)$")
DEPTH_BEFORE = re.compile(r"(?:厚度|深度|高度|(?<![加增])厚)$")
SIZE_NOUN_AFTER = re.compile(r"^(?!以上|以下|以内|左右|上下|及以上|的)[\u4e00-\u9fff]")
# a clause that picks out a case the sentence then provides for: "…死亡1人以上3人以下的，启动Ⅲ级应急响应", "水位超过
# 警戒水位0.5米时，…": its figures set the condition (a threshold, a grading band), not a commitment ("…是有把握的"
# closes no case, nor does the 时 of 小时, 学时, 同时, 及时: "服务时长达到40小时，…")
CASE_CLOSE = re.compile(r"^(?!.*是)[^，,；;]*[^目]的$|^(?:当|在|遇)[^，,；;]*(?<![小学课工同及按准适随定届实暂临])时$|"
                        r"(?:达到|超过|低于|高于|突破|大于|小于|不足)[^，,；;]*(?<![小学课工同及按准适随定届实暂临])时$")
# …with the clauses joined to it ("受害森林面积在1公顷以上100公顷以下，或者造成死亡1人以上…的"), back to the
# sentence's start where it opens on the case ("初判发生较大森林火灾，…的，")
CASE_JOINED = re.compile(r"^(?:或者|或是|或|并且|且)")  # (not 同时, 以及: "…1200户，同时对…的" adds a measure)
CASE_OPENS = re.compile(r"^(?:经?初判|凡|如果|如遇|假如|倘若|若|一旦|遇有)")
# a gap to another figure printed beside the figure set: "高于全市平均预期目标0.5个百分点", or the figure
# compared with ("低于8%左右的预期目标"); "差错率低于1%" holds the figure itself under a bound
_GAP_WORDS = "高于|低于|快于|慢于|超出|领先|落后"
COMPARED_WITH = re.compile(rf"(?<![不未])(?:{_GAP_WORDS})(?P<than>[^，,。；;\d]{{0,14}})$")
# …in percentage points 超过/高出 state a gap too ("增速超过城镇居民1个百分点"); before a % they may bound a share of
# a whole ("投资超过年度计划的50%"). A gap whose clause names its own measure is that measure's target
# ("农民收入增速快于城镇居民2个百分点以上"); one that only follows a figure explains it (`not_targets._gap_to_another`)
POINTS_COMPARED_WITH = re.compile(rf"(?<![不未])(?:{_GAP_WORDS}|超过|高出)(?P<than>[^，,。；;\d]{{0,14}})$")
POINT_UNITS = frozenset(("个百分点", "百分点"))
# …but a subject that is only a move word ("增速", "其增幅", "增长率均") names no measure of its own: it points back to the
# figure before it ("全县生产总值增长6.5%左右，增速高于全省平均1.5个百分点"), and the gap explains that figure
MOVE_ONLY_SUBJECT = re.compile(r"^其?(?:增速|增幅|增长率|增长速度|涨幅|降幅)均?$")
COMPARAND_AFTER = re.compile(r"^(?:左右|以上|以下)?的")
# verbs of going or taking part ("深入乡村", "进驻社区", "包片联户"): see `target_scope.PREDICATE_AFTER`
GOING_VERBS = (r"深入|走进|走入|进入|进驻|入驻|下沉|下到|奔赴|赶赴|前往|赴|回到|返回|扎根|驻村|挂职|参加|参与|"
               r"投身|从事|开展|对接|结对|包联|联系|走访|蹲点|轮训|轮岗|包村|包户|包组|包片|包保|联户")
# the verbs of doing, of more than a character: a plan's lead verbs, its work verbs and those of going
ACT_VERBS = "|".join(sorted({v for v in "|".join((LEAD_VERBS.pattern, WORK_VERBS, GOING_VERBS)).split("|") if len(v) > 1}))
# a verb a 、 part after the first has of its own ("城镇新增就业3000人", "带动就业300人"): the part states its own measure and
# takes no verb from the part before it (`coordination.lend_verb`); matched whole on a word
PART_OWN_VERB = re.compile(rf"{ACT_VERBS}|{CHANGE_VERB}|带动|吸纳|转移|实现|达到|覆盖|引导|促进|推动|新开工")
# the measure words that count what a verb of making makes — places, buildings, sets of kit ("新建公园4个、幼儿园3所"):
# parts counted in two of them are two things the one verb made; parts counted otherwise are parallel only in one unit
# ("开展培训20场次、参训人员1500人次", "整治河道20公里、清理垃圾300吨" count another work in each)
MADE_COUNTERS = frozenset("个 所 座 处 家 间 栋 幢 套 台 张 片 块 辆 架".split())
# 一次 opening the name of a rate is an adverb, "first pass" ("一次验收合格率", "一次交验合格率"), no frequency —
# unless a period or a verb of doing right before it makes it one ("每季度一次合格率抽检", "开展一次满意率调查"), a verb
# of telling or checking among them ("通报一次目标完成率", "公布一次达标率": the rate is what is told), or a period opens
# the clause with a verb between ("每月发布一次水质达标率": how often, the rate what is published)
_TELL_VERBS = r"通报|公布|发布|公示|通告|报告|报送|统计|排名|测评|评估|考核|抽检|抽查|检测|监测|核查|调度|分析|评比|讲评|测算|核算"
FIRST_PASS_RATE = re.compile(r"^一次[\u4e00-\u9fff]{1,6}?率")
EVENT_CUE_BEFORE = re.compile(rf"(?:{PERIODS.pattern}|至少|{ACT_VERBS}|{_TELL_VERBS}|进行|举行)$")
PERIOD_OPENS_EVENT = re.compile(rf"^(?:{RECURRING.pattern})[^，,。；;\d]{{1,4}}$")
# a deadline per part: "2小时内响应、24小时内发布信息" — each part's figure bounds its own action, so the parts share
# no object ("完成3家水泥企业、2家焦化企业超低排放改造" does)
DEADLINE_BOUNDS = frozenset(("内", "以内", "之内"))
# a clause that names an action of its own ("新建共建点5个", "开展联谊活动1次", "增长10%"), not only things counted
# ("共建点5个、服务站3个"): a past year named in a later clause does not reach back into it (`stance`)
ACTS = re.compile(rf"{ACT_VERBS}|{CHANGE_VERB}|完成|实现|达到|保持|举行|召开")
# …but a later clause that only dates the work before it reaches back into it: one opening on 于/均于/已于 ("新建足球场
# 6块，于2025年10月全部投入使用"), or on 其中 (a part of the figure before: "改造户厕900户，其中2025年改造600户"), or one
# with no figure that finishes the work ("改造危房120户，2025年全部完成")
DATES_WORK_BEFORE = re.compile(r"^(?:[均已并]?于|其中)")
FINISHES_WORK = re.compile(r"(?:投入使用|投用|建成|完成|竣工|通车|落成|交付使用|到位)[了]?[。；;，,]?$")
# an age is a target only as a life expectancy or a group's average ("人均预期寿命达到79岁", "班子平均年龄降至45岁");
# elsewhere it describes people ("3岁以下婴幼儿", "年满18岁的青年") or says who qualifies ("年龄不超过35周岁")
AGE_METRIC = re.compile(r"(寿命|平均年龄)[^，,。；;\d]{0,4}$")
# a population described, not a figure set: "今年高校毕业生795万人", "在校学生2.9亿"
_POPULATION = r"毕业生|在校学生|在校生|总人口|常住人口|户籍人口|人口总数"
DESCRIPTIVE_BEFORE = re.compile(rf"({_POPULATION})(有|达到?|约|超过|将达到?|预计将?达到?|预计)?$|"
                                r"(?:现有|目前有|现已有|共有)[^，。；\d]{0,16}$|"  # "全区现有规模以上工业企业512家"
                                # what the work stands on: "依托全镇6个综合文化站开展…" (利用 can commit: "盘活利用闲置厂房3处")
                                r"(?:依托|依靠|借助)[^，。；\d]{0,4}$")  # its object, a place at most before it: no verb between
# whom a measure reaches: "新修便道9公里，惠及沿线住户700户" is the outcome of the figure before it (alone,
# "实施城区排涝改造，受益群众3万人" is the only scale the measure is given, and stays)
BENEFICIARIES_BEFORE = re.compile(r"(?:惠及|受益|涉及)[^，。；\d]{0,6}$")
# …unless the clause acts on the people it names: "招聘医学类毕业生40名" is a commitment, and so is an addition to a
# population ("新增园区常住人口800人以上", "净增户籍人口2000人"): the growth set, not the population described — where
# 新增 governs the population, a place at most between ("今年新增的3个社区常住人口1.5万人" describes the new places)
ACTS_ON_PEOPLE = re.compile(r"招聘|招录|招收|招引|引进|吸纳|接收|安置|选聘|招募|培养|培训|资助|帮扶|服务|留住|吸引|扶持|"
                            rf"(?:新增|净增)[^的\d，,。；;、]{{0,6}}?(?:{_POPULATION})[^，,。；;\d]{{0,6}}$")
# a figure inside a 的-phrase naming what the clause goes on about, the stage it comes to its predicate
# ("完成投资1.5亿元的滨河片区排涝工程年内进入验收阶段", "总投资3亿元的物流园上半年开工"): it describes the project,
# the commitment is the stage; with no such predicate after it the figure is the work ("组建不少于30人的应急队伍")
SUBJECT_DESCRIBED_AFTER = re.compile(r"^(?:以上|以下|左右)?的[^，,。；;：:\d]{2,24}?(?:年内|年底前|年底|今年|上半年|下半年|将|要)?"
                                     r"(?:进入|转入|开工|完工|竣工|投产|投用|投入使用|交付使用|通过验收)")
# …only where that phrase is the subject the clause opens with, a size or a sum its whole opening ("总投资3亿元的…",
# "建筑面积2万平方米的…"): a verb before it governs the phrase and sets the figure ("新建长度12公里的环城北路年底前竣工",
# "年内建成日处理能力2万吨的污水处理厂并投入使用"); 完成投资 is the sum a project has taken in, a measure's name
SUBJECT_MEASURE_OPENS = re.compile(r"^(?:总|计划|完成|累计|设计|实际)?[日年]?(?:投资|(?:建筑|占地|用地|总)?面积|长度|全长|总长|"
                                   r"里程|(?:处理|供水|建设)?(?:规模|能力)|(?:装机)?容量|库容|产能)(?:约|达|为)?$")
# a difference printed beside the figure itself: "比去年多100万人", "比去年增加2000亿元"
DIFFERENCE_BEFORE = re.compile(r"[比较](去年|上年|上一年|上年度|去年预算|年初)(预期目标|预期|目标)?(要|还)?(多|少|高|低)(出)?$")
# "…2000亿元，比上年增加300亿元": a change beside the figure it changes, when its clause names no metric of
# its own ("煤炭消费总量比上年下降3%" is that metric's target) and a figure in a like unit comes before.
# The verbs are any of moving a figure up or down: "较上年回落1个百分点", "比上年调低0.5个百分点"
DIFFERENCE_VERB = re.compile(r"[比较](?:去年|上年|上一年|上年度|去年预算)(?P<against>[^，。；]{0,4}?)"
                             r"(?:增加|提高|减少|降低|下降|下调|上调|调低|调高|调减|调增|增长|回落|回升|放缓|加快|扩大|缩小|"
                             r"收窄|压减|压缩|上升|下滑)$")
# …and a change of a target against last year's target ("增长目标比上年调低0.5个百分点", "比上年预期目标
# 调低1个百分点") is never a target of its own, wherever its figure stands: it explains the target
TARGET_NAMED = re.compile(r"目标|预期|计划数")
TARGET_NAMED_END = re.compile(rf"(?:{TARGET_NAMED.pattern})$")  # a subject that names the target itself
# a sentence that explains a target set before it restates it: "设定地区生产总值增长6%左右的预期目标，主要
# 考虑…", "需要说明的是，…增长目标由去年的7%左右调整为6.5%左右"
EXPLAINS_TARGET = re.compile(r"需要说明|主要(?:是)?(?:考虑|基于)|综合考虑|之所以|设定[^，。；]{0,40}目标|提出[^，。；]{0,40}目标|"
                             r"(?:这一|这个|上述|以上)(?:预期)?目标|调整为")
PERCENT_UNITS = frozenset(("%", "％", "个百分点", "百分点"))
# "由每人每年420元提高到450元": the figure before 提高到 is the baseline, not the target
# …and "由去年的7%左右调整为6.5%左右": 调整为 names the new value, the old one is no target either
BASELINE_AFTER = re.compile(r"^[^，。；\d]{0,3}(提高|增加|提升|上调|扩大|降低|下降|下调|减少|调整|降)(到|至|为)")
# the figure a change is measured from: "较上年的2.58亿元增长8.5%", "比去年同期完成的1.9亿元增长10%" (the base, printed
# before the change; a change printed beside its figure, "比上年增加300亿元", is DIFFERENCE_VERB's)
_LAST = r"(?:去年|上年|上一年|上年度|(?:19|20)\d{2}\s*年)"
BASE_BEFORE = re.compile(rf"[比较]{_LAST}(?:同期)?(?:完成|实现|实际)?的?\s*$")
BASE_CHANGE_AFTER = re.compile(r"^[^，。；\d]{0,3}?(?:增长|增加|提高|提升|下降|降低|减少|扩大|压减|翻)")
# …and one a frame names as the starting point: "在上年3.6亿元的基础上", "在建成15个示范村的基础上"
BASE_FRAME_BEFORE = re.compile(r"在[^，。；：:]*$")
BASE_FRAME_AFTER = re.compile(r"^[^，。；\d]{0,4}?的?基础上")
# what is left of a base in a metric once its figure is read out ("较上年的增长", "在上年的基础上增长"): no part of
# what is measured, but for the measure a frame names ("在去年新增规上企业的基础上" → 新增规上企业)
BASE_IN_METRIC = re.compile(rf"[比较]{_LAST}(?:同期)?(?:完成|实现|实际)?的|在{_LAST}?(?P<inside>[^，。；：:]{{0,16}}?)的?基础上")

YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
# the year a clause, a "2024年：" label or a heading scopes its targets to ("2024年完成改厕300户", "到2026年底前…",
# "（一）2025年：全面提升"); not a span's end ("2024—2026年", "2024年至2026年") nor a start ("2024年以来"); a year
# compared with ("较2020年") is `BASELINE_YEAR`'s
SCOPE_YEAR = re.compile(r"(?<![\d年][—–\-－~～至到])(?<!\d)((?:19|20)\d{2})\s*年(?!\s*[—–\-－~～至到]\s*(?:19|20)?\d{2})"
                        r"(?!以来|至今|来)")
# what is left of a staged clause once its figure is read: its year and a verb ("…达到60%，2027年达到70%，到2028年实现
# 80%以上"): the year is when, the measure is the clause's before it (a 年底 already read off as a period: "到2027")
_STAGE_YEAR = r"(?:到|至|在|于)?(?:19|20)\d{2}\s*年?(?:底|末)?前?"
YEAR_ALONE = re.compile(rf"^{_STAGE_YEAR}(?:要|将|力争|争取|确保)?(?:再|累计)?"
                        rf"(?:实现|增长|下降|提高|降低|{_RAISED_TO}|{_REACHED}|完成|建成|新建|新增|培育|创建)?$")
# …with its 年 printed (a bare "2026" is no year): the year a borrowed measure was read with ("农村自来水普及率2026年"),
# not the next stage's; and a year a measure names right before its figure ("车间2026年15个"): when the figure is due
_DATED_YEAR = _STAGE_YEAR.replace("年?", "年")
STAGE_YEAR = re.compile(_DATED_YEAR)
YEAR_BEFORE_FIGURE = re.compile(r"(?<=[\u4e00-\u9fff）)”])(?<!第)" + _DATED_YEAR + "$")
# a year opening a sentence or paragraph as its label or lead-in: "2025年：…", "到2026年，…", "2024年度："
YEAR_LABEL = re.compile(r"^\s*(?:到|至|在)?((?:19|20)\d{2})\s*年度?(?:底前?|末|前)?\s*[：:，,]")
# a year inside a 的-phrase naming the object a clause works on dates that object, not the clause: "改造2000年底前建成的
# 老旧小区46个", "对2015年以前建成的农村公路开展排查", "将2024年已建成的示范点提升为…", "巩固2020年以来累计建成的高标准农田".
# The stock is old; the work on it is the plan's. Its year (and its 已, 累计, 以来) neither reports the figure nor dates
# it (`dated_objects`). A year opening its clause frames it ("2025年全区建成的…达到46个", "截至2025年底累计建成的…")
_STOCK_VERBS = (r"建成|建设|修建|新建|兴建|改造|实施|开工|竣工|完工|投用|投运|投产|安装|铺设|认定|命名|创建|评定|批准|下达|"
                r"结转|确定|纳入|登记|发放|购置|配备|设立|成立|注册|开通|通车|验收|划定|种植|栽植|建")
DATED_OBJECT = re.compile(r"(?:(?:19|20)\d{2}\s*年?\s*[—–\-－~～至到]\s*)?(?:19|20)\d{2}\s*年度?[底末初]?(?:以前|之前|前|以来)?"
                          rf"\s*(?:已经|已|累计|先后|陆续)?[^的，,。；;：:\d]{{0,4}}?(?:{_STOCK_VERBS})(?:完成|成)?的")
# …and one with no 的, where the year is bounded by 以来 (since then: never a deadline) after a verb or preposition that
# takes the object ("对2019年以来新修道路开展回头看", "巩固2018年以来改造户厕"), or by 以前/之前 after a preposition that
# only takes objects ("对2010年以前建成桥梁开展检测"; after a verb, "确保2027年以前建成", it is a deadline). The year
# and its bound are the span: the noun after it is the object the clause's own words work on.
DATED_SINCE = re.compile(r"(?:19|20)\d{2}\s*年度?[底末初]?(?:(?P<since>以来)|(?P<before>以前|之前))(?=[^，,。；;：:\d的]{2})")
_OBJECT_PREPOSITION = re.compile(r"(?:对于?|针对|把)[^，,。；;：:\d]{0,4}$")
# …after the verb or the preposition that takes the object ("改造", "对", "将"), a few words between ("提升全区…")
_WORKS_ON = rf"{ACT_VERBS}|排查|巡检|检查|摸排|核查|普查|清理|拆除|修缮|维修|维护|加固|纳入|管护|盘活|处置|验收|评估|复核|巩固"
_TAKES_OBJECT = re.compile(rf"(?:{_WORKS_ON}|对|将|把|向|给|针对|围绕)[^，,。；;：:\d]{{0,4}}$")
# the verb a preposition's dated object is worked with, after it ("对2020年以来新修的42公里村道开展回头看" → 开展): not one
# that a 的 closes a few words on, which describes the object ("累计改造完成的")
_WORKED_WITH = re.compile(rf"(?:{_WORKS_ON})(?![^，,。；;：:\d的]{{0,4}}的)")


def dated_objects(text: str) -> list[tuple[int, int]]:
    """Where `text` dates an object its clause works on (`DATED_OBJECT`, `DATED_SINCE`): "全区计划改造2000年底前建成的
    城镇老旧小区46个" → the span of "2000年底前建成的"; "对2019年以来新修道路开展…" → "2019年以来". Read as no year of the
    clause's own."""
    spans = []
    for m in DATED_OBJECT.finditer(text):
        opened = max(text.rfind(p, 0, m.start()) for p in "，,。；;：:") + 1
        if _TAKES_OBJECT.search(text[opened: m.start()]):
            spans.append(m.span())
    for m in DATED_SINCE.finditer(text):
        lead = text[max(text.rfind(p, 0, m.start()) for p in "，,。；;：:") + 1: m.start()]
        taken = _TAKES_OBJECT if m.group("since") else _OBJECT_PREPOSITION
        if taken.search(lead) and not any(a <= m.start() < b for a, b in spans):
            spans.append(m.span())
    return sorted(spans)


def counts_dated_stock(text: str, span: tuple[int, int], at: int) -> bool:
    """The figure at `at` stands inside an object a preposition takes and `DATED_SINCE` dates, between the year and the
    verb its clause works it with: "对2020年以来新修的42公里村道开展回头看" counts the stock built since, which the
    year still dates — not the work ("对2019年以来新修道路开展回头看，整改问题30个" dates no figure)."""
    since = DATED_SINCE.match(text, span[0])
    opened = max(text.rfind(p, 0, span[0]) for p in "，,。；;：:") + 1
    if since is None or since.end() != span[1] or not _OBJECT_PREPOSITION.search(text[opened: span[0]]) or at < span[1]:
        return False
    verb = _WORKED_WITH.search(text, span[1])
    closed = min((i for i in (text.find(p, span[1]) for p in "，,。；;：:") if i >= 0), default=len(text))
    return at < min(verb.start() if verb else closed, closed)


def undated(text: str) -> str:
    """`text` without the years that date an object its clause works on (see `dated_objects`)."""
    for start, end in reversed(dated_objects(text)):
        text = text[:start] + text[end:]
    return text

# --- two tiers on one metric (保底/冲刺): "规上工业产值确保完成45亿元、力争50亿元" guarantees one figure and
# strives for another; the tier word before a figure names its tier
_FLOOR, _STRETCH = "确保|保底", "力争|争取|冲刺"
TIER_WORD = re.compile(rf"(?P<floor>{_FLOOR})|(?P<stretch>{_STRETCH})")
# what stands between the two figures: a separator, the second tier's word and at most its verb, no metric of its own
TIER_GAP = re.compile(rf"\s*[、，,；;]?\s*(?:{TIER_WORD.pattern})"
                      r"(?:完成|实现|达到|突破|超过|增长|增加|提高到|提高至|提升到|提升至|达)?\s*")
# the tier words as the first figure's metric carries them ("规上工业产值确保完成"): no part of what is measured
TIER_IN_METRIC = re.compile(rf"(?:{_FLOOR}|{_STRETCH})(?:完成|实现|达到)?")
