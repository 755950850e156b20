"""Run every benchmark script in turn (`make bench`)."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = [
    "country_page.py",
    "needs_browser.py",
    "exports.py",
    "search_speed.py",
    "report_pdf.py",
]

if __name__ == "__main__":
    failed = 0
    for script in SCRIPTS:
        if not (HERE / script).exists():
            continue
        print(f"== {script}", flush=True)
        failed |= subprocess.call(
            [sys.executable, str(HERE / script), *sys.argv[1:]], cwd=HERE
        )
    sys.exit(failed)
