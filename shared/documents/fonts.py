"""Where the PDF fonts come from, and a loud failure at start when they are not there.

The documents are rendered with Debian's Noto fonts (packages fonts-noto-core and fonts-noto-ui-core,
installed by ``scripts/setup-system``) rather than fonts shipped inside the package: they are maintained,
hinted and carry the OpenType tables that HarfBuzz needs to shape Bengali conjuncts. A process that
renders calls ``check_fonts()`` while starting, so a machine without them stops with the fix in one line
instead of failing on the first citizen who asks for a letter.

``PANCHAYAT_FONT_DIR`` replaces the system search entirely (a container image or a test can point it at
its own folder); unset, ``/usr/share/fonts`` is searched, the usual Debian folder first.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

FONT_DIR_ENV = "PANCHAYAT_FONT_DIR"
SYSTEM_FONT_ROOT = Path("/usr/share/fonts")
DEBIAN_NOTO_DIR = SYSTEM_FONT_ROOT / "truetype" / "noto"

LATIN_REGULAR = "NotoSans-Regular.ttf"
LATIN_BOLD = "NotoSans-Bold.ttf"
BENGALI_REGULAR = "NotoSansBengali-Regular.ttf"
BENGALI_BOLD = "NotoSansBengali-Bold.ttf"
REQUIRED = (LATIN_REGULAR, LATIN_BOLD, BENGALI_REGULAR, BENGALI_BOLD)


class FontsMissing(RuntimeError):
    """The Noto fonts the documents need are not installed where we look."""

    def __init__(self, missing: tuple[str, ...], searched: str):
        self.missing = missing
        super().__init__(
            f"PDF fonts missing: {', '.join(missing)} not found in {searched}. "
            "Fix: run scripts/setup-system (installs the Debian packages fonts-noto-core and "
            f"fonts-noto-ui-core), or set {FONT_DIR_ENV} to a folder that holds these files."
        )


@dataclass(frozen=True)
class FontSet:
    """Paths of the four faces a document uses: Latin and Bengali, regular and bold."""

    latin_regular: Path
    latin_bold: Path
    bengali_regular: Path
    bengali_bold: Path


def check_fonts() -> FontSet:
    """Find the fonts or raise ``FontsMissing``; call it once while a rendering process starts."""
    override = os.environ.get(FONT_DIR_ENV)
    if override:
        return _locate((Path(override),), recursive=False)
    return _locate((DEBIAN_NOTO_DIR, SYSTEM_FONT_ROOT), recursive=True)


@cache
def _locate(roots: tuple[Path, ...], *, recursive: bool) -> FontSet:
    """Cached per search path (a failure is not cached, so installing the fonts later is noticed):
    walking /usr/share/fonts on every render would cost more than the render."""
    found: dict[str, Path] = {}
    for root in roots:
        for name in REQUIRED:
            if name not in found:
                path = _find(root, name, recursive=recursive)
                if path is not None:
                    found[name] = path
    missing = tuple(name for name in REQUIRED if name not in found)
    if missing:
        raise FontsMissing(missing, " or ".join(str(r) for r in roots))
    return FontSet(found[LATIN_REGULAR], found[LATIN_BOLD], found[BENGALI_REGULAR], found[BENGALI_BOLD])


def _find(root: Path, name: str, *, recursive: bool) -> Path | None:
    direct = root / name
    if direct.is_file():
        return direct
    if recursive and root.is_dir():
        return next((p for p in sorted(root.rglob(name)) if p.is_file()), None)
    return None
