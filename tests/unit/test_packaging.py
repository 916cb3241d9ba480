"""The PyInstaller bundle (resources/packaging/tagana-desk.spec) ships what the program loads.

Building the bundle takes minutes (resources/packaging/build_bundle.py does it and runs the
result); these checks read the spec without PyInstaller and take milliseconds:

- every data source it names exists (Alembic's files, the icon), and what the program opens
  from ``paths.migrations_dir()`` / ``resources_dir()`` is among them;
- every module PyInstaller cannot find by following imports from main.py is a hidden import:
  whatever the migrations (data files, loaded by Alembic) import, and every ``tagana_desk``
  module, lazily imported or not, must be reachable from main.py or listed.
"""

from __future__ import annotations

import ast
import glob
import importlib.util
import sys
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "resources" / "packaging" / "tagana-desk.spec"
PACKAGE = ROOT / "tagana_desk"


@cache
def spec_literals() -> dict[str, object]:
    """The spec's top-level literal assignments (DATA, HIDDENIMPORTS, …); it must parse."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    found: dict[str, object] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id.isupper():
                try:
                    found[target.id] = ast.literal_eval(node.value)
                except ValueError:
                    continue  # computed (ROOT = Path(SPECPATH)…)
    return found


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def package_modules() -> dict[str, Path]:
    return {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def _is_module(name: str) -> bool:
    if name in package_modules():
        return True
    if name.startswith("tagana_desk"):
        return False
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def _import_nodes(path: Path, *, lazy_only: bool = False) -> list[ast.Import | ast.ImportFrom]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    scopes: list[ast.AST] = [tree]
    if lazy_only:  # the bodies of functions (and methods): imports that run when called
        scopes = [
            n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
        ]
    return [
        n for scope in scopes for n in ast.walk(scope) if isinstance(n, ast.Import | ast.ImportFrom)
    ]


def _imports(path: Path, *, lazy_only: bool = False) -> set[str]:
    """The modules a file imports, at the top or inside a function (as PyInstaller sees them).

    ``from a.b import c`` counts ``a.b`` and, when ``c`` is a module, ``a.b.c``.
    """
    here = _module_name(path) if path.is_relative_to(PACKAGE) else ""
    is_package = path.name == "__init__.py"
    names: set[str] = set()
    for node in _import_nodes(path, lazy_only=lazy_only):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
            continue
        if node.level:
            base = here.split(".")
            base = base[: len(base) - node.level + (1 if is_package else 0)]
            module = ".".join(base + ([node.module] if node.module else []))
        else:
            module = node.module or ""
        names.add(module)
        names.update(
            f"{module}.{alias.name}" for alias in node.names if _is_module(f"{module}.{alias.name}")
        )
    names.discard("__future__")
    return names


def _with_parents(name: str) -> set[str]:
    """Importing ``a.b.c`` runs ``a`` and ``a.b`` first."""
    parts = name.split(".")
    return {".".join(parts[:i]) for i in range(1, len(parts) + 1)}


def _reachable(roots: set[str]) -> set[str]:
    """Our modules reached from ``roots`` by following every import."""
    modules = package_modules()
    seen: set[str] = set()
    todo = [m for root in roots for m in _with_parents(root) if m in modules]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for imported in _imports(modules[name]):
            todo.extend(m for m in _with_parents(imported) if m in modules and m not in seen)
    return seen


def _migration_files() -> list[Path]:
    return [
        ROOT / "migrations" / "env.py",
        *sorted((ROOT / "migrations" / "versions").glob("*.py")),
    ]


def _bundled_files() -> set[Path]:
    files: set[Path] = set()
    for pattern, _required in spec_literals()["DATA"]:
        files.update(Path(p).resolve() for p in glob.glob(str(ROOT / pattern), recursive=True))
    return {p for p in files if p.is_file()}


def test_spec_names_its_data_and_each_required_source_exists():
    literals = spec_literals()
    for key in ("DATA", "HIDDENIMPORTS", "QT_EXCLUDES", "DROP_BINARIES"):
        assert key in literals, f"tagana-desk.spec has no literal {key}"
    patterns = {pattern: required for pattern, required in literals["DATA"]}
    for pattern, required in patterns.items():
        matches = [p for p in glob.glob(str(ROOT / pattern), recursive=True) if Path(p).is_file()]
        assert matches or not required, f"{pattern}: nothing matches, the build would stop"
    for needed in ("migrations/env.py", "migrations/versions/*.py", "resources/icons/**/*"):
        assert patterns.get(needed) is True, f"{needed} must be a required data source"


def test_what_the_program_opens_from_its_root_is_bundled():
    bundled = _bundled_files()
    alembic = [ROOT / "migrations" / "env.py", ROOT / "migrations" / "script.py.mako"]
    revisions = sorted((ROOT / "migrations" / "versions").glob("*.py"))
    assert revisions, "no Alembic revisions"
    icon = ROOT / "resources" / "icons" / "tagana-desk.svg"
    for path in [*alembic, *revisions, icon]:
        assert path.resolve() in bundled, f"{path.relative_to(ROOT)} is not in the bundle"
    # Compiled translations (build_bundle.py runs pyside6-lrelease first) go in too.
    for ts in (PACKAGE / "i18n").glob("*.ts"):
        qm = ROOT / "resources" / "i18n" / f"{ts.stem}.qm"
        if qm.exists():
            assert qm.resolve() in bundled, f"{qm.relative_to(ROOT)} is not in the bundle"
    # Nothing of the packaging itself, no caches.
    assert not [p for p in bundled if "__pycache__" in p.parts or "packaging" in p.parts]


def _covered(name: str, hidden: set[str]) -> bool:
    """Listed, or the parent package of a listed module (importing a.b imports a)."""
    return any(h == name or h.startswith(name + ".") for h in hidden)


def test_modules_the_migrations_import_are_hidden_imports():
    """Alembic loads migrations/*.py from files: PyInstaller never sees what they import."""
    hidden = set(spec_literals()["HIDDENIMPORTS"])
    for path in _migration_files():
        for name in _imports(path):
            if name.split(".")[0] in sys.stdlib_module_names:
                continue
            assert _covered(name, hidden), (
                f"{path.relative_to(ROOT)} imports {name}: add it to HIDDENIMPORTS in "
                "resources/packaging/tagana-desk.spec"
            )


def test_every_lazily_imported_module_of_ours_is_reachable_or_hidden():
    """PyInstaller follows imports (those inside functions too) from main.py and the hidden
    imports. A module imported lazily from code that is itself loaded some other way (Alembic's
    files, importlib, a string) would be missing from the bundle."""
    hidden = set(spec_literals()["HIDDENIMPORTS"])
    reached = _reachable(_imports(ROOT / "main.py") | hidden)
    lazy = {
        name: sorted(n for n in _imports(path, lazy_only=True) if n.startswith("tagana_desk"))
        for name, path in [
            *package_modules().items(),
            *(("migrations", p) for p in _migration_files()),
        ]
    }
    assert sum(map(len, lazy.values())) > 20  # the CLI imports its services lazily
    missing = {who: [n for n in names if n not in reached and n not in hidden]
               for who, names in lazy.items()}  # fmt: skip
    missing = {who: names for who, names in missing.items() if names}
    assert not missing, f"not reachable from main.py: {missing}; list them in HIDDENIMPORTS"
    assert {"tagana_desk.cli", "tagana_desk.ui.app", "tagana_desk.db.migrate"} <= reached


def test_every_lazy_import_of_ours_resolves():
    """An import inside a function runs only when it is called: a typo there (or a module that
    was moved) would fail in the bundle on a customer's PC, not at start."""
    modules = package_modules()
    for name, path in modules.items():
        for imported in _imports(path):
            if imported.startswith("tagana_desk"):
                assert imported in modules, f"{name} imports {imported}, which does not exist"


@pytest.mark.parametrize("name", ["alembic.op", "sqlalchemy.dialects.sqlite.pysqlite",
                                  "sqlalchemy.dialects.postgresql.psycopg", "psycopg_binary"])  # fmt: skip
def test_hidden_imports_exist(name):
    assert name in spec_literals()["HIDDENIMPORTS"]
    assert importlib.util.find_spec(name) is not None, f"{name} is not installed"
