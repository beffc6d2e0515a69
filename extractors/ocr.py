"""OCR for scanned PDF pages: pypdfium2 renders, tesseract (chi_sim) reads, pages in parallel.

Rendering stays in the calling thread (pdfium is not thread-safe); each tesseract run is
its own process, so a thread pool gives real parallelism across cores. Tesseract's own
threads are capped at one per process so pages, not threads, share the cores.
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, NamedTuple

import pypdfium2 as pdfium
from jihua.extractors.cjk import is_cjk, join_fragments
from jihua.extractors.deskew import levelled
from jihua.extractors.layout import Line
from jihua.extractors.ocr_tables import Grid, erase_rules, find_grids, place_words, table_line
from jihua.extractors.options import ExtractOptions
from jihua.schemas.errors import InputError

_PAGE_SECONDS = 300


def tesseract_available(lang: str) -> bool:
    """True when the tesseract binary and the language data are installed."""
    if not shutil.which("tesseract"):
        return False
    import pytesseract

    try:
        return lang in pytesseract.get_languages(config="")
    except Exception:
        return False


def _native_dpi(page: Any, fallback: int) -> int:
    """The scan's own resolution: resampling a 200 dpi scan to 300 dpi costs time, not errors."""
    best = 0.0
    for obj in page.get_objects():
        if obj.type != pdfium.raw.FPDF_PAGEOBJ_IMAGE:
            continue
        left, _, right, _ = obj.get_bounds()
        width_px, _ = obj.get_px_size()
        if right - left > 72:
            best = max(best, width_px / ((right - left) / 72))
    return int(min(400, max(150, best))) if best else fallback


_REDNESS = 60  # how much a pixel's red exceeds its green and blue: red ink (a seal, a 红头), not a scan's tint
_CELL = 4.0  # points per cell of the coarse map seals are found on
_SEAL = (40.0, 200.0)  # a seal's diameter in points (a 15 mm signet to a 70 mm office seal)


def _red_blobs(mask: Any, cell: int) -> list[tuple[int, int, int, int]]:
    """Boxes (cells) of the joined red areas on a coarse map of the red mask: 4-connected runs
    of marked cells, found by a flood over the few marked ones."""
    width, height = mask.size
    data = mask.load()
    seen: set[tuple[int, int]] = set()
    boxes = []
    for y in range(height):
        for x in range(width):
            if not data[x, y] or (x, y) in seen:
                continue
            stack, box = [(x, y)], [x, y, x, y]
            seen.add((x, y))
            while stack:
                cx, cy = stack.pop()
                box = [min(box[0], cx), min(box[1], cy), max(box[2], cx), max(box[3], cy)]
                for nx, ny in ((cx + 1, cy), (cx - 1, cy), (cx, cy + 1), (cx, cy - 1)):
                    if 0 <= nx < width and 0 <= ny < height and data[nx, ny] and (nx, ny) not in seen:
                        seen.add((nx, ny))
                        stack.append((nx, ny))
            boxes.append((box[0] * cell, box[1] * cell, (box[2] + 1) * cell, (box[3] + 1) * cell))
    return boxes


def _grey_without_seals(image: Any, scale: float) -> Any:
    """The page in grey, a red seal lifted off the text under it. In grey a seal is a blot over the
    sign-off it is stamped on; in the red channel red ink turns white while black text under it
    stays dark. Only round-ish red areas of a seal's size get the red channel: a 红头's red
    masthead and rule (wide, flat) stay as they are, to be read."""
    from PIL import ImageChops, ImageFilter

    grey = image.convert("L")
    red, green, blue = image.convert("RGB").split()
    mask = ImageChops.subtract(red, ImageChops.lighter(green, blue)).point(lambda v: 255 if v > _REDNESS else 0)
    if mask.getbbox() is None:
        return grey
    cell = max(1, round(_CELL * scale))
    coarse = mask.reduce(cell).point(lambda v: 255 if v else 0).filter(ImageFilter.MaxFilter(3))
    low, high = (d * scale for d in _SEAL)
    for x0, y0, x1, y1 in _red_blobs(coarse, cell):
        w, h = x1 - x0, y1 - y0
        if low <= w <= high and low <= h <= high and 0.6 <= w / h <= 1.6:
            box = (max(0, x0), max(0, y0), min(grey.width, x1), min(grey.height, y1))
            grey.paste(red.crop(box), box)
    return grey


class _Page(NamedTuple):
    """A page image to read: in grey, red seals lifted off and table rules whitened; its scale
    (pixels per point), the ruled tables found on it, and the grey image before its rules were
    whitened (to turn and look for tables again on a page scanned upside down)."""

    image: Any
    scale: float
    grids: list[Grid]
    grey: Any


def _prepared(grey: Any, scale: float) -> _Page:
    grids = find_grids(grey, scale)
    return _Page(erase_rules(grey, grids, scale), scale, grids, grey)


def _render(path: Path, page_numbers: list[int], dpi: int, password: str) -> dict[int, _Page]:
    """Page images ready for tesseract: in grey, seals lifted, turned level."""
    images = {}
    doc = pdfium.PdfDocument(str(path), password=password or None)
    try:
        for page_no in page_numbers:
            page = doc[page_no - 1]
            scale = _native_dpi(page, dpi) / 72
            grey = levelled(_grey_without_seals(page.render(scale=scale).to_pil(), scale))
            images[page_no] = _prepared(grey, scale)
            page.close()
    finally:
        doc.close()
    return images


def _lines_from_data(data: dict[str, list[Any]], page_no: int, scale: float, grids: list[Grid]) -> list[Line]:
    """Group tesseract words by (block, paragraph, line) into positioned lines; the words inside a
    ruled table go to its cells, the table placed as one line."""
    read = _read_words(data)
    cells, outside = place_words(grids, data, read)
    groups = _by_line(set(outside), data)
    margin = _margin_words(groups, data)  # (kept as furniture, a 批注's kind: never body text)
    lines = [_line(body, data, page_no, scale) for idxs in groups.values() if (body := [i for i in idxs if i not in margin])]
    lines += [_line(idxs, data, page_no, scale, "comment") for idxs in _by_line(margin, data).values()]
    lines.extend(t for grid, found in zip(grids, cells, strict=True)
                 if (t := table_line(grid, found, data, page_no, scale)) is not None)
    lines.sort(key=lambda ln: (round(ln.top), ln.x0))
    return _snap_sizes(lines)


_COLUMN_LINE = 12  # characters a line holds at least to measure the text column by
_MARGIN_GAP = 2.0  # ems beyond the column's edge where a word stands in the margin, not at the end of a line


def _margin_words(groups: dict[tuple[int, int, int], list[int]], data: dict[str, list[Any]]) -> set[int]:
    """The words standing in the page's margin, wholly outside its text column: a note or a mark written by
    hand beside the text ("重点抓" down the right margin, a tick), which reads as a heading of its own or glued
    onto a body line. The column is measured from the long lines (the 80th percentile of their right ends:
    justified lines end at the edge, a line a margin word was read into runs past it; likewise the left), and
    a word lies outside it by more than two ems (a line's last word in a photographed page's perspective reaches
    an em or so past). Geometry only: a page with fewer than three long lines has no column to judge by."""
    long = [idxs for idxs in groups.values()
            if _units(join_fragments([str(data["text"][i]) for i in idxs])) >= _COLUMN_LINE]
    if len(long) < 3:
        return set()
    lefts = sorted(min(data["left"][i] for i in idxs) for idxs in long)
    rights = sorted(max(data["left"][i] + data["width"][i] for i in idxs) for idxs in long)
    left, right = lefts[len(lefts) // 5], rights[len(rights) * 4 // 5]
    em = sorted(data["height"][i] for idxs in long for i in idxs)
    gap = _MARGIN_GAP * em[len(em) // 2]
    return {i for idxs in groups.values() for i in idxs
            if data["left"][i] > right + gap or data["left"][i] + data["width"][i] < left - gap}


def _line(idxs: list[int], data: dict[str, list[Any]], page_no: int, scale: float, furniture: str | None = None) -> Line:
    """Tesseract's words as one positioned line."""
    x0 = min(data["left"][i] for i in idxs) / scale
    x1 = max(data["left"][i] + data["width"][i] for i in idxs) / scale
    top = min(data["top"][i] for i in idxs) / scale
    bottom = max(data["top"][i] + data["height"][i] for i in idxs) / scale
    heights = sorted(data["height"][i] for i in idxs)
    text = join_fragments([str(data["text"][i]) for i in sorted(idxs, key=lambda i: data["left"][i])])
    return Line(page=page_no, x0=x0, x1=x1, top=top, bottom=bottom, text=text,
                size=_font_size(text, x1 - x0, heights[len(heights) // 2] / scale), furniture=furniture)


def _by_line(words: set[int], data: dict[str, list[Any]]) -> dict[tuple[int, int, int], list[int]]:
    """Words grouped by tesseract's (block, paragraph, line)."""
    groups: dict[tuple[int, int, int], list[int]] = defaultdict(list)
    for i in sorted(words):
        groups[(data["block_num"][i], data["par_num"][i], data["line_num"][i])].append(i)
    return groups


def _units(text: str) -> float:
    return sum(1.0 if is_cjk(ch) else 0.5 for ch in text if not ch.isspace())


# width per character over glyph height: text set solid reads 1.0–1.5 (digits run wide), a line
# spread over table cells 1.6 and more
_SPREAD = 1.6


def _font_size(text: str, width: float, box_height: float) -> float:
    """Han characters are square: width per character is a steadier size than OCR box heights, where
    the characters stand side by side. A line far wider than its glyphs make it is spread out (a
    table row read across its cells, a stray mark far to the right): its glyph height measures it."""
    units = _units(text)
    if units < 3 or width / units > _SPREAD * box_height:
        return box_height
    return width / units


def _snap_sizes(lines: list[Line]) -> list[Line]:
    """A line of one or two characters has no measurable size (its box height is mostly
    leading): it takes the size of the line above. The rest snap to the body size."""
    text = [ln for ln in lines if ln.table is None]  # a table has no size of its own
    if not text:
        return lines
    for prev, ln in itertools.pairwise(text):
        if _units(ln.text) < 3:
            ln.size = prev.size
    sizes = sorted(ln.size for ln in text)
    body = sizes[len(sizes) // 2]
    for ln in text:
        if abs(ln.size - body) < 0.25 * body:
            ln.size = body
    return lines


def _ocr_one(image: Any, lang: str) -> dict[str, list[Any]]:
    import pytesseract

    return pytesseract.image_to_data(  # a page tesseract cannot finish is an error, not a hang
        image, lang=lang, config="--psm 3 -c preserve_interword_spaces=1", output_type=pytesseract.Output.DICT,
        timeout=_PAGE_SECONDS)



_UPRIGHT_CONF = 45.0  # mean word confidence an upright page reaches (65–95 on a photo or a clean scan; 15–25 upside down)


def _read_words(data: dict[str, list[Any]]) -> list[int]:
    """The indexes of the words tesseract read (not its empty boxes, whose confidence is -1)."""
    return [i for i, word in enumerate(data["text"]) if str(word).strip() and float(data["conf"][i]) >= 0]


def _mean_conf(data: dict[str, list[Any]]) -> float:
    confs = [float(data["conf"][i]) for i in _read_words(data)]
    return sum(confs) / len(confs) if confs else 0.0


def _sideways(data: dict[str, list[Any]]) -> bool:
    """Most of the page's text stands in lines taller than wide: a page turned a quarter, which tesseract reads
    with confidence as columns of vertical text (an office document is set in horizontal lines)."""
    tall = total = 0
    for idxs in _by_line(set(_read_words(data)), data).values():
        width = max(data["left"][i] + data["width"][i] for i in idxs) - min(data["left"][i] for i in idxs)
        height = max(data["top"][i] + data["height"][i] for i in idxs) - min(data["top"][i] for i in idxs)
        chars = sum(len(str(data["text"][i]).strip()) for i in idxs)
        total += chars
        tall += chars if height > 2 * width else 0
    return total >= 20 and tall > 0.5 * total


def _turn(image: Any) -> int:
    """Degrees (counter-clockwise) that set the page upright, by tesseract's orientation detection (the osd
    data); where it cannot tell or is not installed, a half turn, the usual way a sheet goes in wrong."""
    import pytesseract

    try:
        found = pytesseract.image_to_osd(image, config="--psm 0", output_type=pytesseract.Output.DICT, timeout=_PAGE_SECONDS)
    except (pytesseract.TesseractError, RuntimeError):
        return 180
    return (360 - int(found.get("rotate", 0))) % 360


def _read_upright(page: _Page, lang: str) -> tuple[dict[str, list[Any]], _Page]:
    """Tesseract's words on the page, read the right way up: a page scanned upside down (or turned a quarter)
    reads as junk of low confidence, its words and headings gibberish. Only such a page (the check costs an
    upright one nothing) has its orientation detected, is turned, its tables found again, and read again; the
    reading kept is the more confident one."""
    data = _ocr_one(page.image, lang)
    confidence, sideways = _mean_conf(data), _sideways(data)
    if confidence >= _UPRIGHT_CONF and not sideways:
        return data, page
    degrees = _turn(page.grey)
    if not degrees:
        return data, page
    turned = _prepared(page.grey.rotate(degrees, expand=True), page.scale)
    again = _ocr_one(turned.image, lang)
    better = _mean_conf(again) > confidence or (sideways and not _sideways(again))
    return (again, turned) if better else (data, page)


class OcrPage(NamedTuple):
    """A scanned page's lines; `quarter`: read turned a quarter (a sheet scanned sideways), so the page's width and
    height trade places."""

    lines: list[Line]
    quarter: bool = False


def ocr_pages(path: Path, page_numbers: list[int], opts: ExtractOptions) -> dict[int, OcrPage]:
    """Lines of the given (1-based) pages, read by tesseract in parallel."""
    if not tesseract_available(opts.ocr_lang):
        raise InputError(path, f"scanned pages (or text without Unicode mapping) need OCR: install tesseract with '{opts.ocr_lang}' language data")
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    out: dict[int, OcrPage] = {}
    step = 2 * opts.workers  # pages rendered at a time: a long scan never holds every page image at once
    pool = ThreadPoolExecutor(max_workers=opts.workers)
    try:
        for start in range(0, len(page_numbers), step):
            batch = page_numbers[start:start + step]
            images = _render(path, batch, opts.ocr_dpi, opts.pdf_password)
            futures = {n: pool.submit(_read_upright, images[n], opts.ocr_lang) for n in batch}
            for n, future in futures.items():
                data, page = future.result()
                quarter = page.grey.size != images[n].grey.size  # (a half turn keeps the size)
                out[n] = OcrPage(_lines_from_data(data, n, page.scale, page.grids), quarter)
                opts.tell("OCR page", len(out), len(page_numbers))
    except BaseException:  # a time budget or Ctrl-C: pages not started are dropped, not waited for
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
    return out
