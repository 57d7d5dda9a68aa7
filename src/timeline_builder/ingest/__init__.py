"""Ingest: files, folders and globs -> Documents (or Problems), one document at a time.

Formats: ``.txt``, ``.md`` (YAML or TOML front matter allowed), ``.html`` (the article's
main text, through trafilatura), and article collections of one record per document:
``.jsonl``, ``.csv``, ``.tsv``, ``.parquet`` (fields found by name, see ``fields.py``).
Each document gets its creation time (dct) from, in order: its own metadata (sidecar
``<file>.meta.json``, front matter, the record's date field, the page's metadata), the ``--dct``
option, a leading ``YYYY-MM-DD`` in its file name, the newest full date in its text
(marked ``inferred``); otherwise none, with a warning.
"""
from __future__ import annotations

import errno
import glob
import hashlib
import json
import os
import stat
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterator

from ..errors import IngestError, UsageError
from ..records import Document, Problem, stable_id
from .collections import delimited_records, jsonl_file_records, jsonl_records, parquet_records
from .dct import date_from_filename, infer_from_text
from .decode import _wide_encoding, decode_text
from .fields import FieldMap, lookup, missing_text_reason, record_metadata, record_text
from .formats import read_html, read_markdown, read_plain
from .language import detect_language
from .sentences import split_sentences

FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html",
           ".htm": "html", ".jsonl": "jsonl", ".csv": "csv", ".tsv": "tsv", ".parquet": "parquet"}
# Formats holding many documents, one record each.
COLLECTIONS = {"jsonl", "csv", "tsv", "parquet"}
SUPPORTED = ".txt, .md, .html, .jsonl, .csv, .tsv or .parquet"
SIDECAR_SUFFIX = ".meta.json"
MB = 1024 * 1024  # the unit of --max-mb
DEFAULT_MAX_BYTES = 100 * MB


@dataclass(frozen=True, slots=True)
class InputFile:
    """A file to ingest and its path relative to the input root (what the tables store)."""

    path: Path
    relpath: str
    format: str


def collect_inputs(specs: list[str]) -> tuple[list[InputFile], list[Problem]]:
    """Expand files, folders (recursively) and globs into input files, sorted by relative path.

    A file's relative path (what the tables store, and part of its document id) starts at the
    input the user named: ``timeline build bbc/politics`` stores ``politics/001.txt``,
    whatever the current folder, so shards built apart name their documents as one build of
    all of them does (see ``timeline merge``). Only when two inputs would give the same
    relative path (two folders of one name) are paths taken from their common root instead.
    """
    found: list[tuple[Path, Path, str]] = []  # (file, the folder its relative path starts from, that path)
    anchors: list[Path] = []
    problems: list[Problem] = []
    for spec in specs:
        if glob.has_magic(spec):
            matches = [Path(p) for p in glob.glob(spec, recursive=True) if Path(p).is_file()]
            base = Path(spec.split("*")[0].split("?")[0].split("[")[0] or ".")
            anchor = _parent(base if base.is_dir() else base.parent)
            anchors.append(anchor)
            if not matches:
                problems.append(Problem("no-match", f"the pattern {spec!r} matches no file", path=spec))
            found += [(match, anchor, _relative(match, anchor)) for match in matches]
        elif os.path.isdir(spec):
            folder = Path(spec)
            anchor = _parent(folder)
            anchors.append(anchor)
            found += _folder_inputs(folder, anchor, problems)
        elif os.path.isfile(spec):
            anchor = Path(os.path.abspath(Path(spec).parent))
            anchors.append(anchor)
            found.append((Path(spec), anchor, _relative(Path(spec), anchor)))
        else:
            problems.append(Problem("missing-input", "no such file or folder", path=spec))
    if not anchors:
        return [], problems
    root = Path(os.path.commonpath([str(a) for a in anchors]))
    inputs: dict[str, InputFile] = {}
    for path, _, rel in found:
        known = inputs.get(rel)
        if known is not None and os.path.abspath(known.path) != os.path.abspath(path):
            anchor_of = {os.path.abspath(p): root for p, _, _ in found}  # two inputs of one name: a common root
            return _inputs_from([(p, anchor_of[os.path.abspath(p)]) for p, _, _ in found], problems, root)
        inputs[rel] = InputFile(path, rel, FORMATS.get(_suffix(path.name).lower(), "txt"))
    return _sorted_inputs(inputs, problems, root)


def _folder_inputs(folder: Path, anchor: Path, problems: list[Problem]) -> list[tuple[Path, Path, str]]:
    """The files to ingest under ``folder`` in path order, each with ``anchor`` and its relative path;
    hidden files and folders and metadata sidecars left out, files of other formats reported.

    Each file is handled as text, not as a ``Path`` until it is kept: pathlib's parsing made
    listing a folder of 100,000 files take 12 CPU-s (a loaded machine; 2.9 s on text)."""
    top = os.fspath(folder)
    cut = len(top) if top.endswith(os.sep) else len(top) + 1
    # The relative path's first part: the folder's own name (none for the file system's root).
    head = Path(os.path.abspath(folder)).relative_to(anchor).as_posix()
    head_parts = () if head == "." else (head,)
    listed: list[tuple[tuple[str, ...], str, str]] = []  # (parts below folder, directory, file name)
    for directory, names in _files_under(folder, problems):
        inner = directory[cut:] if directory != top else ""
        parts = tuple(inner.split(os.sep)) if inner else ()
        listed += [((*parts, name), directory, name) for name in names]
    listed.sort(key=lambda entry: entry[0])  # the order of Path objects: part by part
    found = []
    for parts, directory, name in listed:
        if any(part.startswith(".") for part in parts) or name.endswith(SIDECAR_SUFFIX):
            continue
        path = Path(directory, name)
        if _suffix(name).lower() in FORMATS:
            found.append((path, anchor, printable_path("/".join((*head_parts, *parts)))))
        else:
            problems.append(Problem("unsupported-file", f"skipped: not a {SUPPORTED} file",
                                    path=str(path), severity="warning"))
    return found


def _suffix(name: str) -> str:
    """``Path(name).suffix``: the last dot's part, unless the name starts or ends with that dot."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def _relative(path: Path, anchor: Path) -> str:
    return printable_path(Path(os.path.abspath(path)).relative_to(anchor).as_posix())


def _wide_text(path: Path) -> bool:
    """Whether the file starts with a UTF-16 or UTF-32 byte-order mark (read whole, not streamed)."""
    with open(path, "rb") as handle:
        return _wide_encoding(handle.read(8192)) is not None


def _parent(folder: Path) -> Path:
    """The folder above ``folder`` (absolute), where relative paths naming ``folder`` start."""
    return Path(os.path.abspath(folder)).parent


def _inputs_from(found: list[tuple[Path, Path]], problems: list[Problem], root: Path
                 ) -> tuple[list[InputFile], list[Problem]]:
    inputs = {}
    for path, anchor in found:
        rel = _relative(path, anchor)
        inputs[rel] = InputFile(path, rel, FORMATS.get(path.suffix.lower(), "txt"))
    return _sorted_inputs(inputs, problems, root)


def _sorted_inputs(inputs: dict[str, InputFile], problems: list[Problem], root: Path
                   ) -> tuple[list[InputFile], list[Problem]]:
    for problem in problems:
        if problem.path and os.path.exists(problem.path):
            object.__setattr__(problem, "path", Path(os.path.abspath(problem.path)).relative_to(root).as_posix())
        if problem.path:
            object.__setattr__(problem, "path", printable_path(problem.path))
    return [inputs[k] for k in sorted(inputs)], problems


def printable_path(path: str) -> str:
    """``path`` as text that can be stored: a file name that is not UTF-8 (its bytes arrive as
    lone surrogates) keeps those bytes as ``\\xNN`` escapes; the file itself is still read."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _files_under(folder: Path, problems: list[Problem]) -> Iterator[tuple[str, list[str]]]:
    """Each folder under ``folder`` (recursively) with the names of its files; a sub-folder that
    cannot be listed is a problem row (its files would otherwise be missing without a word).
    Links to folders are not followed."""
    def unreadable(error: OSError) -> None:
        problems.append(Problem("unreadable-folder", f"cannot list this folder: {error.strerror or error}; "
                                "its files were not built", path=error.filename or str(folder)))

    for directory, _, names in os.walk(folder, onerror=unreadable):
        yield directory, [name for name in names if _is_file(os.path.join(directory, name))]


def _is_file(path: str) -> bool:
    """``Path(path).is_file()`` on text: False where the file is gone or a link is broken or
    loops, any other error raised."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError as exc:
        if exc.errno not in (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP):
            raise
        return False
    except ValueError:
        return False


def load_documents(inputs: list[InputFile], dct: date | None = None, language: str | None = None,
                   max_bytes: int = DEFAULT_MAX_BYTES, fields: FieldMap = FieldMap()) -> Iterator[Document | Problem]:
    """Yield each input's documents, or a Problem for an input (or record) that fails.

    ``fields``: which record or metadata field holds the text, date, id, title, url and language.
    """
    for item in inputs:
        try:
            size = os.stat(item.path).st_size
            if item.format == "jsonl" and not _wide_text(item.path):
                # Streamed a line at a time; the size limit applies to each record, not the file.
                sidecar, problems = _read_sidecar(item, fields)
                yield from problems
                yield from _collection_documents(item, jsonl_file_records(item.path, item.relpath, max_bytes),
                                                 sidecar, dct, language, fields)
                continue
            if size > max_bytes:
                # In the unit of --max-mb (MB of 1024 x 1024 bytes), so the limit reads as it was given.
                raise IngestError(f"file is {size / MB:.1f} MB, over the {max_bytes / MB:g} MB limit",
                                  path=item.relpath, hint="split it, or raise the limit with --max-mb")
            sidecar, problems = _read_sidecar(item, fields)
            yield from problems
            if item.format == "parquet":
                yield from _collection_documents(item, parquet_records(item.path, item.relpath), sidecar,
                                                 dct, language, fields)
                continue
            with open(item.path, "rb") as handle:
                content = decode_text(handle.read(), item.relpath)
            if item.format in COLLECTIONS:
                records = (jsonl_records(content, item.relpath) if item.format == "jsonl" else
                           delimited_records(content, item.relpath, "\t" if item.format == "tsv" else ","))
                yield from _collection_documents(item, records, sidecar, dct, language, fields)
                continue
            messages: list[str] = []
            if item.format == "md":
                text, raw, messages = read_markdown(content)
            else:
                text, raw = (read_html if item.format == "html" else read_plain)(content)
            meta, unreadable = record_metadata(raw, fields, "front matter" if item.format == "md" else "page metadata")
            # The path from the input the user named and the text: shards never share an id.
            doc_id = stable_id("doc", item.relpath, hashlib.sha256(text.encode("utf-8")).hexdigest())
            yield from _metadata_problems(messages + unreadable, item.relpath, doc_id)
            yield _make_document(item, text, {**meta, **sidecar}, dct, language, doc_id=doc_id, path=item.relpath)
        except IngestError as exc:
            yield Problem("unreadable", exc.message + (f" ({exc.hint})" if exc.hint else ""), path=item.relpath)
        except OSError as exc:
            yield Problem("unreadable", f"cannot read: {exc.strerror or exc}", path=item.relpath)
        except Exception as exc:  # noqa: BLE001 - one input that breaks a reader must not sink the corpus
            yield Problem("unreadable", f"could not be read: {type(exc).__name__}: {exc}", path=item.relpath)


def load_document(path: str | Path, dct: date | None = None, language: str | None = None) -> Document:
    """Read one file as a Document (the first, for a JSONL corpus); raise UsageError if it fails."""
    path = Path(path)
    if not path.is_file():
        raise UsageError("no such file", path=str(path))
    item = InputFile(path, path.name, FORMATS.get(path.suffix.lower(), "txt"))
    for result in load_documents([item], dct=dct, language=language):
        if isinstance(result, Problem):
            if result.severity == "error":
                raise UsageError(result.message, path=str(path))
            continue
        return result
    raise UsageError("no document in this file", path=str(path))


def _read_sidecar(item: InputFile, fields: FieldMap) -> tuple[dict, list[Problem]]:
    """The sidecar's metadata, and a warning for a sidecar or value that cannot be read (the document is kept)."""
    if not _is_file(os.fspath(item.path) + SIDECAR_SUFFIX):  # (no Path made for the usual answer: none)
        return {}, []
    sidecar = item.path.with_name(item.path.name + SIDECAR_SUFFIX)
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return {}, _metadata_problems([f"{sidecar.name} is not valid JSON ({exc}); its values were ignored"],
                                      item.relpath)
    if not isinstance(data, dict):
        return {}, _metadata_problems([f"{sidecar.name} must hold a JSON object; ignored"], item.relpath)
    meta, messages = record_metadata(data, fields, sidecar.name)
    return meta, _metadata_problems(messages, item.relpath)


def _metadata_problems(messages: list[str], path: str, doc_id: str | None = None) -> list[Problem]:
    return [Problem("bad-metadata", message, path=path, doc_id=doc_id, severity="warning") for message in messages]


def _collection_documents(item: InputFile, records: Iterator, sidecar: dict, dct: date | None,
                          language: str | None, fields: FieldMap) -> Iterator[Document | Problem]:
    """The documents of an article collection, one per record; a bad record is a problem of its own."""
    seen: dict[str, type] = {}  # document key -> the type of the record's id
    for where, record in records:
        if isinstance(record, IngestError):
            yield Problem("bad-record", record.message + (f" ({record.hint})" if record.hint else ""),
                          path=item.relpath)
            continue
        text = record_text(record, fields)
        if text is None:
            yield Problem("bad-record", f"{where}: {missing_text_reason(record, fields)}", path=item.relpath)
            continue
        meta, messages = record_metadata(record, fields, where)
        key = meta.get("id") or hashlib.sha256(text.encode()).hexdigest()[:16]
        raw_id = lookup(record, "id", fields)[1]
        if key in seen and raw_id is not None and seen[key] != type(raw_id):
            # 12 and "12" are two ids that read alike: the later keeps its JSON spelling ("12" with quotes)
            key = json.dumps(raw_id, ensure_ascii=False)
        if key in seen:
            yield Problem("duplicate-record", f"{where}: a record with id {key!r} came earlier; skipped",
                          path=item.relpath)
            continue
        seen[key] = type(raw_id)
        doc_id = stable_id("doc", item.relpath, key)
        yield from _metadata_problems(messages, item.relpath, doc_id)
        yield _make_document(item, text, {**sidecar, **meta}, dct, language, doc_id=doc_id,
                             path=f"{item.relpath}#{key}")


def _make_document(item: InputFile, text: str, meta: dict, dct_option: date | None,
                   language_option: str | None, doc_id: str, path: str) -> Document | Problem:
    if not text.strip():
        return Problem("empty-document", "the document has no text", path=path, doc_id=doc_id)
    dct, source = _resolve_dct(meta, dct_option, Path(path.split("#")[0]).name, text)
    language = (meta.get("language") or language_option or detect_language(text)).lower()
    return Document(
        doc_id=doc_id, path=path, text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=meta.get("title") or _first_line_title(text),
        dct=dct, dct_source=source, language=language, url=meta.get("url"),
        source_format=item.format, sentences=split_sentences(text),
    )


def _resolve_dct(meta: dict, option: date | None, filename: str, text: str) -> tuple[date | None, str]:
    if meta.get("date"):  # checked and normalised to YYYY-MM-DD by fields.record_metadata
        return date.fromisoformat(meta["date"]), "metadata"
    if option:
        return option, "option"
    from_name = date_from_filename(filename)
    if from_name:
        return from_name, "filename"
    inferred = infer_from_text(text)
    if inferred:
        return inferred, "inferred"
    return None, "none"


def _first_line_title(text: str) -> str | None:
    """A short first line (a headline) doubles as the title when metadata gives none."""
    first = text.lstrip().split("\n", 1)[0].strip()
    return first if 0 < len(first) <= 200 and not first.endswith((".", ",", ";")) else None
