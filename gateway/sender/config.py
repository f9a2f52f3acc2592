"""The sender's tuning knobs, read from the environment beside the shared settings.

The defaults follow Meta's guidance (80 msg/s per number, bursts to one person allowed, a pair
rate-limit hold of about six seconds); ``PANCHAYAT_SEND_RATE`` itself lives in ``shared.settings``.
In-process retries stay short: the bus's wait queues (``PANCHAYAT_RETRY_DELAYS``) do the long waits.
"""
from __future__ import annotations

from pydantic import Field, ValidationError, ValidationInfo, field_validator
from pydantic_core import PydanticUseDefault
from pydantic_settings import BaseSettings, SettingsConfigDict

from shared.settings import ConfigError, seconds_list


class SenderTuning(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="", case_sensitive=True, extra="ignore", allow_inf_nan=False)

    PANCHAYAT_SEND_ATTEMPTS: int = Field(default=4, ge=1, le=10, description="API tries before the bus retries")
    PANCHAYAT_SEND_BACKOFF: float = Field(default=0.5, ge=0, description="first retry delay, doubling each time")
    PANCHAYAT_SEND_BACKOFF_MAX: float = Field(default=8.0, ge=0, description="longest in-process retry delay")
    PANCHAYAT_SEND_PAIR_SPACING: float = Field(default=0.0, ge=0, description="minimum seconds between messages "
                                                                              "to one person")
    PANCHAYAT_SEND_PAIR_HOLD: float = Field(default=6.0, ge=0, description="first hold after error 131056")
    PANCHAYAT_SEND_PAIR_HOLD_MAX: float = Field(default=60.0, ge=0)
    PANCHAYAT_SEND_COOLDOWN: float = Field(default=30.0, gt=0, description="seconds at half rate after 130429")
    PANCHAYAT_SEND_TIMEOUT: float = Field(default=15.0, gt=0, description="seconds for one Cloud API call")
    PANCHAYAT_SEND_DOUBT_WAIT: float = Field(
        default=30.0, ge=0, description="seconds a redelivered message whose send was cut off waits for Meta's "
                                        "status before it is sent again (and until Meta has reported on a later "
                                        "message, or three times as long); longer than PANCHAYAT_SEND_TIMEOUT, "
                                        "or 0: never send it again (at most once)")

    PANCHAYAT_SEND_LATE_RESENDS: str = Field(
        default="30,120,300", description="seconds before each re-send of a message Meta accepted and then reported "
                                          "failed for throughput (130429, 80007) or the pair limit (131056), comma "
                                          "separated, each spread at random up to half as long again so a burst is "
                                          "not re-sent at one second; after the last it goes to sender.dead; "
                                          "empty: straight there")

    @field_validator("*", mode="before")
    @classmethod
    def _empty_is_unset(cls, v: object, info: ValidationInfo) -> object:
        """A knob set empty (``PANCHAYAT_SEND_BACKOFF=`` in an env file) takes its default, as every shared setting
        does (``env_ignore_empty`` there); not ``PANCHAYAT_SEND_LATE_RESENDS``, whose empty means no re-sends."""
        if v == "" and info.field_name != "PANCHAYAT_SEND_LATE_RESENDS":
            raise PydanticUseDefault()
        return v

    @field_validator("PANCHAYAT_SEND_LATE_RESENDS")
    @classmethod
    def _late_resends(cls, v: str) -> str:
        try:
            if all(s >= 0 for s in seconds_list(v)):
                return v
        except ValueError:
            pass
        raise ValueError("expected non-negative seconds separated by commas, e.g. 30,120,300")

    @property
    def late_resends(self) -> tuple[float, ...]:
        return seconds_list(self.PANCHAYAT_SEND_LATE_RESENDS)

    @field_validator("PANCHAYAT_SEND_DOUBT_WAIT")
    @classmethod
    def _doubt_outlasts_a_call(cls, v: float, info: ValidationInfo) -> float:
        timeout = info.data.get("PANCHAYAT_SEND_TIMEOUT")
        if v and timeout is not None and v <= timeout:
            raise ValueError(f"must be 0 or longer than PANCHAYAT_SEND_TIMEOUT ({timeout:g} s), or a send still in "
                             "its call could be made a second time")
        return v


def load_tuning(**overrides: object) -> SenderTuning:
    try:
        return SenderTuning(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        err = exc.errors()[0]
        name = ".".join(str(p) for p in err["loc"]) or "sender settings"
        raise ConfigError(f"panchayat: setting {name} is malformed: {err['msg']}") from None
