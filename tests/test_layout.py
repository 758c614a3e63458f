"""The layout docs/architecture.md describes, checked on the source: dependencies point
down the flow and never in a cycle, SQL lives only in store/ and migrations.py, only
cli/ prints or imports typer, and imports sit at the top of every module outside cli/."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "claimtrack"

# Lower layers never import higher ones; a module imports its own layer or below.
LAYERS = {
    0: ("models", "errors", "config", "text", "dates"),
    1: ("readers", "extract", "match", "status", "track_record", "entities"),
    2: ("store", "migrations"),
    3: ("ingest", "load", "record", "query", "links", "update", "demo"),
    4: ("views", "export", "web"),
    5: ("cli", "__main__"),
}
LAYER_OF = {top: layer for layer, tops in LAYERS.items() for top in tops}
SQL = re.compile(r"^\s*(SELECT|INSERT INTO|INSERT OR|UPDATE \w+ SET|DELETE FROM|CREATE (TABLE|INDEX|VIRTUAL)|ALTER TABLE|PRAGMA)\b")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def sources() -> dict[str, tuple[Path, ast.Module]]:
    return {module_name(p): (p, ast.parse(p.read_text("utf-8"))) for p in sorted(PACKAGE.rglob("*.py"))}


def top(module: str) -> str:
    return module.split(".")[1] if module.count(".") else "__init__"


def imports(module: str, tree: ast.Module, path: Path):
    """(imported claimtrack module, line, inside a function?) for every import."""
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    known = sources()

    def visit(node, in_function):
        for child in ast.iter_child_nodes(node):
            inside = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef))
            if isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    base = ".".join(package.split(".")[: len(package.split(".")) - child.level + 1] + ([base] if base else []))
                if base.startswith("claimtrack"):
                    for alias in child.names:
                        target = f"{base}.{alias.name}"
                        yield (target if target in known else base), child.lineno, in_function
            elif isinstance(child, ast.Import):
                for alias in child.names:
                    if alias.name.startswith("claimtrack"):
                        yield alias.name, child.lineno, in_function
            yield from visit(child, inside)

    yield from visit(tree, False)


def _type_checking_lines(tree: ast.Module) -> set[int]:
    lines = set()
    for node in tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            lines |= {n.lineno for n in ast.walk(node) if hasattr(n, "lineno")}
    return lines


def test_every_module_sits_in_a_layer():
    assert {top(m) for m in sources() if m != "claimtrack"} - set(LAYER_OF) == set()


# Imports up the layers, each for a reason.
UPWARD_ALLOWED = {
    # hook payloads are documented JSON: a claim or response in the shape --json prints
    ("claimtrack.update.events", "claimtrack.views.json_shapes"),
}


def test_no_module_imports_one_above_it():
    upward = []
    for module, (path, tree) in sources().items():
        if module == "claimtrack":
            continue
        mine = LAYER_OF[top(module)]
        names_only = _type_checking_lines(tree)  # a type named in an annotation is no dependency
        for target, line, _ in imports(module, tree, path):
            if (target != "claimtrack" and line not in names_only and LAYER_OF[top(target)] > mine
                    and (module, target) not in UPWARD_ALLOWED):
                upward.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {target}")
    assert upward == []


def test_module_imports_form_no_cycle():
    graph = {m: set() for m in sources()}
    for module, (path, tree) in sources().items():
        skip = _type_checking_lines(tree)
        for target, line, _ in imports(module, tree, path):
            if target in graph and target != module and line not in skip and not target.startswith(module + "."):
                graph[module].add(target)
    # a package's __init__ re-exporting its modules is not a cycle with them
    for module in graph:
        graph[module] = {t for t in graph[module] if not module.startswith(t + ".")}
    state: dict[str, int] = {}
    cycle: list[str] = []

    def walk(node, trail):
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycle.extend(trail[trail.index(nxt):] + [node, nxt] if nxt in trail else [node, nxt])
                return True
            if nxt not in state and walk(nxt, trail + [node]):
                return True
        state[node] = 2
        return False

    assert not any(walk(m, []) for m in sorted(graph) if m not in state), " -> ".join(cycle)


def test_sql_only_in_the_store_and_migrations():
    found = []
    for module, (path, tree) in sources().items():
        if top(module) in ("store", "migrations"):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.match(node.value):
                found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert found == []


def test_only_the_cli_imports_typer_or_prints():
    found = []
    for module, (path, tree) in sources().items():
        if top(module) in ("cli", "__main__"):
            continue
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in node.names] + ([node.module] if isinstance(node, ast.ImportFrom) and node.module else [])
                if any(n == "typer" or n.startswith("typer.") for n in names):
                    found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} imports typer")
            if isinstance(node, ast.Call) and ast.unparse(node.func) in ("print", "sys.stdout.write", "sys.stderr.write"):
                found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} prints")
    assert found == []


# Imports kept inside functions outside cli/, each for a reason a test can name.
LAZY_ALLOWED = {
    # sqlite-utils costs ≈60 ms to import; an up-to-date database never needs it
    ("claimtrack.migrations", "sqlite_utils.migrations"),
    ("claimtrack.store.core", "sqlite_utils"),
    # OpenCC costs ≈85 ms to import and only Traditional Chinese needs it
    ("claimtrack.extract.script", "opencc"),
    # optional, heavy, and never needed for posts, Markdown or start-up
    ("claimtrack.readers.main_content", "trafilatura"),
    # loaded only by the input that needs them: an ingest of known files, or of
    # posts with plain front matter, starts ≈0.4 ms a file faster without them
    ("claimtrack.readers.fetch", "http.client"),
    ("claimtrack.readers.fetch", "urllib.request"),
    ("claimtrack.readers.fetch", "urllib.error"),
    ("claimtrack.readers.charset", "charset_normalizer"),
    ("claimtrack.readers.html", "selectolax.lexbor"),
    ("claimtrack.readers.post", "yaml"),
    # the web view's optional extra: a missing Datasette is one clear line, and no
    # other command ever loads it (the plugin module imports Datasette at its top)
    ("claimtrack.web.app", "datasette.app"),
    ("claimtrack.web.app", "datasette.database"),
    ("claimtrack.web.app", "datasette.plugins"),
    ("claimtrack.web.app", "."),
    ("claimtrack.web.app", "uvicorn"),
}


def test_imports_sit_at_the_top_outside_the_cli():
    lazy = []
    for module, (path, tree) in sources().items():
        if top(module) in ("cli",):
            continue
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for inner in ast.walk(node):
                    if isinstance(inner, (ast.Import, ast.ImportFrom)):
                        name = (inner.module or ".") if isinstance(inner, ast.ImportFrom) else inner.names[0].name
                        if (module, name) not in LAZY_ALLOWED:
                            lazy.append(f"{path.relative_to(PACKAGE.parent)}:{inner.lineno} imports {name or '.'}")
    assert lazy == []
