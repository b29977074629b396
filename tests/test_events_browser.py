"""The agenda and an event page in a real browser, at the width of a small, old phone.

Headless Chromium lays out each page in a 320 px wide frame; a script in the
surrounding page measures what a reader would notice: sideways scrolling,
buttons and links too small to tap, button text that is hard to read.
"""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import subprocess
import threading

import pytest
from bs4 import BeautifulSoup

PHONE_WIDTH = 320
PAGES = ["/agenda/", "/raden/molenveld/agenda/", "/agenda/archief/", "/", "/evenementen/buurtfeest-2027/",
         "/evenementen/open-forum-december/"]

PROBE = """<!DOCTYPE html>
<html><body>
%(frames)s
<script>
function luminance(color) {
  var c = color.match(/[\\d.]+/g).slice(0, 3).map(function (v) {
    v = v / 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}
window.addEventListener("load", function () {
  var results = {};
  document.querySelectorAll("iframe").forEach(function (frame) {
    var doc = frame.contentDocument, win = frame.contentWindow;
    var small = [], buttons = [];
    doc.querySelectorAll(".button, .event-card a, .event-facts a, .agenda-councils a, .calendar-subscribe a")
      .forEach(function (a) {
        var box = a.getBoundingClientRect(), wanted = a.classList.contains("button") ? 44 : 24;
        if (box.height < wanted || box.width < 24) small.push(a.textContent.trim() + " " + box.width + "x" + box.height);
      });
    doc.querySelectorAll(".button").forEach(function (a) {
      var style = win.getComputedStyle(a);
      var l1 = luminance(style.color), l2 = luminance(style.backgroundColor);
      buttons.push({text: a.textContent.trim(), contrast: (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05)});
    });
    results[frame.dataset.url] = {
      loaded: !!doc.querySelector("h1"),
      overflow: doc.documentElement.scrollWidth - doc.documentElement.clientWidth,
      small: small,
      buttons: buttons
    };
  });
  document.body.setAttribute("data-results", JSON.stringify(results));
});
</script>
</body></html>
"""


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def measured(example_site, tmp_path_factory):
    if not shutil.which("chromium"):
        pytest.fail("chromium is not installed (.ci/system-packages installs it)")
    root = tmp_path_factory.mktemp("browser") / "site"
    shutil.copytree(example_site, root)
    frames = "\n".join(
        f'<iframe data-url="{url}" src="{url}" width="{PHONE_WIDTH}" height="700"></iframe>' for url in PAGES
    )
    (root / "_probe.html").write_text(PROBE % {"frames": frames}, encoding="utf-8")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        result = subprocess.run(
            [
                "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
                "--dump-dom", f"http://127.0.0.1:{server.server_address[1]}/_probe.html",
            ],
            capture_output=True, text=True, timeout=120,
        )
    finally:
        server.shutdown()
        server.server_close()
    body = BeautifulSoup(result.stdout, "html.parser").body
    assert body is not None and body.get("data-results"), result.stderr[-2000:]
    return json.loads(body["data-results"])


@pytest.mark.parametrize("url", PAGES)
def test_page_fits_a_small_phone_and_is_easy_to_tap(measured, url):
    page = measured[url]
    assert page["loaded"], url
    assert page["overflow"] <= 0, f"{url} scrolls sideways by {page['overflow']} px"
    assert page["small"] == [], url
    for button in page["buttons"]:
        assert button["contrast"] >= 4.5, (url, button)


def test_event_page_has_its_calendar_button(measured):
    texts = [b["text"] for b in measured["/evenementen/buurtfeest-2027/"]["buttons"]]
    assert texts == ["Zet in je agenda"]
