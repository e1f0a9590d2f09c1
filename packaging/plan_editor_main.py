"""The script PyInstaller freezes into the bundle's ``plan-editor`` program: the command line,
and the window when no command is given (``editor.cli:main``, as the installed script)."""

import multiprocessing
import sys

from editor.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the checks' process is this program, started again
    sys.exit(main())
