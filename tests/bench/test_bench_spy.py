"""``bench/spy.py``: py-spy's raw samples of a load run, by role and kind of work."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/ is scripts, not an installed package

from bench import spy  # noqa: E402

LOAD = 'process 10:"python bench/load.py --amqp x"'
SERVE = "<module> (shared/cli.py:138);main (shared/cli.py:79);run_service (shared/cli.py:92)"
SENDER_CMD = 'process 12:"python bench/load.py --amqp x"'  # read before the child exec'd: named by its stacks
TOURISM = 'process 11:"python -m shared.cli service tourism"'
RAW = [
    f'{LOAD};{TOURISM};{SERVE};handle (services/tourism/conversation/taps.py:40);'
    "insert (shared/store/sqlite.py:60) 30",
    f'{LOAD};{TOURISM};{SERVE};_run_once (asyncio/base_events.py:1900);'
    "write (asyncio/selector_events.py:1050) 50",
    f'{LOAD};{TOURISM};{SERVE};on_message (shared/bus/rabbit_consumer.py:104);'
    "validate (pydantic/main.py:600) 20",
    f'{LOAD};{TOURISM};<module> (shared/cli.py:1);'
    "_find_and_load (<frozen importlib._bootstrap>:1) 400",  # starting: left out
    f'{LOAD};{TOURISM};_bootstrap (threading.py:1);'
    "_worker (concurrent/futures/thread.py:81) 300",  # the writer thread waiting: left out
    f"{LOAD};{SENDER_CMD};<module> (shared/cli.py:138);main (shared/cli.py:80);send (gateway/sender/worker.py:90);"
    "_request (aiohttp/client.py:500) 40",
    f"{LOAD};{SENDER_CMD};<module> (shared/cli.py:138);main (shared/cli.py:80);send (gateway/sender/worker.py:90);"
    "dumps (json/__init__.py:231) 10",
    f"{LOAD};run (people.py:80);speak (services/tourism/texts.py:10) 500",  # the load generator: no role
]


def test_each_role_gets_its_own_samples_by_kind_and_start_up_and_the_idle_writer_are_left_out() -> None:
    found = spy.shares(RAW)
    assert set(found) == {"tourism", "sender"}
    assert found["tourism"] == {"SQLite statements": 30, "event loop and sockets": 50, "pydantic": 20}
    assert found["sender"] == {"HTTP (aiohttp, multidict, yarl)": 40, "json": 10}


def test_the_table_gives_each_kind_as_a_share_of_the_role() -> None:
    rows = spy.table(spy.shares(RAW)).splitlines()
    assert rows[0] == "| kind of work | sender | tourism |"
    assert "| SQLite statements | 0 % | 30 % |" in rows
    assert "| HTTP (aiohttp, multidict, yarl) | 80 % | 0 % |" in rows
    assert "| event loop and sockets | 0 % | 50 % |" in rows
    assert rows[-1] == "| samples | 50 | 100 |"
