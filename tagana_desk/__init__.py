"""Tagana Desk: the emergency desk of a district social-services office (Dinas Sosial)."""

__version__ = "0.1.0"
APP_NAME = "Tagana Desk"
APP_ID = "tagana-desk"
