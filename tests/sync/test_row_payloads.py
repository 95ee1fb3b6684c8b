"""`tables.row_payloads` gives each row as `model_dump(mode="json")` would, without loading ORM objects.

A first export to the hub sends consented people's current rows, and a person's move packs theirs: what the
receiver stores and later compares (conflicts, forks) must not change with how the sender read them."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from rosc_desktop.model import SyncedRow
from rosc_desktop.paths import AppPaths
from rosc_desktop.sync.tables import _payload_shape, row_payloads, rows_of_people, synced_models

# Every annotation a synchronised column has; a new one fails `test_every_column_type_is_covered` until it is added.
VALUES: dict[Any, st.SearchStrategy[Any]] = {
    bool: st.booleans(),
    int: st.integers(-(2**40), 2**40),
    float: st.floats(allow_nan=False),
    str: st.text(max_size=12),
    date: st.dates(),
    datetime: st.datetimes(timezones=st.sampled_from([timezone.utc, None])),
    list[str]: st.lists(st.text(max_size=5), max_size=3),
    list[int]: st.lists(st.integers(), max_size=3),
    list[dict]: st.lists(st.dictionaries(st.text(max_size=4), st.integers() | st.text(max_size=4)), max_size=2),
}
KNOWN = VALUES | {kind | None: st.none() | values for kind, values in VALUES.items()}


def _values(model: type[SyncedRow]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({name: KNOWN[info.annotation] for name, info in model.model_fields.items()})


def test_every_column_type_is_covered() -> None:
    unknown = {f"{model.__name__}.{name}: {info.annotation}" for model in synced_models().values()
               for name, info in model.model_fields.items() if info.annotation not in KNOWN}
    assert not unknown


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_the_same_json_as_model_dump_for_every_synchronised_table(data: st.DataObject) -> None:
    for model in synced_models().values():
        values = data.draw(_values(model), label=model.__name__)
        names, _columns, dump = _payload_shape(model)
        payload = dump(dict(zip(names, [values[name] for name in names])), mode="json")
        assert payload == model(**values).model_dump(mode="json")
        assert list(payload) == list(model.model_fields)  # field order, whatever order the ORM loaded them in


def test_rows_read_from_a_center_match_the_orm_rows_table_by_table(tmp_path: Path) -> None:
    from rosc_desktop.services.demo import build_demo_database
    from rosc_desktop.services.session import sign_in
    from rosc_desktop.sync.sample_directory import load_sample_directory

    paths = AppPaths(tmp_path / "demo").ensure()
    build_demo_database(paths, participants=30, seed=11, load_directory=load_sample_directory)
    svc = sign_in(paths, "admin", "demo")
    try:
        models = synced_models()
        _fill_what_the_demo_leaves_empty(svc, models)
        compared = 0
        empty = set()
        with svc.store.read() as session:
            for table, model in models.items():
                by_orm = {row.id: row.model_dump(mode="json") for row in session.execute(select(model)).scalars()}
                by_core = {payload["id"]: payload for payload in row_payloads(session, model, select(model))}
                assert by_core == by_orm, table
                compared += len(by_orm)
                if not by_orm:
                    empty.add(table)
            # Through a join too: a goal's reviews belong to people through their goal (PARENT_OF).
            people = [row[0] for row in session.execute(select(models["participant"].id).limit(5))]
            query = rows_of_people(models["gas_review"], "gas_review", people, models)
            joined = {payload["id"] for payload in row_payloads(session, models["gas_review"], query)}
            assert joined == {row.id for row in session.execute(query).scalars()}
            assert joined
        assert compared > 1000
        # A partner agency and a correction to another site's directory entry: the hypothesis test above covers
        # their columns; every table a participant's rows live in was read here.
        assert empty <= {"partner", "directory_correction"}
    finally:
        svc.close()


def _fill_what_the_demo_leaves_empty(svc, models) -> None:  # type: ignore[no-untyped-def]
    """A consent, a goal's step, a setback and a referral (with its first event): the demo makes none."""
    from rosc_desktop.services.plans import GoalInput
    from tests.sync.sites import consent_to_hub

    with svc.store.read() as session:
        person = session.execute(select(models["participant"].id).limit(1)).scalar_one()
        service = session.execute(select(models["directory_service"].id).limit(1)).scalar_one()
    consent_to_hub(svc, person)
    goal = svc.goals.add(person, GoalInput("Work", "work_education"))
    svc.goals.add_step(goal.id, "Call the job center")
    svc.setback.reconvene(person, "Talked it through")
    svc.referrals.refer(person, service, "Needs a food bank near the bus line")
