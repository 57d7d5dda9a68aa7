"""Start-up: `timeline --help` imports no heavy library, and the command table matches the modules."""
from __future__ import annotations

import argparse
import importlib
import subprocess
import sys

from timeline_builder.cli import COMMAND_MODULES, COMMANDS


def test_the_command_table_is_what_the_modules_register():
    registered = {}
    for module in COMMAND_MODULES:
        subparsers = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(f"timeline_builder.cli.{module}").register(subparsers)
        registered.update({action.dest: (module, action.help) for action in subparsers._choices_actions})
    assert registered == COMMANDS


def test_help_imports_no_heavy_library():
    probe = ("import sys\nfrom timeline_builder.cli import main\nmain(['--help'])\n"
             "print('loaded:', ' '.join(sorted(m for m in ('pyarrow', 'duckdb', 'matplotlib', 'numpy', 'dateparser', "
             "'timeline_builder.build', 'timeline_builder.extract') if m in sys.modules)))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip().splitlines()[-1] == "loaded:"


def test_the_collector_skips_what_is_alive_at_exit():
    """main() has gc.freeze run at exit (a build's last full collections walked its knowledge for nothing);
    in the process, the collector still runs: a cycle made after main() is collected by gc.collect()."""
    probe = ("import atexit, gc, weakref\nfrom timeline_builder.cli import main\n"
             "registered = []\nadd = atexit.register\natexit.register = lambda f, *a, **k: (registered.append(f), add(f, *a, **k))[1]\n"
             "main(['--help']); main(['--help'])\n"
             "class Cycle: pass\nc = Cycle(); c.me = c; alive = weakref.ref(c); del c; gc.collect()\n"
             "print(registered == [gc.freeze], alive() is None)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip().splitlines()[-1] == "True True"
