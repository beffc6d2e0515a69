"""Damaged text encodings: two encodings in one file, mojibake saved into the text, undecodable bytes."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from jihua.extractors.mojibake import garbled
from jihua.schemas.errors import InputError, ReadingWarning

from jihua import extractors


def _moji(line: str) -> str:
    """UTF-8 read as GBK, as an editor that drops what it cannot read saves it."""
    return line.encode("utf-8").decode("gbk", errors="ignore")


def _read(path: Path) -> tuple[list[str], list[str]]:
    with warnings.catch_warnings(record=True) as heard:
        warnings.simplefilter("always", ReadingWarning)
        _, blocks = extractors.extract(path)
    return [b.text for b in blocks], [str(w.message) for w in heard if issubclass(w.category, ReadingWarning)]


UTF8_HALF = ["松岭乡2023年林业工作总结", "一、主要成效", "（一）森林防火形势平稳", "全年未发生较大森林火灾。"]
GBK_HALF = ["二、存在问题", "（一）护林员队伍老化", "三、下步打算", "持续推进国土绿化行动。"]


def test_lines_pasted_from_a_utf8_and_a_gbk_copy_each_read_in_their_own_encoding(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes("\n".join(UTF8_HALF).encode("utf-8") + b"\n" + "\n".join(GBK_HALF).encode("gbk"))
    texts, heard = _read(path)
    assert texts == UTF8_HALF + GBK_HALF
    assert any("mixed encodings" in w and "UTF-8" in w and "GB18030" in w for w in heard)


def test_a_file_in_one_gbk_encoding_is_not_read_as_mixed(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    lines = UTF8_HALF + GBK_HALF
    path.write_bytes("\n".join(lines).encode("gbk"))
    texts, heard = _read(path)
    assert texts == lines and heard == []


def test_mojibake_lines_that_lost_nothing_but_their_end_are_repaired(tmp_path: Path) -> None:
    lines = ["松岭乡2023年林业工作要点", "二是完善考核机制", "（三）推进河湖长制落实", "全年完成造林面积1.2万亩。"]
    path = tmp_path / "moji.txt"
    path.write_text("\n".join([lines[0]] + [_moji(x) for x in lines[1:]]), encoding="utf-8")
    texts, heard = _read(path)
    # a character cut at the line's end is gone for good; the rest is the line as written
    assert texts == [lines[0], "二是完善考核机制", "（三）推进河湖长制落", "全年完成造林面积1.2万亩"]
    assert any("3 lines repaired from mojibake" in w for w in heard)


@pytest.mark.parametrize("errors", ["ignore", "replace"])
def test_mojibake_that_lost_bytes_inside_its_lines_is_refused_as_garbled(tmp_path: Path, errors: str) -> None:
    lines = ["松岭乡2023年林业工作要点", "一是强化督查问责", "（四）持续改善村容村貌", "三、加强组织保障", "（一）压实监管责任"]
    path = tmp_path / "moji.txt"
    # U+FFFD written into the text ("replace") still leaves a valid UTF-8 file, not a binary one
    path.write_text("\n".join(x.encode("utf-8").decode("gbk", errors=errors) for x in lines), encoding="utf-8")
    assert extractors.sniff(path) == "txt"
    with pytest.raises(InputError, match=r"the text is garbled \(mojibake\)"):
        extractors.extract(path)


def test_no_line_of_clean_chinese_text_is_taken_for_mojibake(corpus_files: Path) -> None:
    lines = [ln for p in sorted(corpus_files.glob("*.md")) for ln in p.read_text("utf-8").splitlines()]
    lines += ["禤氏宗祠修缮工程", "鄱阳湖区生态补偿", "澧水流域综合治理", "旅遊業發展規劃綱要"]
    assert len(lines) > 50
    assert [ln for ln in lines if garbled(ln)[1]] == []


def test_undecodable_gbk_bytes_leave_no_replacement_character_and_are_counted(tmp_path: Path) -> None:
    path = tmp_path / "damaged.txt"
    path.write_bytes("三、工作目标\n".encode("gbk") + b"\xff" + "新建高标准农田2.8万亩。\n".encode("gbk"))
    texts, heard = _read(path)
    assert texts == ["三、工作目标", "新建高标准农田2.8万亩。"]
    assert "1 bytes could not be decoded (left out of the text)" in heard


def test_what_the_reader_repaired_reaches_the_result_warnings(tmp_path: Path) -> None:
    from jihua.pipeline.runner import parse_file

    body = ["松岭乡2023年林业工作要点", "一、工作目标", "全年完成造林面积1.2万亩，森林覆盖率达到百分之六十二以上。",
            "二、重点任务", "（一）加强森林防火", "落实网格化管护责任，护林员巡山不少于每周三次。"]
    path = tmp_path / "damaged.txt"
    path.write_bytes("\n".join(body[:3]).encode("gbk") + b"\xff\n" + "\n".join(body[3:]).encode("gbk"))
    result = parse_file(path)
    assert "1 bytes could not be decoded (left out of the text)" in result.warnings


def test_utf8_with_a_few_damaged_bytes_stays_utf8_and_a_short_gbk_text_stays_gbk(tmp_path: Path) -> None:
    """Two flipped bytes in a UTF-8 plan leave it UTF-8 (its holes counted), never the whole file read as GB18030
    gibberish or refused; a short GBK file, few bytes beyond ASCII, still reads as GBK."""
    body = ["松岭乡2026年林业工作要点", "一、工作目标", "全年完成造林面积1.2万亩，森林覆盖率达到62%以上。",
            "二、重点任务", "落实网格化管护责任，护林员巡山不少于每周三次。"] * 3
    raw = bytearray("\n".join(body).encode("utf-8"))
    raw[40] = 0xFF
    raw[120] = 0xFE
    path = tmp_path / "flipped.txt"
    path.write_bytes(bytes(raw))
    texts, heard = _read(path)
    assert texts[0] == "松岭乡2026年林业工作要点" and "二、重点任务" in texts
    assert any("could not be decoded" in h for h in heard)
    short = tmp_path / "short.txt"
    short.write_bytes("一、目标\n".encode("gbk"))
    assert _read(short)[0] == ["一、目标"]


def test_two_parses_at_once_keep_their_own_reading_notes() -> None:
    """A web server reads two uploads in two threads: each parse hears only its own reader's notes."""
    import threading

    from jihua.schemas.errors import note_reading, reading_notes

    both_collecting = threading.Barrier(2)
    heard: dict[str, list[str]] = {}

    def parse(name: str) -> None:
        with reading_notes() as notes:
            both_collecting.wait()
            note_reading(f"{name}: 2 bytes could not be decoded")
            both_collecting.wait()
        heard[name] = notes

    threads = [threading.Thread(target=parse, args=(n,)) for n in ("甲", "乙")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert heard == {"甲": ["甲: 2 bytes could not be decoded"], "乙": ["乙: 2 bytes could not be decoded"]}
