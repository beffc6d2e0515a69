"""Shapes of documents from the field that earlier rules misread: summaries dated by the year
they sum up, WeChat article copies, document-site copies broken at page lines, 文号 lines,
plans spanning years. Every text here is our own."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from jihua.pipeline.rules.periods import planned_year
from jihua.pipeline.rules.titles import year_from_title
from jihua.schemas.plan import walk


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _printed_by_libreoffice(soffice: str, src: Path) -> Path:
    """The DOCX printed to PDF beside it, as an office's LibreOffice prints it (its own profile: tests run side by side)."""
    subprocess.run([soffice, f"-env:UserInstallation=file://{src.parent}/profile", "--headless", "--convert-to", "pdf",
                    "--outdir", str(src.parent), str(src)], check=True, capture_output=True, timeout=180)
    return src.with_suffix(".pdf")


def test_a_summary_plans_for_the_year_after_the_one_it_sums_up() -> None:
    assert planned_year("某县林业局2024年工作总结和2025年工作思路", 2024) == 2025
    assert planned_year("2023年度双拥工作总结", 2023) == 2024
    assert planned_year("某镇2024年上半年工作总结", 2024) == 2024  # the rest of the same year
    assert planned_year("某县2024年工作要点", 2024) == 2024


def test_a_summarys_review_part_named_by_its_year_reports_achievements(parser, tmp_path: Path) -> None:
    path = _write(tmp_path, "summary.txt",
                  "某县水务局2024年工作总结和2025年工作思路\n一、2024年工作总结\n"
                  "全县新建农村供水工程12处，农村自来水普及率达到96.5%，同比提高1.2个百分点。\n"
                  "二、2025年工作思路\n新建农村供水工程15处，农村自来水普及率达到97%以上。\n")
    doc = parser.parse(path).documents[0]
    assert [(t.value, t.unit) for t in doc.targets] == [(15, "处"), (97, "%")]
    assert {(t.value, t.unit) for t in doc.achievements} >= {(12, "处"), (96.5, "%")}


@pytest.mark.parametrize("plan_half", ["三、下半年工作计划", "三、下半年重点工作", "三、下阶段工作安排"])
def test_a_half_years_summary_plans_the_rest_of_the_year(parser, tmp_path: Path, plan_half: str) -> None:
    """"下半年工作计划" in a 上半年总结及下半年计划 sets the work of the months ahead: its figures are targets;
    the first half's part reports, and its figures are achievements."""
    path = _write(tmp_path, "half.txt",
                  "白石镇2026年上半年工作总结及下半年工作计划\n一、上半年工作开展情况\n"
                  "上半年完成农房风貌改造86户，新增市场主体47户。\n二、存在的问题\n产业项目落地偏慢。\n"
                  f"{plan_half}\n（一）抓好农房改造\n力争全年完成农房风貌改造200户以上。\n"
                  "（二）壮大市场主体\n下半年新增市场主体不少于60户。\n")
    doc = parser.parse(path).documents[0]
    assert [s.type for s in walk(doc.sections)] == ["review", "problems", "measures", "measures", "measures"]
    assert [(t.value, t.unit) for t in doc.targets] == [(200, "户"), (60, "户")]
    assert {(t.value, t.unit) for t in doc.achievements} == {(86, "户"), (47, "户")}



@pytest.mark.parametrize(("title", "plan_half"), [
    ("白石镇2026年上半年工作总结", "二、下半年工作计划"), ("白石镇2026年1-6月工作总结", "二、下阶段工作安排"),
    ("白石镇2026年一至三季度工作总结", "二、第四季度重点工作"), ("白石镇2026年5月份工作总结", "二、下阶段工作计划")])
def test_a_report_on_part_of_a_year_looks_ahead_to_the_rest_of_it(parser, tmp_path: Path, title: str, plan_half: str) -> None:
    """Its title names only the part it sums up: the rest of the year's part is its outlook (a 总结 names its plan in
    its title when it has one), the document a summary, the outlook's figures targets all the same."""
    path = _write(tmp_path, "part.txt", f"{title}\n一、工作开展情况\n完成农房改造40户。\n{plan_half}\n力争完成农房改造50户。\n")
    doc = parser.parse(path).documents[0]
    assert (doc.doc_type, [s.type for s in doc.sections]) == ("summary", ["review", "outlook"])
    assert [(t.value, t.unit) for t in doc.targets] == [(50, "户")]


@pytest.mark.parametrize("title", ["清溪县教育局2025年中小学安全工作总结", "清溪县2025年1至12月工作总结", "清溪县2025年中医药工作总结"])
def test_a_whole_years_title_is_no_report_on_part_of_it(title: str) -> None:
    from jihua.pipeline.rules.periods import part_year_report

    assert not part_year_report(title)


def test_a_whole_years_summary_names_its_own_second_half_and_nine_months_as_past(parser, tmp_path: Path) -> None:
    """In a whole year's 总结和计划 "二、下半年重点工作" reports; in a 前三季度 summary "前三季度重点工作" does too."""
    whole = _write(tmp_path, "whole.txt", "白石镇2025年工作总结及2026年工作计划\n一、上半年重点工作\n完成农房改造40户。\n"
                   "二、下半年重点工作\n完成农房改造56户。\n三、2026年工作计划\n力争完成农房改造120户。\n")
    nine = _write(tmp_path, "nine.txt", "白石镇2025年前三季度工作总结及第四季度工作计划\n一、前三季度重点工作\n"
                  "前三季度完成固定资产投资5.2亿元。\n二、第四季度工作计划\n力争第四季度完成固定资产投资2亿元。\n")
    assert [s.type for s in parser.parse(whole).documents[0].sections] == ["review", "review", "measures"]
    assert [s.type for s in parser.parse(nine).documents[0].sections] == ["review", "measures"]


WECHAT_COPY = """速看｜某县卫生健康局2025年工作要点出炉！
原创 某县卫健 某县卫健 2025-02-20 09:15 发表于某省
点击上方蓝字 关注我们

2025年全县卫生健康工作以群众健康为中心，持续深化医改。
一、提升基层服务能力
全年建成标准化村卫生室30个，家庭医生签约服务覆盖率达到75%以上。
二、做好重点人群健康管理
每季度开展一次老年人健康随访。

编辑：某某  审核：某某
往期推荐
· 某县开展春季爱国卫生运动
长按识别二维码
关注我们
#某县卫健 #健康某县
分享 收藏 点赞 在看
阅读 1.2万
阅读原文
"""


def test_a_wechat_copy_keeps_the_plan_and_sets_the_account_aside(parser, tmp_path: Path) -> None:
    result = parser.parse(_write(tmp_path, "wechat.txt", WECHAT_COPY))
    doc = result.documents[0]
    assert (doc.title, doc.org, doc.year, doc.doc_type) == ("某县卫生健康局2025年工作要点", "某县卫生健康局", 2025, "plan")
    assert [(s.level, s.heading) for s in doc.sections] == [(1, "提升基层服务能力"), (1, "做好重点人群健康管理")]
    body = "".join(doc.paragraphs) + "".join(p for s in doc.sections for p in s.paragraphs)
    for chrome in ("蓝字", "往期推荐", "二维码", "关注我们", "#某县卫健", "在看", "阅读原文", "1.2万", "发表于"):
        assert chrome not in body
    assert {r.text for r in result.removed_reasons} >= {"往期推荐", "· 某县开展春季爱国卫生运动", "阅读原文"}
    assert [(t.value, t.unit) for t in doc.targets][:2] == [(30, "个"), (75, "%")]


def test_an_account_headline_is_read_without_its_decoration() -> None:
    from jihua.pipeline.title_lines import clean_title

    assert clean_title("重磅！某市2025年政府工作报告来了→") == "某市2025年政府工作报告"
    assert clean_title("【权威发布】某区2025年民生实事项目") == "某区2025年民生实事项目"
    assert clean_title("某县2025年春季植树活动方案") == "某县2025年春季植树活动方案"
    # a site may add its column and its own name, one after the other
    assert clean_title("某区2025年河湖长制工作要点_工作要点_公文范文网") == "某区2025年河湖长制工作要点"
    assert clean_title("某区科技局2025年工作总结-2026年工作计划-工作计划") == "某区科技局2025年工作总结-2026年工作计划"


@pytest.mark.parametrize(("printed", "title"), [
    ("东华社南州2月18日电　南州市2026年政府工作报告", "南州市2026年政府工作报告"),
    ("本报讯 北岭县2026年春耕备耕工作方案", "北岭县2026年春耕备耕工作方案"),
    ("江都网1月9日电（记者 孙一苇）江都区2026年工作要点", "江都区2026年工作要点"),
    ("国网北岭县供电公司3月1日电网检修工作方案", "国网北岭县供电公司3月1日电网检修工作方案"),  # its own 电网
    ("桃源社区9月20日电动车集中充电场所消防演练方案", "桃源社区9月20日电动车集中充电场所消防演练方案"),
    ("北岭县市场监管局4月2日电梯安全隐患排查工作方案", "北岭县市场监管局4月2日电梯安全隐患排查工作方案"),
])
def test_a_wire_copys_dateline_is_no_part_of_the_title(printed: str, title: str) -> None:
    """A news agency's or a paper's dateline run into the title line it carries."""
    from jihua.pipeline.title_lines import clean_title

    assert clean_title(printed) == title


def test_a_wire_copy_of_a_report_is_titled_and_dated_by_the_report_not_the_wire(tmp_path: Path) -> None:
    from jihua.pipeline.config import Config
    from jihua.pipeline.runner import Parser

    text = ("政府工作报告（全文）\n\n东华社南州2月18日电　政府工作报告\n\n"
            "——2026年2月10日在南州市第十六届人民代表大会第五次会议上\n\n南州市市长　林之远\n\n"
            "\u3000\u3000各位代表：\n\n\u3000\u3000现在，我代表市人民政府，向大会报告工作，请予审议。\n\n"
            "\u3000\u3000一、2025年工作回顾\n\n\u3000\u3000过去一年，全市地区生产总值增长5.6%。\n\n"
            "\u3000\u3000二、2026年工作安排\n\n\u3000\u3000全市地区生产总值增长5.5%左右。\n")
    doc = Parser(Config()).parse(_write(tmp_path, "wire.txt", text)).documents[0]
    assert (doc.title, doc.year, doc.date) == ("政府工作报告", 2026, "2026年2月10日")
    assert doc.org == "南州市人民政府"


def test_a_wechat_page_leaves_its_tags_and_toolbar_out(tmp_path: Path) -> None:
    from jihua import extractors

    page = ("<html><body><div id='js_content'><p>某县2025年工作要点</p><p>一、加强组织领导</p>"
            "<p>成立工作专班，每月召开一次推进会。</p></div><div id='js_tags'><a>#某县发布</a></div>"
            "<div class='rich_media_tool'><span>阅读 2315</span><span>在看</span></div></body></html>")
    _, blocks = extractors.extract(_write(tmp_path, "wx.html", page))
    assert [b.text for b in blocks if b.furniture is None] == ["某县2025年工作要点", "一、加强组织领导",
                                                              "成立工作专班，每月召开一次推进会。"]
    assert [b.text for b in blocks if b.furniture == "chrome"] == ["#某县发布", "阅读 2315在看"]


def test_a_plan_for_a_span_of_years_is_dated_by_its_first_and_its_running_totals_are_goals(parser, tmp_path: Path) -> None:
    path = _write(tmp_path, "span.txt",
                  "某县农村人居环境整治提升行动方案（2025—2027年）\n一、主要目标\n"
                  "到2027年，累计完成农村户厕改造1.2万户，农村生活污水治理率达到45%以上。\n"
                  "二、重点任务\n（一）补齐农村供水短板\n2025年新建规模化供水工程3处。\n")
    doc = parser.parse(path).documents[0]
    assert doc.year == 2025
    assert [(t.value, t.unit) for t in doc.targets] == [(1.2, "万户"), (45, "%"), (3, "处")]
    remedy = doc.sections[1].children[0]
    assert (remedy.heading, remedy.type) == ("补齐农村供水短板", "measures")


def test_a_problem_named_as_what_work_remedies_is_no_problems_part() -> None:
    from jihua.pipeline.classify import heading_type, part_name

    assert part_name("着力解决群众急难愁盼问题") is None
    assert part_name("存在的主要问题") == ("problems", "存在的主要问题")
    assert heading_type("补齐民生短板") is None


DOC_SITE_COPY = """下载后可编辑
某县民政局2025年社会救助工作要点
第1页 共2页
一、健全分层分类救助体系
1.规范低保审核确认。全年开展低保对象动态核查不少于2次，城乡低保标准分别提高到每人每月
第2页 共2页
某县民政局2025年社会救助工作要点
800元和650元以上。
2.做好临时救助。乡镇（街道）临时救助备用金设立率达到100%。
二、加强基层经办能力
每季度组织一次经办人员业务培训。
"""


def test_a_document_site_copy_stays_one_document_across_its_pages(parser, tmp_path: Path) -> None:
    result = parser.parse(_write(tmp_path, "share.txt", DOC_SITE_COPY))
    assert len(result.documents) == 1
    doc = result.documents[0]
    assert doc.title == "某县民政局2025年社会救助工作要点"
    assert [f.kind for f in result.furniture] == ["page_number", "page_number", "header"]
    first = doc.sections[0].children[0]
    assert first.paragraphs == ["全年开展低保对象动态核查不少于2次，城乡低保标准分别提高到每人每月800元和650元以上。"]


def test_a_document_number_under_the_title_is_the_title_blocks_in_every_format(parser, tmp_path: Path) -> None:
    text = ("某县林业局2025年森林防火工作要点\n某林发〔2025〕3号\n全县森林防火工作坚持预防为主。\n"
            "一、压实防火责任\n全年开展防火巡查不少于12次。\n")
    page = ("<html><head><title>某县林业局2025年森林防火工作要点</title></head><body>"
            "<h2>某县林业局<br/>2025年森林防火工作要点</h2><p>某林发〔2025〕3号</p><p>全县森林防火工作坚持预防为主。</p>"
            "<p><b>一、压实防火责任</b></p><p>全年开展防火巡查不少于12次。</p></body></html>")
    for name, content in (("plan.txt", text), ("plan.html", page)):
        result = parser.parse(_write(tmp_path, name, content))
        doc = result.documents[0]
        assert [(s.level, s.heading) for s in doc.sections] == [(1, "压实防火责任")], name
        assert "某林发〔2025〕3号" in {r.text for r in result.removed_reasons}, name


def test_a_red_header_masthead_in_the_largest_type_is_the_issuer_not_the_title(parser, tmp_path: Path) -> None:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    for text, size in (("中共某县交通运输局党组文件", 30), ("某交党发〔2025〕2号", 16), ("中共某县交通运输局党组", 22),
                       ("关于2025年党风廉政建设工作的要点", 22), ("局党组坚持严的基调，推动党风廉政建设。", 16),
                       ("一、压实管党治党责任", 16), ("全年开展廉政谈话不少于20人次。", 16)):
        document.add_paragraph().add_run(text).font.size = Pt(size)
    path = tmp_path / "redhead.docx"
    document.save(str(path))
    result = parser.parse(path)
    doc = result.documents[0]
    assert (doc.title, doc.org, doc.doc_type) == ("中共某县交通运输局党组关于2025年党风廉政建设工作的要点", "中共某县交通运输局党组", "plan")
    assert {"中共某县交通运输局党组文件", "某交党发〔2025〕2号"} <= {r.text for r in result.removed_reasons}


def test_a_title_wrapped_inside_its_bracket_is_one_title(parser, tmp_path: Path) -> None:
    path = _write(tmp_path, "wrapped.txt", "某市老旧小区改造提升行动方案（2025—\n2027年）\n为改善群众居住条件，制定本方案。\n"
                                           "一、主要目标\n到2027年，累计改造老旧小区120个。\n")
    doc = parser.parse(path).documents[0]
    assert (doc.title, doc.year) == ("某市老旧小区改造提升行动方案（2025—2027年）", 2025)


def test_one_countys_reports_titled_three_ways_are_one_series(parser, tmp_path: Path) -> None:
    from jihua.pipeline.archive.store import series_key

    keys, orgs = set(), set()
    for name, title, year in (("a.txt", "2017沛县政府工作报告", 2016), ("b.txt", "2018年沛县政府工作报告", 2017),
                              ("c.txt", "沛县2019年政府工作报告", 2018)):
        path = _write(tmp_path, name, f"{title}\n一、{year}年工作回顾\n地区生产总值完成300亿元。\n"
                                      f"二、{year + 1}年主要目标\n地区生产总值增长6%左右。\n")
        doc = parser.parse(path).documents[0]
        keys.add(series_key(doc))
        orgs.add(doc.org)
    assert orgs == {"沛县人民政府"}
    assert len(keys) == 1


def test_a_plan_renamed_from_year_to_year_stays_one_series(parser, tmp_path: Path) -> None:
    from jihua.pipeline.archive.store import series_key

    def key(name: str, title: str) -> str:
        body = f"{title}\n一、总体要求\n围绕中心，服务大局。\n二、重点任务\n全年开展走访慰问不少于4次。\n"
        return series_key(parser.parse(_write(tmp_path, name, body)).documents[0])

    renamed = {key("a.txt", "某县民政局2023年社会救助工作计划"), key("b.txt", "某县民政局2024年社会救助工作要点"),
               key("c.txt", "某县民政局关于2025年社会救助工作的安排")}
    assert renamed == {"某县民政局|社会救助工作计划"}
    # a summary, and a scheme for one task, are series of their own
    assert key("d.txt", "某县民政局2024年社会救助工作总结") == "某县民政局|社会救助工作总结"
    assert key("e.txt", "某县民政局社会救助提质增效实施方案") not in renamed


def test_an_office_named_in_full_or_in_short_is_one_series() -> None:
    from jihua.pipeline.archive.series import series_key

    assert series_key("中国人民政治协商会议某县委员会2025年工作要点", "中国人民政治协商会议某县委员会") \
        == series_key("某县政协2026年工作要点", "某县政协") == "某县政协|工作计划"
    assert series_key("某市人民代表大会常务委员会2025年工作要点", "某市人民代表大会常务委员会") \
        == series_key("某市人大常委会2026年工作要点", "某市人大常委会")
    assert series_key("中国共产党某县委员会2025年工作要点", "中国共产党某县委员会") \
        == series_key("中共某县委2026年工作要点", "中共某县委")
    assert series_key("2025年某县政府工作报告", "某县人民政府") == series_key("某县人民政府2026年工作报告", "某县人民政府")
    assert series_key("某县应急管理局2024年度安全生产工作要点", "某县应急管理局") \
        == series_key("某县应急管理局2025年安全生产工作要点", "某县应急管理局") == "某县应急管理局|安全生产工作计划"


def test_sentences_of_one_numbered_list_are_all_entries(parser, tmp_path: Path) -> None:
    path = _write(tmp_path, "list.txt",
                  "某县水利局2025年工作要点\n一、加强水资源管理\n"
                  "（一）全县用水总量控制在3.2亿立方米以内，万元地区生产总值用水量下降3%。\n"
                  "（二）推进节水型社会建设，完善用水定额管理制度。\n"
                  "（三）开展河湖“清四乱”专项行动，全年清理问题点位不少于50处。\n"
                  "二、强化防汛抗旱\n（一）健全防汛责任体系，落实行政首长负责制。\n（二）每季度开展一次山洪灾害隐患排查。\n")
    doc = parser.parse(path).documents[0]
    assert [(s.level, s.heading) for s in doc.sections] == [(1, "加强水资源管理"), (1, "强化防汛抗旱")]
    assert len(doc.sections[0].paragraphs) == 3 and doc.sections[0].children == []


def test_titled_entries_with_their_text_run_in_stay_sub_parts(parser, tmp_path: Path) -> None:
    path = _write(tmp_path, "runin.txt",
                  "某县民政局2025年工作要点\n一、保障措施\n1.组织保障。成立工作专班，统筹推进各项任务。\n"
                  "2.经费保障。县财政安排专项经费50万元。\n3.考核激励。将工作纳入年度综合考核。\n")
    doc = parser.parse(path).documents[0]
    assert [c.heading for c in doc.sections[0].children] == ["组织保障", "经费保障", "考核激励"]


def test_a_chapter_named_supervision_is_evaluation_but_regulating_a_field_is_a_measure() -> None:
    from jihua.pipeline.classify import heading_type, part_name

    assert heading_type("监督管理") == ("evaluation", "监督管理")
    assert part_name("加强食品安全监督管理") is None


def test_a_place_that_opens_a_plans_title_issues_it_when_nothing_else_does(parser, tmp_path: Path) -> None:
    from jihua.pipeline.rules.titles import place_opening

    assert place_opening("东湖区城市更新行动实施方案（2025—2027年）") == "东湖区"
    assert place_opening("沛县农村人居环境整治提升行动方案") == "沛县"
    assert place_opening("某县全民反诈宣传“进万家”实施方案") == "某县"
    for title in ("城区道路改造方案", "全市安全生产大检查实施方案", "开展社区矫正工作方案", "社区卫生服务中心建设方案",
                  "智慧城市建设三年行动计划", "海绵城市建设实施方案", "示范区建设工作方案", "夜市经济发展规划"):
        assert place_opening(title) is None, title
    signed = _write(tmp_path, "signed.txt", "智慧城市建设三年行动计划（2024—2026年）\n一、总体要求\n全面提升城市治理数字化水平。\n"
                                            "某市大数据管理局\n2024年3月1日\n")
    assert parser.parse(signed).documents[0].org == "某市大数据管理局"  # the signature, never a noun of the title


def test_a_printed_table_of_contents_is_furniture_not_a_second_outline(parser, tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("某县科学技术局2025年工作要点")
    for line in ("目　录", "一、强化企业创新主体地位\t1", "（一）壮大科技型企业群体\t1", "二、加强组织保障\t2"):
        document.add_paragraph(line)
    document.add_paragraph("2025年全县科技工作坚持创新驱动发展战略。")
    document.add_heading("一、强化企业创新主体地位", level=1)
    document.add_heading("（一）壮大科技型企业群体", level=2)
    document.add_paragraph("全年新增高新技术企业20家。")
    document.add_heading("二、加强组织保障", level=1)
    document.add_paragraph("建立科技工作联席会议制度。")
    path = tmp_path / "toc.docx"
    document.save(str(path))
    result = parser.parse(path)
    doc = result.documents[0]
    assert [(s.heading, s.type, [c.heading for c in s.children]) for s in doc.sections] == [
        ("强化企业创新主体地位", "measures", ["壮大科技型企业群体"]), ("加强组织保障", "safeguards", [])]
    assert [f.kind for f in result.furniture] == ["toc"] * 4


def _contents_pdf(tmp_path: Path, lines: list[tuple[str, str]]) -> Path:
    """A Word file rendered by LibreOffice: (style, text) paragraphs ("center": centred; "entry": spaced out;
    "break": a page break)."""
    docx = pytest.importorskip("docx")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice not installed")
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt

    document = docx.Document()
    for style, text in lines:
        if style == "break":
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif style == "center":
            document.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif style == "entry":  # spaced out, as a contents page is
            document.add_paragraph(text).paragraph_format.space_after = Pt(30)
        else:
            document.add_paragraph(text, style=style or None)
    src = tmp_path / "toc.docx"
    document.save(str(src))
    return _printed_by_libreoffice(soffice, src)


def test_a_pdfs_contents_with_page_numbers_at_a_tab_is_furniture(parser, tmp_path: Path) -> None:
    """A 目录 whose page numbers stand a tab from their entries, no dot leaders: the PDF's text runs them into
    the entry ("一、工作目标1"); the list is still the contents, not a first outline the parts nest under."""
    entries = ["一、工作目标\t1", "二、重点任务\t1", "（一）推进河道清淤\t1", "（二）整治入河排口\t2", "三、保障措施\t2"]
    lines = [("Title", "某县水利局2027年河湖管护工作计划"), ("center", "目　　录"), *[("entry", e) for e in entries], ("break", ""),
             ("", "为持续改善河湖面貌，巩固河湖长制工作成效，推动河湖管护由重治理向重管护转变，结合本县河湖分布和"
                  "管护力量实际，制定本计划。"), ("Heading 1", "一、工作目标"),
             ("", "全年清理河道淤泥4万方，主要河道水质稳定达到三类以上，农村黑臭水体动态清零，河湖违法问题"
                  "发现一处、整改一处，群众对河湖环境满意度明显提升。"),
             ("Heading 1", "二、重点任务"), ("Heading 2", "（一）推进河道清淤"), ("", "完成主要支流清淤12公里。"),
             ("Heading 2", "（二）整治入河排口"), ("", "排查整治入河排污口30个。"), ("Heading 1", "三、保障措施"),
             ("", "落实河长巡河制度。")]
    result = parser.parse(_contents_pdf(tmp_path, lines))
    doc = result.documents[0]
    assert [(s.heading, [c.heading for c in s.children]) for s in doc.sections] == [
        ("工作目标", []), ("重点任务", ["推进河道清淤", "整治入河排口"]), ("保障措施", [])]
    assert [f.kind for f in result.furniture if f.kind == "toc"] == ["toc"] * 6


def test_a_contents_with_page_numbers_run_into_its_entries_is_furniture(parser, tmp_path: Path) -> None:
    """Copied out of such a PDF: under a 目录 line, numbered entries each with its page run into its last word,
    the pages never going back, are the contents even where a part is renamed in the text; without the label,
    entries that come back in order as the parts are."""
    renamed = ["某县水利局2027年河湖管护工作计划", "目录", "一、工作目标1", "二、重点任务1", "（一）推进河道清淤1",
               "三、保障措施2", "为持续改善河湖面貌，制定本计划。", "一、目标任务", "全年清理河道淤泥4万方。", "二、重点任务",
               "（一）推进河道清淤", "完成主要支流清淤12公里。", "三、保障措施", "落实河长巡河制度。"]
    result = parser.parse(_write(tmp_path, "renamed.txt", "\n".join(renamed)))
    assert [s.heading for s in result.documents[0].sections] == ["目标任务", "重点任务", "保障措施"]
    assert [f.text for f in result.furniture if f.kind == "toc"] == renamed[1:6]
    unlabelled = [renamed[0], *renamed[2:6], *renamed[6:7], "一、工作目标", *renamed[8:]]
    result = parser.parse(_write(tmp_path, "unlabelled.txt", "\n".join(unlabelled)))
    assert [s.heading for s in result.documents[0].sections] == ["工作目标", "重点任务", "保障措施"]
    assert [f.text for f in result.furniture if f.kind == "toc"] == renamed[2:6]
    # parts named with a figure at their end hold their own text, their figures go back: no contents, each keeps its figure
    lines = ["某镇2027年便民服务工作计划", "目录", "一、改造服务大厅2", "大厅改造年内完工。", "二、新建村级站点3",
             "新建站点选址已完成。", "三、保障措施", "落实专人负责。"]
    result = parser.parse(_write(tmp_path, "figures.txt", "\n".join(lines)))
    assert not [f for f in result.furniture if f.kind == "toc" and f.text != "目录"]
    assert [s.heading for s in result.documents[0].sections] == ["改造服务大厅2", "新建村级站点3", "保障措施"]


_REPORT_PARTS = ["一、2025年工作完成情况", "（一）粮食生产稳中有增", "全县粮食播种面积稳定在52万亩。",
                 "二、存在的主要问题", "农田水利设施老化。", "三、2026年工作打算", "（一）稳产保供",
                 "全年粮食总产量稳定在24万吨以上。"]


@pytest.mark.parametrize("label", ["主要内容", "提　纲", "目　录", None])
def test_a_contents_list_is_known_by_its_shape_whatever_its_label(parser, tmp_path: Path, label: str | None) -> None:
    """Short entries near the top that come back later, in order, as the document's parts are its
    contents: set aside (label included) as furniture, never a second set of empty parts nor, numbered
    一、二、三、, the titles of documents to split the file at."""
    entries = ["一、2025年工作完成情况", "二、存在的主要问题", "三、2026年工作打算"]
    lines = ["某县农业农村局2025年工作总结", *([label] if label else []), *entries, *_REPORT_PARTS]
    result = parser.parse(_write(tmp_path, "report.txt", "\n".join(lines)))
    [doc] = result.documents
    assert doc.title == "某县农业农村局2025年工作总结"
    assert [(s.heading, [c.heading for c in s.children]) for s in doc.sections] == [
        ("2025年工作完成情况", ["粮食生产稳中有增"]), ("存在的主要问题", []), ("2026年工作打算", ["稳产保供"])]
    assert [(f.kind, f.text) for f in result.furniture] == [("toc", t) for t in ([label] if label else []) + entries]


def test_parts_that_come_back_with_their_text_are_no_contents_list(parser, tmp_path: Path) -> None:
    """A 总结和计划 whose plan half repeats the review's part names: the review's run-in parts hold their
    own text (a contents entry holds none), and a part's own name ("工作目标") labels no contents list."""
    lines = ["某镇2025年工作总结和2026年工作计划", "一、2025年工作完成情况",
             "（一）招商引资。全年引进项目12个，到位资金3.5亿元。", "（二）集镇建设。改造老旧街巷6条。",
             "（三）社会事业。新建幼儿园1所。", "二、2026年工作计划", "（一）招商引资", "力争引进项目15个以上。",
             "（二）集镇建设", "改造老旧街巷8条。", "（三）社会事业", "新建村级养老服务站3个。"]
    result = parser.parse(_write(tmp_path, "summary_plan.txt", "\n".join(lines)))
    assert not [f for f in result.furniture if f.kind == "toc"]
    [doc] = result.documents
    assert [[c.heading for c in s.children] for s in doc.sections] == [["招商引资", "集镇建设", "社会事业"]] * 2
    assert len(doc.achievements) == 4 and len(doc.targets) == 3
    plan = ["某县2026年文化旅游工作要点", "全县文旅工作以创建全域旅游示范区为抓手。", "工作目标", "接待游客突破800万人次。",
            "旅游综合收入达到60亿元。", "重点任务", "工作目标", "旅游综合收入达到60亿元。"]
    result = parser.parse(_write(tmp_path, "points.txt", "\n".join(plan)))
    assert not [f for f in result.furniture if f.kind == "toc"]


def test_contents_entries_may_carry_a_short_subtitle(parser, tmp_path: Path) -> None:
    """"一、总体思路：稳中求进" in a 汇报提纲 is an entry with its subtitle, not a part with its text."""
    lines = ["某县发改局2026年工作汇报", "汇报提纲", "一、总体思路：稳中求进", "二、目标任务：量质齐升", "三、保障措施：压实责任",
             "一、总体思路：稳中求进", "坚持以项目建设为抓手。", "二、目标任务：量质齐升", "全年实施重点项目60个。",
             "三、保障措施：压实责任", "实行项目周调度。"]
    result = parser.parse(_write(tmp_path, "outline.txt", "\n".join(lines)))
    assert len(result.documents[0].sections) == 3
    assert [f.kind for f in result.furniture].count("toc") == 4


def test_a_compilations_first_piece_follows_its_contents_at_once(parser, tmp_path: Path) -> None:
    """The first piece's title right under the 目录 repeats an entry: the list has ended there, and every
    piece is a document."""
    lines = ["目录", "某县民政局2025年工作计划", "某县人社局2025年工作计划", "某县民政局2025年工作计划", "一、工作目标",
             "全年新增养老床位120张。", "某县人社局2025年工作计划", "一、工作目标", "全年城镇新增就业3500人。"]
    result = parser.parse(_write(tmp_path, "compiled.txt", "\n".join(lines)))
    assert [d.title for d in result.documents] == ["某县民政局2025年工作计划", "某县人社局2025年工作计划"]


def test_a_document_pasted_twice_is_no_contents_list(parser, tmp_path: Path) -> None:
    """The same lines side by side again are a second copy, not entries that return as parts."""
    plan = ["某县2026年植树造林工作方案", "一、目标任务", "（一）造林绿化", "全年完成人工造林1.2万亩。",
            "二、保障措施", "各乡镇要落实管护责任。"]
    result = parser.parse(_write(tmp_path, "twice.txt", "\n".join(plan + plan)))
    assert not [f for f in result.furniture if f.kind == "toc"]
    assert [s.heading for s in result.documents[0].sections] == ["目标任务", "保障措施"]


def test_a_compilations_contents_still_splits_it_at_each_titled_piece(parser, tmp_path: Path) -> None:
    lines = ["目　录", "某镇2025年安全生产工作总结", "某镇2026年安全生产工作计划",
             "某镇2025年安全生产工作总结", "一、主要成效", "全年未发生较大以上生产安全事故。",
             "某镇2026年安全生产工作计划", "一、工作目标", "全年开展隐患排查不少于12次。"]
    result = parser.parse(_write(tmp_path, "compiled.txt", "\n".join(lines)))
    assert [d.title for d in result.documents] == ["某镇2025年安全生产工作总结", "某镇2026年安全生产工作计划"]


def test_numbered_contents_entries_never_split_the_file_into_documents(parser, tmp_path: Path) -> None:
    """A 目录 of numbered parts, one of them renamed in the text (so the list is not set aside whole):
    the parts that come back are one document's parts, not titles of documents."""
    lines = ["某县农业农村局2025年工作总结", "目　录", "一、工作开展情况", "二、存在的主要问题", "三、2026年工作打算",
             *_REPORT_PARTS]
    result = parser.parse(_write(tmp_path, "report.txt", "\n".join(lines)))
    assert [d.title for d in result.documents] == ["某县农业农村局2025年工作总结"]


@pytest.mark.parametrize("caption", ["表2　某县2026年农村公路建设计划表", "某县2026年农村公路建设任务分解表"])
def test_a_forms_caption_over_its_table_is_no_second_document(parser, tmp_path: Path, caption: str) -> None:
    """A form's name ends a title ("…计划表"), but set centred over its table inside a plan it captions
    the table: the plan goes on."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = docx.Document()
    for text, centred in (("某县2026年农村公路建设实施方案", True), ("一、建设目标", False),
                          ("全年新改建农村公路120公里。", False), ("二、建设任务", False), (caption, True)):
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        run.bold = centred or text.startswith(("一、", "二、", "三、"))
        if centred:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    table = document.add_table(rows=2, cols=3)
    for row, cells in zip(table.rows, [("乡镇", "里程（公里）", "完工时限"), ("城关镇", "30", "2026年10月")], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_paragraph("三、保障措施")
    document.add_paragraph("县交通运输局统筹调度，按月通报进度。")
    path = tmp_path / "roads.docx"
    document.save(str(path))
    [doc] = parser.parse(path).documents
    assert doc.title == "某县2026年农村公路建设实施方案"
    assert [s.heading for s in doc.sections] == ["建设目标", "建设任务", "保障措施"]


def test_a_form_typed_after_a_plans_text_is_its_annex_not_a_second_document(parser, tmp_path: Path) -> None:
    """In plain text there is no table block under the form's name, only rows typed with spaces: the
    form after the plan's text is still the plan's, never a document of its own."""
    lines = ["某镇2026年美丽集镇建设工作方案", "一、工作目标", "全年改造集镇立面3.2万平方米。", "二、保障措施",
             "镇党委定期听取工作汇报。", "某镇2026年美丽集镇建设项目进度表", "序号 项目 责任单位 完成时限",
             "1 集镇立面改造 镇村建办 2026年9月", "2 农贸市场提升 镇市场监管所 2026年11月"]
    result = parser.parse(_write(tmp_path, "plan.txt", "\n".join(lines)))
    assert [d.title for d in result.documents] == ["某镇2026年美丽集镇建设工作方案"]


ANNEXED_PLAN = """某县2025年农村供水保障实施方案
一、工作目标
到2025年底，全县农村自来水普及率达到95%以上。
二、保障措施
（一）严格考核督导
将农村供水工作纳入乡镇年度综合考核。
附件：1．某县农村供水重点任务分工表
　　　2．某县农村供水考核评分细则
某县人民政府办公室
2025年3月10日
附件1
某县农村供水重点任务分工表
序号	重点任务	目标要求	牵头单位
1	规模化供水工程	新建规模化供水工程3处	县水利局
附件2
某县农村供水考核评分细则
一、考核对象。各乡镇人民政府。
二、考核内容。完成年度任务得60分，群众满意度达到90%以上得20分。
"""


def test_annexes_after_the_sign_off_are_parts_of_their_own(parser, tmp_path: Path) -> None:
    result = parser.parse(_write(tmp_path, "annexed.txt", ANNEXED_PLAN))
    assert len(result.documents) == 1
    doc = result.documents[0]
    assert doc.closing == ["某县人民政府办公室", "2025年3月10日"]  # the sign-off is the plan's closing again
    assert doc.org == "某县"  # the place's own government signs it: the name the title gives stands
    assert [(s.heading, s.type) for s in doc.sections] == [
        ("工作目标", "goals"), ("保障措施", "safeguards"),
        ("附件1 某县农村供水重点任务分工表", "other"), ("附件2 某县农村供水考核评分细则", "other")]
    assert [c.heading for c in doc.sections[3].children] == ["考核对象", "考核内容"]
    assert doc.sections[1].children[0].paragraphs[-1] == \
        "附件：1．某县农村供水重点任务分工表 2．某县农村供水考核评分细则"
    # the annexed task table's commitment is a target; the scoring rules set none
    assert [(t.value, t.unit) for t in doc.targets] == [(95, "%"), (3, "处")]


def test_a_reports_glossary_is_back_matter_and_a_report_always_plans(parser, tmp_path: Path) -> None:
    path = _write(tmp_path, "report.txt",
                  "政府工作报告\n——2025年1月15日在某市第十七届人民代表大会第五次会议上\n一、2025年重点工作\n"
                  "（一）全力扩大有效需求\n争取专项债[1]资金80亿元以上。\n（二）持续转变政府职能\n坚持依法行政。\n"
                  "名词解释\n[1] 专项债：即地方政府专项债券。\n")
    doc = parser.parse(path).documents[0]
    assert doc.doc_type == "summary_plan"
    assert [(s.level, s.heading, s.type) for s in doc.sections] == [(1, "2025年重点工作", "measures"), (1, "名词解释", "other")]


def test_a_glossary_under_a_bare_annex_mark_is_a_part_of_its_own_with_entries(parser, tmp_path: Path) -> None:
    """"附件" then "名词解释" after the closing call: one annex named by its back matter, not a list
    of two marks left in the last part; "1．“术语”：指…" lines are its entries, not sub-parts."""
    path = _write(tmp_path, "glossary.txt",
                  "某市2026年政府工作报告\n一、2025年工作回顾\n全市外贸进出口总额增长7%，实现“十连增”。\n"
                  "二、2026年工作安排\n（一）持续优化营商环境\n深化“高效办成一件事”改革。\n"
                  "各位代表！让我们携手奋进，为建设美丽某市而努力奋斗！\n附件\n名词解释\n"
                  "1．“十连增”：指全市外贸进出口总额连续十年保持增长。\n"
                  "2．“高效办成一件事”：指将多个关联事项集成办理，实现一次申请、一窗受理。\n")
    doc = parser.parse(path).documents[0]
    assert [(s.level, s.number, s.heading, s.type) for s in walk(doc.sections)] == [
        (1, "一、", "2025年工作回顾", "review"), (1, "二、", "2026年工作安排", "measures"),
        (2, "（一）", "持续优化营商环境", "measures"), (1, "附件", "名词解释", "other")]
    assert doc.sections[-1].paragraphs == ["1．“十连增”：指全市外贸进出口总额连续十年保持增长。",
                                           "2．“高效办成一件事”：指将多个关联事项集成办理，实现一次申请、一窗受理。"]
    assert "附件" not in doc.sections[1].children[0].paragraphs


def test_a_summarys_part_planning_the_next_year_looks_ahead(parser, tmp_path: Path) -> None:
    path = _write(tmp_path, "summary.txt", "某县市场监管局2024年工作总结\n一、2024年工作开展情况\n全年抽检食品3000批次。\n"
                                            "二、存在的问题\n监管力量不足。\n三、2025年工作计划\n全年抽检食品不少于3500批次。\n")
    doc = parser.parse(path).documents[0]
    assert [s.type for s in doc.sections] == ["review", "problems", "outlook"]
    assert [(t.value, t.unit) for t in doc.targets] == [(3500, "批次")]


def test_a_campaigns_parts_and_stages(parser, tmp_path: Path) -> None:
    path = _write(tmp_path, "campaign.txt",
                  "某镇2025年“平安某镇”宣传月活动方案\n一、活动主题\n平安某镇，你我共建。\n二、活动时间\n2025年3月1日至3月31日。\n"
                  "三、活动内容\n开展集中宣传活动不少于5场。\n四、活动步骤\n第一阶段：动员部署（3月1日—3月5日）\n召开动员会议。\n"
                  "第二阶段：集中宣传（3月6日—3月25日）\n全面开展宣传活动。\n")
    doc = parser.parse(path).documents[0]
    assert [(s.heading, s.type) for s in doc.sections] == [("活动主题", "other"), ("活动时间", "schedule"),
                                                            ("活动内容", "measures"), ("活动步骤", "schedule")]
    assert [(c.number, c.heading) for c in doc.sections[3].children] == [
        ("", "第一阶段：动员部署（3月1日—3月5日）"), ("", "第二阶段：集中宣传（3月6日—3月25日）")]


def test_a_heading_that_only_names_a_time_is_the_schedule(parser, tmp_path: Path) -> None:
    path = _write(tmp_path, "visits.txt",
                  "某区2026年春节走访慰问困难群众工作方案\n一、慰问对象\n辖区低保户、特困供养人员。\n二、走访时间和地点\n"
                  "2026年2月1日至2月10日，在各街道社区开展。\n三、慰问标准\n每户慰问金不低于500元。\n四、完成时限\n"
                  "2月10日前完成全部走访。\n")
    doc = parser.parse(path).documents[0]
    assert [(s.heading, s.type) for s in doc.sections][1::2] == [("走访时间和地点", "schedule"), ("完成时限", "schedule")]
    # a task on time names more than the time: "压缩审批时限" is work to do
    path = _write(tmp_path, "permits.txt", "某区2026年优化营商环境工作要点\n一、主要任务\n（一）压缩审批时限\n"
                  "工程建设项目审批时间压减至60个工作日以内。\n（二）延长服务时间\n政务大厅周末提供预约服务。\n"
                  "（三）第一时间\n企业诉求当日响应。\n")
    assert [c.type for c in parser.parse(path).documents[0].sections[0].children] == ["measures"] * 3


def test_a_decks_presenter_line_and_its_closing_slide_are_no_body_text(parser, tmp_path: Path) -> None:
    from pptx import Presentation

    deck = Presentation()
    first = deck.slides.add_slide(deck.slide_layouts[0])
    first.shapes.title.text = "某区商务局2024年工作汇报"
    first.placeholders[1].text = "汇报人：某某\n2025年1月"
    body = deck.slides.add_slide(deck.slide_layouts[1])
    body.shapes.title.text = "下一步打算"
    body.placeholders[1].text = "社会消费品零售总额增长6%以上\n新引进亿元以上项目15个"
    last = deck.slides.add_slide(deck.slide_layouts[1])
    last.shapes.title.text = "谢谢！"
    last.placeholders[1].text = "敬请批评指正"
    path = tmp_path / "deck.pptx"
    deck.save(str(path))
    result = parser.parse(path)
    doc = result.documents[0]
    sections = walk(doc.sections)
    text = "".join(doc.paragraphs) + "".join(p for s in sections for p in s.paragraphs) \
        + "".join(s.heading for s in sections)
    for leftover in ("汇报人", "2025年1月", "谢谢", "敬请批评指正"):
        assert leftover not in text, leftover
    assert {"汇报人：某某", "2025年1月"} <= {r.text for r in result.removed_reasons}
    assert doc.closing == ["谢谢！", "敬请批评指正"]  # kept, as the deck's closing
    assert [(t.value, t.unit) for t in doc.targets] == [(6, "%"), (15, "个")]


def test_a_line_that_closes_a_quote_it_never_opened_is_a_fragment_not_a_heading() -> None:
    from jihua.pipeline.headings import _opens_midway

    assert _opens_midway("有、季通报”制度，考评结果与社区评先评估")
    assert not _opens_midway("推进“无废城市”建设")


def test_numbering_in_its_rarer_printed_forms(parser, tmp_path: Path) -> None:
    path = _write(tmp_path, "forms.txt",
                  "某县水务局2025年工作要点\n第一、工作目标\n全县农村自来水普及率达到95%。\n第二、主要任务\n㈠实施水源保护\n"
                  "⑴划定水源保护区\n完成3处水源地划定。\n⑵开展水质检测\n每季度检测一次。\n㈡推进工程建设\n新建供水工程2处。\n"
                  "第三、保障措施\n㈠加强组织领导\n成立工作专班。\n")
    doc = parser.parse(path).documents[0]
    outline = [(s.level, s.number, s.heading) for s in walk(doc.sections)]
    assert outline == [(1, "第一、", "工作目标"), (1, "第二、", "主要任务"), (2, "㈠", "实施水源保护"), (3, "⑴", "划定水源保护区"),
                       (3, "⑵", "开展水质检测"), (2, "㈡", "推进工程建设"), (1, "第三、", "保障措施"), (2, "㈠", "加强组织领导")]
    roman = parser.parse(_write(tmp_path, "roman.txt", "某县应急局2025年工作要点\nⅠ、总体要求\n坚持安全第一。\n"
                                                          "Ⅱ、重点任务\n开展隐患排查不少于4次。\n")).documents[0]
    assert [(s.number, s.heading) for s in roman.sections] == [("Ⅰ、", "总体要求"), ("Ⅱ、", "重点任务")]


def test_an_annex_stays_with_its_own_piece_of_a_compilation(parser, tmp_path: Path) -> None:
    text = ("篇一：某镇2025年安全生产工作计划\n一、工作目标\n全年生产安全事故起数下降10%以上。\n二、主要措施\n开展隐患排查不少于4次。\n"
            "附件：1．重点任务分工表\n2．考核评分细则\n某镇人民政府\n2025年1月5日\n附件1\n重点任务分工表\n隐患排查由镇安监办牵头。\n"
            "篇二：某镇2025年防汛工作计划\n一、工作目标\n确保汛期不发生人员伤亡事故。\n二、主要措施\n组织防汛应急演练不少于2次。\n"
            "某镇人民政府\n2025年3月1日\n")
    first, second = parser.parse(_write(tmp_path, "pieces.txt", text)).documents
    assert [s.heading for s in first.sections] == ["工作目标", "主要措施", "附件1 重点任务分工表"]
    assert [s.heading for s in second.sections] == ["工作目标", "主要措施"]
    assert [(t.value, t.unit) for t in second.targets] == [(2, "次")]


def test_annexes_listed_one_a_line_in_the_text_are_the_list_not_the_annexes(parser, tmp_path: Path) -> None:
    text = ANNEXED_PLAN.replace("附件：1．某县农村供水重点任务分工表\n　　　2．某县农村供水考核评分细则\n",
                                "附件1：某县农村供水重点任务分工表\n附件2：某县农村供水考核评分细则\n")
    doc = parser.parse(_write(tmp_path, "listed.txt", text)).documents[0]
    assert doc.closing == ["某县人民政府办公室", "2025年3月10日"]
    assert [s.heading for s in doc.sections][2:] == ["附件1 某县农村供水重点任务分工表", "附件2 某县农村供水考核评分细则"]


def test_an_annexed_table_of_targets_to_assess_still_sets_them(parser, tmp_path: Path) -> None:
    text = ("某县2025年民生实事工作方案\n一、工作目标\n办好十件民生实事。\n二、保障措施\n加强督查考核。\n某县人民政府\n2025年2月1日\n"
            "附件1\n2025年民生实事目标任务考核表\n新建城乡公益性岗位500个。\n新增托育托位300个。\n")
    doc = parser.parse(_write(tmp_path, "assess.txt", text)).documents[0]
    # "办好十件民生实事" names the set the plan carries through, no count it sets (as "打好三大攻坚战")
    assert [(t.value, t.unit) for t in doc.targets] == [(500, "个"), (300, "个")]


def test_a_numbered_heading_right_above_a_page_line_stays_a_heading(parser, tmp_path: Path) -> None:
    text = ("某县2025年双拥工作计划\n一、主要任务\n（一）加强国防教育，增强全民国防观念\n- 1 -\n某县2025年双拥工作计划\n"
            "全年组织国防教育活动不少于6场。\n（二）落实优抚政策\n走访慰问优抚对象不少于500户。\n")
    doc = parser.parse(_write(tmp_path, "folio.txt", text)).documents[0]
    assert [c.heading for c in doc.sections[0].children] == ["加强国防教育，增强全民国防观念", "落实优抚政策"]


def test_a_plan_that_names_a_wechat_account_or_a_time_keeps_those_sentences(parser, tmp_path: Path) -> None:
    text = ("某县2025年反诈宣传工作方案\n一、主要措施\n（一）集中宣传日\n活动时间：2025-06-26 09:00\n活动地点：县人民广场\n"
            "二、工作要求\n各乡镇要组织群众扫码关注“某县反诈”公众号，关注人数达到5万人以上。\n组织党员干部认真阅读原文，学习反诈法律法规。\n")
    result = parser.parse(_write(tmp_path, "plan.txt", text))
    assert result.removed_reasons == []
    assert (5, "万人") in [(t.value, t.unit) for t in result.documents[0].targets]


def test_review_fixes_on_types_and_stance(parser, tmp_path: Path) -> None:
    from jihua.pipeline.classify import part_name
    from jihua.pipeline.stance import stance
    from jihua.pipeline.targets import find_targets

    assert part_name("整改工作中存在的问题") == ("problems", "存在的问题")
    tally = "截至2025年2月底，全县累计建成5G基站1200个。"
    assert {stance(tally, f.clause, None, 2025) for f in find_targets(tally)} == {"reported"}  # 截至: as of
    span = _write(tmp_path, "span.txt", "某市数字政府建设三年行动计划（2024—2026年）\n一、2024年重点任务\n建成政务云平台1个。\n"
                                        "二、2025年重点任务\n新增政务服务事项200项。\n三、2026年重点任务\n实现一网通办率达到95%。\n")
    assert [s.type for s in parser.parse(span).documents[0].sections] == ["measures"] * 3  # the plan's own years
    plan = _write(tmp_path, "plan.txt", "某县落实2025年政府工作报告重点任务实施方案\n一、主要任务\n新建农村公路50公里。\n")
    assert parser.parse(plan).documents[0].doc_type == "plan"


def test_size_classes_group_thresholds_and_a_baseline_year_are_no_past_or_set_figures() -> None:
    from jihua.pipeline.rules.titles import year_from_title
    from jihua.pipeline.stance import stance
    from jihua.pipeline.targets import find_targets

    assert list(find_targets("设立百亿元级产业基金，撬动社会资本投入。")) == []
    assert list(find_targets("完成千人以上水源地保护区划定。")) == []
    both = "新建5G基站3000个，智能算力规模达到2023年的两倍。"
    assert {stance(both, f.clause, None, 2025) for f in find_targets(both)} == {"set"}
    assert year_from_title("某镇中心小学2024—2025学年第一学期工作计划") == (True, 2024)


def test_a_village_plan_is_issued_by_the_committee_that_signs_it(parser, tmp_path: Path) -> None:
    text = "某某村2025年工作计划\n1、抓好产业发展\n新增黄桃种植120亩。\n2、改善人居环境\n新装太阳能路灯40盏。\n某某村村民委员会\n二〇二五年一月十八日\n"
    assert parser.parse(_write(tmp_path, "village.txt", text)).documents[0].org == "某某村村民委员会"


def test_a_sign_off_dated_with_a_circle_for_zero_is_set_aside(parser, tmp_path: Path) -> None:
    """"二○二五年" typed with the symbol menu's circle (U+25CB): the same date as with 〇."""
    text = "某某社区2025年消防安全工作计划\n一、工作目标\n全年开展消防演练4次。\n某某社区居民委员会\n二○二五年二月八日\n"
    doc = parser.parse(_write(tmp_path, "circle.txt", text)).documents[0]
    assert doc.date == "二○二五年二月八日" and doc.org == "某某社区居民委员会"
    assert doc.sections[0].paragraphs == ["全年开展消防演练4次。"]


def test_an_indicator_table_with_a_category_column_under_one_header(parser, tmp_path: Path) -> None:
    page = ("<html><body><h1>某县2025年国民经济和社会发展计划</h1><p>一、主要预期目标</p><table>"
            "<tr><th colspan='2'>指标</th><th>单位</th><th>2024年实际</th><th>2025年目标</th></tr>"
            "<tr><td rowspan='2'>经济发展</td><td>地区生产总值增长</td><td>%</td><td>5.2</td><td>6左右</td></tr>"
            "<tr><td>一般公共预算收入增长</td><td>%</td><td>3.1</td><td>4</td></tr></table></body></html>")
    doc = parser.parse(_write(tmp_path, "indicators.html", page)).documents[0]
    assert [t.text for t in doc.targets] == ["地区生产总值增长6%左右", "一般公共预算收入增长4%"]


def test_as_of_a_date_is_a_tally_but_as_of_a_years_end_is_a_deadline(parser, tmp_path: Path) -> None:
    from jihua.pipeline.stance import stance
    from jihua.pipeline.targets import find_targets

    goal = "截至2025年底，全县累计建成5G基站3000个，数字经济核心产业增加值占比达到8%。"
    assert {stance(goal, f.clause, None, 2025) for f in find_targets(goal)} == {"set"}
    tally = "截至2025年2月底，全县累计建成5G基站1200个。"
    assert {stance(tally, f.clause, None, 2025) for f in find_targets(tally)} == {"reported"}
    both = _write(tmp_path, "both.txt", "某县交通局2024年工作汇报及2025年工作计划\n一、2024年工作汇报\n全年完成农村公路改造120公里。\n"
                                        "二、2025年工作计划\n全年完成农村公路改造150公里。\n")
    doc = parser.parse(both).documents[0]
    assert doc.doc_type == "summary_plan" and [(t.value, t.unit) for t in doc.targets] == [(150, "公里")]


def test_a_resolution_appended_to_a_report_is_a_document_of_its_own(parser, tmp_path: Path) -> None:
    """A township's report printed with the congress's resolution on it after its last paragraph:
    the resolution's title over its own "（…会议通过）" line starts a second document, resolved by
    the congress; a report whose date line says when it was adopted keeps that line in its title block."""
    path = _write(tmp_path, "report.txt",
                  "柳溪乡人民政府工作报告\n（2024年1月12日柳溪乡第十九届人民代表大会第四次会议通过）\n各位代表：\n"
                  "一、2023年工作回顾\n全年完成农业总产值6.2亿元。\n二、2024年工作安排\n新建高标准农田3000亩。\n"
                  "各位代表，让我们携手奋进，为建设美丽柳溪不懈奋斗！\n"
                  "柳溪乡第十九届人民代表大会第四次会议关于政府工作报告的决议\n"
                  "（2024年1月12日柳溪乡第十九届人民代表大会第四次会议通过）\n"
                  "柳溪乡第十九届人民代表大会第四次会议听取和审议了乡长所作的政府工作报告，决定批准这个报告。\n")
    result = parser.parse(path)
    report, resolution = result.documents
    assert (report.title, report.org, report.year, report.doc_type) == ("柳溪乡人民政府工作报告", "柳溪乡人民政府", 2024,
                                                                        "summary_plan")
    assert report.paragraphs == ["各位代表："]
    assert (resolution.org, resolution.doc_type, resolution.targets) == ("柳溪乡人民代表大会", "other", [])
    assert resolution.paragraphs[0].startswith("柳溪乡第十九届人民代表大会第四次会议听取和审议")


def test_a_title_that_shortens_the_signing_bodys_name_takes_the_name_it_signs(parser, tmp_path: Path) -> None:
    path = _write(tmp_path, "plan.txt", "青禾县残联2025年工作要点\n一、工作目标\n全年为残疾人提供康复服务不少于800人次。\n"
                                         "青禾县残疾人联合会\n2025年2月10日\n")
    assert parser.parse(path).documents[0].org == "青禾县残疾人联合会"
    path = _write(tmp_path, "office.txt", "青禾县财政局2025年工作计划\n一、工作目标\n全年组织财会培训4期。\n"
                                           "青禾县财政局办公室\n2025年2月10日\n")
    assert parser.parse(path).documents[0].org == "青禾县财政局", "an office of the body is not its full name"


def test_a_numbered_part_name_is_not_joined_to_the_unlabelled_headings_or_caption_under_it(parser, tmp_path: Path) -> None:
    """"二、重点工作" is a whole heading: the short unlabelled headings under it are a series of its
    sub-parts, and a table's caption ("表1 …") is the table's, neither a heading nor the part's name."""
    path = _write(tmp_path, "plan.txt", "\n".join([
        "青禾县林业局2024年工作计划", "一、工作目标", "全年完成人工造林1.2万亩。", "二、重点工作", "抓好国土绿化",
        "实施重点区域生态修复，完成退化林修复3000亩。", "加强森林防火", "每月开展一次火灾隐患排查。", "三、年度任务安排",
        "表1　青禾县2024年造林任务分解表", "乡镇\t造林面积（亩）\t完成时限", "城关镇\t3000\t2024年6月",
        "柳河镇\t2500\t2024年9月", "四、保障措施", "县林业局牵头，各乡镇落实属地责任。"]))
    doc = parser.parse(path).documents[0]
    outline = [(s.heading, [c.heading for c in s.children]) for s in doc.sections]
    assert outline == [("工作目标", []), ("重点工作", ["抓好国土绿化", "加强森林防火"]), ("年度任务安排", []), ("保障措施", [])]
    assert doc.sections[2].paragraphs == ["表1　青禾县2024年造林任务分解表"] and len(doc.sections[2].tables) == 1


def test_a_plain_text_compilation_splits_at_each_title_under_a_sign_off(parser, tmp_path: Path) -> None:
    path = _write(tmp_path, "book.txt", "\n".join([
        "青禾县2024年部门工作计划汇编", "青禾县人民政府办公室　编印", "二〇二四年二月",
        "青禾县水利局2024年工作计划", "一、工作目标", "新建高效节水灌溉面积2万亩。", "青禾县水利局", "2024年1月22日",
        "青禾县交通运输局2024年工作计划", "一、工作目标", "新改建农村公路120公里。", "青禾县交通运输局", "2024年1月24日"]))
    docs = parser.parse(path).documents
    assert [(d.title, d.org, d.date) for d in docs] == [
        ("青禾县水利局2024年工作计划", "青禾县水利局", "2024年1月22日"),
        ("青禾县交通运输局2024年工作计划", "青禾县交通运输局", "2024年1月24日")]


def test_a_stage_over_its_month_and_a_summarys_long_headings_stay_as_written(parser, tmp_path: Path) -> None:
    """A stage line over "（2025年3月）" starts no document (only a session's date line does); a
    summary's heading that begins with a part name ("重点任务推进情况及取得的主要成效") is not cut."""
    path = _write(tmp_path, "plan.txt", "\n".join([
        "青山镇2025年农村人居环境整治工作方案", "一、工作目标", "农村卫生厕所普及率达到95%。", "二、实施步骤",
        "动员部署阶段工作安排", "（2025年3月）", "召开全镇动员大会。", "集中整治阶段工作安排", "（2025年4月）",
        "各村开展清理行动。", "三、保障措施", "每季度通报一次。", "青山镇人民政府", "2025年2月28日"]))
    assert len(parser.parse(path).documents) == 1
    path = _write(tmp_path, "summary.txt", "\n".join([
        "青禾县应急管理局2024年工作总结", "一、重点任务推进情况及取得的主要成效", "全年生产安全事故下降25%。",
        "二、保障措施落实过程中存在的主要问题", "基层监管力量薄弱。"]))
    doc = parser.parse(path).documents[0]
    assert [s.heading for s in doc.sections] == ["重点任务推进情况及取得的主要成效", "保障措施落实过程中存在的主要问题"]


def test_an_inline_numbered_list_in_a_paragraph_stays_one_paragraph(parser, tmp_path: Path) -> None:
    path = _write(tmp_path, "plan.txt", "青禾县教育局2025年工作计划\n一、主要任务\n"
                                         "各校每月开展一次集中学习，抓好三个环节。1.抓学习计划；2.抓学习形式；3.抓学习效果。\n")
    doc = parser.parse(path).documents[0]
    assert doc.sections[0].paragraphs == ["各校每月开展一次集中学习，抓好三个环节。1.抓学习计划；2.抓学习形式；3.抓学习效果。"]


def test_a_slogan_under_a_numbered_part_is_its_text(parser, tmp_path: Path) -> None:
    path = _write(tmp_path, "plan.txt", "\n".join([
        "青禾县2025年全民阅读月活动方案", "一、活动主题", "书香青禾　悦读共享", "二、活动时间", "2025年4月至5月。",
        "三、活动内容", "举办读书分享会20场。"]))
    doc = parser.parse(path).documents[0]
    assert [(s.heading, s.paragraphs, s.children) for s in doc.sections[:2]] == [
        ("活动主题", ["书香青禾　悦读共享"], []), ("活动时间", ["2025年4月至5月。"], [])]


def test_a_self_media_posts_counts_place_pager_and_disclaimer_are_the_pages(parser, tmp_path: Path) -> None:
    text = "\n".join([
        "某县自然资源局2025年耕地保护工作要点", "2025-03-02 10:15发布于：某省某县自然资源", "阅读 (2317)",
        "一、严守耕地红线", "全年完成耕地保护目标任务，新增补充耕地不少于1200亩。",
        "二、强化执法监管", "每季度开展一次卫片执法检查，违法占地案件查处率达到100%。",
        "上一页", "声明：该文观点仅代表作者本人，本平台仅提供信息存储空间服务。", "IP属地：某市",
    ])
    result = parser.parse(_write(tmp_path, "post.txt", text))
    doc = result.documents[0]
    body = " ".join(p for s in walk(doc.sections) for p in [s.heading, *s.paragraphs])
    assert [(s.number, s.heading) for s in doc.sections] == [("一、", "严守耕地红线"), ("二、", "强化执法监管")]
    for chrome in ("发布于", "阅读 (2317)", "上一页", "仅代表作者本人", "IP属地"):
        assert chrome not in body and any(chrome in line for line in result.removed), chrome


def test_a_forum_threads_replies_under_the_post_are_the_pages(parser, tmp_path: Path) -> None:
    text = "\n".join([
        "某市论坛 › 城市建设 › 某区城市管理局2024年市容整治工作方案", "楼主  街头观察员  发表于 2024-3-2 19:40  只看该作者",
        "某区城市管理局2024年市容整治工作方案", "为持续改善城市面貌，制定本方案。",
        "一、整治重点", "全年整治占道经营点位不少于120处，背街小巷保洁覆盖率达到100%。",
        "二、工作要求", "各街道于3楼会议室每月召开一次推进会，每季度通报一次进展。",
        "某区城市管理局", "2024年3月1日",
        "沙发  老街坊  发表于 2024-3-2 20:11", "引用：街头观察员 发表于 2024-3-2 19:40",
        "希望把菜市场门口也整一整。", "#3  路人乙  发表于 2024-3-3 08:02", "支持一下，夜市也该规范了",
        "高级模式 | 发表回复 | 返回列表",
    ])
    result = parser.parse(_write(tmp_path, "thread.txt", text))
    doc = result.documents[0]
    body = " ".join(p for s in walk(doc.sections) for p in [s.heading, *s.paragraphs])
    assert "3楼会议室" in body  # a floor in the plan's own sentence is no reply
    for reply in ("老街坊", "菜市场门口", "路人乙", "夜市也该规范", "发表回复"):
        assert reply not in body and any(reply in line for line in result.removed), reply
    assert any(r.reason.startswith("a reply in the forum thread") for r in result.removed_reasons)


def test_a_five_year_plan_named_by_its_ordinal_is_dated_by_its_first_year() -> None:
    assert year_from_title("某市“十五五”水利发展规划") == (True, 2026)
    assert year_from_title("某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要") == (True, 2021)
    assert year_from_title("某区“十三五”时期卫生健康事业发展规划") == (True, 2016)
    # a year's own plan under a five-year plan keeps its year; an opening year's work names it
    assert year_from_title("某县“十五五”规划2027年度实施计划") == (True, 2027)
    assert year_from_title("十五五开局之年某局工作要点") == (False, None)


def test_a_short_lined_report_keeps_its_headings_apart_from_the_line_after(parser, tmp_path: Path) -> None:
    """Short lines, one sentence each: the 、 of a part's label ("二、") is no sign of a line cut
    mid-sentence, so the file is not read as hard-wrapped and no heading swallows its first line."""
    path = _write(tmp_path, "short.txt", "某乡2026年政府工作报告\n一、2026年主要目标\n全乡主要预期目标：\n"
                                         "粮食总产量稳定在3万吨。\n二、2026年重点工作\n（一）发展特色农业\n"
                                         "新建蔬菜大棚120个。\n三、切实加强政府自身建设\n压减一般性支出。\n")
    doc = parser.parse(path).documents[0]
    assert [s.heading for s in doc.sections] == ["2026年主要目标", "2026年重点工作", "切实加强政府自身建设"]
    assert doc.sections[0].paragraphs[0] == "全乡主要预期目标：" and doc.sections[2].paragraphs == ["压减一般性支出。"]


def test_a_long_plans_background_forecasting_its_last_year_sets_no_target(parser, tmp_path: Path) -> None:
    """In a "十五五" plan the situation part's "预计到2030年…将达到" describes what the plan answers; its
    goals part's figures for 2030 are its targets."""
    path = _write(tmp_path, "long.txt",
                  "青川区“十五五”养老服务体系建设规划\n一、发展基础\n（一）“十五五”时期面临的形势\n"
                  "预计到2030年，全区失能老年人将达到1.6万人，养老需求持续增长。\n二、发展目标\n"
                  "到2030年，全区养老机构护理型床位占比达到65%以上。\n")
    doc = parser.parse(path).documents[0]
    assert [(t.value, t.unit) for t in doc.targets] == [(65, "%")]


@pytest.mark.parametrize("leader", ["……", "⋯⋯", "·······", "．．．．", "............", "…"])
def test_contents_entries_run_into_one_line_are_furniture(parser, tmp_path: Path, leader: str) -> None:
    """A PDF's text layer may run a 目录's entries into one paragraph, each its words, dot leaders (dots, ellipses,
    middle dots) and its page ("一、工作目标……1（一）…"): under the 目录 line those are the contents, set aside
    whole; none of their labels opens a part, and the parts keep their own levels."""
    entries = leader.join(["一、工作目标", "1（一）稳定生猪产能", "1二、保障措施", "2"])
    lines = ["某镇2027年畜牧业发展工作计划", "目　　录", entries, "为推动畜牧业提质增效，制定本计划。", "一、工作目标",
             "全镇生猪出栏稳定在3万头。", "（一）稳定生猪产能", "能繁母猪存栏保持在1800头。", "二、保障措施", "落实专人负责。"]
    result = parser.parse(_write(tmp_path, "glued.txt", "\n".join(lines)))
    doc = result.documents[0]
    assert [(s.heading, [c.heading for c in s.children]) for s in doc.sections] == [
        ("工作目标", ["稳定生猪产能"]), ("保障措施", [])]
    assert [f.text for f in result.furniture if f.kind == "toc"] == ["目　　录", entries]


@pytest.mark.parametrize(("run_on", "page"), [("6月底前，全镇完成圈舍改造40户。", "3"),
                                              ("2027年，全镇生猪出栏稳定在3万头。", "3")])
def test_the_text_run_on_after_the_last_entry_keeps_its_leading_digits(parser, tmp_path: Path, run_on: str,
                                                                       page: str) -> None:
    """"…二、保障措施……36月底前，…": the last page is the shortest digit string that keeps the pages going on in
    small steps (3 after 2), and "6月底前" goes back to the text whole."""
    entries = "……".join(["一、工作目标", "1（一）稳定生猪产能", "2二、保障措施", page])
    lines = ["某镇2027年畜牧业发展工作计划", "目录", entries + run_on, "一、工作目标", "能繁母猪存栏保持在1800头。",
             "（一）稳定生猪产能", "落实生猪调出大县奖励资金。", "二、保障措施", "落实专人负责。"]
    result = parser.parse(_write(tmp_path, "glued.txt", "\n".join(lines)))
    assert [f.text for f in result.furniture if f.kind == "toc"] == ["目录", entries]
    assert run_on in result.documents[0].paragraphs, result.documents[0].paragraphs


def test_a_run_of_sentences_under_a_contents_label_is_not_the_contents(parser, tmp_path: Path) -> None:
    """What makes a line entries is each stretch between leaders being a few words with no sentence in it: a
    paragraph that trails off ("……") before a figure, under a line that reads 目录, stays the text."""
    body = "全年新建村级服务站……12个。改造提升站点……8个，服务群众……3万人次。"
    lines = ["某镇2027年便民服务工作计划", "目录", body, "一、工作目标", "全年办结群众诉求2000件。", "二、保障措施",
             "落实专人负责。"]
    result = parser.parse(_write(tmp_path, "prose.txt", "\n".join(lines)))
    assert not [f for f in result.furniture if f.kind == "toc" and f.text != "目录"]
    assert body in " ".join(p for p in result.documents[0].paragraphs)


def _leader_contents_pdf(tmp_path: Path, entries: list[tuple[str, str]], body: list[tuple[str, str]]) -> Path:
    """A Word file whose contents entries end in a right tab stop with dot leaders, rendered by LibreOffice."""
    docx = pytest.importorskip("docx")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice not installed")
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm

    document = docx.Document()
    document.add_paragraph("某县文化广电和旅游局2027年文旅融合发展实施方案", style="Title")
    document.add_paragraph("目　　录").alignment = WD_ALIGN_PARAGRAPH.CENTER
    for text, page in entries:
        entry = document.add_paragraph(f"{text}\t{page}")
        entry.paragraph_format.tab_stops.add_tab_stop(Cm(15), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for style, text in body:
        document.add_paragraph(text, style=style or None)
    src = tmp_path / "leaders.docx"
    document.save(str(src))
    return _printed_by_libreoffice(soffice, src)


def test_a_pdfs_contents_with_dot_leaders_is_furniture(parser, tmp_path: Path) -> None:
    """A 目录 printed with dot leaders, whichever way the PDF's text layer reads it (a line an entry, or the
    entries run together): the contents, never a first part the real parts nest under."""
    entries = [("一、总体目标", "1"), ("（一）景区提质", "1"), ("（二）线路推广", "1"), ("二、保障措施", "2")]
    body = [("", "为推动文化和旅游深度融合，结合全县文旅资源实际，制定本方案。"), ("Heading 1", "一、总体目标"),
            ("", "全年接待游客突破600万人次，旅游综合收入增长10%以上。"), ("Heading 2", "（一）景区提质"),
            ("", "新创建国家3A级旅游景区2家。"), ("Heading 2", "（二）线路推广"), ("", "推出精品旅游线路5条。"),
            ("Heading 1", "二、保障措施"), ("", "设立文旅融合发展专项资金。")]
    result = parser.parse(_leader_contents_pdf(tmp_path, entries, body))
    doc = result.documents[0]
    assert [(s.heading, [c.heading for c in s.children]) for s in doc.sections] == [
        ("总体目标", ["景区提质", "线路推广"]), ("保障措施", [])]
    toc = " ".join(f.text for f in result.furniture if f.kind == "toc")
    assert all(text in toc for text, _ in entries)
    assert body[0][1] in " ".join(doc.paragraphs) and body[0][1] not in toc  # (the text run on into the entries stays)
