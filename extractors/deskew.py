"""The tilt a scanner, a copier or a phone leaves on a page, found and undone before tesseract reads it.

A page a degree or two askew still reads, but worse: tesseract's layout follows a tilted line only so
far, then a line's last characters drop into the next line's band (a stray one-character line, or
lost), and its characters are misread more often. Measured on scans and photos of plans (tesseract 5,
chi_sim, psm 3): pages photographed 1.1° askew gave 62 % and 36 % of their paragraphs word for word,
85 % and 82 % once turned level; a scan fed 1.4–2° askew 55 %, then 64 %. Under a degree the turn is
not worth the blur it adds (see `_LEAST`). Tesseract's own orientation detection finds quarter turns
only, and the deskew libraries on the registries need NumPy or OpenCV, which jihua does not otherwise
install, so this is a projection profile in Pillow: text lines are dark bands, and turned the right
way their rows of ink stand sharpest (the sum of squared differences between neighbouring rows peaks).
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

_WIDTH = 600  # pixels the page is measured at: lines stay bands, a turn costs a millisecond
_INK = 140  # grey below this is ink
_LIMIT = 3.0  # degrees searched either way: more is a photo's perspective or a page set askew on purpose
_COARSE = 0.5  # degrees between the first search's turns
_FINE = 0.1  # then around the best of them
_LEAST = 0.9  # a tilt under this is left alone: tesseract follows it, and turning the image blurs its strokes
# (measured: tilts of 0.3–0.8° turned lost as many characters as they won back; 1.1–2° won clearly)
_GAIN = 1.05  # the turned page's sharpness must beat the page as scanned by this much: noise never turns a page


def _sharpness(ink: Any, degrees: float) -> float:
    """How sharply the rows of ink stand out with the page turned by `degrees`."""
    from PIL import Image

    turned = ink.rotate(degrees, resample=Image.Resampling.NEAREST, fillcolor=0) if degrees else ink
    rows = turned.resize((1, turned.height), Image.Resampling.BOX).tobytes()
    return float(sum((b - a) ** 2 for a, b in pairwise(rows)))


def tilt(grey: Any) -> float:
    """Degrees (counter-clockwise) that set the page's lines level; 0.0 when it is level enough or has
    too little text to tell."""
    factor = -(-grey.width // _WIDTH)  # rounded up: at most _WIDTH pixels wide
    small = grey.reduce(factor) if factor > 1 else grey
    ink = small.point(lambda v: 255 if v < _INK else 0)
    if ink.getbbox() is None:
        return 0.0
    measured: dict[float, float] = {}  # each turn measured once: the level page, the coarse best and the fine
    # search's centre would otherwise be turned and summed again

    def sharpness(degrees: float) -> float:
        if degrees not in measured:
            measured[degrees] = _sharpness(ink, degrees)
        return measured[degrees]

    level = sharpness(0.0)
    steps = round(_LIMIT / _COARSE)
    best = max((k * _COARSE for k in range(-steps, steps + 1)), key=sharpness)
    fine = round(_COARSE / _FINE)
    best = max((best + k * _FINE for k in range(-fine + 1, fine)), key=sharpness)
    if abs(best) < _LEAST or sharpness(best) < _GAIN * level:
        return 0.0
    return round(best, 1)


def levelled(grey: Any) -> Any:
    """The page turned level (white where the turn uncovers the corners), or the page itself."""
    from PIL import Image

    degrees = tilt(grey)
    if not degrees:
        return grey
    return grey.rotate(degrees, resample=Image.Resampling.BICUBIC, fillcolor=255)
