"""A target's figures over the years as a small SVG line chart, drawn on the server (no script,
nothing fetched): one point per year, gaps where the target was absent."""

from __future__ import annotations

from html import escape
from typing import Any

from jihua.pipeline.rules.targets import per_year

WIDTH, HEIGHT, PAD = 260, 90, 22


def _fmt(value: float) -> str:
    return f"{value:g}"


def _per_year(values: list[dict[str, Any] | None]) -> bool:
    """The years state the figure for different periods (每季度一次 → 每月一次): plot how much each
    asks for in a year, or a raised frequency draws as a flat line."""
    return len({v.get("period") or "" for v in values if v is not None}) > 1


def _figure(v: dict[str, Any], yearly: bool) -> float:
    return per_year(float(v["value"]), v.get("period")) if yearly else float(v["value"])


def target_chart(years: list[int | None], values: list[dict[str, Any] | None]) -> str:
    """SVG markup for one target track (`history()["targets"][k]["values"]`, one per year)."""
    yearly = _per_year(values)
    points = [(k, _figure(v, yearly)) for k, v in enumerate(values) if v is not None]
    if not points:
        return ""
    low, high = min(v for _, v in points), max(v for _, v in points)
    span = (high - low) or abs(high) or 1.0
    low = low - span * 0.1 if high != low else low - span / 2
    top = low + span * 1.2 if high != low else low + span
    step = (WIDTH - 2 * PAD) / max(1, len(values) - 1)

    def xy(k: int, v: float) -> tuple[float, float]:
        return PAD + k * step, HEIGHT - PAD - (v - low) / (top - low) * (HEIGHT - 2 * PAD)

    parts = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
             f'viewBox="0 0 {WIDTH} {HEIGHT}" role="img">']
    run: list[str] = []
    for k in range(len(values) + 1):  # a polyline per run of consecutive years with a figure
        v = values[k] if k < len(values) else None
        if v is not None:
            x, y = xy(k, _figure(v, yearly))
            run.append(f"{x:.1f},{y:.1f}")
        else:
            if len(run) > 1:
                parts.append(f'<polyline fill="none" stroke="#b22222" stroke-width="2" points="{" ".join(run)}"/>')
            run = []
    unit = escape(next(v["unit"] for v in values if v is not None)) + ("/年" if yearly else "")
    for k, figure in points:
        x, y = xy(k, figure)
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="#b22222"/>')
        parts.append(f'<text x="{x:.1f}" y="{y - 7:.1f}" text-anchor="middle" font-size="11">{_fmt(figure)}{unit}</text>')
    for k, year in enumerate(years):
        x, _ = xy(k, low)
        parts.append(f'<text x="{x:.1f}" y="{HEIGHT - 5}" text-anchor="middle" font-size="11" fill="#555">'
                     f'{year if year is not None else "?"}</text>')
    parts.append("</svg>")
    return "".join(parts)
