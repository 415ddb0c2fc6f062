"""RapidFuzz's token_set_ratio of one question against many phrasings, from word numbers.

token_set_ratio(a, b) reads each text as the set of its words and compares three strings, each
sorted and joined by spaces: the words both share (sect), those only a has (ab), those only b
has (ba). Two of its three ratios come from the lengths of those strings alone; the third
needs the Indel distance of ab and ba (rapidfuzz.fuzz_py.token_set_ratio is the reference).
RapidFuzz tokenizes, sorts and joins both texts anew for every pair, which cost ten times the
distance itself; here each phrasing is kept as the numbers of its distinct words, the lengths
come for all candidate phrasings in a few numpy operations, and the distance is computed only
where it can change the best score of the phrasing's document (its upper bound, from the
lengths, beats what the document already has).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Indel

# Texts as arrays of code points: one fixed width, and lone surrogates survive the round trip.
_CODEC = ("utf-32-le", "surrogatepass")


def ranges(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The positions start, start + 1 … of each range, one range after another."""
    return np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())


def _norm(distance: np.ndarray, total: np.ndarray) -> np.ndarray:
    """RapidFuzz's normalized similarity in percent, in its own float operations."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(total > 0, 100 - 100 * distance / total, 100.0)


def _joined_length(letters: np.ndarray, count: np.ndarray) -> np.ndarray:
    return np.where(count > 0, letters + count - 1, 0)


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode(*_CODEC), dtype=np.uint32)


def _joined_texts(
    chars: np.ndarray, starts: np.ndarray, lengths: np.ndarray, counts: np.ndarray
) -> list[str]:
    """Groups of words joined by spaces: counts[i] words make text i, each word at starts in
    chars (code points, every word followed by a space)."""
    text = chars[ranges(starts, lengths + 1)].tobytes().decode(*_CODEC)
    ends = np.cumsum(np.add.reduceat(lengths + 1, np.cumsum(counts) - counts)).tolist()
    return [text[start : end - 1] for start, end in zip([0, *ends[:-1]], ends, strict=True)]


class _Overlap(NamedTuple):
    """What a question shares with each candidate phrasing, and with each of their words."""

    distinct: np.ndarray  # per phrasing: its distinct words
    shared: np.ndarray  # ... those the question has too
    shared_letters: np.ndarray  # ... and their letters
    words: np.ndarray  # per word of the phrasings, one phrasing after another: its number
    in_query: np.ndarray  # ... whether the question has it
    query_place: np.ndarray  # ... and where in the question's sorted words (-1: nowhere)


class TokenSets:
    """Phrasings as sets of word numbers, scored against a question as token_set_ratio would.

    groups: the phrasings of each document; phrasings are numbered across them, in order.
    """

    def __init__(self, groups: Iterable[Sequence[str]]):
        numbers: dict[str, int] = {}
        words: list[int] = []
        counts: list[int] = []
        # The phrasings as token_set_ratio reads them (what a phrasing sharing no word with
        # the question is compared as): one string per document, not one per phrasing.
        self._texts: list[str] = []
        text_group: list[int] = []
        text_start: list[int] = []
        for group, phrasings in enumerate(groups):
            joined: list[str] = []
            start = 0
            for text in phrasings:
                distinct = sorted(set(text.split()))  # as token_set_ratio reads them
                joined.append(" ".join(distinct))
                text_group.append(group)
                text_start.append(start)
                start += len(joined[-1]) + 1
                words.extend(numbers.setdefault(w, len(numbers)) for w in distinct)
                counts.append(len(distinct))
            self._texts.append("\n".join(joined))
        self._numbers = numbers
        self._text_group = np.array(text_group, dtype=np.int32)
        self._text_start = np.array(text_start, dtype=np.int32)
        vocabulary = list(numbers)
        self._length = np.array([len(w) for w in vocabulary], dtype=np.int64)
        # Every word followed by a space, so that a run of words is a run of this array.
        self._chars = _code_points("".join(w + " " for w in vocabulary))
        self._char_start = np.zeros(len(vocabulary), dtype=np.int64)
        np.cumsum(self._length[:-1] + 1, out=self._char_start[1:])
        self._words = np.array(words, dtype=np.int32)
        self._count = np.array(counts, dtype=np.int32)
        self._start = np.zeros(len(counts) + 1, dtype=np.int64)
        np.cumsum(self._count, out=self._start[1:])
        # Letters of the words of each phrasing (without the spaces).
        self._letters = (
            np.add.reduceat(self._length[self._words], self._start[:-1]).astype(np.int32)
            if len(self._words)
            else np.zeros(0, dtype=np.int32)
        )

    def __len__(self) -> int:
        return len(self._count)

    def best(self, query: str, phrases: np.ndarray, owner: np.ndarray) -> np.ndarray:
        """token_set_ratio / 100 of the query and each phrasing (by number).

        owner: the document (0, 1 …, ascending) of each phrasing. The best per document is
        exact; a phrasing that cannot be its document's best may get less than its ratio.
        """
        query_words = sorted(set(query.split()))
        if not query_words or not len(phrases):
            return np.zeros(len(phrases))
        overlap = self._overlap(query_words, phrases)
        count, shared = overlap.distinct, overlap.shared
        sect = _joined_length(overlap.shared_letters, shared)
        query_letters = sum(len(w) for w in query_words)
        ab = _joined_length(query_letters - overlap.shared_letters, len(query_words) - shared)
        ba = _joined_length(self._letters[phrases] - overlap.shared_letters, count - shared)
        has_sect = (sect > 0).astype(np.int64)
        sect_ab, sect_ba = sect + has_sect + ab, sect + has_sect + ba
        total = sect_ab + sect_ba
        whole = (shared > 0) & ((shared == len(query_words)) | (shared == count))
        # What the lengths alone give: the ratios of sect to sect+ab and sect+ba.
        scores = np.where(
            has_sect > 0,
            np.maximum(_norm(has_sect + ab, sect + sect_ab), _norm(has_sect + ba, sect + sect_ba)),
            0.0,
        )
        scores[whole] = 100.0
        # The distance of ab and ba is at least the difference of their lengths: where even
        # that leaves the ratio at or below the document's best so far, it is not computed.
        highest = np.where(whole, 0.0, _norm(np.abs(ab - ba), total))
        floor = np.zeros(int(owner[-1]) + 1)
        np.maximum.at(floor, owner, scores)
        needed = np.flatnonzero(highest > floor[owner])
        if len(needed):
            distances = np.empty(len(needed), dtype=np.int64)
            apart = shared[needed] == 0
            if apart.any():
                distances[apart] = self._whole_distances(query_words, phrases[needed[apart]])
            if not apart.all():
                distances[~apart] = self._distances(query_words, needed[~apart], overlap)
            scores[needed] = np.maximum(scores[needed], _norm(distances, total[needed]))
        return scores / 100

    def _overlap(self, query_words: list[str], phrases: np.ndarray) -> _Overlap:
        known = sorted(
            (self._numbers[w], place) for place, w in enumerate(query_words) if w in self._numbers
        )
        known_ids = np.array([n for n, _ in known], dtype=np.int32)
        known_place = np.array([p for _, p in known], dtype=np.int64)
        count = self._count[phrases].astype(np.int64)
        words = self._words[ranges(self._start[phrases], count)]
        if len(known_ids):
            slot = np.minimum(np.searchsorted(known_ids, words), len(known_ids) - 1)
            in_query = known_ids[slot] == words
            query_place = np.where(in_query, known_place[slot], -1)
        else:
            in_query = np.zeros(len(words), dtype=bool)
            query_place = np.full(len(words), -1)
        starts = np.cumsum(count) - count
        shared = np.add.reduceat(in_query.astype(np.int64), starts)
        shared_letters = np.add.reduceat(np.where(in_query, self._length[words], 0), starts)
        return _Overlap(count, shared, shared_letters, words, in_query, query_place)

    def _whole_distances(self, query_words: list[str], phrases: np.ndarray) -> np.ndarray:
        """Indel distance of the question and each phrasing, sharing no word: ab and ba are
        the two whole texts, one query against many."""
        texts = self._texts
        lengths = self._letters[phrases] + self._count[phrases] - 1
        found = [
            texts[group][start : start + length]
            for group, start, length in zip(
                self._text_group[phrases].tolist(),
                self._text_start[phrases].tolist(),
                lengths.tolist(),
                strict=True,
            )
        ]
        return process.cdist(
            [" ".join(query_words)], found, scorer=Indel.distance, dtype=np.int64, workers=1
        )[0]

    def _distances(self, query_words: list[str], needed: np.ndarray, overlap: _Overlap):
        """Indel distance of ab (the query's words a phrasing lacks) and ba (the phrasing's
        words the query lacks), for the needed phrasings (each has words in both)."""
        count, shared = overlap.distinct[needed], overlap.shared[needed]
        slots = ranges((np.cumsum(overlap.distinct) - overlap.distinct)[needed], count)
        alone = ~overlap.in_query[slots]
        own = overlap.words[slots][alone]
        ba = _joined_texts(self._chars, self._char_start[own], self._length[own], count - shared)
        # The question's words each phrasing lacks, in the question's (sorted) order.
        present = np.zeros((len(needed), len(query_words)), dtype=bool)
        present[
            np.repeat(np.arange(len(needed)), count)[~alone], overlap.query_place[slots][~alone]
        ] = True
        _, lacking = np.nonzero(~present)
        lengths = np.array([len(w) for w in query_words], dtype=np.int64)
        query_starts = np.cumsum(lengths + 1) - lengths - 1
        ab = _joined_texts(
            _code_points("".join(w + " " for w in query_words)),
            query_starts[lacking],
            lengths[lacking],
            len(query_words) - shared,
        )
        return process.cpdist(ab, ba, scorer=Indel.distance, dtype=np.int64, workers=1)
