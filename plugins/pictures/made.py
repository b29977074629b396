"""The pictures made of one source, cached by the source's bytes and the settings.

An unchanged picture costs nothing on the next build: its files are read
from ``CACHE_PATH/pictures/<key>/`` (the key hashes the source's bytes and
the settings that shape the result). ``ENCODER_CALLS`` counts real encodings,
so a test can tell the cache was used without timing anything.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path, PurePosixPath

from site_rules.contract import PictureSet, Variant

from .processing import FALLBACK_FORMAT, OWN_FORMAT, SHOWN_SUFFIXES, SUFFIX, Encoded, cleaned, encode, resized

# Bump when the way pictures are made changes: every cached picture is made again.
RECIPE = 1
ENCODER_CALLS = {"count": 0}


def _key(data: bytes, recipe: dict) -> str:
    digest = hashlib.sha256(data)
    digest.update(json.dumps({**recipe, "recipe": RECIPE}, sort_keys=True).encode())
    return digest.hexdigest()[:32]


def variant_url(url: str, width: int, suffix: str) -> str:
    """"afbeeldingen/plein.jpg" at 800 px as WebP: "afbeeldingen/formaten/plein-800.webp"."""
    path = PurePosixPath(url)
    return str(path.parent / "formaten" / f"{path.stem}-{width}{suffix}")


def make(data: bytes, url: str, cache: Path, widths: tuple[int, ...], max_width: int, quality: int) -> tuple[PictureSet, dict[str, Path]]:
    """The picture set of ``data`` published at ``url``, and the cached file of each URL."""
    recipe = {"widths": list(widths), "max_width": max_width, "quality": quality}
    folder = cache / _key(data, recipe)
    index = folder / "index.json"
    if index.is_file():
        made = json.loads(index.read_text(encoding="utf-8"))
    else:
        made = _make(data, folder, widths, max_width, quality)
        partial = index.with_name("index.json.part")
        partial.write_text(json.dumps(made, sort_keys=True), encoding="utf-8")
        os.replace(partial, index)
    main = made["main"]
    main_url = url
    if PurePosixPath(url).suffix.lower() not in SHOWN_SUFFIXES:
        # An iPhone's HEIC is published as JPEG beside its variants: "formaten/foto.jpg".
        path = PurePosixPath(url)
        main_url = str(path.parent / "formaten" / (path.stem + main["name"][main["name"].rindex("."):]))
    files = {main_url: folder / main["name"]}
    variants = []
    for entry in made["variants"]:
        variant = Variant(variant_url(url, entry["width"], entry["name"][entry["name"].rindex("."):]), entry["width"], entry["height"], entry["format"])
        variants.append(variant)
        files[variant.url] = folder / entry["name"]
    return PictureSet(main_url, main["width"], main["height"], tuple(variants)), files


def _make(data: bytes, folder: Path, widths: tuple[int, ...], max_width: int, quality: int) -> dict:
    image, source_format = cleaned(data)
    own, fallback = OWN_FORMAT.get(source_format, "PNG"), FALLBACK_FORMAT.get(source_format, "PNG")
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)

    def written(encoded: Encoded, name: str) -> dict:
        ENCODER_CALLS["count"] += 1
        (folder / name).write_bytes(encoded.data)
        return {"name": name, "width": encoded.width, "height": encoded.height, "format": encoded.format}

    main = written(encode(resized(image, max_width), own, quality), f"main{SUFFIX[own]}")
    sizes = sorted({w for w in widths if w < image.width} | {min(image.width, max(widths))})
    variants = []
    for width in sizes:
        smaller = resized(image, width)
        for fmt in ("WEBP", fallback):
            encoded = encode(smaller, fmt, quality)
            variants.append(written(encoded, f"{width}{encoded.suffix}"))
    return {"main": main, "variants": variants}
