"""A county's work report copied from its portal: the page's text-size switch and share field above
the date subtitle, a 元月 date, and the page's one-line link to an attached file under the text; a
city's report copied from a news site: the paper's byline or its lead over the report's title block."""

from __future__ import annotations

from pathlib import Path

import pytest

_REPORT = """首页 > 政务公开 > 政府工作报告
政府工作报告
{switch}
——2023年元月10日在柳塘县第十九届人民代表大会第三次会议上
代县长  周明远
各位代表：
现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。
一、2022年工作回顾
过去一年，全县地区生产总值增长4.8%，一般公共预算收入完成12.6亿元。
二、2023年主要预期目标
全县地区生产总值增长6%左右，城镇新增就业3200人以上。
三、2023年重点工作任务
（一）扩大有效投资。全年实施重点项目120个以上，完成投资150亿元。
（二）加强政府自身建设。严格落实过紧日子要求，一般性支出压减5%以上。
各位代表，让我们团结奋斗，为建设美丽柳塘而不懈努力！
附件：2023年柳塘县十件民生实事.doc
【打印】【关闭】
上一篇：柳塘县民生实事项目征集公告
"""


@pytest.mark.parametrize("switch", ["【大】【中】【小】", "字号：大 中 小", "分享：", "[默认] [大] [特大]",
                                    # two sizes that name what they size are the switch too
                                    "小字号 大字号", "大字体　小字体", "【大字号】【默认字号】【小字号】"])
def test_a_portal_reports_title_block_under_the_pages_own_lines(nlp_parser, tmp_path: Path, switch: str) -> None:
    path = tmp_path / "report.txt"
    path.write_text(_REPORT.format(switch=switch), encoding="utf-8")
    result = nlp_parser.parse(path)
    [doc] = result.documents
    assert (doc.title, doc.org, doc.year, doc.doc_type) == ("政府工作报告", "柳塘县人民政府", 2023, "summary_plan")
    assert doc.date == "2023年元月10日"
    last = doc.sections[-1].children[-1]
    assert last.paragraphs[-1].startswith("各位代表，让我们团结奋斗")
    set_aside = {r.text: r.reason for r in result.removed_reasons}
    assert switch in set_aside
    assert "attached file" in set_aside["附件：2023年柳塘县十件民生实事.doc"]


def test_a_line_of_the_pages_own_over_the_date_subtitle_is_no_title(nlp_parser, tmp_path: Path) -> None:
    """A widget's label the rules do not know ("朗读：") stays in the text, but a field is no title."""
    path = tmp_path / "report.txt"
    path.write_text(_REPORT.format(switch="朗读："), encoding="utf-8")
    [doc] = nlp_parser.parse(path).documents
    assert doc.title == "政府工作报告"


def test_an_annex_named_without_a_file_type_stays_the_plans(parser, tmp_path: Path) -> None:
    """"附件：…清单" names the plan's own annex (its rows follow), not a file to download."""
    path = tmp_path / "plan.txt"
    path.write_text("\n".join([
        "柳塘县2024年重点项目建设工作方案", "一、工作目标", "全年实施重点项目120个以上，完成投资150亿元。",
        "二、保障措施", "县发展改革局每月通报项目进展。", "附件：柳塘县2024年重点项目清单",
        "1.柳塘县城区污水管网改造项目，总投资2.3亿元。", "2.柳塘县中医院迁建项目，总投资4.1亿元。"]), encoding="utf-8")
    result = parser.parse(path)
    texts = [b.text for d in result.documents for s in d.sections for b in s.blocks if b.text] \
        + [b.text for d in result.documents for s in d.sections for c in s.children for b in c.blocks if b.text]
    assert not any("重点项目清单" in text for text in result.removed)
    assert any("中医院迁建项目" in t for t in texts)


@pytest.mark.parametrize("title", ["周明远：凝心聚力 奋力谱写柳塘高质量发展新篇章", "【政府工作报告】"])
def test_a_speakers_or_bracketed_title_over_the_date_subtitle_is_the_title(parser, tmp_path: Path, title: str) -> None:
    path = tmp_path / "speech.txt"
    path.write_text("\n".join([title, "——2024年1月5日在柳塘县第十八届人民代表大会第四次会议上", "各位代表：",
                               "一、2023年工作回顾", "全县地区生产总值增长5.2%。", "二、2024年重点工作",
                               "全年实施重点项目110个以上。"]), encoding="utf-8")
    [doc] = parser.parse(path).documents
    assert doc.title == title


# a news page copied whole (select all, paste into a text file): the site's menu, the headline, the page's date
# and source with its size switch, then the article
_NEWS_PAGE = """首页 | 时政 | 民生 | 视频
澄江市2024年政府工作报告
2024年01月12日08:30 | 来源：青溪晚报
大字体 小字体
{opening}
——2024年1月8日在澄江市第九届人民代表大会第三次会议上
澄江市市长　庞书远
各位代表：
现在，我代表市人民政府向大会报告工作，请予审议。
一、2023年工作回顾
过去一年，全市地区生产总值完成1265亿元，增长5.4%；城镇新增就业2.8万人。
二、2024年主要任务
全年实施市级重点项目210个，完成投资480亿元；新增养老床位900张。
（责任编辑：冯可欣）
相关新闻
澄江市第九届人民代表大会第三次会议隆重开幕
澄江市今年将实施十件民生实事
"""


@pytest.mark.parametrize("opening", [
    "青溪晚报记者 方若楠 沈知远",
    "本报记者　方若楠　通讯员　沈知远　报道",
    "澄江新闻网讯（记者 方若楠）1月8日上午，市九届人大三次会议开幕，市长庞书远作政府工作报告。以下是报告全文：",
])
def test_a_news_sites_copy_keeps_the_reports_title_block_under_the_papers_byline_or_lead(
        parser, tmp_path: Path, opening: str) -> None:
    """The paper's byline is the title block's (no part of the report), and a lead that cues the full
    text is set aside before it: the delivery line under either dates the report, the text starts at
    its salutation, and the two-button size switch is the page's."""
    path = tmp_path / "news.txt"
    path.write_text(_NEWS_PAGE.format(opening=opening), encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    assert (doc.title, doc.org, doc.date) == ("澄江市2024年政府工作报告", "澄江市人民政府", "2024年1月8日")
    assert [s.heading for s in doc.sections] == ["2023年工作回顾", "2024年主要任务"]
    assert doc.paragraphs[0] == "各位代表："
    set_aside = {r.text: r.reason for r in result.removed_reasons}
    assert "大字体 小字体" in set_aside
    assert set_aside[opening].startswith(("title block", "preface before the document's full text"))
