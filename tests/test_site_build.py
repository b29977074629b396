"""The build's output transaction, on real folders, real processes and real kernels.

Nothing of the file system is mocked: builds run in ``tmp_path``, concurrent
and killed builds are real processes, a full disk is a small tmpfs, and
read-only or undeletable folders are made with ``chattr +i``. The tests that
need root (chattr, mount) skip with the reason where that is not possible.
"""

from __future__ import annotations

import errno
import os
import signal
import socket
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import ROOT
from content_model import Problem
from site_build import PUBLISHED_SUFFIXES, OutputError, scan_staged, staged_output, swap
from site_build.transaction import WAIT_LINE

PLUGINS = ROOT / "plugins"


# --- helpers -----------------------------------------------------------------


def site(tag: str, count: int) -> dict[str, str]:
    """A site of ``count`` pages whose text names the build, and one page only it has."""
    files = {f"p{i:04}.html": f"{tag} {i}\n" for i in range(count)}
    files[f"{tag}-only.html"] = f"{tag}\n"
    return files


def write_site(folder: Path, files: dict[str, str | bytes]) -> None:
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data)


def read_site(folder: Path) -> dict[str, str]:
    found = {}
    for path in folder.rglob("*"):
        if path.is_file():
            found[path.relative_to(folder).as_posix()] = path.read_bytes().decode("latin-1")
    return found


def build(output: Path, files: dict[str, str | bytes], **options) -> list[str]:
    """One in-process build; returns what it said."""
    said: list[str] = []
    options.setdefault("say", said.append)
    with staged_output(output, **options) as staging:
        assert staging.is_dir() and not any(staging.iterdir())
        write_site(staging, files)
    return said


def leftovers(output: Path) -> list[str]:
    """Staging and previous folders beside ``output``."""
    return sorted(
        p.name
        for p in output.parent.iterdir()
        if p.name.startswith(output.name + ".building") or p.name.startswith(output.name + ".previous")
    )


def mtimes(folder: Path) -> dict[str, int]:
    return {
        p.relative_to(folder).as_posix(): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()
    }


# A build in its own process: writes `count` pages in `batches`, sleeping
# between them, and leaves marker files beside it so the test can time kills.
# With `hold`, it waits inside the build, holding the lock, until that file exists.
SLOW_BUILD = """
import sys, time
from pathlib import Path
sys.path.insert(0, {plugins!r})
import site_build.swap
from site_build import staged_output

output, tag, count, batches, seconds, markers, mode, hold = sys.argv[1:]
count, batches, seconds, markers = int(count), int(batches), float(seconds), Path(markers)
if mode == "fallback":
    site_build.swap.USE_RENAME_EXCHANGE = False
per_batch = max(1, count // batches)
(markers / "ready").touch()
with staged_output(Path(output)) as staging:
    (markers / "started").touch()
    deadline = time.monotonic() + 60
    while hold and not Path(hold).exists() and time.monotonic() < deadline:
        time.sleep(0.001)
    for i in range(count):
        (staging / f"p{{i:04}}.html").write_text(f"{{tag}} {{i}}\\n")
        if (i + 1) % per_batch == 0:
            time.sleep(seconds / batches)
    (staging / f"{{tag}}-only.html").write_text(f"{{tag}}\\n")
    (markers / "body-done").touch()
(markers / "published").touch()
print("klaar", flush=True)
"""


def slow_build_script(tmp_path: Path) -> Path:
    script = tmp_path / "slow_build.py"
    if not script.exists():
        script.write_text(SLOW_BUILD.format(plugins=str(PLUGINS)))
    return script


def start_build(
    tmp_path: Path,
    output: Path,
    tag: str,
    count: int,
    *,
    markers: Path,
    batches: int = 10,
    seconds: float = 1.0,
    mode: str = "exchange",
    hold: Path | None = None,
) -> subprocess.Popen:
    markers.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable, "-u", str(slow_build_script(tmp_path)), str(output), tag, str(count),
        str(batches), str(seconds), str(markers), mode, str(hold or ""),
    ]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(path: Path, process: subprocess.Popen, timeout: float = 60.0) -> bool:
    """Until ``path`` exists; False if the process ended first."""
    deadline = time.monotonic() + timeout
    while not path.exists():
        if process.poll() is not None:
            return path.exists()
        if time.monotonic() > deadline:
            raise AssertionError(f"{path.name} did not appear within {timeout} s")
        time.sleep(0.0005)
    return True


def chattr(flag: str, path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["chattr", flag, str(path)], capture_output=True, text=True)


@pytest.fixture
def immutable(tmp_path):
    """make(path): `chattr +i path`, undone after the test whatever happens."""
    if os.geteuid() != 0:
        pytest.skip("chattr +i needs root (the tests run as root in CI)")
    probe = tmp_path / "chattr-probe"
    probe.mkdir()
    tried = chattr("+i", probe)
    if tried.returncode != 0:
        pytest.skip(f"chattr +i does not work on this file system: {tried.stderr.strip()}")
    chattr("-i", probe)
    made: list[Path] = []

    def make(path: Path) -> None:
        done = chattr("+i", path)
        assert done.returncode == 0, done.stderr
        made.append(path)

    try:
        yield make
    finally:
        for path in reversed(made):
            chattr("-i", path)


@pytest.fixture
def tmpfs(tmp_path):
    """mount(folder, size): a tmpfs of ``size`` at ``folder``, unmounted after the test."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root (the tests run as root in CI)")
    mounted: list[Path] = []

    def mount(folder: Path, size: str = "1m") -> None:
        folder.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            pytest.skip(f"mounting a tmpfs is not permitted here: {done.stderr.strip()}")
        mounted.append(folder)

    try:
        yield mount
    finally:
        for folder in reversed(mounted):
            if subprocess.run(["umount", str(folder)], capture_output=True).returncode != 0:
                subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def assert_dutch(problems: list[Problem], *words: str) -> None:
    assert problems and all(isinstance(p, Problem) for p in problems)
    text = " ".join(p.reason for p in problems)
    for word in words:
        assert word in text, text
    assert "Traceback" not in text and "Error" not in text


# --- normal builds -----------------------------------------------------------


def test_a_build_replaces_the_output_whole_and_unchanged_files_keep_their_time(tmp_path):
    output = tmp_path / "site" / "output"  # the parent does not exist yet
    first = {"index.html": "welkom", "same.css": "body{}", "old-only.html": "weg", "img/a.png": "PNG"}
    assert build(output, first) == []
    assert read_site(output) == first
    past = time.time_ns() - 3600 * 10**9
    for path in output.rglob("*"):
        if path.is_file():
            os.utime(path, ns=(past, past))
    before = mtimes(output)

    second = {"index.html": "welkom terug", "same.css": "body{}", "img/a.png": "PNG", "new.html": "ja"}
    build(output, second)

    assert read_site(output) == second  # old-only.html is gone
    after = mtimes(output)
    assert after["same.css"] == before["same.css"]
    assert after["img/a.png"] == before["img/a.png"]
    assert after["index.html"] != before["index.html"]
    assert leftovers(output) == []
    assert (output.parent / "output.lock").is_file()  # created, never removed


def test_an_exception_in_the_build_leaves_the_output_exactly_as_it_was(tmp_path):
    output = tmp_path / "output"
    build(output, {"index.html": "goed", "a/b.html": "ook goed"})
    before, times = read_site(output), mtimes(output)
    inode = output.stat().st_ino

    with pytest.raises(RuntimeError, match="halfweg"):
        with staged_output(output, say=lambda line: None) as staging:
            (staging / "index.html").write_text("half")
            raise RuntimeError("halfweg gestopt")

    assert read_site(output) == before and mtimes(output) == times
    assert output.stat().st_ino == inode
    assert leftovers(output) == []


def test_the_atomic_exchange_is_what_this_machine_uses(tmp_path):
    if not sys.platform.startswith("linux"):
        pytest.skip("RENAME_EXCHANGE is Linux only")
    a, b = tmp_path / "a", tmp_path / "b"
    write_site(a, {"x.html": "a"})
    write_site(b, {"x.html": "b"})
    assert swap._exchange(a, b) is True  # else the kill tests below test only the fallback
    assert (a / "x.html").read_text() == "b" and (b / "x.html").read_text() == "a"


# --- one build at a time -------------------------------------------------------


def test_a_second_build_waits_and_gives_up_with_a_dutch_problem(tmp_path):
    output = tmp_path / "output"
    said: list[str] = []
    with staged_output(output, say=lambda line: None) as staging:
        (staging / "index.html").write_text("eerste")
        started = time.monotonic()
        with pytest.raises(OutputError) as caught:
            with staged_output(output, wait=0.5, say=said.append):
                pytest.fail("the second build must not start while the first one runs")
        assert time.monotonic() - started >= 0.45
    assert said == [WAIT_LINE]
    assert_dutch(caught.value.problems, "andere build", "bouw dan opnieuw")
    assert read_site(output) == {"index.html": "eerste"}  # the first build went on
    assert leftovers(output) == []


def test_two_builds_at_once_both_finish_one_after_the_other(tmp_path):
    output = tmp_path / "output"
    # The first build holds the lock until the second one is about to take it.
    first = start_build(
        tmp_path, output, "eerste", 10, markers=tmp_path / "m1", hold=tmp_path / "m2" / "ready"
    )
    assert wait_for(tmp_path / "m1" / "started", first)
    second = start_build(tmp_path, output, "tweede", 10, markers=tmp_path / "m2")
    out1, err1 = first.communicate(timeout=60)
    out2, err2 = second.communicate(timeout=60)

    assert first.returncode == 0, err1
    assert second.returncode == 0, err2
    assert WAIT_LINE not in out1
    assert WAIT_LINE in out2 and out2.count(WAIT_LINE) == 1
    first_done = (tmp_path / "m1" / "published").stat().st_mtime_ns
    assert (tmp_path / "m2" / "started").stat().st_mtime_ns >= first_done
    assert read_site(output) == site("tweede", 10)  # complete, and the last one
    assert leftovers(output) == []


# --- killed builds -------------------------------------------------------------

# (marker, seconds after it): while the pages are written (a 2-second build),
# and right after the body, when the site is checked, compared and swapped.
KILLS = [("started", s) for s in (0.0, 0.4, 0.8, 1.2, 1.6, 1.95)]
KILLS += [("body-done", s) for s in (0.0, 0.002, 0.01, 0.03)]
KILLS += [("published", 0.0)]
PAGES = 100


@pytest.mark.parametrize("mode", ["exchange", "fallback"])
def test_a_build_killed_at_any_moment_leaves_a_complete_site(tmp_path, monkeypatch, mode):
    if mode == "exchange" and not sys.platform.startswith("linux"):
        pytest.skip("RENAME_EXCHANGE is Linux only")
    monkeypatch.setattr(swap, "USE_RENAME_EXCHANGE", mode == "exchange")
    # File creation is slow on some disks (milliseconds each): a hundred pages
    # keep this test short and still make the check-and-swap phase last tens
    # of milliseconds.
    old, new = site("oud", PAGES), site("nieuw", PAGES)
    cases = []
    for number, (marker, delay) in enumerate(KILLS):
        output = tmp_path / f"case{number}" / "output"
        build(output, old)
        cases.append((output, marker, delay, tmp_path / f"markers{number}"))

    results: dict[int, dict] = {}

    def kill_later(number, output, marker, delay, markers):
        process = start_build(
            tmp_path, output, "nieuw", PAGES, batches=10, seconds=2.0, mode=mode, markers=markers
        )
        reached = wait_for(markers / marker, process)
        if delay:
            time.sleep(delay)
        # Still before publishing: the kill lands in the build or its swap.
        early = process.poll() is None and not (markers / "published").exists()
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        results[number] = {"reached": reached, "early": early, "stderr": process.stderr.read()}

    threads = [threading.Thread(target=kill_later, args=(n, *case)) for n, case in enumerate(cases)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    for number, (output, marker, delay, _) in enumerate(cases):
        result = results[number]
        assert result["reached"], result["stderr"]
        assert "Traceback" not in result["stderr"], result["stderr"]
        assert output.is_dir(), f"no output after a kill at {marker}+{delay}s"
        found = read_site(output)
        assert found in (old, new), f"a mixed site after a kill at {marker}+{delay}s"
        if marker == "started":
            assert found == old
        if marker == "published":
            assert found == new

        # The next build takes the lock at once and cleans what the kill left.
        said = build(output, site("volgende", 5), wait=5)
        assert WAIT_LINE not in said
        assert read_site(output) == site("volgende", 5)
        assert leftovers(output) == []

    # At least one kill landed after the pages were written, while the process
    # was checking, comparing or swapping: the window this test is about.
    after_body = [results[n]["early"] for n, case in enumerate(cases) if case[1] == "body-done"]
    assert any(after_body)


def test_the_fallback_swap_and_a_kill_between_its_two_renames(tmp_path, monkeypatch):
    monkeypatch.setattr(swap, "USE_RENAME_EXCHANGE", False)
    output = tmp_path / "output"
    build(output, site("oud", 20))
    build(output, site("nieuw", 20))  # the two-rename swap itself
    assert read_site(output) == site("nieuw", 20) and leftovers(output) == []

    # What a kill between `output -> output.previous` and `staging -> output` leaves.
    os.rename(output, tmp_path / "output.previous")
    write_site(tmp_path / "output.building", {"p0000.html": "half"})
    assert not output.exists()

    said: list[str] = []
    with staged_output(output, say=said.append) as staging:
        assert read_site(output) == site("nieuw", 20)  # put back before the build starts
        write_site(staging, site("derde", 20))
    assert any("teruggezet" in line for line in said), said
    assert read_site(output) == site("derde", 20)
    assert leftovers(output) == []


# --- leftovers that cannot be removed ------------------------------------------


def test_undeletable_leftovers_are_told_and_do_not_block_the_build(tmp_path, immutable):
    output = tmp_path / "output"
    build(output, site("oud", 5))
    stuck = [tmp_path / "output.previous", tmp_path / "output.building"]
    for folder in stuck:
        write_site(folder, {"vast.html": "vast"})
        immutable(folder)

    said = build(output, site("nieuw", 5))

    assert read_site(output) == site("nieuw", 5)
    for folder in stuck:
        notice = [line for line in said if str(folder) in line]
        assert len(notice) == 1, said
        assert "met de hand" in notice[0] and "chattr -R -i" in notice[0] and "rm -r" in notice[0]
        assert (folder / "vast.html").read_text() == "vast"
    assert leftovers(output) == ["output.building", "output.previous"]  # only the stuck ones


# --- file-system problems --------------------------------------------------------


def test_a_full_disk_is_a_dutch_problem_and_the_previous_site_stays(tmp_path, tmpfs):
    disk = tmp_path / "disk"
    tmpfs(disk, "1m")
    output = disk / "output"
    build(output, site("oud", 20))
    before = read_site(output)

    with pytest.raises(OutputError) as caught:
        with staged_output(output, say=lambda line: None) as staging:
            for i in range(40):  # 40 x 64 KiB does not fit in 1 MiB
                (staging / f"groot{i}.pdf").write_bytes(b"%" * 65536)

    problems = caught.value.problems
    assert len(problems) == 1 and problems[0].key == "schijf"
    assert_dutch(problems, "schijf is vol", "maak ruimte vrij")
    assert problems[0].file == "output"
    assert isinstance(caught.value.__cause__, OSError) and caught.value.__cause__.errno == errno.ENOSPC
    assert read_site(output) == before
    assert leftovers(output) == []


def test_a_read_only_folder_is_a_dutch_problem(tmp_path, immutable):
    parent = tmp_path / "site"
    output = parent / "output"
    build(output, site("oud", 5))
    immutable(parent)

    with pytest.raises(OutputError) as caught:
        with staged_output(output, say=lambda line: None):
            pytest.fail("no staging folder can be made in a read-only folder")

    assert_dutch(caught.value.problems, "kan niet schrijven in", "alleen-lezen of geen toegang")
    assert caught.value.problems[0].key == "map"
    assert "De build kon de site niet wegschrijven" in str(caught.value)
    assert read_site(output) == site("oud", 5)
    assert leftovers(output) == []


@pytest.mark.parametrize("how", ["immutable", "mount point"])
def test_an_output_folder_that_cannot_be_replaced_is_a_dutch_problem(tmp_path, how, request):
    output = tmp_path / "output"
    if how == "immutable":
        build(output, site("oud", 5))
        request.getfixturevalue("immutable")(output)
    else:
        request.getfixturevalue("tmpfs")(output, "1m")
        write_site(output, site("oud", 5))  # a site on a mount point, put there by hand

    with pytest.raises(OutputError) as caught:
        build(output, site("nieuw", 5))

    assert_dutch(caught.value.problems, "kan niet vervangen worden", "koppelpunt", "chattr +i")
    assert caught.value.problems[0].file == "output"
    assert read_site(output) == site("oud", 5)
    assert leftovers(output) == []


# --- what a built site may hold ------------------------------------------------


def test_scan_refuses_links_special_files_and_other_types(tmp_path):
    staging = tmp_path / "output.building"
    allowed = {f"ok/bestand{suffix}": "x" for suffix in PUBLISHED_SUFFIXES}
    allowed.update({"CNAME": "wijkraad.be", ".nojekyll": "", "bijlagen/VERSLAG.PDF": "%PDF"})
    refused = {
        "extra/script.sh": "#!/bin/sh",
        "extra/setup.exe": "MZ",
        "bijlagen/notities.md": "# x",
        "extra/CNAME": "",  # allowed at the top only
        "README": "lees mij",
    }
    write_site(staging, {**allowed, **refused})
    (staging / "extra" / "link.html").symlink_to("/etc/passwd")
    (staging / "linkmap").symlink_to(staging / "ok")
    os.mkfifo(staging / "extra" / "pijp.html")
    listener = socket.socket(socket.AF_UNIX)
    old_cwd = os.getcwd()
    os.chdir(staging / "extra")  # a short socket path
    try:
        listener.bind("stopcontact.css")
    finally:
        os.chdir(old_cwd)
    special = ["extra/link.html", "linkmap", "extra/pijp.html", "extra/stopcontact.css"]
    if os.geteuid() == 0:
        os.mknod(staging / "extra" / "apparaat.png", stat.S_IFCHR | 0o600, os.makedev(1, 3))
        special.append("extra/apparaat.png")

    try:
        problems = scan_staged(staging)
    finally:
        listener.close()

    assert [p.file for p in problems] == sorted(f"output/{name}" for name in [*refused, *special])
    reasons = {p.file.removeprefix("output/"): p.reason for p in problems}
    assert "symbolische link" in reasons["extra/link.html"]
    assert "symbolische link" in reasons["linkmap"]
    assert "named pipe" in reasons["extra/pijp.html"]
    assert "socket" in reasons["extra/stopcontact.css"]
    if "extra/apparaat.png" in reasons:
        assert "apparaatbestand" in reasons["extra/apparaat.png"]
    assert "bestandstype .sh mag niet gepubliceerd worden" in reasons["extra/script.sh"]
    assert "bestandstype .exe" in reasons["extra/setup.exe"]
    assert "geen bestandstype" in reasons["README"]
    assert all(p.key == "bestand" for p in problems)


def test_a_refused_site_is_not_published(tmp_path):
    output = tmp_path / "output"
    build(output, site("oud", 5))
    before, times = read_site(output), mtimes(output)

    with pytest.raises(OutputError) as caught:
        with staged_output(output, say=lambda line: None) as staging:
            write_site(staging, site("nieuw", 5))
            write_site(staging, {"extra/run.sh": "rm -rf /"})
            (staging / "geheim.html").symlink_to("/etc/shadow")

    assert [p.file for p in caught.value.problems] == ["output/extra/run.sh", "output/geheim.html"]
    assert "niet gepubliceerd mogen worden" in str(caught.value)
    assert read_site(output) == before and mtimes(output) == times
    assert leftovers(output) == []


def test_the_example_site_holds_only_published_types(example_site):
    """PUBLISHED_SUFFIXES covers what this site's build really writes."""
    assert scan_staged(example_site, shown_as="output") == []
