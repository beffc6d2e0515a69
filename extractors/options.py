"""Options the extractors accept; built once in the CLI and passed down (no globals)."""

from __future__ import annotations

import os
from collections.abc import Callable

from pydantic import BaseModel, Field

# (step, done, total): what a long file is doing, for whoever shows progress ("page", 12, 300)
ProgressHook = Callable[[str, int, int], None]


def default_workers() -> int:
    """One worker per core, up to eight (beyond that the disk and the database are the limit)."""
    return max(1, min(os.cpu_count() or 1, 8))


class ExtractOptions(BaseModel):
    """How to read files. OCR settings matter only for scanned PDF pages."""

    ocr: bool = Field(default=True, description="OCR pages without a text layer (needs tesseract)")
    ocr_lang: str = "chi_sim"
    ocr_dpi: int = Field(default=300, ge=100, le=600, description="render resolution when a scan's own is unknown")
    workers: int = Field(default_factory=default_workers, ge=1, description="parallel OCR pages")
    pdf_password: str = ""
    # limits: a hostile or broken file fails with a clear reason instead of eating the machine
    max_pages: int = Field(default=2000, ge=1, description="pages per PDF")
    max_part_mb: int = Field(default=50, ge=1, description="uncompressed size of one part of a DOCX/PPTX")
    max_ratio: int = Field(default=200, ge=10, description="compression ratio of one part (zip bombs)")
    max_text_mb: int = Field(default=10, ge=1, description="size of a TXT/HTML/MD file")
    max_chars: int = Field(default=2_000_000, ge=1000, description="characters of text extracted from one file")
    progress: ProgressHook | None = Field(default=None, exclude=True, repr=False,
                                          description="told each page or slide read (progress of one long file)")

    def tell(self, step: str, done: int = 0, total: int = 0) -> None:
        """Report progress through a long file; nothing happens when nobody listens."""
        if self.progress is not None:
            self.progress(step, done, total)
