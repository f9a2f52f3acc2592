"""What people complain about, each with its service level (days to resolve) and the office it starts at.

The list is data (``categories.json`` beside the service, both languages) so a department adds or renames a
category without a release. ``office`` is the first owner: most complaints start at the gram panchayat,
pensions and staff conduct at the block, a stay in a district guest house at the district.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

Level = Literal["gp", "block", "district"]
TOURISM_STAY = "tourism_stay"


class Category(BaseModel):
    key: str = Field(pattern=r"^[a-z_]{2,20}$")
    en: str = Field(min_length=1, max_length=24)
    bn: str = Field(min_length=1, max_length=24)
    sla_days: int = Field(ge=1, le=90)
    office: Level = "gp"

    def name(self, lang: str) -> str:
        return self.bn if lang == "bn" else self.en


class Categories:
    def __init__(self, items: list[Category]):
        self.items = items
        self._by_key = {c.key: c for c in items}
        if len(self._by_key) != len(items):
            raise ValueError("two categories share a key")

    @classmethod
    def load(cls, path: Path) -> Categories:
        raw = json.loads(path.read_text(encoding="utf-8"))["categories"]
        return cls([Category.model_validate(c) for c in raw])

    def get(self, key: str | None) -> Category | None:
        return self._by_key.get(key or "")

    def chosen_by_people(self) -> list[Category]:
        """Stay complaints arrive from the tourism chat, which knows the booking, so they are not offered here."""
        return [c for c in self.items if c.key != TOURISM_STAY]
