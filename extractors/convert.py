"""Older and open office formats (.doc/.wps, .rtf, .odt; .ppt/.dps, .odp) read through LibreOffice.

An archive of years holds files from before Office 2007 and from WPS or LibreOffice users. No
well-kept Python library reads the binary Word/PowerPoint formats or ODF into the structure the
DOCX/PPTX readers need (numbering, styles, slide placeholders), and LibreOffice converts them
faithfully, so each is converted to its modern twin in a temporary folder and read by the same
reader; the blocks name the original file.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from jihua.extractors.options import ExtractOptions
from jihua.schemas.blocks import Block
from jihua.schemas.errors import InputError

TIMEOUT_S = 180

# what each sniffed kind is called in a message and the format LibreOffice writes for it
TWIN = {"doc": ("legacy Word (.doc)", "docx"), "rtf": ("RTF", "docx"), "odt": ("OpenDocument text", "docx"),
        "ppt": ("legacy PowerPoint (.ppt)", "pptx"), "odp": ("OpenDocument presentation", "pptx")}


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def read_converted(path: Path, kind: str, opts: ExtractOptions,
                   read: Callable[[Path, ExtractOptions], Iterator[Block]]) -> Iterator[Block]:
    """The file converted to its twin (TWIN[kind]) and read by `read`, the blocks naming `path`."""
    name, twin = TWIN[kind]
    program = soffice()
    if not program:
        raise InputError(path, f"{name} file: install LibreOffice to read it, or save it as .{twin}")
    with tempfile.TemporaryDirectory(prefix="jihua-convert-") as tmp:
        source = Path(tmp) / f"source{path.suffix.lower() or '.bin'}"  # a plain name: LibreOffice
        shutil.copyfile(path, source)                                  # misreads some characters in paths
        cmd = [program, f"-env:UserInstallation=file://{Path(tmp) / 'profile'}", "--headless",
               "--convert-to", twin, "--outdir", tmp, str(source)]
        try:
            subprocess.run(cmd, capture_output=True, timeout=TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired:
            raise InputError(path, f"LibreOffice timed out converting the {name} file") from None
        converted = Path(tmp) / f"source.{twin}"
        if not converted.exists():
            raise InputError(path, f"LibreOffice could not convert the {name} file (corrupt or protected?)")
        for block in read(converted, opts):
            yield block.model_copy(update={"prov": block.prov.model_copy(update={"file": str(path)})})
