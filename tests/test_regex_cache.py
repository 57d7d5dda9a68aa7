"""Compiled patterns kept between builds: the same pattern objects as re makes, whatever the file holds."""
from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_builder import regex_cache

PATTERNS = [
    (r"\b(?:signed|ratified)\s+the\s+(?P<name>[A-Z]\w+ Treaty)\b", 0),
    (r"(?i)(?<![\w-])cease-?fires?\b", 0),
    (r"\d{1,2} (?:January|February|March) (\d{4})", re.IGNORECASE),
    (r"^[ \t]*\d{1,3}[ \t.)]+\S[^\n]{0,60}$", re.MULTILINE),
    (r"(?:" + "|".join(f"word{n}" for n in range(300)) + r")\b", 0),
    (r"(?P<a>x)(?P=a)|[а-яё]+", re.IGNORECASE | re.UNICODE),
    (rb"\x00+|[\xff-]", 0),
    (r".+?(?=\.)", re.DOTALL),
]
TEXT = "In 1991 they signed the Helsinki Treaty; a cease-fire held. 4 March 2003: xx, word7 word299. Москва"


def _compile_with(path, pattern, flags):
    with regex_cache.kept(path) as store:
        return store.compile(pattern, flags), store


@pytest.mark.parametrize("pattern, flags", PATTERNS)
def test_a_kept_pattern_is_the_pattern_re_makes(tmp_path, pattern, flags):
    path = tmp_path / "regex.marshal"
    made, store = _compile_with(path, pattern, flags)
    assert store.misses == 1 and path.is_file()
    kept, store = _compile_with(path, pattern, flags)
    assert store.hits == 1 and store.misses == 0
    plain = re._compiler.compile(pattern, flags)
    # (Pattern equality compares the flags, the pattern and the compiled code)
    assert made == plain and kept == plain
    assert (kept.groups, kept.groupindex, kept.flags) == (plain.groups, plain.groupindex, plain.flags)
    text = TEXT.encode("utf-8", "replace") if isinstance(pattern, bytes) else TEXT
    assert [m.span() for m in kept.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab(?:)|*+{}2,[^]\\dwsbAZ.$<=!P>-i"), max_size=14),
       st.sampled_from([0, re.IGNORECASE, re.MULTILINE | re.DOTALL]))
def test_any_pattern_round_trips(tmp_path_factory, pattern, flags):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)  # ("possible nested set": "[[")
            plain = re._compiler.compile(pattern, flags)
    except (re.error, OverflowError, RecursionError):
        return
    path = tmp_path_factory.mktemp("kept") / "regex.marshal"
    assert _compile_with(path, pattern, flags)[0] == plain
    kept, store = _compile_with(path, pattern, flags)
    assert store.hits == 1 and kept == plain


def test_re_compile_goes_through_the_store_only_inside_the_block(tmp_path):
    pattern = r"kept-only-here-\d+"
    before = re._compiler.compile
    with regex_cache.kept(tmp_path / "regex.marshal") as store:
        re.purge()
        assert re.compile(pattern).match("kept-only-here-12")
        assert store.misses >= 1
    assert re._compiler.compile is before


@pytest.mark.parametrize("content", [b"", b"not marshal at all", marshal.dumps({"a": 1}),
                                     marshal.dumps((("other", (2, 7, 18), 1, 2, "big"), {})),
                                     "damaged entry"])
def test_a_damaged_or_foreign_file_is_ignored_and_rewritten(tmp_path, content):
    path = tmp_path / "regex.marshal"
    pattern = r"(?P<year>\d{4})-(?P<month>\d{2})"
    if content == "damaged entry":
        _compile_with(path, pattern, 0)
        tag, known = marshal.loads(path.read_bytes())
        known[(pattern, 0)] = (0, b"\x01\x02\x03\x04", 0, {}, ())  # code _sre.compile refuses
        path.write_bytes(marshal.dumps((tag, known)))
    else:
        path.write_bytes(content)
    compiled, store = _compile_with(path, pattern, 0)
    assert compiled == re._compiler.compile(pattern, 0) and store.misses == 1
    assert _compile_with(path, pattern, 0)[1].hits == 1  # written again, good this time


def test_switched_off_or_unwritable(tmp_path, monkeypatch):
    monkeypatch.setenv(regex_cache.ENVIRONMENT, "off")
    with regex_cache.kept() as store:
        assert store is None
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    compiled, store = _compile_with(blocked / "regex.marshal", r"unwritable\s+place", 0)  # (its folder is a file)
    assert compiled.match("unwritable place") and not (blocked / "regex.marshal").exists()


def test_a_pattern_of_a_str_subclass_is_compiled_as_usual_and_the_rest_kept(tmp_path):
    class Text(str):
        pass

    path = tmp_path / "regex.marshal"
    with regex_cache.kept(path) as store:
        assert store.compile(Text(r"sub\w+"), 0).match("subclass")
        store.compile(r"plain\d", 0)
    _, known = marshal.loads(path.read_bytes())
    assert list(known) == [(r"plain\d", 0)]


def test_the_default_file_is_in_the_users_cache_folder(tmp_path, monkeypatch):
    monkeypatch.delenv(regex_cache.ENVIRONMENT, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = regex_cache.default_path()
    assert path.parent == tmp_path / "timeline-builder" and path.name.startswith("regex-cpython-")


def test_at_most_max_patterns_are_kept_first_used_first(tmp_path, monkeypatch):
    monkeypatch.setattr(regex_cache, "MAX_PATTERNS", 3)
    path = tmp_path / "regex.marshal"
    with regex_cache.kept(path) as store:
        for n in range(6):
            store.compile(f"first-used-{n}", 0)
    _, known = marshal.loads(path.read_bytes())
    assert list(known) == [(f"first-used-{n}", 0) for n in range(3)]


def test_a_derived_value_is_kept_and_read_back_by_the_next_block(tmp_path):
    path = tmp_path / "regex.marshal"
    calls = []

    def compute():
        calls.append(1)
        return ("tw(?:in)", True)

    kind = ("a-rule", "digest1")
    assert regex_cache.derived(kind, ("src", 2), compute) == ("tw(?:in)", True)  # outside a block: computed
    with regex_cache.kept(path) as store:
        assert regex_cache.derived(kind, ("src", 2), compute) == ("tw(?:in)", True)
        assert store.derived_misses == 1
    assert len(calls) == 2 and path.is_file()
    with regex_cache.kept(path) as store:
        assert regex_cache.derived(kind, ("src", 2), compute) == ("tw(?:in)", True)
        assert store.derived_misses == 0
        # another code version of the rule, or another key: computed again
        assert regex_cache.derived(("a-rule", "digest2"), ("src", 2), compute) == ("tw(?:in)", True)
        assert regex_cache.derived(kind, ("src", 0), compute) == ("tw(?:in)", True)
        # a rule whose code version is unknown is never kept
        assert regex_cache.derived(("a-rule", None), ("src", 2), compute) == ("tw(?:in)", True)
    assert len(calls) == 5


def test_casefold_answers_read_back_are_those_it_computes(tmp_path):
    from timeline_builder.extract import casefold

    patterns = [re.compile(r"\b(?:wars?|treat(?:y|ies))\b", re.IGNORECASE),
                re.compile(r"(?i:summit)|Summit of (?-i:Leaders)"), re.compile(r"\bx*", re.IGNORECASE)]
    fresh = [(casefold._case_blind_twin(p), casefold.required_words(p)) for p in patterns]
    path = tmp_path / "regex.marshal"
    for _ in range(2):  # kept, then read back
        with regex_cache.kept(path):
            assert [(casefold._case_blind_twin(p), casefold.required_words(p)) for p in patterns] == fresh
    # a malformed value in the file is not used
    with regex_cache.kept(path) as store:
        for key in [k for k in store.known if k[0] == "derived"]:
            store.known[key] = ("not", "a twin", 3)
        assert [(casefold._case_blind_twin(p), casefold.required_words(p)) for p in patterns] == fresh


def test_builds_with_kept_patterns_publish_the_same_bytes(tmp_path):
    # (each build in a process of its own: this one compiled the extractors' patterns long ago)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("On 3 May 2001 the leaders of Chile and Peru signed a border accord in Lima. "
                                  "Talks on trade resumed a week later.", encoding="utf-8")
    (corpus / "b.txt").write_text("Voters in Norway elected a new parliament on 9 September 2013, and the "
                                  "prime minister resigned the next day.", encoding="utf-8")
    kept = tmp_path / "regex.marshal"
    ids = []
    for setting, jobs in (("off", "1"), (str(kept), "2"), (str(kept), "1")):
        dataset = tmp_path / f"ds-{len(ids)}"
        done = subprocess.run([sys.executable, "-c", "import sys; from timeline_builder.cli import main; "
                               "sys.exit(main(sys.argv[1:]))", "build", str(corpus), "--dataset", str(dataset),
                               "--no-cache", "--quiet", "--jobs", jobs, "--dct", "2014-01-01"],
                              env=dict(os.environ, **{regex_cache.ENVIRONMENT: setting}), capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        ids.append((dataset / "latest").resolve().name)
        if setting != "off":
            _, known = marshal.loads(kept.read_bytes())
            assert len(known) > 300  # the extractors' patterns, the workers' among them
    assert ids[0] == ids[1] == ids[2]
