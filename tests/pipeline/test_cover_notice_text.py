"""A plan issued under a cover notice (关于印发《X》的通知): the notice's addressees and words stay the
file's text (the plan's preamble), its 红头, 文号, seal and 版记 stay furniture; a notice that passes on
another body's plan signs the notice only; a site's banner names no org. Every document is our own."""

from __future__ import annotations

import pytest
from jihua.pipeline.rules.titles import NOT_ORG, org_name_line

from tests.writers import write_docx, write_txt

_PLAN = [
    "柳塘市2027年城市内涝治理行动方案",
    "为提升城市排水防涝能力，保障汛期城市运行安全，结合我市实际，制定本方案。",
    "一、工作目标", "全年新建改造雨水管网45公里，消除易涝积水点18处。",
    "二、重点任务", "（一）疏通排水设施。汛前完成主城区雨水管网清淤全覆盖。",
    "（二）建设调蓄设施。年内建成调蓄池6座。",
]
_ADDRESSEES = "各区人民政府，市政府各部门："
_APPROVED = "《柳塘市2027年城市内涝治理行动方案》已经市人民政府同意，现印发给你们，请认真组织实施。"
_NOTICE = [
    "柳塘市人民政府办公室文件", "柳政办发〔2027〕9号",
    "柳塘市人民政府办公室关于印发《柳塘市2027年城市内涝治理行动方案》的通知",
    _ADDRESSEES, _APPROVED, "柳塘市人民政府办公室", "2027年2月20日", "（此件公开发布）",
]
_DISTRIBUTION = ["抄送：市委办公室，市人大常委会办公室，市政协办公室。", "柳塘市人民政府办公室　　2027年2月21日印发"]


def _removed(result) -> dict[str, str]:
    return {r.text: r.reason for r in result.removed_reasons}


@pytest.mark.parametrize("writer", [write_docx, write_txt])
def test_the_notices_words_are_the_plans_preamble_and_its_masthead_names_the_issuer(parser, tmp_path, writer) -> None:
    """"《X》已经市人民政府同意，现印发给你们": the office issues its government's plan. The plan keeps its own
    title; its org is the body the 红头 prints over the file (of the place the title names alone, see
    test_masthead_issuer), not the notice's seal; the addressees and that paragraph are text, not furniture."""
    path = writer(tmp_path / ("official.docx" if writer is write_docx else "official.txt"), _NOTICE + _PLAN + _DISTRIBUTION)
    result = parser.parse(path)
    [doc] = result.documents
    assert (doc.title, doc.org, doc.year) == ("柳塘市2027年城市内涝治理行动方案", "柳塘市人民政府办公室", 2027)
    assert doc.paragraphs == [_ADDRESSEES, _APPROVED, _PLAN[1]]
    assert [s.heading for s in doc.sections] == ["工作目标", "重点任务"]
    removed = _removed(result)
    for line in ("柳塘市人民政府办公室文件", "柳政办发〔2027〕9号", _NOTICE[2], "2027年2月20日"):
        assert removed[line].startswith("cover notice")
    assert _ADDRESSEES not in removed and _APPROVED not in removed


def test_a_notice_that_forwards_a_plan_signs_the_notice_only(parser, tmp_path) -> None:
    """关于转发《X》的通知: the department forwards its city's plan; the plan is the city's — unless the plan
    signs itself (its signer of the place its title names is its org, whoever sends it on). A bureau's own
    notice ("经局党组会议研究同意，现将《X》印发…": no principal approved it) still names the plan's org."""
    forward = ["柳塘市水务局关于转发《柳塘市2027年城市内涝治理行动方案》的通知", "各区水务局，局属各单位：",
               "现将《柳塘市2027年城市内涝治理行动方案》转发给你们，请结合职责抓好落实。", "柳塘市水务局", "2027年2月25日"]
    result = parser.parse(write_txt(tmp_path / "forward.txt", forward + _PLAN))
    [doc] = result.documents
    assert (doc.title, doc.org) == ("柳塘市2027年城市内涝治理行动方案", "柳塘市")
    assert doc.paragraphs[:2] == forward[1:3]
    [signed] = parser.parse(write_txt(tmp_path / "signed.txt", forward + _PLAN + ["柳塘市城市管理局", "2027年2月12日"])).documents
    assert signed.org == "柳塘市城市管理局"
    own = ["柳塘市水务局关于印发《柳塘市2027年城市内涝治理行动方案》的通知", "局属各单位：",
           "经局党组会议研究同意，现将《柳塘市2027年城市内涝治理行动方案》印发给你们，请认真贯彻执行。",
           "柳塘市水务局", "2027年2月25日"]
    [issued] = parser.parse(write_txt(tmp_path / "own.txt", own + _PLAN)).documents
    assert (issued.org, issued.paragraphs[:2]) == ("柳塘市水务局", own[1:3])


_PORTAL = [
    "桂川县人民政府门户网站",
    "首页 | 走进桂川 | 政务公开 | 政务服务 | 互动交流",
    "您当前的位置：首页 > 政务公开 > 政府文件",
    "发文机关：桂川县人民政府办公室　　成文日期：2027年3月2日",
    "发布时间：2027-03-04 09:30　来源：县政府办公室　浏览次数：512",
    "",
    "桂川县人民政府办公室关于印发桂川县2027年农村饮水安全工作安排的通知",
    "桂政办发〔2027〕6号",
    "各乡镇人民政府，县直各单位：",
    "　　《桂川县2027年农村饮水安全工作安排》已经县人民政府同意，现印发给你们，请认真抓好落实。",
    "　　　　　　　　桂川县人民政府办公室",
    "　　　　　　　　2027年3月2日",
    "",
    "桂川县2027年农村饮水安全工作安排",
    "　　为巩固提升农村供水保障水平，现就2027年农村饮水安全工作作如下安排。",
    "　　一、提升供水保障",
    "　　年内新建改造农村供水工程12处，农村自来水普及率达到92%以上。",
    "　　二、强化水质监测",
    "　　每季度开展一次水质抽检，抽检合格率达到95%以上。",
    "",
    "【打印本页】　【关闭窗口】",
    "主办单位：桂川县人民政府办公室　承办单位：桂川县融媒体中心",
]


def test_a_portal_copy_of_a_notice_takes_no_org_from_the_sites_banner_or_fields(parser, tmp_path) -> None:
    """The site's banner ("…门户网站") and the page's 发文机关/来源 fields name the site and the notice's issuer:
    the plan the notice passes on keeps the org its title names; the notice's words are its preamble."""
    result = parser.parse(write_txt(tmp_path / "portal.txt", _PORTAL))
    [doc] = result.documents
    assert (doc.title, doc.org, doc.year) == ("桂川县2027年农村饮水安全工作安排", "桂川县", 2027)
    assert doc.paragraphs[:2] == ["各乡镇人民政府，县直各单位：",
                                  "《桂川县2027年农村饮水安全工作安排》已经县人民政府同意，现印发给你们，请认真抓好落实。"]
    assert "桂川县人民政府门户网站" in result.removed


def test_a_sites_banner_over_a_plan_is_no_org(parser, tmp_path) -> None:
    """No notice: a page's banner above a plan whose title names only its place — still the site, never the org."""
    lines = ["岚溪区政府网站", "岚溪区2027年全民健身工作计划", "为推动全民健身深入开展，制定本计划。",
             "一、工作目标", "年内新建社区健身点20个。", "二、工作措施", "每季度举办一次全民健身赛事。"]
    [doc] = parser.parse(write_txt(tmp_path / "banner.txt", lines)).documents
    assert (doc.title, doc.org) == ("岚溪区2027年全民健身工作计划", "岚溪区")


def test_a_sites_name_is_never_an_org_line_though_a_station_is() -> None:
    """"…门户网站" ends in 站 as a 服务站 does: only the station is a body."""
    assert not org_name_line("岚溪区人民政府门户网站") and not org_name_line("岚溪区政府网站")
    assert NOT_ORG.search("岚溪区人民政府门户网站") and NOT_ORG.search("岚溪区政务网")
    assert org_name_line("岚溪区农业技术推广站") and not NOT_ORG.search("岚溪区农业技术推广站")


def test_a_notices_own_requirements_stay_the_notices_not_the_plans_parts(parser, tmp_path) -> None:
    """A 函 that issues the plan and then lists its own requirements ("一、提高认识。…", "二、及时反馈。…") and a
    contact: only the addressees and the issuing paragraph are the plan's preamble; the notice's requirements,
    contact and annex line are set aside with the cover, kept in `removed`, never the plan's parts."""
    issuing = "现将《柳塘市2027年城市内涝治理行动方案》印发给你们，请抓好落实。具体要求如下："
    notice = ["柳塘市水务局关于印发《柳塘市2027年城市内涝治理行动方案》的函", "各区水务局：", issuing,
              "一、提高认识。各区要把排水防涝作为汛前重点工作。", "二、及时反馈。请于4月15日前反馈工作进展。",
              "联系人：陈立，联系电话：0555-7654321。", "附件：柳塘市2027年城市内涝治理行动方案",
              "柳塘市水务局", "2027年2月25日"]
    result = parser.parse(write_txt(tmp_path / "letter.txt", notice + _PLAN))
    [doc] = result.documents
    assert [s.heading for s in doc.sections] == ["工作目标", "重点任务"]
    assert doc.paragraphs == ["各区水务局：", issuing, _PLAN[1]]
    removed = _removed(result)
    for line in notice[3:6]:
        assert removed[line].startswith("cover notice")
