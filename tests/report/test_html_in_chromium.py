"""The HTML report opened in a real browser: headless Chromium renders it without console errors, the
chart and every diagnosis are in the rendered DOM, a screenshot is taken, and a CJK font is installed.

Skipped where Chromium is absent (CI installs it with fonts-noto-cjk, see .ci/run). The screenshot is
also copied to /tmp/report_screenshot.png for a person to look at.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
from html import escape
from pathlib import Path

import pytest

from diagnose.batch.evaluate import evaluate_item
from diagnose.i18n import t
from diagnose.io.records import Item
from diagnose.knowledge.base import KnowledgeBase
from diagnose.report.html import render_html
from diagnose.report.model import Report

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "multi_diagnosis.json"
SHOWN = Path("/tmp/report_screenshot.png")
TIMEOUT = 180


def chromium() -> str | None:
    if os.access("/usr/bin/chromium", os.X_OK):
        return "/usr/bin/chromium"
    return shutil.which("chromium")


def run(binary: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
    ]
    try:
        return subprocess.run(
            [binary, *flags, *args],
            capture_output=True,
            text=True,
            errors="replace",
            timeout=TIMEOUT,
            env={**os.environ, "HOME": str(profile)},
        )
    except subprocess.TimeoutExpired as e:
        pytest.fail(f"chromium did not finish within {TIMEOUT}s: {e.cmd}")


@pytest.fixture(scope="module")
def page(kb: KnowledgeBase, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Report]:
    result = evaluate_item(kb, Item(1, value=json.loads(EXAMPLE.read_text(encoding="utf-8"))), "zh")
    assert isinstance(result, Report)
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(render_html(kb, [result], "zh"), encoding="utf-8")
    return path, result


@pytest.fixture(scope="module")
def browser() -> str:
    binary = chromium()
    if binary is None:
        pytest.skip("Chromium is not installed (/usr/bin/chromium or chromium on PATH); apt-get install chromium")
    return binary


def test_rendered_dom_holds_chart_and_every_diagnosis_without_console_errors(
    browser: str, page: tuple[Path, Report], tmp_path: Path
) -> None:
    path, report = page
    url = path.as_uri()
    done = run(browser, tmp_path / "profile", "--enable-logging=stderr", "--v=0", "--dump-dom", url)
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    assert dom.lstrip().lower().startswith("<!doctype html>") and '<html lang="zh-CN">' in dom
    assert dom.count("<svg") == 1 and dom.count('class="bar bar-') == len(report.diagnoses)
    for d in report.diagnoses:
        assert escape(d.title, quote=False) in dom
    # the one-minute summary comes first: the picture, the top recommendations with who acts, coverage
    summary = dom.split('<section class="summary" id="c1-summary">', 1)[1].split("</section>", 1)[0]
    assert dom.index('id="c1-summary"') < dom.index('<section class="diagnoses">')
    assert 'class="picture verdict-found"' in summary and 'class="coverage"' in summary
    for rec in report.recommendations[:3]:
        assert escape(rec.title, quote=False) in summary and t("level_" + rec.level, "zh") in summary
    problems = [
        line
        for line in done.stderr.splitlines()
        if "Uncaught" in line or "ERROR:CONSOLE" in line or (":CONSOLE" in line and url in line)
    ]
    assert not problems, "\n".join(problems)


def test_screenshot_of_the_report(browser: str, page: tuple[Path, Report], tmp_path: Path) -> None:
    path, _ = page
    shot = tmp_path / "report.png"
    done = run(
        browser,
        tmp_path / "profile",
        "--hide-scrollbars",
        f"--screenshot={shot}",
        "--window-size=1200,2000",
        path.as_uri(),
    )
    assert done.returncode == 0, done.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1200, 2000)
    assert len(data) > 50_000  # a rendered page, not a blank one
    try:
        shutil.copyfile(shot, SHOWN)
    except OSError as e:  # not fatal: the copy is only for a person to look at
        print(f"could not copy the screenshot to {SHOWN}: {e}")


def test_a_cjk_font_is_installed(browser: str) -> None:
    fc_list = shutil.which("fc-list")
    assert fc_list, "fontconfig's fc-list is missing"
    fonts = subprocess.run([fc_list, ":lang=zh", "family"], capture_output=True, text=True, timeout=60).stdout
    assert fonts.strip(), "no font covers Chinese: apt-get install fonts-noto-cjk"
