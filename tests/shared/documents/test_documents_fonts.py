from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from shared.documents import FontsMissing, check_fonts, render
from shared.documents.fonts import REQUIRED


def test_the_installed_noto_fonts_are_found() -> None:
    fonts = check_fonts()
    assert fonts.bengali_regular.name == "NotoSansBengali-Regular.ttf"
    assert fonts.latin_bold.name == "NotoSans-Bold.ttf"
    assert all(p.is_file() for p in (fonts.latin_regular, fonts.latin_bold, fonts.bengali_regular,
                                     fonts.bengali_bold))


def test_an_empty_font_dir_names_every_file_and_the_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PANCHAYAT_FONT_DIR", str(tmp_path))
    with pytest.raises(FontsMissing) as caught:
        check_fonts()
    message = str(caught.value)
    assert all(name in message for name in REQUIRED)
    assert "run scripts/setup-system" in message
    assert str(tmp_path) in message
    assert caught.value.missing == REQUIRED


def test_only_the_absent_faces_are_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for path in (check_fonts().latin_regular, check_fonts().latin_bold, check_fonts().bengali_regular):
        shutil.copy(path, tmp_path / path.name)
    monkeypatch.setenv("PANCHAYAT_FONT_DIR", str(tmp_path))
    with pytest.raises(FontsMissing) as caught:
        check_fonts()
    assert caught.value.missing == ("NotoSansBengali-Bold.ttf",)


def test_the_override_dir_is_used_once_complete(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    system = check_fonts()
    for path in (system.latin_regular, system.latin_bold, system.bengali_regular, system.bengali_bold):
        shutil.copy(path, tmp_path / path.name)
    monkeypatch.setenv("PANCHAYAT_FONT_DIR", str(tmp_path))
    assert check_fonts().bengali_bold == tmp_path / "NotoSansBengali-Bold.ttf"


def test_rendering_without_fonts_fails_with_fonts_missing(make_document, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PANCHAYAT_FONT_DIR", str(tmp_path))
    with pytest.raises(FontsMissing):
        render(make_document())


def test_a_remembered_width_is_the_width_harfbuzz_gives_for_that_size_and_those_features() -> None:
    """Widths are kept per process (``shared.documents.faces``); what is kept must be what fpdf2 itself
    measures, for each size and each set of shaping options — "AVATAR" is narrower kerned than not."""
    from fpdf import FPDF
    from fpdf.enums import TextDirection
    from fpdf.fonts import TTFFont

    from shared.documents.faces import add_face

    pdf = FPDF()
    add_face(pdf, "latin", "", check_fonts().latin_regular)
    face = pdf.fonts["latin"]
    base = {"use_shaping_engine": True, "direction": None, "script": None, "language": None,
            "fragment_direction": TextDirection.LTR, "paragraph_direction": TextDirection.LTR}
    kerned, unkerned = {**base, "features": {}}, {**base, "features": {"kern": False}}
    measured = []
    for _ in range(2):  # the second round comes from what the first one kept
        measured.append([face.get_text_width("AVATAR", size, options)
                         for size in (10, 20) for options in (kerned, unkerned)])
    fresh = [TTFFont.get_text_width(face, "AVATAR", size, options)
             for size in (10, 20) for options in (kerned, unkerned)]
    assert measured[0] == measured[1] == fresh
    (_, k10), (_, u10), (_, k20), _ = fresh
    assert k10 < u10 and k20 == pytest.approx(2 * k10)


def test_widths_measured_again_stay_and_widths_measured_once_fall_out_two_generations_later() -> None:
    """The widths are kept in two generations: the fixed texts every document measures survive any number of
    new people's letters, one letter's own texts do not, and no more than two generations are ever held."""
    from shared.documents.faces import Widths

    widths = Widths(kept=10)
    fixed = [("face", f"heading {n}") for n in range(4)]
    for key in fixed:
        widths.keep(key, (len(key[1]), 1.0))
    for person in range(100):  # each letter measures the fixed texts again, then six texts of its own
        for key in fixed:
            assert widths.get(key) == (len(key[1]), 1.0)
        for line in range(6):
            assert widths.get(("face", f"person {person} line {line}")) is None
            widths.keep(("face", f"person {person} line {line}"), (line, 2.0))
        assert len(widths) <= 20
    assert widths.get(("face", "person 99 line 5")) == (5, 2.0)  # the last letter's own are still here
    assert all(widths.get(("face", f"person {p} line 0")) is None for p in range(95))  # older ones are gone
