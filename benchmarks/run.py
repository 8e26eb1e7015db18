"""Print the playbook's performance figures as a table.

    python benchmarks/run.py [--runs 5]

- build time of the shipped playbook (``mkdocs.yml``), median of several in-process builds;
- the share of that build spent in playbook_builder (the plugin's events, which run all of the library);
- ``playbook check`` time, as a user runs it (a fresh process), at 1,000 and 10,000 synthetic mistakes.

Targets on the 2-core reference machine: build ≤ 3 s, playbook_builder's share ≤ 15 %, check of 10,000
mistakes ≤ 2 s and growing linearly.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import synthesise  # noqa: E402


def timed_build(site_dir: Path) -> tuple[float, float]:
    """One build of the shipped playbook: (total seconds, seconds inside the playbook plugin's events)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from playbook_builder.plugin import PlaybookPlugin

    spent = 0.0
    originals = {name: getattr(PlaybookPlugin, name) for name in ("on_config", "on_files")}

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
        config = load_config(str(REPO / "mkdocs.yml"), site_dir=str(site_dir))
        build(config)
        total = time.perf_counter() - start
    finally:
        for name, function in originals.items():
            setattr(PlaybookPlugin, name, function)
    return total, spent


def fresh_build(site_dir: Path) -> tuple[float, float]:
    """:func:`timed_build` in a new interpreter: nothing imported or compiled beforehand but what is on disk."""
    code = ("import json, logging, sys; sys.path.insert(0, sys.argv[1]); from run import timed_build; "
            "logging.getLogger('mkdocs').setLevel(logging.ERROR); from pathlib import Path; "
            "print(json.dumps(timed_build(Path(sys.argv[2]))))")
    result = subprocess.run([sys.executable, "-c", code, str(Path(__file__).parent), str(site_dir)],
                            capture_output=True, text=True, check=True, cwd=REPO)
    total, spent = json.loads(result.stdout.strip().splitlines()[-1])
    return total, spent


def timed_check(root: Path, runs: int) -> float:
    """Median wall time of ``playbook check --checklists root`` in a fresh process."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "playbook_builder", "check", "--checklists", str(root)],
                                capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if result.returncode != 0:
            raise SystemExit(f"check failed on the synthetic playbook:\n{result.stdout}{result.stderr}")
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="runs per figure; the median is shown (default 5)")
    args = parser.parse_args()
    logging.getLogger("mkdocs").setLevel(logging.ERROR)

    rows = []
    with tempfile.TemporaryDirectory() as folder:
        timed_build(Path(folder) / "warm-up")
        builds = [timed_build(Path(folder) / f"site-{n}") for n in range(args.runs)]
        total = statistics.median(b[0] for b in builds)
        share = statistics.median(b[1] / b[0] for b in builds)
        rows.append(("shipped playbook: mkdocs build (median)", f"{total:.2f} s", "≤ 3 s", total <= 3))
        rows.append(("  share spent in playbook_builder", f"{share:.0%}", "≤ 15 %", share <= 0.15))
        fresh = [fresh_build(Path(folder) / f"fresh-{n}") for n in range(3)]
        total, share = statistics.median(f[0] for f in fresh), statistics.median(f[1] / f[0] for f in fresh)
        rows.append(("  the same in a fresh process (as `playbook build`)", f"{total:.2f} s", "", None))
        rows.append(("  share spent in playbook_builder there", f"{share:.0%}", "", None))
        checks = {}
        for size in (10, 1_000, 10_000):
            root = synthesise(size, Path(folder) / f"synth-{size}")
            checks[size] = timed_check(root, max(3, args.runs // 2))
            target = "≤ 2 s" if size == 10_000 else ""
            label = f"playbook check, {size:,} mistakes" + (" (start-up)" if size == 10 else "")
            rows.append((label, f"{checks[size]:.2f} s", target, checks[size] <= 2 if size == 10_000 else None))
        # Linear growth: the time above start-up, per 1,000 mistakes, stays about the same from 1,000 to 10,000.
        small = (checks[1_000] - checks[10]) / 1
        large = (checks[10_000] - checks[10]) / 10
        rows.append(("  per 1,000 mistakes above start-up, at 1,000", f"{small:.2f} s", "", None))
        rows.append(("  per 1,000 mistakes above start-up, at 10,000", f"{large:.2f} s", "≤ 1.5× (linear)",
                     large <= 1.5 * small))

    width = max(len(r[0]) for r in rows)
    print(f"{'measure'.ljust(width)}  {'value':>8}  {'target':<15} met")
    for name, value, target, met in rows:
        mark = "" if met is None else ("yes" if met else "NO")
        print(f"{name.ljust(width)}  {value:>8}  {target:<15} {mark}")


if __name__ == "__main__":
    main()
