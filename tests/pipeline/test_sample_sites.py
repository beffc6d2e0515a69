"""Copies from 文库 and 范文 sites: the stats line under a file's title (score, views, downloads, pages, upload day),
the site's edition and sample-count notes after a title ("（完整版）", "（精选6篇）"), its list of other pages under a
page of several sample plans, and a portal's 来源 credit under a title that names its issuer. Each of the site's lines
is set aside with its reason; the plan's own sentences that count views, pages or samples stay.

Every text here is written for these tests, in the shapes such copies take.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.pipeline.pageparts import listed_title
from jihua.pipeline.rules import chrome as site
from jihua.pipeline.title_lines import clean_title
from jihua.pipeline.webcopy import chrome_reason

from tests.writers import set_aside, write_txt


def _write(tmp_path: Path, lines: list[str], name: str = "copy.txt") -> Path:
    return write_txt(tmp_path / name, lines)


def _texts(doc) -> list[str]:
    out = [b.text for b in doc.preamble_blocks]

    def walk(sections) -> None:
        for s in sections:
            out.extend([s.heading, *s.paragraphs])
            walk(s.children)
    walk(doc.sections)
    return out


@pytest.mark.parametrize("line", [
    "3.9分 | 浏览量 7,140 | 下载 52次 | 共11页 | 2023-11-05 上传",
    "4.1分 · 阅读 1,208 · 下载 9次 · 共6页",
    "4.7分 浏览量 3,052 下载 218次 共8页",
    "2025-04-17 上传 | 共5页",
])
def test_a_document_sites_stats_line_is_its_stamp(line: str) -> None:
    """Thousands grouped by a comma, the pages counted in all (共N页) and the day before its verb (… 上传), between
    bars, dots or spaces: the site's counts, never the plan's."""
    assert site.DOC_STATS.match(line)
    assert chrome_reason(line, at_edge=False, beside_chrome=False) is not None


@pytest.mark.parametrize("line", ["85分 | 90分", "共4页 | 12页", "阅读 3 页", "完成投资 2,381 | 下载 126次以上"])
def test_a_row_of_scores_or_pages_alone_is_no_stats_line(line: str) -> None:
    assert not site.DOC_STATS.match(line)


_WENKU = [
    "青禾文库",
    "首页",
    "上传文档",
    "登录 | 注册",
    "桐溪县市场监督管理局2025年食品安全工作要点（完整版）",
    "3.9分 | 浏览量 7,140 | 下载 52次 | 共11页 | 2023-11-05 上传",
    "本文档由qh2025上传",
    "为切实保障全县人民群众饮食安全，结合我县实际，制定本工作要点。",
    "一、工作目标",
    "全年食品安全评价性抽检合格率稳定在98%以上，完成食品抽检2400批次。",
    "二、重点任务",
    "（一）强化校园食品安全监管",
    "每学期对全县学校食堂开展一次全覆盖检查，推动“互联网+明厨亮灶”覆盖率达到100%。",
    "（二）加强农村集体聚餐指导",
    "年内培训乡村厨师300人次，全年浏览量超过2万人次的食品安全科普专栏持续更新。",
]


def test_a_wenku_copys_stats_line_is_set_aside_and_yields_no_target(parser, tmp_path) -> None:
    result = parser.parse(_write(tmp_path, _WENKU))
    doc = result.documents[0]
    stats = "3.9分 | 浏览量 7,140 | 下载 52次 | 共11页 | 2023-11-05 上传"
    assert "document site's counts" in set_aside(result)[stats]
    assert stats not in _texts(doc)
    assert all("浏览量 7,140" not in t.text for t in doc.targets)
    assert "年内培训乡村厨师300人次，全年浏览量超过2万人次的食品安全科普专栏持续更新。" in _texts(doc)


@pytest.mark.parametrize(("copied", "title"), [
    ("桐溪县2025年食品安全工作要点（完整版）", "桐溪县2025年食品安全工作要点"),
    ("某乡2026年植树造林工作计划(精选6篇)", "某乡2026年植树造林工作计划"),
    ("社区2025年消防安全工作总结（通用8篇）", "社区2025年消防安全工作总结"),
    ("某街道2026年工作方案（优秀三篇）", "某街道2026年工作方案"),
    ("村委会2026年工作计划(范文)", "村委会2026年工作计划"),
    ("某局2025年工作要点（word版）", "某局2025年工作要点"),
])
def test_a_sample_sites_notes_come_off_the_title(copied: str, title: str) -> None:
    assert clean_title(copied) == title


@pytest.mark.parametrize("title", ["桐溪县2025年工作要点（第二篇）", "2025年党支部工作计划（最新版）",
                                   "南岸区2026年全民阅读导读计划（八篇）", "桐溪县养老服务体系建设方案（2025—2027年）",
                                   "某区2025年工作计划（征求意见稿）"])
def test_a_titles_own_brackets_stay(title: str) -> None:
    assert clean_title(title) == title


_SAMPLES_PAGE = [
    "2026年村级河道保洁工作计划（精选2篇）",
    "2026年村级河道保洁工作计划篇一",
    "为持续改善村域水环境，根据镇河长办的工作部署，结合本村实际，制定本计划。",
    "一、工作目标",
    "年内村级河道保洁覆盖率达到100%，河面漂浮物清理率达到95%以上。",
    "二、主要措施",
    "保洁员每周巡河不少于3次，发现问题及时上报处置。",
    "2026年村级河道保洁工作计划篇二",
    "为落实河长制各项要求，巩固河道治理成果，现制定本年度工作计划。",
    "一、工作任务",
    "全年组织河道清淤2次，新增护岸绿化1.5公里。",
    "二、工作要求",
    "各村民小组要明确责任人，每月通报一次保洁情况。",
]


@pytest.mark.parametrize("marker", ["【2026年村级河道保洁工作计划（精选2篇）】相关文章：", "相关推荐"])
def test_a_sample_pages_related_list_under_its_marker_is_the_sites(parser, tmp_path, marker: str) -> None:
    """"【…】相关文章：" (the page it lists them for in brackets) or "相关推荐" opens the site's list: its dated,
    sample-counted titles are set aside, not a heading and a paragraph of the last sample."""
    links = ["村级河长制工作总结（通用7篇）05-21", "2026年农村人居环境整治工作计划范文（精选9篇）05-02"]
    result = parser.parse(_write(tmp_path, [*_SAMPLES_PAGE, marker, *links, "来源：某某范文网"]))
    last = result.documents[-1]
    reasons = set_aside(result)
    for link in links:
        assert "link in the site's list" in reasons[link]
        assert all(link not in t for t in _texts(last))
    assert [s.heading for s in last.sections] == ["工作任务", "工作要求"]


def test_a_sample_pages_links_under_its_previous_and_next_links_are_the_sites(parser, tmp_path) -> None:
    """Under "上一篇：… 下一篇：…" below the text, the titles a 范文 site lists (a count of samples, a posting day) are
    its own."""
    links = ["村级河长制工作总结（通用7篇）05-21", "农村人居环境整治工作计划 05-02"]
    result = parser.parse(_write(tmp_path, [*_SAMPLES_PAGE, "上一篇：村庄清洁行动方案  下一篇：农村改厕工作计划", *links]))
    reasons = set_aside(result)
    for link in links:
        assert "上一篇/下一篇" in reasons[link]
    assert [s.heading for s in result.documents[-1].sections] == ["工作任务", "工作要求"]


def test_a_listed_title_needs_the_sites_marks() -> None:
    """A count of samples or a posting day makes a short title a site's listing; a plan's own short line has neither."""
    assert listed_title("村级河长制工作总结（通用7篇）05-21") and listed_title("农村人居环境整治工作计划 05-02")
    for line in ("三、工作要求", "农村人居环境整治工作计划", "2025-05-02", "完成河道清淤12-15公里。"):
        assert not listed_title(line)


_PORTAL = [
    "桐溪县2025年农村供水保障工作方案",
    "发布时间：2025-03-11  来源：县水利局  浏览次数：862",
    "",
    "为进一步提升农村供水保障水平，结合我县实际，制定本方案。",
    "一、工作目标",
    "到2025年底，全县农村自来水普及率达到93%以上，规模化供水工程覆盖农村人口比例达到70%。",
    "二、重点任务",
    "（一）实施农村供水工程提质增效",
    "年内新建改造农村供水管网120公里，县水利局每月通报一次工程进度。",
]


def test_a_portals_source_credit_never_outweighs_the_place_the_title_names(parser, tmp_path) -> None:
    """"来源：县水利局" credits who posted the page: the county the title names issues its plan."""
    assert parser.parse(_write(tmp_path, _PORTAL)).documents[0].org == "桐溪县"


def test_a_portals_issuer_field_refines_the_place_the_title_names(parser, tmp_path) -> None:
    """"发布机构：" is the 信息公开 field naming the issuer: the body of the title's place it names stands."""
    lines = ["索引号：\t00561234-X/2025-00042\t主题分类：\t水利", "发布机构：\t桐溪县水利局\t成文日期：\t2025-03-11", "",
             _PORTAL[0], *_PORTAL[2:]]
    assert parser.parse(_write(tmp_path, lines)).documents[0].org == "桐溪县水利局"


def test_a_source_credit_names_the_org_when_nothing_else_does(parser, tmp_path) -> None:
    """A title naming no body or place: the page's 来源 is the fallback."""
    lines = ["2025年农村供水保障工作方案", *_PORTAL[1:]]
    org = parser.parse(_write(tmp_path, lines)).documents[0].org
    assert org is not None and org.endswith("水利局")


def test_a_source_credit_names_the_department_whose_field_the_title_names(parser, tmp_path) -> None:
    """"来源：…县林业局" under "…县2026年林业工作要点": the title names the department's own field (林业 ⊂ 林业局), so the
    credit narrows the place to it; under a title naming another field the place stands."""
    lines = ["柏山县2026年林业工作要点", "发布时间：2026-02-11  来源：柏山县林业局  浏览次数：315", "",
             "为推进全县林业高质量发展，制定本要点。", "一、工作目标", "全年完成人工造林1.2万亩，森林覆盖率稳定在65%以上。"]
    assert parser.parse(_write(tmp_path, lines)).documents[0].org == "柏山县林业局"
    lines[1] = "发布时间：2026-02-11  来源：县林业局  浏览次数：315"
    assert parser.parse(_write(tmp_path, lines)).documents[0].org == "柏山县林业局"
    lines[0] = "柏山县2026年生态保护工作要点"
    assert parser.parse(_write(tmp_path, lines)).documents[0].org == "柏山县"


def test_next_chapter_in_a_sentence_is_no_page_link(parser, tmp_path) -> None:
    """"…书写河湖治理下一篇章。" is the plan's sentence, not the page's 下一篇 link: it stays, and the dated lines
    after it are the plan's timetable, not a site's list of other pages."""
    sentence = "全村上下要凝心聚力、久久为功，共同书写河湖治理下一篇章。"
    dated = ["宣传发动 04-10", "集中整治 05-15"]
    result = parser.parse(_write(tmp_path, [*_SAMPLES_PAGE, sentence, *dated]))
    texts = _texts(result.documents[-1])
    assert any(sentence in t for t in texts)
    assert all(any(d in t for t in texts) for d in dated)
    assert site.PAGE_CONTROLS["sibling links"].search("【下一篇】村庄清洁行动方案")


def test_a_latest_edition_or_bare_count_is_the_sites_only_on_a_sample_sites_page(parser, tmp_path) -> None:
    """"（最新版）" and "（3篇）" come off the title where the page shows a sample site's signs (its stats line, a 范文
    word); on a portal's page with none they are the title's own (a list as revised, a reading plan's ten texts)."""
    body = ["为推动全民阅读走深走实，结合我区实际，制定本计划。", "一、工作目标", "全年举办读书分享会12场。"]
    for note in ("（最新版）", "（十篇）"):
        plain = parser.parse(_write(tmp_path, [f"南岸区2026年全民阅读导读计划{note}", *body]))
        assert plain.documents[0].title == f"南岸区2026年全民阅读导读计划{note}"
        sample = parser.parse(_write(tmp_path, [f"南岸区2026年全民阅读导读计划{note}",
                                                "4.1分 · 阅读 1,208 · 下载 9次 · 共6页", *body]))
        assert sample.documents[0].title == "南岸区2026年全民阅读导读计划"
