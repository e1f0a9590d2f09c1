"""The script of ``plan-editor-gui.exe`` (Windows only): the window without a console
(``editor.cli:gui_main``, as the installed gui-script)."""

import multiprocessing
import sys

from editor.cli import gui_main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the checks' process is this program, started again
    sys.exit(gui_main())
