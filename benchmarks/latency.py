"""Matcher latency and index memory at the shipped KB size and with 10× and 100× as many entries.

    python -m benchmarks.latency [--sizes 1 10 100] [--rounds N] [--eval FILE ...]
                                 [--budget SECONDS] [--trace auto|always|never]

Synthetic entries are made of pseudo-words with a quarter of real KB words mixed in, so real
questions still reach synthetic entries through the index (a KB that only grew in unrelated
words would flatter the figures). Questions: the distinct questions of the in-repo sets
(benchmarks/data/*.jsonl) and of the --eval files (e.g. ../shared/eval/dev.jsonl, the team's
development set, as for the README's figures).

Timings per question, each sample one question:
- new: the reply cache bypassed (KnowledgeBase._match) and the index's typo-lookup cache
  emptied before each question: a question the bot has never seen, with words it never saw;
- safety net: before each new question, as the bot does before matching it, the safety net
  reads it (shows_danger, its caches emptied first); the matcher, which asks again of a long
  message it would answer from two agreeing views, finds the verdict kept. Timed apart: the
  bot's time for a message is the two together;
- uncached: the reply cache bypassed, the typo-lookup cache warm (a new wording of words
  people have used before);
- cached: KnowledgeBase.answer on a question already asked (the reply LRU cache), in µs.
The typo-lookup cache is the only state a question leaves in the index; what the index holds
of the KB's own vocabulary (stems, the hashed n-grams of its words) is built with it.
Wall clock and CPU time of the thread are both given: on a busy machine the first varies.
Memory of the index at each size: the growth of the process's resident set over the timed
build (VmRSS after, and VmHWM, the high-water mark, reset before it), and the tracemalloc
peak while a second KnowledgeBase is built and what it still holds after. tracemalloc slows
a build several times, so with --trace auto (the default) it is skipped when the timed build
took over 30 s. The figures are printed beside the targets, never asserted.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import math
import random
import resource
import statistics
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from knowledge.answering.jurisdiction import about_another_country
from knowledge.answering.normalize import normalize
from knowledge.answering.ranker import MAX_CLASSES
from knowledge.answering.safety import shows_danger
from knowledge.answering.search import MAX_QUERY_CHARS, KnowledgeBase
from knowledge.kb.entries import Entry, Translation
from knowledge.kb.files import load_bundled

from .quality import SetError, default_sets, load_items

SYLLABLES = [c + v for c in "bcdfgklmnprstvxz" for v in "aeiou"]
# Targets by size: p99 ms of an uncached question (read on "new") and index MiB.
TARGET_P99_MS = {1: 2.0, 100: 8.0}
TARGET_INDEX_MIB = {100: 400.0}
SAMPLES = 1000  # per figure: p99 then rests on the 10 slowest
# tracemalloc makes a build several times slower: past this many seconds of plain build it is
# skipped (--trace always forces it) and the index figure is the resident peak.
TRACE_AUTO_SECONDS = 30.0


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


def _percentile(samples: Sequence[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _status_mib(key: str) -> float | None:
    """A VmRSS / VmHWM line of /proc/self/status (Linux), in MiB."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def rss_mib() -> float | None:
    return _status_mib("VmRSS")


def _reset_rss_peak() -> bool:
    """Set VmHWM back to the current RSS, so that it reads the peak of what follows."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear_refs:
            clear_refs.write("5")
    except OSError:
        return False
    return True


def _peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def questions_for(eval_files: Sequence[Path] | None) -> tuple[list[str], list[str]]:
    """Distinct questions, and the names of the sets they come from."""
    paths = list(default_sets())
    paths += eval_files or ()
    questions: dict[str, None] = {}
    for path in paths:
        for item in load_items(path):
            questions.setdefault(item["q"], None)
    return list(questions), [p.name for p in paths]


def _clear_typo_cache(kb: KnowledgeBase) -> Callable[[], None]:
    lookup = getattr(kb.index, "_lookup", None)
    return getattr(lookup, "cache_clear", lambda: None)


def time_questions(
    kb: KnowledgeBase, questions: Sequence[str], rounds: int, budget: float = float("inf")
) -> dict[str, list[tuple[float, float]]]:
    """Per-question samples (wall ms, CPU ms of this thread) for new, uncached and cached.

    new: reply cache bypassed, typo-lookup cache emptied before each question; uncached:
    reply cache bypassed, typo cache warm; cached: the reply LRU cache hit. A figure stops
    taking samples after ``budget`` seconds (the questions come in a fixed shuffled order,
    so a cut keeps a fair sample).
    """
    texts = [q[:MAX_QUERY_CHARS] for q in questions]
    random.Random(1).shuffle(texts)
    clear = _clear_typo_cache(kb)
    safety: list[tuple[float, float]] = []

    def screened(text: str) -> None:
        """What the bot does with a message before matching it: the safety net reads it (its
        verdict is kept for the matcher, which may ask again). Timed apart from the match;
        a question never seen is new to the safety net and the place check too."""
        shows_danger.cache_clear()
        about_another_country.cache_clear()
        safety.append(timed(lambda: shows_danger(text)))

    def timed(call: Callable[[], object]) -> tuple[float, float]:
        wall, cpu = time.perf_counter(), time.thread_time()
        call()
        return (time.perf_counter() - wall) * 1000, (time.thread_time() - cpu) * 1000

    def run(before: Callable[[str], object], call: Callable[[str], object]) -> list:
        samples: list[tuple[float, float]] = []
        started = time.perf_counter()
        for text in itertools.chain.from_iterable(itertools.repeat(texts, rounds)):
            if samples and time.perf_counter() - started > budget:
                break
            before(text)
            samples.append(timed(lambda t=text: call(t)))
        return samples

    def match(text: str) -> object:
        return kb._match(text, None, "az")

    def new_question(text: str) -> None:
        clear()
        screened(text)

    new = run(new_question, match)
    screening = list(safety)
    for text in texts:  # warm the typo-lookup cache
        match(text)
    return {
        "new": new,
        "safety net": screening,
        "uncached": run(screened, match),
        # Asked just before: a pass over more questions than the LRU holds would hit nothing.
        "cached": run(kb.answer, kb.answer),
    }


def _mark(value: float | None, target: float | None) -> str:
    if target is None:
        return ""
    if value is None:
        return f"not measured (target ≤ {target:g})"
    return f"{'ok' if value <= target else 'OVER'} (target ≤ {target:g})"


@dataclass
class Size:
    factor: int
    entries: int
    phrasings: int
    build: float
    samples: dict
    rss_growth: float | None  # MiB: resident set after the build minus before
    rss_peak: float | None  # MiB: resident high-water mark during the build minus before
    ranker_classes: int = 0  # classes of the learned ranker; 0 when the build has none
    traced_peak: float | None = None  # MiB, tracemalloc, a second build
    traced_held: float | None = None
    # Why no tracemalloc figure was taken, when none was.
    untraced_because: str = ""

    def p(self, measure: str, q: float, cpu: bool = False) -> float:
        return _percentile([s[cpu] for s in self.samples[measure]], q)


def measure(
    real: list[Entry],
    tables,
    factor: int,
    questions: Sequence[str],
    rounds: int,
    trace: str = "auto",
    budget: float = float("inf"),
) -> Size:
    entries = real + synthetic_entries(real, factor)
    gc.collect()
    rss_before = rss_mib()
    peak_reset = _reset_rss_peak()
    started = time.perf_counter()
    kb = KnowledgeBase(entries, tables)
    build = time.perf_counter() - started
    high_water = _status_mib("VmHWM") if peak_reset else None
    gc.collect()
    rss_after = rss_mib()
    samples = time_questions(kb, questions, rounds, budget)
    phrasings = sum(len(d.phrasings) for d in kb.index.documents)
    ranker = kb.index.ranker
    del kb
    gc.collect()
    size = Size(
        factor,
        len(entries),
        phrasings,
        build,
        samples,
        rss_growth=None if None in (rss_before, rss_after) else rss_after - rss_before,
        rss_peak=None if None in (rss_before, high_water) else high_water - rss_before,
        ranker_classes=len(ranker.classes) if ranker else 0,
    )
    if trace == "always" or (trace == "auto" and build <= TRACE_AUTO_SECONDS):
        # A second build: tracemalloc slows it several times, so it is not the timed one.
        tracemalloc.start()
        kb = KnowledgeBase(entries, tables)
        held, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        del kb
        gc.collect()
        size.traced_peak, size.traced_held = peak / 2**20, held / 2**20
    elif trace == "never":
        size.untraced_because = "--trace never"
    else:
        size.untraced_because = f"the build took over {TRACE_AUTO_SECONDS:g} s; --trace always"
    return size


def _mib(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def print_size(size: Size) -> None:
    traced = (
        f"tracemalloc peak {_mib(size.traced_peak)} MiB, {_mib(size.traced_held)} MiB held after"
        if size.traced_peak is not None
        else f"tracemalloc skipped ({size.untraced_because})"
    )
    print(
        f"\n{size.factor}×: {size.entries} entries, {size.phrasings} phrasings; build "
        f"{size.build:.2f} s\n  index memory: {traced}; RSS +{_mib(size.rss_growth)} MiB after "
        f"the build, +{_mib(size.rss_peak)} MiB at its peak"
    )
    print(
        f"  learned ranker: {size.ranker_classes} classes, trained in the build"
        if size.ranker_classes
        else f"  learned ranker: none (over {MAX_CLASSES} entries and subjects: matcher alone)"
    )
    print(
        f"  {'per question':<18}{'n':>6}{'p50':>9}{'p99':>9}{'mean':>9}{'cpu p50':>9}"
        f"{'cpu p99':>9}"
    )
    for measure_name, label, scale in (
        ("new", "new question, ms", 1),
        ("safety net", "safety net, ms", 1),
        ("uncached", "uncached, ms", 1),
        ("cached", "cached, µs", 1000),
    ):
        walls = [s[0] for s in size.samples[measure_name]]
        print(
            f"  {label:<18}{len(walls):>6}{size.p(measure_name, 0.5) * scale:>9.2f}"
            f"{size.p(measure_name, 0.99) * scale:>9.2f}"
            f"{statistics.mean(walls) * scale:>9.2f}"
            f"{size.p(measure_name, 0.5, cpu=True) * scale:>9.2f}"
            f"{size.p(measure_name, 0.99, cpu=True) * scale:>9.2f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument(
        "--rounds",
        type=int,
        help="passes over the questions per size (default: enough for about "
        f"{SAMPLES} samples per figure, 1 to 3)",
    )
    parser.add_argument("--eval", type=Path, nargs="+", metavar="FILE")
    parser.add_argument(
        "--budget",
        type=float,
        default=60.0,
        help="seconds at most per timing figure and size (default: %(default)s)",
    )
    parser.add_argument(
        "--trace",
        choices=("auto", "always", "never"),
        default="auto",
        help="tracemalloc build; auto: when the timed build took at most "
        f"{TRACE_AUTO_SECONDS:g} s",
    )
    args = parser.parse_args(argv)

    missing = [p for p in args.eval or () if not p.is_file()]
    if missing:
        for path in missing:
            print(f"evaluation set not found: {path}")
        return 2
    loaded, tables = load_bundled()
    if not loaded.ok:
        print("\n".join(str(p) for p in loaded.problems))
        return 1
    real = [entry for _, entry in loaded.entries]
    try:
        questions, sources = questions_for(args.eval)
    except SetError as exc:
        print(exc)
        return 2
    if not questions:
        questions = [t.question for e in real for t in e.translations.values()]
        sources = ["the KB's own questions (no question set found)"]
    rounds = args.rounds or min(3, max(1, math.ceil(SAMPLES / len(questions))))
    print(
        f"{len(questions)} distinct questions ({', '.join(sources)}) × {rounds} round(s) "
        f"per size, at most {args.budget:g} s per figure. new = reply cache bypassed and "
        "typo-lookup cache emptied before each question; uncached = reply cache bypassed, "
        "typo cache warm; cached = reply cache hit. p50/p99 are wall clock; cpu = this "
        "thread's CPU time (less affected by a busy machine)."
    )
    started = time.perf_counter()
    sizes: list[Size] = []
    for factor in args.sizes:
        sizes.append(measure(real, tables, factor, questions, rounds, args.trace, args.budget))
        print_size(sizes[-1])
        print(f"  ({time.perf_counter() - started:.0f} s so far)", flush=True)
    base = sizes[0].p("new", 0.99)
    print(f"\n{'size':>6}{'new p99':>9}{'cpu p99':>9}{'p99÷first':>10}  p99 target (wall)")
    for size in sizes:
        p99 = size.p("new", 0.99)
        print(
            f"{size.factor:>5}x{p99:>9.2f}{size.p('new', 0.99, cpu=True):>9.2f}"
            f"{p99 / base:>10.1f}  {_mark(p99, TARGET_P99_MS.get(size.factor))}"
        )
    print(
        f"\n{'size':>6}{'traced peak':>12}{'held':>8}{'RSS +':>8}{'RSS peak +':>11}"
        "  index target (traced peak, else RSS peak +)"
    )
    for size in sizes:
        index = size.traced_peak if size.traced_peak is not None else size.rss_peak
        print(
            f"{size.factor:>5}x{_mib(size.traced_peak):>12}{_mib(size.traced_held):>8}"
            f"{_mib(size.rss_growth):>8}{_mib(size.rss_peak):>11}"
            f"  {_mark(index, TARGET_INDEX_MIB.get(size.factor))}"
        )
    print(
        f"MiB. Targets: uncached p99 ≤ {TARGET_P99_MS[1]:g} ms at 1×, ≤ "
        f"{TARGET_P99_MS[100]:g} ms at 100× (read on 'new', wall clock); index ≤ "
        f"{TARGET_INDEX_MIB[100]:g} MiB at 100×. Peak resident memory of the process: "
        f"{_peak_rss_mib():.0f} MiB; memory freed by a smaller size is reused, so RSS + can "
        f"read low. Total {time.perf_counter() - started:.0f} s."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
