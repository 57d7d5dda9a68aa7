"""timeline build: ingest documents, extract, link and publish a dataset version."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import regex_cache
from ..errors import UsageError
from ..ingest.dct import dct_option
from ..build import BuildOptions, build
from ..build.executors import DEFAULT_DOC_TIMEOUT
from ..ingest.fields import FieldMap
from .progress import make_progress
from .summary import summary_lines

DEFAULT_INPUT = "seeds"
DEFAULT_DATASET = "datasets/seed"


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "build", help="build documents into a new dataset version",
        description="Build documents into a new immutable dataset version and point DATASET/latest at it. "
                    "With no PATH, builds seeds/ into datasets/seed/. "
                    "Example: timeline build corpus/ --dataset datasets/corpus --dct 2005-01-01",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="files, folders (recursive) or globs of .txt, .md, .html, and article collections "
                             ".jsonl, .csv, .tsv, .parquet (default: seeds/)")
    parser.add_argument("--dataset", "-d", metavar="DIR",
                        help="dataset folder (default: datasets/seed for the seed, else datasets/<first input name>)")
    parser.add_argument("--dct", metavar="YYYY-MM-DD",
                        help="creation time for documents whose metadata gives none")
    parser.add_argument("--language", metavar="xx", help="language of documents whose metadata gives none")
    parser.add_argument("--knowledge", metavar="DIR", action="append", default=[],
                        help="a folder of knowledge files that add to or override the packaged ones (repeatable)")
    fields = parser.add_argument_group(
        "fields of article collections (JSONL, CSV, TSV, Parquet) and metadata",
        "Unnamed fields are found by common names: text/body/content, date/published/timestamp, "
        "id/guid, title/headline, url/link, language/lang. Dates: ISO 8601, RFC 2822 or epoch seconds.")
    for name in ("text", "date", "id", "title"):
        fields.add_argument(f"--{name}-field", metavar="NAME", help=f"the field holding each document's {name} "
                            "(a.b reaches into a nested object)")
    fields.add_argument("--fields", metavar="FILE", type=Path,
                        help='a JSON or TOML mapping file, e.g. {"text": "body", "date": "published", "url": "link"}')
    parser.add_argument("--max-mb", type=float, default=100.0, help="skip files larger than this (default 100)")
    parser.add_argument("--wait", type=float, default=60.0, metavar="SECONDS",
                        help="how long to wait for another build of the same dataset (default 60)")
    parser.add_argument("--no-cache", action="store_true",
                        help="re-extract every document instead of reusing DATASET/.cache (same output, slower)")
    parser.add_argument("--jobs", "-j", type=int, default=0, metavar="N",
                        help="worker processes extracting documents (default 0: all cores; 1: in this process)")
    parser.add_argument("--executor", choices=("processes", "dask"), default="processes",
                        help="where documents are extracted: local processes (default) or a Dask cluster "
                             '(needs pip install "timeline-builder[dask]")')
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="the Dask scheduler, e.g. tcp://10.0.0.5:8786 (default: a local cluster of --jobs workers)")
    parser.add_argument("--doc-timeout", type=float, default=DEFAULT_DOC_TIMEOUT, metavar="SECONDS",
                        help=f"CPU-seconds one document's extraction may take; one over it becomes a problem row and the build "
                             f"goes on (default {DEFAULT_DOC_TIMEOUT:g}; 0: none)")
    parser.add_argument("--strict", action="store_true", help="exit 1 if any input had a problem")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress or summary (on a terminal a bar; otherwise a line every 10 s)")
    parser.set_defaults(func=run)


def run(args) -> int:
    paths = args.paths or [DEFAULT_INPUT]
    if not args.paths and not Path(DEFAULT_INPUT).is_dir():
        raise UsageError("no seeds/ folder here", hint="run from the repository root, or give PATH")
    dataset = Path(args.dataset or (DEFAULT_DATASET if not args.paths else f"datasets/{_stem(paths[0])}"))
    dct = dct_option(args.dct) if args.dct else None
    for folder in args.knowledge:
        if not Path(folder).is_dir():
            raise UsageError("--knowledge folder does not exist", path=folder)
    field_map = FieldMap.from_file(args.fields) if args.fields else FieldMap()
    field_map = field_map.merged(text=args.text_field, date=args.date_field, id=args.id_field, title=args.title_field)
    options = BuildOptions(fields=field_map, dct=dct, language=args.language, max_bytes=int(args.max_mb * 1024 * 1024),
                           knowledge_dirs=tuple(Path(k) for k in args.knowledge), wait_seconds=args.wait,
                           use_cache=not args.no_cache, jobs=args.jobs, executor=args.executor,
                           scheduler=args.scheduler, doc_timeout=args.doc_timeout or None)
    if args.jobs < 0:
        raise UsageError("--jobs must be 0 (all cores) or more")
    if args.scheduler and args.executor != "dask":
        raise UsageError("--scheduler needs --executor dask")
    progress = make_progress(sys.stderr, quiet=args.quiet)
    try:
        with regex_cache.kept():  # the extractors' patterns compiled as the last build left them
            result = build(paths, dataset, options, progress=progress)
    finally:
        if progress:
            progress.close()
    version = result.version
    if result.cache_damaged:
        print(f"timeline build: warning: {result.cache_damaged} damaged cache entr"
              f"{'y was' if result.cache_damaged == 1 else 'ies were'} ignored and recomputed", file=sys.stderr)
    state = "new version" if version.created else "unchanged: identical to existing version"
    print(f"{version.version_id} {version.path}")
    if not args.quiet:
        rows = ", ".join(f"{k} {v['rows']}" for k, v in version.manifest["tables"].items() if k != "sentences")
        print(f"{state}; {result.n_documents} document(s); {rows}", file=sys.stderr)
        for line in summary_lines(result.problems):
            print(line, file=sys.stderr)
    if args.strict and result.problems:
        return 1
    return 0


def _stem(spec: str) -> str:
    name = Path(spec.rstrip("/").split("*")[0].rstrip("/") or ".").resolve().name
    return Path(name).stem or "corpus"
