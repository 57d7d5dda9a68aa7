"""Throughput of the Russian stages (temporal, actors, events) on one core, against the English stages.

usage: python benchmarks/bench_russian.py [--copies N] [--cold]

Russian: the article(s) of ../shared/data/corpus/russian, each run N times as separate
documents. English, the peer measured in the same run: BBC stories of about the same total
size. Reports MB (UTF-8 bytes; Cyrillic takes two bytes a letter) per CPU second of this
process, per stage and for the three together, and the Russian/English ratio. With --cold the
per-word morphology caches are emptied before every Russian document, as if every document
were new text (the worst case); without it, repeated words are analysed once, as in a corpus.
Target (issue 11): >= 0.5 MB/s for the Russian stages.
"""
from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from timeline_builder.extract.registry import create
from timeline_builder.ingest.sentences import split_sentences
from timeline_builder.records import AnnotatedDocument, Document

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "corpus"
STAGES = ("temporal", "actors", "events")


def documents(paths: list[Path], language: str, copies: int) -> list[Document]:
    docs = []
    for copy in range(copies):
        for path in paths:
            text = path.read_text(encoding="utf-8")
            docs.append(Document(f"{path.stem}-{copy}", path.name, text, "0", dct=date(2024, 2, 29),
                                 language=language, sentences=tuple(split_sentences(text))))
    return docs


def clear_russian_caches() -> None:
    from timeline_builder.extract.actors import ru as actors_ru
    from timeline_builder.extract.events import ru as events_ru
    from timeline_builder.extract.events import ru_names

    actors_ru._analysis.cache_clear()
    events_ru._past_verb_reading.cache_clear()
    ru_names._analysis.cache_clear()
    actors_ru._name_tags.cache_clear()
    actors_ru._lemma_of_name.cache_clear()


def run(docs: list[Document], extractors, cold: bool) -> dict[str, float]:
    seconds = dict.fromkeys(STAGES, 0.0)
    for document in docs:
        if cold:
            clear_russian_caches()
        annotated = AnnotatedDocument(document)
        for name, extractor in zip(STAGES, extractors):
            started = time.process_time()
            found = extractor(annotated)
            seconds[name] += time.process_time() - started
            annotated = replace(annotated, found=annotated.found.merge(found))
    return seconds


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=30)
    parser.add_argument("--cold", action="store_true")
    args = parser.parse_args(argv)
    russian_paths = sorted((SHARED / "russian").glob("*.txt"))
    if not russian_paths:
        print(f"no Russian corpus under {SHARED}", file=sys.stderr)
        return 2
    russian = documents(russian_paths, "ru", args.copies)
    size_ru = sum(len(d.text.encode("utf-8")) for d in russian)
    english, size_en = [], 0
    for path in sorted((SHARED / "bbc").glob("*/*.txt")):
        english += documents([path], "en", 1)
        size_en += len(english[-1].text.encode("utf-8"))
        if size_en >= size_ru:
            break
    extractors = [create(name) for name in STAGES]
    run(russian[:1] + english[:1], extractors, cold=False)  # load knowledge and dictionaries once
    ru = run(russian, extractors, args.cold)
    en = run(english, extractors, cold=False)
    print(f"Russian: {len(russian)} documents, {size_ru / 1e6:.2f} MB{' (cold caches)' if args.cold else ''};"
          f" English peer: {len(english)} BBC documents, {size_en / 1e6:.2f} MB")
    print(f"{'stage':10s} {'ru MB/s':>8s} {'en MB/s':>8s} {'ru/en':>6s}")
    for name in STAGES + ("all",):
        t_ru = sum(ru.values()) if name == "all" else ru[name]
        t_en = sum(en.values()) if name == "all" else en[name]
        rate_ru, rate_en = size_ru / max(t_ru, 1e-9) / 1e6, size_en / max(t_en, 1e-9) / 1e6
        print(f"{name:10s} {rate_ru:8.2f} {rate_en:8.2f} {rate_ru / rate_en:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
