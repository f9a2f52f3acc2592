"""Settings: defaults for ``panchayat run``, and one clear line, exit 2, for anything missing or malformed."""
from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import SecretStr, ValidationError

from shared.settings import EXIT_CONFIG, Settings, load_settings, require


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch):
    for name in ("AMQP_URL", "MONGODB_URL", "PANCHAYAT_DATA_DIR", "GATEWAY_PORT", "PANCHAYAT_RETRY_DELAYS",
                 "WHATSAPP_APP_SECRET", "WHATSAPP_API_URL", "PANCHAYAT_SEND_RATE"):
        monkeypatch.delenv(name, raising=False)


def test_nothing_set_means_the_embedded_defaults():
    settings = load_settings()
    assert settings.AMQP_URL is None and settings.MONGODB_URL is None
    assert settings.PANCHAYAT_DATA_DIR == Path("./var") and settings.GATEWAY_PORT == 8080
    assert settings.retry_delays == (1.0, 10.0, 60.0)


def test_the_environment_is_read(monkeypatch):
    monkeypatch.setenv("GATEWAY_PORT", "9090")
    monkeypatch.setenv("PANCHAYAT_RETRY_DELAYS", "0.5, 2")
    monkeypatch.setenv("WHATSAPP_API_URL", "https://graph.facebook.com/v23.0/")
    settings = load_settings()
    assert settings.GATEWAY_PORT == 9090 and settings.retry_delays == (0.5, 2.0)
    assert settings.WHATSAPP_API_URL == "https://graph.facebook.com/v23.0"


def test_a_variable_set_empty_counts_as_unset(monkeypatch):
    """PANCHAYAT_DATA_DIR= (an empty line in an env file) put every store in the current directory, so the
    same command started from another directory found none of its data; GATEWAY_PORT= stopped the process."""
    for name in ("PANCHAYAT_DATA_DIR", "GATEWAY_PORT", "PANCHAYAT_RETRY_DELAYS", "PANCHAYAT_DEMO_DATA", "LOG_LEVEL"):
        monkeypatch.setenv(name, "")
    settings = load_settings()
    assert settings.PANCHAYAT_DATA_DIR == Path("./var") and settings.GATEWAY_PORT == 8080
    assert settings.retry_delays == (1.0, 10.0, 60.0) and settings.PANCHAYAT_DEMO_DATA is None
    assert settings.LOG_LEVEL == "INFO"


@pytest.mark.parametrize(("name", "value"), [
    ("GATEWAY_PORT", "abc"), ("GATEWAY_PORT", "70000"), ("AMQP_URL", "http://rabbit"),
    ("MONGODB_URL", "localhost:27017"), ("PANCHAYAT_RETRY_DELAYS", "1,-5"),
    ("AMQP_URL", "amqp://"), ("AMQP_URL", "amqp://guest:guest@rabbitmq:notaport/"), ("AMQP_URL", "amqp://guest:guest@/"),
    ("MONGODB_URL", "mongodb://"), ("MONGODB_URL", "mongodb://mongo:27O17"), ("LOG_LEVEL", "VERBOSE"),
])
def test_a_malformed_setting_stops_with_one_line_naming_it(monkeypatch, capsys, name, value):
    monkeypatch.setenv(name, value)
    with pytest.raises(SystemExit) as stopped:
        load_settings()
    assert stopped.value.code == EXIT_CONFIG
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and name in lines[0]


@pytest.mark.parametrize(("name", "value"), [
    ("PANCHAYAT_RETRY_DELAYS", "nan"), ("PANCHAYAT_RETRY_DELAYS", "1,inf"), ("PANCHAYAT_RETRY_DELAYS", "1,ten"),
    ("PANCHAYAT_SEND_RATE", "nan"), ("PANCHAYAT_SEND_RATE", "inf"),
])
def test_seconds_and_rates_that_are_no_finite_number_are_refused_saying_what_is_expected(monkeypatch, capsys, name,
                                                                                         value):
    """A retry delay of nan ended every role's start in a traceback (its wait queue's name is in milliseconds),
    one of inf was taken; a rate of nan was refused as more than 1000."""
    monkeypatch.setenv(name, value)
    with pytest.raises(SystemExit) as stopped:
        load_settings()
    assert stopped.value.code == EXIT_CONFIG
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line.startswith(f"panchayat: setting {name} is malformed")
    assert ("e.g. 1,10,60" if name == "PANCHAYAT_RETRY_DELAYS" else "finite number") in line


@pytest.mark.parametrize(("name", "value"), [
    ("AMQP_URL", "amqp://panchayat:s3cret@rabbitmq:5672/"), ("AMQP_URL", "amqps://broker.example.org/prod"),
    ("MONGODB_URL", "mongodb://mongo:27017/?replicaSet=rs0"), ("MONGODB_URL", "mongodb://a:27017,b:27017/"),
    ("MONGODB_URL", "mongodb+srv://cluster.example.org"), ("LOG_LEVEL", "debug"), ("LOG_LEVEL", "WARNING"),
])
def test_well_formed_urls_and_levels_are_taken_as_written(monkeypatch, name, value):
    monkeypatch.setenv(name, value)
    assert getattr(load_settings(), name) == value


def test_a_missing_required_setting_stops_with_one_line_naming_it(capsys):
    with pytest.raises(SystemExit) as stopped:
        require(load_settings(), "WHATSAPP_APP_SECRET")
    assert stopped.value.code == EXIT_CONFIG
    [line] = capsys.readouterr().err.strip().splitlines()
    assert "WHATSAPP_APP_SECRET" in line and "not set" in line


def test_a_present_secret_satisfies_require(monkeypatch):
    monkeypatch.setenv("WHATSAPP_APP_SECRET", "s3cret")
    settings = load_settings()
    require(settings, "WHATSAPP_APP_SECRET")
    assert settings.secret("WHATSAPP_APP_SECRET") == "s3cret"
    assert "s3cret" not in repr(settings)


def test_documents_point_at_the_public_base_url_or_else_at_the_local_gateway():
    assert Settings(PUBLIC_BASE_URL="https://panchayat.wb.gov.in").public_url() == "https://panchayat.wb.gov.in"
    assert Settings(GATEWAY_PORT=8099, PUBLIC_BASE_URL=None).public_url() == "http://127.0.0.1:8099"


def test_the_same_environment_is_parsed_once_and_a_changed_one_again(monkeypatch):
    first = load_settings()
    assert load_settings() is first
    monkeypatch.setenv("GATEWAY_PORT", "9191")
    changed = load_settings()
    assert changed is not first and changed.GATEWAY_PORT == 9191
    assert load_settings(GATEWAY_PORT=7070).GATEWAY_PORT == 7070 and load_settings().GATEWAY_PORT == 9191


def test_secret_overrides_are_told_apart_and_the_settings_handed_out_cannot_be_changed():
    one = load_settings(WHATSAPP_APP_SECRET=SecretStr("one"))
    two = load_settings(WHATSAPP_APP_SECRET=SecretStr("two"))
    assert (one.secret("WHATSAPP_APP_SECRET"), two.secret("WHATSAPP_APP_SECRET")) == ("one", "two")
    with pytest.raises(ValidationError):
        one.GATEWAY_PORT = 1  # type: ignore[misc]
