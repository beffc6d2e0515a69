"""Archive scale on SQLite and PostgreSQL: ingest rate, size per document, search latency; and the
Ray engine's overhead per file against the local batch.

    python benchmarks/archive.py [--documents 10000 100000] [--backend sqlite postgres] [--ray 40]
    python benchmarks/archive.py --files 200          # the old end-to-end ingest (parses real files)

Archives are built from synthetic variants of the corpus's parsed documents (new titles, orgs
and years, a distinct hash each) through the normal `store()` path — segmentation is cached per
text, so the ingest rate is the database's, not jieba's. PostgreSQL runs on a throw-away server
(tests/archive/pgserver.py) unless $JIHUA_TEST_PG names one.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import signal
import statistics
import sys
import tempfile
import time
from functools import lru_cache
from pathlib import Path
from typing import TypedDict

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
from jihua.schemas.plan import ParseResult  # noqa: E402

SOURCES = ["qinghe-2023-plan.styled.docx", "qinghe-2024-plan.pdf", "qinghe-2023-summary.gb18030.txt",
           "qinghe-2023-plan.html", "qinghe-2023-plan.pptx", "qinghe-compilation.html"]
QUERIES = ["拥军优属 慰问", "联席会议", "退役军人 就业", "国防教育 学校", "专项经费", "双拥模范县", "光荣牌", "征兵"]


class Filters(TypedDict, total=False):
    """The filters of `search` a benchmark query narrows by."""

    year: int
    doc_type: str
    section_type: str


FILTERS: dict[str, Filters] = {"none": {}, "year": {"year": 2015},
                               "type+section": {"doc_type": "plan", "section_type": "measures"}}
ORGS = ["青禾县", "东川县", "西岭区", "南湖市", "北山镇", "临江街道", "红旗社区", "丰收乡"]


def _copies(folder: Path, n: int) -> list[Path]:
    corpus = ROOT / "corpus" / "files"
    out = []
    for k in range(n):
        src = corpus / SOURCES[k % len(SOURCES)]
        data = src.read_bytes()
        # a trailing comment keeps PDFs/Office files valid and makes each copy's hash distinct
        data = (data + f"\n%copy {k}\n".encode() if src.suffix == ".pdf" else data if src.suffix in (".docx", ".pptx")
                else data + f"\n附：副本{k}".encode("gb18030" if "gb18030" in src.name else "utf-8"))
        path = folder / f"{k:05d}-{src.name}"
        path.write_bytes(data)
        out.append(path)
    return out


def ingest_files(n: int, workers: int) -> float:
    """End to end: parse and store n real files; files per minute."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        _copies(folder, n)
        conn = db.connect(Path(tmp) / "a.sqlite")
        start = time.perf_counter()
        report = add(conn, [folder], Config(workers=workers))
        return len(report.added) / (time.perf_counter() - start) * 60


def _variant(base: ParseResult, k: int) -> ParseResult:
    year = 2000 + k % 25
    org = ORGS[k % len(ORGS)] + f"{k // len(ORGS) % 500}号单位"
    docs = [d.model_copy(update={"title": f"{org}{year}年{d.title[-12:]}", "year": year, "org": org})
            for d in base.documents]
    sha = hashlib.sha256(f"variant {k}".encode()).hexdigest()
    return base.model_copy(update={"documents": docs, "source": base.source.model_copy(
        update={"sha256": sha, "path": f"/archive/{k}/{Path(base.source.path).name}"})})


def _size(conn: db.Archive, target: str) -> int:
    if conn.postgres:
        return int(conn.execute("SELECT pg_database_size(current_database())").fetchone()[0])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return Path(target).stat().st_size


def build_and_search(target: str, documents: int, parsed: list[ParseResult], tokenizer) -> dict[str, float]:
    @lru_cache(maxsize=100_000)
    def cut(text: str) -> tuple[str, ...]:
        return tuple(w for w in tokenizer.cut_for_search(text) if w.strip())

    conn = db.connect(target)
    stored = k = 0
    start = time.perf_counter()
    while stored < documents:
        result = _variant(parsed[k % len(parsed)], k)
        store(conn, result, 100_000, lambda text: list(cut(text)))
        stored += len(result.documents)
        k += 1
    elapsed = time.perf_counter() - start
    if conn.postgres:
        conn.execute("VACUUM ANALYZE")
    else:
        conn.execute("ANALYZE")
    figures = {"documents": stored, "ingest_docs_per_s": stored / elapsed, "kb_per_doc": _size(conn, target) / stored / 1024,
               "load_build": os.getloadavg()[1]}
    for name, filters in FILTERS.items():
        for q in QUERIES:  # warm the caches once
            search(conn, q, limit=20, tokenizer=tokenizer, **filters)
        times = []
        for _ in range(5):
            for q in QUERIES:
                t = time.perf_counter()
                search(conn, q, limit=20, tokenizer=tokenizer, **filters)
                times.append((time.perf_counter() - t) * 1000)
        times.sort()
        figures[f"p50_{name}"] = statistics.median(times)
        figures[f"p95_{name}"] = times[max(0, int(len(times) * 0.95) - 1)]
    figures["load_search"] = os.getloadavg()[0]
    conn.close()
    return figures


def ray_overhead(n: int) -> None:
    """Wall time per file: the local batch (2 workers) against Ray on a local 2-CPU cluster."""
    import ray
    from jihua.pipeline.batch import parse_many
    from jihua.pipeline.scale.ray_engine import parse_on_ray

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        paths = _copies(folder, n)
        start = time.perf_counter()
        ok = sum(o.ok for o in parse_many(paths, Config(workers=2)))
        local = time.perf_counter() - start
        start = time.perf_counter()
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
        up = time.perf_counter() - start
        start = time.perf_counter()
        counts = parse_on_ray([folder], Path(tmp) / "out", Config())
        on_ray = time.perf_counter() - start
        ray.shutdown()
    print(f"ray vs local batch, {n} files ({ok} parsed locally, {counts['parsed']} on ray): local 2 workers "
          f"{local / n * 1000:.0f} ms/file, ray 2 CPUs {on_ray / n * 1000:.0f} ms/file "
          f"(+{(on_ray - local) / n * 1000:.0f} ms/file), cluster start {up:.1f} s")


def main() -> None:
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so a stopped run still stops its server
    ap = argparse.ArgumentParser()
    ap.add_argument("--documents", type=int, nargs="*", default=[10000])
    ap.add_argument("--backend", nargs="*", default=["sqlite", "postgres"])
    ap.add_argument("--files", type=int, default=0, help="also time the end-to-end ingest of this many files")
    ap.add_argument("--ray", type=int, default=0, help="also time Ray against the local batch on this many files")
    args = ap.parse_args()
    if args.files:
        for workers in (1, 2):
            print(f"ingest {args.files} files, {workers} worker(s): {ingest_files(args.files, workers):.0f} files/min")
    parser = Parser(Config(nlp=True))
    parsed = [parser.parse(ROOT / "corpus" / "files" / name) for name in SOURCES]
    tokenizer = load_jieba()
    pg = None
    tmp = Path(tempfile.mkdtemp(prefix="jihua-bench-"))
    try:
        for backend in args.backend:
            for n in args.documents:
                if backend == "postgres":
                    if pg is None:
                        from tests.archive.pgserver import server
                        pg = server()
                    target = pg.new_database()
                else:
                    target = str(tmp / f"bench-{n}.sqlite")
                f = build_and_search(target, n, parsed, tokenizer)
                print(f"{backend:8s} {f['documents']:>7d} docs: ingest {f['ingest_docs_per_s']:.0f} docs/s, "
                      f"{f['kb_per_doc']:.1f} KB/doc; search p50/p95 ms: "
                      + ", ".join(f"{name} {f[f'p50_{name}']:.1f}/{f[f'p95_{name}']:.1f}" for name in FILTERS)
                      + f" (load average {f['load_build']:.1f} building, {f['load_search']:.1f} searching)", flush=True)
    finally:
        if pg is not None:
            pg.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    if args.ray:
        ray_overhead(args.ray)


if __name__ == "__main__":
    main()
