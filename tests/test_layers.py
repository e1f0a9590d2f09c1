"""The layers of the package import only downwards: planfile <- catalog <- workspace <- ui.

Read from the source (every import, including those inside functions), so a lazy import that
reaches upwards fails here as surely as one at the top of a module.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

EDITOR = Path(__file__).resolve().parents[1] / "editor"

# What each layer may import from the package, besides itself.
ALLOWED = {
    "planfile": {"i18n"},
    "catalog": {"planfile", "resources", "i18n"},
    "workspace": {"planfile", "catalog", "resources", "i18n"},
    "export": {"planfile", "catalog", "resources", "i18n"},
}
QT = ("PySide6", "shiboken6")
# The one import upwards: run.export("pdf") fetches the PDF writer from the ui, inside the function
# for "pdf" only (Qt draws the PDF); the command line and the window are its only callers.
EXCEPTIONS = {("export/run.py", "editor.ui.pdf")}


def _imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every import in ``path``, relative imports resolved."""
    package = ".".join(path.relative_to(EDITOR.parent).with_suffix("").parts[:-1])
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            found.append((node.lineno, base))
    return found


def _layer(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if parts[0] == "editor" and len(parts) > 1 else None


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_a_layer_imports_nothing_above_it_and_no_qt(layer):
    wrong = []
    for path in sorted((EDITOR / layer).rglob("*.py")):
        for line, module in _imports(path):
            if (path.relative_to(EDITOR).as_posix(), module) in EXCEPTIONS:
                continue
            target = _layer(module)
            if module.startswith(QT) or (
                target is not None and target != layer and target not in ALLOWED[layer]
            ):
                wrong.append(f"{path.relative_to(EDITOR.parent)}:{line} imports {module}")
    assert not wrong, "\n".join(wrong)


# What the checks' process imports from the ui (editor/ui/checkprocess.py): it must not pay for
# Qt, nor need a display.
CHECKS_PROCESS = ("ui/checkprocess.py", "ui/form/model.py", "ui/__init__.py", "ui/form/__init__.py")


def test_what_the_checks_process_imports_from_the_ui_has_no_qt():
    wrong = []
    for name in CHECKS_PROCESS:
        path = EDITOR / name
        for line, module in _imports(path):
            where = module[len("editor.") :].replace(".", "/")
            if module.startswith(QT) or (
                _layer(module) == "ui"
                and f"{where}.py" not in CHECKS_PROCESS
                and f"{where}/__init__.py" not in CHECKS_PROCESS
            ):
                wrong.append(f"{name}:{line} imports {module}")
    assert not wrong, "\n".join(wrong)
