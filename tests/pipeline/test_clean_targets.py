"""Web chrome out, page-split sentences mended; quantified targets read from sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.pipeline import clean
from jihua.pipeline.model import ParseState
from jihua.pipeline.targets import find_targets
from jihua.schemas.blocks import Block, Provenance


def _state(lines: list[str], fmt: str = "txt") -> ParseState:
    blocks = [Block(text=t, prov=Provenance(file="t", index=i)) for i, t in enumerate(lines)]
    return ParseState(path=Path("t.txt"), format=fmt, blocks=blocks, sha256="0")


def test_chrome_lines_and_notice_block_are_removed() -> None:
    state = clean.run(_state([
        "温馨提示：", "1. 部分文件预览时可能显示错乱，下载后无此问题，请放心下载。", "2. 本文档由用户上传，如有侵权请联系客服。",
        "  • 约2.85千字", "• 2024-03-01 发布于四川", "举报",
        "某县2024年双拥工作计划", "一、指导思想", "坚持以习近平新时代中国特色社会主义思想为指导。",
        "文档评论(0)", "相关文档",
    ]))
    assert [u.text for u in state.units] == ["某县2024年双拥工作计划", "一、指导思想", "坚持以习近平新时代中国特色社会主义思想为指导。"]
    assert "举报" in state.chrome


def test_page_split_marker_is_mended_in_web_copies_only() -> None:
    lines = ["紧紧围绕全县经济社会发展中心工作，主动对接驻军需求，着力提升国防机关双", "2、拥工作水平，推动各项任务落实。"]
    assert [u.text for u in clean.run(_state(lines)).units] == [
        "紧紧围绕全县经济社会发展中心工作，主动对接驻军需求，着力提升国防机关双拥工作水平，推动各项任务落实。"]
    assert len(clean.run(_state(lines, fmt="docx")).units) == 2


def test_a_typed_plan_s_numbered_items_are_no_page_labels() -> None:
    """"2.强化安全生产" under a line ending in an ASCII full stop, or in none, is the plan's own item;
    a short "2、" piece continues the line above only in a copy that shows a document site's lines."""
    body = "走访困难群众不少于120户,建立帮扶台账,落实临时救助政策,把关爱送到群众家门口"
    for end in (".", ""):
        lines = ["二、主要措施", "1.做好帮扶救助", body + end, "2.强化安全生产", "每月开展安全巡查1次."]
        assert [u.text for u in clean.run(_state(lines)).units] == lines
    cut = ["某镇2025年民政工作计划", "1.做好帮扶救助", body[:-3], "2、家门口", "文档评论(0)", "相关文档"]
    state = clean.run(_state(cut))
    assert [u.text for u in state.units] == ["某镇2025年民政工作计划", "1.做好帮扶救助", body]
    assert [f.text for f in state.furniture] == ["2、"]
    # a portal's breadcrumb and footer are no document site's: the plan's "2." stays its item
    portal = ["当前位置：首页 > 政务公开 > 计划总结", "某镇2025年民政工作计划", "二、主要措施", "1.做好帮扶救助", body,
              "2.强化安全生产", "每月开展安全巡查1次.", "版权所有：某镇人民政府"]
    assert [u.text for u in clean.run(_state(portal)).units] == portal[1:-1]


def test_site_watermark_inside_a_sentence_is_cut_out() -> None:
    state = clean.run(_state(["节前开展一次“军范文网521,基层干部学习天地民共建洁净家园”宣传活动。"]))
    assert [u.text for u in state.units] == ["节前开展一次“军民共建洁净家园”宣传活动。"]
    assert state.chrome == ["范文网521,基层干部学习天地"]


def test_plan_lines_that_mention_reporting_stay() -> None:
    lines = ["设立举报电话，畅通群众监督渠道，对违规行为严肃处理。", "（四）设立举报信箱", "3、做好志愿者注册工作"]
    assert [u.text for u in clean.run(_state(lines)).units] == lines


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("全年开展集中宣讲不少于12场。", [(12, "场", ">=", "全年")]),
        ("在退役士兵返乡后7个工作日内完成报到手续办理。", [(7, "个工作日", "<=", None)]),
        ("每季度至少专题研究1次。", [(1, "次", ">=", "每季度")]),
        ("每半年开展一次督查通报。", [(1, "次", "=", "每半年")]),
        ("为部队官兵举行两期电脑培训。", [(2, "期", "=", None)]),
        ("安排专项经费不少于一千五百元。", [(1500, "元", ">=", None)]),
        ("退役军人就业率提升至90%以上。", [(90, "%", ">=", None)]),
        ("大学生士兵比例不低于60%。", [(60, "%", ">=", None)]),
        ("办理时间不超过5个工作日。", [(5, "个工作日", "<=", None)]),
        ("优秀士兵100元、三等功500元。", [(100, "元", "=", None), (500, "元", "=", None)]),
        ("全年重点实现“四个确保、两个提升”。", []),
        ("坚持“三个代表”重要思想，庆祝建军84周年。", []),
        ("第十二条 各单位可适当调整。", []),
        ("给予一次性奖励。", []),
    ],
)
def test_targets(sentence: str, expected: list[tuple]) -> None:
    assert [(f.value, f.unit, f.comparator, f.period) for f in find_targets(sentence)] == expected


def test_entities_from_the_spacy_rule_pipeline(nlp_parser) -> None:
    ents = nlp_parser.nlp.entities("春节、“八一”期间，由县退役军人事务局牵头走访慰问不少于300人次，安排经费50万元，9月30日举行公祭。")
    assert ents["TIME"] == ["春节", "八一", "9月30日"]
    assert ents["ORG"] == ["县退役军人事务局"]
    assert ents["MONEY"] == ["50万元"] and ents["QUANTITY"] == ["300人次"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # 办 of 办公, 委 of 委托, 局 of 格局 and 办 of 通办 end no body
    ("加快办公场所规范管理，推动县直单位办公楼节能改造，委托第三方开展评估。", []),
    ("构建新发展格局，推进政务服务一网通办。", []),
    # a name starts at a place, never inside a clause ("8/个/政府", "报/县委")
    ("全年为困难群众办实事20件，对8个政府投资项目开展跟踪审计，问题线索按规定报县委。", []),
    ("由柘源县住房和城乡建设局牵头，县市场监督管理局、县妇联配合，邀请县融媒体中心跟踪报道。",
     ["柘源县住房和城乡建设局", "县市场监督管理局", "县妇联", "县融媒体中心"]),
    ("会同县委和县政府办公室，向县纪委监委报送。", ["县政府办公室", "县纪委监委"]),  # 和 joins two bodies here
])
def test_org_names_end_on_a_word_and_start_at_a_place(nlp_parser, sentence: str, expected: list[str]) -> None:
    assert nlp_parser.nlp.entities(sentence)["ORG"] == expected


def test_kangxi_radicals_are_repaired_and_widths_fold_for_matching() -> None:
    from jihua.pipeline.text.normalize import bare, fold, repair

    assert repair("⼀、指导思想") == "一、指导思想"  # U+2F00 KANGXI RADICAL ONE, as PDFs emit it
    assert fold("全年不少于１２次") == "全年不少于12次"
    assert bare("（一）加强领导，") == bare("(一)加强领导,")


def test_run_on_deck_copy_is_unfolded_by_its_table_of_contents() -> None:
    line = ("某县2024年双拥工作计划作者:某某文创引言工作目标保障措施CATALOGUE目录01引言背景和意义双拥工作是优良传统。"
            "根据上级部署制定本计划。02工作目标总体目标组织军民共建活动不少于5次。开展宣传活动不少于10次。"
            "03保障措施组织领导成立领导小组。经费保障安排专项经费。") + "补充说明" * 150
    state = clean.run(_state([line]))
    texts = [u.text for u in state.units]
    assert texts[0] == "某县2024年双拥工作计划" and state.units[0].block.kind == "title"
    assert [t for t in texts if t[:2] in ("01", "02", "03")] == ["01 引言", "02 工作目标", "03 保障措施"]
    assert "组织军民共建活动不少于5次。" in "".join(texts)


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_a_site_word_alone_never_removes_plan_text(fmt: str) -> None:
    lines = ["某县2024年双拥工作计划", "一、主要任务", "（二）严厉打击涉军侵权行为",
             "依法打击侵害军人军属合法权益的违法行为，公布举报电话，及时受理群众举报。", "举报电话：0000-1234567。",
             "严厉打击假冒伪劣、套牌侵权等违法行为，维护市场秩序。", "二、保障措施", "落实经费保障，确保各项工作顺利开展。"]
    state = clean.run(_state(lines, fmt=fmt))
    assert [u.text for u in state.units] == lines
    assert state.chrome == []


def test_every_removed_line_keeps_its_reason() -> None:
    state = clean.run(_state(["相关文档", "某县2024年双拥工作计划", "一、指导思想", "坚持以人民为中心。",
                              "约2.85千字", "下面是小编为大家收集的范文"]))
    assert len(state.chrome_reasons) == len(state.chrome) == 3
    assert [t for t, _ in state.chrome_reasons] == state.chrome and all(why for _, why in state.chrome_reasons)


def test_the_output_lists_why_each_line_was_removed(parser, corpus_files) -> None:
    """Web chrome and title-block lines alike: every `removed` line has its reason beside it."""
    result = parser.parse(corpus_files / "qinghe-2023-summary.gb18030.txt")  # a raw web copy
    assert len(result.removed) >= 5 and [r.text for r in result.removed_reasons] == result.removed
    assert all(r.reason for r in result.removed_reasons)
