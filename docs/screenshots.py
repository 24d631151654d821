"""Render the screenshots the README shows: docs/report.png (the review report of the seed, a
finding's tooltip open) and docs/glossary.png (the glossary page searching a bad rendering).

    python docs/screenshots.py        (needs chromium, chromium-driver and pip install -e '.[test]')
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
sys.path.insert(0, str(ROOT / "tests"))

from browser import chromium, missing  # noqa: E402

SEED = "seeds/000_ea91957da586dbbb.txt"


def zhen(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "toolkit", *args], cwd=ROOT, check=True)


def main() -> int:
    if missing():
        print(f"cannot take screenshots: {missing()}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp, chromium() as browser:
        report, glossary = Path(tmp) / "report.html", Path(tmp) / "glossary.html"
        zhen("report", SEED, "-o", str(report))
        zhen("glossary", "export", "--format", "html", "-o", str(glossary))
        # Tall enough for the header, legend, summary, view buttons and the start of the text, with
        # the tooltip of a terminology finding open (focused, as a keyboard user would).
        browser.set_window_size(1280, 1400)
        browser.get(report.as_uri())
        mark = browser.find_element("css selector", "#viewer mark[data-code='T101']")
        browser.execute_script("arguments[0].focus({preventScroll: true})", mark)
        browser.save_screenshot(str(DOCS / "report.png"))
        browser.set_window_size(1280, 900)
        browser.get(glossary.as_uri())
        browser.find_element("id", "search").send_keys("strips")
        browser.save_screenshot(str(DOCS / "glossary.png"))
    print(f"written: {DOCS / 'report.png'}, {DOCS / 'glossary.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
