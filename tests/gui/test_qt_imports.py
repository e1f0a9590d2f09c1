"""``editor.ui.qtimports.lighten`` makes PySide6's import hook cheaper without changing what it
decides: in a new interpreter, each module the window imports is marked (uses PySide6 or not)
exactly as PySide6's own test marks it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

PROBE = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
if sys.argv[1] == "lightened":
    from editor.ui.qtimports import lighten
    lighten()
import PySide6.QtCore
import editor.ui.window, markdown
feature = sys.modules["shibokensupport.feature"]
print(json.dumps({k: v for k, v in feature.pyside_feature_dict.items() if isinstance(v, int)}))
"""


def _marks(how: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", PROBE, how], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def test_modules_are_marked_as_pyside6_marks_them():
    lightened, plain = _marks("lightened"), _marks("plain")
    window = [name for name in plain if name.startswith("editor.ui.")]
    assert sum(plain[n] == 0 for n in window) > 20  # most of the window's modules use PySide6
    assert plain["editor.planfile.plan"] == -1  # not the core, nor markdown
    assert plain["markdown.core"] == -1
    common = lightened.keys() & plain.keys()
    assert len(common) > 100
    assert {n: lightened[n] for n in common} == {n: plain[n] for n in common}
