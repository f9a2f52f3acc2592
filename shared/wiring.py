"""The composition root: which bus and which store a process gets, decided by settings alone.

``AMQP_URL`` set: RabbitMQ, else the in-process bus. ``MONGODB_URL`` set: MongoDB with one database per
owner (``panchayat_<name>``), else an embedded SQLite file per owner under ``PANCHAYAT_DATA_DIR``.
Adapters are imported here, lazily, and nothing connects until the caller starts it.
"""
from __future__ import annotations

from shared.bus import Bus
from shared.settings import Settings
from shared.store import Store


def make_bus(settings: Settings) -> Bus:
    if settings.AMQP_URL:
        from shared.bus.rabbit import RabbitBus
        return RabbitBus(settings.AMQP_URL)
    from shared.bus.memory import InProcessBus
    return InProcessBus()


def make_store(settings: Settings, name: str) -> Store:
    """The store owned by ``name`` (a service, ``gateway``, ``sender`` or ``auth``); never another's."""
    if settings.MONGODB_URL:
        from shared.store.mongo import MongoStore
        return MongoStore(settings.MONGODB_URL, database=f"panchayat_{name}")
    from shared.store.sqlite import SqliteStore
    return SqliteStore(settings.PANCHAYAT_DATA_DIR / f"{name}.sqlite3")
