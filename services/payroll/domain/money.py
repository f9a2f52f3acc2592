"""Amounts on a pay slip: whole paise internally, shown in the Indian grouping, and spelt out in words.

A pay slip states its net pay in words as a cheque does, so a figure cannot be altered unnoticed. Both
languages count in the Indian way — thousand, lakh (1,00,000), crore (1,00,00,000) — and Bengali has
its own word for every number up to ninety-nine, so those are listed rather than composed.
"""
from __future__ import annotations

from shared.india import local_digits, rupees  # noqa: F401 - re-exported

ONES_EN = ("", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
           "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen")
TENS_EN = ("", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety")
UPTO_99_BN = (
    "", "এক", "দুই", "তিন", "চার", "পাঁচ", "ছয়", "সাত", "আট", "নয়", "দশ",
    "এগারো", "বারো", "তেরো", "চোদ্দো", "পনেরো", "ষোলো", "সতেরো", "আঠারো", "উনিশ", "কুড়ি",
    "একুশ", "বাইশ", "তেইশ", "চব্বিশ", "পঁচিশ", "ছাব্বিশ", "সাতাশ", "আঠাশ", "উনত্রিশ", "তিরিশ",
    "একত্রিশ", "বত্রিশ", "তেত্রিশ", "চৌত্রিশ", "পঁয়ত্রিশ", "ছত্রিশ", "সাঁইত্রিশ", "আটত্রিশ", "উনচল্লিশ", "চল্লিশ",
    "একচল্লিশ", "বিয়াল্লিশ", "তেতাল্লিশ", "চুয়াল্লিশ", "পঁয়তাল্লিশ", "ছেচল্লিশ", "সাতচল্লিশ", "আটচল্লিশ", "উনপঞ্চাশ",
    "পঞ্চাশ", "একান্ন", "বাহান্ন", "তিপ্পান্ন", "চুয়ান্ন", "পঞ্চান্ন", "ছাপ্পান্ন", "সাতান্ন", "আটান্ন", "উনষাট", "ষাট",
    "একষট্টি", "বাষট্টি", "তেষট্টি", "চৌষট্টি", "পঁয়ষট্টি", "ছেষট্টি", "সাতষট্টি", "আটষট্টি", "উনসত্তর", "সত্তর",
    "একাত্তর", "বাহাত্তর", "তিয়াত্তর", "চুয়াত্তর", "পঁচাত্তর", "ছিয়াত্তর", "সাতাত্তর", "আটাত্তর", "উনআশি", "আশি",
    "একাশি", "বিরাশি", "তিরাশি", "চুরাশি", "পঁচাশি", "ছিয়াশি", "সাতাশি", "অষ্টাশি", "উননব্বই", "নব্বই",
    "একানব্বই", "বিরানব্বই", "তিরানব্বই", "চুরানব্বই", "পঁচানব্বই", "ছিয়ানব্বই", "সাতানব্বই", "আটানব্বই", "নিরানব্বই",
)
# (size, English, Bengali), largest first; what is left below a hundred is said by the tables above
SCALES = ((10_000_000, "Crore", "কোটি"), (100_000, "Lakh", "লক্ষ"), (1_000, "Thousand", "হাজার"),
          (100, "Hundred", "শত"))



def plain(paise: int) -> str:
    """``28,400.00``: the figure as a statement's table cell holds it, in the Indian grouping like every amount
    (``1800000.00`` was read as one lakh eighty thousand), with its paise so a column's figures line up, and
    without the symbol: the column's heading names the rupee."""
    whole, part = divmod(abs(paise), 100)
    return f"{'-' if paise < 0 else ''}{rupees(whole * 100).removeprefix('₹')}.{part:02d}"


def _below_hundred_en(n: int) -> str:
    if n < 20:
        return ONES_EN[n]
    tens, ones = divmod(n, 10)
    return TENS_EN[tens] + (f"-{ONES_EN[ones]}" if ones else "")


def _words(n: int, lang: str) -> list[str]:
    """``n`` (≥ 1) as words; crores above 99 are themselves counted in lakhs and thousands."""
    words: list[str] = []
    for size, english, bengali in SCALES:
        count, n = divmod(n, size)
        if count:
            words += (_words(count, lang) if count > 99 else [_below_hundred_en(count) if lang == "en"
                                                                 else UPTO_99_BN[count]])
            words.append(english if lang == "en" else bengali)
    if n:
        words.append(_below_hundred_en(n) if lang == "en" else UPTO_99_BN[n])
    return words


def in_words(paise: int, lang: str = "en") -> str:
    """``Rupees Twenty-Eight Thousand Four Hundred Only`` / ``আটাশ হাজার চার শত টাকা মাত্র``."""
    if paise < 0:
        raise ValueError("a pay slip never states a negative amount in words")
    whole, part = divmod(paise, 100)
    if lang == "en":
        text = "Rupees " + (" ".join(_words(whole, "en")) if whole else "Zero")
        return text + (f" and {_below_hundred_en(part)} Paise" if part else "") + " Only"
    text = (" ".join(_words(whole, "bn")) if whole else "শূন্য") + " টাকা"
    return text + (f" {UPTO_99_BN[part]} পয়সা" if part else "") + " মাত্র"
