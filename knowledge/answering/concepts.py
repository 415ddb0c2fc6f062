"""Which permits and procedures a text names, and what it asks of them (data/concepts.yaml).

Questions about different permits are worded alike ("documents for a work permit", "… for a
residence permit"): word overlap alone would answer one with the other. The concepts a
question names let the matcher score lower an entry about another permit or another aspect
(cost, documents …), ask which permit is meant when a question names none, and give the
out-of-scope reply to subjects that merely share our words (registering a car or a marriage).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from knowledge.answering.normalize import fold_pattern, normalize
from knowledge.answering.prefilter import Prefilter


class ConceptTagger:
    """Finds the permits and procedures a text names (see data/concepts.yaml)."""

    def __init__(self, raw: Mapping | None = None):
        raw = raw or {}
        self._patterns = {
            # Written as people spell ("жительства"), matched on normalized text.
            name: [re.compile(fold_pattern(p)) for p in spec.get("patterns") or ()]
            for name, spec in (raw.get("concepts") or {}).items()
        }
        # Most questions name one or two concepts: one pass over the text finds the literal
        # strings the patterns need, and only the patterns whose strings it holds are run.
        self._flat = [(name, p) for name, patterns in self._patterns.items() for p in patterns]
        self._prefilter = Prefilter([p for _, p in self._flat])
        self.categories = {
            name: frozenset(spec.get("categories") or ())
            for name, spec in (raw.get("concepts") or {}).items()
        }
        self._overrides = {k: frozenset(v) for k, v in (raw.get("overrides") or {}).items()}
        # What a concept says of itself: asking who is exempt from the work permit asks about
        # the work permit, however the question words it ("can they hire me with my PRP?").
        self._implies = {
            name: frozenset(spec["implies"])
            for name, spec in (raw.get("concepts") or {}).items()
            if spec.get("implies")
        }
        self.secondary = frozenset(
            name for name, spec in (raw.get("concepts") or {}).items() if spec.get("secondary")
        )
        # Markers say something about the question (it is about time abroad) without naming
        # a permit: they never make an entry "about something else".
        self.markers = frozenset(
            name for name, spec in (raw.get("concepts") or {}).items() if spec.get("marker")
        )
        # Aspects are what is asked of a procedure (its documents, its cost, its validity):
        # a second axis, compared apart from the permits.
        self.aspects = frozenset(
            name for name, spec in (raw.get("concepts") or {}).items() if spec.get("aspect")
        )
        # Weak aspects are asked only where nothing else is ("I bought a flat, can I stay?" asks
        # for the grounds; "I invested, for how many years is the permit?" asks the validity),
        # and an entry telling one is no answer about something else to be scored lower.
        self.weak = frozenset(
            name for name, spec in (raw.get("concepts") or {}).items() if spec.get("weak")
        )
        # Concepts that tell an entry apart only from the side of the question: an entry whose
        # own question names one is scored lower for a question that does not (leaving
        # citizenship is asked by those who say so; "Azerbaijani citizenship" wants to get it).
        self.only_when_asked = frozenset(
            name
            for name, spec in (raw.get("concepts") or {}).items()
            if spec.get("only_when_asked")
        )
        # Subjects that share words with a procedure but are none of ours (registering a car or
        # a marriage): concept → the out-of-scope topic whose reply is given.
        self.outside = {
            name: spec["out_of_scope"]
            for name, spec in (raw.get("concepts") or {}).items()
            if spec.get("out_of_scope")
        }

        # Out-of-scope subjects said of the one who asks ("I'm an Azerbaijani citizen"): they
        # hold for the whole message, whichever sentence says them.
        self.of_the_asker = frozenset(
            name for name in self.outside if (raw.get("concepts") or {})[name].get("of_the_asker")
        )

    def primary(self, named: frozenset[str]) -> frozenset[str]:
        """The permits and procedures named: no marker, aspect or secondary concept."""
        return named - self.markers - self.aspects - self.secondary

    def conflict(self, named: frozenset[str], entry: frozenset[str]) -> bool:
        """True when the question names what it is about and the entry is about something else.

        Primary concepts (the permit or procedure) decide when the question names one;
        secondary ones (extending) only when it names nothing else.
        """
        named, entry = named - self.markers - self.aspects, entry - self.markers - self.aspects
        named_primary = named - self.secondary
        entry_primary = entry - self.secondary
        if named_primary and entry_primary:
            return not (named_primary & entry_primary)
        return bool(named and entry) and not (named & entry)

    def outside_subject(self, named: frozenset[str]) -> str | None:
        """The out-of-scope topic of a question naming such a subject and no procedure of ours."""
        found = sorted(self.outside[name] for name in named if name in self.outside)
        ours = named - self.markers - self.aspects - self.outside.keys()
        return found[0] if found and not ours else None

    def unasked(self, named: frozenset[str], entry: frozenset[str]) -> bool:
        """The entry is about something the question would have to name and does not."""
        return bool((entry & self.only_when_asked) - named)

    def aspect_conflict(self, named: frozenset[str], entry: frozenset[str]) -> bool:
        """The question asks one thing of a procedure (its cost) and the entry tells another."""
        asked, told = named & self.aspects, entry & self.aspects - self.weak
        return bool(asked and told) and not (asked & told)

    def asks_of_a_permit(self, named: frozenset[str]) -> bool:
        """The question names a permit or procedure and what it asks of it (its cost, its
        documents)."""
        return bool(self.primary(named) and named & self.aspects)

    def carries(self, named: frozenset[str], entry: frozenset[str]) -> bool:
        """The question asks something of a permit (see asks_of_a_permit), and the entry is
        about both."""
        asked = self.primary(named) | (named & self.aspects)
        return self.asks_of_a_permit(named) and asked <= entry

    def tags(self, text: str) -> frozenset[str]:
        return self.tags_normalized(normalize(text))

    def tags_normalized(self, normalized: str) -> frozenset[str]:
        """tags() of a text already normalized."""
        found: set[str] = set()
        spans: dict[str, list[tuple[int, int]]] = {}
        for index in sorted(self._prefilter.candidates(normalized)):
            name, pattern = self._flat[index]
            for match in pattern.finditer(normalized):
                found.add(name)
                spans.setdefault(name, []).append(match.span())
        for name, hidden in self._overrides.items():
            if name not in found:
                continue
            # A rule on the whole message (lookaheads, an empty match) hides everywhere.
            whole = any(a == b for a, b in spans[name])
            for other in hidden & found:
                # Drop the hidden concept only where its words overlap the hiding one's.
                if whole or all(
                    any(x < b and a < y for a, b in spans[name]) for x, y in spans[other]
                ):
                    found.discard(other)
        for name in found & self._implies.keys():
            found |= self._implies[name]
        if found & self.weak and (found & self.aspects) - self.weak:
            found -= self.weak
        return frozenset(found)

    def for_category(self, category: str) -> frozenset[str]:
        return frozenset(n for n, cats in self.categories.items() if category in cats)
