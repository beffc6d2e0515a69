"""A scanned page's part labels: OCR misreads the round opening bracket of "（二）" as "〈", "‹", "［", "["
or "【", an item's "1．" as "1，", and an item's figure with a letter or a stray stroke ("1I.", "l."); the label
still ranks with its siblings. Typed text is re-read only where the item labels around it prove the figure.
Every text is our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.extractors.ocr import tesseract_available
from jihua.pipeline import clean, meta, outline, split
from jihua.pipeline.model import ParseState
from jihua.pipeline.rules.numbering import fold_ocr_label
from jihua.schemas.blocks import Block, Provenance


@pytest.mark.parametrize(("printed", "read"), [
    ("〈二)集中清淤阶段", "（二)集中清淤阶段"),
    ("［三）检查验收阶段", "（三）检查验收阶段"),
    ("‹一)宣传发动", "（一)宣传发动"),
    ("[四) 建立长效机制", "（四) 建立长效机制"),
    ("【十一）其他事项", "（十一）其他事项"),
    ("2，清理沟渠淤泥", "2．清理沟渠淤泥"),  # a stop read as a comma
])
def test_a_misread_bracket_or_stop_in_a_label_is_read_as_printed(printed: str, read: str) -> None:
    assert fold_ocr_label(printed) == read
    assert len(fold_ocr_label(printed)) == len(printed)  # one character for one: spans stay


@pytest.mark.parametrize("text", [
    "【二】重点任务",  # square brackets closed square: a heading's own
    "〈3)清理河道",  # an Arabic figure: no part label of this family
    "〈一〉总体要求",  # no round bracket closing it
    "全镇完成〈二)类整治",  # not at the line's start
    "1，200万元用于清淤",  # a figure going on in digits
])
def test_other_brackets_and_commas_are_left_as_printed(text: str) -> None:
    assert fold_ocr_label(text) == text


_PLAN = ["河口镇2026年河道清淤工作方案", "一、实施步骤", "（一）宣传发动阶段",
         "3月底前召开全镇动员会，印发清淤工作任务清单，逐村明确责任人。",
         "〈二)集中清淤阶段", "4月至6月完成全镇14条河道清淤，清运淤泥1.2万立方米。",
         "［三）检查验收阶段", "7月中旬组织镇村两级联合验收，验收合格率达到100%。"]


def _children_headings(ocr: bool) -> list[str]:
    blocks = [Block(text=t, ocr=ocr, prov=Provenance(file="t.pdf", index=i, page=1)) for i, t in enumerate(_PLAN)]
    [doc] = split.run(clean.run(ParseState(path=Path("t.pdf"), format="pdf", blocks=blocks, sha256="0"))).documents
    doc = outline.run(meta.run(doc))
    return [c.heading for c in doc.sections[0].children]


def test_a_scanned_part_label_with_a_misread_bracket_ranks_with_its_siblings() -> None:
    assert _children_headings(ocr=True) == ["宣传发动阶段", "集中清淤阶段", "检查验收阶段"]


def test_a_scanned_item_label_read_with_a_comma_is_no_second_line_of_the_heading_above() -> None:
    """"（一）…" then a short "1，…" line over body text: the item's own heading, not the part heading wrapped."""
    texts = ["河口镇2026年河道清淤工作方案", "一、重点任务", "（一）实施河道清淤", "1，清理沟渠淤泥",
             "年内完成全镇沟渠清淤36公里，清运淤泥8000立方米。", "2，修复损毁堤岸",
             "汛前修复损毁堤岸12处，加固险工险段3处。"]
    blocks = [Block(text=t, ocr=True, prov=Provenance(file="t.pdf", index=i, page=1)) for i, t in enumerate(texts)]
    [doc] = split.run(clean.run(ParseState(path=Path("t.pdf"), format="pdf", blocks=blocks, sha256="0"))).documents
    [part] = outline.run(meta.run(doc)).sections[0].children
    assert part.heading == "实施河道清淤"
    assert [c.heading for c in part.children] == ["清理沟渠淤泥", "修复损毁堤岸"]


@pytest.mark.parametrize(("read", "ordinal", "printed"), [
    ("1I.清理沟渠淤泥", 1, "1.清理沟渠淤泥"),  # a stray stroke beside the figure
    ("l.清理沟渠淤泥", 1, "1.清理沟渠淤泥"),  # a one read as a letter
    ("I0、修复堤岸", 10, "10、修复堤岸"),
    ("1O．巡河检查", 10, "10．巡河检查"),
])
def test_an_item_label_with_a_look_alike_is_read_as_the_figure_its_sequence_proves(read: str, ordinal: int,
                                                                                    printed: str) -> None:
    assert fold_ocr_label(read, lambda n: n == ordinal) == printed


@pytest.mark.parametrize("text", [
    "1I.清理沟渠淤泥",  # neither 11 nor 1 continues the sequence
    "IT.行业监管",  # a word, not a figure
    "I0T.型号检测",  # a model name
])
def test_a_look_alike_label_no_sequence_proves_is_left(text: str) -> None:
    assert fold_ocr_label(text, lambda n: n == 3) == text
    assert fold_ocr_label(text) == text  # no sequence given: never read


def test_a_look_alike_two_readings_fit_is_left() -> None:
    assert fold_ocr_label("1I.清理沟渠淤泥", lambda n: n in (1, 11)) == "1I.清理沟渠淤泥"


def _outline(texts: list[str], ocr: bool, fmt: str = "pdf") -> list[tuple[str, list[str]]]:
    """The parts under the first numbered part, each with its items' headings."""
    blocks = [Block(text=t, ocr=ocr, prov=Provenance(file=f"t.{fmt}", index=i, page=1, paragraph=i))
              for i, t in enumerate(texts)]
    state = ParseState(path=Path(f"t.{fmt}"), format=fmt, blocks=blocks, sha256="0")
    [doc] = split.run(clean.run(state)).documents
    parts = outline.run(meta.run(doc)).sections[1].children
    return [(p.heading, [c.heading for c in p.children]) for p in parts]


_MISREAD = ["柳岸乡2026年农村供水保障工作方案", "一、工作目标", "全乡农村自来水普及率达到98%。", "二、重点任务",
            "（一）水源地保护", "年内完成3处水源地围网建设。", "（二）供水管网改造", "1I.主干管网",
            "更新改造主干管网6公里。", "2.入户管网", "完成入户管网改造420户。", "三、保障措施", "乡财政安排专项资金。"]


@pytest.mark.parametrize(("ocr", "fmt"), [(True, "pdf"), (False, "txt")])
def test_a_misread_first_item_label_is_its_own_item_not_the_heading_above_wrapped(ocr: bool, fmt: str) -> None:
    """"1I." between "（二）…" and "2.": the sequence proves 1 — on a scan, and in a text copy of one."""
    assert _outline(_MISREAD, ocr, fmt) == [("水源地保护", []), ("供水管网改造", ["主干管网", "入户管网"])]


def test_a_label_like_line_no_sequence_proves_is_still_no_second_line_of_a_complete_heading() -> None:
    """One item only, so no neighbour proves its figure: it stays as read, but under the part, not glued onto it."""
    texts = _MISREAD[:9] + _MISREAD[11:]
    [_, second] = _outline(texts, ocr=True)
    assert second[0] == "供水管网改造"
    assert len(second[1]) == 1 and "主干管网" in second[1][0]


def test_a_heading_ending_open_still_takes_its_second_line() -> None:
    """"（二）推进供水管网和" ends on a word binding what follows: the next line is its rest, whatever it opens with."""
    assert fold_ocr_label("（二）推进供水管网和") == "（二）推进供水管网和"
    from jihua.pipeline.heading_joins import _opens_its_own
    from jihua.pipeline.model import Unit

    def unit(text: str) -> Unit:
        return Unit(text=text, block=Block(text=text, prov=Provenance(file="t.pdf", index=0, page=1)), body=text)

    assert not _opens_its_own(unit("推进供水管网和"), unit("1I.水厂改造"))
    assert _opens_its_own(unit("供水管网改造"), unit("1I.主干管网"))


def test_roman_part_labels_are_no_misread_items() -> None:
    """"I." and "II." with "1." "2." items under each: the items' sequence never proves the Roman "I." a 1."""
    texts = ["柳岸乡2026年农村供水保障工作方案", "一、总体安排", "I.水源保护", "1.划定保护范围", "完成3处水源地划界。",
             "2.建设防护设施", "完成围网建设2公里。", "II.管网改造", "1.主干管网", "更新主干管网6公里。",
             "二、保障措施", "乡财政安排专项资金。"]
    blocks = [Block(text=t, ocr=True, prov=Provenance(file="t.pdf", index=i, page=1)) for i, t in enumerate(texts)]
    units = clean.run(ParseState(path=Path("t.pdf"), format="pdf", blocks=blocks, sha256="0")).units
    assert [u.text for u in units] == texts


_FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"


def _scanned_items(path: Path, first_item: str) -> Path:
    """One page at 170 dpi, image only: a part heading over two items, the first printed as `first_item`
    (a look-alike in its label, as tesseract reads a noisy scan's "1.")."""
    from PIL import Image, ImageDraw, ImageFont

    dpi = 170
    size = int(dpi * 0.155)
    font = ImageFont.truetype(_FONT, size)
    lines = ["柳岸乡2026年农村供水保障工作方案", "一、工作目标", "全乡农村自来水普及率达到98%。", "二、重点任务",
             "（一）水源地保护", "年内完成3处水源地围网建设。", "（二）供水管网改造", first_item,
             "更新改造主干管网6公里。", "2.更换计量水表", "全乡更换老旧水表420块。", "三、保障措施", "乡财政安排专项资金。"]
    page = Image.new("L", (int(8.27 * dpi), int(7 * dpi)), 255)
    draw = ImageDraw.Draw(page)
    for i, text in enumerate(lines):
        draw.text((dpi + 2 * size, dpi // 2 + i * int(size * 1.75)), text, font=font, fill=0)
    page.save(path, resolution=dpi)
    return path


@pytest.mark.skipif(not tesseract_available("chi_sim") or not Path(_FONT).exists(),
                    reason="tesseract with chi_sim, or Noto Serif CJK, not installed")
def test_a_scanned_first_item_read_with_a_look_alike_is_an_item_of_its_part(parser, tmp_path: Path) -> None:
    doc = parser.parse(_scanned_items(tmp_path / "scan.pdf", "1I.主干管网")).documents[0]
    part = next(p for s in doc.sections for p in s.children if "管网改造" in p.heading)
    assert part.heading == "供水管网改造"
    assert [c.heading for c in part.children][:1] == ["主干管网"] and len(part.children) == 2


def _parts(texts: list[str], ocr: bool, fmt: str) -> list[tuple[str, str, int]]:
    """The document's top-level parts: (number, heading, level)."""
    blocks = [Block(text=t, ocr=ocr, prov=Provenance(file=f"t.{fmt}", index=i, page=1, paragraph=i))
              for i, t in enumerate(texts)]
    state = ParseState(path=Path(f"t.{fmt}"), format=fmt, blocks=blocks, sha256="0")
    [doc] = split.run(clean.run(state)).documents
    return [(s.number, s.heading, s.level) for s in outline.run(meta.run(doc)).sections]


_DROPPED = ["石门镇2026年农村人居环境整治工作方案", "一、治理生活垃圾", "全镇配置分类垃圾桶800个。", "二、改造农村厕所",
            "年内完成户厕改造260户。", "三、整治村容村貌", "（一）清理房前屋后", "每月组织一次集中清理。",
            "、健全长效管护机制", "每村配备保洁员不少于2名。"]


@pytest.mark.parametrize(("ocr", "fmt"), [(True, "pdf"), (False, "txt")])
@pytest.mark.parametrize("after", [[], ["五、强化督导考核", "镇纪委每季度开展一次督查。"]])
def test_a_part_label_whose_numeral_ocr_dropped_is_read_from_the_sequence(ocr: bool, fmt: str, after: list[str]) -> None:
    """"、健全长效管护机制" after 一、二、三、 (and before 五、, or closing the text): OCR dropped its 四, the sequence restores it."""
    parts = _parts(_DROPPED + after, ocr, fmt)
    assert parts[3] == ("四、", "健全长效管护机制", 1)
    assert len(parts) == 4 + bool(after)


@pytest.mark.parametrize("texts", [
    [*_DROPPED[:8], "第二部分 长效管护", "、健全长效管护机制", "每村配备保洁员2名。"],  # a new run of parts: none before it
    ["石门镇2026年农村人居环境整治工作方案", "全镇配置分类垃圾桶800个。", "、健全长效管护机制", "每村配备保洁员2名。"],  # no sequence
    [*_DROPPED[:8], "、健全长效管护机制", "四、强化督导考核"],  # the next part takes the place: the line is not it
])
def test_a_bare_stop_no_sequence_places_is_left_as_read(texts: list[str]) -> None:
    parts = _parts(texts, True, "pdf")
    assert not any(heading == "健全长效管护机制" and number for number, heading, _ in parts)


def test_a_typed_line_a_width_wrap_opened_with_a_stop_stays_text() -> None:
    """A TXT hard-wrapped at a width may break a list before its "、" ("…推进农文" / "、旅游融合发展…") — in the
    last part, where the sequence has no next part to disprove it. The line is no part: it follows a line its
    sentence runs on from (print never starts a line with "、"; only a scan's line is read from the sequence)."""
    texts = [*_DROPPED[:6], "全镇统筹推进道路硬化、庭院美化、农文", "、旅游融合发展，年内打造示范村5个。"]
    blocks = [Block(text=t, prov=Provenance(file="t.txt", index=i, page=1, paragraph=i)) for i, t in enumerate(texts)]
    state = clean.run(ParseState(path=Path("t.txt"), format="txt", blocks=blocks, sha256="0"))
    assert not any("四、旅游" in u.text for u in state.units)
    assert any("、旅游融合发展" in u.text for u in state.units)
