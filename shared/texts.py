"""Per-service text catalogs in Bengali and English.

A catalog is a JSON file ``{"key": {"bn": "...", "en": "..."}}`` beside the service; placeholders are
``str.format`` fields. ``check_catalog`` lists every key missing a language or whose placeholders differ
between languages; a test runs it over every catalog in the tree.
"""
from __future__ import annotations

import json
import string
from pathlib import Path
from typing import Any

LANGS = ("bn", "en")


class Catalog:
    def __init__(self, entries: dict[str, dict[str, str]], name: str = "texts"):
        self.entries = entries
        self.name = name

    @classmethod
    def load(cls, path: str | Path) -> Catalog:
        path = Path(path)
        return cls(json.loads(path.read_text(encoding="utf-8")), name=str(path))

    def __call__(self, key: str, lang: str, /, **values: Any) -> str:
        entry = self.entries[key]
        template = entry.get(lang) or entry["en"]
        return template.format(**values) if values else template

    def problems(self) -> list[str]:
        return check_catalog(self.entries)


def placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def check_catalog(entries: dict[str, dict[str, str]]) -> list[str]:
    found = []
    for key, entry in entries.items():
        missing = [lang for lang in LANGS if not (entry.get(lang) or "").strip()]
        if missing:
            found.append(f"{key}: missing {', '.join(missing)}")
            continue
        bn, en = placeholders(entry["bn"]), placeholders(entry["en"])
        if bn != en:
            found.append(f"{key}: placeholders differ (bn {sorted(bn)}, en {sorted(en)})")
    return found
