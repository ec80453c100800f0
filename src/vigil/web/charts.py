"""Server-rendered SVG charts: readable without JavaScript, with a text alternative."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from vigil.web.render import month

__all__ = ["monthly_chart"]

ARRESTS = "#b3261e"
RELEASES = "#1b6e3a"


def _nice_max(value: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000):
        if value <= step * 4:
            return step * 4 if value > 4 else 4
    return ((value // 10_000) + 1) * 10_000


def monthly_chart(per_month: list[dict[str, Any]], *, width: int = 640, height: int = 260) -> Markup:
    """Grouped bars of arrests and releases per month, with axes, a legend, a title and a description."""
    if not per_month:
        return Markup("")
    rows = per_month[-24:]
    top = _nice_max(max(max(r["arrests"], r["releases"]) for r in rows))
    left, right, upper, lower = 56, 12, 30, 52
    plot_w, plot_h = width - left - right, height - upper - lower
    slot = plot_w / len(rows)
    bar = max(2.0, min(24.0, slot * 0.38))
    described = "; ".join(
        f"{month(r['month'])}: {r['arrests']:,} arrests, {r['releases']:,} releases" for r in rows
    )
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img"'
        ' aria-labelledby="chart-title chart-desc" xmlns="http://www.w3.org/2000/svg">',
        '<title id="chart-title">Arrests and releases per month</title>',
        f'<desc id="chart-desc">{escape(described)}</desc>',
    ]
    for i in range(5):
        value = top * i // 4
        y = upper + plot_h - plot_h * i / 4
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" class="tick">{value:,}</text>')
    label_every = max(1, len(rows) // 8)
    for i, r in enumerate(rows):
        x = left + slot * i + slot / 2
        for offset, key, colour in ((-bar, "arrests", ARRESTS), (0.0, "releases", RELEASES)):
            h = plot_h * r[key] / top
            parts.append(
                f'<rect x="{x + offset:.1f}" y="{upper + plot_h - h:.1f}" width="{bar:.1f}" height="{h:.1f}"'
                f' fill="{colour}"><title>{escape(month(r["month"]))}: {r[key]:,} {key}</title></rect>'
            )
        if i % label_every == 0:
            parts.append(
                f'<text x="{x:.1f}" y="{upper + plot_h + 16}" text-anchor="middle" class="tick">'
                f"{escape(month(r['month']))}</text>"
            )
    parts.append(
        f'<line x1="{left}" x2="{width - right}" y1="{upper + plot_h}" y2="{upper + plot_h}" class="axis"/>'
    )
    parts.append(
        f'<text x="{left + plot_w / 2:.1f}" y="{height - 8}" text-anchor="middle" class="label">Month</text>'
    )
    parts.append(
        f'<text x="14" y="{upper + plot_h / 2:.1f}" text-anchor="middle" class="label"'
        f' transform="rotate(-90 14 {upper + plot_h / 2:.1f})">Persons</text>'
    )
    parts.append(f'<rect x="{left}" y="6" width="12" height="12" fill="{ARRESTS}"/>')
    parts.append(f'<text x="{left + 16}" y="17" class="tick">Arrests</text>')
    parts.append(f'<rect x="{left + 90}" y="6" width="12" height="12" fill="{RELEASES}"/>')
    parts.append(f'<text x="{left + 106}" y="17" class="tick">Releases</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
