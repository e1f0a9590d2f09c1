"""`make bundle-test`: run the built one-folder bundle as a user would, with no Python around.

    python packaging/bundle_test.py [dist/plan-editor]

Each command runs from a new temporary folder that is also HOME, in a clean environment (only
PATH=/usr/bin:/bin, HOME and QT_QPA_PLATFORM=offscreen: no PYTHONPATH, no VIRTUAL_ENV, so nothing
of the checkout or its virtual environment can be reached), and its exit code and output are
checked: --version, --help, new, check of the new plan and of the bundle's sample plans, an
unknown command (exit 2, no window), and --screenshot of the default workspace (the Plans folder
made in HOME/Documents with the sample plans). Exit status 0 when every check holds.
"""

from __future__ import annotations

import struct
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 120  # seconds
WINDOW_TIMEOUT = 20  # seconds: a command that opened a window instead of exiting fails here

failures: list[str] = []


def expect(ok: bool, what: str) -> None:
    print(f"  {'ok  ' if ok else 'FAIL'} {what}")
    if not ok:
        failures.append(what)


def run(program: Path, home: Path, *args: str, timeout: int = TIMEOUT):
    """The program's completed process, or one with exit -1 when it ran over ``timeout``."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    try:
        done = subprocess.run(
            [str(program), *args],
            cwd=home,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        done = subprocess.CompletedProcess([program, *args], -1, "", f"timed out after {timeout} s")
    print(
        f"$ plan-editor {' '.join(args)}   (exit {done.returncode}, "
        f"{time.perf_counter() - start:.2f} s)"
    )
    for line in (done.stdout + done.stderr).splitlines()[:12]:
        print(f"    {line}")
    expect("Traceback" not in done.stderr, "no traceback")
    return done


def _ours(home: Path) -> list[str]:
    """The command lines of the running processes started with ``home`` as HOME (Linux)."""
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            if f"HOME={home}".encode() in (entry / "environ").read_bytes().split(b"\0"):
                found.append((entry / "cmdline").read_bytes().replace(b"\0", b" ").decode())
        except OSError:
            continue
    return found


def checks_process(program: Path, home: Path, plans: Path, sample: Path) -> None:
    """The window's checks run in a process of their own (the bundle started again, through
    multiprocessing's freeze_support), which ends with the editor, killed here."""
    if not Path("/proc/self/environ").exists():
        return
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    editor = subprocess.Popen(
        [str(program), str(plans), str(sample)],
        cwd=home,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + WINDOW_TIMEOUT
    while not any("--multiprocessing-fork" in c for c in _ours(home)):
        if time.monotonic() > deadline or editor.poll() is not None:
            break
        time.sleep(0.05)
    started = any("--multiprocessing-fork" in c for c in _ours(home))
    editor.kill()
    editor.wait(timeout=TIMEOUT)
    deadline = time.monotonic() + 10
    while _ours(home) and time.monotonic() < deadline:
        time.sleep(0.05)
    print(f"$ plan-editor {plans.name} {sample.name}   (the window, killed)")
    expect(started, "the window's checks run in a process of their own")
    expect(not _ours(home), "no process is left once the editor is killed")


def png_size(path: Path) -> tuple[int, int] | None:
    """(width, height) from the PNG header, None when the file is not a PNG."""
    head = path.read_bytes()[:24]
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", head[16:24])


def main(argv: list[str]) -> int:
    bundle = Path(argv[1] if len(argv) > 1 else ROOT / "dist" / "plan-editor").resolve()
    program = bundle / ("plan-editor.exe" if sys.platform == "win32" else "plan-editor")
    if not program.is_file():
        print(f"bundle-test: {program} does not exist (run make bundle)", file=sys.stderr)
        return 2
    with open(ROOT / "pyproject.toml", "rb") as f:
        version = tomllib.load(f)["project"]["version"]
    samples_dir = bundle / "_internal" / "editor" / "data" / "samples"
    samples = sorted(samples_dir.glob("*.txt"))

    with tempfile.TemporaryDirectory(prefix="plan-editor-bundle-") as tmp:
        home = Path(tmp)

        done = run(program, home, "--version")
        expect(done.returncode == 0, "--version exits 0")
        expect(done.stdout.strip() == f"plan-editor {version}", f"--version says {version}")

        done = run(program, home, "--help")
        expect(done.returncode == 0, "--help exits 0")
        expect(all(c in done.stdout for c in ("check", "new", "format")), "--help lists commands")

        done = run(program, home, "new", "--template", "learningplan", "-o", "X.txt")
        plan = home / "X.txt"
        expect(done.returncode == 0, "new exits 0")
        expect(plan.is_file() and plan.stat().st_size > 0, "new writes X.txt")

        for fmt in ("docx", "pdf", "xlsx"):  # the exporters' own data files are in the bundle
            done = run(program, home, "export", "X.txt", "--to", fmt, "-o", f"X.{fmt}")
            written = home / f"X.{fmt}"
            expect(
                done.returncode == 0 and written.is_file() and written.stat().st_size > 1000,
                f"export --to {fmt} writes X.{fmt}",
            )

        done = run(program, home, "check", "X.txt")
        expect(done.returncode in (0, 1), "check of the new plan exits 0 or 1 (read, checked)")
        expect(done.stdout.startswith("X.txt: "), "check reports X.txt")

        expect(len(samples) >= 3, f"the bundle carries the sample plans ({len(samples)})")
        done = run(program, home, "check", *map(str, samples))
        expect(done.returncode in (0, 1), "check of the sample plans exits 0 or 1")
        reported = [line for line in done.stdout.splitlines() if not line.startswith(" ")]
        expect(len(reported) == len(samples), "check reports every sample plan")

        done = run(program, home, "--lang", "fr", "check", "X.txt")  # the catalogues are there
        expect(
            done.stdout.startswith("X.txt: ")
            and ("Incomplet" in done.stdout or "Publiable" in done.stdout),
            "check --lang fr reports in French",
        )

        done = run(program, home, "blame", "a", "b", timeout=WINDOW_TIMEOUT)
        expect(done.returncode == 2, "an unknown command exits 2 (and opens no window)")
        expect("plan-editor:" in done.stderr and "blame" in done.stderr, "and says what is wrong")

        done = run(program, home, "--screenshot", "shot.png")
        shot = home / "shot.png"
        plans = home / "Documents" / "Plans"
        expect(done.returncode == 0, "--screenshot of the default workspace exits 0")
        expect(
            sorted(p.name for p in plans.glob("*.txt")) == [p.name for p in samples],
            "the Plans folder is made in HOME/Documents with the sample plans",
        )
        size = png_size(shot) if shot.is_file() else None
        expect(size is not None and size[0] >= 800 and size[1] >= 500, f"shot.png is {size}")
        big = shot.is_file() and shot.stat().st_size > 20_000
        expect(big, "shot.png holds a drawn window (over 20 kB)")

        # a plan opened in the form, with its preview: the templates, the stylesheet, markdown
        sample = plans / "learningplan-peru-2025.txt"
        done = run(program, home, "--screenshot", "plan.png", str(plans), str(sample))
        shot = home / "plan.png"
        expect(done.returncode == 0, "--screenshot of a sample plan exits 0")
        size = png_size(shot) if shot.is_file() else None
        expect(size is not None and shot.stat().st_size > 50_000, f"plan.png is {size}, drawn")
        expect(sample.read_bytes() == (samples_dir / sample.name).read_bytes(), "plan unchanged")
        checks_process(program, home, plans, sample)

    translations = bundle / "_internal" / "PySide6" / "Qt" / "translations"
    for name in ("qtbase_fr.qm", "qtbase_es.qm", "qtbase_pt_BR.qm"):
        expect((translations / name).is_file(), f"the bundle has Qt's {name} (its own buttons)")

    qt = bundle / "_internal" / "PySide6" / "Qt" / "plugins"
    for kind, name in (("imageformats", "qsvg"), ("iconengines", "qsvgicon")):
        found = [p.name for p in (qt / kind).glob(f"*{name}*")]
        expect(bool(found), f"the bundle has Qt's SVG plugin {kind}/{name} (the icon)")

    print(f"bundle-test: {'FAILED: ' + '; '.join(failures) if failures else 'all checks hold'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
