"""Keeping the Qt Linguist catalogues in step with the code.

    .venv/bin/python -m tagana_desk.ui.translations update   # lupdate; says what is missing
    .venv/bin/python -m tagana_desk.ui.translations check    # exit 1 listing what is not done

``update`` runs PySide6's ``lupdate`` over ``tagana_desk/ui`` into ``tagana_desk_en.ts`` and
``tagana_desk_id.ts``: texts new in the code are added (English ones unfinished, for a translator
to fill in, e.g. with ``pyside6-linguist``), translations of unchanged texts are kept, texts no
longer in the code are dropped. Indonesian is the source language, so ``tagana_desk_id.ts`` is
filled in with the source texts themselves. ``check`` lists texts in the code that a catalogue
lacks, English translations that are empty or unfinished, and translations whose ``{name}``
placeholders, ``%1`` arguments or ``&`` accelerators differ from their source.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from tagana_desk.ui.i18n import CATALOGUE, TS_DIR, qt_tool

UI_DIR = Path(__file__).resolve().parent
#: The catalogue Qt's own strings are in (maintained by hand: lupdate does not read Qt).
QTBASE_ID = TS_DIR / "qtbase_id.ts"

_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%\d")
# An accelerator: "&" before a letter, not "&&" and not an entity such as "&amp;".
_ACCELERATOR = re.compile(r"(?<!&)&(?![&#]|[A-Za-z]+;)(?=\w)")


@dataclass(frozen=True, slots=True)
class Message:
    context: str
    source: str
    comment: str
    translation: str
    finished: bool

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    def describe(self) -> str:
        where = f"{self.context}/{self.comment}" if self.comment else self.context
        return f"[{where}] {self.source!r}"


def catalogue(language: str) -> Path:
    return TS_DIR / f"{CATALOGUE}_{language}.ts"


def ui_sources() -> list[Path]:
    """Every Python file of the GUI, in a stable order."""
    return sorted(p for p in UI_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(ts: Path, language: str, sources: list[Path] | None = None) -> None:
    """Merge the texts of ``sources`` (default: the GUI) into ``ts``; obsolete ones dropped."""
    files = [str(p) for p in (sources if sources is not None else ui_sources())]
    subprocess.run(
        [str(qt_tool("lupdate")), "-silent", "-no-obsolete", "-locations", "none",
         "-source-language", "id", "-target-language", language, *files, "-ts", str(ts)],
        check=True, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def read_messages(ts: Path) -> list[Message]:
    """The current (not obsolete) messages of a ``.ts`` file, in file order."""
    found: list[Message] = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            found.append(
                Message(
                    name, message.findtext("source") or "", message.findtext("comment") or "",
                    (translation.text or "") if translation is not None else "", kind is None,
                )
            )  # fmt: skip
    return found


def code_messages() -> list[Message]:
    """The texts the GUI code asks to translate, as a fresh ``lupdate`` finds them."""
    with tempfile.TemporaryDirectory(prefix="tagana-lupdate-") as tmp:
        ts = Path(tmp) / "code.ts"
        lupdate(ts, "en")
        return read_messages(ts)


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def accelerators(text: str) -> int:
    return len(_ACCELERATOR.findall(text))


def translation_problems(message: Message) -> list[str]:
    """What is wrong with one translation (nothing when it is empty: that is "missing")."""
    problems = []
    if placeholders(message.translation) != placeholders(message.source):
        problems.append(
            f"placeholders {placeholders(message.translation)} ≠ {placeholders(message.source)}"
        )
    if accelerators(message.translation) != accelerators(message.source):
        problems.append("the & accelerator is missing or extra")
    return problems


def fill_indonesian(ts: Path) -> int:
    """Give every message of the Indonesian catalogue its source as a finished translation."""
    tree = ET.parse(ts)
    changed = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") in ("obsolete", "vanished"):
            continue
        source = message.findtext("source") or ""
        if translation.text != source or translation.get("type") is not None:
            translation.text = source
            translation.attrib.pop("type", None)
            changed += 1
    if changed:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return changed


def update() -> int:
    """``lupdate`` both catalogues; returns how many English translations are missing."""
    TS_DIR.mkdir(parents=True, exist_ok=True)
    lupdate(catalogue("en"), "en")
    ts_id = catalogue("id")
    lupdate(ts_id, "id")
    if fill_indonesian(ts_id):
        lupdate(ts_id, "id")  # back into lupdate's own layout
    messages = read_messages(catalogue("en"))
    missing = [m for m in messages if not (m.finished and m.translation)]
    print(f"{catalogue('en').name}: {len(messages)} texts, {len(missing)} without a finished "
          f"English translation")  # fmt: skip
    for m in missing[:20]:
        print(f"  {m.describe()}")
    if len(missing) > 20:
        print(f"  … and {len(missing) - 20} more (see: check)")
    return len(missing)


def problems() -> list[str]:
    """Everything ``check`` complains about, one line each."""
    code = {m.key: m for m in code_messages()}
    lines: list[str] = []
    for language in ("en", "id"):
        path = catalogue(language)
        if not path.is_file():
            lines.append(f"{path.name}: missing (run update)")
            continue
        have = {m.key: m for m in read_messages(path)}
        for key, m in code.items():
            found = have.get(key)
            if found is None:
                lines.append(f"{path.name}: not in the catalogue: {m.describe()}")
            elif not found.translation or not found.finished:
                lines.append(f"{path.name}: untranslated or unfinished: {m.describe()}")
            elif language == "id" and found.translation != found.source:
                lines.append(f"{path.name}: differs from its source: {m.describe()}")
            else:
                lines += [f"{path.name}: {p}: {m.describe()}" for p in translation_problems(found)]
        lines += [
            f"{path.name}: no longer in the code (run update): {m.describe()}"
            for key, m in have.items()
            if key not in code
        ]
    if QTBASE_ID.is_file():
        for m in read_messages(QTBASE_ID):
            if not m.translation or not m.finished:
                lines.append(f"{QTBASE_ID.name}: untranslated or unfinished: {m.describe()}")
            else:
                lines += [f"{QTBASE_ID.name}: {p}: {m.describe()}" for p in translation_problems(m)]
    else:
        lines.append(f"{QTBASE_ID.name}: missing")
    return lines


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["update"]:
        update()
        return 0
    if args == ["check"]:
        found = problems()
        for line in found:
            print(line)
        if found:
            print(f"{len(found)} problems; fix the catalogues (update, then translate).")
            return 1
        print("Catalogues complete.")
        return 0
    print("usage: python -m tagana_desk.ui.translations update|check", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
