"""A short run of the directory fuzz (bench/fuzz_directory.py runs 100,000 inputs): a few hundred mutated and
generated HSDS JSON, HSDS package and Meeting Guide files, some imported for real and some through the CLI, with
not one traceback, not one refused import that wrote anything, and no name stored with control characters."""

from __future__ import annotations

from pathlib import Path

from tests.sync.fuzzkit import READERS, fuzz


def test_a_few_hundred_hostile_directory_files_end_in_sentences_not_tracebacks(tmp_path: Path) -> None:
    figures = fuzz(360, seed=13, generated_share=0.3, import_fraction=0.12, cli_fraction=0.02, folder=tmp_path)
    assert figures.failures == []
    assert (figures.tracebacks, figures.partial_writes, figures.unsafe_names) == (0, 0, 0)
    # The run did what it says: every reader fed, imports both applied and refused, files refused whole.
    assert all(figures.inputs[reader] >= 80 for reader in READERS)
    assert figures.imports_applied and figures.imports_refused and figures.cli_runs
    assert {"malformed_file", "nesting_too_deep", "archive_unreadable"} <= set(figures.refusals)
