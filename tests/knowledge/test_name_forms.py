"""Short forms in event names: packaged ones load, users extend them, bad lines name file and line."""
from __future__ import annotations

import pytest

from timeline_builder.errors import KnowledgeError
from timeline_builder.knowledge.name_forms import load_short_forms

HEADER = "long\tshort\n"


@pytest.mark.parametrize("name, expected", [
    ("2010 United Kingdom general election", "2010 UK general election"),
    ("United States Imposes Sanctions on Cuba", "US Imposes Sanctions on Cuba"),
    ("Accession of Sweden to the European Union", "Accession of Sweden to the EU"),
    ("Ambassador to the United States and the United Kingdom", "Ambassador to the US and the UK"),
    # a longer title stays whole; so does a name that only holds the words
    ("Constitution of the United States of America", "Constitution of the United States of America"),
    ("United Kingdom of Great Britain and Ireland", "United Kingdom of Great Britain and Ireland"),
    ("Treaty of the United Statesmen", "Treaty of the United Statesmen"),
    ("Pan-United States Games", "Pan-United States Games"),
])
def test_event_names_write_the_short_forms_writers_use(name, expected):
    assert load_short_forms().apply(name) == expected


def test_a_user_file_adds_a_short_form(tmp_path):
    (tmp_path / "names").mkdir()
    (tmp_path / "names" / "short_forms.tsv").write_text(HEADER + "Soviet Union\tUSSR\n")
    forms = load_short_forms((tmp_path,))
    assert forms.apply("Collapse of the Soviet Union") == "Collapse of the USSR"
    assert forms.apply("United States Withdraws") == "US Withdraws"  # the packaged rows stay


@pytest.mark.parametrize("line, message", [
    ("United States\t\n", "'short' is empty"),
    ("United States\tUnited States\n", "same name"),
    ("United States\tU$\n", "are words"),
])
def test_a_bad_short_form_names_its_file_and_line(tmp_path, line, message):
    (tmp_path / "names").mkdir()
    (tmp_path / "names" / "short_forms.tsv").write_text("# mine\n" + HEADER + line)
    with pytest.raises(KnowledgeError, match=message) as caught:
        load_short_forms((tmp_path,))
    assert "short_forms.tsv: line 3:" in str(caught.value)
