"""A build never imports pandas (pyarrow's list and scalar conversions import it where it is
installed: a third of a second of every build)."""
import subprocess
import sys

import pytest


def test_a_build_does_not_import_pandas(tmp_path):
    pytest.importorskip("pandas", reason="pandas is not installed, so nothing could import it")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The treaty was signed in Paris on 3 May 1998. Jacques Chirac attended.\n")
    (corpus / "b.txt").write_text("Elections were held in 2001.\n")
    code = ("import sys\nfrom timeline_builder.cli import main\n"
            f"assert main(['build', {str(corpus)!r}, '--dataset', {str(tmp_path / 'ds')!r}, '--quiet', '--jobs', '1']) == 0\n"
            f"assert main(['build', {str(corpus)!r}, '--dataset', {str(tmp_path / 'ds')!r}, '--quiet', '--jobs', '1']) == 0\n"
            "print('pandas' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split()[-1] == "False"
