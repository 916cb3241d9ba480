"""Tagana Desk: ``python main.py`` is the same program as ``tagana-desk``."""

from tagana_desk.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
