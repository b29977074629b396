"""Colour arithmetic from WCAG 2.2: relative luminance and contrast ratio.

Colours are "#rrggbb" strings throughout; that is what editors write in
pelicanconf.py and what the stylesheet gets.
"""

from __future__ import annotations

import re

HEX_RE = re.compile(r"^#?(?P<hex>[0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")
BLACK = "#000000"
WHITE = "#ffffff"
AA_TEXT = 4.5  # WCAG 1.4.3: normal text (links included)


def parse(value: object) -> str | None:
    """``"#0B5E3B"``, ``"0b5e3b"`` or ``"#0b5"`` -> ``"#0b5e3b"``; None when it is no colour."""
    match = HEX_RE.match(str(value).strip()) if isinstance(value, str) else None
    if not match:
        return None
    digits = match["hex"].lower()
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return "#" + digits


def channels(color: str) -> tuple[int, int, int]:
    return tuple(int(color[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def to_hex(red: float, green: float, blue: float) -> str:
    return "#" + "".join(f"{max(0, min(255, round(c))):02x}" for c in (red, green, blue))


def relative_luminance(color: str) -> float:
    """As defined in WCAG 2.2 (sRGB, with the 0.04045 threshold of the sRGB standard)."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in channels(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: str, second: str) -> float:
    """The contrast ratio, from 1 (same) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def mix(color: str, other: str, share: float) -> str:
    """``color`` with ``share`` (0..1) of ``other`` mixed in, rounded to a hex colour."""
    return to_hex(*(a + (b - a) * share for a, b in zip(channels(color), channels(other))))


def text_on(background: str) -> str:
    """Black or white, whichever contrasts more with ``background``."""
    return BLACK if contrast(BLACK, background) >= contrast(WHITE, background) else WHITE


def nearest_passing(color: str, toward: str, backgrounds: tuple[str, ...], minimum: float = AA_TEXT) -> str:
    """``color`` mixed with as little of ``toward`` as it takes to reach ``minimum``
    against every colour in ``backgrounds`` (in steps of 1 %)."""
    for step in range(101):
        candidate = mix(color, toward, step / 100)
        if all(contrast(candidate, b) >= minimum for b in backgrounds):
            return candidate
    return toward


def ratio_text(ratio: float) -> str:
    """4.4789 -> "4,47:1" (rounded down: never show a failing ratio as passing)."""
    shown = int(ratio * 100) / 100
    return f"{shown:.2f}".replace(".", ",") + ":1"
