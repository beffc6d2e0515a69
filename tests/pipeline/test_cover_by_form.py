"""A plan sent as the 附件 of a cover whatever its 文种 (报告, 函, 请示), the place's leadership signing a plan
titled with the place, a dated stage under a damaged part name, a floor set on what the counted things attain."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.pipeline.targets import find_targets

from tests.writers import write_txt

_PLAN = ["枫岭县林业局2026年森林防火工作总结",
         "2026年，我局坚持预防为主，全年未发生重大森林火灾。",
         "一、主要工作成效",
         "（一）隐患排查全面开展",
         "全年排查林区火灾隐患86处，全部整改到位。",
         "二、存在的问题",
         "部分护林员年龄偏大，巡护能力不足。",
         "三、下步工作打算",
         "全年新建防火隔离带25公里以上。"]


def _cover(kind: str, dated: list[str]) -> list[str]:
    """A 报告 or 函 sending the plan up: addressees, a sentence, its 附件说明, seal, date and 附注, then 附件."""
    return ["枫岭县林业局文件", "枫林发〔2027〕3号", f"枫岭县林业局关于报送2026年森林防火工作总结的{kind}",
            "县人民政府：", "现将《枫岭县林业局2026年森林防火工作总结》随文报送，请审阅。",
            "附件：枫岭县林业局2026年森林防火工作总结", "枫岭县林业局", *dated, "附件", *_PLAN]


@pytest.mark.parametrize(("kind", "dated"), [
    ("报告", ["2027年1月12日", "（联系人：周某，电话：0000-5550123）"]),
    ("函", ["2027年1月12日"]),
    # a PDF ran the 附注 onto the date line
    ("请示", ["2027年1月12日（联系人：周某，电话：0000-5550123）"]),
])
def test_a_plan_sent_as_the_annex_of_a_report_is_the_document(parser, tmp_path: Path, kind: str, dated: list[str]) -> None:
    result = parser.parse(write_txt(tmp_path / "cover.txt", _cover(kind, dated)))
    [doc] = result.documents
    assert doc.title == "枫岭县林业局2026年森林防火工作总结"
    assert [(s.level, s.heading, s.type) for s in doc.sections] == [
        (1, "主要工作成效", "review"), (1, "存在的问题", "problems"), (1, "下步工作打算", "outlook")]
    # the cover's words are the preamble, as a 通知's are; its furniture (seal, date, 附注, 附件) is set aside
    assert doc.paragraphs[:2] == ["县人民政府：", "现将《枫岭县林业局2026年森林防火工作总结》随文报送，请审阅。"]
    body = " ".join(p for s in doc.sections for p in s.paragraphs)
    assert "联系人" not in body and "联系人" not in " ".join(doc.paragraphs)
    assert "附件" in result.removed and any("联系人" in r for r in result.removed) == any("联系人" in d for d in dated)
    # a notice that sets its own numbered requirements is a text of its own: its annex does not replace it
    lines = ["关于做好2027年春季护林工作的通知", "各乡镇人民政府：", "一、提高认识。各乡镇要高度重视春季护林工作。",
             "二、压实责任。落实网格化管护，全年巡护不少于120次。",
             "附件：枫岭县2027年春季护林工作方案", "枫岭县林业局", "2027年2月6日", "附件",
             "枫岭县2027年春季护林工作方案", "一、工作目标", "全年新建防火隔离带25公里以上。"]
    [notice] = parser.parse(write_txt(tmp_path / "notice.txt", lines)).documents
    assert notice.title == "关于做好2027年春季护林工作的通知"


def test_a_plan_titled_with_a_place_and_signed_by_its_leadership_keeps_the_place(parser, tmp_path: Path) -> None:
    for seal, org in [("青峰镇人民政府", "青峰镇"),        # the place's government: the place speaking
                      ("中共青峰镇委员会", "青峰镇"),      # its Party committee
                      ("枫岭县青峰镇人民政府", "青峰镇"),  # under its county's name
                      ("青峰镇农业综合服务中心", "青峰镇农业综合服务中心")]:  # one of its bodies names the issuer
        lines = ["青峰镇2027年秸秆禁烧工作方案", "一、工作目标", "全年秸秆综合利用率达到92%以上。", "二、保障措施",
                 "各村落实专人负责。", seal, "2027年3月2日"]
        [doc] = parser.parse(write_txt(tmp_path / "plan.txt", lines)).documents
        assert doc.org == org, seal


def test_a_dated_stage_is_the_schedule_whatever_its_parent_and_its_brackets(parser, tmp_path: Path) -> None:
    """A scan read the part name "实施步骤" as "实施步又", and the brackets round a stage's dates as 《 and 〈: each
    stage still names a period of the schedule."""
    lines = ["枫岭县2027年河湖清淤实施方案", "一、工作目标", "全年清淤河道40公里。", "二、重点任务", "（一）开展河道清淤",
             "各乡镇完成清淤任务。", "三、实施步又", "（一）宣传发动阶段《2027年3月)", "各乡镇召开动员会。",
             "（二）集中攻坚阶段〈2027年4月一9月)", "各乡镇全面推进。", "四、保障措施", "（一）加强组织领导", "成立工作专班。"]
    [doc] = parser.parse(write_txt(tmp_path / "plan.txt", lines)).documents
    assert [(c.heading, c.type) for c in doc.sections[2].children] == [
        ("宣传发动阶段《2027年3月)", "schedule"), ("集中攻坚阶段〈2027年4月一9月)", "schedule")]
    assert doc.sections[1].children[0].type == "measures"


def test_a_floor_set_on_what_the_counted_things_attain_is_a_target(parser, tmp_path: Path) -> None:
    assert [f.value_text for f in find_targets("全年完成调研课题3项，力争2篇以上获得县委领导肯定性批示。")] == ["3项", "2篇以上"]
    assert [f.value_text for f in find_targets("力争4个以上入选省级示范名录。")] == ["4个以上"]
    # a 的 phrase closing on a class: the size picks out what is rewarded, no floor set
    assert not list(find_targets("对投资500万元以上获得备案的项目给予补助。"))
    # in a review, what was attained is reported, not set
    lines = ["枫岭县统计局2026年工作总结", "一、主要工作成效", "全年撰写统计分析52篇，其中2篇获得市领导批示。",
             "二、存在的问题", "基层统计力量薄弱。"]
    [doc] = parser.parse(write_txt(tmp_path / "review.txt", lines)).documents
    assert not doc.targets and "2篇" in [a.value_text for a in doc.achievements]


_ANNEXED_PLAN = ["附件", "石桥县文化和旅游局2027年下半年工作计划", "一、工作目标", "全年接待游客320万人次以上。",
                 "二、主要措施", "举办乡村旅游节庆活动6场。"]


def test_a_short_report_that_reports_keeps_its_annex_as_its_own(parser, tmp_path: Path) -> None:
    """A 报告 with figures, problems and next steps of its own is the document, its annex plan a part of it."""
    lines = ["石桥县文化和旅游局关于2027年上半年工作开展情况的报告", "县人民政府：",
             "今年以来，全县接待游客156万人次，实现旅游收入11.3亿元，同比增长9.2%。",
             "目前仍存在旅游产品同质化、服务设施不完善等问题。",
             "下一步，我局将加快推进景区提质和旅游线路整合。",
             "附件：石桥县文化和旅游局2027年下半年工作计划", "石桥县文化和旅游局", "2027年7月6日", *_ANNEXED_PLAN]
    result = parser.parse(write_txt(tmp_path / "report.txt", lines))
    [doc] = result.documents
    assert doc.title == "石桥县文化和旅游局关于2027年上半年工作开展情况的报告"
    assert "目前仍存在旅游产品同质化、服务设施不完善等问题。" in doc.paragraphs
    assert not any("156万人次" in r for r in result.removed)


def test_a_meeting_notice_keeps_its_agenda_as_its_annex(parser, tmp_path: Path) -> None:
    """A 通知 that calls a meeting (its time and place, who attends, a deadline it sets) is the document."""
    lines = ["石桥县人民政府办公室关于召开2027年全县防汛抗旱工作会议的通知", "各镇人民政府，县直有关单位：",
             "经县政府同意，定于2027年4月20日下午3时在县行政中心二楼会议室召开全县防汛抗旱工作会议。",
             "参会人员：各镇镇长，县直有关单位主要负责人。",
             "请各单位于4月16日前将参会人员名单报县水利局。",
             "附件：2027年全县防汛抗旱工作会议议程安排", "石桥县人民政府办公室", "2027年4月12日",
             "附件", "2027年全县防汛抗旱工作会议议程安排", "一、县水利局通报2026年防汛抗旱工作情况", "二、县政府领导讲话"]
    result = parser.parse(write_txt(tmp_path / "meeting.txt", lines))
    doc = result.documents[0]
    assert doc.title == "石桥县人民政府办公室关于召开2027年全县防汛抗旱工作会议的通知"
    assert "参会人员：各镇镇长，县直有关单位主要负责人。" in doc.paragraphs
    assert not any("参会人员" in r for r in result.removed)


def test_a_request_for_funds_is_no_cover_and_leaves_no_bare_addressees(parser, tmp_path: Path) -> None:
    """A 请示 asking for money has words of its own: not unwrapped by its form. Read past by the title block, its
    addressees go with the sentences under them, not alone into the plan's preamble."""
    lines = ["石桥县卫生健康局关于申请安排2027年村卫生室改造资金的请示", "县人民政府：",
             "为改善基层医疗条件，我局计划改造村卫生室24个，共需资金96万元，恳请县政府予以安排。", "妥否，请批示。",
             "附件：石桥县2027年村卫生室改造工作计划", "石桥县卫生健康局", "2027年3月9日",
             "附件", "石桥县2027年村卫生室改造工作计划", "一、改造范围", "全县24个村卫生室。", "二、时间安排", "10月底前完工。"]
    result = parser.parse(write_txt(tmp_path / "request.txt", lines))
    doc = result.documents[0]
    assert "县人民政府：" not in doc.paragraphs
    assert "县人民政府：" in result.removed and any("96万元" in r for r in result.removed)


def test_a_cover_sending_by_its_title_alone_sets_its_addressees_aside_with_its_sign_off(parser, tmp_path: Path) -> None:
    """"关于报送…的报告" over "特此报告。": the cover sends X (its title says so); no sentence of it is kept, so its
    addressees are not left alone as X's preamble. A sentence sending X without 现将 ("《X》随文附后") is kept."""
    head = ["石桥县审计局关于报送2026年内部审计工作总结的报告", "县人民政府："]
    tail = ["附件：石桥县审计局2026年内部审计工作总结", "石桥县审计局", "2027年1月15日", "附件",
            "石桥县审计局2026年内部审计工作总结", "一、主要工作", "全年完成审计项目18个。", "二、存在问题", "审计力量不足。"]
    result = parser.parse(write_txt(tmp_path / "bare.txt", [*head, "特此报告。", *tail]))
    [doc] = result.documents
    assert doc.title == "石桥县审计局2026年内部审计工作总结"
    assert doc.paragraphs[:1] != ["县人民政府："] and "县人民政府：" in result.removed
    sent = "《石桥县审计局2026年内部审计工作总结》随文附后，请审阅。"
    [doc] = parser.parse(write_txt(tmp_path / "sent.txt", [*head, sent, *tail])).documents
    assert doc.title == "石桥县审计局2026年内部审计工作总结" and doc.paragraphs[:2] == ["县人民政府：", sent]
