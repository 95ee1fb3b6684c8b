"""Asking where to save a PDF: the same question, folder and file type wherever a document is saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def ask_pdf_path(parent: QWidget, title: str, file_name: str, folder: str | None = None) -> Path | None:
    """The chosen path, ending in .pdf; None when the person cancels. Starts in Documents unless told."""
    if folder is None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _chosen = QFileDialog.getSaveFileName(parent, title, f"{folder}/{file_name}",
                                                QCoreApplication.translate("SavePdf", "PDF document (*.pdf)"))
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    return Path(path)
