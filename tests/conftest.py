"""Test-wide switches.

Tests marked ``rabbit`` use the broker at ``AMQP_TEST_URL`` (default the local guest broker); they skip
with the reason when it cannot be reached, except under ``PANCHAYAT_REQUIRE_RABBIT=1`` (CI), where a
skipped RabbitMQ test fails the run: the integration suite must never silently not run.
Tests marked ``node`` drive a tool outside Python (the AsyncAPI parser on Node.js, headless Chromium,
Prometheus); they skip without it except in CI, the same way. Tests marked ``mongo`` use ``MONGODB_URL``
and skip with the reason when it is unset.

The suite runs on two workers (pytest-xdist, ``-n 2 --dist loadgroup`` in pyproject.toml; ``-n 0`` for one
process). The RabbitMQ and MongoDB tests are one group, run in turn on one worker: two of them at once on the same
broker declare and delete the same queues, which can leave RabbitMQ unable to declare a queue again.
"""
from __future__ import annotations

import json
import logging
import os
import socket
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
import structlog

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/ is scripts, not installed: read from here

AMQP_TEST_URL = os.environ.get("AMQP_TEST_URL", "amqp://guest:guest@127.0.0.1:5672/")
REQUIRE_RABBIT = os.environ.get("PANCHAYAT_REQUIRE_RABBIT") == "1"
MONGO_SKIP = ("MONGODB_URL is not set: no MongoDB server to test against (to run it: docker run -d -p 27017:27017 "
              "mongo:8.0, then MONGODB_URL=mongodb://127.0.0.1:27017)")


def _reachable(url: str) -> bool:
    parsed = urlparse(url)
    try:
        with socket.create_connection((parsed.hostname or "127.0.0.1", parsed.port or 5672), timeout=2):
            return True
    except OSError:
        return False


@pytest.hookimpl(tryfirst=True)  # before xdist names each item's group from its xdist_group marker
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    rabbit_items = [i for i in items if i.get_closest_marker("rabbit")]
    if rabbit_items and not _reachable(AMQP_TEST_URL):
        reason = f"RabbitMQ not reachable at {urlparse(AMQP_TEST_URL).hostname}:{urlparse(AMQP_TEST_URL).port}"
        for item in rabbit_items:
            item.add_marker(pytest.mark.skip(reason=reason))
    mongo_url = os.environ.get("MONGODB_URL")
    for item in items:
        if item.get_closest_marker("mongo") and not mongo_url:
            item.add_marker(pytest.mark.skip(reason=MONGO_SKIP))
        if item.get_closest_marker("rabbit") or item.get_closest_marker("mongo"):
            # one worker runs these one after another: they declare and delete the same queues and collections
            item.add_marker(pytest.mark.xdist_group("broker"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):  # type: ignore[no-untyped-def]
    outcome = yield
    report = outcome.get_result()
    required = [m for m in ("rabbit", "node") if item.get_closest_marker(m)]
    if REQUIRE_RABBIT and report.skipped and required:
        report.outcome = "failed"
        report.longrepr = f"{required[0]} test skipped while PANCHAYAT_REQUIRE_RABBIT=1: {report.longrepr}"


@pytest.fixture(autouse=True)
def _plain_tracebacks() -> None:
    """A test that runs with structlog unconfigured (most do) logs through structlog's own console renderer,
    which, with ``rich`` installed (schemathesis brings it), draws each logged exception as a highlighted panel:
    over a second of CPU a traceback. The same renderer with plain tracebacks says the same in text. The
    roles configure their own logging (``shared.logging``), which formats exceptions before rendering."""
    if not structlog.is_configured():
        *chain, _ = structlog.get_config()["processors"]
        structlog.configure(processors=[*chain, structlog.dev.ConsoleRenderer(
            exception_formatter=structlog.dev.plain_traceback)])


@pytest.fixture(autouse=True)
def _light_pin_hash(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Payroll PINs are hashed with scrypt at n = 2**14 (16 MiB, ~50 ms a hash, on purpose); the tests hash
    thousands, so in this process they use the same scrypt at n = 2**4. The processes the tests start (the
    roles, ``panchayat run``) hash at the real cost, and ``real_pin_hash`` gives a test the real parameters."""
    if "real_pin_hash" in request.fixturenames:
        return
    from services.payroll.domain import access
    monkeypatch.setitem(access.SCRYPT, "n", 2 ** 4)


@pytest.fixture
def real_pin_hash() -> dict[str, int]:
    from services.payroll.domain import access
    return access.SCRYPT


@pytest.fixture(scope="session")
def amqp_url() -> str:
    return AMQP_TEST_URL


# Every event a real service publishes during the run, to check at the end that it is in the event
# catalog (so docs/asyncapi.yaml lists it) and that its payload has no field a person's number, pay or
# PIN would sit in. Only envelopes whose source is a registered service or the edge are checked: tests
# also publish made-up types on purpose.
_PUBLISHED: dict[str, tuple[str, dict]] = {}


@pytest.fixture(autouse=True, scope="session")
def _record_published_events():  # type: ignore[no-untyped-def]
    from services import registry
    from shared.bus.memory import InProcessBus
    from shared.bus.rabbit import RabbitBus
    from shared.catalog import INTERNAL_PREFIX

    sources = {*registry.names(), "gateway", "sender", "bus"}
    patched = {cls: cls.publish for cls in (InProcessBus, RabbitBus)}

    def wrap(original):  # type: ignore[no-untyped-def]
        async def publish(self, envelope, *, mandatory=True):  # type: ignore[no-untyped-def]
            if envelope.source in sources and not envelope.type.startswith(INTERNAL_PREFIX):
                _PUBLISHED.setdefault(envelope.type, (envelope.source, envelope.payload))
            return await original(self, envelope, mandatory=mandatory)
        return publish

    for cls, original in patched.items():
        cls.publish = wrap(original)  # type: ignore[method-assign]
    yield
    for cls, original in patched.items():
        cls.publish = original  # type: ignore[method-assign]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if not _PUBLISHED or session.config.option.collectonly:
        return
    from shared.catalog import all_events
    from shared.privacy import event_leaks as leaks

    keys = {spec.key for spec in all_events()}
    problems = [f"{type} (from {source}) is published but not in the event catalog"
                for type, (source, _) in sorted(_PUBLISHED.items()) if type not in keys]
    problems += [f"{type}: {leak}" for type, (_, payload) in sorted(_PUBLISHED.items())
                 for leak in leaks(payload) if "looks like a phone number" not in leak]
    if problems:
        print("\nEvents published during the tests break the catalog rules:\n  " + "\n  ".join(problems))
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture
def log_lines(capsys: pytest.CaptureFixture[str]) -> Iterator[Callable[[], list[dict]]]:
    """The JSON log lines written to the captured stderr since the last call, masked as in production (logging
    configured with ``configure_logging(..., json=True)`` inside the test); the configuration is undone after."""
    def read() -> list[dict]:
        return [json.loads(line) for line in capsys.readouterr().err.splitlines() if line.strip()]
    yield read
    structlog.reset_defaults()
    root = logging.getLogger()
    for handler in [h for h in root.handlers if type(h).__name__ == "_StdlibHandler"]:
        root.removeHandler(handler)
