"""Unexpected errors are logged by type and place only: their text may quote a participant."""

from __future__ import annotations

import logging
import sys

from rosc_desktop.ui.app import log_unexpected_error


def test_unexpected_error_is_logged_without_its_message(caplog) -> None:  # type: ignore[no-untyped-def]
    try:
        raise ValueError("could not save 'Zoë Krüger, 1990-04-02'")
    except ValueError:
        kind, error, trace = sys.exc_info()
    with caplog.at_level(logging.ERROR):
        log_unexpected_error(kind, error, trace)  # type: ignore[arg-type]
    assert "ValueError" in caplog.text and "test_app_errors.py" in caplog.text
    assert "Zoë" not in caplog.text and "1990" not in caplog.text


def test_sql_errors_do_not_quote_the_values_they_were_given(services) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    try:
        with services.store.write() as session:
            session.exec(text("INSERT INTO no_such_table VALUES (:name)").bindparams(name="Zoë Krüger"))
    except SQLAlchemyError as error:
        assert "Zoë" not in str(error)
    else:
        raise AssertionError("the insert should have failed")


def test_a_closed_store_refuses_work(services) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from rosc_desktop.errors import RoscError

    services.close()
    with pytest.raises(RoscError) as caught:
        services.participants.search("a")
    assert caught.value.code == "signed_out"


def test_a_file_that_could_not_be_written_says_why_in_the_interfaces_words(qapp, language_back_to_english) -> None:  # type: ignore[no-untyped-def]
    """The system's own reason ("No such file or directory") is English whatever the interface speaks: a Spanish
    box read "No se pudo escribir el archivo (No such file or directory)"."""
    import errno

    from rosc_desktop import i18n
    from rosc_desktop.ui.messages import describe_error

    missing = FileNotFoundError(errno.ENOENT, "No such file or directory", "/media/usb/plan.pdf")
    assert "USB stick" in describe_error(missing)[1]
    assert i18n.install("es") == "es"
    for error in (missing, PermissionError(errno.EACCES, "Permission denied"), OSError(errno.ENOSPC, "No space"),
                  OSError(errno.EIO, "Input/output error"), OSError("no errno at all")):
        sentence = describe_error(error)[1]
        assert "No such" not in sentence and "Permission" not in sentence and "Error" not in sentence, sentence
        assert sentence.startswith("No se pudo escribir el archivo (")
