"""An issuer whose name quotes a short part of it, and a sign-off of several bodies.

A village's Party branch and villagers' committee issue their plans as its "两委", printed in quotes after the
village ("某乡某村“两委”2027年工作计划"): the title names the issuer, quotes and all, before any signature. A
sign-off of two bodies, side by side or one above the other, issues the plan jointly: both, in order. A quoted
topic ("“双减”…", "深化“放管服”改革…") or a quoted honour ("某县“文明村”…") names no body. The documents are our own.
"""

from __future__ import annotations

import pytest
from jihua.pipeline.rules.titles import org_from_title

from tests.writers import write_docx, write_txt


@pytest.mark.parametrize(("title", "org"), [
    ("青岗乡柳湾村“两委”2027年工作计划", "青岗乡柳湾村“两委”"),
    ("青岗乡柳湾村\"两委\"2027年工作计划", "青岗乡柳湾村\"两委\""),      # straight quotes, as a TXT copy types them
    ("柳湾村“两委”关于整治村容村貌的实施方案", "柳湾村“两委”"),
    ("柳湾村“两委”工作计划", "柳湾村“两委”"),                          # no year: the quote closes the name
    ("青岗县“两新”组织党委2027年工作要点", "青岗县“两新”组织党委"),     # the quoted part inside the name
    ("青岗县“河长制”办公室2027年工作要点", "青岗县“河长制”办公室"),
])
def test_a_quoted_part_of_an_issuers_name_stays_in_it(title: str, org: str) -> None:
    assert org_from_title(title) == org


@pytest.mark.parametrize("title", [
    "“双减”工作领导小组2027年工作要点",         # the quote opens the title: a topic, no place before it
    "深化“放管服”改革2027年工作要点",
    "青岗县“文明村”2027年创建方案",             # a kind of place in quotes: the honour worked for
    "推进“一网通办”2027年工作要点",
])
def test_a_quoted_topic_names_no_issuer(title: str) -> None:
    assert org_from_title(title) is None


_VILLAGE_PLAN = ["青岗乡柳湾村“两委”2027年工作计划", "一、工作目标", "全年村集体经济收入达到40万元。",
                 "二、保障措施", "村“两委”每月召开一次工作例会。",
                 "柳湾村党支部委员会", "柳湾村村民委员会", "2027年1月10日"]


def test_the_title_names_the_village_issuer_before_its_signature(parser, tmp_path) -> None:
    for path in (write_txt(tmp_path / "plan.txt", _VILLAGE_PLAN), write_docx(tmp_path / "plan.docx", _VILLAGE_PLAN)):
        [doc] = parser.parse(path).documents
        assert doc.org == "青岗乡柳湾村“两委”"


@pytest.mark.parametrize(("signature", "org"), [
    (["柳湾村党支部委员会", "柳湾村村民委员会"], "柳湾村党支部委员会、柳湾村村民委员会"),  # one above the other
    (["中共青岗乡委员会\u3000青岗乡人民政府"], "中共青岗乡委员会、青岗乡人民政府"),        # side by side
    (["青岗县农业农村局", "综合执法大队"], "青岗县农业农村局"),                          # a body over its unit: one
])
def test_a_joint_sign_off_under_a_title_naming_no_body_is_all_its_bodies(parser, tmp_path, signature: list[str],
                                                                         org: str) -> None:
    lines = ["2027年人居环境整治工作计划", "一、工作目标", "全年完成农村改厕180户。", "二、保障措施", "各组要落实专人负责。",
             *signature, "2027年1月10日"]
    [doc] = parser.parse(write_txt(tmp_path / "plan.txt", lines)).documents
    assert doc.org == org
