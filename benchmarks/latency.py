"""Matcher latency at the shipped KB size and with 10× and 100× as many synthetic entries.

    python -m benchmarks.latency [--sizes 1 10 100] [--rounds 3]

Synthetic entries are made of pseudo-words with a quarter of real KB words mixed in, so real
questions still reach synthetic entries through the index (a KB that only grew in unrelated
words would flatter the figures). Questions are those of the evaluation set. Prints p50 and
p99 per question, the growth against the shipped size, and peak memory of the index.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import random
import resource
import statistics
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path

from knowledge.content import load_bundled
from knowledge.faq import Entry, Translation
from knowledge.normalize import normalize
from knowledge.search import KnowledgeBase

from .quality import DEFAULT_EVAL

SYLLABLES = [c + v for c in "bcdfgklmnprstvxz" for v in "aeiou"]


def _pseudo_vocabulary(rng: random.Random, size: int) -> list[str]:
    return ["".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))) for _ in range(size)]


def synthetic_entries(real: list[Entry], factor: int, seed: int = 7) -> list[Entry]:
    """(factor - 1) × len(real) extra entries shaped like the real ones."""
    rng = random.Random(seed)
    real_words = sorted(
        {
            w
            for e in real
            for t in e.translations.values()
            for p in (t.question, *t.alternates)
            for w in normalize(p).split()
        }
    )
    fake_words = _pseudo_vocabulary(rng, 20_000)
    # Zipf-like word frequencies; cumulative once, not per draw.
    cumulative = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(fake_words))))

    def phrase(length: int) -> str:
        words = []
        for _ in range(length):
            if rng.random() < 0.25:
                words.append(rng.choice(real_words))
            else:
                words.append(rng.choices(fake_words, cum_weights=cumulative)[0])
        return " ".join(words)

    made: list[Entry] = []
    for copy in range(1, factor):
        for entry in real:
            translations = {
                lang: Translation(
                    question=phrase(7),
                    alternates=tuple(phrase(rng.randint(3, 8)) for _ in tr.alternates),
                    keywords=tuple(phrase(1) for _ in tr.keywords),
                    answer=phrase(40),
                )
                for lang, tr in entry.translations.items()
            }
            made.append(
                replace(
                    entry, id=f"synthetic{copy}.{entry.id}", translations=translations, related=()
                )
            )
    return made


def _percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    args = parser.parse_args(argv)

    loaded, tables = load_bundled()
    real = [entry for _, entry in loaded.entries]
    questions = [
        json.loads(line)["q"] for line in args.eval.read_text("utf-8").splitlines() if line.strip()
    ]
    print(f"{len(questions)} questions × {args.rounds} rounds per size")
    print(
        f"{'size':>6}{'entries':>9}{'phrasings':>11}{'build s':>9}{'p50 ms':>9}"
        f"{'p99 ms':>9}{'mean ms':>9}{'p99 × 1x':>10}{'index MiB':>11}"
    )
    base_p99 = None
    for factor in args.sizes:
        entries = real + synthetic_entries(real, factor)
        gc.collect()
        tracemalloc.start()
        started = time.perf_counter()
        kb = KnowledgeBase(entries, tables)
        build = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        for question in questions:  # warm the typo cache as a running bot would be
            kb.answer(question)
        samples = []
        for _ in range(args.rounds):
            for question in questions:
                started = time.perf_counter()
                kb.answer(question)
                samples.append((time.perf_counter() - started) * 1000)
        p99 = _percentile(samples, 0.99)
        base_p99 = base_p99 or p99
        phrasings = sum(len(d.phrasings) for d in kb.index.documents)
        print(
            f"{factor:>5}x{len(entries):>9}{phrasings:>11}{build:>9.2f}"
            f"{_percentile(samples, 0.5):>9.2f}{p99:>9.2f}{statistics.mean(samples):>9.2f}"
            f"{p99 / base_p99:>10.1f}{peak / 2**20:>11.1f}"
        )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory of the process: {rss:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
