"""The layer boundaries of ARCHITECTURE.md, enforced: an unenforced boundary erodes.

``domain``, ``db``, ``services``, ``reports`` (and ``paths``) never import PySide6 or
``tagana_desk.ui``; the UI never imports the ORM models; ``domain`` stays pure (no database).
Checked statically (every import statement, also inside functions) and dynamically (importing
every module in a fresh interpreter must not load Qt).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "tagana_desk"
CORE_LAYERS = ("domain", "db", "services", "reports")

QT_OR_UI = ("PySide6", "tagana_desk.ui")
ORM = ("tagana_desk.db.models",)
DATABASE = ("sqlalchemy", "alembic", "tagana_desk.db", "tagana_desk.services")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _python_files(*folders: Path) -> list[Path]:
    return sorted(p for folder in folders for p in folder.rglob("*.py") if p.is_file())


def _core_files() -> list[Path]:
    return _python_files(*(PACKAGE / layer for layer in CORE_LAYERS)) + [PACKAGE / "paths.py"]


def imported_names(source: str, module: str, *, is_package: bool = False) -> set[str]:
    """Every module a source file can import: ``import``/``from`` statements anywhere (also in
    functions and ``if TYPE_CHECKING`` blocks), ``from x import y`` as both ``x`` and ``x.y``,
    relative imports resolved, and ``importlib.import_module("…")``/``__import__("…")`` calls
    with a literal name."""
    names: set[str] = set()
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module or ""
            names.add(prefix)
            names.update(f"{prefix}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if (
                called in ("import_module", "__import__")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                names.add(node.args[0].value)
    return names


def _matches(name: str, forbidden: tuple[str, ...]) -> bool:
    return any(name == f or name.startswith(f + ".") for f in forbidden)


def violations(files: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in files:
        module = _module_name(path)
        names = imported_names(
            path.read_text(encoding="utf-8"), module, is_package=path.name == "__init__.py"
        )
        found.extend(
            f"{path.relative_to(ROOT)} imports {name}"
            for name in sorted(names)
            if _matches(name, forbidden)
        )
    return found


# --- The checker itself must be able to fail --------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "import PySide6",
        "from PySide6.QtCore import QObject",
        "import PySide6.QtWidgets as w",
        "def f():\n    from PySide6 import QtGui\n",
        "class A:\n    def m(self):\n        import tagana_desk.ui.main_window\n",
        "from tagana_desk import ui",
        "from ..ui import pages",
        "import importlib\nimportlib.import_module('PySide6.QtCore')",
        "if False:\n    from tagana_desk.ui.pages import home\n",
    ],
)
def test_checker_sees_forbidden_imports(source):
    names = imported_names(source, "tagana_desk.services.example")
    assert any(_matches(n, QT_OR_UI) for n in names), names


@pytest.mark.parametrize(
    "source",
    [
        "import PySide6_helpers",  # a different package that merely starts with the name
        "from tagana_desk import uix",
        "from tagana_desk.services import users",
        "import sqlalchemy",
    ],
)
def test_checker_does_not_cry_wolf(source):
    names = imported_names(source, "tagana_desk.services.example")
    assert not any(_matches(n, QT_OR_UI) for n in names), names


def test_relative_imports_are_resolved():
    names = imported_names("from .. import models", "tagana_desk.db.models.funds")
    assert "tagana_desk.db.models" in names
    names = imported_names("from . import x", "tagana_desk.db.models", is_package=True)
    assert "tagana_desk.db.models.x" in names


# --- The boundaries -----------------------------------------------------------------------------


def test_core_files_are_found():
    names = {_module_name(p) for p in _core_files()}
    for expected in (
        "tagana_desk.domain.identity",
        "tagana_desk.db.engine",
        "tagana_desk.db.models.funds",
        "tagana_desk.services.funds",
        "tagana_desk.paths",
    ):
        assert expected in names


def test_core_layers_do_not_import_qt_or_ui_statically():
    assert violations(_core_files(), QT_OR_UI) == []


def test_domain_is_pure_python():
    files = _python_files(PACKAGE / "domain")
    assert files
    assert violations(files, DATABASE + QT_OR_UI) == []


def test_ui_never_touches_the_orm():
    files = _python_files(PACKAGE / "ui")
    if not files:
        pytest.skip("tagana_desk/ui has no Python files yet")
    assert violations(files, ORM) == []


_IMPORT_ALL = """
import importlib, json, sys
names = json.loads(sys.argv[1])
for name in names:
    importlib.import_module(name)
loaded = sorted(m for m in sys.modules if m == "PySide6" or m.startswith(("PySide6.", "shiboken6"))
                or m == "tagana_desk.ui" or m.startswith("tagana_desk.ui."))
print(json.dumps({"imported": len(names), "qt": loaded}))
"""


def test_core_layers_do_not_load_qt_at_import_time():
    modules = sorted({_module_name(p) for p in _core_files()})
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL, json.dumps(modules)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"imported": len(modules), "qt": []}


def test_dynamic_check_would_see_qt():
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL, json.dumps(["tagana_desk.paths", "PySide6.QtCore"])],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "PySide6" in json.loads(result.stdout.strip().splitlines()[-1])["qt"]
