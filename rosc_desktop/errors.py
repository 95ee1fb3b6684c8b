"""Errors that cross layers carry a code and parameters; the words are chosen where they are shown.

Services raise `RoscError(code, **params)`. The GUI and the CLI turn the code into a translated sentence
(see `rosc_desktop.messages`). Parameters never carry participant data, so an error can be logged as is.
"""

from __future__ import annotations

import sys


class RoscError(Exception):
    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def __str__(self) -> str:  # for logs: the code and the (non-identifying) parameters
        if not self.params:
            return self.code
        details = ", ".join(f"{k}={v}" for k, v in sorted(self.params.items()))
        return f"{self.code} ({details})"


class ValidationError(RoscError):
    """Input a person can correct; `field` names the form field at fault."""

    def __init__(self, code: str, field: str, **params: object) -> None:
        super().__init__(code, field=field, **params)
        self.field = field


class PermissionDenied(RoscError):
    def __init__(self, action: str, role: str) -> None:
        super().__init__("permission_denied", action=action, role=role)
        self.action = action
        self.role = role


EXIT_BAD_INPUT = 2  # what the README documents for input the command cannot use, a missing answer included
EXIT_HELD = 3  # a bundle held for changes that have not arrived
# A shell reports a program stopped by Ctrl+C as 128 + SIGINT; scripts test for it.
EXIT_CANCELLED = 130


def for_log(error: BaseException) -> object:
    """What a log may say of an error: a RoscError as is (a code and non-identifying parameters), anything else
    by its type alone, since its text may quote a participant's words."""
    return error if isinstance(error, RoscError) else type(error).__name__


def usage_error(message: str) -> int:
    """Say `message` on standard error and give the exit code for bad input: `raise SystemExit(usage_error(…))`.
    (SystemExit with a text would print it but exit 1, the code `check` keeps for damage found.)"""
    print(message, file=sys.stderr)
    return EXIT_BAD_INPUT
