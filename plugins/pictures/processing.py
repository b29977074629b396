"""Making a phone photo fit to publish: upright, sRGB, no metadata, the sizes a page needs.

Pillow (already a dependency) does all of it. What a published picture never
carries: EXIF (the GPS position where it was taken, the camera, the time),
XMP, IPTC, comments, colour profiles other than sRGB. Orientation is applied
first (phones store "rotate 90°" as metadata), and colours are converted to
sRGB (phones often shoot in Display P3), so dropping the metadata changes
nothing a resident sees.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageCms, ImageOps

from file_checks.static_files import open_heif

# Output formats by the source's: a JPEG stays a JPEG, PNG and GIF stay PNG
# (sharp edges, transparency); every variant also exists as WebP, which all
# supported browsers read and which is about a third smaller.
FALLBACK_FORMAT = {"JPEG": "JPEG", "MPO": "JPEG", "PNG": "PNG", "WEBP": "PNG", "HEIF": "JPEG"}
# The cleaned picture keeps the source's format, but for HEIC (iPhone), which
# browsers do not show: that one becomes a JPEG.
OWN_FORMAT = {"JPEG": "JPEG", "MPO": "JPEG", "PNG": "PNG", "WEBP": "WEBP", "HEIF": "JPEG"}
# Sources made into variants; a GIF (maybe animated) or an SVG is published as it is.
MADE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif"})
# Suffixes browsers show: a cleaned picture in another format gets its own address.
SHOWN_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp"})
SUFFIX = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp"}

_SRGB = ImageCms.createProfile("sRGB")


@dataclass(frozen=True)
class Encoded:
    data: bytes
    width: int
    height: int
    format: str  # "JPEG", "PNG" or "WEBP"

    @property
    def suffix(self) -> str:
        return SUFFIX[self.format]


def cleaned(data: bytes) -> tuple[Image.Image, str]:
    """The picture upright and in sRGB, without metadata; and the source's format."""
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypmsf1", b"ftyphevc"):
        open_heif()  # an iPhone photo (HEIC); pillow-heif is loaded only then
    with Image.open(io.BytesIO(data)) as opened:
        source_format = opened.format or "PNG"
        image = ImageOps.exif_transpose(opened)  # applies the orientation, drops that tag
        image.load()
    profile = image.info.get("icc_profile")
    if profile and image.mode in ("RGB", "RGBA", "CMYK"):
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
            mode = "RGBA" if image.mode == "RGBA" else "RGB"
            image = ImageCms.profileToProfile(image, source, _SRGB, outputMode=mode)
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # an unreadable profile: the pixels as they are
    has_alpha = image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info)
    image = image.convert("RGBA" if has_alpha else "RGB")
    image.info = {}  # nothing of the original's metadata travels on
    return image, source_format


def resized(image: Image.Image, width: int) -> Image.Image:
    if image.width <= width:
        return image
    height = max(1, round(image.height * width / image.width))
    return image.resize((width, height), Image.Resampling.LANCZOS)


def encode(image: Image.Image, fmt: str, quality: int) -> Encoded:
    """``image`` in ``fmt``, with no metadata at all."""
    out = io.BytesIO()
    if fmt == "JPEG":
        image.convert("RGB").save(out, "JPEG", quality=quality, optimize=True, progressive=True)
    elif fmt == "WEBP":
        image.save(out, "WEBP", quality=quality, method=4)
    else:
        image.save(out, "PNG", optimize=True)
    return Encoded(out.getvalue(), image.width, image.height, fmt)
