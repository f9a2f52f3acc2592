"""The regions people name when asked for a district: the Sundarbans, the Dooars, the Darjeeling hills.

The tourism service's own first words offer rooms "in the Darjeeling hills, the Dooars, ... and the Sundarbans",
and a guest answers the district question in those words; no district is called so. Each region lies in the
districts named here (the Sundarbans in both 24 Parganas, the Dooars in Jalpaiguri and Alipurduar), of which the
chat offers those the catalogue has places in.
"""
from __future__ import annotations

from dataclasses import dataclass

from services.tourism.domain.catalog import near
from shared.india import typed_word


@dataclass(frozen=True)
class Region:
    bn: str
    en: str
    districts: tuple[str, ...]  # keys of ``DISTRICTS``
    spellings: tuple[str, ...]  # as people type it, besides the two names

    def name(self, lang: str) -> str:
        return self.bn if lang == "bn" else self.en


REGIONS = (
    Region("সুন্দরবন", "Sundarbans", ("south-24-parganas", "north-24-parganas"),
           ("sundarban", "sunderban", "sunderbans", "the sundarbans", "সুন্দরবান")),
    Region("ডুয়ার্স", "Dooars", ("jalpaiguri", "alipurduar"),
           ("duars", "doars", "the dooars", "ডুযার্স")),
    Region("দার্জিলিং পাহাড়", "Darjeeling hills", ("darjeeling", "kalimpong"),
           ("the darjeeling hills", "darjeeling hill", "the hills", "pahar", "দার্জিলিং পাহার", "পাহাড়")),
)


def region_named(text: str) -> Region | None:
    """The region ``text`` names, written as people write it or with a slip of a letter; None for anything else."""
    typed = typed_word(text)
    named = [(region, [typed_word(n) for n in (region.bn, region.en, *region.spellings)]) for region in REGIONS]
    exact = [region for region, names in named if typed in names]
    close = exact or [region for region, names in named if near(typed, names)]
    return close[0] if len(close) == 1 else None
