"""The shape of the package: size limits, no import cycles, one docstring per stage, MkDocs kept at the edge."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "playbook_builder"
MODULES = sorted(path for path in PACKAGE.rglob("*.py") if "templates" not in path.parts)
MAX_MODULE_LINES, MAX_FUNCTION_LINES, MAX_CLASS_LINES = 300, 60, 200


def module_name(path: Path) -> str:
    parts = ["playbook_builder", *path.relative_to(PACKAGE).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def imported(path: Path) -> set[str]:
    """The package's own modules that ``path`` imports, wherever the import stands (TYPE_CHECKING included)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    known = {module_name(p) for p in MODULES}
    found = set()
    for node in ast.walk(tree(path)):
        if isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            target = ".".join(part for part in (base, node.module or "") if part)
            for alias in node.names:
                # `from package import module` depends on the module; `from module import name` on the module.
                found.add(f"{target}.{alias.name}" if f"{target}.{alias.name}" in known else target)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {module for module in found if module in known and module != name}


def test_no_module_function_or_class_exceeds_the_limits() -> None:
    too_big = []
    for path in MODULES:
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_MODULE_LINES:
            too_big.append(f"{path.relative_to(PACKAGE)}: {lines} lines")
        for node in ast.walk(tree(path)):
            limit = MAX_CLASS_LINES if isinstance(node, ast.ClassDef) else MAX_FUNCTION_LINES
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                size = (node.end_lineno or node.lineno) - node.lineno + 1
                if size > limit:
                    too_big.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {node.name}: {size} lines")
    assert not too_big, "\n".join(too_big)


def cycles_in(graph: dict[str, set[str]]) -> list[str]:
    """Every cycle of a dependency graph, each as ``a -> b -> a``."""
    cycles = []

    def visit(module: str, trail: list[str], done: set[str]) -> None:
        if module in trail:
            cycles.append(" -> ".join([*trail[trail.index(module):], module]))
            return
        if module in done:
            return
        for target in sorted(graph.get(module, ())):
            visit(target, [*trail, module], done)
        done.add(module)

    finished: set[str] = set()
    for module in sorted(graph):
        visit(module, [], finished)
    return sorted(set(cycles))


def test_the_package_has_no_import_cycle() -> None:
    cycles = cycles_in({module_name(path): imported(path) for path in MODULES})
    assert not cycles, "\n".join(cycles)


def stage(module: str) -> str:
    """The stage a module belongs to: its sub-package (``render``), or the module itself at the top level."""
    return module.split(".")[1] if module.count(".") >= 1 else module


def test_no_stage_imports_a_stage_that_imports_it() -> None:
    """Stages depend one way: a writer two stages share lives below both (``render`` and ``oscal`` both write JSON,
    so neither owns the writer)."""
    graph: dict[str, set[str]] = {}
    for path in MODULES:
        source = stage(module_name(path))
        graph.setdefault(source, set()).update(stage(t) for t in imported(path) if stage(t) != source)
    cycles = cycles_in(graph)
    assert not cycles, "\n".join(cycles)


@pytest.mark.parametrize("package", sorted(p.parent.name for p in PACKAGE.glob("*/__init__.py")))
def test_every_stage_says_its_job_in_its_docstring(package: str) -> None:
    docstring = ast.get_docstring(tree(PACKAGE / package / "__init__.py"))
    assert docstring and docstring.split(":", 1)[0].strip().lower() == package, docstring


def test_only_the_adapters_import_mkdocs() -> None:
    adapters = {"playbook_builder.plugin", "playbook_builder.config", "playbook_builder.editions",
                "playbook_builder.generated", "playbook_builder.theme"}
    offenders = []
    for path in MODULES:
        name = module_name(path)
        if name in adapters or name.startswith("playbook_builder.commands"):
            continue
        for node in ast.walk(tree(path)):
            modules = [node.module or ""] if isinstance(node, ast.ImportFrom) else \
                [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            if any(module.split(".")[0] == "mkdocs" for module in modules):
                offenders.append(name)
    assert not offenders, offenders
