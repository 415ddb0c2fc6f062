"""Answer quality on an evaluation set, beside a naive RapidFuzz baseline.

    python -m benchmarks.quality [--eval ../shared/eval/dev.jsonl] [--verbose]

Scoring follows shared/eval/README.md: for "answer" items, correct = status "answer", every
expect group found in the answer text, reply language = lang; wrong = status "answer"
otherwise; clarify and miss apart. For "oos" items, rejected = any status but "answer".
The bot is scored on the very record `migrabot ask --json -` prints for each question.
The baseline is `rapidfuzz.process.extractOne` with WRatio over the same phrasings, no
normalization, answering with the best phrasing's entry in that phrasing's language when
its score reaches 80 (and "none" below).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

from bot.cli import reply_record
from handlers.views import html_to_text
from knowledge.content import load_bundled
from knowledge.search import KnowledgeBase

DEFAULT_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev.jsonl"
BASELINE_CUTOFF = 80
_SEPARATORS = re.compile(r"[\s,.\u00a0\u202f\u2009]")


def _contains(answer: str, token: str) -> bool:
    if any(ch.isdigit() for ch in token):
        return _SEPARATORS.sub("", token.lower()) in _SEPARATORS.sub("", answer.lower())
    return token.lower() in answer.lower()


def outcome(item: dict, record: dict) -> str:
    if item["kind"] == "oos":
        return "rejected" if record["status"] != "answer" else "oos_answered"
    if record["status"] == "clarify":
        return "clarify"
    if record["status"] != "answer":
        return "miss"
    found = all(any(_contains(record["answer"], t) for t in group) for group in item["expect"])
    language = item["lang"] in ("any", record["language"])
    return "correct" if found and language else "wrong"


@dataclass
class Scores:
    counts: Counter
    answerable: int
    out_of_scope: int

    def rate(self, key: str) -> float:
        if key == "rejected":
            return self.counts[key] / self.out_of_scope if self.out_of_scope else float("nan")
        return self.counts[key] / self.answerable if self.answerable else float("nan")


def score(items: list[dict], records: list[dict]) -> Scores:
    counts = Counter(outcome(i, r) for i, r in zip(items, records, strict=True))
    return Scores(
        counts,
        answerable=sum(1 for i in items if i["kind"] == "answer"),
        out_of_scope=sum(1 for i in items if i["kind"] == "oos"),
    )


class Baseline:
    """extractOne + WRatio over every phrasing, raw text, one cutoff."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.choices: list[str] = []
        self.owners: list[tuple[str, str]] = []
        for entry in kb.published():
            for lang, tr in entry.translations.items():
                for phrasing in (tr.question, *tr.alternates):
                    self.choices.append(phrasing)
                    self.owners.append((entry.id, lang))

    def record(self, question: str) -> dict:
        best = process.extractOne(question, self.choices, scorer=fuzz.WRatio)
        if best is None or best[1] < BASELINE_CUTOFF:
            return {"status": "none", "language": "az", "answer": "", "entry_id": None}
        entry_id, lang = self.owners[best[2]]
        answer = html_to_text(self.kb.render_answer(self.kb.entries[entry_id], lang))
        return {"status": "answer", "language": lang, "answer": answer, "entry_id": entry_id}


ROWS = (
    ("accuracy", "correct"),
    ("wrong-answer rate", "wrong"),
    ("clarify", "clarify"),
    ("miss", "miss"),
    ("out-of-scope rejected", "rejected"),
)


def report(items: list[dict], bot: list[dict], baseline: list[dict]) -> str:
    groups = [("overall", lambda i: True)] + [
        (lang, lambda i, lang=lang: i["lang"] == lang) for lang in ("az", "ru", "en")
    ]
    lines = [f"{'':24}{'':10}{'bot':>8}{'baseline':>10}"]
    for name, keep in groups:
        chosen = [k for k, i in enumerate(items) if keep(i)]
        sub = [items[k] for k in chosen]
        ours = score(sub, [bot[k] for k in chosen])
        theirs = score(sub, [baseline[k] for k in chosen])
        lines.append(f"{name} ({ours.answerable} answerable, {ours.out_of_scope} out of scope)")
        for label, key in ROWS:
            lines.append(f"  {label:32}{ours.rate(key):8.3f}{theirs.rate(key):10.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--verbose", action="store_true", help="list every miss and error")
    args = parser.parse_args(argv)
    if not args.eval.is_file():
        print(f"evaluation set not found: {args.eval}", file=sys.stderr)
        return 2
    items = [
        json.loads(line)
        for line in args.eval.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    loaded, tables = load_bundled()
    if not loaded.ok:
        print("\n".join(str(p) for p in loaded.problems), file=sys.stderr)
        return 1
    kb = KnowledgeBase([entry for _, entry in loaded.entries], tables)
    baseline = Baseline(kb)
    bot_records = [reply_record(i["q"], kb.answer(i["q"]), tables.directory) for i in items]
    base_records = [baseline.record(i["q"]) for i in items]
    print(f"Quality on {args.eval.name}: {len(items)} questions, KB of {len(kb.entries)} entries")
    print(report(items, bot_records, base_records))
    if args.verbose:
        for item, record in zip(items, bot_records, strict=True):
            result = outcome(item, record)
            if result not in ("correct", "rejected"):
                print(
                    f"{item['id']} {item['topic']} → {result} {record['entry_id']} "
                    f"{record['score']}: {item['q']}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
