"""Print the playbook's performance figures as a table, each with its target.

    python benchmarks/run.py [--runs 5] [--quick]

Figures measured in the same run are compared as ratios, so the machine's speed does not blur them:

- build of the shipped playbook (``mkdocs.yml``, English and French), median of in-process builds, and of its
  English edition alone, with the share spent in playbook_builder (the plugin's events, which run all of the
  library);
- build of a synthetic 1,000-mistake playbook (``synth.py``, English only), as a ratio to the shipped English
  build, each run's pair built back to back and the median of their ratios taken: ≤ 2×;
- the same with a French edition and no catalogue (every page falls back to English), as a ratio to English alone:
  ≤ 2.2× (the French edition alone ≤ 1.2×);
- build of 10,000 synthetic mistakes in a fresh process: ≤ 20 s and ≤ 400 MB peak memory (skipped by --quick);
- how long ``playbook serve`` takes to show an edit of a YAML file;
- ``playbook check`` at 1,000 and 10,000 mistakes, as a user runs it (a fresh process), and as a ratio to a bare
  libyaml load of the same files (it should stay at that speed).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import synthesise  # noqa: E402

MKDOCS_YML = """site_name: Synthetic playbook
docs_dir: docs
theme: {{name: material, font: false, features: [navigation.instant]}}
markdown_extensions: [attr_list, md_in_html, admonition, tables, toc, pymdownx.tasklist]
plugins:
  - search
  - playbook:
      checklists: {checklists}
"""


def synthetic_project(mistakes: int, folder: Path) -> Path:
    """A synthetic playbook with an mkdocs.yml like the shipped one; returns the mkdocs.yml. Beside it,
    ``mkdocs-fr.yml`` adds a French edition with no catalogue, which falls back to English everywhere."""
    root = synthesise(mistakes, folder)
    (folder / "docs").mkdir(exist_ok=True)
    (folder / "docs" / "index.md").write_text("# Synthetic playbook\n", encoding="utf-8")
    config = folder / "mkdocs.yml"
    config.write_text(MKDOCS_YML.format(checklists=root), encoding="utf-8")
    (folder / "mkdocs-fr.yml").write_text(MKDOCS_YML.format(checklists=root) + "      languages: [fr]\n",
                                           encoding="utf-8")
    return config


def timed_build(config_file: Path, site_dir: Path, english_only: bool = False) -> tuple[float, float]:
    """One in-process build: (total seconds, seconds inside the playbook plugin's events). ``english_only``
    leaves out the translated editions (the plugin's ``languages``)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from playbook_builder.plugin import PlaybookPlugin

    spent = 0.0
    originals = {name: getattr(PlaybookPlugin, name) for name in ("on_config", "on_files", "on_page_content")}

    def wrap(function):
        def timed(*args, **kwargs):
            nonlocal spent
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent += time.perf_counter() - start
        return timed

    for name, function in originals.items():
        setattr(PlaybookPlugin, name, wrap(function))
    try:
        start = time.perf_counter()
        config = load_config(str(config_file), site_dir=str(site_dir))
        if english_only:
            config.plugins["playbook"].config["languages"] = []
        build(config)
        config.plugins.on_shutdown()
        total = time.perf_counter() - start
    finally:
        for name, function in originals.items():
            setattr(PlaybookPlugin, name, function)
    return total, spent


def fresh_build(config_file: Path, site_dir: Path) -> tuple[float, float]:
    """A build in a new interpreter, as ``playbook build`` runs: (seconds, peak memory in MB)."""
    code = ("import json, logging, resource, sys, time; sys.path.insert(0, sys.argv[1]); from run import timed_build; "
            "logging.getLogger('mkdocs').setLevel(logging.ERROR); from pathlib import Path; "
            "total, _ = timed_build(Path(sys.argv[2]), Path(sys.argv[3])); "
            "print(json.dumps([total, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024]))")
    result = subprocess.run([sys.executable, "-c", code, str(Path(__file__).parent), str(config_file), str(site_dir)],
                            capture_output=True, text=True, check=True, cwd=REPO)
    total, peak = json.loads(result.stdout.strip().splitlines()[-1])
    return total, peak


def timed_command(command: list[str], runs: int) -> float:
    """Median wall time of a command in a fresh process."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if result.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")
    return statistics.median(times)


def bare_load(root: Path) -> list[str]:
    """A command that only loads the same YAML files with libyaml: the floor for ``playbook check``."""
    code = ("import sys, yaml, pathlib; [yaml.load(p.read_bytes(), Loader=yaml.CSafeLoader) "
            "for p in sorted(pathlib.Path(sys.argv[1]).glob('*.yml'))]")
    return [sys.executable, "-c", code, str(root)]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def serve_rebuild(config_file: Path, checklist: Path, page: str, old: str, new: str) -> float:
    """Seconds from saving an edit of ``checklist`` until ``playbook serve`` answers ``page`` with the new text."""
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "playbook_builder", "serve", "-f", str(config_file),
                               "-a", f"127.0.0.1:{port}"], cwd=config_file.parent, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/{page}"

    def shows(text: str, limit: float) -> float:
        start = time.perf_counter()
        while time.perf_counter() - start < limit:
            try:
                if text in urllib.request.urlopen(url, timeout=2).read().decode("utf-8"):
                    return time.perf_counter() - start
            except OSError:
                pass
            time.sleep(0.05)
        raise SystemExit(f"playbook serve did not show {text!r} at {url} within {limit} s")

    original = checklist.read_text(encoding="utf-8")
    try:
        shows(old, 60)
        time.sleep(1)  # let the watcher settle after the first build
        start = time.perf_counter()
        checklist.write_text(original.replace(old, new, 1), encoding="utf-8")
        shows(new, 60)
        return time.perf_counter() - start
    finally:
        checklist.write_text(original, encoding="utf-8")
        server.terminate()
        server.wait(timeout=10)


def builds(folder: Path, runs: int, quick: bool) -> list[tuple[str, str, str, bool | None]]:
    shipped = REPO / "mkdocs.yml"
    synthetic = synthetic_project(1_000, folder / "synth-1000")
    timed_build(shipped, folder / "warm-up")
    timed_build(synthetic, folder / "warm-up-1000")
    results: dict[str, list[tuple[float, float]]] = {"shipped": [], "english": [], "1000": [], "1000-fr": []}
    for n in range(runs):  # interleaved, so that a busy moment of the machine hits all alike
        results["shipped"].append(timed_build(shipped, folder / f"site-{n}"))
        results["english"].append(timed_build(shipped, folder / f"site-en-{n}", english_only=True))
        results["1000"].append(timed_build(synthetic, folder / f"site-1000-{n}"))
        results["1000-fr"].append(timed_build(synthetic.with_name("mkdocs-fr.yml"), folder / f"site-1000-fr-{n}"))
    both_time = statistics.median(b[0] for b in results["shipped"])
    shipped_time = statistics.median(b[0] for b in results["english"])
    share = statistics.median(b[1] / b[0] for b in results["english"])
    big_time = statistics.median(b[0] for b in results["1000"])
    # each run's pair was built back to back: the median of their ratios is not blurred by the machine's pace
    ratio = statistics.median(big[0] / english[0] for big, english in zip(results["1000"], results["english"],
                                                                           strict=True))
    # a French edition with no catalogue falls back to English on every page: it costs about another English build
    editions = statistics.median(fr[0] / en[0] for fr, en in zip(results["1000-fr"], results["1000"], strict=True))
    rows = [
        ("shipped playbook, English and French: mkdocs build", f"{both_time:.2f} s", "≤ 3 s", both_time <= 3),
        ("shipped playbook, English only (median)", f"{shipped_time:.2f} s", "", None),
        ("  share spent in playbook_builder", f"{share:.0%}", "", None),
        ("1,000 mistakes: mkdocs build (median)", f"{big_time:.2f} s", "", None),
        ("  as a ratio to the shipped build (median of each run's)", f"{ratio:.2f}×", "≤ 2×", ratio <= 2),
        ("1,000 mistakes, English and an untranslated French: as a ratio to English alone", f"{editions:.2f}×",
         "≤ 2.2×", editions <= 2.2),
        ("  the French edition alone, as a ratio to the English", f"{editions - 1:.2f}×", "≤ 1.2×",
         editions - 1 <= 1.2),
    ]
    if not quick:
        large = synthetic_project(10_000, folder / "synth-10000")
        seconds, peak = fresh_build(large, folder / "site-10000")
        rows += [("10,000 mistakes: playbook build, fresh process", f"{seconds:.1f} s", "≤ 20 s", seconds <= 20),
                 ("  peak memory", f"{peak:.0f} MB", "≤ 400 MB", peak <= 400)]
    checklist = REPO / "checklists" / "vendor-selection.yml"
    title = next(line.split("title: ", 1)[1].strip() for line in checklist.read_text(encoding="utf-8").splitlines()
                 if line.startswith("    title: "))  # the first mistake's, whatever the content says today
    rebuild = serve_rebuild(shipped, checklist, "checklists/vendor-selection/", title, f"{title} (edited)")
    rows.append(("playbook serve: edit of a checklist shown after", f"{rebuild:.1f} s", "", None))
    return rows


def checks(folder: Path, runs: int) -> list[tuple[str, str, str, bool | None]]:
    rows = []
    for size in (1_000, 10_000):
        root = synthesise(size, folder / f"check-{size}")
        check = timed_command([sys.executable, "-m", "playbook_builder", "check", "--checklists", str(root)], runs)
        floor = timed_command(bare_load(root), runs)
        target = "≤ 2 s" if size == 10_000 else ""
        rows.append((f"playbook check, {size:,} mistakes", f"{check:.2f} s", target,
                     check <= 2 if size == 10_000 else None))
        # At 1,000 mistakes the interpreter's start-up dominates both; the ratio that matters is at 10,000.
        rows.append((f"  as a ratio to a bare libyaml load ({floor:.2f} s)", f"{check / floor:.2f}×",
                     "≤ 1.5×" if size == 10_000 else "", check <= 1.5 * floor if size == 10_000 else None))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="runs per figure; the median is shown (default 5)")
    parser.add_argument("--quick", action="store_true", help="skip the 10,000-mistake build")
    args = parser.parse_args()
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory() as folder:
        rows = builds(Path(folder), args.runs, args.quick) + checks(Path(folder), args.runs)
    width = max(len(r[0]) for r in rows)
    print(f"{'measure'.ljust(width)}  {'value':>8}  {'target':<10} met")
    for name, value, target, met in rows:
        mark = "" if met is None else ("yes" if met else "NO")
        print(f"{name.ljust(width)}  {value:>8}  {target:<10} {mark}")


if __name__ == "__main__":
    main()
