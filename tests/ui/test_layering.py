"""ui → services → db/domain: the GUI never reaches the ORM models."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "tagana_desk" / "ui"


def test_ui_does_not_import_the_orm_models():
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            if any(n.startswith("tagana_desk.db.models") for n in names):
                offenders.append(str(path.relative_to(UI)))
    assert offenders == []
