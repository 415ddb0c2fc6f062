"""Train the safety net's learned second opinion and write knowledge/data/danger_model.npz.

    python -m benchmarks.train_danger [--max-false-alarms 0.03] [--min-threshold P] [--dry-run]
                                      [--exclude FILE...]

Examples: knowledge/data/danger_examples.jsonl (dangers and look-alikes the team wrote, in
named sets), the development danger sets (benchmarks/data/danger_*.jsonl: blind sets written by
helpers, each already scored once as unseen; 50 dangers and 40 look-alikes each) and, as
ordinary, not-danger messages, every question and alternate phrasing of the knowledge base and
the questions of the development question sets that no pattern flags. A set not yet scored
(benchmarks/data/unscored/) is never trained on; given with --exclude, its files are read only
to leave out of training any example within fuzz 88 of one of their messages, as the knowledge
base's phrasings are before a set is scored.

Figures are out of set: each named set of the team's, each eighth of the development sets and
each fifth of the ordinary questions (the KB's, the sets') is scored by a model trained
without it — how the model does on wordings it never saw. The threshold is the lowest
probability at which, out of set, look-alikes raise at most --max-false-alarms and ordinary
questions at most 0.5 %; the pattern flags come on top (safety/).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from knowledge.answering.danger_model import MODEL_PATH
from knowledge.answering.normalize import normalize
from knowledge.answering.safety import matches_patterns
from knowledge.answering.textfeatures import FEATURES, features, model_text
from knowledge.kb.files import DATA_DIR, load_bundled

EXAMPLES = DATA_DIR / "danger_examples.jsonl"
DEVELOPMENT_SETS = Path(__file__).resolve().parent / "data"
ORDINARY_FOLDS = 5
DEVELOPMENT_FOLDS = 8
MAX_ORDINARY_ALARMS = 0.005
# As alike as the knowledge base's phrasings may be to a set not yet scored.
NEAR_COPY = 88


def development_examples() -> list[tuple[str, bool, str]]:
    """(message, danger, fold) of every scored danger set in benchmarks/data."""
    found = []
    for number, path in enumerate(sorted(DEVELOPMENT_SETS.glob("danger_*.jsonl"))):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                found.append((item["q"], bool(item["danger"]), f"dev{number % DEVELOPMENT_FOLDS}"))
    return found


def development_questions() -> list[str]:
    """The questions of the scored question sets in benchmarks/data that no pattern flags:
    people asking about their papers, often in stories that name the police, a fine, a
    landlord or a middleman. The model learns from them what is not danger; those a pattern
    flags (a passport held, someone locked in) are left out, being told as danger on purpose."""
    found = set()
    for path in sorted(DEVELOPMENT_SETS.glob("*.jsonl")):
        if path.name.startswith("danger_"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                found.add(json.loads(line)["q"])
    return sorted(q for q in found if not matches_patterns(q))


def near_copies(texts: list[str], paths: list[Path]) -> set[int]:
    """Indices of texts within NEAR_COPY of a message in the files (not printed)."""
    held = [normalize(json.loads(line)["q"]) for p in paths for line in p.open(encoding="utf-8")]
    held = [h for h in held if h]
    if not held:
        return set()
    return {
        i
        for i, text in enumerate(texts)
        if (match := process.extractOne(normalize(text), held, scorer=fuzz.ratio))
        and match[1] >= NEAR_COPY
    }


def examples(
    exclude: list[Path] | None = None,
) -> tuple[list[str], np.ndarray, list[str], np.ndarray]:
    """Texts, labels, set names, and whether each is an ordinary KB question."""
    texts, labels, groups, ordinary = [], [], [], []
    for line in EXAMPLES.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            texts.append(item["q"])
            labels.append(bool(item["danger"]))
            groups.append(str(item["set"]))
            ordinary.append(False)
    for text, danger, fold in development_examples():
        texts.append(text)
        labels.append(danger)
        groups.append(fold)
        ordinary.append(False)
    loaded, _ = load_bundled()
    phrasings = sorted(
        {
            p
            for _, entry in loaded.entries
            for tr in entry.translations.values()
            for p in (tr.question, *tr.alternates)
        }
    )
    for number, phrasing in enumerate(phrasings):
        texts.append(phrasing)
        labels.append(False)
        groups.append(f"kb{number % ORDINARY_FOLDS}")
        ordinary.append(True)
    for number, question in enumerate(development_questions()):
        texts.append(question)
        labels.append(False)
        groups.append(f"asked{number % ORDINARY_FOLDS}")
        ordinary.append(True)
    left_out = near_copies(texts, exclude or [])
    if left_out:
        print(f"left out of training: {len(left_out)} example(s) near a set not yet scored")
    keep = [i for i in range(len(texts)) if i not in left_out]
    return (
        [texts[i] for i in keep],
        np.array([labels[i] for i in keep]),
        [groups[i] for i in keep],
        np.array([ordinary[i] for i in keep]),
    )


def matrix(texts: list[str]) -> sparse.csr_matrix:
    rows, cols, values = [], [], []
    for row, text in enumerate(texts):
        for col, value in features(model_text(text)).items():
            rows.append(row)
            cols.append(col)
            values.append(value)
    return sparse.csr_matrix((values, (rows, cols)), shape=(len(texts), 2 * FEATURES))


def fit(x: sparse.csr_matrix, y: np.ndarray) -> LogisticRegression:
    return LogisticRegression(C=10, max_iter=3000, class_weight="balanced").fit(x, y)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-false-alarms", type=float, default=0.03)
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument(
        "--min-threshold",
        type=float,
        default=0.0,
        help="never below this probability (the shipped model: 0.70, see README)",
    )
    parser.add_argument(
        "--exclude",
        type=Path,
        nargs="*",
        default=[],
        help="sets not yet scored: examples within fuzz 88 of their messages are not trained on",
    )
    args = parser.parse_args(argv)
    texts, y, groups, ordinary = examples(args.exclude)
    x = matrix(texts)
    out_of_set = np.zeros(len(texts))
    for group in sorted(set(groups)):
        held = np.array([g == group for g in groups])
        model = fit(x[~held], y[~held])
        out_of_set[held] = model.predict_proba(x[held])[:, 1]
    patterns = np.array([matches_patterns(t) for t, o in zip(texts, ordinary, strict=True)])
    look_alike = ~y & ~ordinary
    threshold = 0.99
    for t in np.arange(0.30, 0.99, 0.01):
        flagged = out_of_set >= t
        if (
            flagged[look_alike].mean() <= args.max_false_alarms
            and flagged[ordinary].mean() <= MAX_ORDINARY_ALARMS
        ):
            threshold = round(float(t), 2)
            break
    threshold = max(threshold, args.min_threshold)
    flagged = out_of_set >= threshold
    both = flagged | patterns
    print(
        f"examples: {int(y.sum())} dangers, {int(look_alike.sum())} look-alikes, "
        f"{int(ordinary.sum())} ordinary questions (KB and sets); threshold {threshold:.2f}"
    )
    print("out of set (each set scored by a model trained without it):")
    print(f"  {'':22}{'recall':>8}{'look-alike alarms':>20}{'ordinary alarms':>18}")
    for name, flags in (("model alone", flagged), ("patterns alone*", patterns), ("both", both)):
        print(
            f"  {name:22}{flags[y].mean():8.3f}{flags[look_alike].mean():20.3f}"
            f"{flags[ordinary].mean():18.4f}"
        )
    development = np.array([g.startswith("dev") for g in groups])
    asked = np.array([g.startswith("asked") for g in groups])
    print(
        f"  development sets alone: model recall {flagged[y & development].mean():.3f}, "
        f"look-alike alarms {flagged[~y & development].mean():.3f}; "
        f"their questions {flagged[asked].mean():.4f}"
    )
    print("  * the patterns were written on these sets: their figures are not out of set")
    if args.dry_run:
        return 0
    model = fit(x, y)
    coefficients = model.coef_.ravel()
    kept = np.flatnonzero(np.abs(coefficients) > 1e-6)
    np.savez_compressed(
        args.out,
        indices=kept.astype(np.int64),
        weights=coefficients[kept].astype(np.float32),
        bias=np.float64(model.intercept_[0]),
        threshold=np.float64(threshold),
    )
    print(f"written: {args.out} ({len(kept)} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
