"""Train the safety net's learned second opinion and write knowledge/data/danger_model.npz.

    python -m benchmarks.train_danger [--max-false-alarms 0.03] [--dry-run]

Examples: knowledge/data/danger_examples.jsonl (dangers and look-alikes the team wrote, in
named sets) and every question and alternate phrasing of the knowledge base as ordinary,
not-danger messages. Figures are out of set: each named set (and each fifth of the ordinary
questions) is scored by a model trained without it — how the model does on wordings it never
saw. The threshold is the lowest probability at which, out of set, look-alikes raise at most
--max-false-alarms and ordinary questions at most 0.5 %; the pattern flags come on top
(safety/). No evaluation set is read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from knowledge.answering.danger_model import MODEL_PATH
from knowledge.answering.safety import matches_patterns
from knowledge.answering.textfeatures import FEATURES, features, model_text
from knowledge.kb.files import DATA_DIR, load_bundled

EXAMPLES = DATA_DIR / "danger_examples.jsonl"
ORDINARY_FOLDS = 5
MAX_ORDINARY_ALARMS = 0.005


def examples() -> tuple[list[str], np.ndarray, list[str], np.ndarray]:
    """Texts, labels, set names, and whether each is an ordinary KB question."""
    texts, labels, groups, ordinary = [], [], [], []
    for line in EXAMPLES.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            texts.append(item["q"])
            labels.append(bool(item["danger"]))
            groups.append(str(item["set"]))
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
    return texts, np.array(labels), groups, np.array(ordinary)


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
    args = parser.parse_args(argv)
    texts, y, groups, ordinary = examples()
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
    flagged = out_of_set >= threshold
    both = flagged | patterns
    print(
        f"examples: {int(y.sum())} dangers, {int(look_alike.sum())} look-alikes, "
        f"{int(ordinary.sum())} ordinary KB questions; threshold {threshold:.2f}"
    )
    print("out of set (each set scored by a model trained without it):")
    print(f"  {'':22}{'recall':>8}{'look-alike alarms':>20}{'ordinary alarms':>18}")
    for name, flags in (("model alone", flagged), ("patterns alone*", patterns), ("both", both)):
        print(
            f"  {name:22}{flags[y].mean():8.3f}{flags[look_alike].mean():20.3f}"
            f"{flags[ordinary].mean():18.4f}"
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
