"""timeline merge: datasets built apart (shards of one archive) as one new version."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "merge", help="merge datasets built apart into one version",
        description="Publish the union of the latest versions of DATASET... as a new version of --dataset OUT: "
                    "the same bytes as one build of all their inputs. The datasets must come from the same "
                    "extractors, knowledge and options. "
                    "Example: timeline merge datasets/politics datasets/business --dataset datasets/bbc",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("datasets", nargs="+", metavar="DATASET", help="dataset folders to merge")
    parser.add_argument("--dataset", metavar="OUT", required=True, help="the dataset folder to publish into")
    parser.add_argument("--wait", type=float, default=60.0, metavar="SECONDS",
                        help="how long to wait for another build of OUT (default 60)")
    parser.add_argument("--quiet", "-q", action="store_true", help="no summary")
    parser.set_defaults(func=run)


def run(args) -> int:
    from ..build.merge import merge_datasets

    result = merge_datasets([Path(d) for d in args.datasets], Path(args.dataset), args.wait)
    version = result.version
    print(f"{version.version_id} {version.path}")
    if not args.quiet:
        state = "new version" if version.created else "unchanged: identical to existing version"
        print(f"{state}; {result.n_datasets} dataset(s), {result.n_documents} document(s)", file=sys.stderr)
    return 0
