"""How fast jihua is against the libraries it stands on, as ratios measured side by side.

    python benchmarks/speed.py [--rounds 5] [--pdf FILE_OR_DIR ...] [--only cold office pdf batch]

Every comparison runs interleaved (jihua, then its reference, round after round) and is
reported as the median of the rounds, so a busy shared machine slows both sides alike.
In-process work is timed in CPU seconds of this process; commands in CPU seconds (user +
system) of the child process; the -j 1 / -j 2 batch in wall seconds (parallelism is the
point there). Text PDFs default to the corpus's; pass --pdf to add more (a folder or files).
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "files"
JIHUA = [sys.executable, "-m", "jihua"]
DOCX_READ = ("import docx, sys\nd = docx.Document(sys.argv[1])\n[p.text for p in d.paragraphs]\n"
             "[c.text for t in d.tables for r in t.rows for c in r.cells]")


def cpu() -> float:
    return time.process_time()


def timed(fn: Callable[[], object]) -> float:
    start = cpu()
    fn()
    return cpu() - start


def run_child(cmd: list[str]) -> tuple[float, int]:
    """CPU seconds (user + system) and peak RSS (KB) of one command run to its end."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"benchmark command failed: {' '.join(cmd)}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def _cpu_seconds_of(cmd: list[str]) -> Callable[[], float]:
    """A case for `interleave`: one run of the command, its CPU seconds."""
    return lambda: run_child(cmd)[0]


def interleave(rounds: int, cases: dict[str, Callable[[], float]]) -> dict[str, float]:
    """Median of each case over the rounds, the cases taking turns within each round."""
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(rounds):
        for name, case in cases.items():
            samples[name].append(case())
    return {name: statistics.median(values) for name, values in samples.items()}


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str, str]] = []

    def add(self, work: str, ours: str, reference: str, ratio: float, target: str, met: bool | None) -> None:
        verdict = "" if met is None else ("met" if met else "NOT met")
        self.rows.append((work, ours, reference, f"{ratio:.2f}×", f"{target} {verdict}".strip()))

    def print(self) -> None:
        head = ("work", "jihua", "reference", "ratio", "target")
        widths = [max(len(r[i]) for r in [head, *self.rows]) for i in range(5)]
        for row in [head, tuple("-" * w for w in widths), *self.rows]:
            print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")


def text_pdfs(extra: list[str]) -> list[Path]:
    paths = [p for p in sorted(CORPUS.glob("*.pdf")) if "scanned" not in p.name]
    for item in extra:
        p = Path(item)
        paths += sorted(q for q in p.glob("*.pdf") if "scanned" not in q.name) if p.is_dir() else [p]
    return paths


def bench_pdf(table: Table, rounds: int, pdfs: list[Path]) -> None:
    import pdfplumber
    import pypdfium2 as pdfium
    from jihua.pipeline.config import Config
    from jihua.pipeline.runner import Parser

    parser = Parser(Config())
    parser.parse(pdfs[0])  # models loaded: this measures the warm parse
    pages = sum(len(pdfium.PdfDocument(str(p))) for p in pdfs)

    def ours() -> float:
        return timed(lambda: [parser.parse(p) for p in pdfs])

    def plumber() -> float:
        def run() -> None:
            for p in pdfs:
                with pdfplumber.open(p) as pdf:
                    for page in pdf.pages:
                        page.extract_text()
        return timed(run)

    def floor() -> float:
        def run() -> None:
            for p in pdfs:
                doc = pdfium.PdfDocument(str(p))
                for page in doc:
                    page.get_textpage().get_text_range()
                doc.close()
        return timed(run)

    m = interleave(rounds, {"ours": ours, "plumber": plumber, "floor": floor})
    rate = {k: pages / v for k, v in m.items()}
    label = f"{len(pdfs)} text PDFs, {pages} pages, all stages"
    table.add(label, f"{rate['ours']:.1f} pages/s", f"pdfplumber extract_text {rate['plumber']:.1f} pages/s",
              m["ours"] / m["plumber"], "≤ 0.5×", m["ours"] / m["plumber"] <= 0.5)
    table.add(label, f"{rate['ours']:.1f} pages/s", f"pypdfium2 get_text_range {rate['floor']:.0f} pages/s",
              m["ours"] / m["floor"], "≤ 5×", m["ours"] / m["floor"] <= 5)


def bench_office(table: Table, rounds: int) -> None:
    import docx
    import pptx
    from jihua.pipeline.config import Config
    from jihua.pipeline.runner import Parser

    parser = Parser(Config())
    docs = sorted(CORPUS.glob("*.docx"))
    decks = sorted(CORPUS.glob("*.pptx"))
    parser.parse(docs[0])

    def read_docx() -> None:
        for p in docs:
            d = docx.Document(str(p))
            [para.text for para in d.paragraphs]
            [c.text for t in d.tables for r in t.rows for c in r.cells]

    def read_pptx() -> None:
        for p in decks:
            for slide in pptx.Presentation(str(p)).slides:
                [s.text_frame.text for s in slide.shapes if s.has_text_frame]

    m = interleave(rounds, {
        "docx": lambda: timed(lambda: [parser.parse(p) for p in docs]), "docx_raw": lambda: timed(read_docx),
        "pptx": lambda: timed(lambda: [parser.parse(p) for p in decks]), "pptx_raw": lambda: timed(read_pptx),
    })
    per_core = len(docs) / m["docx"]
    table.add(f"warm DOCX parse, {len(docs)} files", f"{per_core:.1f} files/s/core",
              f"python-docx read {len(docs) / m['docx_raw']:.1f} files/s", m["docx"] / m["docx_raw"],
              f"≥ 30 files/s/core ({per_core:.0f})", per_core >= 30)
    table.add(f"warm PPTX parse, {len(decks)} files", f"{len(decks) / m['pptx']:.1f} files/s/core",
              f"python-pptx read {len(decks) / m['pptx_raw']:.1f} files/s", m["pptx"] / m["pptx_raw"], "", None)


def bench_cold(table: Table, rounds: int, work: Path) -> None:
    one = CORPUS / "qinghe-2023-plan.styled.docx"
    db = work / "archive.sqlite"
    subprocess.run([*JIHUA, "archive", "add", str(one), str(CORPUS / "qinghe-2024-plan.styled.docx"),
                    "--db", str(db), "-j", "1"], check=True, capture_output=True)
    cases = {
        "pass": [sys.executable, "-c", "pass"],
        "docx_raw": [sys.executable, "-c", DOCX_READ, str(one)],
        "help": [*JIHUA, "--help"],
        "parse": [*JIHUA, "parse", str(one)],
        "search": [*JIHUA, "archive", "search", "退役军人", "--db", str(db)],
    }
    m = interleave(rounds, {k: _cpu_seconds_of(cmd) for k, cmd in cases.items()})
    ms = {k: f"{v * 1000:.0f} ms CPU" for k, v in m.items()}
    table.add("cold `jihua --help`", ms["help"], f"`python -c pass` {ms['pass']}", m["help"] / m["pass"],
              "≤ 5×", m["help"] / m["pass"] <= 5)
    table.add("cold `jihua parse one.docx`", ms["parse"], f"python-docx read process {ms['docx_raw']}",
              m["parse"] / m["docx_raw"], "≤ 4×", m["parse"] / m["docx_raw"] <= 4)
    table.add("cold `jihua archive search`", ms["search"], f"`python -c pass` {ms['pass']}",
              m["search"] / m["pass"], "≤ 5×", m["search"] / m["pass"] <= 5)


def _lengthened(src: Path, dst: Path, times: int) -> None:
    """The DOCX with its body repeated: a plan of a real one's length (the corpus's are 1–3 pages). The
    repeats leave out the title and number each paragraph's copy, so the file reads as one long plan
    (a second title over the same text would be a copy of the first document, set aside unparsed)."""
    import copy

    import docx

    doc = docx.Document(str(src))
    body = doc.element.body
    content = [e for e in body if not e.tag.endswith("}sectPr")]
    for k in range(1, times):
        for element in content[1:]:
            twin = copy.deepcopy(element)
            texts = [t for t in twin.iter() if t.tag.endswith("}t") and t.text]
            if texts:
                texts[-1].text += f"（{k}）"
            body.insert(len(body) - 1, twin)
    doc.save(str(dst))


def bench_batch(table: Table, rounds: int, work: Path) -> None:
    docs = sorted(CORPUS.glob("*.docx"))
    batches = {"corpus": work / "batch", "long": work / "long"}
    for folder in batches.values():
        folder.mkdir()
    for i in range(30):
        src = docs[i % len(docs)]
        shutil.copy(src, batches["corpus"] / f"{i:02d}-{src.name}")
        _lengthened(src, batches["long"] / f"{i:02d}-{src.name}", 8)
    peaks: list[int] = []

    def case(batch: Path, workers: int) -> float:
        start = time.perf_counter()
        _, rss = run_child([*JIHUA, "parse", str(batch), "-j", str(workers), "-o", str(work / f"j{workers}.jsonl")])
        peaks.append(rss)
        return time.perf_counter() - start

    def burn(processes: int) -> float:
        """Wall time of `processes` pure-Python loops side by side: the machine's own ceiling."""
        start = time.perf_counter()
        procs = [subprocess.Popen([sys.executable, "-c", "x = 0\nfor i in range(15_000_000): x += i"])
                 for _ in range(processes)]
        for proc in procs:
            proc.wait()
        return time.perf_counter() - start

    m = interleave(rounds, {f"{name}{j}": (lambda b=batch, j=j: case(b, j))
                            for name, batch in batches.items() for j in (1, 2)}
                   | {"burn1": lambda: burn(1), "burn2": lambda: burn(2)})
    table.add("2 CPU-bound loops against 1 (the machine's ceiling)", f"{m['burn2']:.2f} s wall",
              f"1 loop {m['burn1']:.2f} s wall", 2 * m["burn1"] / m["burn2"], "", None)
    for name, label in (("corpus", "30 corpus DOCX (1–3 pages)"), ("long", "30 DOCX of 8–24 pages")):
        speedup = m[f"{name}1"] / m[f"{name}2"]
        table.add(f"{label}, -j 2 against -j 1", f"{m[f'{name}2']:.2f} s wall", f"-j 1 {m[f'{name}1']:.2f} s wall",
                  speedup, "≥ 1.7× faster", speedup >= 1.7)
    peak_mb = max(peaks) / 1024
    table.add("peak RSS of a batch process", f"{peak_mb:.0f} MB", "", peak_mb / 250, "≤ 250 MB", peak_mb <= 250)


PARTS = ["cold", "office", "pdf", "batch"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--pdf", nargs="*", default=[], help="more text PDFs (files or folders)")
    ap.add_argument("--only", nargs="*", choices=PARTS, default=PARTS, help="run only these parts")
    args = ap.parse_args()
    # as installed from a wheel (pip writes the bytecode at install): an editable checkout under
    # PYTHONDONTWRITEBYTECODE would otherwise recompile every module of jihua on every start
    for package in ("jihua", "extractors", "pipeline", "schemas"):
        compileall.compile_dir(ROOT / package, quiet=1)
    table = Table()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        # commands first, while this process is small: a child forked from a process holding the
        # models would count that image in its peak RSS and its page-table copy in its CPU time
        if "cold" in args.only:
            bench_cold(table, args.rounds, work)
        if "batch" in args.only:
            bench_batch(table, args.rounds, work)  # as many rounds as the rest: its ratios are the noisiest
        if "office" in args.only:
            bench_office(table, args.rounds)
        if "pdf" in args.only:
            bench_pdf(table, args.rounds, text_pdfs(args.pdf))
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, {args.rounds} rounds, medians")
    print(f"peak RSS of this benchmark process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")
    table.print()


if __name__ == "__main__":
    main()
