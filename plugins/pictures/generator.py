"""Taking over Pelican's copies of pictures, and writing the made ones."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path, PurePosixPath

from pelican.generators import Generator

from site_rules.contract import PicturesPart, site_of
from site_rules.made_from import MadeFrom

from . import settings as picture_settings
from .made import make
from .processing import MADE_SUFFIXES

logger = logging.getLogger(__name__)

# The files of the build's pictures: output URL -> cached file (one build at a time).
_files: dict[str, Path] = {}
_sources: dict[str, str] = {}  # output URL -> the source's path, for the output record


def take_over_pictures(generator) -> None:
    """Make every JPEG, PNG and WebP Pelican would copy; Pelican copies the rest."""
    settings = generator.settings
    get = picture_settings.get
    cache = Path(picture_settings.cache_path(settings))
    widths = tuple(int(w) for w in get(settings, "PICTURE_WIDTHS"))
    max_width, quality = int(get(settings, "PICTURE_MAX_WIDTH")), int(get(settings, "PICTURE_QUALITY"))
    by_url = {}
    _files.clear()
    _sources.clear()
    kept = []
    for static in generator.staticfiles:
        if PurePosixPath(static.source_path).suffix.lower() not in MADE_SUFFIXES:
            kept.append(static)
            continue
        url = static.save_as  # where Pelican would have copied it
        picture, files = make(Path(static.source_path).read_bytes(), url, cache, widths, max_width, quality)
        by_url[url] = picture
        _files.update(files)
        _sources.update({name: static.source_path for name in files})
    generator.staticfiles[:] = kept
    _forget_removed(cache, {path.parent for path in _files.values()})
    site_of(generator.context).fill(
        "pictures", PicturesPart(by_url=by_url, preview_width=int(get(settings, "PICTURE_PREVIEW_WIDTH")))
    )
    logger.debug("pictures: %d pictures made or read from the cache", len(by_url))


class PicturesGenerator(Generator):
    """Writes the cleaned pictures and their variants below the output folder."""

    def generate_output(self, writer):
        outputs = site_of(self.context).outputs
        for url, cached in sorted(_files.items()):
            target = Path(self.output_path, url)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(cached, target)
            outputs.add(url, MadeFrom(content=outputs.sources(_sources[url])))


def _forget_removed(cache: Path, used: set[Path]) -> None:
    """Drop what the cache holds of pictures no longer in the site (or made with other settings)."""
    if not cache.is_dir():
        return
    for folder in cache.iterdir():
        if folder.is_dir() and folder not in used:
            shutil.rmtree(folder, ignore_errors=True)
