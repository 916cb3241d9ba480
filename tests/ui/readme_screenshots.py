"""The README's screenshots, made from the screenshot script's demo databases.

    .venv/bin/python -m tests.ui.readme_screenshots

Runs ``tests.ui.screenshots`` once per language into a temporary folder (1366×768, offscreen)
and copies the main pages into ``resources/screenshots/`` as ``<lang>-<page>.png``; the README
shows them. Rerun it after a visible change to one of these pages.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "resources" / "screenshots"
#: The pages the README shows, in its order.
PAGES = ("beranda", "kejadian-rincian", "penerima-cari", "penyaluran-pembayaran",
         "penyaluran-kelompok", "tagana-honor", "laporan", "persiapan-2-kantor")  # fmt: skip


def main() -> int:
    TARGET.mkdir(parents=True, exist_ok=True)
    for lang in ("id", "en"):
        with tempfile.TemporaryDirectory(prefix=f"tagana-readme-{lang}-") as folder:
            subprocess.run([sys.executable, "-m", "tests.ui.screenshots", "--out", folder,
                            "--lang", lang], cwd=ROOT, check=True)  # fmt: skip
            for page in PAGES:
                shutil.copyfile(Path(folder) / f"{page}.png", TARGET / f"{lang}-{page}.png")
    print(f"{len(PAGES) * 2} screenshots in {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
