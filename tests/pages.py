"""Reading built pages the way a reader's browser would."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup


def page(output: Path, url_path: str) -> BeautifulSoup:
    return BeautifulSoup(resolve(output, url_path).read_text(encoding="utf-8"), "html.parser")


def resolve(output: Path, url_path: str) -> Path:
    """The file a static server would answer for ``url_path``."""
    path = output / unquote(urlsplit(url_path).path).lstrip("/")
    if url_path.endswith("/") or path.is_dir():
        path = path / "index.html"
    return path


def html_pages(output: Path) -> list[Path]:
    return sorted(output.rglob("*.html"))


def url_of(output: Path, file: Path) -> str:
    relative = file.relative_to(output).as_posix()
    return "/" + (relative[: -len("index.html")] if relative.endswith("index.html") else relative)
