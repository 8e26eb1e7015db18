"""Joining the front end's ES modules into one classic script: the shipped folders join into scripts that parse,
and modules that break the convention are refused with the file and the reason. The words the scripts show are
the words the build marks for translation (render/script_strings.py)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

import pytest

from playbook_builder.i18n.ui import ENGLISH, Messages
from playbook_builder.render.portfolio_strings import portfolio_strings
from playbook_builder.render.review_strings import review_strings
from playbook_builder.render.script_strings import (
    assessment_strings,
    page_strings,
    situation_strings,
)
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
    # what most visits never use (import, export, share, compare, subjects) is joined into the tools script instead
    tools = shipped["assessment-tools.js"]
    assert all(f"/* --- {name} --- */" in script or f"/* --- ../assessment/{name} --- */" in tools for name in modules)
    assert "/* --- actions.js --- */" not in script and "/* --- ../assessment/actions.js --- */" in tools
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


# --- the scripts' words (assets/assessment/strings.js, render/script_strings.py) ---

_LITERAL = r'"(?:[^"\\\n]|\\.)*"'
_TEXT = rf"{_LITERAL}(?:\s*\+\s*{_LITERAL})*"
_CALL = re.compile(rf"\b(?:(t\.n)|t|(problem))\(\s*({_TEXT})(?:\s*,\s*({_TEXT}))?")
_ANY_CALL = re.compile(r"\bt(?:\.n)?\((?!\s*[\")])")


def _text(concatenated: str) -> str:
    return "".join(json.loads(part) for part in re.findall(_LITERAL, concatenated))


def script_words(path: Traversable, problems_only: bool = False) -> dict[str, str | dict[str, str]]:
    """The texts a module writes with t("..."), t.n("...", "...") or problem("...") (comments left out), as
    script_strings gives them in English."""
    source = re.sub(r"/\*.*?\*/", "", path.read_text(encoding="utf-8"), flags=re.S)
    found: dict[str, str | dict[str, str]] = {}
    for plural, problem, first, second in _CALL.findall(source):
        if problems_only and not problem:
            continue
        found[_text(first)] = {"one": _text(first), "other": _text(second)} if plural else _text(first)
    return found


def folder_words(folder: Traversable) -> dict[str, str | dict[str, str]]:
    return {key: value for entry in sorted(folder.iterdir(), key=lambda e: e.name) if entry.name.endswith(".js")
            for key, value in script_words(entry).items()}


def test_the_build_marks_exactly_the_words_each_script_writes() -> None:
    assets = resources.files("playbook_builder") / "assets"
    shared = {**script_words(assets / "assessment" / "result.js", problems_only=True),
              **script_words(assets / "assessment" / "strings.js")}
    assert folder_words(assets / "assessment") == assessment_strings(ENGLISH)
    assert {**folder_words(assets / "situation"), **folder_words(assets / "ranking")} == situation_strings(ENGLISH)
    assert {**folder_words(assets / "portfolio"), **shared} == portfolio_strings(ENGLISH)
    assert folder_words(assets / "review") == review_strings(ENGLISH)


def test_every_word_a_script_shows_is_written_out_where_it_is_used() -> None:
    """t() and t.n() take literal English, which the test above can find; strings.js's own helpers excepted."""
    assets = resources.files("playbook_builder") / "assets"
    for folder in ("assessment", "situation", "ranking", "portfolio", "review"):
        for entry in (assets / folder).iterdir():
            if entry.name.endswith(".js") and entry.name != "strings.js":
                text = re.sub(r"/\*.*?\*/", "", entry.read_text(encoding="utf-8"), flags=re.S)
                assert not _ANY_CALL.search(text), f"{folder}/{entry.name}: t() with a computed text"


def test_pages_in_english_carry_no_words_and_others_carry_the_translated_ones() -> None:
    french = Messages("fr")
    french._strings.update({"Reset": "Réinitialiser", "Your situation: %(situation)s.": "Votre situation : %(situation)s."})
    french._plurals[("%(count)s answer", "%(count)s answers")] = ("%(count)s réponse", "%(count)s réponses")
    assert page_strings(ENGLISH, assessment_strings) is None
    assert page_strings(french, situation_strings) == {"Your situation: %(situation)s.": "Votre situation : %(situation)s."}
    words = page_strings(french, assessment_strings)
    assert words == {"%(count)s answer": {"one": "%(count)s réponse", "other": "%(count)s réponses"}}


@needs_node
def test_the_scripts_say_the_pages_words(tmp_path: Path) -> None:
    """strings.js fills in a page's data-strings: placeholders, numbers and plural forms in the page's language."""
    french = Messages("fr")
    french._plurals[("%(count)s answer", "%(count)s answers")] = ("%(count)s réponse", "%(count)s réponses")
    french._strings["“%(file)s” could not be read. Nothing has changed."] = "Impossible de lire « %(file)s »."
    words = page_strings(french, assessment_strings)
    module = resources.files("playbook_builder") / "assets" / "assessment" / "strings.js"
    script = tmp_path / "check.mjs"
    script.write_text(
        f"import {{ translator }} from {json.dumps(str(module))};\n"
        f"const t = translator({json.dumps(words)}, 'fr');\n"
        "console.log([t.n('%(count)s answer', '%(count)s answers', 0), t.n('%(count)s answer', '%(count)s answers', 1234),"
        " t('“%(file)s” could not be read. Nothing has changed.', { file: 'a.json' }), t('Reset')].join('|'));\n",
        encoding="utf-8")
    ran = run_node(str(script))
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip() == "0 réponse|1\u202f234 réponses|Impossible de lire « a.json ».|Reset"


def test_comments_that_fill_whole_lines_stay_out_of_the_served_script() -> None:
    script = join_modules({"main.js": '/* A module comment\n * on two lines. */\nconst a = "/* kept */";\n'
                                      '  // a line comment\nconst b = a; // kept too\n'}, "demo")
    assert "module comment" not in script and "a line comment" not in script
    assert 'const a = "/* kept */";' in script and "const b = a; // kept too" in script
