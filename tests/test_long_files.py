"""One long file: it runs under the same time budget as a batch's files, and on a terminal it
shows what it is doing (the page or slide being read, the stage, the document being structured)."""

from __future__ import annotations

import os
import pty
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from jihua.pipeline.batch import parse_in_process
from jihua.pipeline.config import Config
from jihua.pipeline.runner import Parser

from tests.test_robust import ROOT, jihua, one_clean_line

_ANSI = re.compile(r"\x1b\[[0-9;?]*[a-zA-Z]")


@pytest.fixture(scope="module")
def long_text(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A compilation of several hundred plans in one TXT (~0.9 M characters): many seconds of work."""
    text = (ROOT / "corpus" / "files" / "qinghe-2023-plan.gb18030.txt").read_bytes().decode("gb18030")
    title, body = text.split("\n", 1)
    path = tmp_path_factory.mktemp("long") / "汇编.txt"
    path.write_text(title + "\n" + "\n".join(body for _ in range(600)), encoding="utf-8")
    return path


def test_a_single_file_over_its_time_budget_is_one_line(long_text: Path) -> None:
    start = time.monotonic()
    proc = jihua("parse", str(long_text), "--timeout", "1")
    assert time.monotonic() - start < 30
    one_clean_line(proc, long_text.name, "timed out after 1 s")
    assert proc.stdout == ""


def test_the_budget_leaves_no_alarm_behind(corpus_files: Path) -> None:
    before = signal.getsignal(signal.SIGALRM)
    outcome = parse_in_process(Parser(Config(nlp=False)), corpus_files / "qinghe-2023-plan.md", 600)
    assert outcome.ok
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is before


def test_the_budget_resumes_a_callers_own_timer(corpus_files: Path) -> None:
    rang: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda *_: rang.append(1))
    try:
        signal.setitimer(signal.ITIMER_REAL, 30)
        outcome = parse_in_process(Parser(Config(nlp=False)), corpus_files / "qinghe-2023-plan.md", 600)
        left, _ = signal.getitimer(signal.ITIMER_REAL)
        assert outcome.ok and 0 < left <= 30 and not rang
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _steps(path: Path) -> list[tuple[str, int, int]]:
    heard: list[tuple[str, int, int]] = []
    Parser(Config(nlp=False), on_step=lambda step, done, total: heard.append((step, done, total))).parse(path)
    return heard


def test_the_parser_tells_each_page_then_each_stage(corpus_files: Path) -> None:
    heard = _steps(corpus_files / "qinghe-2024-plan.pdf")
    pages = [(done, total) for step, done, total in heard if step == "page"]
    assert pages and pages == [(k, pages[0][1]) for k in range(1, pages[0][1] + 1)]
    order = [step for step, _, _ in heard if step != "page"]
    assert order[:2] == ["clean", "split"] and order[-1] == "schema"
    assert ("structuring document", 1, 1) in heard


def test_slides_and_ocr_pages_are_told(corpus_files: Path) -> None:
    slides = [(d, t) for s, d, t in _steps(corpus_files / "qinghe-2024-plan.pptx") if s == "slide"]
    assert len(slides) > 3 and slides[-1][0] == slides[-1][1]
    ocr = [(d, t) for s, d, t in _steps(corpus_files / "qinghe-2023-summary.scanned.pdf") if s == "OCR page"]
    assert ocr and ocr[-1][0] == ocr[-1][1] == len(ocr)


def _run_on_a_terminal(*args: str) -> tuple[int, str]:
    """The command with stderr on a pseudo-terminal (as a user at a shell sees it)."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "jihua", *args], cwd=ROOT, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return proc.wait(timeout=600), _ANSI.sub("", b"".join(chunks).decode("utf-8", "replace"))


def test_a_long_file_shows_progress_on_a_terminal(long_text: Path, tmp_path: Path) -> None:
    code, screen = _run_on_a_terminal("parse", str(long_text), "-o", str(tmp_path / "out.json"))
    assert code == 0 and (tmp_path / "out.json").stat().st_size > 0
    shown = re.findall(r"structuring document\W+(\d+)/(\d+)", screen)
    assert shown and all(int(done) <= int(total) for done, total in shown), screen[-500:]
    assert long_text.name in screen


def test_a_pipe_shows_no_progress(long_text: Path, tmp_path: Path) -> None:
    proc = jihua("parse", str(long_text), "-o", str(tmp_path / "out.json"))
    assert proc.returncode == 0 and proc.stderr == ""  # many seconds of work, not a character of progress
