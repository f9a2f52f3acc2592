"""``panchayat sender`` refuses to start without its Cloud API settings, and serves its probes."""
from __future__ import annotations

from typing import Any

import aiohttp
import pytest
from prometheus_client import REGISTRY

from gateway.sender.config import load_tuning
from gateway.sender.main import main, sender_runtime
from shared.auth import Tokens
from shared.bus.memory import InProcessBus
from shared.runtime import create_app
from shared.settings import EXIT_CONFIG, Settings
from shared.store.sqlite import SqliteStore


@pytest.mark.parametrize("missing", ["WHATSAPP_API_URL", "WHATSAPP_ACCESS_TOKEN", "WHATSAPP_PHONE_NUMBER_ID"])
def test_a_missing_cloud_api_setting_stops_the_process(missing: str, capsys: pytest.CaptureFixture[str]) -> None:
    given: dict[str, Any] = {"WHATSAPP_API_URL": "https://graph.facebook.com/v23.0",
                             "WHATSAPP_ACCESS_TOKEN": "token", "WHATSAPP_PHONE_NUMBER_ID": "1065", missing: None}
    with pytest.raises(SystemExit) as stopped:
        main(Settings(**given))
    assert stopped.value.code == EXIT_CONFIG
    assert missing in capsys.readouterr().err


def test_malformed_tuning_names_the_setting(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        load_tuning(PANCHAYAT_SEND_ATTEMPTS=0)
    assert "PANCHAYAT_SEND_ATTEMPTS" in capsys.readouterr().err


@pytest.mark.parametrize(("name", "value"), [("PANCHAYAT_SEND_BACKOFF", "inf"), ("PANCHAYAT_SEND_COOLDOWN", "inf"),
                                            ("PANCHAYAT_SEND_PAIR_HOLD_MAX", "inf"), ("PANCHAYAT_SEND_TIMEOUT", "nan"),
                                            ("PANCHAYAT_SEND_LATE_RESENDS", "30,inf")])
def test_tuning_that_is_no_finite_number_is_refused(capsys: pytest.CaptureFixture[str], name: str, value: str) -> None:
    """inf was taken: a sender that waited for ever before a retry, or stayed at half its rate for good."""
    with pytest.raises(SystemExit):
        load_tuning(**{name: value})
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line.startswith(f"panchayat: setting {name} is malformed")


def test_a_knob_set_empty_takes_its_default_and_empty_late_resends_mean_none(monkeypatch: pytest.MonkeyPatch) -> None:
    """PANCHAYAT_SEND_BACKOFF= (an empty line in an env file) stopped the sender as malformed, though an empty
    variable counts as unset everywhere else."""
    for name in ("PANCHAYAT_SEND_ATTEMPTS", "PANCHAYAT_SEND_BACKOFF", "PANCHAYAT_SEND_COOLDOWN",
                 "PANCHAYAT_SEND_DOUBT_WAIT", "PANCHAYAT_SEND_LATE_RESENDS"):
        monkeypatch.setenv(name, "")
    tuning = load_tuning()
    assert (tuning.PANCHAYAT_SEND_ATTEMPTS, tuning.PANCHAYAT_SEND_BACKOFF, tuning.PANCHAYAT_SEND_COOLDOWN,
            tuning.PANCHAYAT_SEND_DOUBT_WAIT) == (4, 0.5, 30.0, 30.0)
    assert tuning.late_resends == ()  # documented: straight to sender.dead


def test_a_doubt_wait_shorter_than_one_call_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):  # a send still inside its call could be made a second time
        load_tuning(PANCHAYAT_SEND_TIMEOUT=20, PANCHAYAT_SEND_DOUBT_WAIT=20)
    assert "PANCHAYAT_SEND_DOUBT_WAIT" in capsys.readouterr().err
    assert load_tuning(PANCHAYAT_SEND_TIMEOUT=20, PANCHAYAT_SEND_DOUBT_WAIT=45).PANCHAYAT_SEND_DOUBT_WAIT == 45
    assert load_tuning(PANCHAYAT_SEND_DOUBT_WAIT=0).PANCHAYAT_SEND_DOUBT_WAIT == 0  # never again: at most once


async def test_probes_and_metrics(aiohttp_client: Any, api_url: str, session: aiohttp.ClientSession,
                                  tmp_path: Any) -> None:
    settings = Settings(WHATSAPP_API_URL=api_url, WHATSAPP_ACCESS_TOKEN="t",  # type: ignore[arg-type]
                        WHATSAPP_PHONE_NUMBER_ID="1065", PANCHAYAT_DATA_DIR=tmp_path)
    runtime = sender_runtime(settings, load_tuning(), bus=InProcessBus(), store=SqliteStore(tmp_path / "s.db"),
                             session=session)
    app = create_app([runtime], auth=Tokens(SqliteStore(tmp_path / "auth.db")), registry=REGISTRY, stop_timeout=1)
    client = await aiohttp_client(app)
    assert (await client.get("/healthz")).status == 200
    assert (await client.get("/readyz")).status == 200
    text = await (await client.get("/metrics")).text()
    assert "panchayat_sender_rate" in text and "panchayat_sender_outbound_total" in text
