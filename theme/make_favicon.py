"""Draw the site's icon: a white house on a green rounded square.

Writes ``static/favicon.svg`` (browsers that read SVG icons) and, from the
same shapes, ``static/favicon.ico`` (16, 32 and 48 px) and
``static/apple-touch-icon.png`` (180 px, for phones' home screens).
The files are committed; run this again only to change the icon:

    .venv/bin/python theme/make_favicon.py
"""

from pathlib import Path

from PIL import Image, ImageDraw

STATIC = Path(__file__).parent / "static"
GREEN = "#0b5e3b"
WHITE = "#ffffff"
GRID = 32  # the drawing is on a 32 x 32 grid
CORNER = 6
# A house: roof, walls and a door, as one outline on the grid.
HOUSE = [(16, 5), (28, 15), (24, 15), (24, 27), (19, 27), (19, 20), (13, 20), (13, 27), (8, 27), (8, 15), (4, 15)]

SVG = f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {GRID} {GRID}">
<rect width="{GRID}" height="{GRID}" rx="{CORNER}" fill="{GREEN}"/>
<path d="M{' L'.join(f'{x} {y}' for x, y in HOUSE)} Z" fill="{WHITE}"/>
</svg>
"""


def draw(size: int) -> Image.Image:
    """The icon at ``size`` px, drawn 8 times larger and scaled down for smooth edges."""
    scale = size * 8 / GRID
    big = Image.new("RGBA", (size * 8, size * 8), (0, 0, 0, 0))
    pen = ImageDraw.Draw(big)
    pen.rounded_rectangle((0, 0, size * 8 - 1, size * 8 - 1), radius=CORNER * scale, fill=GREEN)
    pen.polygon([(x * scale, y * scale) for x, y in HOUSE], fill=WHITE)
    return big.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    (STATIC / "favicon.svg").write_text(SVG, encoding="utf-8")
    draw(48).save(STATIC / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)])
    # Phones put their own rounded corners on this one: a full square.
    touch = Image.new("RGB", (180, 180), GREEN)
    touch.paste(draw(180), (0, 0), draw(180))
    touch.save(STATIC / "apple-touch-icon.png", optimize=True)


if __name__ == "__main__":
    main()
