"""A Word file a PDF-to-Word converter made (tests/converted_docx.py): its printed lines joined back into
paragraphs, its running header and folios set aside as page furniture, a heading printed over two lines read as
one, and OCR's spaces between characters taken out where they are systematic."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.schemas.plan import walk

from tests.converted_docx import Plan, write_converted_docx

_TITLE = "青岚县农业农村局2026年工作计划"
_HEADER = "青岚县农业农村局文件"
_OPENING = ("2026年，县农业农村局将坚持以习近平新时代中国特色社会主义思想为指导，全面落实中央和省市农村工作会议部署，"
            "锚定建设农业强县目标，统筹抓好粮食安全、乡村发展、乡村建设和乡村治理各项工作，为全县经济社会高质量发展"
            "提供有力支撑。")
_GRAIN_HEAD = "（一）稳定粮食和重要农产品生产，持续提升全县农业综合生产能力"
_GRAIN = ("全年粮食播种面积稳定在52.3万亩以上，总产量达到21.6万吨，新建高标准农田3.2万亩，改造提升中低产田1.5万亩，"
          "主要农作物耕种收综合机械化率达到85%以上，生猪出栏稳定在28万头左右，蔬菜种植面积保持在9万亩。")
_SPACED = ("全县农产品质量安全例行监测合格率稳定在98%以上，绿色优质农产品比重达到65%，新认证绿色食品12个，"
           "培育市级以上农业产业化龙头企业5家。")
_VILLAGE_HEAD = "（二）扎实推进乡村建设"
_VILLAGE = ("深入实施农村人居环境整治提升行动，完成农村户厕改造1200户，农村生活垃圾收运处置体系行政村覆盖率保持100%，"
            "农村生活污水治理率提高到45%，创建省级美丽乡村示范村6个、市级和美乡村15个，持续改善农村基本公共服务条件，"
            "让农民群众就地过上现代文明生活。")
_INCOME = ("落实就业帮扶政策，促进农民工稳岗就业，农村居民人均可支配收入增长7 %左右，脱贫人口人均纯收入增速高于全县农民平均水平，"
           "坚决守住不发生规模性返贫致贫底线。")
_GUARD = ("各乡镇、各有关单位要把乡村振兴工作摆上重要议事日程，主要负责同志亲自研究部署，层层压实工作责任，"
          "建立健全工作台账和督查通报机制，确保各项目标任务按期完成。")


def _plan(folio: str) -> Plan:
    return Plan(title=_TITLE, header=_HEADER, folio=folio, spaced={5}, parts=[  # type: ignore[arg-type]
        ("title", _TITLE), ("p", _OPENING), ("h1", "一、重点任务"), ("h2", _GRAIN_HEAD), ("p", _GRAIN), ("p", _SPACED),
        ("h2", _VILLAGE_HEAD), ("p", _VILLAGE), ("p", _INCOME), ("h1", "二、保障措施"), ("p", _GUARD),
        ("sign", "青岚县农业农村局"), ("sign", "2026年1月20日")])


@pytest.mark.parametrize(("style", "folio"), [("lines", "dash"), ("br", "of"), ("lines", "of"), ("br", "dash")])
def test_a_converted_docx_reads_as_the_plan_it_printed(parser, tmp_path: Path, style: str, folio: str) -> None:
    """Each printed line its own paragraph, or soft breaks inside one: the paragraphs come back whole (across the
    pages too), the running header and folios are furniture, never text or a heading, the wrapped heading is one,
    and the paragraph OCR spaced out reads as typed (a single gap elsewhere, "增长7 %", is no spacing: it stays)."""
    path = write_converted_docx(tmp_path / "converted.docx", _plan(folio), style=style)  # type: ignore[arg-type]
    result = parser.parse(path)
    assert len(result.documents) == 1
    doc = result.documents[0]
    assert doc.title == _TITLE
    sections = walk(doc.sections)
    assert [s.heading for s in sections] == ["重点任务", _GRAIN_HEAD[3:], _VILLAGE_HEAD[3:], "保障措施"]
    paragraphs = [p for s in [*sections] for p in s.paragraphs]
    for text in (_GRAIN, _SPACED, _VILLAGE, _INCOME, _GUARD):
        assert text in paragraphs
    body = "".join(paragraphs) + "".join(s.heading or "" for s in sections)
    assert _HEADER not in body and "—" not in body and "第2页" not in body
    assert {f.text for f in result.furniture} >= {_HEADER}


_REFORM_HEAD = "三、持续深化农村集体产权制度改革，激发农业农村发展活力和内生动力"
_REFORM = ("稳妥推进第二轮土地承包到期后再延长三十年试点，规范农村产权流转交易，全县农村集体经济组织经营性收入10万元以上的村"
           "占比达到60%，新型农业经营主体发展到1500家以上。")


@pytest.mark.parametrize("style", ["lines", "br"])
def test_a_part_heading_printed_over_two_lines_under_the_title_as_running_header(parser, tmp_path: Path,
                                                                                 style: str) -> None:
    """The title printed over every page is a running header, not a second document; a part's name too long for
    one printed line is one heading, whichever page its lines fall on."""
    plan = Plan(title=_TITLE, header=_TITLE, lines_per_page=12, parts=[
        ("title", _TITLE), ("p", _OPENING), ("h1", "一、重点任务"), ("h2", _GRAIN_HEAD), ("p", _GRAIN),
        ("h1", _REFORM_HEAD), ("p", _REFORM), ("h1", "四、保障措施"), ("p", _GUARD),
        ("sign", "青岚县农业农村局"), ("sign", "2026年1月20日")])
    result = parser.parse(write_converted_docx(tmp_path / "converted.docx", plan, style=style))  # type: ignore[arg-type]
    assert len(result.documents) == 1
    sections = walk(result.documents[0].sections)
    assert [s.heading for s in sections] == ["重点任务", _GRAIN_HEAD[3:], _REFORM_HEAD[2:], "保障措施"]
    assert [p for s in sections for p in s.paragraphs] == [_GRAIN, _REFORM, _GUARD]


_TASKS = [["序号", "重点任务", "牵头单位", "完成时限"],
          ["1", "新建高标准农田3.2万亩，配套建设田间道路和灌排设施", "县农业农村局", "2026年10月底"],
          ["2", "完成农村户厕改造1200户", "县农业农村局、各乡镇人民政府", "2026年12月底"],
          ["3", "创建省级美丽乡村示范村6个", "县乡村振兴服务中心", "2026年11月底"]]


@pytest.mark.parametrize("style", ["lines", "br"])
def test_a_table_exported_a_row_a_printed_line_has_its_rows_again(parser, tmp_path: Path, style: str) -> None:
    """A converter cuts a table's row at every printed line of its cells ("新建高标准农田3.2万亩，配套建设" over
    "田间道路和灌排设施" with the other cells empty): the lines under a row that only go on with its cells are that
    row's, so each task keeps its lead unit and deadline."""
    plan = Plan(title=_TITLE, header=_HEADER, parts=[
        ("title", _TITLE), ("p", _OPENING), ("h1", "一、重点任务"), ("p", _GRAIN), ("h1", "二、保障措施"), ("p", _GUARD)],
        table=_TASKS, table_after=3, table_widths=[3, 12, 8, 7])
    result = parser.parse(write_converted_docx(tmp_path / "converted.docx", plan, style=style))  # type: ignore[arg-type]
    tables = [t for s in walk(result.documents[0].sections) for t in s.tables]
    assert len(tables) == 1
    assert tables[0].rows == _TASKS
