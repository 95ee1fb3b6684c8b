"""Twelve wrong passwords tried at once by parallel processes: only the free attempts are checked, the rest are
told to wait, as if they had come one after another."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from rosc_desktop.store.keyring import FREE_ATTEMPTS, KdfParams, KeyRing

# Slow enough (tens of milliseconds) that without a lock every process reads "no failures yet" before any writes.
SLOW_KDF = KdfParams(iterations=3, lanes=1, memory_kib=32 * 1024)

GUESS = """
import sys, time
from rosc_desktop.errors import RoscError
from rosc_desktop.store.keyring import KeyRing
ring = KeyRing.load(sys.argv[1])
start = float(sys.argv[2])
while time.time() < start:
    time.sleep(0.002)
try:
    ring.unlock_keys("ana", "not the password")
except RoscError as error:
    print(error.code)
"""


def test_parallel_guesses_are_throttled_like_serial_ones(tmp_path: Path) -> None:
    ring, db_key = KeyRing.create(tmp_path / "keyring.json")
    ring.add_account("ana", "the right password", db_key, SLOW_KDF)
    ring.save()
    start = time.time() + 3  # every process loaded and waiting by then, so they guess at the same moment
    guessers = [subprocess.Popen([sys.executable, "-c", GUESS, str(ring.path), str(start)], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True) for _ in range(12)]
    outcomes = []
    for guesser in guessers:
        out, err = guesser.communicate(timeout=120)
        assert guesser.returncode == 0, err
        outcomes.append(out.strip())
    assert sorted(set(outcomes)) == ["signin_failed", "signin_wait"], outcomes
    assert outcomes.count("signin_failed") == FREE_ATTEMPTS, outcomes
    assert KeyRing.load(ring.path).throttles["ana"].failures == FREE_ATTEMPTS
    assert ring.unlock("ana", "the right password", now=time.time() + 3600) == db_key
