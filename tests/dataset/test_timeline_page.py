"""The interactive timeline page: its records, its range, and the page drawn by headless Chromium."""
from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from timeline_builder.cli import main
from timeline_builder.dataset.plot import select_events, time_range
from timeline_builder.dataset.timeline_page import page_records

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # --import-mode=importlib: tests/ is not on the path
from dataset_fixtures import build_two_versions

pytest.importorskip("altair", reason="the [plot] extra is not installed")

EVENTS = [
    {"event_id": "cold-war", "name": "Cold War", "kind": "conflict", "date_begin": date(1947, 3, 12),
     "date_end": date(1991, 12, 26), "date_basis": "knowledge", "time_relation": "past"},
    {"event_id": "war-2014", "name": "War in Donbas", "kind": "war", "date_begin": date(2014, 4, 6),
     "date_end": None, "date_basis": "text", "text_date": "since 2014", "time_relation": "current"},
    {"event_id": "vote", "name": "Referendum", "kind": "election", "date_begin": date(2005, 5, 29),
     "date_end": date(2005, 5, 29), "date_basis": "text", "text_date": "on 29 May", "time_relation": "past"},
]
DOCUMENTS = [{"doc_id": "d1", "path": "news/2005-06-01.txt", "dct": date(2005, 6, 1), "url": None,
              "title": "After the vote", "text": "The referendum on 29 May failed. The war since 2014 goes on."}]
MENTIONS = [{"event_id": "vote", "doc_id": "d1", "char_start": 4, "char_end": 14, "text": "referendum"}]
SENTENCES = [{"doc_id": "d1", "sentence_index": 0, "char_start": 0, "char_end": 33},
             {"doc_id": "d1", "sentence_index": 1, "char_start": 34, "char_end": 62}]
LINKS = [{"event_id": "war-2014", "actor_id": "russia"}, {"event_id": "war-2014", "actor_id": "ukraine"}]
ACTORS = [{"actor_id": "russia", "name": "Russia"}, {"actor_id": "ukraine", "name": "Ukraine"}]


def test_default_range_is_the_documents_period_and_the_events_they_date():
    # The Cold War (knowledge) does not stretch it; the war the text dates "since 2014" does.
    assert time_range(EVENTS, DOCUMENTS) == (date(2005, 5, 29), date(2014, 4, 6))
    assert time_range(EVENTS, DOCUMENTS, since=date(2000, 1, 1)) == (date(2000, 1, 1), date(2014, 4, 6))


def test_a_few_far_off_dates_do_not_stretch_the_default_range():
    news = [{"event_id": f"e{i}", "name": f"E{i}", "kind": "other", "date_begin": date(2004, 1 + i % 12, 1),
             "date_end": None, "date_basis": "text", "time_relation": "past"} for i in range(40)]
    far = [{"event_id": "renaissance", "name": "R", "kind": "other", "date_begin": date(1401, 1, 1),
            "date_end": date(1500, 12, 31), "date_basis": "context", "time_relation": "past"},
           {"event_id": "goal", "name": "G", "kind": "other", "date_begin": date(2100, 1, 1),
            "date_end": date(2100, 12, 31), "date_basis": "text", "time_relation": "prospective"}]
    documents = [{"dct": date(2005, 3, 1), "dct_source": "metadata"},
                 {"dct": date(1870, 5, 14), "dct_source": "inferred"}]   # from an old quotation
    assert time_range(news + far, documents) == (date(2004, 1, 1), date(2005, 3, 1))


def test_events_outside_the_range_are_counted_not_drawn():
    window = (date(2005, 1, 1), date(2005, 12, 31))
    selection = select_events(EVENTS, LINKS, ACTORS, window=window)
    assert [r.name for r in selection.rows] == ["Referendum"] and selection.outside == 2
    assert "2 outside 2005-01-01 – 2005-12-31" in selection.note()


def test_ongoing_event_runs_open_ended_to_the_range_end():
    window = (date(2005, 1, 1), date(2020, 12, 31))
    records = {r["event_id"]: r for r in page_records(EVENTS, LINKS, ACTORS, DOCUMENTS, MENTIONS, window,
                                                      sentences=SENTENCES)}
    war = records["war-2014"]
    assert war["shape"] == "ongoing" and war["end"] == "2021-01-01" and war["dates"] == "since 2014-04-06 (ongoing)"
    assert war["actors"] == "Russia, Ukraine" and war["dated_by"] == "text: “since 2014”"
    vote = records["vote"]
    assert vote["shape"] == "day" and vote["evidence"] == "The referendum on 29 May failed."
    assert vote["href"] == "#doc-d1" and vote["document"] == "After the vote"


def test_picture_lanes_by_kind():
    selection = select_events(EVENTS, LINKS, ACTORS, lanes="kind")
    assert [(r.lane, r.name) for r in selection.rows] == [
        ("conflict", "Cold War"), ("election", "Referendum"), ("war", "War in Donbas")]
    assert "in 3 kind lane(s)" in selection.note() and selection.rows[2].ongoing


def test_lanes_by_actor_repeat_an_event_in_each_of_its_actors_lanes():
    window = (date(2005, 1, 1), date(2020, 12, 31))
    records = page_records(EVENTS, LINKS, ACTORS, DOCUMENTS, MENTIONS, window, lanes="actor")
    assert sorted((r["lane"], r["event_id"]) for r in records) == [
        ("Russia", "war-2014"), ("Ukraine", "war-2014"), ("no actor", "vote")]


def _chromium() -> str | None:
    return next((path for name in ("chromium", "chromium-browser", "google-chrome", "chrome")
                 if (path := shutil.which(name))), None)


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    root = tmp_path_factory.mktemp("page")
    dataset, _, _ = build_two_versions(root)
    out = root / "timeline.html"
    assert main(["plot", "--dataset", str(dataset), "--out", str(out), "--since", "1940", "--until", "2000"]) == 0
    return out


def test_page_needs_no_network(page):
    text = page.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=", text) and not re.search(r"<link[^>]+href=\"?https?:", text)
    assert 'id="doc-' in text and "<mark>" in text   # the documents the marks link to, evidence marked


def test_headless_chromium_draws_every_event(page):
    browser = _chromium()
    if browser is None:
        # .ci/run sets TIMELINE_REQUIRE_BROWSER when it has a browser: there a missing one is a failure, not a skip.
        assert not os.environ.get("TIMELINE_REQUIRE_BROWSER"), "TIMELINE_REQUIRE_BROWSER is set but no Chromium was found"
        pytest.skip("no Chromium here: install Debian's package (apt-get install chromium); .ci/run does")
    result = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=15000",
                             "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=180)
    dom = result.stdout
    assert 'aria-roledescription="visualization"' in dom, result.stderr[-2000:]
    drawn = re.findall(r'aria-roledescription="(?:bar|point)" aria-label="([^"]*)"', dom) or \
        re.findall(r'aria-label="([^"]*)"[^>]*aria-roledescription="(?:bar|point)"', dom)
    import pyarrow.parquet as pq
    dataset = page.parent / "ds"
    events = pq.read_table(dataset / "latest" / "events.parquet").to_pylist()
    expected = {e["name"] for e in events if e["date_begin"] and date(1940, 1, 1) <= e["date_begin"] <= date(2000, 12, 31)}
    assert expected and expected <= {html.unescape(label) for label in drawn}
