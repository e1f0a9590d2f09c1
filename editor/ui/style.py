"""The window's look: one Qt style sheet for the form, lists and panels (light, quiet, roomy)."""

STYLE = """
QWidget#formBody { background: #f4f6f9; }
QFrame#section { background: #ffffff; border: 1px solid #dde3ea; border-radius: 6px; }
QFrame#group { background: #f8fafc; border: 1px solid #cfd8e3; border-radius: 5px; }
QLabel#sectionTitle { font-size: 13pt; font-weight: 600; color: #0b4f9c; }
QLabel#lead { color: #486581; font-style: italic; }
QLabel#prompt { font-weight: 600; color: #334e68; }
QLabel#kept { color: #829ab1; font-style: italic; }
QLabel#counter { color: #829ab1; }
QLabel#counter[over="true"] { color: #c62828; font-weight: 600; }
QLabel#problem { color: #b26a00; }
QLabel#problem[severity="error"] { color: #c62828; }
QLabel#note { color: #4a3b00; background: #fff6d6; border-left: 3px solid #e0b400;
    padding: 3px 6px; }
QLabel#note[resolved="true"] { color: #829ab1; background: #f4f6f9; border-left-color: #cfd8e3; }
QLabel#reviewBar { background: #fff6d6; border: 1px solid #e0b400; border-radius: 4px;
    padding: 4px 8px; color: #4a3b00; }
QLabel#reviewBar[verdict="approved"] { background: #e3f4e4; border-color: #66bb6a; color: #1b5e20; }
QLabel#reviewBar[verdict="needs revision"] { background: #fdecea; border-color: #e57373;
    color: #8e1b1b; }
QWidget[changed="true"] { background: #eef5ff; border-left: 3px solid #2f80ed; }
QLabel#changesHeading { font-weight: 600; color: #334e68; }
QLabel#empty { color: #829ab1; font-size: 12pt; }
QLineEdit#titleEdit { font-size: 12pt; padding: 3px; }
QFrame#chip { background: #dceefb; border: 1px solid #b3d4f5; border-radius: 10px; }
QToolButton#chipClose { border: none; color: #486581; padding: 0 2px; }
QTextBrowser#preview { background: #ffffff; border: none; }
QListWidget#problems { border: none; border-top: 1px solid #dde3ea; }
QStatusBar QLabel { padding: 0 8px; }
QLabel#status[complete="true"] { color: #2e7d32; font-weight: 600; }
QLabel#status[complete="false"] { color: #b26a00; font-weight: 600; }
"""
