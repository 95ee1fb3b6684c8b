"""`rosc-desktop report` and `rosc-desktop hub report`: the center's measures, for a person or a script.

    rosc-desktop report (--month YYYY-MM | --from DATE --to DATE) --user NAME
                        [--csv [FILE]] [--pdf FILE] [--lang en|es] [--note TEXT] [--site CODE]
    rosc-desktop hub report --month YYYY-MM [--csv] --user NAME

`report` works at a center and at a hub (where --site narrows it to one enrolled center). Without --csv it prints
a table (measure, figure, the people an average rests on, and each breakdown); --csv writes one row per measure
and per breakdown item (to FILE, or standard output when no FILE is given); --pdf writes the report for a board
or funder in --lang. Files are written whole or not at all. `hub report` puts the same measures side by side for
every enrolled center and in total, so a center's own figure and its row at the hub agree.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import io
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rosc_desktop.enums import ActivityKind, ContactMode
from rosc_desktop.errors import RoscError, usage_error

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services
    from rosc_desktop.services.measures import Figure
    from rosc_desktop.services.reports import CenterReport

CSV_COLUMNS = ("measure", "title", "breakdown", "first", "last", "value", "rests_on")
# Short heads for the hub's table in a terminal (the CSV uses the measures' codes).
HUB_HEADS = {"people_served": "Served", "new_participants": "New", "contacts": "Contacts",
             "activities_held": "Activities", "attendance": "Attended", "referrals_made": "Referred",
             "referrals_connected": "Connected", "days_to_connection": "Days", "barc10_change": "BARC Δ",
             "gas_change": "GAS Δ", "network_members_added": "Supports", "life_areas_gained": "Areas",
             "reconvenings": "Reconv.", "consents_active": "Consents"}


def month(text: str) -> tuple[date, date]:
    try:
        first = datetime.strptime(text, "%Y-%m").date()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a month like 2026-11: {text!r}") from None
    return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])


def day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date like 2026-11-30: {text!r}") from None


def add_commands(sub: argparse._SubParsersAction, with_user: Callable[..., argparse.ArgumentParser]) -> None:  # type: ignore[type-arg]
    report = with_user(sub.add_parser(
        "report", help="the center's measures for a month or any dates: a table, CSV or a PDF for a board"))
    period = report.add_mutually_exclusive_group()
    period.add_argument("--month", type=month, metavar="YYYY-MM", help="a calendar month")
    period.add_argument("--from", dest="first", type=day, metavar="DATE", help="first day, YYYY-MM-DD (with --to)")
    report.add_argument("--to", dest="last", type=day, metavar="DATE", help="last day, YYYY-MM-DD (with --from)")
    report.add_argument("--csv", nargs="?", const="-", metavar="FILE",
                        help="one row per measure and breakdown item, to FILE or standard output")
    report.add_argument("--pdf", metavar="FILE", help="write the report for a board or funder as a PDF")
    report.add_argument("--lang", choices=("en", "es"), default="en", help="language of the PDF and CSV titles")
    report.add_argument("--note", default="", help="the coordinator's note printed in the PDF")
    report.add_argument("--site", default="", metavar="CODE", help="at a hub: one enrolled center only")


def add_hub_report(hsub: argparse._SubParsersAction, with_user: Callable[..., argparse.ArgumentParser]) -> None:  # type: ignore[type-arg]
    report = with_user(hsub.add_parser("report", help="a month's measures per enrolled center and in total"))
    report.add_argument("--month", required=True, type=month, metavar="YYYY-MM")
    report.add_argument("--csv", action="store_true", help="CSV on standard output")


def period_of(args: argparse.Namespace) -> tuple[date, date]:
    """The period asked for, or a sentence on standard error and the exit code for bad input."""
    if args.month:
        if args.last:
            raise SystemExit(usage_error("rosc-desktop report: give --month, or --from and --to, not both"))
        return args.month  # type: ignore[no-any-return]
    if args.first is None or args.last is None:
        raise SystemExit(usage_error("rosc-desktop report: give a period: --month 2026-11, or --from DATE --to DATE"))
    if args.last < args.first:
        raise SystemExit(usage_error(f"rosc-desktop report: --to ({args.last}) is before --from ({args.first})"))
    return args.first, args.last


def run(services: "Services", args: argparse.Namespace) -> int:
    from rosc_desktop.sync import hub, keys

    first, last = period_of(args)
    site_name = ""
    if args.site:
        if not hub.is_hub(services):
            raise RoscError("hub_mode_required")
        peer = next((p for p in keys.peers(services) if p.site_code == args.site and p.role == "center"), None)
        if peer is None:
            raise RoscError("peer_unknown", site_code=args.site)
        site_name = peer.name
    report = services.reports.center(first, last, site=args.site)
    csv_to_stdout = args.csv == "-"
    if args.csv:
        text = csv_text(report, args.lang)
        if csv_to_stdout:
            sys.stdout.write(text)
        else:
            _write(Path(args.csv), text.encode("utf-8"))
    else:
        print_table(report, site_name or args.site)
    if args.pdf:
        from rosc_desktop.documents.center_report import center_report_pdf

        _write(Path(args.pdf), center_report_pdf(services, first, last, args.note, args.lang, site=args.site,
                                                 site_name=site_name))
    said = sys.stderr if csv_to_stdout else sys.stdout  # never mixed into CSV a script reads
    for written in (args.csv if args.csv and not csv_to_stdout else None, args.pdf):
        if written:
            print(f"Written: {written}", file=said)
    return 0


def _write(path: Path, data: bytes) -> None:
    from rosc_desktop.util_files import write_atomic

    if not path.parent.exists():
        raise SystemExit(usage_error(f"rosc-desktop report: the folder {path.parent} does not exist"))
    write_atomic(path, data, mode=0o644)


def value_text(figure: "Figure", unit: str) -> str:
    from rosc_desktop.documents.report_style import figure_value

    return figure_value(figure, unit)


def rests_on_text(count: int, unit: str) -> str:
    """What an average rests on, in the Reports screen's words: referrals for the days to connection (a median of
    referrals), people for the others."""
    if unit == "days":
        return "1 referral" if count == 1 else f"{count} referrals"
    return "1 person" if count == 1 else f"{count} people"


def _title(language: str) -> Callable[[str], str]:
    if language == "en":
        return lambda source: source
    from rosc_desktop.i18n import translator_for

    tr = translator_for(language)
    return lambda source: tr("Measures", source)


def csv_text(report: "CenterReport", language: str = "en") -> str:
    from rosc_desktop.documents.report_style import BREAKDOWN_WORDS
    from rosc_desktop.services.measures import MEASURES

    title = _title(language)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    first, last = report.first.isoformat(), report.last.isoformat()
    for measure in MEASURES:
        figure = report.figures[measure.code]
        writer.writerow([measure.code, title(measure.title), "", first, last, _plain(figure.value),
                         "" if figure.rests_on is None else figure.rests_on])
        for key, count in figure.breakdown.items():
            writer.writerow([measure.code, title(BREAKDOWN_WORDS.get(key, key)), key, first, last, count, ""])
    return out.getvalue()


def _plain(value: float | None) -> object:
    if value is None:
        return ""
    return round(value, 2) if isinstance(value, float) and not value.is_integer() else int(value)


def print_table(report: "CenterReport", site: str = "") -> None:
    from rosc_desktop.documents.report_style import BREAKDOWN_WORDS
    from rosc_desktop.services.measures import MEASURES

    where = f" for {site}" if site else ""
    print(f"Report{where}, {report.first.isoformat()} to {report.last.isoformat()}")
    width = max(len(text) for text in [m.title for m in MEASURES] + ["  " + w for w in BREAKDOWN_WORDS.values()])
    print(f"{'Measure':<{width}} {'Figure':>8} {'Rests on':>12}")
    for measure in MEASURES:
        figure = report.figures[measure.code]
        rests = "" if figure.rests_on is None else rests_on_text(figure.rests_on, measure.unit)
        print(f"{measure.title:<{width}} {value_text(figure, measure.unit):>8} {rests:>12}".rstrip())
        for key, count in figure.breakdown.items():
            if count:
                label = "  " + BREAKDOWN_WORDS.get(key, key)
                print(f"{label:<{width}} {count:>8}")


# -- the hub's report across centers -------------------------------------------------------------------------------


def run_hub_report(services: "Services", args: argparse.Namespace) -> int:
    from rosc_desktop.services.measures import MEASURES
    from rosc_desktop.sync import hub

    first, last = args.month
    report = hub.center_report(services, first, last)
    rows = [(c.site_code, c.name, c.report) for c in report.centers] + [("Total", "", report.total)]
    if args.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["site_code", "center", "first", "last", *hub_csv_columns()])
        for code, name, center in rows:
            writer.writerow([code, name, first.isoformat(), last.isoformat(), *hub_csv_values(center)])
        return 0
    print(f"Hub report {first.isoformat()} to {last.isoformat()}: {len(report.centers)} center(s)")
    heads = [HUB_HEADS.get(m.code, m.code)[:10] for m in MEASURES]
    print(f"{'Center':<12}" + "".join(f" {h:>10}" for h in heads))
    for code, _name, center in rows:
        values = [value_text(center.figures[m.code], m.unit) for m in MEASURES]
        print(f"{code:<12}" + "".join(f" {v:>10}" for v in values))
    print("Days: median days to connection; Δ: average change in points (--csv adds how many people each rests "
          "on, and every breakdown).")
    return 0


def hub_csv_columns() -> list[str]:
    from rosc_desktop.services.measures import MEASURES

    columns: list[str] = []
    for measure in MEASURES:
        columns.append(measure.code)
        if measure.code in _RESTING:
            columns.append(f"{measure.code}_rests_on")
        columns += [f"{measure.code}_{key}" for key in _BREAKDOWN_KEYS.get(measure.code, ())]
    return columns


def hub_csv_values(report: "CenterReport") -> list[Any]:
    from rosc_desktop.services.measures import MEASURES

    values: list[Any] = []
    for measure in MEASURES:
        figure = report.figures[measure.code]
        values.append(_plain(figure.value))
        if measure.code in _RESTING:
            values.append("" if figure.rests_on is None else figure.rests_on)
        values += [figure.breakdown.get(key, 0) for key in _BREAKDOWN_KEYS.get(measure.code, ())]
    return values


# The measures whose figure rests on a number of people, and the breakdown items of the others: fixed here so
# every row of the hub's CSV has the same columns, whatever a center recorded.
_RESTING = ("days_to_connection", "barc10_change", "gas_change", "network_members_added")
_BREAKDOWN_KEYS = {
    "people_served": ("enrolled", "anonymous_visits"),
    "contacts": tuple(mode.value for mode in ContactMode),
    "activities_held": tuple(kind.value for kind in ActivityKind),
    "attendance": tuple(kind.value for kind in ActivityKind),
}
