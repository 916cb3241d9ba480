"""The first-run wizard: a new database gets an office, signatories, an admin and its funds, or
the desk opens the demo instead. ``tagana-desk`` shows it when the database has no users."""

from tagana_desk.ui.first_run.wizard import FirstRunWizard, demo_database_path

__all__ = ["FirstRunWizard", "demo_database_path"]
