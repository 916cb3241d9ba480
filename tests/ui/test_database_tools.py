"""Berkas → Cadangkan database / Pulihkan dari cadangan (admin): a usable copy; a restore that
refuses what is not a Tagana Desk backup, confirms strongly, keeps the current data, and closes
the program."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tagana_desk.db import migrate
from tagana_desk.db.backup import backup_sqlite
from tagana_desk.db.engine import Database, open_database
from tagana_desk.services import funds
from tagana_desk.ui.dialogs.restore_confirm import CONFIRM_WORD


def _allocate(db, roles, reference: str, amount: int = 1_000_000) -> None:
    with db.write() as s:
        funds.allocate(s, roles.bendahara, "BTT", amount, reference)


def _references(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT reference FROM fund_allocation ORDER BY id")]
    finally:
        conn.close()


def _file_actions(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()[0].menu().actions() if a.text()]


def test_backup_writes_a_usable_copy(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window, tmp_path
):
    _allocate(sqlite_db, sqlite_roles, "SK Bupati 188/1/2026")
    window = open_main_window(desk("admin"))
    assert _file_actions(window) == [
        "&Periksa kuitansi…", "&Baru…", "&Cari", "&Simpan", "Ce&tak…", "&Cadangkan database…",
        "P&ulihkan dari cadangan…", "Ubah kata san&di saya…", "K&unci layar", "&Keluar",
    ]  # fmt: skip
    tools = window.database_tools
    assert tools.backup_action.isEnabled() and tools.restore_action.isEnabled()
    target = tmp_path / "flashdisk" / "cadangan.db"
    tools.backup_to(target)
    assert tools.message_box.text() == "Cadangan database ditulis."
    assert str(target) in tools.message_box.informativeText()
    assert _references(target) == ["SK Bupati 188/1/2026"]
    copy = open_database(str(target))
    try:
        assert migrate.schema_info(copy).state is migrate.SchemaState.CURRENT
        with copy.read() as s:
            assert funds.balance(s, "BTT").balance == 1_000_000
    finally:
        copy.dispose()
    tools.message_box.close()
    # The database itself is never the target.
    tools.backup_to(sqlite_db.path)
    assert (
        tools.message_box.text() == "File cadangan tidak boleh sama dengan database yang dipakai."
    )


def test_only_the_admin_backs_up_or_restores(qtbot, desk, open_main_window):
    tools = open_main_window(desk("kepala")).database_tools
    assert not tools.backup_action.isEnabled() and not tools.restore_action.isEnabled()
    assert tools.backup_action.statusTip() == (
        "Hanya Admin yang dapat mencadangkan dan memulihkan database."
    )
    tools.backup_database()
    tools.restore_database()
    assert tools.message_box is None and tools.confirm_dialog is None


def test_restore_refuses_a_text_file(qtbot, sqlite_db, desk, open_main_window, tmp_path):
    source = tmp_path / "catatan.db"
    source.write_text("Daftar KK banjir, bukan database\n", encoding="utf-8")
    tools = open_main_window(desk("admin")).database_tools
    tools.restore_from(source)
    box = tools.message_box
    assert box.text() == f"{source.resolve()} bukan database Tagana Desk (bukan file SQLite)."
    assert box.informativeText() == "Database yang sedang dipakai tidak diubah."
    assert tools.confirm_dialog is None
    assert tools.restore_action.isEnabled()


def test_restore_refuses_a_newer_schema(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window, tmp_path
):
    copy = backup_sqlite(sqlite_db.path, tmp_path / "dari-versi-baru.db")
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    tools = open_main_window(desk("admin")).database_tools
    tools.restore_from(copy)
    assert tools.message_box.text() == (
        "Database dibuat oleh versi Tagana Desk yang lebih baru (skema 9999_future); perbarui "
        "program ini. Database tidak diubah."
    )
    assert tools.confirm_dialog is None


def test_restore_replaces_the_data_keeps_a_copy_and_closes(
    qtbot, sqlite_db, sqlite_roles, desk, open_main_window, tmp_path
):
    _allocate(sqlite_db, sqlite_roles, "SK Bupati 188/1/2026")
    backup = backup_sqlite(sqlite_db.path, tmp_path / "cadangan-senin.db")
    _allocate(sqlite_db, sqlite_roles, "SK Bupati 188/2/2026")  # after the backup
    window = open_main_window(desk("admin"))
    tools = window.database_tools
    tools.restore_from(backup)
    dialog = tools.confirm_dialog
    assert dialog is not None and dialog.isVisible()
    assert "DIGANTI" in dialog.headline.text()
    assert dialog.fields["source"].text() == str(backup.resolve())
    assert dialog.fields["current"].text() == str(sqlite_db.path)
    assert "disalin dulu ke folder cadangan" in dialog.notes.text()
    # Enter alone does nothing; the word must be typed.
    qtbot.keyClick(dialog.word_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and not dialog.restore_button.isEnabled()
    qtbot.keyClicks(dialog.word_edit, CONFIRM_WORD)
    assert dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    result = tools.restored
    assert result is not None and result.source == backup.resolve()
    assert _references(sqlite_db.path) == ["SK Bupati 188/1/2026"]
    # The replaced database was kept first, whole.
    assert result.kept.exists() and "pra-pemulihan" in result.kept.name
    assert _references(result.kept) == ["SK Bupati 188/1/2026", "SK Bupati 188/2/2026"]
    box = tools.message_box
    assert box.text() == (
        f"Database dipulihkan dari {backup.resolve()}. Tagana Desk akan ditutup sekarang; buka "
        "kembali untuk bekerja dengan data hasil pemulihan."
    )
    assert box.informativeText() == f"Database sebelumnya disimpan di {result.kept}."
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_postgresql_databases_use_pg_dump_and_pg_restore(
    qtbot, desk, open_main_window, monkeypatch
):
    monkeypatch.setattr(Database, "path", property(lambda self: None))
    tools = open_main_window(desk("admin")).database_tools
    tools.backup_database()
    assert tools.message_box.text().startswith("Database ini berada di server PostgreSQL: ")
    assert "pg_dump" in tools.message_box.informativeText()
    tools.message_box.close()
    tools.restore_database()
    assert "pg_restore" in tools.message_box.informativeText()
    assert tools.confirm_dialog is None
