"""Process settings, read once from the environment (names fixed by the design).

Every setting is optional at parse time; each role then ``require``s what it cannot run without, so
``panchayat run`` works with none set while ``panchayat gateway`` refuses to start without its secret.
A missing or malformed setting ends the process with one line naming it and exit status 2.
"""
from __future__ import annotations

import logging
import math
import os
import sys
import warnings
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

EXIT_CONFIG = 2


class Settings(BaseSettings):
    # A variable set empty (``PANCHAYAT_DATA_DIR=`` in an env file) is unset, as the secrets and URLs always
    # were: an empty data folder would be the current directory.
    # Frozen: ``load_settings`` hands the same parse to every part of a process that asks with the same environment.
    model_config = SettingsConfigDict(env_prefix="", case_sensitive=True, extra="ignore", allow_inf_nan=False,
                                      env_ignore_empty=True, frozen=True)

    AMQP_URL: str | None = None
    MONGODB_URL: str | None = None
    PANCHAYAT_DATA_DIR: Path = Path("./var")
    GATEWAY_PORT: int = Field(default=8080, ge=1, le=65535)
    SERVICE_PORT: int = Field(default=8081, ge=1, le=65535,
                              description="back-office/health port of a service or sender")
    WHATSAPP_API_URL: str | None = None
    WHATSAPP_ACCESS_TOKEN: SecretStr | None = None
    WHATSAPP_APP_SECRET: SecretStr | None = None
    WHATSAPP_VERIFY_TOKEN: SecretStr | None = None
    WHATSAPP_PHONE_NUMBER_ID: str | None = None
    PUBLIC_BASE_URL: str | None = None
    PANCHAYAT_RETRY_DELAYS: str = Field(default="1,10,60", description="seconds before each retry, comma separated")
    PANCHAYAT_PREFETCH: int = Field(default=32, ge=1, le=10_000)
    PANCHAYAT_SEND_RATE: float = Field(default=80.0, gt=0, le=1000, description="messages/s per phone number")
    PANCHAYAT_PSEUDONYM_KEY: SecretStr | None = None
    PANCHAYAT_RENDER_WORKERS: int = Field(default=1, ge=0, le=16, description="PDF worker processes; 0 = a thread")
    PANCHAYAT_DEMO_DATA: bool | None = None
    LOG_LEVEL: str = "INFO"

    def public_url(self) -> str:
        """Where the gateway is reached from outside, and documents' QR codes point: ``PUBLIC_BASE_URL``, else
        the gateway on this machine."""
        return self.PUBLIC_BASE_URL or f"http://127.0.0.1:{self.GATEWAY_PORT}"

    @field_validator("PANCHAYAT_RETRY_DELAYS")
    @classmethod
    def _delays(cls, v: str) -> str:
        try:
            parts = seconds_list(v)
        except ValueError:
            parts = ()
        if not parts or any(p < 0 for p in parts):
            raise ValueError("expected non-negative seconds separated by commas, e.g. 1,10,60")
        return v

    @field_validator("AMQP_URL")
    @classmethod
    def _amqp(cls, v: str | None) -> str | None:
        """A URL the client could not take apart (no host, a port that is not a number) would otherwise surface
        as a traceback, or as reconnect attempts that never end."""
        if not v:
            return None
        expected = "expected amqp://user:password@host:port/vhost"
        if not v.startswith(("amqp://", "amqps://")):
            raise ValueError(expected)
        parts = urlsplit(v)
        try:
            parts.port
        except ValueError:
            raise ValueError(f"{expected}: the port is not a number") from None
        if not parts.hostname:
            raise ValueError(f"{expected}: no host")
        return v

    @field_validator("MONGODB_URL")
    @classmethod
    def _mongo(cls, v: str | None) -> str | None:
        if not v:
            return None
        if not v.startswith(("mongodb://", "mongodb+srv://")):
            raise ValueError("expected mongodb://host:port")
        if v.startswith("mongodb://"):  # read as the client reads it (a +srv URL would need DNS to be read)
            from pymongo.errors import ConfigurationError
            from pymongo.uri_parser import parse_uri
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")  # an option the client does not know it only warns about
                    parse_uri(v, warn=True)
            except (ConfigurationError, ValueError) as exc:
                raise ValueError(f"expected mongodb://host:port: {exc}") from None
        return v

    @field_validator("LOG_LEVEL")
    @classmethod
    def _level(cls, v: str) -> str:
        if v.upper() not in logging.getLevelNamesMapping():
            raise ValueError("expected one of DEBUG, INFO, WARNING, ERROR, CRITICAL")
        return v

    @field_validator("WHATSAPP_API_URL", "PUBLIC_BASE_URL")
    @classmethod
    def _url(cls, v: str | None) -> str | None:
        if v and not v.startswith(("http://", "https://")):
            raise ValueError("expected an http(s) URL")
        return v.rstrip("/") if v else None

    def demo_data(self) -> bool:
        """Whether services load their demo data (people, permits, complaints, guest houses, pay) on first start:
        as set, else on the embedded store (``panchayat run``, a trial on one machine) and never into MongoDB,
        where a deployment's real records live: demo documents would pass the public verification page and
        demo events reach other departments."""
        if self.PANCHAYAT_DEMO_DATA is not None:
            return self.PANCHAYAT_DEMO_DATA
        return not self.MONGODB_URL

    @property
    def retry_delays(self) -> tuple[float, ...]:
        return seconds_list(self.PANCHAYAT_RETRY_DELAYS)

    def secret(self, name: str) -> str:
        value = getattr(self, name)
        return value.get_secret_value() if isinstance(value, SecretStr) else (value or "")


def seconds_list(text: str) -> tuple[float, ...]:
    """``1,10,60`` as seconds; raises ``ValueError`` for a part that is no finite number (``nan`` and ``inf``
    parse as floats, but no wait can last them)."""
    parts = tuple(float(p) for p in text.split(",") if p.strip())
    if not all(math.isfinite(p) for p in parts):
        raise ValueError(f"not a finite number of seconds: {text!r}")
    return parts


class ConfigError(SystemExit):
    def __init__(self, line: str):
        print(line, file=sys.stderr)
        super().__init__(EXIT_CONFIG)


_PARSED_KEPT = 32
_parsed: dict[tuple[object, ...], Settings] = {}


def load_settings(**overrides: object) -> Settings:
    """Parse the environment or stop the process with one line naming the bad setting. The same environment and
    ``overrides`` give the same frozen settings, parsed once: each part of a role (every service's spec, the
    privacy keys) asks for them, and a parse costs milliseconds."""
    key = (tuple(sorted(os.environ.items())), tuple(sorted((name, _keyed(v)) for name, v in overrides.items())))
    try:
        known = _parsed.get(key)
    except TypeError:  # an override that cannot be a key (a list): parsed every time
        key, known = None, None
    if known is not None:
        return known
    try:
        settings = Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        err = exc.errors()[0]
        name = ".".join(str(p) for p in err["loc"]) or "settings"
        raise ConfigError(f"panchayat: setting {name} is malformed: {err['msg']}") from None
    if key is not None:
        if len(_parsed) >= _PARSED_KEPT:
            _parsed.clear()
        _parsed[key] = settings
    return settings


def _keyed(value: object) -> object:
    """An override as it is compared: a secret by its value (two secrets print alike)."""
    return ("secret", value.get_secret_value()) if isinstance(value, SecretStr) else value


def require(settings: Settings, *names: str) -> None:
    for name in names:
        if not settings.secret(name):
            raise ConfigError(f"panchayat: required setting {name} is not set")
