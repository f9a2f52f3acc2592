"""The data folder ``panchayat run`` leaves once it has loaded the demo, for tests that run the whole system.

Loading the demo (the catalog, the pay of the demo employees, the demo cases, the documents they verify) is more than
half of the whole system's start. A test's system starts instead on a copy of a folder where one system, started and
stopped once in this process, loaded it: ``panchayat run`` on a folder it ran on before, as every restart is. The
demo's dates follow the day in India, so a new day starts a new folder.
"""
from __future__ import annotations

import atexit
import shutil
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from aiohttp import web

from shared.bus.memory import InProcessBus
from shared.india import today_in_india
from shared.run import build_app, local_settings
from shared.settings import load_settings

_made: dict[date, Path] = {}


async def _loaded() -> Path:
    """A folder where the whole system loaded the demo and stopped: every queued event handled, every file closed."""
    folder = Path(tempfile.mkdtemp(prefix="panchayat-demo-"))
    atexit.register(shutil.rmtree, folder, True)
    settings = local_settings(load_settings(AMQP_URL=None, MONGODB_URL=None, WHATSAPP_API_URL=None,
                                            PANCHAYAT_DATA_DIR=folder))
    bus = InProcessBus()
    app, _ = build_app(settings, simulated=True, bus=bus)
    runner = web.AppRunner(app)
    await runner.setup()  # the gateway, then every role, started: the demo loaded
    await bus.drain()
    await runner.cleanup()
    return folder


async def demo_loaded_into(data_dir: Path) -> None:
    """``data_dir`` holding what the whole system's first start on a new folder writes (the demo loaded)."""
    today = today_in_india(datetime.now(UTC))
    if today not in _made:
        _made[today] = await _loaded()
    shutil.copytree(_made[today], data_dir, dirs_exist_ok=True)
