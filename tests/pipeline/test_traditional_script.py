"""Traditional-script copies (a big5 mirror, a repost) parse like simplified ones, in their own characters."""

from __future__ import annotations

from pathlib import Path

from jihua.pipeline.runner import parse_file
from jihua.pipeline.text import script
from jihua.schemas.blocks import Block, Provenance
from jihua.schemas.plan import Document, Section, walk

# our own short plan, written in traditional characters as a big5 gateway prints it
PLAN = """長樂縣文化館2025年群眾文化活動工作計劃

為豐富群眾精神文化生活，結合本館實際，制定本計劃。

一、工作目標
全年舉辦公益培訓班不少於20期，培訓群眾1500人次以上，送戲下鄉演出每季度一次。

二、主要任務
（一）辦好公益培訓
開設書法、舞蹈、合唱等課程，頭髮花白的老年學員單獨編班，理髮店、家政等行業的從業人員利用晚間參加。
（二）發展基層文藝隊伍
扶持鄉鎮文藝隊伍發展，新建村級文藝隊15支，幹部帶頭參與，演出場地保持乾淨整潔。

三、保障措施
（一）加強組織領導
館長負總責，各部室明確1名聯絡員。

長樂縣文化館
2025年1月10日
"""


def _plan(tmp_path: Path, encoding: str) -> Path:
    path = tmp_path / f"plan.{encoding}.txt"
    path.write_bytes(PLAN.encode(encoding))
    return path


def _sections(doc: Document) -> list[Section]:
    return walk(doc.sections)


def test_a_big5_copy_gets_its_outline_types_metadata_and_targets(tmp_path: Path) -> None:
    result = parse_file(_plan(tmp_path, "big5"))
    doc = result.documents[0]
    assert doc.title == "長樂縣文化館2025年群眾文化活動工作計劃"
    assert (doc.org, doc.year, doc.doc_type) == ("長樂縣文化館", 2025, "plan")
    sections = {s.heading: s for s in _sections(doc)}
    assert sections["工作目標"].type == "goals"
    assert sections["保障措施"].type == "safeguards"
    assert sections["發展基層文藝隊伍"].level == 2
    values = {(t.value, t.unit, t.comparator) for t in doc.targets}
    assert {(20, "期", ">="), (1500, "人次", ">="), (15, "支", "=")} <= values
    assert any("traditional characters" in w for w in result.warnings)


def test_output_is_in_the_file_s_own_characters_even_where_one_simplified_form_had_two(tmp_path: Path) -> None:
    doc = parse_file(_plan(tmp_path, "utf-8")).documents[0]
    body = "\n".join(p for s in _sections(doc) for p in s.paragraphs)
    # 发 stood for 發 and 髮, 干 for 乾 and 幹 in this file: each comes back as written
    assert "頭髮花白的老年學員單獨編班，理髮店" in body
    assert "幹部帶頭參與，演出場地保持乾淨整潔" in body
    assert "扶持鄉鎮文藝隊伍發展" in body
    assert all("发" not in p and "组" not in p for s in _sections(doc) for p in s.paragraphs)


def test_a_simplified_file_is_not_converted_even_quoting_a_traditional_name(tmp_path: Path) -> None:
    text = ("青石县科技局2026年工作要点\n\n一、工作目标\n全年新增高新技术企业10家。引进“臺灣科學園區”合作项目。\n"
            "二、主要任务\n（一）培育创新主体\n实施科技型企业梯度培育工程。\n")
    path = tmp_path / "simplified.txt"
    path.write_text(text, encoding="utf-8")
    result = parse_file(path)
    assert not any("traditional" in w for w in result.warnings)
    assert "臺灣科學園區" in "".join(s.paragraphs[0] for s in result.documents[0].sections if s.paragraphs)


def test_the_shadow_keeps_every_position_and_cell() -> None:
    prov = Provenance(file="x", index=0)
    blocks = [Block(text="一、發展目標與總體要求", prov=prov),
              Block(kind="table", text="", rows=[["指標", "數量"], ["新建體育場館", "3個"]], prov=prov)]
    shadow, back = script.simplified(blocks)
    assert back is not None
    assert shadow[0].text == "一、发展目标与总体要求"
    assert shadow[1].rows == [["指标", "数量"], ["新建体育场馆", "3个"]]
    assert [len(b.text) for b in shadow] == [len(b.text) for b in blocks]
    assert back("发展目标") == "發展目標"


def test_a_traditional_and_a_simplified_year_pair_their_targets_across_scripts() -> None:
    from jihua.pipeline.compare.target_pairs import target_score
    from jihua.schemas.plan import Target

    old = Target(id="a", text="新建村級文藝隊15個", metric="新建村級文藝隊", value=15, unit="個", comparator="=")
    new = Target(id="b", text="新建村级文艺队20个", metric="新建村级文艺队", value=20, unit="个", comparator="=")
    assert target_score(old, new) > 0


def test_a_traditional_plan_and_summary_trace_as_their_simplified_originals(nlp_parser, corpus_files: Path,
                                                                            tmp_path: Path) -> None:
    """The same plan and summary written in traditional characters (OpenCC's s2t, run by run): every
    target and measure gets the status the simplified pair gets (jieba and the IDF table know only
    simplified words; the trace reads through the folded text)."""
    import docx
    import opencc
    from jihua.pipeline.compare.trace import trace

    convert = opencc.OpenCC("s2t").convert
    plan_doc = docx.Document(str(corpus_files / "qinghe-2023-plan.styled.docx"))
    cells = [p for t in plan_doc.tables for row in t.rows for cell in row.cells for p in cell.paragraphs]
    for paragraph in [*plan_doc.paragraphs, *cells]:
        for run in paragraph.runs:
            run.text = convert(run.text)
    plan_doc.save(str(tmp_path / "plan.docx"))
    summary = (corpus_files / "qinghe-2023-summary.gb18030.txt").read_bytes().decode("gb18030")
    (tmp_path / "summary.txt").write_text(convert(summary), encoding="utf-8")

    def statuses(plan_path: Path, summary_path: Path) -> tuple[list[str], list[str]]:
        result = trace(nlp_parser.parse(plan_path), nlp_parser.parse(summary_path), nlp_parser.nlp)
        return [t.status for t in result.targets], [m.status for m in result.measures]

    traditional = statuses(tmp_path / "plan.docx", tmp_path / "summary.txt")
    assert "雙擁" in nlp_parser.parse(tmp_path / "plan.docx").documents[0].title
    assert traditional == statuses(corpus_files / "qinghe-2023-plan.styled.docx",
                                   corpus_files / "qinghe-2023-summary.gb18030.txt")
    assert traditional[1].count("reported") >= 10


def test_a_traditional_growth_rate_pairs_its_simplified_next_year() -> None:
    """A rate of growth reads as a change in either script ("增長" is "增长"): old and new pair as one target."""
    from jihua.pipeline.compare.target_pairs import target_change, target_score
    from jihua.schemas.plan import Target

    old = Target(id="a", text="全縣社會消費品零售總額增長5%左右", metric="社會消費品零售總額增長", value=5, unit="%",
                 comparator="≈")
    new = Target(id="b", text="全县社会消费品零售总额增长5.5%左右", metric="社会消费品零售总额增长", value=5.5,
                 unit="%", comparator="≈")
    assert target_score(old, new) > 0.6
    assert target_change(old, new, {}).kinds == ["value"]


def test_corner_quotes_and_curly_quotes_compare_alike() -> None:
    """「」『』 are a traditional copy's “”‘’: an item only requoted (and re-scripted) is the same item."""
    from jihua.pipeline.compare.align import compared_form, similarity

    old, new = "培育「專精特新」企業，落實『雙隨機』抽查。", "培育“专精特新”企业，落实‘双随机’抽查。"
    assert compared_form(old) == compared_form(new)
    assert similarity(old, new) == 1.0
