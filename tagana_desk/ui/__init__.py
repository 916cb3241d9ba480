"""The desktop GUI (PySide6): main window, pages, dialogs, table models, the task runner.

Only this package imports Qt. It reaches the data through ``tagana_desk.services`` with sessions
from ``Database.read()``/``write()``, run on the task runner; it never imports the ORM models.
"""
