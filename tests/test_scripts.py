"""Joining the front end's ES modules into one classic script: the shipped folders join into scripts that parse,
and modules that break the convention are refused with the file and the reason."""

from __future__ import annotations

import shutil
import subprocess
from importlib import resources
from pathlib import Path

import pytest

from playbook_builder.render.scripts import ScriptError, join_modules, joined_scripts

NODE = shutil.which("node")
needs_node = pytest.mark.skipif(NODE is None, reason="node is not installed (tests/run expects it)")


def run_node(*args: str) -> subprocess.CompletedProcess[str]:
    assert NODE is not None
    return subprocess.run([NODE, *args], capture_output=True, text=True, timeout=60)


@pytest.fixture(scope="module")
def shipped() -> dict[str, str]:
    return joined_scripts(resources.files("playbook_builder") / "assets")


def test_every_module_folder_is_joined_under_its_name(shipped: dict[str, str]) -> None:
    assert "assessment.js" in shipped
    assets = resources.files("playbook_builder") / "assets"
    assert not (assets / "assessment.js").is_file(), "the old single-file script would be served under the same name"
    modules = sorted(entry.name for entry in (assets / "assessment").iterdir() if entry.name.endswith(".js"))
    script = shipped["assessment.js"]
    assert all(f"/* --- {name} --- */" in script for name in modules)
    assert script.rindex("/* --- ") == script.index("/* --- main.js --- */")  # the entry runs last


def test_modules_stay_small() -> None:
    assets = resources.files("playbook_builder") / "assets"
    sizes = {f"{folder.name}/{entry.name}": len(entry.read_text(encoding="utf-8").splitlines())
             for folder in assets.iterdir() if folder.is_dir() for entry in folder.iterdir()
             if entry.name.endswith(".js")}
    assert "portfolio/rollup.js" in sizes
    assert {name: size for name, size in sizes.items() if size > 300} == {}


@needs_node
def test_joined_scripts_parse(shipped: dict[str, str], tmp_path: Path) -> None:
    for name, text in shipped.items():
        script = tmp_path / name
        script.write_text(text, encoding="utf-8")
        checked = run_node("--check", str(script))
        assert checked.returncode == 0, f"{name}: {checked.stderr}"


@needs_node
def test_joined_modules_run_in_order_in_one_scope(tmp_path: Path) -> None:
    script = join_modules({
        "main.js": 'import { greet } from "./greet.js";\nconsole.log(greet("you"));\n',
        "greet.js": 'import { WORD } from "./words.js";\n\nexport function greet(name) {\n  return `${WORD}, ${name}`;\n}\n',
        "words.js": 'export const WORD = "Hello";\n',
    }, "demo")
    assert "import" not in script and "export" not in script
    assert script.index("--- words.js ---") < script.index("--- greet.js ---") < script.index("--- main.js ---")
    (tmp_path / "demo.js").write_text(script, encoding="utf-8")
    ran = run_node(str(tmp_path / "demo.js"))
    assert (ran.returncode, ran.stdout) == (0, "Hello, you\n"), ran.stderr


def test_an_import_cycle_is_refused() -> None:
    with pytest.raises(ScriptError, match=r"import cycle main\.js -> a\.js -> b\.js -> a\.js"):
        join_modules({
            "main.js": 'import { a } from "./a.js";\n',
            "a.js": 'import { b } from "./b.js";\nexport const a = 1;\n',
            "b.js": 'import { a } from "./a.js";\nexport const b = 2;\n',
        }, "cycle")


def test_a_top_level_name_declared_twice_is_refused() -> None:
    with pytest.raises(ScriptError, match=r"the top-level name helper is also declared in a\.js"):
        join_modules({
            "main.js": 'import { a } from "./a.js";\nfunction helper() {}\n',
            "a.js": "export function a() {}\nfunction helper() {}\n",
        }, "twice")


@pytest.mark.parametrize(
    "line",
    [
        "export default function a() {}",
        "export { a };",
        "export * from './a.js';",
        'import a from "./a.js";',
        'import * as a from "./a.js";',
        'import { a } from "../a.js";',
        "import {",
    ],
)
def test_a_form_of_import_or_export_outside_the_convention_is_refused(line: str) -> None:
    with pytest.raises(ScriptError, match=r"^main\.js:2: only `import"):
        join_modules({"main.js": f"const a = 1;\n{line}\n"}, "forms")


def test_an_import_of_a_missing_module_is_refused() -> None:
    with pytest.raises(ScriptError, match=r"imports gone\.js, which is not in the folder"):
        join_modules({"main.js": 'import { a } from "./gone.js";\n'}, "missing")


@needs_node
def test_a_sibling_folders_module_is_joined_with_what_it_imports(tmp_path: Path) -> None:
    script = join_modules({
        "main.js": 'import { greet } from "../shared/greet.js";\nconsole.log(greet("you"));\n',
        "../shared/greet.js": 'import { WORD } from "./words.js";\nexport function greet(name) {\n'
                              "  return `${WORD}, ${name}`;\n}\n",
        "../shared/words.js": 'export const WORD = "Hello";\n',
        "../shared/main.js": "console.log('not reached');\n",
    }, "demo")
    assert "not reached" not in script
    assert script.index("--- ../shared/words.js ---") < script.index("--- ../shared/greet.js ---")
    (tmp_path / "demo.js").write_text(script, encoding="utf-8")
    ran = run_node(str(tmp_path / "demo.js"))
    assert (ran.returncode, ran.stdout) == (0, "Hello, you\n"), ran.stderr


def test_the_portfolio_script_joins_the_assessments_scoring(shipped: dict[str, str]) -> None:
    assert "/* --- ../assessment/scoring.js --- */" in shipped["portfolio.js"]
    assert "/* --- ../assessment/main.js --- */" not in shipped["portfolio.js"]
