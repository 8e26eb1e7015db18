"""Write a valid synthetic playbook of any size, to measure how checks and builds scale.

    python benchmarks/synth.py --mistakes 10000 --out /tmp/big

writes ``/tmp/big/checklists`` (100 mistakes a checklist, one question a checklist for every four mistakes).
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import string
from pathlib import Path

import yaml

PER_CHECKLIST = 100
SENTENCE = ("You agree the scope of work with the vendor in writing before the first invoice arrives, "
            "and you review it with the business owner every quarter.")


def _codes():
    for letters in itertools.product(string.ascii_uppercase, repeat=3):
        yield "".join(letters)


def synthesise(mistakes: int, out: Path) -> Path:
    """Write the playbook into ``out/checklists``; returns that folder."""
    root = out / "checklists"
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    dump = lambda data, name: (root / name).write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")  # noqa: E731
    dump({"title": "Synthetic playbook", "version": "1.0.0"}, "playbook.yml")
    dump({"roles": [{"id": f"role-{n}", "title": f"Role {n}"} for n in range(10)]}, "roles.yml")
    dump({"sources": [{"id": f"source-{n}", "title": f"Source {n}", "author": "Publisher", "publisher": "Publisher",
                       "kind": "report", "year": 2020,
                       "url": f"https://example.org/{n}"} for n in range(30)]}, "sources.yml")
    dump({"facts": [{"id": "size", "question": "How big is your organisation?",
                     "options": [{"id": size, "label": size.capitalize()} for size in ("small", "medium", "large")]}]},
         "scope.yml")
    codes = _codes()
    for number, start in enumerate(range(0, mistakes, PER_CHECKLIST), start=1):
        code = next(codes)
        count = min(PER_CHECKLIST, mistakes - start)
        items = [{
            "id": f"{code}-{n:02d}",
            "title": f"Mistake {n} of phase {code}",
            "severity": ["critical", "high", "medium", "low"][n % 4],
            "summary": SENTENCE,
            "why_it_hurts": SENTENCE + " " + SENTENCE,
            "confirm": SENTENCE,
            "warning_signs": [SENTENCE, SENTENCE],
            "mitigations": [{"id": f"{code}-{n:02d}-M{m}", "action": SENTENCE, "owner": f"role-{m}"} for m in (1, 2)],
            "related": [f"{code}-{(n % count) + 1:02d}"] if count > 1 else [],
            "sources": [f"source-{n % 30}"],
            "small_business": SENTENCE,
            **({"applies_when": {"size": ["medium", "large"]}} if n % 10 == 0 else {}),
        } for n in range(1, count + 1)]
        questions = [{
            "id": f"{code}-Q{q + 1}",
            "text": f"How do you handle area {q + 1}?",
            "levels": [f"Level {level}: {SENTENCE}" for level in range(1, 6)],
            "detects": [item["id"] for item in items[q * 4:(q + 1) * 4]],
        } for q in range((count + 3) // 4)]
        dump({"id": f"phase-{number}", "code": code, "title": f"Phase {number}", "order": number,
              "summary": SENTENCE, "when": "Before you sign.", "mistakes": items, "questions": questions},
             f"phase-{number}.yml")
    return root


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mistakes", type=int, required=True, help="how many mistakes to write")
    parser.add_argument("--out", type=Path, required=True, help="the folder to write checklists/ into")
    args = parser.parse_args()
    if args.mistakes < 1:
        parser.error("--mistakes must be at least 1")
    root = synthesise(args.mistakes, args.out)
    print(f"wrote {args.mistakes} mistakes into {root}")


if __name__ == "__main__":
    main()
