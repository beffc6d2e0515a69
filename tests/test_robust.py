"""Never a traceback, never a lost file: each hostile or broken case gives one line naming the
file and the reason, a non-zero exit, and in a batch every other file still goes through."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import tracemalloc
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from jihua.extractors import guard
from jihua.extractors.options import ExtractOptions
from jihua.pipeline.batch import largest_first, parse_many
from jihua.pipeline.config import Config
from jihua.schemas.errors import InputError, shown

from tests.fuzzing import _LAUGHS

ROOT = Path(__file__).resolve().parents[1]


def jihua(*args: str | bytes, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jihua", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=600, errors="replace")


def one_clean_line(proc: subprocess.CompletedProcess[str], name: str, reason: str) -> None:
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert "Traceback" not in proc.stderr
    assert len(lines) == 1 and name in lines[0] and reason in lines[0], proc.stderr


def rewrite_member(src: Path, dst: Path, member: str, change: Callable[[bytes], bytes]) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            zout.writestr(info.filename, change(data) if info.filename == member else data)
    return dst


def billion_laughs(xml: bytes) -> bytes:
    body = re.sub(rb"^<\?xml[^>]*\?>", b"", xml).lstrip()
    end = body.find(b">") + 1
    return _LAUGHS + body[:end] + b"<x>&lol9;</x>" + body[end:]


@pytest.fixture
def hostile(tmp_path: Path, corpus_files: Path) -> dict[str, Path]:
    """Files that used to end in a traceback: billion laughs in a PPTX, non-numeric numbering level
    and slide geometry, a damaged compressed stream."""
    pptx, docx = corpus_files / "qinghe-2024-plan.pptx", corpus_files / "qinghe-2023-plan.autonum.docx"
    out = {
        "laughs.pptx": rewrite_member(pptx, tmp_path / "laughs.pptx", "ppt/slides/slide1.xml", billion_laughs),
        "level.docx": rewrite_member(docx, tmp_path / "level.docx", "word/document.xml",
                                     lambda x: re.sub(rb'<w:ilvl w:val="\d+"/>', b'<w:ilvl w:val="x"/>', x)),
        "geometry.pptx": rewrite_member(pptx, tmp_path / "geometry.pptx", "ppt/slides/slide2.xml",
                                        lambda x: re.sub(rb'<a:off x="\d+"', b'<a:off x="x"', x)),
    }
    data = bytearray(docx.read_bytes())
    info = zipfile.ZipFile(docx).getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start + 40: start + 60] = b"\xff" * 20
    (tmp_path / "stream.docx").write_bytes(bytes(data))
    out["stream.docx"] = tmp_path / "stream.docx"
    return out


@pytest.mark.parametrize("name", ["laughs.pptx", "level.docx", "geometry.pptx", "stream.docx"])
def test_hostile_file_is_one_clean_line_or_parses(hostile: dict[str, Path], name: str) -> None:
    proc = jihua("parse", str(hostile[name]), "--no-nlp")
    assert "Traceback" not in proc.stderr
    if proc.returncode == 0:  # damage the reader could live with: a full parse
        assert json.loads(proc.stdout)["documents"]
    else:
        one_clean_line(proc, name, "")


def test_batch_keeps_every_good_file(tmp_path: Path, corpus_files: Path, hostile: dict[str, Path]) -> None:
    good1 = shutil.copy(corpus_files / "qinghe-2023-plan.styled.docx", tmp_path / "good1.docx")
    good2 = shutil.copy(corpus_files / "qinghe-2023-summary.gb18030.txt", tmp_path / "good2.txt")
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 truncated")
    files = [good1, bad, hostile["laughs.pptx"], hostile["stream.docx"], good2]
    proc = jihua("parse", *map(str, files), "--jsonl", "--no-nlp", "-j", "2")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    names = [Path(json.loads(line)["source"]["path"]).name for line in proc.stdout.splitlines()]
    assert names[0] == "good1.docx" and names[-1] == "good2.txt"
    errors = proc.stderr.strip().splitlines()
    assert len(errors) + len(names) == len(files) and any("bad.docx" in e for e in errors)


def test_workers_take_the_largest_files_of_each_window_first(tmp_path: Path, corpus_files: Path) -> None:
    """A long file taken last keeps one worker busy while the others idle: each window of files
    goes out largest first, and a window never reaches past its end (what waits stays bounded)."""
    sources = sorted(corpus_files.glob("*"), key=lambda f: f.stat().st_size)
    small, large = sources[0], sources[-1]
    paths = [Path(shutil.copy(f, tmp_path / f"{i}{f.suffix}"))
             for i, f in enumerate([small, large, small, large, small])]
    paths.append(tmp_path / "gone.docx")  # a file that vanished sorts as empty, never fails the order
    assert largest_first(paths, window=3) == [1, 0, 2, 3, 4, 5]
    assert sorted(largest_first(paths)) == list(range(len(paths)))


def test_a_bug_fails_one_file_and_the_run_goes_on(tmp_path: Path, corpus_files: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from jihua.pipeline import classify

    real = classify.run

    def buggy(doc):  # a stage that breaks on one document only
        if "总结" in (doc.title or ""):
            raise ZeroDivisionError("division by zero")
        return real(doc)

    monkeypatch.setattr(classify, "run", buggy)
    files = [corpus_files / "qinghe-2023-plan.md", corpus_files / "qinghe-2023-summary.html",
             corpus_files / "qinghe-2024-plan.styled.docx"]
    outcomes = list(parse_many(files, Config(nlp=False, workers=2)))
    assert [o.ok for o in outcomes] == [True, False, True]
    failed = outcomes[1]
    assert failed.internal and "internal error in stage 'classify'" in (failed.error or "")
    assert "ZeroDivisionError" in (failed.detail or "") and "Traceback" in (failed.detail or "")


def _slow_parse(self, path):  # stands in for a file that never finishes
    if "slow" in Path(path).name:
        time.sleep(60)
    return _REAL_PARSE(self, path)


_REAL_PARSE = None


def test_time_budget_stops_the_worker(tmp_path: Path, corpus_files: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    global _REAL_PARSE
    from jihua.pipeline.runner import Parser

    _REAL_PARSE = Parser.parse
    monkeypatch.setattr(Parser, "parse", _slow_parse)
    slow = shutil.copy(corpus_files / "qinghe-2023-plan.md", tmp_path / "slow.md")
    files = [corpus_files / "qinghe-2023-plan.md", slow, corpus_files / "qinghe-2024-plan.styled.docx"]
    start = time.monotonic()
    outcomes = list(parse_many(files, Config(nlp=False, workers=1, timeout=3)))
    assert time.monotonic() - start < 40
    assert [o.ok for o in outcomes] == [True, False, True]
    assert outcomes[1].error == f"{slow}: timed out after 3 s"


def test_non_utf8_names_are_read_and_reported(tmp_path: Path, corpus_files: Path) -> None:
    folder = os.fsencode(tmp_path)
    good = folder + b"/" + "计划".encode("gbk") + b".md"  # as unzipped from a Windows zip
    bad = folder + b"/" + "损坏".encode("gbk") + b".docx"
    shutil.copy(corpus_files / "qinghe-2023-plan.md", os.fsdecode(good))
    Path(os.fsdecode(bad)).write_bytes(b"PK\x03\x04 broken")
    proc = jihua("parse", str(tmp_path), "--jsonl", "--no-nlp")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    row = json.loads(proc.stdout)
    assert row["source"]["path"] == shown(os.fsdecode(good)) and "\\xbc" in row["source"]["path"]
    assert row["documents"]
    one_clean_line(proc, shown(os.fsdecode(bad)), "corrupt")
    db = tmp_path / "a.sqlite"
    proc = jihua("archive", "add", str(tmp_path), "--db", str(db))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr and "added 1," in proc.stderr


def test_symlink_loop_named_directly(tmp_path: Path) -> None:
    (tmp_path / "loop.docx").symlink_to(tmp_path / "loop.docx")
    one_clean_line(jihua("parse", str(tmp_path / "loop.docx")), "loop.docx", "symbolic link loop")


def test_usage_errors_exit_2(tmp_path: Path, corpus_files: Path) -> None:
    plan = str(corpus_files / "qinghe-2023-plan.md")
    proc = jihua("parse", plan, "--format", "yaml")
    assert proc.returncode == 2 and proc.stdout == "" and "unknown format 'yaml'" in proc.stderr
    db = str(tmp_path / "a.sqlite")
    for args, reason in ((["--format", "docx"], "needs -o"), (["--format", "pdf"], "unknown format 'pdf'")):
        proc = jihua("archive", "diff", "双拥", "2023", "2024", "--db", db, *args)
        assert proc.returncode == 2 and reason in proc.stderr and "Traceback" not in proc.stderr


def test_unwritable_output_is_one_line(tmp_path: Path, corpus_files: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    plan = str(corpus_files / "qinghe-2023-plan.md")
    one_clean_line(jihua("parse", plan, "--no-nlp", "-o", str(blocker / "out.json")), "out.json", "cannot write")
    one_clean_line(jihua("diff", plan, plan, "-f", "md", "-o", str(blocker / "d.md")), "file.txt", "cannot write")
    one_clean_line(jihua("archive", "export", str(blocker / "x"), "--db", str(tmp_path / "a.sqlite")),
                   "file.txt", "cannot write")


def test_debug_shows_the_traceback_of_a_bug(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                            corpus_files: Path) -> None:
    from jihua.pipeline.cli import commands, main

    def broken(*args: object) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setattr(commands, "parse_command", broken)
    plan = str(corpus_files / "qinghe-2023-plan.md")
    for argv, traced in ((["jihua", "parse", plan], False), (["jihua", "--debug", "parse", plan], True)):
        monkeypatch.setattr(sys, "argv", argv)
        with pytest.raises(SystemExit) as exit_:
            main.main()
        err = capsys.readouterr().err
        assert exit_.value.code == 1 and "internal error (RuntimeError: a bug)" in err
        assert ("Traceback" in err) is traced


# --- limits -----------------------------------------------------------------------------------


def test_oversized_xml_part_and_zip_bomb_are_refused(tmp_path: Path, corpus_files: Path) -> None:
    docx = corpus_files / "qinghe-2023-plan.styled.docx"
    bomb = rewrite_member(docx, tmp_path / "bomb.docx", "word/document.xml",
                          lambda x: x.replace(b"</w:body>", b"<w:p>" + b" " * (3 << 20) + b"</w:p></w:body>"))
    with pytest.raises(InputError, match=r"part word/document.xml expands \d+×"):
        guard.read(bomb)
    with pytest.raises(InputError, match=r"part word/document.xml is 3 MB uncompressed \(limit 1 MB\)"):
        guard.read(bomb, ExtractOptions(max_part_mb=1, max_ratio=100_000))


def test_unused_huge_image_part_is_never_inflated(tmp_path: Path, corpus_files: Path) -> None:
    src = corpus_files / "qinghe-2023-plan.styled.docx"
    out = tmp_path / "big-image.docx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rId999" Type="http://schemas.'
                                    b'openxmlformats.org/officeDocument/2006/relationships/image" '
                                    b'Target="media/image1.png"/></Relationships>')
            if info.filename == "[Content_Types].xml" and b'Extension="png"' not in data:
                data = data.replace(b"<Default ", b'<Default Extension="png" ContentType="image/png"/><Default ', 1)
            zout.writestr(info.filename, data)
        zout.writestr("word/media/image1.png", b"\0" * (64 << 20))
    tracemalloc.start()
    try:
        kind, blocks = guard.read(out)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert kind == "docx" and any("双拥" in b.text for b in blocks)
    assert peak < 32 << 20, f"peak {peak >> 20} MB: the 64 MB image part was inflated"


def test_too_many_pages_and_too_much_text(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    for _ in range(30):
        writer.add_blank_page(width=595, height=842)
    pdf = tmp_path / "long.pdf"
    with pdf.open("wb") as fh:
        writer.write(fh)
    with pytest.raises(InputError, match=r"too many pages \(30; limit 20"):
        guard.read(pdf, ExtractOptions(max_pages=20))
    txt = tmp_path / "huge.txt"
    txt.write_text("各单位要认真落实工作计划。\n" * 90_000, encoding="utf-8")  # ~3.5 MB
    with pytest.raises(InputError, match=r"text file too large \(3 MB; limit 1 MB\)"):
        guard.read(txt, ExtractOptions(max_text_mb=1))
    with pytest.raises(InputError, match=r"too much text \(1,170,000 characters; limit 1,000,000\)"):
        guard.read(txt, ExtractOptions(max_chars=1_000_000))


def test_any_reader_exception_is_the_files_input_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(path, opts):
        raise KeyError("no relationship with key 'rId7'")
        yield

    monkeypatch.setattr("jihua.extractors.text.extract", explode)  # the registry looks it up at read time
    path = tmp_path / "plan.txt"
    path.write_text("工作计划", encoding="utf-8")
    with pytest.raises(InputError) as err:
        guard.read(path)
    assert err.value.message == f"{path}: cannot read the file (KeyError: \"no relationship with key 'rId7'\")"


def test_deep_nesting_keeps_the_text(tmp_path: Path) -> None:
    para = "<p>各单位要认真贯彻落实，确保各项工作任务按期完成，全年开展走访慰问活动不少于5次。</p>"
    for depth in (300, 5000):
        page = tmp_path / f"deep{depth}.html"
        page.write_text(f"<html><body>{'<div>' * depth}<h1>2024年双拥工作计划</h1>{para * 3}{'</div>' * depth}"
                        "</body></html>", encoding="utf-8")
        _, blocks = guard.read(page)
        assert blocks[0].text == "2024年双拥工作计划" and sum("走访慰问" in b.text for b in blocks) == 3


def test_limits_are_in_the_config() -> None:
    cfg = Config.model_validate_json(json.dumps({"timeout": 30, "extract": {"max_pages": 50}}))
    assert cfg.timeout == 30 and cfg.extract.max_pages == 50 and cfg.extract.max_part_mb == 50


def flate_bomb_pdf(path: Path, megabytes: int) -> Path:
    """A one-page PDF whose content stream inflates to `megabytes` MB of spaces (1 MB on disk)."""
    packer = zlib.compressobj(9)
    data = b"".join(packer.compress(b" " * (1 << 20)) for _ in range(megabytes)) + packer.flush()
    return _pdf(path, [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                       b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                       b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"])


def _pdf(path: Path, objs: list[bytes]) -> Path:
    """A PDF file of these objects, numbered from 1 (the first the catalog), with its cross-reference table."""
    out, offsets = b"%PDF-1.4\n", []
    for number, obj in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref, size = len(out), len(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    path.write_bytes(out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref))
    return path


def test_a_page_a_billion_points_wide_is_read_without_filling_the_memory(tmp_path: Path) -> None:
    """A broken file's MediaBox (a page wider than PDF allows): its text is read as one column, in
    ordinary memory, instead of a per-point search across the whole width."""
    text = b"".join(b"BT /F1 12 Tf 72 %d Td (Line %d of the annual work plan) Tj ET\n" % (700 - 20 * k, k) for k in range(12))
    wide = _pdf(tmp_path / "wide.pdf", [
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1000000000 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"])
    read = ("import resource, sys; resource.setrlimit(resource.RLIMIT_AS, (1 << 31, 1 << 31))\n"
            "from pathlib import Path\nfrom jihua.extractors import guard\n"
            "_, blocks = guard.read(Path(sys.argv[1]))\nprint(sum(b.text.count('annual work plan') for b in blocks))")
    proc = subprocess.run([sys.executable, "-c", read, str(wide)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0 and proc.stdout.strip() == "12", proc.stderr[-500:]  # in under 2 GB of address space


def test_memory_cap_fails_one_file_not_the_machine(tmp_path: Path, corpus_files: Path) -> None:
    bomb = flate_bomb_pdf(tmp_path / "bomb.pdf", 700)
    files = [corpus_files / "qinghe-2023-plan.md", bomb, corpus_files / "qinghe-2024-plan.styled.docx"]
    outcomes = list(parse_many(files, Config(nlp=False, workers=1, memory_mb=600, timeout=120)))
    assert [o.ok for o in outcomes] == [True, False, True]
    assert (outcomes[1].error or "").startswith(f"{bomb}: ") and not outcomes[1].internal


def test_archive_add_stores_every_good_file(tmp_path: Path, corpus_files: Path, hostile: dict[str, Path]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(corpus_files / "qinghe-2023-plan.styled.docx", folder / "a.docx")
    shutil.copy(hostile["laughs.pptx"], folder / "b.pptx")
    shutil.copy(hostile["stream.docx"], folder / "c.docx")  # a garbled numbering level (level.docx) is read now
    shutil.copy(corpus_files / "qinghe-2024-plan.pdf", folder / "d.pdf")
    db = str(tmp_path / "a.sqlite")
    proc = jihua("archive", "add", str(folder), "--db", db, "-j", "2")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines()[-1] == "added 2, already stored 0, failed 2"
    errors = json.loads(jihua("archive", "errors", "--db", db, "--json").stdout)
    assert sorted(Path(e["path"]).name for e in errors) == ["b.pptx", "c.docx"]


def test_a_readers_own_bug_is_internal_not_the_files_fault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure raised in jihua's reading code (here the text reader handed nothing to split) is a bug to
    report, not "cannot read the file": the user's file is fine. It fails that file alone, on one line."""
    monkeypatch.setattr("jihua.extractors.text.read_text", lambda path: None)
    path = tmp_path / "plan.txt"
    path.write_text("桐岭县2027年档案工作计划\n一、工作目标\n全年接收进馆档案不少于3000卷。\n", encoding="utf-8")
    with pytest.raises(AttributeError):
        guard.read(path)
    [outcome] = parse_many([path], Config(nlp=False))
    assert outcome.internal and outcome.error == f"{path}: internal error (AttributeError: 'NoneType' object has no " \
                                                 "attribute 'split')"


def test_a_block_our_schema_refuses_is_internal_on_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A reader that builds a table with an empty (None) cell breaks jihua's own block schema: pydantic lists
    every field it refused, one per line; the user reads one line naming the file and the error."""
    from jihua.schemas.blocks import Block, Provenance

    def table_with_a_hole(path, opts):
        yield Block(kind="table", text="", rows=[["指标", "目标值"], ["档案数字化率", None]],
                    prov=Provenance(file=str(path), index=0))

    monkeypatch.setattr("jihua.extractors.text.extract", table_with_a_hole)
    path = tmp_path / "plan.txt"
    path.write_text("工作计划", encoding="utf-8")
    [outcome] = parse_many([path], Config(nlp=False))
    assert outcome.internal and outcome.error is not None and "\n" not in outcome.error
    assert outcome.error.startswith(f"{path}: internal error (ValidationError: 1 validation error for Block")


def test_a_pdf_page_pdfminer_cannot_reach_is_one_clean_line(tmp_path: Path, corpus_files: Path) -> None:
    """A page object cut short (its dictionary ends mid-entry, as a damaged download leaves it): pdfium
    still counts the page, pdfminer drops it; the page jihua then asks pdfplumber for names the damage
    instead of failing on an IndexError of ours."""
    src = corpus_files / "qinghe-2023-plan.pdf"
    raw = src.read_bytes()
    last = list(re.finditer(rb"\d+ 0 obj\s*<</Type/Page/(.*?)>>\s*endobj", raw, re.DOTALL))[-1]
    body = last.group(1)
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(raw[:last.start(1)] + body[:len(body) // 2] + b"endobj" + raw[last.end():])
    proc = jihua("parse", str(damaged), "--format", "json", cwd=tmp_path)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr and "internal error" not in proc.stderr
    assert re.search(r"damaged\.pdf: corrupt PDF: page \d+ cannot be read", proc.stderr), proc.stderr
