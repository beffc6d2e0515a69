"""Fuzzing jihua's readers: mutate corpus files the ways real damage and attacks do, parse each
mutant in a worker under a time and memory budget, and sort what happened.

Mutations (all from one seeded random generator, so a run is reproducible): byte flips,
truncation, a corrupt zip member (bytes flipped, XML cut, a numeric attribute made "x" or huge,
an element dropped, a DOCTYPE with nested entities — billion laughs), a corrupt compressed
stream inside the zip, corrupt PDF objects (a number changed, bytes flipped inside one object,
`endobj`/`endstream` removed), and a zip bomb part. `tests/test_fuzz.py` runs a few hundred;
`scripts/fuzz.py` runs the long campaign and prints the counts.

Outcomes: parsed; clean error (one line naming the file); internal (a bug past the reading
boundary — what used to be a traceback); hang (over the time budget); memory (over the memory
budget, or the worker died).
"""

from __future__ import annotations

import io
import multiprocessing
import random
import re
import resource
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "files"
OUTCOMES = ("parsed", "clean_error", "internal", "hang", "memory")

# --- mutations ------------------------------------------------------------------------------


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 32)):
        buf[rng.randrange(len(buf))] = rng.randrange(256)
    return bytes(buf)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(1, max(2, len(data)))]


_LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                      for i in range(1, 10))
           + b"]>")


def _mutate_xml(xml: bytes, rng: random.Random) -> bytes:
    how = rng.randrange(6)
    if how == 0:
        return flip_bytes(xml, rng)
    if how == 1:
        return truncate(xml, rng)
    if how == 2:  # a numeric attribute made non-numeric, negative or huge
        spots = list(re.finditer(rb'="(-?\d+)"', xml))
        if spots:
            m = rng.choice(spots)
            value = rng.choice([b"x", b"-1", b"99999999999999999999", b"", b"1.5", b"0"])
            return xml[: m.start(1)] + value + xml[m.end(1):]
    if how == 3:  # an element dropped (its start tag only, so the rest no longer nests)
        spots = list(re.finditer(rb"<[a-zA-Z][^>/]*>", xml))
        if spots:
            m = rng.choice(spots)
            return xml[: m.start()] + xml[m.end():]
    if how == 4:  # billion laughs: a DOCTYPE whose entities expand a thousand million times
        body = re.sub(rb"^<\?xml[^>]*\?>", b"", xml)
        first_close = body.find(b">")
        if first_close > 0:
            return _LAUGHS + body[: first_close + 1] + b"<x>&lol9;</x>" + body[first_close + 1:]
    return xml.replace(b"<", b"<<", 1) if b"<" in xml else flip_bytes(xml, rng)


def corrupt_zip_member(data: bytes, rng: random.Random) -> bytes:
    """Rewrite the package with one member's content damaged (mostly XML parts)."""
    try:
        src = zipfile.ZipFile(io.BytesIO(data))
        infos = src.infolist()
    except zipfile.BadZipFile:
        return flip_bytes(data, rng)
    xml = [i for i in infos if i.filename.endswith((".xml", ".rels"))]
    target = rng.choice(xml or infos)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in infos:
            raw = src.read(info)
            if info is target:
                raw = _mutate_xml(raw, rng) if info.filename.endswith((".xml", ".rels")) else flip_bytes(raw, rng)
            dst.writestr(info.filename, raw)
    return out.getvalue()


def corrupt_zip_stream(data: bytes, rng: random.Random) -> bytes:
    """Bytes flipped inside one member's compressed data (zlib errors, bad CRC)."""
    try:
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except zipfile.BadZipFile:
        return flip_bytes(data, rng)
    info = rng.choice([i for i in infos if i.compress_size > 8] or infos)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        pos = start + rng.randrange(max(1, info.compress_size))
        if pos < len(buf):
            buf[pos] = rng.randrange(256)
    return bytes(buf)


def zip_bomb_part(data: bytes, rng: random.Random) -> bytes:
    """Add (or replace) a part that inflates far beyond its packed size."""
    try:
        src = zipfile.ZipFile(io.BytesIO(data))
        infos = src.infolist()
    except zipfile.BadZipFile:
        return data
    media = [i for i in infos if i.filename.startswith(("word/media/", "ppt/media/"))]
    xml = [i for i in infos if i.filename.endswith("document.xml") or "slides/slide1.xml" in i.filename]
    target = rng.choice(media + xml) if (media or xml) and rng.random() < 0.5 else None
    bomb = b"\0" * rng.choice([2, 8, 24]) * (1 << 20)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in infos:
            dst.writestr(info.filename, bomb if info is target else src.read(info))
        if target is None:
            dst.writestr("word/media/image99.png", bomb)
    return out.getvalue()


def corrupt_pdf_object(data: bytes, rng: random.Random) -> bytes:
    objs = list(re.finditer(rb"\d+ \d+ obj\b(.*?)endobj", data, re.DOTALL))
    if not objs:
        return flip_bytes(data, rng)
    m = rng.choice(objs)
    body = m.group(1)
    how = rng.randrange(4)
    if how == 0:
        nums = list(re.finditer(rb"(?<![\d.])\d+(?![\d.])", body[:2000]))
        if nums:
            n = rng.choice(nums)
            value = rng.choice([b"0", b"-1", b"999999999", b"2147483648", b"3.5", b"x"])
            body = body[: n.start()] + value + body[n.end():]
    elif how == 1:
        body = flip_bytes(body, rng) if body else body
    elif how == 2:
        body = body.replace(b"endstream", b"", 1) if b"endstream" in body else body[: len(body) // 2]
    else:
        return data[: m.start()] + data[m.start(): m.end()].replace(b"endobj", b"") + data[m.end():]
    return data[: m.start(1)] + body + data[m.end(1):]


Mutator = Callable[[bytes, random.Random], bytes]
GENERIC: list[Mutator] = [flip_bytes, truncate]
BY_SUFFIX: dict[str, list[Mutator]] = {
    ".docx": [*GENERIC, corrupt_zip_member, corrupt_zip_member, corrupt_zip_member, corrupt_zip_stream, zip_bomb_part],
    ".pptx": [*GENERIC, corrupt_zip_member, corrupt_zip_member, corrupt_zip_member, corrupt_zip_stream, zip_bomb_part],
    ".pdf": [*GENERIC, corrupt_pdf_object, corrupt_pdf_object, corrupt_pdf_object],
}


def seeds() -> list[Path]:
    """Corpus files to mutate (scans left out: OCR would spend the budget on one format)."""
    return sorted(p for p in CORPUS.iterdir() if p.is_file() and ".scanned." not in p.name)


def mutants(count: int, seed: int, folder: Path) -> Iterator[tuple[Path, str]]:
    """Write `count` mutants into `folder`; yields (path, mutation name)."""
    rng = random.Random(seed)
    originals = {p: p.read_bytes() for p in seeds()}
    names = list(originals)
    for i in range(count):
        src = names[i % len(names)]
        mutator = rng.choice(BY_SUFFIX.get(src.suffix, GENERIC))
        data = mutator(originals[src], rng)
        if rng.random() < 0.15:  # a second, different kind of damage on top
            data = rng.choice(GENERIC)(data, rng) if data else data
        path = folder / f"{i:06d}-{mutator.__name__}{src.suffix}"
        path.write_bytes(data or b"\0")
        yield path, mutator.__name__


# --- running --------------------------------------------------------------------------------

_parser = None


def _init(memory_mb: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (memory_mb << 20, memory_mb << 20))


def _one(path: str) -> tuple[str, str]:
    """Parse one mutant in the worker: (outcome, the line a user would read)."""
    from jihua.pipeline.batch import parse_one

    assert _parser is not None
    outcome = parse_one(_parser, Path(path))
    if outcome.ok:
        return "parsed", ""
    line = outcome.error or ""
    if "out of memory" in line:
        return "memory", line
    if outcome.internal:
        return "internal", (outcome.detail or line)
    clean = "\n" not in line and line.startswith(path) and len(line) < 400
    return ("clean_error" if clean else "internal"), line


def run(paths: list[Path], timeout: float = 30, memory_mb: int = 2048, workers: int = 1,
        on_result: Callable[[Path, str, str], None] | None = None) -> Counter[str]:
    """Parse every path in workers (each under the budgets); count the outcomes."""
    from jihua.pipeline.config import Config
    from jihua.pipeline.runner import Parser
    from pebble import ProcessExpired, ProcessPool

    global _parser
    cfg = Config(nlp=False)
    cfg.extract.ocr = False
    cfg.extract.workers = 1
    _parser = Parser(cfg)
    counts: Counter[str] = Counter()
    with ProcessPool(max_workers=workers, max_tasks=200, initializer=_init, initargs=(memory_mb,),
                     context=multiprocessing.get_context("fork")) as pool:
        futures = [(p, pool.schedule(_one, args=(str(p),), timeout=timeout)) for p in paths]
        for path, future in futures:
            try:
                kind, line = future.result()
            except FutureTimeout:
                kind, line = "hang", f"over {timeout:g} s"
            except ProcessExpired as exc:
                kind, line = "memory", f"worker died ({exc})"
            except MemoryError:
                kind, line = "memory", "MemoryError returning the result"
            counts[kind] += 1
            if on_result:
                on_result(path, kind, line)
    return counts
