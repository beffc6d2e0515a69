"""Render the corpus: every source to the formats plans arrive in, plus expected answers.

    python -m corpus.render            # writes corpus/files/ and corpus/expected/

Office files are rewritten with fixed ZIP timestamps and core properties, and the scans
use seeded noise, so those outputs are byte-stable; text PDFs come from LibreOffice
(`soffice`, with Noto CJK fonts) and carry its timestamps. The generated files are
committed: tests never need LibreOffice.
"""

from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from corpus import render_office, render_web
from corpus.source import Source, all_sources

ROOT = Path(__file__).parent
FILES = ROOT / "files"
EXPECTED = ROOT / "expected"
FIXED_TIME = (2024, 1, 1, 0, 0, 0)
# which renderings each source gets
FORMATS: dict[str, tuple[str, ...]] = {
    "qinghe-2023-plan": ("styled.docx", "autonum.docx", "pptx", "pdf", "html", "gb18030.txt", "md"),
    "qinghe-2024-plan": ("styled.docx", "pdf", "pptx"),
    "qinghe-2023-summary": ("styled.docx", "autonum.docx", "pptx", "pdf", "scanned.pdf", "html", "gb18030.txt"),
    "qinghe-compilation": ("styled.docx", "html", "gb18030.txt"),
}


def stable_zip(path: Path) -> None:
    """Rewrite an OOXML package with fixed timestamps and core properties."""
    with zipfile.ZipFile(path) as src:
        items = [(info.filename, src.read(info.filename)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in items:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                stamp = datetime(*FIXED_TIME).strftime("%Y-%m-%dT%H:%M:%SZ")
                text = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)", rf"\g<1>{stamp}\3", text)
                text = re.sub(r"<cp:lastModifiedBy>[^<]*</cp:lastModifiedBy>", "", text)
                data = text.encode("utf-8")
            dst.writestr(zipfile.ZipInfo(name, FIXED_TIME), data, zipfile.ZIP_DEFLATED)


def pdf_from_docx(docx_path: Path, out: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("rendering PDFs needs LibreOffice (apt install libreoffice-writer-nogui fonts-noto-cjk)")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, str(docx_path)], check=True, capture_output=True, timeout=300)
        shutil.move(str(Path(tmp) / (docx_path.stem + ".pdf")), out)


def scanned_pdf(text_pdf: Path, out: Path, seed: int) -> None:
    """An image-only PDF like an office scanner makes: grey page, speckles, a slight skew."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    pages = []
    doc = pdfium.PdfDocument(str(text_pdf))
    for page in doc:
        img = page.render(scale=200 / 72, grayscale=True).to_pil().convert("L")
        draw = ImageDraw.Draw(img)
        for _ in range(400):
            x, y = rng.randrange(img.width), rng.randrange(img.height)
            draw.point((x, y), fill=rng.randrange(90, 200))
        img = img.rotate(rng.uniform(-0.4, 0.4), resample=Image.Resampling.BICUBIC, fillcolor=250)
        pages.append(img.point(lambda p: min(255, int(p * 0.96) + 4)))
    doc.close()
    pages[0].save(out, "PDF", resolution=200.0, save_all=True, append_images=pages[1:])


def expected(source: Source) -> dict[str, object]:
    """The answers a parse of any rendering should give (titles, meta, outline, text)."""
    docs = []
    for d in source.documents:
        docs.append({
            "title": d.title, "org": d.org, "year": d.year, "doc_type": d.doc_type,
            "headings": [{"number": e.number, "heading": e.text, "level": e.level, "type": e.type}
                         for e in d.headings()],
            "texts": [e.text for e in d.entries if e.kind in ("paragraph", "item")],
            "tables": [e.rows for e in d.entries if e.kind == "table"],
        })
    return {"id": source.id, "documents": docs}


def render(source: Source) -> list[Path]:
    written = []
    for fmt in FORMATS.get(source.id, ()):
        out = FILES / f"{source.id}.{fmt}"
        if fmt.endswith("docx"):
            render_office.docx(source, out, autonum=fmt.startswith("autonum"))
            stable_zip(out)
        elif fmt == "pptx":
            render_office.pptx(source, out)
            stable_zip(out)
        elif fmt == "pdf":
            pdf_from_docx(FILES / f"{source.id}.styled.docx", out)
        elif fmt == "scanned.pdf":
            scanned_pdf(FILES / f"{source.id}.pdf", out, seed=sum(map(ord, source.id)))
        elif fmt == "html":
            render_web.page(source, out)
        elif fmt == "gb18030.txt":
            render_web.text_copy(source, out)
        elif fmt == "md":
            render_web.markdown(source, out)
        written.append(out)
    (EXPECTED / f"{source.id}.json").write_text(json.dumps(expected(source), ensure_ascii=False, indent=1) + "\n",
                                                encoding="utf-8")
    return written


def main() -> None:
    FILES.mkdir(exist_ok=True)
    EXPECTED.mkdir(exist_ok=True)
    for source in all_sources():
        for path in render(source):
            print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
