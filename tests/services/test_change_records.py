"""Every audited write says what it changed, so the screens showing that data refresh (services/changes.py).

A service that writes and forgets `record_change` leaves every open screen stale; the audit trail names each
write, so this reads the source: any function that audits a change must also record one. The actions left
out are the ones no screen shows as data (viewings, sign-in and lock, backups, the audit chain itself).
"""

from __future__ import annotations

import ast
from pathlib import Path

import rosc_desktop

NOT_SHOWN = {
    "intake_viewed", "participant_viewed", "possible_duplicates_shown", "plan_printed", "consent_form_printed",
    "backup_written", "audit_chain_rewritten", "database_checked", "locked", "unlocked", "sign_out",
    "password_changed", "site_identity_exported",
}
PACKAGES = ("services", "sync")


def _audited_actions(function: ast.AST) -> set[str]:
    actions: set[str] = set()
    for node in ast.walk(function):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "audit" \
                and len(node.args) >= 2:
            for part in ast.walk(node.args[1]):  # a literal, or `"a" if x else "b"`
                if isinstance(part, ast.Constant) and isinstance(part.value, str):
                    actions.add(part.value)
            if not isinstance(node.args[1], (ast.Constant, ast.IfExp)):
                actions.add("<computed>")
    return actions


def _records_a_change(function: ast.AST) -> bool:
    return any(isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "record_change"
               for node in ast.walk(function))


def test_every_audited_change_is_recorded_for_the_screens() -> None:
    root = Path(rosc_desktop.__file__).parent
    silent = []
    checked = 0
    for package in PACKAGES:
        for path in sorted((root / package).glob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    continue
                changed = _audited_actions(node) - NOT_SHOWN
                if not changed:
                    continue
                checked += 1
                if not _records_a_change(node):
                    silent.append(f"{package}/{path.name}:{node.lineno} {node.name} audits {sorted(changed)}")
    assert checked > 50  # the walk found the services' writes (a moved package would otherwise pass this)
    assert silent == []
