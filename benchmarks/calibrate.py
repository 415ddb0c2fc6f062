"""Fit the matcher's confidence model and write data/calibration.yaml.

    python -m benchmarks.calibrate [--train DEV_SET ...] [--max-harm 0.02] [--dry-run]

Rows: every entry's alternate phrasings and every out-of-scope phrasing, k-fold (for fold f
the index is built without every f-th one, which is then asked), plus the items of the
development question sets given with --train (the team's are ../shared/eval/dev.jsonl and
dev2.jsonl; nothing outside the repository is read unless named). A logistic model of "the
best entry is the right one" is fitted on the match features
(knowledge/answering/calibration.py). The
thresholds are chosen on the development items: the answer threshold is the lowest probability
at which confident answers that are wrong or out of scope stay under --max-harm of all
messages; the clarify threshold offers choices where they help more often than they bother.
The held-out phrasings alone are much harder than real questions, so a model chosen on them
alone is far too timid: the script refuses to write one without a development set. Never pass
a set whose figures you report as unseen.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from knowledge.answering.calibration import FEATURES, Calibration
from knowledge.answering.jurisdiction import about_another_country
from knowledge.answering.langdetect import detect
from knowledge.answering.matching import MatcherConfig
from knowledge.answering.search import KnowledgeBase
from knowledge.kb.entries import Entry
from knowledge.kb.files import DATA_DIR, Tables, load_bundled

OUT = DATA_DIR / "calibration.yaml"
# Out-of-scope phrasings are the "right answer: none" class of the held-out questions.
OOS = None


@dataclass(frozen=True, slots=True)
class Probe:
    question: str
    expected: str | None  # entry id, or None for an out-of-scope phrasing
    features: dict[str, float] | None  # None when the matcher found no candidate
    top: str | None
    top3: tuple[str, ...]
    decision: str


def _fold_entry(entry: Entry, fold: int, folds: int) -> tuple[Entry, list[tuple[str, str]]]:
    """The entry without its fold-th alternates, and those alternates as (question, lang)."""
    kept_translations = {}
    asked: list[tuple[str, str]] = []
    for lang, tr in entry.translations.items():
        keep = tuple(a for i, a in enumerate(tr.alternates) if i % folds != fold)
        asked.extend((a, lang) for i, a in enumerate(tr.alternates) if i % folds == fold)
        kept_translations[lang] = dataclasses.replace(tr, alternates=keep)
    return dataclasses.replace(entry, translations=kept_translations), asked


def held_out_probes(
    entries: Sequence[Entry], tables: Tables, folds: int, config: MatcherConfig | None = None
) -> Iterator[Probe]:
    """Every alternate and out-of-scope phrasing, asked of an index built without it."""
    config = config or MatcherConfig()
    for fold in range(folds):
        kept: list[Entry] = []
        asked: list[tuple[str, str | None]] = []
        for entry in entries:
            reduced, questions = _fold_entry(entry, fold, folds)
            kept.append(reduced)
            asked.extend((q, entry.id) for q, _ in questions)
        out_of_scope = {}
        for topic, by_lang in tables.out_of_scope.items():
            out_of_scope[topic] = {
                lang: tuple(p for i, p in enumerate(phrasings) if i % folds != fold)
                for lang, phrasings in by_lang.items()
            }
            asked.extend(
                (p, OOS)
                for phrasings in by_lang.values()
                for i, p in enumerate(phrasings)
                if i % folds == fold
            )
        reduced_tables = dataclasses.replace(tables, out_of_scope=out_of_scope, calibration=None)
        kb = KnowledgeBase(kept, reduced_tables, dataclasses.replace(config, calibration=None))
        for question, expected in asked:
            result = kb._search(question, detect(question).lang)
            ids = tuple(c.entry_id for c in result.candidates[:3])
            yield Probe(
                question,
                expected,
                dict(result.features) if result.features else None,
                ids[0] if ids else None,
                ids,
                result.decision,
            )


def question_set_probes(kb: KnowledgeBase, paths: Sequence[Path]) -> Iterator[Probe]:
    """The items of development question sets, as probes of the full knowledge base.

    Another country's questions are left out: they never reach the matcher's decision.
    """
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            if about_another_country(item["q"]):
                continue
            result = kb._search(item["q"], detect(item["q"]).lang)
            ids = tuple(c.entry_id for c in result.candidates[:3])
            yield Probe(
                item["q"],
                item["topic"] if item["kind"] == "answer" else None,
                dict(result.features) if result.features else None,
                ids[0] if ids else None,
                ids,
                result.decision,
            )


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1e-2) -> tuple[np.ndarray, float]:
    """Newton's method on the L2-penalised log loss (a few features, a few thousand rows)."""
    design = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(design.shape[1])
    penalty = l2 * np.eye(design.shape[1])
    penalty[-1, -1] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-design @ w))
        gradient = design.T @ (p - y) + penalty @ w
        hessian = design.T @ (design * (p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


@dataclass(frozen=True, slots=True)
class Outcome:
    answered_right: int
    answered_wrong: int  # wrong entry or out of scope answered
    clarify_helpful: int  # in scope, not answered, right entry among the choices
    clarify_bother: int  # out of scope (or right entry not offered), choices shown
    total: int


def outcome_at(
    probes: Sequence[Probe], probs: np.ndarray, answer: float, clarify: float
) -> Outcome:
    right = wrong = helpful = bother = 0
    for probe, p in zip(probes, probs, strict=True):
        if probe.features is None:
            continue
        if p >= answer:
            if probe.expected is not None and probe.top == probe.expected:
                right += 1
            else:
                wrong += 1
        elif p >= clarify:
            if probe.expected is not None and probe.expected in probe.top3:
                helpful += 1
            else:
                bother += 1
    return Outcome(right, wrong, helpful, bother, len(probes))


def choose_thresholds(
    probes: Sequence[Probe], probs: np.ndarray, max_harm: float
) -> tuple[float, float]:
    grid = [round(t, 3) for t in np.arange(0.30, 0.99, 0.01)]
    answer = max(grid)
    for t in grid:
        o = outcome_at(probes, probs, t, t)
        if o.answered_wrong / o.total <= max_harm:
            answer = t
            break
    best_clarify, best_gain = answer, -1.0
    for t in (g for g in grid if g < answer):
        o = outcome_at(probes, probs, answer, t)
        # A useful choice list is worth more than a needless one costs, but not much more:
        # people tire of "did you mean" on questions the bot cannot answer.
        gain = o.clarify_helpful - 1.5 * o.clarify_bother
        if gain > best_gain:
            best_clarify, best_gain = t, gain
    return answer, best_clarify


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--max-harm", type=float, default=0.02)
    parser.add_argument("--dry-run", action="store_true", help="print, do not write")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--train",
        type=Path,
        nargs="*",
        default=[],
        help="development question sets whose items are added to the held-out phrasings; "
        "the thresholds are then chosen on these items (never pass a set you report)",
    )
    args = parser.parse_args(argv)
    if not args.train and not args.dry_run:
        # Fitted on the entries' own phrasings alone the model is far too timid on real
        # questions (see the README): refuse to ship that by accident.
        print(
            "no development set: pass --train FILE… (the team's: --train "
            "../shared/eval/dev.jsonl ../shared/eval/dev2.jsonl), or --dry-run",
            file=sys.stderr,
        )
        return 2
    loaded, tables = load_bundled()
    if not loaded.ok:
        print("\n".join(str(p) for p in loaded.problems), file=sys.stderr)
        return 1
    entries = [e for _, e in loaded.entries if e.live]
    probes = list(held_out_probes(entries, tables, args.folds))
    kb = KnowledgeBase(entries, dataclasses.replace(tables, calibration=None))
    developed = list(question_set_probes(kb, args.train))
    rows = [p for p in probes + developed if p.features is not None]
    x = np.array([[p.features[name] for name in FEATURES] for p in rows])
    y = np.array([1.0 if p.expected is not None and p.top == p.expected else 0.0 for p in rows])
    weights, bias = fit_logistic(x, y)
    calibration = Calibration(dict(zip(FEATURES, map(float, weights), strict=True)), bias, 0, 0)
    probes = developed or probes
    probs = np.array([calibration.probability(p.features) if p.features else 0.0 for p in probes])
    answer, clarify = choose_thresholds(probes, probs, args.max_harm)
    o = outcome_at(probes, probs, answer, clarify)
    in_scope = sum(1 for p in probes if p.expected is not None)
    print(
        f"{'development questions' if developed else 'held-out phrasings'}: "
        f"{len(probes)} ({in_scope} in scope, "
        f"{len(probes) - in_scope} out of scope), {args.folds} folds"
    )
    print("weights: " + ", ".join(f"{n} {w:+.2f}" for n, w in zip(FEATURES, weights, strict=True)))
    print(f"bias {bias:+.2f}; answer at p ≥ {answer:.2f}, did-you-mean at p ≥ {clarify:.2f}")
    print(
        f"held out: answered right {o.answered_right / in_scope:.3f} of in-scope, "
        f"harm {o.answered_wrong / o.total:.4f} of all, "
        f"choices that help {o.clarify_helpful}, that do not {o.clarify_bother}"
    )
    print("reliability (held out): band → n, share right")
    for lo, hi in ((0, 0.3), (0.3, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 0.95), (0.95, 1.01)):
        chosen = [k for k, p in enumerate(probs) if lo <= p < hi]
        if chosen:
            share = sum(
                y_k
                for y_k in (
                    1.0
                    if probes[k].expected is not None and probes[k].top == probes[k].expected
                    else 0.0
                    for k in chosen
                )
            ) / len(chosen)
            print(f"  [{lo:.2f}, {min(hi, 1):.2f}) {len(chosen):5d} {share:.3f}")
    if args.dry_run:
        return 0
    document = {
        "weights": {n: round(float(w), 4) for n, w in zip(FEATURES, weights, strict=True)},
        "bias": round(bias, 4),
        "answer": float(answer),
        "clarify": float(clarify),
    }
    trained_on = ", ".join(path.name for path in args.train)
    header = (
        "# Written by `python -m benchmarks.calibrate` from held-out phrasings of this folder's\n"
        "# entries and out-of-scope topics and the items of these development sets (weights and\n"
        f"# thresholds; none of them is reported as unseen): {trained_on}.\n"
        "# Refit after large content changes; see knowledge/answering/calibration.py.\n"
    )
    args.out.write_text(header + yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    print(f"written: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
