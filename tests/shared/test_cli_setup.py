"""What an operator setting up the roles meets from ``panchayat``, run as a real subprocess: a setting that
cannot work stops the command with one line naming it, before anything is taken or lost."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

SCRIPT = shutil.which("panchayat", path=str(Path(sys.executable).parent)) or shutil.which("panchayat")
COMMAND = [SCRIPT] if SCRIPT else [sys.executable, "-m", "shared.cli"]


def free_port() -> str:
    with socket.create_server(("127.0.0.1", 0)) as free:
        return str(free.getsockname()[1])


def own_lines(stderr: str) -> list[str]:
    return [line for line in stderr.strip().splitlines() if not line.startswith("{")]  # JSON: the logs


@pytest.fixture
def panchayat(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("AMQP_URL", "MONGODB_URL", "GATEWAY_PORT")}
    env.update(PANCHAYAT_DATA_DIR=str(tmp_path / "var"), LOG_LEVEL="WARNING")

    def run(*args: str, **extra_env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*COMMAND, *args], env={**env, **extra_env}, capture_output=True, text=True,
                              timeout=60)
    return run


def writable(folder: Path) -> bool:
    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


@pytest.fixture
def locked_folder(tmp_path) -> Path:
    """A folder that exists and this user may not write in (for root, who may write anywhere, a kernel one)."""
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    if writable(folder):
        folder = Path("/sys/kernel")
        if not folder.is_dir() or writable(folder):
            pytest.skip("no folder this user may not write in")
    return folder


@pytest.mark.parametrize("command", [("run",), ("token", "list"), ("service", "grievance")])
def test_a_data_dir_it_may_not_write_in_is_one_line_naming_it(panchayat, locked_folder, command):
    """The folder existed, so it was taken, and the first store opened in it ended in a traceback of SQLite's
    'unable to open database file' with exit status 1."""
    port = free_port()
    answer = panchayat(*command, PANCHAYAT_DATA_DIR=str(locked_folder), GATEWAY_PORT=port, SERVICE_PORT=port,
                       AMQP_URL=f"amqp://guest:guest@127.0.0.1:{free_port()}/", PANCHAYAT_RENDER_WORKERS="0")
    assert answer.returncode == 2 and not answer.stdout, answer.stderr
    [line] = own_lines(answer.stderr)
    assert line.startswith(f"panchayat: setting PANCHAYAT_DATA_DIR={locked_folder} is not a usable folder")
