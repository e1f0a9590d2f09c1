"""The installed PySide6 keeps Python's reference to None balanced (6.12.0 on Python 3.11 did
not, and aborted the editor with "deallocating None" after some thousands of resizes)."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget()
before = sys.getrefcount(None)
for i in range(50_000):
    w.resize(100 + i % 7, 100)
print(sys.getrefcount(None) - before)
"""


def test_widget_calls_keep_none_alive():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-500:]
    assert abs(int(out.stdout.strip())) < 1000
