"""Archive scale: ingest throughput (files/min, 1 and 2 workers) and search latency at N documents.

    python benchmarks/archive.py [--files 200] [--documents 10000]

Ingest parses real corpus files (each copy made distinct so none is skipped). For search at
10k documents, parsed corpus documents are stored again under new titles and years with the
same `store()` the ingest uses (parsing 10k files would only measure parsing again).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from jihua.pipeline.archive import db  # noqa: E402
from jihua.pipeline.archive.ingest import add  # noqa: E402
from jihua.pipeline.archive.query import search  # noqa: E402
from jihua.pipeline.archive.store import store  # noqa: E402
from jihua.pipeline.config import Config  # noqa: E402
from jihua.pipeline.enrich import load_jieba  # noqa: E402
from jihua.pipeline.runner import Parser  # noqa: E402

SOURCES = ["qinghe-2023-plan.styled.docx", "qinghe-2024-plan.pdf", "qinghe-2023-summary.gb18030.txt",
           "qinghe-2023-plan.html", "qinghe-2023-plan.pptx"]
QUERIES = ["拥军优属 慰问", "联席会议", "退役军人 就业", "国防教育 学校", "专项经费", "双拥模范县", "光荣牌", "征兵"]


def _copies(folder: Path, n: int) -> None:
    corpus = ROOT / "corpus" / "files"
    for k in range(n):
        src = corpus / SOURCES[k % len(SOURCES)]
        data = src.read_bytes()
        # a trailing comment keeps PDFs/Office files valid and makes each copy's hash distinct
        (folder / f"{k:05d}-{src.name}").write_bytes(data + f"\n%copy {k}\n".encode() if src.suffix == ".pdf"
                                                     else data if src.suffix in (".docx", ".pptx")
                                                     else data + f"\n附：副本{k}".encode("gb18030"))


def ingest(n: int, workers: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        _copies(folder, n)
        conn = db.connect(Path(tmp) / "a.sqlite")
        start = time.perf_counter()
        report = add(conn, [folder], Config(workers=workers))
        elapsed = time.perf_counter() - start
        return len(report.added) / elapsed * 60


def search_latency(documents: int) -> tuple[float, float, int]:
    parser = Parser(Config(nlp=True))
    parsed = [parser.parse(ROOT / "corpus" / "files" / name) for name in SOURCES]
    tokenizer = load_jieba()

    def segment(text: str) -> list[str]:
        return [w for w in tokenizer.cut_for_search(text) if w.strip()]

    with tempfile.TemporaryDirectory() as tmp:
        conn = db.connect(Path(tmp) / "big.sqlite")
        stored = 0
        k = 0
        while stored < documents:
            base = parsed[k % len(parsed)]
            year = 2000 + k % 25
            docs = [d.model_copy(update={"title": f"第{k}县{d.title}", "year": year}) for d in base.documents]
            sha = hashlib.sha256(f"{k}".encode()).hexdigest()
            result = base.model_copy(update={"documents": docs, "source": base.source.model_copy(
                update={"sha256": sha, "path": f"/archive/{k}/{Path(base.source.path).name}"})})
            store(conn, result, 1000, segment)
            stored += len(docs)
            k += 1
        times = []
        for q in QUERIES * 5:
            t = time.perf_counter()
            search(conn, q, limit=20, tokenizer=tokenizer)
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        return statistics.median(times), times[int(len(times) * 0.95) - 1], stored


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=200)
    ap.add_argument("--documents", type=int, default=10000)
    args = ap.parse_args()
    for workers in (1, 2):
        print(f"ingest {args.files} files, {workers} worker(s): {ingest(args.files, workers):.0f} files/min")
    p50, p95, n = search_latency(args.documents)
    print(f"search over {n} documents: p50 {p50:.1f} ms, p95 {p95:.1f} ms")


if __name__ == "__main__":
    main()
