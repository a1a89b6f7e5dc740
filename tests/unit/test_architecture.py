"""The layers of macros/, read from the import statements of its modules
(including the imports inside functions): data files first, then rendering,
then what runs on the built site, and no module that imports itself back."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

MACROS = Path(__file__).resolve().parents[2] / "macros"
# Which parts a layer may import from; a part may always import from itself.
ALLOWED = {
    "data": set(),
    "render": {"data"},
    "site_data": {"data", "render"},
    "vendored": set(),
    "postbuild": {"data", "render", "site_data"},
    "commands": {"data", "render", "postbuild", "site_data"},
}


def module_name(path: Path) -> str:
    parts = path.relative_to(MACROS.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """Every macros module that ``path`` imports, as absolute dotted names."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            if target.startswith("macros"):
                found.add(target)
                found.update(f"{target}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("macros"))
    modules = {module_name(p) for p in MACROS.rglob("*.py")}
    return {target for target in found if target in modules and target != name}


GRAPH = {module_name(path): imports_of(path) for path in sorted(MACROS.rglob("*.py"))}


def layer(module: str) -> str:
    return module.split(".")[1] if module != "macros" else "macros"


@pytest.mark.parametrize("module", sorted(m for m in GRAPH if layer(m) in ALLOWED))
def test_each_layer_imports_only_the_layers_below_it(module):
    own = layer(module)
    wrong = sorted(target for target in GRAPH[module] if layer(target) not in ALLOWED[own] | {own, "macros"} or layer(target) == "macros")
    assert not wrong, f"{module} ({own}) may not import {wrong}"


def test_no_module_imports_itself_back():
    def cycle_from(start: str) -> list[str] | None:
        stack = [(start, [start])]
        while stack:
            module, path = stack.pop()
            for target in GRAPH.get(module, ()):
                if target == start:
                    return [*path, start]
                if target not in path:
                    stack.append((target, [*path, target]))
        return None

    cycles = [cycle for module in GRAPH if (cycle := cycle_from(module))]
    assert not cycles, " -> ".join(cycles[0])


def test_the_graph_is_read_from_the_imports():
    """So that the two tests above cannot pass on an empty graph."""
    assert "macros.data.errors" in GRAPH["macros.data.validate"]
    assert "macros.site_data" in GRAPH["macros.postbuild.__main__"]
    assert "macros.render.downloads" in GRAPH["macros.render.flashcard_index"]
