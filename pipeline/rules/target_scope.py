"""Word lists for what a figure counts and the whole it is taken from: the scope words that span a place's divisions
(全县, 所有, 每个), the class a threshold picks out ("100人以上企业"), the noun a count counts ("培育合作社12家以上",
"30家以上重点企业") and the clause that says whom a measure is for. Apart from `rules/targets.py` (units, comparators,
periods, stance) so that each reads as one subject.

Everything here is data: changing a cue never changes control flow in `pipeline/targets.py`.
"""

from __future__ import annotations

import re

from jihua.pipeline.rules.target_stance import AIMS_AT_RESULTS
from jihua.pipeline.rules.targets import ACT_VERBS, GOING_VERBS, MAKE_VERBS, PERIODS

# --- scope words ---------------------------------------------------------------------------
# "每个社区不少于1场": a distributive scope alone does not say what is measured
DISTRIBUTIVE = re.compile(r"^(每个|每一个|每|各)[\u4e00-\u9fff]{1,5}$")
# …but a per-one basis of a single character (每人, 每户, 每村, 每校) is the whole scope, so what follows it names the
# measure ("每人临时救助": aid per person), unless only a verb follows ("每户发放": what is handed out is named before)
PER_ONE = re.compile(r"^每[人户村校]")

# --- the whole a count spans ------------------------------------------------------------------
# what a coverage goal spans, counted ("实现全县186个行政村…全覆盖", "所有12个乡镇…全覆盖"): the whole it covers, not
# a figure set
COVERAGE_SCOPE_BEFORE = re.compile(r"(?:全[省市县区镇乡]|所有|全部)$")
COVERAGE_SCOPE_UNITS = frozenset("个 所 家 户 名 人 位 座 处 条 支 栋 间 台 辆 艘".split())  # places, bodies, things
# "四个全覆盖", "5个全覆盖": covered things counted, never a share of 100%
COUNTED_COVERAGE = re.compile(r"(?:\d+|[一二三四五六七八九十两]{1,3})(?:个|项|大)(?:基本)?$")
# the place a plan is made for, described in its opening formula: "结合我镇18个行政村实际", "立足全县12个乡镇的
# 特点" — a count of what exists, no commitment
SUITED_TO_BEFORE = re.compile(r"(?:结合|立足|根据|针对|按照)[^，。；\d]{0,8}$")
SUITED_TO_AFTER = re.compile(r"^[^，。；\d]{0,12}?(?:的)?(?:实际|特点|现状|情况|特色|优势)(?:情况)?(?:[，,。；;]|$)")
# the document's own scope, opening its clause: "本方案适用于全县9个镇、108个行政村", "适用范围：全区6个街道" — what the
# plan covers, no count set; not a scope widened ("适用范围扩大到15个乡镇", "实施范围新增8个村" set how far). The clause
# after the opener's colon is the scope too ("适用范围：全区6个街道", `not_targets._scopes_the_document`)
DOC_SCOPE_OPENS = re.compile(r"^(?:[^，,。；;\d]{0,8}?(?:方案|计划|办法|意见|细则|规划|要点|规定)的?)?(?:适用于|适用范围|实施范围)")
SCOPE_WIDENED = re.compile(r"扩大|扩展|拓展|延伸|增加|增至|新增|新纳入|增补|提高|达到|覆盖到")
# a count after 等 summing up a list the clause names ("东岭镇、西坪乡等6个乡镇"): where the list is what a work touches
# (涉及, 包括: "试点片区涉及的…等6个乡镇") or the clause's subject (a modal after its noun: "…等6个乡镇要落实专人"), it says
# whom the work concerns, no figure set (`not_targets._sums_up_a_scope`)
LIST_SUMMED_BY = re.compile(r"、[^，,。；;\d]{1,30}等$")
TOUCHES_LIST = re.compile(r"(?:涉及|包括|包含|涵盖)的?[^，,。；;\d]{1,40}等$")
# …but a stance or a verb that drives the work before the list makes its count the goal's extent ("力争全县包括…等9个
# 园区全部达标", "推动包括…等5个村创建示范村"), as a verb of doing does
DRIVES_LIST = re.compile(rf"{AIMS_AT_RESULTS.pattern}|引导|鼓励|带动|督促")
# …and a subject is whom the work concerns only where a duty follows its modal ("…等6个乡镇要落实专人负责", "均要建立工作
# 台账"); an outcome after it ("…等6个乡镇要建成卫生乡镇", "须在9月底前完成改造") is the commitment, the count its extent
SUBJECT_GOES_ON = re.compile(r"^[^，,。；;\d、]{0,8}?(?:要|均|都|应|须|必须|务必|各自|分别)+[^，,。；;\d]{0,6}?"
                             r"(?:落实|做好|抓好|加强|强化|建立|健全|完善|明确|压实|配备|指定|安排|制定|履行|承担|负责|"
                             r"严格|切实|认真|高度重视)")
# the whole of a place's divisions, counted: "全县12个乡镇要落实属地责任", "对全县186个行政村开展检查",
# "辖区内23个社区": how many there are (the scope a measure spans), not a number the plan commits to
WHOLE_SCOPE_BEFORE = re.compile(r"(?:全[国省市州盟县区旗镇乡]|所有|全部|所辖|辖区内?|辖内)$")
# …or where the whole is what a measure is carried out on, every one of them: "对全县9家液化气充装站开展全覆盖检查",
# "对全市12所养老机构进行全面排查" say how many there are; "对7家企业开展检查" (no 全县) names those picked, a target
ACTED_ON_ALL_BEFORE = re.compile(r"对于?$")
ACTED_ON_ALL_AFTER = re.compile(r"^[^，,。；;\d]{0,16}?(?:开展|进行|实施|实行|组织)[^，,。；;\d]{0,2}?"
                                r"(?:全覆盖|全面|全方位|拉网式|地毯式|逐一|逐家|逐户)")
# …unless some of them are chosen: "选取全县5个乡镇开展试点", "在全县6个村先行示范" count a selection made
CHOSEN_FROM_BEFORE = re.compile(r"(?:选取|选择|选定|确定|遴选|择优|挑选|筛选|培育|打造|创建|评选|推荐|命名)[^，。；\d]{0,2}$")
CHOSEN_AFTER = re.compile(r"^[^，。；]{0,16}?(?:试点|示范|先行|样板|标杆)")
# (the division word ends its noun: a clause mark, 的 or a coordinated part, a predicate, or the division's governing
# body after it — "全县50个村级电商服务站点", "全市40个社区食堂", "全市6个市民服务中心" count what is built)
DIVISIONS_AFTER = re.compile(r"^(?:[（(][^）)]{1,8}[)）])?(?:乡镇|乡|镇|街道|街镇|行政村|自然村|村|社区|村居|县区|县市区|区县|市县|"
                             r"市州|地市|县|区|市|开发区|园区|片区|网格)(?:[（(][^）)]{1,8}[)）])?"
                             r"(?=[，。；、,;：:]|$|的|和|与|及|"
                             r"(?:人民政府|政府|党委|党（工）委|党工委|党组织|村委会|居委会|两委|班子|主要负责人)|"
                             r"(?:要|均|都|全部|全面|各|每|分别|应|须|必须|统一|同步|逐一|实现|开展|落实|建立|完成|达到|推行|推进|"
                             r"进行|纳入|设立|配备|组建|成立|召开|制定|按照|对照|围绕|覆盖))")

# …nor need the noun after the whole end at once where the clause goes on to a figure of its own that every one of them
# is to reach ("全县86个行政村集体经营性收入全部达到8万元以上", "全市40所学校食堂均不低于90分"): the count is the whole
# the figure is set for. A distributive word must say so (全部, 均, 都, 一律, 每个, 所有), or the whole word itself
# (所辖, 辖区内, 所有: "辖区内17所中小学满意度达到90分以上"): after 全县/全市 alone the count is how many are to
# reach it, itself the target ("全市9家企业营业收入超过8亿元": nine firms over the bar). 人均 is a per-head measure,
# 首都/都市 a place
_OWN_FIGURE = (r"(?:(?:达到|达|不少于|不低于|至少|超过|保持在|稳定在|提高到|提升到)\s*[\d一二三四五六七八九十两]|"
               r"\d+(?:\.\d+)?[^，,。；;\d]{1,4}?及?以上)")
_EVERY_ONE = r"(?:全部|(?<!人)均|(?<!首)都(?!市|会)|一律|每一?个|所有|逐一|无一例外)"
OWN_FIGURE_AFTER = re.compile(rf"^[^，,。；;]*?{_OWN_FIGURE}")
EVERY_ONE_AFTER = re.compile(rf"^[^，,。；;]*?{_EVERY_ONE}[^，,。；;]*?{_OWN_FIGURE}")
WHOLE_OF_ALL = re.compile(r"^(?:所有|全部|所辖|辖区内?|辖内)$")
# …where the whole is the clause's subject: a verb of doing before it makes it what is acted on ("新建全县2个储备库，…")
ACTED_ON_LEAD = re.compile(ACT_VERBS)
# things already there, named as what an upkeep verb works on ("规范镇服务中心和12个村服务站运行", "加强6个站点日常管理"):
# their count is no figure the plan sets; a verb of making, raising or moving, or a bound between keeps it one
# ("规范建设12个服务站", "完善提升16个服务中心功能", "推动25家合作社规范化运营"). The running must be what the counted
# noun is named for, close after it: another clause joined by 并/实现 ("提升16个中心功能并规范运行") sets the work first
UPKEEP_BEFORE = re.compile(r"(?:规范|加强|强化|完善|健全|做好|抓好|保障)"
                           r"(?:(?!建|创|培育|打造|新增|达到|不少于|不低于|至少|提升|推动|实现|确保|改造)[^，,。；;\d]){0,16}$")
UPKEEP_AFTER = re.compile(r"^(?:(?!并|实现)[^，,。；;\d]){0,10}?(?:规范化)?(?:日常)?(?:运行|运营|管理|维护)(?:[，,。；;]|$)")
# existing bodies merged into a new one ("整合18个村卫生室组建4个中心卫生室", "撤并6个村组建2个社区", "将5个站合并为2个",
# "整合6个水厂建成2座"):
# the count before the result verb names what is there already; what is made is the commitment. The merge verb opens
# the counted phrase (a few words between: "整合辖区9个…"); merging money ("整合涉农资金3000万元") makes no new body
MERGE_BEFORE = re.compile(r"(?:整合|合并|撤并|归并|并入|重组)[^，,。；;\d]{0,6}$")
# — or an object preposition before the count and the merge verb after it ("将12个村卫生室合并为5个中心卫生室")
_MERGED_INTO = r"组建|组成|成立|设立|建成|(?:整合|合并|归并|撤并|重组)[为成]|并为|并入"
MERGED_INTO_AFTER = re.compile(rf"^[^，,。；;\d]{{0,14}}?(?:{_MERGED_INTO})")
MERGED_OBJECT_BEFORE = re.compile(r"(?:将|把)[^，,。；;\d]{0,6}$")
MERGED_AS_AFTER = re.compile(r"^[^，,。；;\d]{0,14}?(?:整合|合并|归并|撤并|重组)[为成]")
# the verb of what the merge makes, where the figure set after the merged count begins its own text; opening the next
# clause after a comma, it goes on with the merge ("整合4个村，组建1个中心社区")
MERGED_RESULT = re.compile(_MERGED_INTO)
MERGE_GOES_ON = re.compile(rf"^[，,]\s*(?={_MERGED_INTO})")

# --- what a count counts, and the class a threshold picks out -----------------------------------
# "3.5万贫困人口": a scaled count whose unit is the people or households it counts
COUNTED_NOUN = re.compile(r"^(?:农村)?(?:贫困|低收入|建档立卡)?(?:人口|群众|农民工?|居民|职工|学生|户|家庭|人次)")
# a threshold that picks out whom or what a measure is for, not a figure set: "100人以上企业",
# "年收入10万元以下家庭", "65岁及以上老年人", "50户以上的村" (the clause's target, if any, comes later)
THRESHOLD_AFTER = frozenset({"以上", "及以上", "以下", "及以下"})
OVER_BEFORE = re.compile(r"超过?$")  # "超百亿元企业", "投资超过1000万元的企业": the size that picks them out
# what is removed by a size is a class of things: "关停5万吨以下小煤矿", "淘汰20立方米以下老旧渣土车"
REMOVE_CLASS = re.compile(r"消除|淘汰|关停|关闭|取缔|拆除|清理|化解|退出|整治")
CLASS_NOUN = re.compile(r"^的?[\u4e00-\u9fff]{2}")
# a measured quantity just before the figure ("年销售汽油量5000吨以上的加油站", "总投资1亿元以上的"), or
# before 超 ("产值超10亿元的只有4家"): with 以上的/以下的 after the figure it picks out what follows, whatever
# that is named
_MEASURES = r"量|额|产值|面积|规模|能力|投资|收入|营收|人数|容量|功率|里程|长度|排量|吨位|产能|能耗|用水|供水|用电|用地|排放"
MEASURED_ATTRIBUTE = re.compile(rf"(?:{_MEASURES})$")
# counts of kinds are no size threshold: "开展8类以上康复服务项目" offers eight kinds of service
KIND_UNITS = frozenset(("类", "种"))
# …but a bound followed straight by a verb of going or taking part closes its figure's phrase: "选派科技特派员300名以上
# 深入乡村开展服务", "组织志愿者50人以上进驻社区" count who go, and 乡村/社区 is where they go, not a class picked out
# …or of being assigned to a place or to households ("抽调干部80名以上包片联户")
# …or of what the counted things attain ("力争2篇以上获得市领导批示", "3个以上入选省级名录", "5家以上达到省级标准"):
# the figure counts them, a floor set — unless a 的 closes the phrase on a class it picks out ("对投资1000万元以上
# 获得立项的项目给予奖励")
PREDICATE_AFTER = re.compile(rf"^(?:{GOING_VERBS}|(?:获得|荣获|获评|入选|达到)(?![^，,。；;]*的))")
# whom or what a figure counts, named right before it after the verb that gathers or makes them ("组织植保员60名以上…",
# "培育示范合作社12家以上…"): the figure counts that noun, so what follows the bound is what they do, not a class it
# picks out. A verb that acts on a class (扶持, 淘汰) is no such verb, nor a noun that measures a firm (职工, 用工)
_GATHERS = "|".join(v for v in MAKE_VERBS.pattern.split("|") if len(v) > 1) + "|动员|抽调|派驻|选聘|招募"
COUNTED_BEFORE = re.compile(rf"(?:{_GATHERS})[^，,。；;、：:\d的]{{0,8}}?(?:人员|员|者|师|干部|书记|人才|专家|党员|骨干|能手|"
                            r"企业|公司|合作社|农场|主体|机构|大户|服务队|团队)$")
COUNTED_BEFORE_UNITS = frozenset("名 人 位 家 个 支 户".split())
_CLASS_NOUNS = (r"企业|公司|项目|家庭|住户|人员|人口|人群|群体|老人|老年人|"
                r"婴幼儿|儿童|少年|青年|学生|患者|职工|村|社区|乡镇|城市|县|单位|机构|工程|园区|规模|户|医院|学校|"
                r"水源地|场所|场馆|工地|小区|行业|区域|地区|楼宇|道路|河道|水库|班额|班级|大班|车辆|货车|船舶|"
                r"房屋|建筑|桥梁|养殖场|商户|门店|市场|景区|酒店|宾馆|网点|合作社|农户|经营主体")
THRESHOLD_NOUN = re.compile(rf"^的?[^，,。；;、：:（）()\d]{{0,6}}?({_CLASS_NOUNS})")
# …the class named right after the bound, though, is picked out whatever was named before ("组织职工300人以上企业…")
CLASS_NOUN_NEXT = re.compile(rf"^(?:{_CLASS_NOUNS})")
# …but where the measure word is the very counter of the noun after the bound ("督促30家以上重点企业安装监控", "改造
# 20座以上病险水库"), the figure counts that noun: how many are acted on, a floor set, not a size that picks out a class
# ("职工300人以上企业": 人 counts staff, not firms). The noun closes its phrase: no 的 after it ("3家以上子公司的企业"
# names a condition), no other class noun ("20名以上职工企业")
# Only modifiers of the counted noun stand before it ("重点", "规上"): no class noun, no verb ("300人以上企业落实职工体检"
# counts staff, and the firms are what it acts on). Nor does the noun describe a class after it: no noun phrase ending in
# a class noun ("8辆以上渣土运输企业", "15家以上网点连锁企业") and no 的-clause naming one ("30户以上农户参股的合作社")
_MODIFIER = rf"(?:(?!{_CLASS_NOUNS}|{ACT_VERBS})[^，,。；;、：:（）()\d的])"
_CLASS_AHEAD = rf"(?:{_CLASS_NOUNS}|主体)"
_COUNTED_BY = {"家": "企业|公司|单位|机构|医院|合作社|农场|商户|门店|酒店|宾馆|网点|市场|商场|超市|景区|养殖场|工厂|银行",
               "个": "村|社区|乡镇|项目|园区|小区|网点|市场|景区|站点|基地|平台|品牌",
               "户": "农户|家庭|住户|商户|居民", "所": "学校|医院|幼儿园|中小学|卫生院", "座": "桥梁|水库|场馆|建筑",
               "辆": "车辆|货车|客车|汽车", "艘": "船舶|渔船|船只", **dict.fromkeys("栋幢", "楼宇|房屋|住宅"),  # one list: both count buildings
               "条": "道路|河道|线路|街巷", "项": "项目|工程",
               **dict.fromkeys("名人位", "人员|职工|员工|干部|党员|专家|志愿者|学生|患者|群众|农民")}
COUNTED_NEXT = {unit: re.compile(rf"^{_MODIFIER}{{0,6}}?(?:{nouns})(?!的|家|{_CLASS_NOUNS}|{_MODIFIER}{{1,4}}{_CLASS_AHEAD}|"
                                 rf"[^，,。；;、：:\d]{{0,8}}?的{_MODIFIER}{{0,4}}{_CLASS_AHEAD})")
                for unit, nouns in _COUNTED_BY.items()}
# a clause that opens on whom a measure is for ("对…达到100亩以上的主体给予补助", "凡…连续2年以上的"): a bound and
# 的 after its figure name a condition to qualify, whatever is named after it — where the figure follows a measure or
# a word of reaching ("对30家以上的企业开展检查" counts those acted on)
CONDITION_OPENS = re.compile(rf"^(?:(?:{PERIODS.pattern}|今年|明年)[，,]?)?(?:对于|对|凡是|凡)(?![接标口象照外话])")
CONDITION_MEASURE_BEFORE = re.compile(rf"(?:{_MEASURES})(?:达到?|超过|满)?$|(?:达到|超过|满|不低于|不少于)$")
REACHED_BEFORE = re.compile(r"(?:达到|超过|满)$")  # the figure a condition is reached at, with no bound after it
# …a measure's unit alone names a condition only before what holds that measure ("对200立方米/天以下的工程", "对50亩以上的
#种粮大户"): before the things acted on it counts them ("对全镇3000亩以上的撂荒地进行复耕" is the area to farm again)
HOLDER_AFTER = re.compile(r"^的[^，,。；;\d]{0,6}?(?:企业|大户|农户|主体|合作社|农场|养殖场|水厂|项目|站点|工程|单位|园区|基地|场站)")
# …and a share only after the rate or ratio it bounds ("资产负债率70%以上的企业"): "对90%以上的行政村开展…" counts villages
SHARE_MEASURE_BEFORE = re.compile(r"(?:率|比例|比重|占比)(?:达到?|超过|满)?$")

# --- what a plan covers, listed ----------------------------------------------------------------
# the objects or the scope of a plan or a measure, stated as what it is ("考核对象为全县9个乡镇、36个部门", "帮扶对象：全镇
# 420户脱贫户", "项目实施范围包括5个村"): counts of what it covers, no figure set (`DOC_SCOPE_OPENS` for the document's own
# 适用范围); a widened scope (`SCOPE_WIDENED`) sets one. Not "服务对象满意度≥95%": the word must state the list
OBJECTS_OPENS = re.compile(r"^(?:本次|本年度|本项目|本方案|此次|项目)?(?:[^，,。；;\d]{0,4}?)(?:对象|范围)(?:主要)?(?:为|是|包括|[:：])")
# a project or a network that covers the whole ("项目覆盖全区7个社区卫生服务中心", "网络涵盖全市所有14家医院"): the count
# is how many there are, all of them covered — no figure set, as a coverage goal's whole is not ("覆盖12个村": some, a
# target; "覆盖80%的村": a share)
COVERS_WHOLE_BEFORE = re.compile(r"(?:覆盖|涵盖)(?:到|至)?$")
# the next member of a list of counted nouns, joined by 、 or 和 with nothing but the noun between ("全县12个乡镇（街道）、
# 43个县直部门和8家驻县单位"): it counts a part of the same whole as the list's first count. A verb, a bound or a clause
# mark between makes it a figure of its own ("全县12个乡镇要…、新建3个…")
LISTED_BETWEEN = re.compile(rf"^(?:(?!{ACT_VERBS}|以上|以下|左右|要|均|都|将)[^，,。；;：:\d、和及与])+(?:、|和|及|以及|与)$")
# a project's total sum split by where the money comes from ("总投资860万元，其中中央资金520万元、区级配套340万元", "其中自筹
# 80万元"): how it is funded, no figure of its own. The sum is named a total (`TOTAL_SUM`): money arranged ("安排资金2800万元，
# 其中省级1000万元") is split into parts the plan commits too; a part with its own verb ("其中税收收入安排12.6亿元") or
# category ("其中留抵退税约1.5万亿元") is a figure set
SPLIT_OPENS = re.compile(r"^其中")
TOTAL_SUM = re.compile(r"总投资|投资总额|资金总额|资金总量|总成本|总预算|总概算|资金来源")
FUND_SOURCE = re.compile(r"^(?:其中)?(?:(?:中央|省|市|县|区|乡镇|镇|地方|本级|上级)级?(?:财政)?(?:预算内)?"
                         r"(?:专项|补助|配套|奖补|衔接)?(?:资金|补助|配套|投资|投入|拨款)?|(?:企业|单位)?自筹(?:资金)?|"
                         r"社会资本|银行贷款|专项债券?)$")
