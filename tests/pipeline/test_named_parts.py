"""A plan parted only by run-in names ("工作目标：…", "主要任务：…", "保障措施：…"), nothing numbered: each name a
level-1 part typed as usual, its paragraph's rest the part's text. Every document here is our own."""

from __future__ import annotations

from pathlib import Path

from jihua.pipeline.named_parts import colon_part

_PLAN = ("青石县2025年农村饮水安全巩固提升工作方案\n"
         "　　为进一步巩固提升农村饮水安全保障水平，结合我县实际，制定本方案。\n"
         "　　工作目标：到2025年底，全县农村自来水普及率达到95%，规模化供水工程覆盖农村人口比例达到60%以上。\n"
         "　　主要任务：实施城乡供水一体化工程3处，改造老旧供水管网120公里，完成水源地规范化建设8处。\n"
         "　　保障措施：县水利局牵头负责，县财政局落实配套资金1500万元，各乡镇做好工程建设协调工作。\n"
         "青石县水利局\n2025年2月18日\n")


def _parse(parser, tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    return parser.parse(path).documents[0]


def test_run_in_part_names_part_an_unnumbered_plan(parser, tmp_path: Path) -> None:
    doc = _parse(parser, tmp_path, _PLAN)
    parts = [(s.heading, s.level, s.type) for s in doc.sections]
    assert parts == [("工作目标", 1, "goals"), ("主要任务", 1, "measures"), ("保障措施", 1, "safeguards")]
    assert doc.sections[0].paragraphs[0].startswith("到2025年底，全县农村自来水普及率")
    assert doc.paragraphs == ["为进一步巩固提升农村饮水安全保障水平，结合我县实际，制定本方案。"]


def test_one_run_in_name_parts_nothing(parser, tmp_path: Path) -> None:
    """Guard: a single "工作目标：…" paragraph, or the same name twice, is no parting of the text."""
    text = _PLAN.replace("主要任务：", "").replace("保障措施：", "")
    assert _parse(parser, tmp_path, text).sections == []
    text = _PLAN.replace("主要任务：", "工作目标：").replace("保障措施：", "")
    assert _parse(parser, tmp_path, text).sections == []


def test_run_in_names_under_numbered_parts_stay_paragraphs(parser, tmp_path: Path) -> None:
    """Guard: where the text numbers its parts, "总体目标：…" and "工作要求：…" inside them are paragraphs."""
    text = ("青石县2026年城乡环境卫生整治工作方案\n一、工作目标\n　　总体目标：到2026年底，城乡生活垃圾无害化处理率达到100%。\n"
            "　　工作要求：各乡镇要建立长效保洁机制，每月开展一次集中清理。\n二、保障措施\n　　县财政安排专项资金600万元。\n")
    assert [s.heading for s in _parse(parser, tmp_path, text).sections] == ["工作目标", "保障措施"]


def test_a_field_is_no_part_name() -> None:
    assert colon_part("保障措施：县水利局牵头负责，县财政局落实资金。") == ("保障措施", "县水利局牵头负责，县财政局落实资金。")
    assert colon_part("加强组织领导：成立以县长为组长的工作专班。") == ("加强组织领导", "成立以县长为组长的工作专班。")
    assert colon_part("联系人：王某某，电话12345678。") is None
    assert colon_part("活动时间：2025年3月至5月。") is None  # a field's short value
