#!/usr/bin/env python3
"""Draws the Teams app icons (no image library needed): color.png 192x192 and outline.png 32x32.

Teams wants a full-colour icon and a white-on-transparent outline. The picture is a speech bubble with a
check mark: a conversation that ends in a ticket. Run it again only to change the picture.
"""
import struct
import sys
import zlib
from pathlib import Path

ACCENT = (0x1F, 0x6F, 0xEB)


def png(path, size, pixel):
    """Writes an RGBA PNG whose pixel (x, y) -> (r, g, b, a) is sampled at 4x4 points (anti-aliased)."""
    rows = bytearray()
    for y in range(size):
        rows.append(0)  # filter: none
        for x in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(4):
                for sx in range(4):
                    r, g, b, a = pixel((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size)
                    acc[0] += r * a
                    acc[1] += g * a
                    acc[2] += b * a
                    acc[3] += a
            alpha = acc[3] / 16
            rgb = [round(c / acc[3]) if acc[3] else 0 for c in acc[:3]]
            rows += bytes(rgb + [round(alpha)])

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    Path(path).write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b""))


def in_rounded_rect(x, y, left, top, right, bottom, radius):
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 and left <= x <= right and top <= y <= bottom


def in_bubble(x, y, inset=0.0):
    body = in_rounded_rect(x, y, 0.16 + inset, 0.2 + inset, 0.84 - inset, 0.7 - inset, 0.12)
    # The tail, bottom left: a triangle under the body.
    tail = 0.28 + inset <= x <= 0.46 - inset and 0.68 <= y <= 0.86 - inset and (y - 0.68) <= (0.46 - inset - x) * 1.0
    return body or tail


def on_check(x, y, width):
    """A check mark from (0.34, 0.46) down to (0.46, 0.56), up to (0.67, 0.34)."""
    def near(ax, ay, bx, by):
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
        return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= width ** 2
    return near(0.34, 0.46, 0.46, 0.57) or near(0.46, 0.57, 0.67, 0.34)


def color(x, y):
    if in_bubble(x, y):
        return (*ACCENT, 255) if on_check(x, y, 0.045) else (255, 255, 255, 255)
    return (*ACCENT, 255)


def outline(x, y):
    ring = in_bubble(x, y) and not in_bubble(x, y, inset=0.09)
    return (255, 255, 255, 255) if ring or on_check(x, y, 0.06) else (255, 255, 255, 0)


if __name__ == "__main__":
    here = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    png(here / "color.png", 192, color)
    png(here / "outline.png", 32, outline)
