"""Each service is its own deployable: it reads only its own package and ``shared``, never another service's
code (two offices' shared knowledge, such as the numbers of each other's documents, lives in ``shared``)."""
from __future__ import annotations

import ast
from pathlib import Path

from services import registry

ROOT = Path(__file__).resolve().parents[2] / "services"


def _imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_no_service_imports_another() -> None:
    services = set(registry.names())
    assert {"grievance", "tourism", "permit", "noc", "payroll"} <= services
    crossings = []
    for name in sorted(services):
        for path in sorted((ROOT / name).rglob("*.py")):
            for module in _imported(path):
                parts = module.split(".")
                if parts[0] == "services" and len(parts) > 1 and parts[1] in services and parts[1] != name:
                    crossings.append(f"{path.relative_to(ROOT.parent)} imports {module}")
    assert crossings == []


def test_the_check_sees_an_import_of_another_service(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("from services.noc.domain import NUMBER\nimport services.permit.kind\n", encoding="utf-8")
    assert _imported(module) == {"services.noc.domain", "services.permit.kind"}
