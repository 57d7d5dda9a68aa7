"""Language identification: accuracy and speed of py3langid (used), lingua and the old function-word guess.

usage: python benchmarks/bench_language.py [--limit N] [--no-lingua]

Sets: the first 5,000 characters of the shared English corpora (BBC, presidential speeches,
essays) and the Russian article; the Russian article's paragraphs; and the short sentences
in twelve languages of tests/ingest/data/language_samples.tsv. Speed is characters per CPU
second of this process, all candidates measured in the same run; lingua needs
``pip install lingua-language-detector`` (it is not a dependency).
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

from timeline_builder.ingest.language import SAMPLE_CHARS, detect_language, model_language, plainly_english

REPO = Path(__file__).resolve().parents[1]
CORPORA = REPO / ".." / "shared" / "data" / "corpus"
SAMPLES = REPO / "tests" / "ingest" / "data" / "language_samples.tsv"

_FUNCTION_WORDS = {  # the guess this replaced, kept here as the baseline
    "en": {"the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "with", "on"},
    "de": {"der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "zu", "ein", "auf"},
    "fr": {"le", "la", "les", "et", "des", "est", "une", "du", "dans", "pour", "que", "pas"},
    "es": {"el", "la", "los", "las", "y", "que", "del", "en", "por", "una", "para", "con"},
    "ru": {"и", "в", "не", "на", "что", "с", "по", "это", "как", "из", "года", "к"},
}


def function_words(text: str) -> str:
    counts = Counter(re.findall(r"\w+", text[:5000].lower()))
    scores = {lang: sum(counts[w] for w in vocab) for lang, vocab in _FUNCTION_WORDS.items()}
    best = max(sorted(scores), key=lambda lang: scores[lang])
    return best if scores[best] >= 3 else "en"


def lingua_detector():
    from lingua import LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models().build()

    def detect(text: str) -> str:
        found = detector.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found else "en"
    return detect


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300, help="files per English corpus (default 300)")
    parser.add_argument("--no-lingua", action="store_true")
    args = parser.parse_args(argv)
    if not CORPORA.is_dir():
        print(f"no corpora under {CORPORA}", file=sys.stderr)
        return 2
    docs = []
    for corpus in ("bbc", "presidential-speeches", "essays"):
        files = sorted(p for p in (CORPORA / corpus).rglob("*") if p.is_file() and p.suffix in (".txt", ".md"))
        docs += [("en", p.read_text(encoding="utf-8", errors="replace")[:SAMPLE_CHARS]) for p in files[:args.limit]]
    russian = [p.read_text(encoding="utf-8") for p in sorted((CORPORA / "russian").glob("*.txt"))]
    docs += [("ru", t[:SAMPLE_CHARS]) for t in russian]
    paragraphs = [("ru", p) for t in russian for p in t.split("\n\n") if p.strip()]
    samples = [tuple(line.rstrip("\n").split("\t", 1)) for line in SAMPLES.read_text(encoding="utf-8").splitlines()
               if line and not line.startswith("#")]
    candidates = {"function words": function_words, "py3langid": detect_language,
                  "py3langid alone": lambda text: detect_language(text) if not text.strip() else model_language(
                      text[:SAMPLE_CHARS])}
    started = time.perf_counter()
    detect_language("warm up: load the model")
    loads = {"py3langid": time.perf_counter() - started, "function words": 0.0, "py3langid alone": 0.0}
    if not args.no_lingua:
        try:
            started = time.perf_counter()
            candidates["lingua"] = lingua_detector()
            candidates["lingua"]("warm up")
            loads["lingua"] = time.perf_counter() - started
        except ImportError:
            print("lingua is not installed: pip install lingua-language-detector", file=sys.stderr)
    print(f"{'candidate':15s} {'load s':>7s}  " + "  ".join(f"{n:>24s}" for n in ("corpora docs", "ru paragraphs",
                                                                                 "short sentences (12 langs)")))
    for name, detect in candidates.items():
        cells = []
        for data in (docs, paragraphs, samples):
            started = time.process_time()
            right = sum(detect(text) == lang for lang, text in data)
            seconds = max(time.process_time() - started, 1e-9)
            chars = sum(len(text) for _, text in data)
            cells.append(f"{right:>4d}/{len(data):<4d} {chars / seconds / 1e6:7.2f} Mc/s")
        print(f"{name:15s} {loads[name]:7.2f}  " + "  ".join(f"{c:>24s}" for c in cells))
    # "py3langid" is the shipped detect_language: plain English is decided by the shortcut
    # (plainly_english) without the model; it must agree with the model wherever it decides.
    decided = [text for data in (docs, paragraphs, samples) for _, text in data
               if plainly_english(text[:SAMPLE_CHARS])]
    disagree = sum(model_language(text[:SAMPLE_CHARS]) != "en" for text in decided)
    print(f"English shortcut: decided {len(decided)} of {len(docs) + len(paragraphs) + len(samples)} texts; "
          f"py3langid disagrees on {disagree}")
    return 1 if disagree else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
