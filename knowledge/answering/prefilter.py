"""Which of many regular expressions can match a text, found in one pass over it.

The concept tagger holds hundreds of patterns and most texts match a handful of them, yet
running each one costs a scan of the text. Every match of most patterns contains one of a
few literal strings, read off the parsed pattern ("work permit" or "working permit" for
``\\bwork(ing)? permit``; for a lookahead, what it looks for). One Aho-Corasick pass finds
the strings a text holds, and only their patterns are run. A pattern with no such string
(``\\w+`` and a negative lookahead only) is always run. Never a verdict of its own: where it
lets a pattern through, the pattern decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

# re.compile's own parser (public as sre_parse before 3.11): what it parses is what runs.
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

import ahocorasick

# A set of alternative strings larger than this is not worth spelling out: the shortest
# literal elsewhere in the pattern serves instead.
MAX_STRINGS = 64
# Strings shorter than this occur in nearly every text and would let everything through.
MIN_LENGTH = 3

Strings = frozenset[str]
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}


def _cross(left: Strings | None, right: Strings | None) -> Strings | None:
    if left is None or right is None:
        return None
    joined = frozenset(a + b for a in left for b in right)
    return joined if len(joined) <= MAX_STRINGS else None


def _useful(strings: Strings | None) -> bool:
    return bool(strings) and min(map(len, strings)) >= MIN_LENGTH  # type: ignore[arg-type]


def _better(a: Strings | None, b: Strings | None) -> Strings | None:
    """The more telling of two sets: the one whose shortest string is longer."""
    if not _useful(a):
        return b if _useful(b) else None
    if not _useful(b):
        return a
    return a if min(map(len, a)) >= min(map(len, b)) else b  # type: ignore[arg-type]


def _sequence(items: Iterable) -> tuple[Strings | None, Strings | None]:
    """(every string the sequence can match, when they are few, else None; a set of strings
    one of which every match of it holds, None where none is known)."""
    exact: Strings | None = frozenset({""})
    best: Strings | None = None
    run: Strings | None = frozenset({""})  # the strings of the literal run just read
    for op, arg in items:
        node_exact, required = _node(op, arg)
        exact = _cross(exact, node_exact)
        if node_exact is None:
            best = _better(_better(best, run), required)
            run = frozenset({""})
            continue
        joined = _cross(run, node_exact)
        if joined is None:  # too many spellings: keep what the run had, start again
            best = _better(best, run)
            joined = node_exact
        run = joined
        best = _better(best, required)
    return exact, _better(best, run)


def _node(op, arg) -> tuple[Strings | None, Strings | None]:
    """(every string the node can match, or None; strings one of which the text must hold)."""
    if op is sre.LITERAL:
        return frozenset({chr(arg)}), None
    if op is sre.SUBPATTERN:
        if arg[1] & re.IGNORECASE:  # "(?i:visa)" also matches "VISA"
            return None, None
        return _sequence(arg[-1])
    if op is sre.BRANCH:
        read = [_sequence(alternative) for alternative in arg[1]]
        exacts = [e for e, _ in read if e is not None]
        exact: Strings | None = None
        if len(exacts) == len(read):
            exact = frozenset().union(*exacts)
            exact = exact if len(exact) <= MAX_STRINGS else None
        alternatives = [_better(e, required) for e, required in read]
        required = None
        if all(_useful(a) for a in alternatives):
            required = frozenset().union(*alternatives)  # type: ignore[arg-type]
        return exact, required
    if op is sre.IN:
        chars = set()
        for kind, value in arg:
            if kind is sre.LITERAL:
                chars.add(chr(value))
            elif kind is sre.RANGE and value[1] - value[0] < 8:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:  # a class (\w, \d), a negation: too many spellings
                return None, None
        return frozenset(chars), None
    if op in _REPEATS:
        low, high, items = arg
        exact, required = _sequence(items)
        if low == 0 and high == 1 and exact is not None:
            return exact | {""}, None
        if low == 0:
            return None, None
        return None, _better(exact, required)
    if op is sre.AT:  # \b, ^, $: zero-width
        return frozenset({""}), None
    if op is sre.ASSERT:  # what a lookahead (or lookbehind) looks for is in the text
        return frozenset({""}), _sequence(arg[1])[1]
    if op is sre.ASSERT_NOT:
        return frozenset({""}), None
    return None, None


def required_strings(pattern: re.Pattern[str]) -> Strings | None:
    """Strings one of which is in every text the pattern matches, or None where no such set
    could be read (the pattern must then be run on every text)."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError, ValueError):  # pragma: no cover - compiled already
        return None
    return _sequence(list(parsed))[1]


class Prefilter:
    """For a fixed list of patterns: the indices of those that may match a text."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]):
        strings = [required_strings(p) for p in patterns]
        self.always = frozenset(i for i, found in enumerate(strings) if found is None)
        by_string: dict[str, list[int]] = {}
        for i, found in enumerate(strings):
            for string in found or ():
                by_string.setdefault(string, []).append(i)
        self._automaton = ahocorasick.Automaton()
        for string, indices in by_string.items():
            self._automaton.add_word(string, tuple(indices))
        if by_string:
            self._automaton.make_automaton()
        self._empty = not by_string

    def candidates(self, text: str) -> frozenset[int]:
        if self._empty:
            return self.always
        found = set(self.always)
        for _, indices in self._automaton.iter(text):
            found.update(indices)
        return frozenset(found)


class PatternSet:
    """Patterns that read the same few texts (a message and its readings), each text passed
    over once. Patterns join one at a time, as their modules define them; the pass over the
    strings is built at the first text."""

    # A message has a handful of readings, each read by every pattern of the set.
    _TEXTS_KEPT = 32

    def __init__(self) -> None:
        self._patterns: list[re.Pattern[str]] = []
        self._prefilter: Prefilter | None = None
        self._seen: dict[str, frozenset[int]] = {}

    def add(self, pattern: re.Pattern[str]) -> Gated:
        self._patterns.append(pattern)
        self._prefilter = None
        self._seen.clear()
        return Gated(pattern, self, len(self._patterns) - 1)

    def candidates(self, text: str) -> frozenset[int]:
        found = self._seen.get(text)
        if found is None:
            if self._prefilter is None:
                self._prefilter = Prefilter(self._patterns)
            if len(self._seen) >= self._TEXTS_KEPT:
                self._seen.clear()
            found = self._seen[text] = self._prefilter.candidates(text)
        return found


class Gated:
    """A compiled pattern that is run only on a text holding one of its strings: search,
    finditer and sub give what the pattern's own would."""

    __slots__ = ("_index", "_set", "pattern")

    def __init__(self, pattern: re.Pattern[str], owner: PatternSet, index: int):
        self.pattern = pattern
        self._set = owner
        self._index = index

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        if self._index not in self._set.candidates(text):
            return None
        return self.pattern.search(text, pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self._index not in self._set.candidates(text):
            return iter(())
        return self.pattern.finditer(text)

    def sub(self, replacement: str, text: str) -> str:
        if self._index not in self._set.candidates(text):
            return text
        return self.pattern.sub(replacement, text)
