"""Districts, blocks and gram panchayats, read from a CSV so a newer LGD export replaces the demo file.

The file (``services/grievance/directory.csv``) has a header row and one row per gram panchayat::

    district_lgd,district_en,district_bn,block_lgd,block_en,block_bn,gp_lgd,gp_en,gp_bn,latitude,longitude

Codes are the Local Government Directory's (district, block, gram panchayat); names are given in English
and Bengali; ``latitude``/``longitude`` (decimal degrees) are optional and mark the panchayat office, so a
shared WhatsApp location can be matched to the nearest office that has them. A district or block is the
set of its rows: a district is "fully covered" when all its blocks and panchayats are listed.
"""
from __future__ import annotations

import csv
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from shared.india import slip_of

COLUMNS = ("district_lgd", "district_en", "district_bn", "block_lgd", "block_en", "block_bn", "gp_lgd", "gp_en",
           "gp_bn", "latitude", "longitude")
ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8", "ix": "9", "x": "10"}
BENGALI_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
NEAR_KM = 30.0  # a shared location farther than this from every known office is not guessed


@dataclass(frozen=True)
class Area:
    code: str
    en: str
    bn: str
    parent: str = ""  # the district of a block, the block of a gram panchayat
    latitude: float | None = None
    longitude: float | None = None

    def name(self, lang: str) -> str:
        return self.bn if lang == "bn" else self.en


def slug(text: str) -> str:
    return re.sub(r"[^0-9a-z\u0980-\u09ff]+", "-", unicodedata.normalize("NFC", text).casefold()).strip("-")


def name_key(text: str) -> str:
    """A name as compared with what people type: case, spaces and hyphens aside, and the numbers of
    ``Binpur-I`` / ``Binpur 1`` / ``বিনপুর-১`` read alike (roman numerals and Bengali digits as 0-9)."""
    words = slug(text).translate(BENGALI_DIGITS).split("-")
    return "".join(ROMAN.get(w, w) if i else w for i, w in enumerate(words))


class Directory:
    def __init__(self, districts: list[Area], blocks: list[Area], gps: list[Area]):
        self._districts = {a.code: a for a in districts}
        self._blocks = {a.code: a for a in blocks}
        self._gps = {a.code: a for a in gps}

    @classmethod
    def load(cls, path: Path) -> Directory:
        """Raises ``ValueError`` naming the line of a row that does not fit the format."""
        districts: dict[str, Area] = {}
        blocks: dict[str, Area] = {}
        gps: list[Area] = []
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if tuple(reader.fieldnames or ()) != COLUMNS:
                raise ValueError(f"{path}: the header must be {','.join(COLUMNS)}")
            for line, row in enumerate(reader, start=2):
                if any(not (row[c] or "").strip() for c in COLUMNS[:9]):
                    raise ValueError(f"{path}:{line}: codes and both names are required")
                lat, lon = _coordinate(row["latitude"], line), _coordinate(row["longitude"], line)
                districts.setdefault(row["district_lgd"],
                                     Area(row["district_lgd"], row["district_en"], row["district_bn"]))
                blocks.setdefault(row["block_lgd"], Area(row["block_lgd"], row["block_en"], row["block_bn"],
                                                         row["district_lgd"]))
                gps.append(Area(row["gp_lgd"], row["gp_en"], row["gp_bn"], row["block_lgd"], lat, lon))
        if len({g.code for g in gps}) != len(gps):
            raise ValueError(f"{path}: a gram panchayat code appears twice")
        return cls(list(districts.values()), list(blocks.values()), gps)

    # each list in the order of the names it is shown with: Bengali ones by their letters' order in Unicode, which is
    # the alphabet's (vowels, then the consonants row by row)
    def districts(self, lang: str = "en") -> list[Area]:
        return _by_name(self._districts.values(), lang)

    def blocks_of(self, district: str, lang: str = "en") -> list[Area]:
        return _by_name((b for b in self._blocks.values() if b.parent == district), lang)

    def gps_of(self, block: str, lang: str = "en") -> list[Area]:
        return _by_name((g for g in self._gps.values() if g.parent == block), lang)

    def district(self, code: str | None) -> Area | None:
        return self._districts.get(code or "")

    def block(self, code: str | None) -> Area | None:
        return self._blocks.get(code or "")

    def gp(self, code: str | None) -> Area | None:
        return self._gps.get(code or "")

    def find_district(self, text: str) -> Area | None:
        """A district by its code or either name (``purulia``, ``Jhargram``, ``ঝাড়গ্রাম``)."""
        wanted = slug(text)
        return next((d for d in self._districts.values() if wanted in (d.code, slug(d.en), slug(d.bn))), None)

    def find(self, kind: str, text: str, *, within: str | None = None, near: bool = False) -> Area | None:
        """A block or gram panchayat by code or name, among the blocks of district ``within`` or the
        panchayats of block ``within`` when given (so a name found in two blocks is found in the one being
        looked at); a name shared by two in the pool is not guessed. ``Binpur 1`` finds ``Binpur-I``.
        ``near``: a name typed with a slip of a letter or two ("kalchni") finds the one name it is close to."""
        pool = {code: area for code, area in (self._blocks if kind == "block" else self._gps).items()
                if within is None or area.parent == within}
        if text in pool:
            return pool[text]
        wanted = name_key(text)
        hits = [a for a in pool.values() if wanted in (name_key(a.en), name_key(a.bn))]
        if not hits and near and len(wanted) >= 4:
            return slip_of(wanted, {key: a for a in pool.values() for key in (name_key(a.en), name_key(a.bn))})
        return hits[0] if len(hits) == 1 else None

    def nearest(self, latitude: float, longitude: float, within_km: float = NEAR_KM) -> Area | None:
        known = [g for g in self._gps.values() if g.latitude is not None and g.longitude is not None]
        best = min(known, key=lambda g: _km(latitude, longitude, g), default=None)
        return best if best is not None and _km(latitude, longitude, best) <= within_km else None


def _coordinate(value: str | None, line: int) -> float | None:
    if not (value or "").strip():
        return None
    try:
        return float(value)  # type: ignore[arg-type]
    except ValueError:
        raise ValueError(f"line {line}: {value!r} is not a coordinate") from None


def _km(latitude: float, longitude: float, area: Area) -> float:
    """Great-circle distance (haversine) on a 6,371 km sphere: ample for telling panchayats apart."""
    lat1, lat2 = math.radians(latitude), math.radians(area.latitude or 0.0)
    dlat, dlon = lat2 - lat1, math.radians((area.longitude or 0.0) - longitude)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _by_name(areas: Iterable[Area], lang: str) -> list[Area]:
    return sorted(areas, key=lambda a: (unicodedata.normalize("NFC", a.name(lang)), a.code))
