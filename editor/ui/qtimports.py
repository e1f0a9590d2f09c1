"""PySide6's import hook, made cheap for the editor's start.

Once imported, PySide6 looks at every module imported after it, to know whether it may select
one of its ``__feature__`` options: it reads the module's source with ``inspect.getsource``
(tokenising it) and looks for the word "PySide6" (shibokensupport's ``feature.py``). The
editor imports a few hundred modules after Qt; that reading costs about 0.1-0.3 ms each, 20-30
ms of every start. ``lighten`` makes the same test read the file's bytes: the same answer for
every module (a module with no source file is not looked at either way), without the
tokenising. The editor selects no ``__feature__``.
"""

from __future__ import annotations

import sys


def _uses_pyside(module) -> bool:
    path = getattr(module, "__file__", None)
    if not path or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as f:
            return b"PySide6" in f.read()
    except OSError:
        return False


def lighten() -> None:
    """Import QtCore and make its import hook read files instead of parsing them (nothing
    when this PySide6 has no such hook)."""
    import PySide6.QtCore  # noqa: F401 (installs the hook)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_pyside
