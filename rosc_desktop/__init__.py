"""ROSC Desktop: offline-first records for recovery community centers."""

__version__ = "0.1.0"
APP_NAME = "ROSC Desktop"
