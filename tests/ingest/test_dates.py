"""Metadata dates: ISO 8601, RFC 2822 and epoch forms -> the date as the publisher wrote it."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

# The machine is shared: generation speed is not what these tests are about.
RELAXED = settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)

from timeline_builder.ingest.dates import parse_metadata_date


@pytest.mark.parametrize("value, expected", [
    ("2005-03-02", date(2005, 3, 2)),
    ("2005-03-02T23:30:00-05:00", date(2005, 3, 2)),       # the writer's own day, not UTC's
    ("2005-03-02T10:00:00.123Z", date(2005, 3, 2)),
    ("2005-03-02 10:00 UTC", date(2005, 3, 2)),
    ("20050302", date(2005, 3, 2)),
    ("Wed, 02 Mar 2005 23:30:00 -0500", date(2005, 3, 2)),
    ("02 Mar 2005 10:00:00 GMT", date(2005, 3, 2)),
    (1109721600, date(2005, 3, 2)),                           # epoch seconds
    ("1109721600", date(2005, 3, 2)),
    (1109721600123, date(2005, 3, 2)),                        # epoch milliseconds
    (1109721600.5, date(2005, 3, 2)),
    (date(2005, 3, 2), date(2005, 3, 2)),
    (datetime(2005, 3, 2, 23, 0), date(2005, 3, 2)),
    ("2005-02-30", None),
    ("last Tuesday", None),
    ("March 2005", None),
    ("", None),
    (True, None),
    (["2005-03-02"], None),
])
def test_metadata_dates(value, expected):
    assert parse_metadata_date(value) == expected


@RELAXED
@given(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
       st.integers(min_value=-12 * 60, max_value=14 * 60))
def test_iso_and_rfc2822_give_the_writers_day(moment, offset_minutes):
    zone = timezone(timedelta(minutes=offset_minutes))
    aware = moment.replace(tzinfo=zone, microsecond=0)
    assert parse_metadata_date(aware.isoformat()) == moment.date()
    from email.utils import format_datetime
    assert parse_metadata_date(format_datetime(aware)) == moment.date()


@RELAXED
@given(st.text(max_size=40))
def test_never_raises(value):
    result = parse_metadata_date(value)
    assert result is None or isinstance(result, date)
