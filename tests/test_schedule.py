"""Scheduled publication: a post dated later is held back until then (site_build.schedule,
site_rules.clock.is_published, the reader, the wijkkrant, tasks.schedule and tasks.keepalive)."""

from __future__ import annotations

import datetime as dt
import http.server
import json
import threading
from zoneinfo import ZoneInfo

import feedparser

from conftest import EPOCH, build, invoke, make_project, write_tree
from editor_tools.error_catalogue import BASE
from pages import page

BRUSSELS = ZoneInfo("Europe/Brussels")
NOW = dt.datetime.fromtimestamp(int(EPOCH), BRUSSELS)  # Saturday 21 November 2026, 12:00


def epoch(moment: dt.datetime) -> str:
    return str(int(moment.timestamp()))


SCHEDULED = {
    **BASE,
    "berichten/welkom.md": "---\ntitle: Welkom\ndate: 2026-11-01\ncouncil: sint-anna\n---\nAl lang online.\n",
    "berichten/later.md": "---\ntitle: Later nieuws\ndate: 2026-11-21 14:00\ncouncil: sint-anna\n---\nOm twee uur.\n",
    "paginas/straks.md": "---\ntitle: Straks\ndate: 2026-12-01\n---\nEen pagina voor december.\n",
}


def test_a_post_dated_later_is_held_back_until_its_moment(tmp_path):
    project = make_project(tmp_path, write_tree(tmp_path / "src", SCHEDULED))
    before = build(project, epoch=EPOCH)
    assert before.returncode == 0, before.stderr
    output = project / "output"
    assert (output / "berichten" / "welkom" / "index.html").is_file()
    assert not (output / "berichten" / "later").exists() and not (output / "straks").exists()
    feed = feedparser.parse((output / "feeds" / "alles.rss.xml").read_bytes())
    assert "Later nieuws" not in [entry.title for entry in feed.entries] and "Welkom" in [entry.title for entry in feed.entries]
    assert "Later nieuws" not in (output / "index.html").read_text(encoding="utf-8")
    # The editor is told when it will appear, and the build goes on.
    assert "content/berichten/later.md: date: gepland: verschijnt op 21-11-2026 om 14:00" in before.stderr
    assert "content/paginas/straks.md: date: gepland: verschijnt op 01-12-2026 om 00:00" in before.stderr

    # The first build after 14:00 publishes it, without anyone changing a file.
    after = build(project, epoch=epoch(NOW.replace(hour=14, minute=17)))
    assert after.returncode == 0, after.stderr
    assert page(output, "/berichten/later/").h1.get_text(strip=True) == "Later nieuws"
    feed = feedparser.parse((output / "feeds" / "alles.rss.xml").read_bytes())
    assert [entry.title for entry in feed.entries][0] == "Later nieuws"  # the newest
    assert "later.md" not in after.stderr
    assert not (output / "straks").exists()


def test_a_wijkkrant_edition_dated_later_is_held_back(tmp_path):
    files = {
        **BASE,
        "wijkkrant/2026-q4.md": "---\ntitle: Wijkkrant winter\ndate: 2026-12-15\npublisher:\n"
        "  name: Marleen Peeters\n  address: Kerkstraat 12, 3500 Bergen-Oost\n---\nBeste buren,\n",
    }
    project = make_project(tmp_path, write_tree(tmp_path / "src", files))
    result = build(project, epoch=EPOCH)
    assert result.returncode == 0, result.stderr
    assert not (project / "output" / "wijkkrant" / "2026-q4.pdf").exists()
    assert "content/wijkkrant/2026-q4.md: date: gepland: verschijnt op 15-12-2026" in result.stderr


def test_the_publication_report_says_what_went_online_and_what_is_scheduled(tmp_path):
    project = make_project(tmp_path, write_tree(tmp_path / "src", SCHEDULED))
    summary = tmp_path / "summary.md"
    result = invoke(project, "schedule", "--summary", epoch=epoch(NOW.replace(hour=14, minute=17)),
                    GITHUB_STEP_SUMMARY=str(summary))
    assert result.returncode == 0, result.stderr
    report = summary.read_text(encoding="utf-8")
    assert report.startswith("## Publicatie van 21-11-2026 om 14:17\n")
    assert "Nieuw online (gepland in het afgelopen uur):\n- `content/berichten/later.md` (gepland op 21-11-2026 om 14:00)" in report
    assert "Nog gepland:\n- `content/paginas/straks.md` verschijnt op 01-12-2026 om 00:00" in report
    assert "welkom" not in report  # online for weeks: not new
    # Outside GitHub Actions there is no summary to write to.
    refused = invoke(project, "schedule", "--summary", GITHUB_STEP_SUMMARY="")
    assert refused.returncode == 1 and "GITHUB_STEP_SUMMARY" in refused.stderr


class _Api(http.server.BaseHTTPRequestHandler):
    seen: list = []

    def do_PUT(self):
        length = int(self.headers.get("Content-Length") or 0)
        _Api.seen.append((self.path, self.headers.get("Authorization"), json.loads(self.rfile.read(length) or b"{}")))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_keepalive_enables_the_publish_workflow_through_the_api(tmp_path):
    """Against a local stand-in for api.github.com (GITHUB_API_URL, as GitHub Actions sets it)."""
    server = http.server.HTTPServer(("127.0.0.1", 0), _Api)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        project = make_project(tmp_path, write_tree(tmp_path / "src", BASE))
        result = invoke(project, "keepalive", GITHUB_API_URL=f"http://127.0.0.1:{server.server_port}",
                        GITHUB_REPOSITORY="wijkraad/website", GITHUB_TOKEN="t0ken")
    finally:
        server.shutdown()
    assert result.returncode == 0, result.stderr
    assert _Api.seen == [("/repos/wijkraad/website/actions/workflows/publiceren.yml/enable", "Bearer t0ken", {})]
    assert "blijft actief" in result.stdout
    missing = invoke(project, "keepalive", GITHUB_API_URL="", GITHUB_REPOSITORY="", GITHUB_TOKEN="")
    assert missing.returncode == 1 and "Alleen in GitHub Actions" in missing.stderr
