"""Markdown front matter (YAML, TOML) and HTML article extraction."""
from __future__ import annotations

from datetime import date

from timeline_builder.ingest import collect_inputs, load_documents
from timeline_builder.ingest.formats import read_html, read_markdown
from timeline_builder.records import Document, Problem


def _load(folder):
    files, _ = collect_inputs([str(folder)])
    results = list(load_documents(files))
    return [r for r in results if isinstance(r, Document)], [r for r in results if isinstance(r, Problem)]


def test_toml_front_matter():
    text, meta, messages = read_markdown('+++\ntitle = "Hugo post"\ndate = 2021-04-05T10:00:00Z\n+++\nBody.\n')
    assert text == "Body.\n" and meta["title"] == "Hugo post" and messages == []


def test_yaml_front_matter_with_lists_and_quotes():
    text, meta, messages = read_markdown("---\ntitle: 'A: colon'\ntags: [a, b]\npublished: 2021-04-05\n---\nBody.")
    assert text == "Body." and meta["title"] == "A: colon" and meta["tags"] == ["a", "b"]
    assert meta["published"] == date(2021, 4, 5)


def test_broken_front_matter_is_reported_and_removed(tmp_path):
    (tmp_path / "p.md").write_text("---\ntitle: [unclosed\n---\nBody text here.\n", encoding="utf-8")
    docs, problems = _load(tmp_path)
    assert docs[0].text == "Body text here.\n"
    assert [p.code for p in problems] == ["bad-metadata"] and "YAML" in problems[0].message


def test_front_matter_published_date_is_the_dct(tmp_path):
    (tmp_path / "p.md").write_text("+++\npublished = 2019-11-09\n+++\nThe wall fell thirty years ago.\n",
                                   encoding="utf-8")
    docs, problems = _load(tmp_path)
    assert problems == [] and docs[0].dct == date(2019, 11, 9) and docs[0].dct_source == "metadata"


PAGE = """<!doctype html><html lang="en"><head><title>World | The Daily Example</title>
<meta property="article:published_time" content="2005-03-02T10:00:00+00:00">
<meta property="og:title" content="Talks resume in Geneva"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li>Subscribe now</li></ul></nav>
<header><div class="menu">Login | Register | Newsletter</div></header>
<article><h1>Talks resume in Geneva</h1>
<p>Negotiators from both countries met in Geneva on Tuesday to resume talks that broke down last year.</p>
<p>The previous round, held in 2003, ended without an agreement on the verification of the treaty.</p>
</article>
<footer><p>Copyright 2005 The Daily Example. All rights reserved. Privacy policy. Contact us.</p></footer>
</body></html>"""


def test_html_main_text_without_boilerplate_and_metadata():
    text, meta = read_html(PAGE)
    assert text.startswith("Talks resume in Geneva") or text.startswith("Negotiators")
    assert "Negotiators from both countries met in Geneva" in text and "2003" in text
    for boilerplate in ("Subscribe now", "Login", "Copyright", "Privacy policy"):
        assert boilerplate not in text
    assert meta["date"] == "2005-03-02" and meta["title"] == "Talks resume in Geneva"
    assert meta["language"] == "en"


def test_html_document_offsets_point_into_published_text(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    docs, problems = _load(tmp_path)
    doc = docs[0]
    assert problems == [] and doc.dct == date(2005, 3, 2) and doc.dct_source == "metadata"
    start = doc.text.index("2003")
    assert doc.text[start:start + 4] == "2003"
    assert all(0 <= s.start < s.end <= len(doc.text) for s in doc.sentences)


def test_character_references_in_text_and_markdown_are_decoded(tmp_path):
    (tmp_path / "a.txt").write_text("Ren&#233;e Dupr&eacute; met Jo&#xEB;l at the caf&#233; on Friday.",
                                    encoding="utf-8")
    (tmp_path / "b.md").write_text("---\ntitle: T\n---\nThe chairman, Andr&eacute; Morel, spoke.\n",
                                   encoding="utf-8")
    docs, problems = _load(tmp_path)
    assert problems == []
    by_name = {d.path.rsplit("/", 1)[-1]: d for d in docs}
    assert by_name["a.txt"].text == "Renée Dupré met Joël at the café on Friday."
    assert by_name["b.md"].text == "The chairman, André Morel, spoke.\n"


def test_only_complete_known_references_are_decoded():
    from timeline_builder.ingest.formats import decode_character_references as decode

    assert decode("AT&T and R&D; Smith & Sons") == "AT&T and R&D; Smith & Sons"
    assert decode("&copy 2004, &madeup; and &amp;") == "&copy 2004, &madeup; and &"
    assert decode("the firm&#146;s chief &lt;&gt;") == "the firm\u2019s chief <>"  # Windows-1252 range, as browsers do
    assert decode("&#x110000; &#0;") == "\ufffd \ufffd"
    assert decode("no references here") == "no references here"


def test_actor_spans_point_into_the_decoded_text(tmp_path):
    from timeline_builder.extract.actors import ActorExtractor
    from timeline_builder.records import AnnotatedDocument, Extraction

    (tmp_path / "c.txt").write_text("On Monday, the banker Fran&#231;ois Lemaire said the deal was done. "
                                    "Mr Lemaire did not say more.", encoding="utf-8")
    docs, _ = _load(tmp_path)
    text = docs[0].text
    assert text.startswith("On Monday, the banker François Lemaire said")
    found = ActorExtractor()(AnnotatedDocument(docs[0], Extraction()))
    spans = {(m.char_start, m.char_end, m.text) for m in found.actor_mentions}
    assert all(text[start:end] == surface for start, end, surface in spans)
    assert "François Lemaire" in {surface for _, _, surface in spans}
