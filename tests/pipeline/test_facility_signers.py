"""A facility the title opens with, and the body that signs the plan.

"某县农村污水处理站运维管理方案" names the stations the plan is about as readily as its issuer: when a body of the
same place signs it (its department, its government), that body issued it. A facility issuing its own plan signs
as itself or as its own Party committee, and a plan nobody signs, or one a body of another place signs, keeps the
name the title gives. The documents are our own.
"""

from __future__ import annotations

import pytest

from tests.writers import write_docx, write_txt


def _plan(title: str, signature: list[str]) -> list[str]:
    return [title, "一、工作目标", "全县站点正常运行率达到95%以上，每月巡查不少于2次。",
            "二、保障措施", "落实运维经费，建立考核制度。", *signature, "2027年2月20日"]


@pytest.mark.parametrize(("title", "signature", "org"), [
    # a body of the facility's place signs: the facility is the subject
    ("柏岭县乡镇污水处理站运维管理工作方案", ["柏岭县住房和城乡建设局"], "柏岭县住房和城乡建设局"),
    ("柏岭县农村供水站水质提升实施方案", ["柏岭县水利局"], "柏岭县水利局"),
    ("柏岭县村级文化站免费开放工作方案", ["柏岭县人民政府办公室"], "柏岭县人民政府办公室"),
    # the facility signs as itself or as its own committee: its name stands
    ("柏岭县人民医院2027年工作计划", ["柏岭县人民医院"], "柏岭县人民医院"),
    ("柏岭县人民医院2027年党建工作要点", ["中共柏岭县人民医院委员会"], "柏岭县人民医院"),
    ("柏岭县图书馆2027年工作计划", [], "柏岭县图书馆"),
    # a body of another place signs: nothing says it issued the county's plan
    ("柏岭县农村供水站水质提升实施方案", ["桐川市水务局"], "柏岭县农村供水站"),
    # a facility signs with its own short name: no other body, whatever the short name ends in
    ("柏岭县人民医院2027年工作计划", ["柏岭县医院"], "柏岭县人民医院"),
    ("柏岭县疾病预防控制中心2027年工作要点", ["柏岭县疾控中心"], "柏岭县疾病预防控制中心"),
    # a facility signs as itself in its own short form, its place's government below: the facility issued it
    ("柏岭县永安镇中心小学2027年工作计划", ["柏岭县永安镇中心校", "柏岭县永安镇人民政府"], "柏岭县永安镇中心小学"),
    # another facility of the place signs (the service centre a 保健院 also names itself): no body's seal
    ("柏岭县妇幼保健院2027年工作计划", ["柏岭县妇幼保健计划生育服务中心"], "柏岭县妇幼保健院"),
])
def test_a_facility_the_title_names_gives_way_to_a_body_of_its_place_that_signs(parser, tmp_path, title: str,
                                                                                signature: list[str], org: str) -> None:
    lines = _plan(title, signature)
    for path in (write_txt(tmp_path / "plan.txt", lines), write_docx(tmp_path / "plan.docx", lines)):
        [doc] = parser.parse(path).documents
        assert doc.org == org


def test_a_department_the_title_names_keeps_its_name_whoever_countersigns(parser, tmp_path) -> None:
    """Only a facility gives way: a department's plan countersigned by its government is the department's."""
    lines = _plan("柏岭县水利局2027年工作要点", ["柏岭县人民政府"])
    [doc] = parser.parse(write_txt(tmp_path / "plan.txt", lines)).documents
    assert doc.org == "柏岭县水利局"
