"""The Wikidata importer: entities with P585/P580/P582/P710/P1891 become event knowledge rows."""
from __future__ import annotations

import json

import pytest

from timeline_builder.cli import main
from timeline_builder.errors import KnowledgeError
from timeline_builder.knowledge.events import load_event_knowledge
from timeline_builder.knowledge.wikidata_import import guess_kind, import_entities, read_entities


def time_claim(prop: str, value: str, precision: int) -> dict:
    return {prop: [{"mainsnak": {"datavalue": {"type": "time", "value": {"time": value, "precision": precision}}},
                    "rank": "normal"}]}


def item_claims(prop: str, *qids: str) -> dict:
    return {prop: [{"mainsnak": {"datavalue": {"type": "wikibase-entityid", "value": {"id": q}}}, "rank": "normal"}
                   for q in qids]}


ENTITIES = [
    {"id": "Q900001", "labels": {"en": {"language": "en", "value": "Example Summit of 1999"}},
     "aliases": {"en": [{"language": "en", "value": "Example Summit"}]},
     "descriptions": {"en": {"language": "en", "value": "summit meeting"}},
     "claims": {**time_claim("P585", "+1999-05-04T00:00:00Z", 11), **item_claims("P710", "Q30", "Q159", "Q999999")}},
    {"id": "Q900002", "labels": {"en": {"language": "en", "value": "Example Treaty"}},
     "claims": {**time_claim("P580", "+1987-12-00T00:00:00Z", 10), **time_claim("P582", "+2019-00-00T00:00:00Z", 9),
                **item_claims("P1891", "Q30")}},
    {"id": "Q900003", "labels": {"en": {"language": "en", "value": "Undated thing"}}, "claims": {}},
]


def test_entities_become_rows():
    report = import_entities(ENTITIES, {"Q30": "united-states", "Q159": "russia"})
    rows = {r["id"]: r for r in report.rows}
    summit = rows["example-summit-of-1999"]
    assert (summit["date_begin"], summit["date_end"], summit["granularity"]) == ("1999-05-04", "1999-05-04", "day")
    assert summit["participants"] == "united-states:participant|russia:participant"
    assert summit["kind"] == "meeting" and summit["aliases"] == "Example Summit" and summit["wikidata"] == "Q900001"
    treaty = rows["example-treaty"]
    assert (treaty["date_begin"], treaty["date_end"], treaty["granularity"]) == ("1987-12", "2019", "month")
    assert treaty["kind"] == "treaty"
    assert report.skipped == ["Q900003"] and report.unknown_participants == {"Q999999"}


@pytest.mark.parametrize("wrapping", ["list", "entities", "lines"])
def test_export_wrappings(tmp_path, wrapping):
    path = tmp_path / "export.json"
    if wrapping == "list":
        path.write_text(json.dumps(ENTITIES))
    elif wrapping == "entities":
        path.write_text(json.dumps({"entities": {e["id"]: e for e in ENTITIES}}))
    else:
        path.write_text("[\n" + ",\n".join(json.dumps(e) for e in ENTITIES) + "\n]\n")
    assert [e["id"] for e in read_entities(path)] == ["Q900001", "Q900002", "Q900003"]


def test_bad_json_names_the_line(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"id": "Q1"}\n{not json}\n')
    with pytest.raises(KnowledgeError, match="line 2"):
        read_entities(path)


@pytest.mark.parametrize("words, kind", [("Treaty of X", "treaty"), ("Korean War", "war"),
                                         ("X Summit", "meeting"), ("Something", "other")])
def test_guess_kind(words, kind):
    assert guess_kind(words) == kind


def test_cli_import_writes_a_file_the_loader_accepts(tmp_path, capsys):
    source = tmp_path / "export.json"
    source.write_text(json.dumps(ENTITIES))
    out = tmp_path / "mine" / "events" / "imported.tsv"
    assert main(["knowledge", "import-wikidata", str(source), "--out", str(out)]) == 0
    assert "2 event(s) imported" in capsys.readouterr().err
    kb = load_event_knowledge([tmp_path / "mine"])
    assert kb.events["example-summit-of-1999"].kind == "meeting"


def test_cli_import_missing_file_is_a_usage_error(tmp_path, capsys):
    assert main(["knowledge", "import-wikidata", str(tmp_path / "nope.json")]) == 2
    assert "no such file" in capsys.readouterr().err
