"""Rupees as a reader in West Bengal expects them, for every service that shows an amount; counts said in words."""
import pytest

from shared.casework.show import rupees as whole_rupees
from shared.india import count_in_words, rupees, slip_of


@pytest.mark.parametrize(("paise", "en", "bn"), [
    (0, "₹0", "₹০"),
    (5, "₹0.05", "₹০.০৫"),
    (99_900, "₹999", "₹৯৯৯"),
    (1_000_00, "₹1,000", "₹১,০০০"),
    (1_00_000_00, "₹1,00,000", "₹১,০০,০০০"),
    (12_34_56_789_50, "₹12,34,56,789.50", "₹১২,৩৪,৫৬,৭৮৯.৫০"),
    (-2_500_25, "-₹2,500.25", "-₹২,৫০০.২৫"),
])
def test_amounts_are_grouped_in_lakhs_and_crores_in_the_readers_digits(paise, en, bn):
    assert rupees(paise) == en
    assert rupees(paise, "bn") == bn


def test_letters_in_whole_rupees_read_the_same_as_chat_amounts_in_paise():
    assert whole_rupees(1_25_000) == rupees(1_25_000_00) == "₹1,25,000"
    assert whole_rupees(-40, "bn") == "-₹৪০"


@pytest.mark.parametrize(("typed", "count"), [
    ("two", 2), ("Three People", 3), ("ten", 10), ("দুই", 2), ("দুজন", 2), ("দু'জন", 2), ("দু’জন", 2), ("তিনজন", 3),
    ("তিনটে", 3), ("একটা", 1), ("ছয়জন", 6), ("দশ জন", 10), ("dui jon", 2), ("tin jon", 3), ("ek", 1), ("ekta", 1),
    ("char ta", 4), ("dui.", 2),
])
def test_a_count_said_in_a_word_is_read_with_its_counter(typed, count):
    assert count_in_words(typed) == count


@pytest.mark.parametrize("typed", ["", "hello", "two three", "one moment", "two nights", "জন", "eleven", "2"])
def test_other_words_are_no_count(typed):
    assert count_in_words(typed) is None


@pytest.mark.parametrize(("typed", "count"), [("নয়", None), ("ন", None), ("নয়জন", 9), ("নয় জন", 9), ("ন'টা", 9),
                                              ("nine", 9)])
def test_nine_in_the_word_for_not_is_a_count_only_with_its_counter(typed, count):
    """'নয়' alone is 'not' as much as nine, and 'ন' a 'না' cut short: they were read as 9."""
    assert count_in_words(typed) == count
    assert count_in_words(f"{typed} রাত", ("রাত",)) == 9


def test_what_a_caller_counts_may_follow_the_count():
    assert count_in_words("two nights", ("nights",)) == count_in_words("দুই রাত", ("রাত",)) == 2


def test_a_slip_of_a_letter_finds_the_one_thing_its_names_name_and_no_guess_between_two():
    names = {"kalchini": "K", "কালচিনি": "K", "latabari": "L", "binpur1": "B1", "binpur2": "B2"}
    assert slip_of("kalchni", names) == "K" and slip_of("latabri", names) == "L"
    assert slip_of("binpur", names) is None  # close to two
    assert slip_of("howrah", names) is None and slip_of("x", {}) is None
