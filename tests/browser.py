"""A real browser and the W3C's checker for the tests.

* :func:`serve` serves a built site on 127.0.0.1 (an ephemeral port) from a thread.
* :class:`Browser` is Debian's Chromium, headless, driven through Selenium and
  chromedriver, with what the tests ask of it: open a page, the requests it
  made, axe-core's verdict, what the Tab key reaches, the viewport, the
  colour scheme, print media, screenshots and PDFs.
* :func:`nu_html_checker` runs the Nu Html Checker (``vnu.jar``) over files.

Tools outside Python come pinned: axe-core is vendored in tests/vendor/;
vnu.jar is fetched once with ``npm pack`` into .cache/ (gitignored).
"""

from __future__ import annotations

import base64
import functools
import http.server
import json
import shutil
import subprocess
import tarfile
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.common.print_page_options import PrintOptions

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache"
AXE_VERSION = "4.14.1"
AXE_SCRIPT = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
VNU_VERSION = "26.9.27"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"

# Every WCAG success criterion at levels A and AA, 2.0 to 2.2.
WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


# --- serving ------------------------------------------------------------------


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        # Nothing is cached, so every page load shows every byte it needs.
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, format, *args):
        pass


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve ``folder`` as a static host would; yields "http://127.0.0.1:<port>"."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


# --- the browser ----------------------------------------------------------------

# Run in the page: everything one can reach with Tab, in document order,
# each marked so that the tests can tell which one has focus.
MARK_FOCUSABLE = """
const selector = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, ' +
  'summary, iframe, [tabindex]:not([tabindex="-1"]), [contenteditable=""], [contenteditable=true]';
const shown = el => !el.disabled && el.getClientRects().length > 0 &&
  getComputedStyle(el).visibility !== 'hidden';
const found = [...document.querySelectorAll(selector)].filter(shown);
found.forEach((el, i) => el.setAttribute('data-focus-test', String(i)));
return found.map(el => (el.textContent.trim() || el.getAttribute('aria-label') || el.outerHTML).slice(0, 60));
"""

# Run in the page: the focused element and how its focus shows.
DESCRIBE_FOCUS = """
const el = document.activeElement;
if (!el || el === document.body || el === document.documentElement) return null;
const style = getComputedStyle(el);
const rect = el.getBoundingClientRect();
return {
  id: el.getAttribute('data-focus-test'),
  element_id: el.id,
  text: (el.textContent.trim() || el.outerHTML).slice(0, 60),
  outline_style: style.outlineStyle,
  outline_width: parseFloat(style.outlineWidth) || 0,
  outline_color: style.outlineColor,
  background: getComputedStyle(document.body).backgroundColor,
  in_view: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 &&
    rect.top < innerHeight && rect.left < innerWidth,
};
"""

# Run in the page, asynchronously: bytes of the page, its stylesheets and fonts
# (images apart), once every font the page uses has loaded.
MEASURE_PAGE = """
const done = arguments[arguments.length - 1];
document.fonts.ready.then(() => {
  const navigation = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource').map(entry => ({
    url: entry.name, initiator: entry.initiatorType, bytes: entry.encodedBodySize}));
  const sheets = [...document.styleSheets];
  done({
    html: navigation.encodedBodySize,
    resources: resources,
    stylesheet_files: sheets.filter(sheet => sheet.href).map(sheet => sheet.href),
    imports: sheets.flatMap(sheet => [...sheet.cssRules]).filter(rule => rule instanceof CSSImportRule).length,
  });
});
"""

RUN_AXE = """
const [tags, done] = [arguments[0], arguments[arguments.length - 1]];
axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
  .then(result => done(result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help, url: v.helpUrl,
    nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary}))}))))
  .catch(error => done({error: String(error)}));
"""


class Browser:
    """One headless Chromium, for a whole test module."""

    def __init__(self):
        self._profile = tempfile.mkdtemp(prefix="chromium-profile-")
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for argument in (
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-dev-shm-usage",
            "--hide-scrollbars",
            "--font-render-hinting=none",
            f"--user-data-dir={self._profile}",
            "--window-size=1280,900",
            "--lang=nl",
        ):
            options.add_argument(argument)
        # The DevTools network log shows every request a page makes.
        options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
        self.driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        self.driver.set_script_timeout(120)
        self._axe = AXE_SCRIPT.read_text(encoding="utf-8")
        self.viewport(1280, 900)

    def close(self) -> None:
        try:
            self.driver.quit()
        finally:
            shutil.rmtree(self._profile, ignore_errors=True)

    # pages

    def open(self, url: str) -> None:
        """Load ``url`` and wait until its fonts have loaded too."""
        self.driver.get(url)
        self.driver.execute_async_script("document.fonts.ready.then(() => arguments[0]())")

    def run(self, script: str, *args):
        return self.driver.execute_script(script, *args)

    def requests(self) -> list[str]:
        """Every URL the browser requested since the last call (data: URLs apart)."""
        urls = []
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message.get("method") == "Network.requestWillBeSent":
                url = message["params"]["request"]["url"]
                if not url.startswith("data:"):
                    urls.append(url)
        return urls

    def measure(self) -> dict:
        """Bytes the open page loaded; see MEASURE_PAGE."""
        return self.driver.execute_async_script(MEASURE_PAGE)

    def axe(self, tags: list[str] = WCAG_AA_TAGS) -> list[dict]:
        """axe-core's violations on the open page, for rules with ``tags``."""
        self.driver.execute_script(self._axe)
        result = self.driver.execute_async_script(RUN_AXE, tags)
        if isinstance(result, dict):
            raise RuntimeError(f"axe-core failed: {result['error']}")
        return result

    # how the page is shown

    def viewport(self, width: int, height: int = 900, scale: float = 1, mobile: bool = False) -> None:
        """A window of ``width`` x ``height`` CSS pixels at ``scale`` device pixels each.

        Browser zoom works the same way: 200 % zoom in a 1280 px wide window
        lays the page out in 640 CSS pixels at scale 2.
        """
        self.driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": scale, "mobile": mobile},
        )

    def media(self, media: str = "", color_scheme: str = "light") -> None:
        """Emulate CSS media ("print" or "" for screen) and prefers-color-scheme."""
        self.driver.execute_cdp_cmd(
            "Emulation.setEmulatedMedia",
            {"media": media, "features": [{"name": "prefers-color-scheme", "value": color_scheme}]},
        )

    def horizontal_overflow(self) -> int:
        """How many CSS pixels the page is wider than the window (0: no scrolling)."""
        return self.run(
            "const d = document.documentElement; return Math.max(0, d.scrollWidth - d.clientWidth);"
        )

    def screenshot(self, path: Path) -> None:
        """The whole page, top to bottom, as PNG."""
        metrics = self.driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
        width = metrics["cssLayoutViewport"]["clientWidth"]
        height = metrics["cssContentSize"]["height"]
        shot = self.driver.execute_cdp_cmd(
            "Page.captureScreenshot",
            {
                "format": "png",
                "captureBeyondViewport": True,
                "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1},
            },
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(shot["data"]))

    def print_pdf(self) -> bytes:
        options = PrintOptions()
        options.background = False
        return base64.b64decode(self.driver.print_page(options))

    # keyboard

    def focusable(self) -> list[str]:
        """Mark and describe every element Tab should reach, in document order."""
        return self.run(MARK_FOCUSABLE)

    def press(self, key: str = Keys.TAB) -> dict | None:
        """Press ``key``; describe the element that has focus afterwards."""
        ActionChains(self.driver).send_keys(key).perform()
        return self.run(DESCRIBE_FOCUS)


def other_hosts(urls: list[str], base_url: str) -> list[str]:
    """The URLs not on the host of ``base_url``."""
    own = urlsplit(base_url).netloc
    return [url for url in urls if urlsplit(url).netloc != own]


# --- the Nu Html Checker ------------------------------------------------------------


def npm_package(name: str, version: str) -> Path:
    """The unpacked npm package ``name@version``, fetched once into .cache/."""
    folder = CACHE / f"{name.replace('/', '-')}-{version}"
    if (folder / "package" / "package.json").is_file():
        return folder / "package"
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("npm is missing; .ci/system-packages installs it")
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=CACHE) as download:
        subprocess.run(
            [npm, "pack", "--silent", f"{name}@{version}"],
            cwd=download, check=True, capture_output=True, text=True,
        )
        (archive,) = Path(download).glob("*.tgz")
        unpacked = Path(download) / "unpacked"
        with tarfile.open(archive) as tar:
            tar.extractall(unpacked, filter="data")
        try:
            unpacked.rename(folder)
        except OSError:
            # Another test run unpacked it at the same moment: use theirs.
            if not (folder / "package" / "package.json").is_file():
                raise
    return folder / "package"


def vnu_jar() -> Path:
    return npm_package("vnu-jar", VNU_VERSION) / "build" / "dist" / "vnu.jar"


def nu_html_checker(paths: list[Path], errors_only: bool = True) -> list[dict]:
    """The checker's messages about ``paths`` (HTML, CSS and SVG files, or folders of HTML)."""
    command = [
        shutil.which("java") or "java", "-jar", str(vnu_jar()),
        "--format", "json", "--skip-non-html", "--also-check-css", "--also-check-svg",
    ]
    if errors_only:
        command.append("--errors-only")
    result = subprocess.run(
        [*command, *map(str, paths)], capture_output=True, text=True, timeout=600
    )
    # vnu writes its JSON report to stderr, and exits 1 when it found errors.
    report = json.loads(result.stderr)
    return report["messages"]
