"""A run-together web copy glues a stage's heading to its body right after the dates the stage runs.

"第一阶段：宣传动员（2026年2月—4月）印发…，…。": the heading ends at the bracket's close. Every text here is
written for these tests.
"""

from __future__ import annotations

import pytest

_COPY = """柳岸县农业农村局高标准农田建设实施方案（2026—2027年）
为加快推进高标准农田建设，夯实粮食安全根基，结合我县实际，制定本方案。一、建设目标到2027年，全县累计建成高标准农田18万亩，新增高效节水灌溉面积2万亩。二、实施步骤第一阶段：宣传动员（2026年2月—4月）印发实施方案，召开全县动员会议，完成项目区选址和初步设计。第二阶段：全面建设（2026年5月—2027年9月）分批组织项目施工，每季度开展一次质量抽检。第三阶段：验收总结（2027年10月—12月）组织县级初验，整理归档建设资料。三、保障措施县财政每年安排配套资金不低于800万元，确保建设任务按期完成。
"""


def test_a_stages_heading_ends_after_its_dates(parser, tmp_path) -> None:
    path = tmp_path / "copy.txt"
    path.write_text(_COPY, encoding="utf-8")
    doc = parser.parse(path).documents[0]
    steps = next(s for s in doc.sections if s.heading == "实施步骤")
    assert [(c.number, c.heading) for c in steps.children] == [
        ("", "第一阶段：宣传动员（2026年2月—4月）"), ("", "第二阶段：全面建设（2026年5月—2027年9月）"),
        ("", "第三阶段：验收总结（2027年10月—12月）")]
    assert steps.children[1].paragraphs == ["分批组织项目施工，每季度开展一次质量抽检。"]


@pytest.mark.parametrize(("text", "staged"), [
    ("完成项目验收（2026年6月底前）并交付村集体管护，确保长期发挥效益。", False),  # a sentence's deadline
    ("摸底排查（由各乡镇负责）逐户登记农田权属，建立台账。", True),  # a bracket holding no date
    ("宣传动员（2026年2月—4月）", True),  # nothing glued on
    ("宣传动员（2026年2月—4月）1.召开动员会议", True),  # a numbered line after it, no sentence
], ids=["deadline", "not-a-date", "alone", "numbered"])
def test_only_a_stages_dates_close_its_heading(text: str, staged: bool) -> None:
    from jihua.pipeline.run_in import dated_split

    assert dated_split(text, staged) is None
    assert dated_split("1.宣传发动阶段（3月1日至3月31日）召开动员大会，部署各项工作。".removeprefix("1."), False) == (
        "宣传发动阶段（3月1日至3月31日）", "召开动员大会，部署各项工作。")


def test_a_stages_label_names_it_and_stays_in_its_heading(parser, tmp_path) -> None:
    """"第二阶段：…" is what the stage is called, not a number beside its title (CONTRACT's labels are
    一、（二）3. 第一章 01): it stays at the front of the heading, its family still ranking the line,
    with or without the colon or a blank (as printed), and under a part's own label as before."""
    path = tmp_path / "stages.txt"
    path.write_text("石门镇2026年人居环境整治方案\n一、整治目标\n全年清理河道12公里。\n二、步骤安排\n"
                    "第一阶段：排查建档（1—2月）\n逐村登记。\n第二阶段 集中整治\n分片推进。\n第三阶段验收总结\n逐村验收。\n"
                    "三、保障措施\n（一）第三阶段：巩固提升\n建立长效机制。\n", encoding="utf-8")
    doc = parser.parse(path).documents[0]
    steps, guard = doc.sections[1], doc.sections[2]
    assert [(c.number, c.heading, c.level) for c in steps.children] == [
        ("", "第一阶段：排查建档（1—2月）", 2), ("", "第二阶段 集中整治", 2), ("", "第三阶段验收总结", 2)]
    assert (guard.children[0].number, guard.children[0].heading) == ("（一）", "第三阶段：巩固提升")
