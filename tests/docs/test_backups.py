"""The README's backups cover every store the code makes, and its commands for the embedded store copy a running
store and put it back."""
from __future__ import annotations

import ast
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from services import registry
from shared.store.sqlite import SqliteStore

ROOT = Path(__file__).resolve().parents[2]


def backups() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"^- Backups: .*?(?=^- |^## )", readme, flags=re.S | re.M)
    assert found, "the README's Operations say nothing of backups"
    return found.group(0)


def owners() -> set[str]:
    """Who the code makes a store for: the services (by their names) and the names passed to ``make_store``."""
    named: set[str] = set()
    for path in (p for part in ("gateway", "shared") for p in (ROOT / part).rglob("*.py")):
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(call, ast.Call) and ast.unparse(call.func) == "make_store" and len(call.args) > 1 \
                    and isinstance(call.args[1], ast.Constant):
                named.add(call.args[1].value)
    assert named >= {"gateway", "auth"}, "the scan no longer finds the stores"
    return named | {"sender", *registry.names()}


def test_every_store_is_named_in_the_backups():
    text = backups()
    assert "`panchayat_<owner>`" in text and "`<owner>.sqlite3`" in text
    missing = sorted(o for o in owners() if f"`{o}`" not in text and o not in registry.names())
    assert not missing, f"the backups do not name the stores of {missing}"
    assert "one per service" in text


def test_the_store_names_are_the_codes():
    from shared.settings import Settings
    from shared.wiring import make_store

    mongo = make_store(Settings(MONGODB_URL="mongodb://127.0.0.1:27017"), "grievance")
    assert mongo.database == "panchayat_grievance"
    local = make_store(Settings(PANCHAYAT_DATA_DIR=Path("var")), "grievance")
    assert local.path == Path("var") / "grievance.sqlite3"


def embedded_lines() -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", backups(), flags=re.S)
    lines = [line.strip() for block in blocks for line in block.splitlines() if "sqlite3" in line or "var/" in line]
    assert len(lines) == 2, lines
    return lines


@pytest.mark.node  # a tool outside Python: skipped without it, except in CI, where the skip fails the run
async def test_the_embedded_store_backup_copies_a_running_store_and_puts_it_back(tmp_path: Path):
    if shutil.which("sqlite3") is None:
        pytest.skip("the sqlite3 command is not installed: scripts/setup-system installs it (Debian's sqlite3)")
    backup, restore = embedded_lines()
    store = SqliteStore(tmp_path / "var" / "grievance.sqlite3")
    await store.start()
    tickets = store.collection("tickets")
    await tickets.insert({"_id": "GRV-1", "status": "lodged"})
    try:
        subprocess.run(["bash", "-c", backup], cwd=tmp_path, check=True, timeout=60)  # the store open, in WAL
        await tickets.insert({"_id": "GRV-2", "status": "lodged"})
    finally:
        await store.close()
    subprocess.run(["bash", "-c", restore], cwd=tmp_path, check=True, timeout=60)
    store = SqliteStore(tmp_path / "var" / "grievance.sqlite3")
    await store.start()
    try:
        assert [d["_id"] for d in await store.collection("tickets").find()] == ["GRV-1"]
    finally:
        await store.close()
