"""Where the program keeps its files (user data directory), via ``platformdirs``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import PlatformDirs

from tagana_desk import APP_ID

_DIRS = PlatformDirs(appname=APP_ID, appauthor=False)


def _root() -> Path:
    # A PyInstaller bundle (resources/packaging/tagana-desk.spec) unpacks migrations/ and
    # resources/ into its data folder, sys._MEIPASS ("_internal" beside the program).
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        return Path(sys._MEIPASS).resolve()
    return Path(__file__).resolve().parent.parent


#: The repository / install root (holds ``migrations/`` and ``resources/``).
ROOT = _root()


def data_dir() -> Path:
    """The user data directory; ``TAGANA_DESK_HOME`` overrides it (tests, portable installs)."""
    override = os.environ.get("TAGANA_DESK_HOME")
    return Path(override) if override else Path(_DIRS.user_data_dir)


def default_database_path() -> Path:
    return data_dir() / "tagana-desk.db"


def backup_dir() -> Path:
    return data_dir() / "backups"


def log_dir() -> Path:
    return data_dir() / "logs"


def migrations_dir() -> Path:
    return ROOT / "migrations"


def resources_dir() -> Path:
    return ROOT / "resources"
