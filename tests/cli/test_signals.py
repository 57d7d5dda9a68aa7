"""SIGTERM ends a command with a message and the exit code 143, unwinding like Ctrl-C."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from timeline_builder.cli import main


def test_sigterm_is_one_line_and_exit_143(monkeypatch, capsys):
    import timeline_builder.cli.datasets as datasets

    def killed(args):
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(5)  # the handler interrupts this
        return 0

    monkeypatch.setattr(datasets, "run_log", killed)
    before = signal.getsignal(signal.SIGTERM)
    assert main(["log"]) == 143
    err = capsys.readouterr().err
    assert err == "timeline log: terminated (SIGTERM); nothing was published\n"
    assert signal.getsignal(signal.SIGTERM) == before  # restored


def test_sigterm_during_a_build_leaves_no_staging(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(400):
        (corpus / f"{i:03d}.txt").write_text(f"The treaty of {1900 + i % 100} was signed in Moscow. " * 200)
    dataset = tmp_path / "ds"
    script = ("import sys; from timeline_builder.cli import main; print('ready', flush=True); "
              "sys.exit(main(sys.argv[1:]))")
    process = subprocess.Popen([sys.executable, "-c", script, "build", str(corpus), "--dataset", str(dataset),
                                "--no-cache", "--jobs", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, cwd=Path(__file__).resolve().parents[2])
    assert process.stdout.readline().strip() == "ready"  # imported: the command is about to run
    # Signal once the build reports progress (it is extracting), read from stderr as it comes, so
    # that on a loaded machine the signal never arrives while the interpreter is still starting.
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(process.stderr), daemon=True)
    reader.start()
    deadline = time.monotonic() + 120
    while not any(line.startswith("build:") for line in lines) and process.poll() is None \
            and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=60)
    reader.join(timeout=10)
    err = "".join(lines)
    if process.returncode == 0:  # the machine was fast enough to finish first: nothing to check
        return
    assert process.returncode == 143, err
    assert "terminated (SIGTERM)" in err and "Traceback" not in err
    assert not list(dataset.glob(".staging-*")) if dataset.exists() else True
