"""TimeML reading and TempEval-3 scoring; agreement with ../shared/tools/timex_score.py."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from timeline_builder.errors import UsageError
from timeline_builder.evaluate.timeml import load_corpus, read_tml
from timeline_builder.evaluate.timex import SystemTimex, score
from timeline_builder.extract.temporal import find_timexes

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>doc1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-27" functionInDocument="CREATION_TIME">02/27/1998</TIMEX3></DCT>
<TEXT>
Sales rose <TIMEX3 tid="t1" type="DATE" value="1997">last year</TIMEX3> &amp; fell
<TIMEX3 tid="t2" type="DATE" value="1998-02-26">Thursday</TIMEX3> after <EVENT eid="e1">talks</EVENT> for <TIMEX3 tid="t3" type="DURATION" value="P3Y">three years</TIMEX3>.
</TEXT>
</TimeML>
"""


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "doc1.tml").write_text(TML, encoding="utf-8")
    return tmp_path


def test_raw_text_offsets_and_dct(gold_dir):
    document = read_tml(gold_dir / "sub" / "doc1.tml")
    assert document.doc_id == "doc1" and document.dct_value == "1998-02-27"
    assert document.text.startswith("\nSales rose last year & fell\nThursday")
    assert [t.text for t in document.timexes] == ["last year", "Thursday", "three years"]
    assert all(document.text[t.start:t.end] == t.text for t in document.timexes)


def test_scores_exact_partial_and_wrong_values(gold_dir):
    corpus = load_corpus(gold_dir)
    gold = corpus["doc1"].timexes
    system = {"doc1": [
        SystemTimex(gold[0].start, gold[0].end, "DATE", "1997"),          # exact, right value
        SystemTimex(gold[1].start, gold[1].end - 2, "DATE", "1998-02-19"),  # overlap, wrong value
        SystemTimex(0, 6, "DATE", "X"),                                    # spurious
    ]}
    figures = score(corpus, system)
    assert (figures["strict_match"], figures["relaxed_match"]) == (1, 2)
    assert figures["relaxed_p"] == pytest.approx(2 / 3) and figures["relaxed_r"] == pytest.approx(2 / 3)
    assert figures["strict_p"] == pytest.approx(1 / 3)
    assert figures["value_accuracy"] == pytest.approx(0.5)
    assert figures["value_f1"] == pytest.approx(figures["relaxed_f1"] * 0.5)


def test_gold_against_itself_is_perfect(gold_dir):
    corpus = load_corpus(gold_dir)
    system = {d: [SystemTimex(t.start, t.end, t.type, t.value) for t in doc.timexes] for d, doc in corpus.items()}
    figures = score(corpus, system)
    assert figures["strict_f1"] == figures["relaxed_f1"] == figures["value_f1"] == 1.0


def test_empty_folder_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError):
        load_corpus(tmp_path)


def _shared_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("timex_score", shared / "tools" / "timex_score.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["timex_score"] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_agrees_with_the_shared_scorer(shared, tmp_path):
    gold_dir = shared / "data" / "tempeval3" / "train"
    reference = _shared_scorer(shared)
    corpus = load_corpus(gold_dir)
    ids = sorted(corpus)[::8]  # a spread of documents keeps the test quick
    subset = {d: corpus[d] for d in ids}
    system = {}
    lines = []
    for doc_id in ids:
        found = find_timexes(corpus[doc_id].text, corpus[doc_id].dct)
        system[doc_id] = [SystemTimex(t.char_start, t.char_end, t.type, t.value) for t in found]
        lines += [json.dumps({"doc": doc_id, "start": t.char_start, "end": t.char_end, "type": t.type,
                              "value": t.value}) for t in found]
    predictions = tmp_path / "system.jsonl"
    predictions.write_text("\n".join(lines) + "\n", encoding="utf-8")
    theirs_gold = {d: g for d, g in reference.load_gold(gold_dir).items() if d in subset}
    theirs = reference.score(theirs_gold, reference.load_system(predictions, theirs_gold))
    ours = score(subset, system)
    for key in ("gold", "system", "strict_match", "relaxed_match", "strict_f1", "relaxed_f1",
                "type_accuracy", "value_accuracy", "value_f1"):
        assert ours[key] == pytest.approx(theirs[key]), key
    for doc_id in ids:
        assert corpus[doc_id].text == theirs_gold[doc_id].raw
