"""The composition root picks adapters from settings alone and opens nothing while doing so."""
from __future__ import annotations

from shared.bus.memory import InProcessBus
from shared.bus.rabbit import RabbitBus
from shared.settings import load_settings
from shared.store.mongo import MongoStore
from shared.store.sqlite import SqliteStore
from shared.wiring import make_bus, make_store


def test_embedded_defaults_when_no_urls_are_set(tmp_path):
    settings = load_settings(AMQP_URL=None, MONGODB_URL=None, PANCHAYAT_DATA_DIR=tmp_path / "var")
    assert isinstance(make_bus(settings), InProcessBus)
    store = make_store(settings, "tourism")
    assert isinstance(store, SqliteStore) and store.path == tmp_path / "var" / "tourism.sqlite3"
    assert not (tmp_path / "var" / "tourism.sqlite3").exists()


def test_rabbitmq_and_mongodb_when_their_urls_are_set(tmp_path):
    settings = load_settings(AMQP_URL="amqp://guest:guest@127.0.0.1:1/", MONGODB_URL="mongodb://127.0.0.1:1",
                             PANCHAYAT_DATA_DIR=tmp_path)
    assert isinstance(make_bus(settings), RabbitBus)
    store = make_store(settings, "auth")
    assert isinstance(store, MongoStore)
    assert store.database == "panchayat_auth"
    assert list(tmp_path.iterdir()) == []
