"""RapidFuzz's token_set_ratio of one question against many phrasings, from word numbers.

token_set_ratio(a, b) reads each text as the set of its words and compares three strings, each
sorted and joined by spaces: the words both share (sect), those only a has (ab), those only b
has (ba). Two of its three ratios come from the lengths of those strings alone; the third
needs the Indel distance of ab and ba (rapidfuzz.fuzz_py.token_set_ratio is the reference,
and tests/test_tokenset.py holds this module to it).

A question is compared with a couple of thousand phrasings. RapidFuzz tokenizes, sorts and
joins both texts anew for every pair; numpy over all pairs at once still paid a few dozen
array calls per question, which were most of the matcher's time. Here each phrasing is kept
as the numbers of its distinct words (sorted as token_set_ratio sorts them), and one compiled
loop (numba) walks the candidates: the lengths first, and the distance (bit-parallel LCS) only
where it can raise the best score of the phrasing's document.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence

import numpy as np
from numba import njit

# Texts as arrays of code points: one fixed width, and lone surrogates survive the round trip.
_CODEC = ("utf-32-le", "surrogatepass")
_SPACE = 0x20


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode(*_CODEC), dtype=np.uint32)


class PhrasingWords:
    """The distinct words of phrasings, numbered, gathered one phrasing at a time: the index
    adds each phrasing as it normalizes it, and keeps no string per phrasing."""

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}
        self.words = array("i")
        self.counts = array("i")

    def add(self, text: str) -> None:
        distinct = sorted(set(text.split()))  # as token_set_ratio reads them
        self.words.extend(self.numbers.setdefault(w, len(self.numbers)) for w in distinct)
        self.counts.append(len(distinct))


class TokenSets:
    """Phrasings as sets of word numbers, scored against a question as token_set_ratio would.

    groups: the phrasings of each document (or their words, gathered); phrasings are
    numbered across them, in order.
    """

    def __init__(self, groups: Iterable[Sequence[str]] | PhrasingWords):
        if isinstance(groups, PhrasingWords):
            gathered = groups
        else:
            gathered = PhrasingWords()
            for phrasings in groups:
                for text in phrasings:
                    gathered.add(text)
        numbers, words, counts = gathered.numbers, gathered.words, gathered.counts
        self._numbers = numbers
        vocabulary = list(numbers)
        # Narrow types throughout: a question reads the words of a couple of thousand
        # phrasings scattered over these arrays, and the loop waits on memory more than it
        # computes (4-byte offsets and 1-byte letters made it a fifth faster).
        self._length = np.array([len(w) for w in vocabulary], dtype=np.int32)
        # The letters of the vocabulary, each word's at _char_start, as small letter numbers
        # (1 …): the LCS keeps one bit mask per letter of the alphabet, not per code point.
        points = _code_points("".join(vocabulary))
        self._alphabet = np.unique(np.append(points, _SPACE))
        letter_type = np.uint8 if len(self._alphabet) < 255 else np.int32
        self._letters = (np.searchsorted(self._alphabet, points) + 1).astype(letter_type)
        self._space = int(np.searchsorted(self._alphabet, _SPACE)) + 1
        offsets = np.int32 if len(points) < 2**31 else np.int64
        self._char_start = np.zeros(len(vocabulary) + 1, dtype=offsets)
        np.cumsum(self._length, out=self._char_start[1:])
        # Word numbers in 2 bytes while the vocabulary fits, offsets in 4 while the words do.
        self._words = np.array(words, dtype=np.uint16 if len(numbers) <= 2**16 else np.int32)
        self._start = np.zeros(len(counts) + 1, dtype=np.int32 if len(words) < 2**31 else np.int64)
        np.cumsum(np.array(counts, dtype=np.int64), out=self._start[1:])

    def __len__(self) -> int:
        return len(self._start) - 1

    def knows(self, word: str) -> bool:
        """True when some phrasing has the word as it is spelt."""
        return word in self._numbers

    def best(self, query: str, phrases: np.ndarray, owner: np.ndarray) -> np.ndarray:
        """token_set_ratio / 100 of the query and each phrasing (by number).

        owner: the document (0, 1 …, ascending) of each phrasing. The best per document is
        exact; a phrasing that cannot be its document's best may get less than its ratio.
        """
        query_words = sorted(set(query.split()))
        if not query_words or not len(phrases):
            return np.zeros(len(phrases))
        # Each query word's number in the vocabulary (-1: no phrasing has it), by number.
        numbers = np.array([self._numbers.get(w, -1) for w in query_words], dtype=np.int64)
        points = _code_points("".join(query_words))
        place = np.minimum(np.searchsorted(self._alphabet, points), len(self._alphabet) - 1)
        # A letter no phrasing has is 0, which no mask holds.
        letters = np.where(self._alphabet[place] == points, place + 1, 0).astype(np.int32)
        lengths = np.array([len(w) for w in query_words], dtype=np.int64)
        starts = np.zeros(len(query_words) + 1, dtype=np.int64)
        np.cumsum(lengths, out=starts[1:])
        return _best(
            np.ascontiguousarray(phrases, dtype=np.int64),
            np.ascontiguousarray(owner, dtype=np.int64),
            numbers,
            letters,
            starts,
            self._words,
            self._start,
            self._length,
            self._letters,
            self._char_start,
            self._space,
            len(self._alphabet) + 1,
        )


@njit(cache=True, nogil=True)
def _norm(distance: int, total: int) -> float:
    """RapidFuzz's normalized similarity in percent, in its own float operations."""
    if total == 0:
        return 100.0
    return 100 - 100 * distance / total


@njit(cache=True, nogil=True)
def _popcount(x: np.uint64) -> int:
    x = x - ((x >> np.uint64(1)) & np.uint64(0x5555555555555555))
    x = (x & np.uint64(0x3333333333333333)) + ((x >> np.uint64(2)) & np.uint64(0x3333333333333333))
    x = (x + (x >> np.uint64(4))) & np.uint64(0x0F0F0F0F0F0F0F0F)
    return int((x * np.uint64(0x0101010101010101)) >> np.uint64(56))


@njit(cache=True, nogil=True)
def _lcs(masks, keep, blocks, text, v):
    """Length of the longest common subsequence of the pattern (its letters' masks, only the
    positions in keep) and a text of letter numbers: bit-parallel, 64 pattern letters a step
    (Hyyrö's LCS; a pattern letter is matched where its bit of v turns 0)."""
    if blocks == 1:
        keep0 = keep[0]
        v0 = ~np.uint64(0)
        for letter in text:
            u = v0 & masks[letter, 0] & keep0
            v0 = (v0 + u) | (v0 - u)
        return _popcount(~v0 & keep0)
    if blocks == 2:
        keep0 = keep[0]
        keep1 = keep[1]
        v0 = ~np.uint64(0)
        v1 = ~np.uint64(0)
        for letter in text:
            u0 = v0 & masks[letter, 0] & keep0
            u1 = v1 & masks[letter, 1] & keep1
            s0 = v0 + u0
            carry = np.uint64(1) if s0 < u0 else np.uint64(0)
            s1 = v1 + u1 + carry
            v0 = s0 | (v0 - u0)
            v1 = s1 | (v1 - u1)
        return _popcount(~v0 & keep0) + _popcount(~v1 & keep1)
    for b in range(blocks):
        v[b] = ~np.uint64(0)
    for letter in text:
        carry = np.uint64(0)
        for b in range(blocks):
            x = v[b]
            u = x & masks[letter, b] & keep[b]
            t = x + carry
            c1 = np.uint64(1) if t < carry else np.uint64(0)
            s = t + u
            c2 = np.uint64(1) if s < u else np.uint64(0)
            carry = c1 | c2
            v[b] = s | (x - u)
    lcs = 0
    for b in range(blocks):
        lcs += _popcount(~v[b] & keep[b])
    return lcs


@njit(cache=True, nogil=True)
def _best(
    phrases,
    owner,
    query_numbers,  # the number of each of the query's sorted words (-1: no phrasing has it)
    query_letters,  # the query's sorted words, letter numbers, one after another
    query_start,  # where each sorted word starts in query_letters (one more at the end)
    words,
    start,
    length,
    letters,
    char_start,
    space,
    alphabet,
):
    n_query = len(query_numbers)
    # Each vocabulary word's place among the query's sorted words (-1: not in the query).
    place_of = np.full(len(length), -1, dtype=np.int32)
    for j in range(n_query):
        if query_numbers[j] >= 0:
            place_of[query_numbers[j]] = j
    query_chars = query_start[n_query]
    # The LCS pattern is the question joined by spaces (Q: word, space, word …); the ab string
    # of a phrasing is Q without the words the phrasing shares, so each phrasing keeps a mask of
    # Q's positions: a position outside it matches nothing, which leaves the LCS that of ab.
    width = query_chars + n_query - 1
    blocks = (width + 63) >> 6
    masks = np.zeros((alphabet, blocks), dtype=np.uint64)
    # Per query word, its letters' positions in Q and the space before it.
    word_bits = np.zeros((n_query, blocks), dtype=np.uint64)
    space_bits = np.zeros((n_query, blocks), dtype=np.uint64)
    position = 0
    for q in range(n_query):
        if q > 0:
            masks[space, position >> 6] |= np.uint64(1) << np.uint64(position & 63)
            space_bits[q, position >> 6] |= np.uint64(1) << np.uint64(position & 63)
            position += 1
        for c in range(query_start[q], query_start[q + 1]):
            bit = np.uint64(1) << np.uint64(position & 63)
            if query_letters[c] > 0:
                masks[query_letters[c], position >> 6] |= bit
            word_bits[q, position >> 6] |= bit
            position += 1
    last_bits = width - 64 * (blocks - 1)
    last_mask = (
        ~np.uint64(0) if last_bits == 64 else (np.uint64(1) << np.uint64(last_bits)) - np.uint64(1)
    )

    scores = np.zeros(len(phrases))
    upper = np.zeros(len(phrases))
    total_of = np.zeros(len(phrases), dtype=np.int64)
    present = np.zeros(n_query, dtype=np.bool_)
    keep = np.zeros(blocks, dtype=np.uint64)
    v = np.zeros(blocks, dtype=np.uint64)
    ba_text = np.zeros(256, dtype=np.int32)

    doc_first = 0
    while doc_first < len(phrases):
        doc_end = doc_first
        while doc_end < len(phrases) and owner[doc_end] == owner[doc_first]:
            doc_end += 1
        floor = 0.0
        # Pass 1: what the lengths give, and the most the distance could give.
        for i in range(doc_first, doc_end):
            p = phrases[i]
            count = start[p + 1] - start[p]
            shared = 0
            shared_letters = 0
            phrase_letters = 0
            for k in range(start[p], start[p + 1]):
                w = words[k]
                phrase_letters += length[w]
                if place_of[w] >= 0:
                    shared += 1
                    shared_letters += length[w]
            sect = shared_letters + shared - 1 if shared > 0 else 0
            ab_count = n_query - shared
            ab = query_chars - shared_letters + ab_count - 1 if ab_count > 0 else 0
            ba_count = count - shared
            ba = phrase_letters - shared_letters + ba_count - 1 if ba_count > 0 else 0
            has_sect = 1 if sect > 0 else 0
            sect_ab = sect + has_sect + ab
            sect_ba = sect + has_sect + ba
            total = sect_ab + sect_ba
            total_of[i] = total
            if phrase_letters + count > len(ba_text):
                ba_text = np.zeros(2 * (phrase_letters + count), dtype=np.int32)
            if shared > 0 and shared in (n_query, count):
                scores[i] = 100.0
                upper[i] = 0.0
            else:
                score = 0.0
                if has_sect > 0:
                    score = max(
                        _norm(has_sect + ab, sect + sect_ab), _norm(has_sect + ba, sect + sect_ba)
                    )
                scores[i] = score
                # The Indel distance of ab and ba is at least the difference of their lengths.
                upper[i] = _norm(abs(ab - ba), total)
            floor = max(floor, scores[i])
        # Pass 2: the distance of ab and ba, where it can beat the document's best so far.
        for i in range(doc_first, doc_end):
            if upper[i] <= floor:
                continue
            p = phrases[i]
            present[:] = False
            for k in range(start[p], start[p + 1]):
                place = place_of[words[k]]
                if place >= 0:
                    present[place] = True
            keep[:] = 0
            kept = 0
            for q in range(n_query):
                if present[q]:
                    continue
                for b in range(blocks):
                    keep[b] |= word_bits[q, b]
                    if kept > 0:
                        keep[b] |= space_bits[q, b]
                kept += 1
            keep[blocks - 1] &= last_mask
            # The text: ba, the phrasing's words the query lacks, joined by spaces.
            text = 0
            for k in range(start[p], start[p + 1]):
                w = words[k]
                if place_of[w] >= 0:
                    continue
                if text > 0:
                    ba_text[text] = space
                    text += 1
                for c in range(char_start[w], char_start[w + 1]):
                    ba_text[text] = letters[c]
                    text += 1
            lcs = _lcs(masks, keep, blocks, ba_text[:text], v)
            n = text
            ab_length = 0
            for q in range(n_query):
                if not present[q]:
                    ab_length += query_start[q + 1] - query_start[q] + (1 if ab_length > 0 else 0)
            score = _norm(ab_length + n - 2 * lcs, total_of[i])
            if score > scores[i]:
                scores[i] = score
            floor = max(floor, scores[i])
        doc_first = doc_end
    return scores / 100
