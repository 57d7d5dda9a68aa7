"""A dataset card for each version: ``README.md`` in the Hugging Face datasets card format.

YAML front matter with a ``configs`` entry per table (so the folder can be pushed to a
dataset hub as it is, or read with ``datasets.load_dataset(folder, "events")``), the
licence fields and tags; then what the dataset holds, each table with its row count and
columns, how it was built (the command, tool, extractors, schema) and how to load it.

It is derived from the manifest alone and holds nothing that changes from run to run, so
the same version gives the same bytes and ``verify`` can recompute it.
"""
from __future__ import annotations

import json

from .tables import SCHEMA_VERSION, SCHEMAS

FILE_NAME = "README.md"
# The table shown first by a hub's viewer and loaded when no config is named.
DEFAULT_CONFIG = "events"
LICENSE_NAME = "terms-of-the-source-documents"
LICENSE_TEXT = ("The tables are derived from the source documents and quote them (documents.text, mention "
                "text); the terms of each source apply. Check them before redistributing.")
DESCRIPTION = ("Dated events and the actors attached to them, extracted from {documents} by "
               "timeline-builder: temporal expressions (TIMEX3-style values with a calendar interval), actors "
               "(people, states, organisations, groups) with their mentions and roles in time, events dated by "
               "the text, by context or by world knowledge, and the links between events and actors, each "
               "with the evidence span in its document.")


def render(version_id: str, manifest: dict) -> bytes:
    """The card of version ``version_id`` described by ``manifest`` (its tables, options, inputs)."""
    tables = manifest.get("tables", {})
    names = [name for name in SCHEMAS if name in tables]  # the schema's order: documents first
    n_docs = tables.get("documents", {}).get("rows", len(manifest.get("inputs", [])))
    lines = ["---", "license: other", f"license_name: {LICENSE_NAME}", "pretty_name: Timeline of events and actors",
             "tags:", "- timeline", "- events", "- temporal-expressions", "- named-entities", "- timeline-builder",
             "task_categories:", "- token-classification", "size_categories:", f"- {_size_category(n_docs)}",
             "configs:"]
    for name in names:
        lines += [f"- config_name: {name}", "  data_files:", "  - split: train", f"    path: {name}.parquet"]
        if name == DEFAULT_CONFIG:
            lines.append("  default: true")
    lines += ["---", "", f"# Timeline dataset, version {version_id}", "",
              DESCRIPTION.format(documents=f"{n_docs:,} document(s)"), "",
              f"Licence: {LICENSE_TEXT}", "", "## Tables", "",
              "Each table is one Parquet file and one config. Offsets are Python string indices into "
              "`documents.text`, half-open; ids are stable content hashes or knowledge-base ids.", ""]
    for name in names:
        schema = SCHEMAS[name]
        lines += [f"### `{name}` ({tables[name].get('rows', 0):,} rows)", "",
                  schema.metadata[b"description"].decode(), "", "| column | type | description |",
                  "| --- | --- | --- |"]
        lines += [f"| `{f.name}` | {f.type}{'' if f.nullable else ', not null'} | "
                  f"{f.metadata[b'description'].decode()} |" for f in schema]
        lines.append("")
    lines += ["## How it was built", "", "```bash", build_command(manifest), "```", "",
              "INPUTS is the folder the documents were read from; `manifest.json` lists each input "
              "(path relative to it, sha256). "
              f"Schema version {manifest.get('schema_version', SCHEMA_VERSION)}; "
              f"{manifest.get('tool', {}).get('name', 'timeline-builder')} "
              f"{manifest.get('tool', {}).get('version', '')}; extractors: "
              + (", ".join(f"{e['name']} {e['version']}" for e in manifest.get("extractors", [])) or "none") + ".",
              "", "## Loading", "", "```python", "import datasets",
              f'events = datasets.load_dataset("path/to/this/folder", "{DEFAULT_CONFIG}", split="train")',
              'actors = datasets.load_dataset("parquet", data_files="path/to/this/folder/actors.parquet", '
              'split="train")', "```", "",
              "Or with timeline-builder: `timeline show --dataset DATASET`, `timeline query --dataset DATASET "
              "\"SELECT ...\"`; pandas, Polars and DuckDB read the Parquet files directly. `croissant.json` "
              "describes the same files in Croissant (MLCommons) metadata; `manifest.json` holds each file's "
              "sha256 (`timeline verify` checks them).", ""]
    return "\n".join(lines).encode("utf-8")


def build_command(manifest: dict) -> str:
    """The ``timeline build`` command line that gives this version from its inputs."""
    options = manifest.get("options", {})
    parts = ["timeline build INPUTS --dataset DATASET"]
    if options.get("dct"):
        parts.append(f"--dct {options['dct']}")
    if options.get("language"):
        parts.append(f"--language {options['language']}")
    for field, name in sorted((options.get("fields") or {}).items()):
        if field in ("text", "date", "id", "title"):
            parts.append(f"--{field}-field {_quoted(name)}")
    if manifest.get("knowledge", {}).get("user_folders"):
        parts.append("--knowledge DIR")
    if options.get("max_bytes") and options["max_bytes"] != 100 * 1024 * 1024:
        parts.append(f"--max-mb {options['max_bytes'] / 1024 / 1024:g}")
    others = {k: v for k, v in (options.get("fields") or {}).items() if k not in ("text", "date", "id", "title")}
    if others:  # url and language have no option of their own: a mapping file holds them
        parts.append(f"--fields FIELDS.json  # FIELDS.json: {json.dumps(others, sort_keys=True)}")
    return " ".join(parts)


def _quoted(text: str) -> str:
    return text if text.replace("_", "").replace(".", "").replace("-", "").isalnum() else json.dumps(text)


def _size_category(n: int) -> str:
    for bound, label in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
                         (1_000_000, "100K<n<1M")):
        if n < bound:
            return label
    return "n>1M"
