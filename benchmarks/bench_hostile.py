"""The fault-injection campaign's slow cases (issue 14): hostile inputs whose cost must stay
linear in their length, each timed at growing sizes in the same run, so the figure is a ratio:
the time at 2x the size over the time at 1x (about 2 when linear, about 4 when quadratic).

- events: one "sentence" of N dates ("1962 " x N) through the whole extraction pipeline
  (was quadratic: x2000 took 17 s, x10000 did not finish in 12 minutes);
- html: a page of N unclosed tags through ``read_html`` and ``visible_text``, and, as the
  peer measured in the same run, the standard library's ``html.parser`` that the fallback used
  (quadratic: 48 KB took 33 s);
- calendar ends: a document full of relative dates built with dcts of year 1 and 9999 (every
  timex kept, no extractor failure).

usage: python benchmarks/bench_hostile.py [--full] [--peer] | --reach PATH... [--limit N]
  --full: larger sizes (minutes); --peer: events also with the clause reach unbounded, as
  before the fix, in the same run
"""
from __future__ import annotations

import argparse
import time
from datetime import date
from html.parser import HTMLParser


def _timed(function, *args) -> float:
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


def _document(text: str, dct: date | None):
    from timeline_builder.ingest.sentences import split_sentences
    from timeline_builder.records import Document

    return Document(doc_id="d", path="p.txt", text=text, sha256="x", dct=dct, dct_source="option", language="en",
                    source_format="txt", sentences=split_sentences(text))


def _report(name: str, sizes: list[int], seconds: list[float], unit: str) -> None:
    for index, (size, took) in enumerate(zip(sizes, seconds)):
        ratio = f"   x{seconds[index] / seconds[index - 1]:.2f} for x{size / sizes[index - 1]:.0f} the size" if index else ""
        print(f"  {name:<28} {size:>8} {unit:<10} {took:8.3f} s{ratio}")


def bench_events(full: bool, peer: bool) -> None:
    from timeline_builder.build.pipeline import Pipeline
    from timeline_builder.extract.events import text as layout

    pipeline = Pipeline()
    pipeline(_document("warm up in 1962.", date(2020, 1, 1)))
    sizes = [1000, 2000, 4000] + ([8000, 16000] if full else [])
    _events_at(pipeline, sizes, "'1962 ' x N")
    if peer:  # the same code with clause and context unbounded, as before the fix (the peer)
        reach, layout._REACH = layout._REACH, 10 ** 9
        try:
            _events_at(pipeline, sizes[:2], "peer: unbounded reach")
        finally:
            layout._REACH = reach


def _events_at(pipeline, sizes: list[int], name: str) -> None:
    seconds = []
    for n in sizes:
        document = _document("1962 " * n, date(2020, 1, 1))
        found = None

        def run():
            nonlocal found
            found = pipeline(document)

        seconds.append(_timed(run))
        assert not [p for p in found.problems if p.code == "extractor-failed"]
    print("events: one sentence of N dates, whole extraction pipeline")
    _report(name, sizes, seconds, "dates")


class _Sink(HTMLParser):
    def handle_data(self, data):
        pass


def _stdlib_parse(page: str) -> None:
    parser = _Sink()
    parser.feed(page)
    parser.close()


def bench_html(full: bool) -> None:
    from timeline_builder.ingest.formats import read_html, visible_text

    read_html("<p>warm up</p>")
    sizes = [12, 24, 48] + ([96, 480] if full else [])
    pages = ["<p>Real text about 1962.</p>" + "<a" * (kb * 512) for kb in sizes]
    print("html: a page of unclosed tags (KB)")
    _report("visible_text (lxml)", sizes, [_timed(visible_text, p) for p in pages], "KB")
    _report("read_html (trafilatura)", sizes, [_timed(read_html, p) for p in pages], "KB")
    peer = sizes[:3]
    _report("peer: stdlib html.parser", peer, [_timed(_stdlib_parse, p) for p in pages[:3]], "KB")


def bench_calendar_ends() -> None:
    from timeline_builder.build.pipeline import Pipeline

    pipeline = Pipeline()
    text = ("Last year, 800000 days ago, next month and tomorrow the treaty was signed; "
            "valid until 9999-12-31, in 10 years, the year after next. ") * 20
    print("calendar ends: relative dates at dcts of year 1 and 9999")
    for dct in (date.min, date(1, 12, 31), date(9999, 1, 1), date.max):
        found = pipeline(_document(text, dct))
        failures = [p for p in found.problems if p.code == "extractor-failed"]
        print(f"  dct {dct.isoformat()}: {len(found.timexes)} timexes, {len(failures)} extractor failures, "
              f"{sum(p.code == 'timex-out-of-calendar' for p in found.problems)} dates beyond the calendar reported")


def measure_reach(paths: list[str], limit: int) -> None:
    """How far real clauses and cue contexts reach from their dates (what the events bound must cover)."""
    from timeline_builder.extract.events import text as layout
    from timeline_builder.extract.temporal import find_timexes
    from timeline_builder.ingest import collect_inputs, load_documents

    reach, layout._REACH = layout._REACH, 10 ** 9  # unbounded: the real extents
    try:
        files, _ = collect_inputs(paths)
        dates = clause = before = after = 0
        for document in load_documents(files[:limit]):
            if not hasattr(document, "text"):
                continue
            text_layout = layout.TextLayout(document)
            for timex in find_timexes(document.text, document.dct, doc_id=document.doc_id):
                start, end = text_layout.clause(timex.char_start, timex.char_end)
                clause = max(clause, timex.char_start - start, end - timex.char_end)
                i = text_layout.sentence_index(timex.char_start)
                if i is not None:
                    before = max(before, timex.char_start - text_layout.sentences[max(0, i - 1)][0])
                    after = max(after, text_layout.sentences[i][1] - timex.char_start)
                dates += 1
    finally:
        layout._REACH = reach
    print(f"reach over {dates} dates: clause {clause} characters from its date, context {before} before and "
          f"{after} after (bound: {reach})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--full", action="store_true", help="larger sizes (minutes)")
    parser.add_argument("--peer", action="store_true",
                        help="also time events with the clause reach unbounded, as before the fix (slow)")
    parser.add_argument("--reach", nargs="+", metavar="PATH",
                        help="only measure how far real clauses reach from their dates in these inputs")
    parser.add_argument("--limit", type=int, default=80, help="with --reach: at most this many input files")
    args = parser.parse_args()
    if args.reach:
        measure_reach(args.reach, args.limit)
        return
    bench_events(args.full, args.peer)
    bench_html(args.full)
    bench_calendar_ends()


if __name__ == "__main__":
    main()
