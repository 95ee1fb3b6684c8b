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
