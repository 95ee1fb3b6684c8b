"""A hub on PostgreSQL taking bundles: the same results as on SQLite, and two imports at once stay correct
(two hub processes, each with its own connections, importing different centers' bundles at the same moment)."""

from __future__ import annotations

import shutil
import threading

from sqlalchemy import text

from rosc_desktop.model import Participant
from rosc_desktop.paths import AppPaths
from rosc_desktop.services.session import sign_in
from rosc_desktop.sync import exchange
from tests.conftest import ADMIN_PASSWORD
from tests.sync import kit
from tests.sync.sites import add_person, consent_to_hub, link


def _people(center, names):  # type: ignore[no-untyped-def]
    made = []
    for name in names:
        person = add_person(center, name)
        consent_to_hub(center, person.id)
        made.append(person)
    return made


def test_a_bundle_applies_the_same_on_sqlite_and_postgresql(hub_services_factory, store_backend, tmp_path):  # type: ignore[no-untyped-def]
    hub = hub_services_factory("HUB-1")
    assert hub.store.is_postgres == (store_backend == "postgresql")
    center = hub_services_factory("HL-01", is_hub=False)
    link(center, hub)
    dana, = _people(center, ["Dana Example"])
    usb = tmp_path / "usb"
    usb.mkdir()
    out = exchange.export_bundle(center, "HUB-1", usb)
    report = exchange.import_bundle(hub, out.path)
    assert report.status == "applied" and report.new == out.changes
    assert kit.row(hub, Participant, dana.id).preferred_name == "Dana Example"
    assert exchange.import_bundle(hub, out.path).status != "applied"  # the same file again changes nothing
    assert kit.received(hub, "HL-01") == kit.sent_seqs(out.path, hub)


def test_two_imports_into_one_postgresql_hub_at_once_stay_correct(hub_services_factory, tmp_path):  # type: ignore[no-untyped-def]
    hub = hub_services_factory("HUB-1", backend="postgresql")
    centers = [hub_services_factory(code, is_hub=False) for code in ("HL-01", "HL-02")]
    usb = tmp_path / "usb"
    usb.mkdir()
    bundles, people = [], []
    for n, center in enumerate(centers):
        link(center, hub)
        people += _people(center, [f"Person {n}-{i}" for i in range(12)])
        bundles.append(exchange.export_bundle(center, "HUB-1", usb))
    # A second hub machine: its own data folder (a copy of the keyring), sign-in and connections, same database.
    second_paths = AppPaths(tmp_path / "hub-2").ensure()
    shutil.copyfile(hub.paths.keyring, second_paths.keyring)
    second = sign_in(second_paths, "admin", ADMIN_PASSWORD, make_backup=False,
                     database_url=hub.store.url.render_as_string(hide_password=False))
    start = threading.Barrier(2)
    reports, errors = {}, []

    def run(svc, out) -> None:  # type: ignore[no-untyped-def]
        try:
            start.wait()
            reports[out.path.name] = exchange.import_bundle(svc, out.path)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(svc, out)) for svc, out in zip((hub, second), bundles)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    second.close()
    assert errors == []
    assert sorted(r.status for r in reports.values()) == ["applied", "applied"]
    for person in people:
        assert kit.row(hub, Participant, person.id).preferred_name == person.preferred_name
    for center, out in zip(centers, bundles):
        assert kit.received(hub, exchange._local_site(center).code) == kit.sent_seqs(out.path, hub)
    with hub.store.read() as session:
        seqs = [r[0] for r in session.execute(text("SELECT seq FROM outbox WHERE origin = 'HUB-1' ORDER BY seq"))]
    assert seqs == list(range(1, len(seqs) + 1))  # the hub's own numbering stayed gap-free
    assert hub.health.check().ok


def test_hub_reports_per_center_on_either_store(hub_services_factory, store_backend, tmp_path):  # type: ignore[no-untyped-def]
    from datetime import date, datetime, timedelta, timezone

    from rosc_desktop.services.checkins import CheckInInput
    from rosc_desktop.sync import hub as hub_mode

    hub = hub_services_factory("HUB-1", name="County Hub")
    usb = tmp_path / "usb"
    usb.mkdir()
    when = datetime.now(timezone.utc) - timedelta(days=1)
    for code, people in (("AAA-1", 3), ("BBB-2", 2)):
        center = hub_services_factory(code, is_hub=False)
        link(center, hub)
        for i in range(people):
            person = add_person(center, f"Person {i}")
            center.checkins.record(person.id, CheckInInput(occurred_at=when))
        out = exchange.export_bundle(center, "HUB-1", usb)
        assert exchange.import_bundle(hub, out.path, backup=False).status == "applied"
    report = hub_mode.center_report(hub, when.date() - timedelta(days=2), date.today())
    by_site = {c.site_code: c.report.figures for c in report.centers}
    assert (by_site["AAA-1"]["people_served"].value, by_site["AAA-1"]["contacts"].value) == (3, 3)
    assert by_site["BBB-2"]["people_served"].value == 2
    assert (report.total.figures["people_served"].value, report.total.figures["contacts"].value) == (5, 5)
