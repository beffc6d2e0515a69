"""Words of an assessment's own scoring: how its total score is made up and what its rules add or take away. A plan for
an assessment (考核实施方案, 目标责任书) prints these beside the targets it scores, but they set nothing to reach: a weight
stated ("权重占8%"), a part's share of the total score ("平时考核占年度考核总分的30%"), a cap on bonus points ("加分累计
不超过3分"), full marks ("满分100分").

A floor a plan asks of another assessment stays a commitment ("纳入年度考核，考核权重不低于5%", "考核分值不低于2分"), and so
does a score to reach ("综合考评得分达到90分以上", "满意度测评得分提高2分"): only the plain statement of the scheme, or a
figure of bonus or deduction points, is its rule. Data only: `not_targets` reads it.
"""

from __future__ import annotations

import re

# a part's share of the total score: "年终考核占年度考核总分的60%", "测评结果占总成绩的20%", "占综合得分的比重为40%"
SHARE_OF_SCORE_BEFORE = re.compile(r"占[^，,。；;\d]{0,12}?(?:总分|总分值|总成绩|综合得分|得分|考核分)的?(?:比重|比例|权重)?(?:为|是)?\s*$")
# a weight or a point value stated, the word right before the figure or joined by 占/为 ("权重占8%", "分值为10分",
# "权重：15%"): not one bounded ("权重不低于5%") or raised ("权重提高到5%")
WEIGHT_STATED_BEFORE = re.compile(r"(?:权重|分值)(?:占比?|为|是|[:：])?\s*$")
# points a rule adds or takes away, or the full marks: "加分累计不超过3分", "扣分最多10分", "满分100分", "基础分60分"
POINTS_RULE_BEFORE = re.compile(r"(?:加分|扣分|减分|扣减|倒扣|满分|基础分|附加分|赋分)[^，,。；;\d]{0,8}$")
POINTS_UNITS = frozenset(("分",))
# a quota on a grade, how many the assessment may rate so ("优秀等次比例不超过30%", "评为优秀档次的人数原则上不超过
# 15%"): how grades are handed out, not a result to reach ("优秀率达到30%以上", a share of pupils, stays one)
GRADE_QUOTA_BEFORE = re.compile(r"(?:优秀|先进|良好)(?:等次|档次|等级)[^，,。；;\d]{0,6}?(?:比例|名额|人数|数量|比重)"
                                r"(?:原则上|一般)?(?:不超过|不得超过|不高于|控制在)\s*$")
