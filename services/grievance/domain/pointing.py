"""Words under a photo that only point at it ("see this", "এই দেখুন", "dekhun", "ছবিটা দেখুন", "👇"): they say
nothing of the problem, so they are no description, nor more of one. A caption with a single word of its own ("see
this pole, it is broken", "dekhun alo jolche na") describes, and is read as before."""
from __future__ import annotations

import unicodedata

# every word of such a caption is one of these: in English, in Bengali, and Bengali typed in Latin letters
POINTING = frozenset("""
see this that these those it the a at look looking here there is are please pls plz kindly sir madam check
photo photos pic pics picture pictures image images video file attached attachment above below proof evidence
ei eta eti egulo oi ota oita dekhun dekho dekhen dekh dekhte paben chobi chobita chobiti chobigulo chhobi chhobita
photota photo ta ti je ekhane okhane dilam pathalam niche upore ekbar
এই এটা এটি এগুলো ওই ওটা ওইটা দেখুন দেখো দেখেন দেখ দেখতে পাবেন ছবি ছবিটা ছবিটি ছবিগুলো ছবিগুলি ফটো ফটোটা ভিডিও
যে এখানে ওখানে দিলাম পাঠালাম নিচে উপরে একবার সংযুক্ত প্রমাণ স্যার ম্যাডাম প্লিজ
""".split())


def words(text: str) -> list[str]:
    """The words of ``text``, lower case, without punctuation or emoji (a Bengali vowel sign stays in its word)."""
    kept = "".join(ch if unicodedata.category(ch)[0] in "LMN" else " " for ch in unicodedata.normalize("NFC", text))
    return kept.casefold().split()


def only_points(caption: str) -> bool:
    """Whether ``caption`` only points at what it is written under (or is only emoji and marks)."""
    return all(word in POINTING for word in words(caption))
