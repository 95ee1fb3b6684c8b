"""Printable documents with reportlab (arrives with the printed-plan issue)."""
