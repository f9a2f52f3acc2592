"""structlog, configured once per process; modules only call ``get_logger()``.

JSON lines when stderr is not a terminal, readable columns when it is. ``bind_message`` puts the
correlation id and envelope id into contextvars for the duration of one message. ``mask`` hides phone
numbers (all but the last 4 digits) and money amounts wherever they appear in an event.
"""
from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import structlog

get_logger = structlog.get_logger

PHONE = re.compile(r"(?<![\w])\+?(?:91)?[6-9]\d{9}(?![\w])|(?<![\w])\+?\d{11,}(?![\w])")  # 11+: any long number
MONEY_WORDS = frozenset({
    "amount", "salary", "pay", "gross", "net", "basic", "tariff", "fee", "fees", "refund", "price", "total",
    "da", "hra", "tds", "deduction", "deductions", "earning", "earnings", "allowance", "tax", "medical", "gpf", "cpf",
})
PHONE_WORDS = frozenset({"phone", "mobile", "wa", "msisdn", "recipient", "to", "from"})


def _words(key: str) -> set[str]:
    return set(re.split(r"[_\W]+", re.sub(r"([a-z])([A-Z])", r"\1_\2", key).lower()))


def _is_money(key: str) -> bool:
    return bool(_words(key) & MONEY_WORDS)


def _is_phone(key: str) -> bool:
    return bool(_words(key) & PHONE_WORDS)


def mask_phone_text(text: str) -> str:
    return PHONE.sub(lambda m: "*" * (len(m.group()) - 4) + m.group()[-4:], text)


def _mask_value(key: str, value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _mask_value(str(k), v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_mask_value(key, v) for v in value]
    if isinstance(value, bool) or value is None:
        return value
    if _is_money(key) and isinstance(value, int | float):
        return "***"
    if _is_money(key) and isinstance(value, str) and re.fullmatch(r"(₹|Rs\.?)?\s*[\d.,]+\s*", value):
        return "***"
    if _is_phone(key) and isinstance(value, str | int):
        s = str(value)
        return "*" * max(len(s) - 4, 0) + s[-4:]
    if isinstance(value, str):
        return mask_phone_text(value)
    return value


def mask(_logger: Any, _name: str, event: dict[str, Any]) -> dict[str, Any]:
    return {k: v if k in ("timestamp", "level", "correlation_id", "envelope_id") else _mask_value(k, v)
            for k, v in event.items()}


class _CurrentStderr:
    """Writes to whatever ``sys.stderr`` is now, so a replaced stream (a test's capture, a daemon's redirect)
    never leaves loggers holding a closed file."""

    def write(self, text: str) -> int:
        return sys.stderr.write(text)

    def flush(self) -> None:
        sys.stderr.flush()


def configure_logging(level: str = "INFO", *, json: bool | None = None) -> None:
    json = (not sys.stderr.isatty()) if json is None else json
    renderer = structlog.processors.JSONRenderer(ensure_ascii=False) if json else structlog.dev.ConsoleRenderer()
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            mask,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelNamesMapping().get(level.upper(), 20)),
        logger_factory=structlog.PrintLoggerFactory(file=_CurrentStderr()),  # type: ignore[arg-type]
        cache_logger_on_first_use=True,
    )


@contextmanager
def bind_message(correlation_id: str, envelope_id: str) -> Iterator[None]:
    """Bind ids for one message; cleared first so nothing leaks from the previous one."""
    structlog.contextvars.clear_contextvars()
    structlog.contextvars.bind_contextvars(correlation_id=correlation_id, envelope_id=envelope_id)
    try:
        yield
    finally:
        structlog.contextvars.clear_contextvars()
