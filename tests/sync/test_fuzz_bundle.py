"""A short run of bench/fuzz_bundle.py: hostile and damaged bundles through the reader and the import.

The full run (100,000 inputs, figures in the note) is `bench/fuzz_bundle.py`; this one is a few hundred inputs of
the same mix, from a fixed seed so a failure can be replayed, and fails on the first traceback, partial write or
work file left behind.
"""

from __future__ import annotations

from bench.fuzz_bundle import run


def test_hostile_bundles_never_crash_and_never_write(tmp_path, monkeypatch):
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    problems: list[str] = []

    figures = run(400, seed=13, save=tmp_path / "failures", report=problems.append)

    assert figures.inputs == 400
    assert (figures.tracebacks, figures.partial_writes, figures.work_files_left) == (0, 0, 0), "\n".join(problems)
    # The mix reached every path: damaged files, refused content and bundles that were applied.
    assert {"bundle_unreadable", "bundle_rows_invalid", "applied", "would_apply"} <= set(figures.outcomes)
