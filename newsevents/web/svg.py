"""Charts as server-side SVG: no script, nothing fetched, safe under a strict CSP.

Every label passes through ``html.escape``; the templates embed the result
with ``|safe`` only because it was built here from escaped parts.
"""

from __future__ import annotations

import math
from html import escape


def _empty(width: int, height: int, message: str) -> str:
    return f'<svg class="chart" width="{width}" height="{height}" role="img"><text x="10" y="20">{message}</text></svg>'


def timeline(rows: list[dict], width: int = 760, height: int = 220) -> str:
    """Bars of conflict (down) and cooperation (up) per day, and the Goldstein sum as a line."""
    if not rows:
        return _empty(width, height, "no events")
    mid = height / 2
    step = width / len(rows)
    peak = max(max(r["cooperation"], r["conflict"]) for r in rows) or 1
    gold = max(abs(r["goldstein"] or 0) for r in rows) or 1
    parts = [f'<svg class="chart" width="{width}" height="{height}" role="img" aria-label="dyad timeline">']
    parts.append(f'<line x1="0" y1="{mid}" x2="{width}" y2="{mid}" class="axis"/>')
    points = []
    for n, r in enumerate(rows):
        x = n * step
        up = (mid - 10) * r["cooperation"] / peak
        down = (mid - 10) * r["conflict"] / peak
        label = escape(f"{r['date']}: {r['events']} events, Goldstein {r['goldstein'] or 0:+.1f}")
        parts.append(
            f'<rect class="coop" x="{x:.1f}" y="{mid - up:.1f}" width="{max(step - 2, 1):.1f}" '
            f'height="{up:.1f}"><title>{label}</title></rect>'
        )
        parts.append(
            f'<rect class="conflict" x="{x:.1f}" y="{mid}" width="{max(step - 2, 1):.1f}" '
            f'height="{down:.1f}"><title>{label}</title></rect>'
        )
        points.append(f"{x + step / 2:.1f},{mid - (mid - 10) * (r['goldstein'] or 0) / gold:.1f}")
    parts.append(f'<polyline class="goldstein" points="{" ".join(points)}"/>')
    parts.append(f'<text x="4" y="14">{escape(str(rows[0]["date"]))}</text>')
    parts.append(f'<text x="{width - 4}" y="14" text-anchor="end">{escape(str(rows[-1]["date"]))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def world_map(rows: list[dict], width: int = 760, height: int = 380) -> str:
    """Located events on an equirectangular grid (no tiles: nothing to download)."""
    parts = [f'<svg class="chart map" width="{width}" height="{height}" role="img" aria-label="map of events">']
    for lon in range(-180, 181, 30):
        x = (lon + 180) / 360 * width
        parts.append(f'<line class="grid" x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height}"/>')
    for lat in range(-90, 91, 30):
        y = (90 - lat) / 180 * height
        parts.append(f'<line class="grid" x1="0" y1="{y:.1f}" x2="{width}" y2="{y:.1f}"/>')
    for r in rows:
        x = (r["lon"] + 180) / 360 * width
        y = (90 - r["lat"]) / 180 * height
        label = escape(
            f"{r['date']} {r['source_code'] or '?'} {r['cameo_name']} {r['target_code'] or ''} in {r['location_text']}"
        )
        css = "conflict" if (r["quad_class"] or 0) >= 3 else "coop"
        parts.append(f'<circle class="{css}" cx="{x:.1f}" cy="{y:.1f}" r="4"><title>{label}</title></circle>')
    parts.append("</svg>")
    return "".join(parts)


def network(edges: list[dict], width: int = 760, height: int = 520) -> str:
    """Actors on a circle, dyads as lines: thickness = events, colour = mean Goldstein."""
    nodes = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
    if not nodes:
        return _empty(width, height, "no dyads")
    cx, cy, radius = width / 2, height / 2, min(width, height) / 2 - 60
    pos = {
        n: (cx + radius * math.cos(2 * math.pi * i / len(nodes)), cy + radius * math.sin(2 * math.pi * i / len(nodes)))
        for i, n in enumerate(nodes)
    }
    most = max(e["events"] for e in edges)
    parts = [f'<svg class="chart" width="{width}" height="{height}" role="img" aria-label="actor network">']
    for e in edges:
        (x1, y1), (x2, y2) = pos[e["source"]], pos[e["target"]]
        css = "conflict" if (e["goldstein"] or 0) < 0 else "coop"
        label = escape(
            f"{e['source']} -> {e['target']}: {e['events']} events, mean Goldstein {e['goldstein'] or 0:+.1f}"
        )
        parts.append(
            f'<line class="edge {css}" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke-width="{1 + 5 * e["events"] / most:.1f}"><title>{label}</title></line>'
        )
    for n, (x, y) in pos.items():
        parts.append(
            f'<circle class="node" cx="{x:.1f}" cy="{y:.1f}" r="6"/>'
            f'<text x="{x:.1f}" y="{y - 10:.1f}" text-anchor="middle">{escape(n)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
