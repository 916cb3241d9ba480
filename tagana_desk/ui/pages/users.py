"""Pengaturan → Pengguna: who may sign in, with which role (admin only).

The admin adds users, changes their name, NIP and role, sets a new password for someone who
forgot theirs (which also lifts a lockout) and deactivates accounts that are no longer used. A
user is never deleted: the audit log keeps their name. Every other role sees a note instead of
the list (reading the users is the admin's too); anyone changes their own password from
Berkas → Ubah kata sandi saya….
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from tagana_desk.domain.roles import Permission
from tagana_desk.services import users
from tagana_desk.services.context import Actor
from tagana_desk.services.users import UserInfo
from tagana_desk.ui.context import DeskContext
from tagana_desk.ui.dialogs.password import PasswordDialog
from tagana_desk.ui.dialogs.user import UserDialog
from tagana_desk.ui.errors import describe
from tagana_desk.ui.icons import on_accent
from tagana_desk.ui.labels import role_label, roles_with
from tagana_desk.ui.models.users import UserTableModel
from tagana_desk.ui.tables import make_table, selected_row
from tagana_desk.ui.volunteer_support import LazyTab
from tagana_desk.ui.widgets import NoticePage, error_label, note_label, show_message


def _set_active(session: Session, actor: Actor, username: str, active: bool) -> UserInfo:
    return users.update_user(session, actor, username, active=active)


class UsersTab(LazyTab):
    """Pengguna."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.editable = ctx.actor.can(Permission.MANAGE_USERS)
        self.user_dialog: UserDialog | None = None
        self.password_dialog: PasswordDialog | None = None
        self._username: str | None = None

        outer = QVBoxLayout(self)
        if not self.editable:
            # list_users is the admin's alone: other roles get a note, not an empty table.
            outer.setContentsMargins(0, 0, 0, 0)
            self.notice = NoticePage(
                self.tr("Pengguna"),
                self.tr(
                    "Hanya {roles} yang dapat melihat dan mengelola pengguna; Anda masuk sebagai "
                    "{role}."
                ).format(
                    roles=roles_with(Permission.MANAGE_USERS), role=role_label(ctx.actor.role)
                ),
                self.tr(
                    "Kata sandi Anda sendiri dapat diubah lewat Berkas → Ubah kata sandi saya…"
                ),
            )
            outer.addWidget(self.notice)
            self.table = None
            return

        outer.setContentsMargins(16, 10, 16, 10)
        outer.setSpacing(8)
        self.note = note_label(
            self.tr(
                "Setiap orang masuk dengan akunnya sendiri. Akun yang tidak dipakai lagi "
                "dinonaktifkan, tidak dihapus: namanya tetap tercatat di log audit. Setelah "
                "5 kali kata sandi salah, akun terkunci 15 menit."
            )
        )
        outer.addWidget(self.note)
        self.model = UserTableModel(self)
        m = UserTableModel
        self.table = make_table(
            self.model, stretch=m.FULL_NAME,
            widths={m.USERNAME: 150, m.NIP: 190, m.ROLE: 110, m.STATUS: 170, m.LAST_LOGIN: 140},
        )  # fmt: skip
        self.table.setObjectName("usersTable")
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._picked())
        self.table.doubleClicked.connect(lambda _i: self.edit_user())
        outer.addWidget(self.table, 1)

        self.message = error_label()
        outer.addWidget(self.message)
        bar = QHBoxLayout()
        self.saved_label = QLabel()
        self.saved_label.setObjectName("okLabel")
        bar.addWidget(self.saved_label)
        bar.addStretch(1)
        self.edit_button = QPushButton(self.tr("Ubah…"))
        self.edit_button.clicked.connect(self.edit_user)
        self.password_button = QPushButton(self.tr("Atur ulang kata sandi…"))
        self.password_button.clicked.connect(self.reset_password)
        self.active_button = QPushButton(self.tr("Nonaktifkan"))
        self.active_button.clicked.connect(self.toggle_active)
        self.new_button = QPushButton(self.tr("Pengguna baru…"))
        self.new_button.setObjectName("primaryButton")
        self.new_button.setIcon(on_accent("new"))
        self.new_button.setToolTip(self.tr("Tambah pengguna (Ctrl+N)"))
        self.new_button.clicked.connect(self.add_user)
        for button in (self.edit_button, self.password_button, self.active_button,
                       self.new_button):  # fmt: skip
            bar.addWidget(button)
        outer.addLayout(bar)
        self._picked()

    # --- loading
    def load(self) -> None:
        if not self.editable:
            return
        self.ctx.read(users.list_users, self.ctx.actor, on_done=self._show, on_error=self._failed,
                      owner=self)  # fmt: skip

    def _show(self, rows: list[UserInfo]) -> None:
        assert self.table is not None
        keep = self._username
        self.model.set_rows(rows)
        names = [u.username for u in rows]
        if names:
            self.table.selectRow(names.index(keep) if keep in names else 0)
        self._picked()

    def _failed(self, exc: object) -> None:
        self.saved_label.clear()
        show_message(self.message, describe(exc))

    # --- selection
    def selected(self) -> UserInfo | None:
        if self.table is None:
            return None
        row = selected_row(self.table)
        return self.model.row_at(row) if row is not None else None

    def select(self, username: str) -> None:
        if self.table is None:
            return
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).username == username:
                self.table.selectRow(row)
                return

    def _picked(self) -> None:
        info = self.selected()
        if info is not None:
            self._username = info.username
        own = info is not None and info.id == self.ctx.actor.user_id
        for button in (self.edit_button, self.password_button, self.active_button):
            button.setEnabled(info is not None)
        if info is not None and not info.active:
            self.active_button.setText(self.tr("Aktifkan"))
            self.active_button.setToolTip(self.tr("Izinkan akun ini masuk lagi"))
        else:
            self.active_button.setText(self.tr("Nonaktifkan"))
            self.active_button.setToolTip(
                self.tr("Anda tidak dapat menonaktifkan akun Anda sendiri.") if own
                else self.tr("Akun ini tidak dapat masuk lagi; riwayatnya tetap ada")
            )  # fmt: skip
        self.active_button.setEnabled(info is not None and not own)
        self.password_button.setText(
            self.tr("Ubah kata sandi saya…") if own else self.tr("Atur ulang kata sandi…")
        )

    # --- actions
    def add_user(self) -> UserDialog | None:
        return self._open_user(None)

    def edit_user(self) -> UserDialog | None:
        info = self.selected()
        return self._open_user(info) if info is not None else None

    def _open_user(self, existing: UserInfo | None) -> UserDialog | None:
        if not self.editable:
            return None
        dialog = UserDialog(self.ctx, existing, parent=self)
        dialog.user_saved.connect(self._user_saved)
        dialog.finished.connect(dialog.deleteLater)
        self.user_dialog = dialog
        self._clear_messages()
        dialog.open()
        return dialog

    def _user_saved(self, info: UserInfo) -> None:
        self._username = info.username  # the reload after the write selects this user
        self.select(info.username)
        self.saved_label.setText(self.tr("Pengguna {username} tersimpan.")
                                 .format(username=info.username))  # fmt: skip

    def reset_password(self) -> PasswordDialog | None:
        info = self.selected()
        if info is None or not self.editable:
            return None
        dialog = PasswordDialog(self.ctx, info.username, full_name=info.full_name, parent=self)
        dialog.password_changed.connect(self._password_changed)
        dialog.finished.connect(dialog.deleteLater)
        self.password_dialog = dialog
        self._clear_messages()
        dialog.open()
        return dialog

    def _password_changed(self, username: str) -> None:
        self.saved_label.setText(
            self.tr("Kata sandi {username} diganti.").format(username=username)
        )

    def toggle_active(self) -> None:
        info = self.selected()
        if info is None or not self.editable:
            return
        self._clear_messages()
        self.active_button.setEnabled(False)
        self.ctx.write(_set_active, self.ctx.actor, info.username, not info.active,
                       on_done=self._active_changed, on_error=self._refused,
                       owner=self)  # fmt: skip

    def _active_changed(self, info: UserInfo) -> None:
        self._picked()
        self.saved_label.setText(
            self.tr("Akun {username} diaktifkan.").format(username=info.username) if info.active
            else self.tr("Akun {username} dinonaktifkan.").format(username=info.username)
        )  # fmt: skip

    def _refused(self, exc: object) -> None:
        self._picked()
        self._failed(exc)

    def _clear_messages(self) -> None:
        self.saved_label.clear()
        show_message(self.message, "")
