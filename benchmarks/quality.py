"""Answer quality on question sets and danger sets, and on held-out phrasings of the KB.

    python -m benchmarks.quality [--eval FILE [FILE ...]] [--verbose]
    python -m benchmarks.quality --heldout [K] [--verbose]
    python -m benchmarks.quality --sweep [--heldout K] [--thresholds ...] [--margins ...]
                                 [--oos-margins ...]

Sets: by default every benchmarks/data/*.jsonl (the in-repo blind sets); with --eval the files
given (e.g. ../shared/eval/dev.jsonl ../shared/eval/dev2.jsonl). A set whose items carry a
"danger" key is a danger set, any other a question set (format: shared/eval/README.md).

Question sets are scored as shared/eval/README.md says: for "answer" items, correct = status
"answer", every expect group found in the answer text, reply language = lang; wrong = status
"answer" otherwise; clarify and miss apart. For "oos" items, rejected = any status but
"answer". Strict entry accuracy: status "answer" with the very entry the item's topic names.
Harm: share of ALL messages (answerable and out of scope) that got status "answer" and were
wrong or out of scope. The bot is scored on the record `migrabot ask --json -` prints for each
question (bot.cli.reply_record). The baseline column is `rapidfuzz.process.extractOne` with
WRatio over the same phrasings, no normalization, answering with the best phrasing's entry in
that phrasing's language when its score reaches 80 (and "none" below).

Danger sets: recall (danger true flagged) and false alarms (danger false flagged); the flag
is the record's "danger" key, or knowledge.answering.safety.shows_danger while the record has none.

--heldout K: K-fold over the KB's own phrasings. An entry's phrasings in a language are its
question (index 0, always kept) and its alternates (1, 2, ...); fold f removes every phrasing
whose index % K == f from every entry and every out-of-scope topic, builds a KnowledgeBase
from what is left and asks each removed phrasing: an entry's must be answered with that
entry, an out-of-scope one must not be answered. --sweep runs the same folds for a grid of
answer_threshold × answer_margin × out_of_scope_margin: thresholds are chosen on phrasings
they are not scored on, never on the question sets.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import itertools
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from rapidfuzz import fuzz, process

from bot.cli import match_fields, reply_record
from handlers.kit.views import html_to_text
from knowledge.answering.matching import MatcherConfig
from knowledge.answering.normalize import normalize
from knowledge.answering.safety import shows_danger
from knowledge.answering.search import KnowledgeBase, Reply
from knowledge.kb.entries import Entry
from knowledge.kb.files import Tables, load_bundled

BENCHMARKS_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCHMARKS_DIR.parent
DATA_DIR = BENCHMARKS_DIR / "data"  # the in-repo blind sets
BASELINE_CUTOFF = 80
LANGS = ("az", "ru", "en")
ITEM_LANGS = (*LANGS, "any")
NO_STYLE = "—"
DEFAULT_K = 5
# Score bands of the reliability table: [low, high), the last one closed.
BANDS = ((0.25, 0.40), (0.40, 0.50), (0.50, 0.60), (0.60, 0.75), (0.75, 1.0))
_SEPARATORS = re.compile(r"[\s,.\u00a0\u202f\u2009]")

Item = dict
Record = dict
OutcomeFn = Callable[[Item, Record], str]


# --- scoring ----------------------------------------------------------------------------------


def _contains(answer: str, token: str) -> bool:
    if any(ch.isdigit() for ch in token):
        return _SEPARATORS.sub("", token.lower()) in _SEPARATORS.sub("", answer.lower())
    return token.lower() in answer.lower()


def _unanswered_outcome(item: Item, record: Record) -> str | None:
    """The outcome of anything but an answer to an answerable item (None for those)."""
    if item["kind"] == "oos":
        return "rejected" if record["status"] != "answer" else "oos_answered"
    if record["status"] == "clarify":
        return "clarify"
    if record["status"] != "answer":
        return "miss"
    return None


def outcome(item: Item, record: Record) -> str:
    """correct | wrong | clarify | miss for answer items; rejected | oos_answered for oos."""
    if (early := _unanswered_outcome(item, record)) is not None:
        return early
    found = all(any(_contains(record["answer"], t) for t in group) for group in item["expect"])
    language = item["lang"] in ("any", record["language"])
    return "correct" if found and language else "wrong"


def entry_outcome(item: Item, record: Record) -> str:
    """Held-out phrasings: correct means the very entry (there are no expect tokens)."""
    if (early := _unanswered_outcome(item, record)) is not None:
        return early
    return "correct" if record["entry_id"] == item["topic"] else "wrong"


def strict_hit(item: Item, record: Record) -> bool:
    return (
        item["kind"] == "answer"
        and record["status"] == "answer"
        and record.get("entry_id") == item["topic"]
    )


def first_suggestion_right(item: Item, record: Record) -> bool:
    suggestions = record.get("suggestions") or ()
    return (
        item["kind"] == "answer"
        and bool(suggestions)
        and (suggestions[0]["entry_id"] == item["topic"])
    )


@dataclass
class Scores:
    counts: Counter
    answerable: int
    out_of_scope: int
    strict: int = 0
    clarify_first_right: int = 0
    other_language: int = 0  # right entry, reply in another language than the item's

    @property
    def total(self) -> int:
        return self.answerable + self.out_of_scope

    def rate(self, key: str) -> float | None:
        """A share, or None when its denominator is empty."""
        if key == "rejected":
            return _share(self.counts["rejected"], self.out_of_scope)
        if key == "harm":
            return _share(self.counts["wrong"] + self.counts["oos_answered"], self.total)
        if key == "strict":
            return _share(self.strict, self.answerable)
        if key == "clarify_first":
            return _share(self.clarify_first_right, self.counts["clarify"])
        if key == "other_language":
            return _share(self.other_language, self.answerable)
        return _share(self.counts[key], self.answerable)


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def score(items: Sequence[Item], records: Sequence[Record], judge: OutcomeFn = outcome) -> Scores:
    counts: Counter = Counter()
    strict = first_right = other_language = 0
    for item, record in zip(items, records, strict=True):
        result = judge(item, record)
        counts[result] += 1
        strict += strict_hit(item, record)
        if result == "clarify":
            first_right += first_suggestion_right(item, record)
        if strict_hit(item, record) and item["lang"] not in ("any", record.get("language")):
            other_language += 1
    return Scores(
        counts,
        answerable=sum(1 for i in items if i["kind"] == "answer"),
        out_of_scope=sum(1 for i in items if i["kind"] == "oos"),
        strict=strict,
        clarify_first_right=first_right,
        other_language=other_language,
    )


def band_of(value: float) -> int | None:
    """Index into BANDS, or None below the first band."""
    for number, (low, high) in enumerate(BANDS):
        last = number == len(BANDS) - 1
        if low <= value < high or (last and value >= low):
            return number
    return None


def _band_label(number: int | None) -> str:
    if number is None:
        return f"< {BANDS[0][0]:.2f}"
    low, high = BANDS[number]
    closing = "]" if number == len(BANDS) - 1 else ")"
    return f"[{low:.2f}, {high:.2f}{closing}"


def reliability(
    items: Sequence[Item], records: Sequence[Record], judge: OutcomeFn = outcome
) -> str:
    """Score band → answered and how many of them were right; clarify → first suggestion."""
    answered: Counter = Counter()
    right: Counter = Counter()
    clarified: Counter = Counter()
    first: Counter = Counter()
    for item, record in zip(items, records, strict=True):
        band = band_of(float(record.get("score") or 0.0))
        if record["status"] == "answer":
            answered[band] += 1
            right[band] += judge(item, record) == "correct"
        elif record["status"] == "clarify" and item["kind"] == "answer":
            clarified[band] += 1
            first[band] += first_suggestion_right(item, record)
    bands: list[int | None] = [None, *range(len(BANDS))]
    rows = []
    for band in bands:
        if band is None and not (answered[band] or clarified[band]):
            continue
        rows.append(
            [
                _band_label(band),
                str(answered[band]),
                _fmt(_share(right[band], answered[band])),
                str(clarified[band]),
                _fmt(_share(first[band], clarified[band])),
            ]
        )
    rows.append(
        [
            "all",
            str(sum(answered.values())),
            _fmt(_share(sum(right.values()), sum(answered.values()))),
            str(sum(clarified.values())),
            _fmt(_share(sum(first.values()), sum(clarified.values()))),
        ]
    )
    header = ["score band", "answered", "correct", "clarify", "1st sugg. right"]
    return _table(header, rows, first_width=16, width=16)


# --- tables -----------------------------------------------------------------------------------


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _table(header: Sequence[str], rows: Iterable[Sequence[str]], first_width=26, width=9) -> str:
    def line(cells: Sequence[str]) -> str:
        # A space before every cell: a wide one ("7393/1470") must not run into its neighbour.
        return f"  {cells[0]:<{first_width}}" + "".join(f" {c:>{width - 1}}" for c in cells[1:])

    return "\n".join([line(header), *(line(r) for r in rows)])


QUESTION_ROWS = (
    ("accuracy", "correct"),
    ("strict entry accuracy", "strict"),
    ("wrong-answer rate", "wrong"),
    ("clarify", "clarify"),
    ("miss", "miss"),
    ("out-of-scope rejected", "rejected"),
    ("harm (all messages)", "harm"),
)
HELDOUT_ROWS = (
    ("accuracy (right entry)", "correct"),
    ("wrong-answer rate", "wrong"),
    ("clarify", "clarify"),
    ("  1st suggestion right", "clarify_first"),
    ("miss", "miss"),
    ("out-of-scope rejected", "rejected"),
    ("harm (all messages)", "harm"),
    ("right entry, other language", "other_language"),
)


def _subset(items, records, keep):
    chosen = [k for k, item in enumerate(items) if keep(item)]
    return [items[k] for k in chosen], [records[k] for k in chosen]


def language_table(
    items: Sequence[Item],
    records: Sequence[Record],
    rows: Sequence[tuple[str, str]] = QUESTION_ROWS,
    judge: OutcomeFn = outcome,
    langs: Sequence[str] = ITEM_LANGS,
    baseline: Sequence[Record] | None = None,
) -> str:
    """Rows of figures; columns overall, [baseline,] then one per item language."""
    columns: list[tuple[str, Scores]] = [("overall", score(items, records, judge))]
    if baseline is not None:
        columns.append(("baseline", score(items, baseline, judge)))
    for lang in langs:
        sub_items, sub_records = _subset(items, records, lambda i, lang=lang: i["lang"] == lang)
        columns.append((lang, score(sub_items, sub_records, judge)))
    body = [["answerable / oos", *(f"{s.answerable}/{s.out_of_scope}" for _, s in columns)]]
    body += [[label, *(_fmt(s.rate(key)) for _, s in columns)] for label, key in rows]
    return _table(["", *(name for name, _ in columns)], body)


def style_table(items: Sequence[Item], records: Sequence[Record]) -> str:
    styles = sorted({i.get("style") or NO_STYLE for i in items}, key=lambda s: (s == NO_STYLE, s))
    body = []
    for style in styles:
        sub_items, sub_records = _subset(
            items, records, lambda i, s=style: (i.get("style") or NO_STYLE) == s
        )
        scores = score(sub_items, sub_records)
        body.append(
            [style, str(len(sub_items)), *(_fmt(scores.rate(k)) for _, k in QUESTION_ROWS)]
        )
    header = ["style", "n", "acc", "strict", "wrong", "clarify", "miss", "oos rej", "harm"]
    return _table(header, body, first_width=16, width=8)


# --- the bot, the baseline, danger ------------------------------------------------------------


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

    def record(self, question: str) -> Record:
        best = process.extractOne(question, self.choices, scorer=fuzz.WRatio)
        if best is None or best[1] < BASELINE_CUTOFF:
            return {
                "status": "none",
                "language": "az",
                "answer": "",
                "entry_id": None,
                "score": 0.0,
                "suggestions": [],
            }
        entry_id, lang = self.owners[best[2]]
        answer = html_to_text(self.kb.render_answer(self.kb.entries[entry_id], lang))
        return {
            "status": "answer",
            "language": lang,
            "answer": answer,
            "entry_id": entry_id,
            "score": best[1] / 100,
            "suggestions": [],
        }


def bot_records(kb: KnowledgeBase, questions: Iterable[str]) -> list[Record]:
    return [reply_record(q, kb.answer(q), kb.tables.directory) for q in questions]


def danger_flag(question: str, record: Record) -> bool:
    """The record's own flag once `ask --json` has one; the safety rule until then."""
    if "danger" in record:
        return bool(record["danger"])
    return shows_danger(question)


def danger_table(items: Sequence[Item], flags: Sequence[bool]) -> str:
    columns = [("overall", lambda i: True)] + [
        (lang, lambda i, lang=lang: i["lang"] == lang) for lang in LANGS
    ]
    counts, recall, alarms = [], [], []
    for _, keep in columns:
        pairs = [(bool(i["danger"]), f) for i, f in zip(items, flags, strict=True) if keep(i)]
        dangerous = [f for d, f in pairs if d]
        harmless = [f for d, f in pairs if not d]
        counts.append(f"{len(dangerous)}/{len(harmless)}")
        recall.append(_fmt(_share(sum(dangerous), len(dangerous))))
        alarms.append(_fmt(_share(sum(harmless), len(harmless))))
    return _table(
        ["", *(name for name, _ in columns)],
        [
            ["danger / not danger", *counts],
            ["recall (danger flagged)", *recall],
            ["false alarms", *alarms],
        ],
    )


# --- sets -------------------------------------------------------------------------------------


class SetError(Exception):
    """A set that cannot be read; the message names the file."""


QUESTION_KEYS = ("id", "q", "lang", "topic", "kind", "expect")
DANGER_KEYS = ("id", "q", "lang", "danger")


def load_items(path: Path) -> list[Item]:
    if not path.is_file():
        raise SetError(f"evaluation set not found: {path}")
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SetError(f"{path}:{number}: not JSON ({exc.msg})") from exc
        if not isinstance(item, dict):
            raise SetError(f"{path}:{number}: not a JSON object")
        items.append(item)
    if not items:
        raise SetError(f"evaluation set is empty: {path}")
    keys = DANGER_KEYS if is_danger_set(items) else QUESTION_KEYS
    for item in items:
        missing = [k for k in keys if k not in item]
        if missing:
            raise SetError(f"{path}: item {item.get('id', '?')} lacks {', '.join(missing)}")
    return items


def is_danger_set(items: Sequence[Item]) -> bool:
    return any("danger" in item for item in items)


def default_sets() -> list[Path]:
    return sorted(DATA_DIR.glob("*.jsonl"))


def is_blind(path: Path) -> bool:
    """An in-repo held-out set: its items are not to be read one by one."""
    return path.resolve().parent == DATA_DIR


def load_kb() -> tuple[list[Entry], Tables]:
    loaded, tables = load_bundled()
    if not loaded.ok:
        raise SetError("the bundled KB does not load:\n" + "\n".join(map(str, loaded.problems)))
    return [entry for _, entry in loaded.entries], tables


def build_kb(
    entries: Iterable[Entry], tables: Tables, config: MatcherConfig | None = None
) -> KnowledgeBase:
    """The one place benchmarks make a KnowledgeBase: the matcher config is pluggable."""
    return KnowledgeBase(entries, tables, config)


def run_sets(paths: Sequence[Path], verbose: bool) -> int:
    sets = [(path, load_items(path)) for path in paths]  # every file read before any work
    entries, tables = load_kb()
    kb = build_kb(entries, tables)
    baseline = Baseline(kb)
    print(f"KB: {len(kb.entries)} entries; {len(sets)} set(s)")
    all_items: list[Item] = []
    all_records: list[Record] = []
    all_baseline: list[Record] = []
    question_sets = 0
    if verbose:
        print(
            "warning: held-out sets (benchmarks/data) should not be read item by item; "
            "--verbose lists items of development sets only"
        )
    for path, items in sets:
        records = bot_records(kb, (i["q"] for i in items))
        if is_danger_set(items):
            flags = [danger_flag(i["q"], r) for i, r in zip(items, records, strict=True)]
            source = (
                "the record's 'danger' key"
                if records and "danger" in records[0]
                else "knowledge.answering.safety.shows_danger (the record has no 'danger' key yet)"
            )
            print(f"\n== {path.name}: danger set, {len(items)} messages; flag: {source}")
            print(danger_table(items, flags))
            if verbose:
                _list_danger(path, items, flags)
            continue
        question_sets += 1
        base = [baseline.record(i["q"]) for i in items]
        all_items += items
        all_records += records
        all_baseline += base
        _print_question_set(path.name, items, records, base)
        if verbose:
            _list_questions(path, items, records)
    if question_sets > 1:
        _print_question_set("combined", all_items, all_records, all_baseline)
    if all_items:
        print("\nreliability, all question items (bot)")
        print(reliability(all_items, all_records))
    return 0


def _print_question_set(name, items, records, base) -> None:
    scores = score(items, records)
    print(
        f"\n== {name}: {len(items)} questions ({scores.answerable} answerable, "
        f"{scores.out_of_scope} out of scope)"
    )
    print(language_table(items, records, baseline=base))
    print(style_table(items, records))


def _list_questions(path, items, records) -> None:
    if is_blind(path):
        print(f"(not listing the items of held-out set {path.name})")
        return
    for item, record in zip(items, records, strict=True):
        result = outcome(item, record)
        if result not in ("correct", "rejected"):
            print(
                f"  {item['id']} {item['topic']} → {result} {record['entry_id']} "
                f"{record['score']}: {item['q']}"
            )


def _list_danger(path, items, flags) -> None:
    if is_blind(path):
        print(f"(not listing the items of held-out set {path.name})")
        return
    for item, flag in zip(items, flags, strict=True):
        if bool(item["danger"]) != flag:
            kind = "missed" if item["danger"] else "false alarm"
            print(f"  {item['id']} {item['lang']} → {kind}: {item['q']}")


# --- held-out phrasings -----------------------------------------------------------------------


def _kept(phrasings: Sequence[str], k: int, fold: int) -> tuple[tuple[str, ...], list[str]]:
    """(kept, removed): index 0 is always kept, index i ≥ 1 is removed when i % k == fold."""
    kept = [p for i, p in enumerate(phrasings) if i == 0 or i % k != fold]
    removed = [p for i, p in enumerate(phrasings) if i > 0 and i % k == fold]
    return tuple(kept), removed


def fold_split(
    entries: Sequence[Entry], tables: Tables, k: int, fold: int
) -> tuple[list[Entry], Tables, list[Item]]:
    """The KB content without fold ``fold``'s phrasings, and those phrasings as items."""
    kept_entries: list[Entry] = []
    probes: list[Item] = []
    for entry in entries:
        if not entry.live:
            kept_entries.append(entry)
            continue
        translations = {}
        for lang, tr in entry.translations.items():
            kept, removed = _kept((tr.question, *tr.alternates), k, fold)
            translations[lang] = replace(tr, alternates=kept[1:])
            probes += [
                {
                    "id": f"{entry.id}/{lang}",
                    "q": q,
                    "lang": lang,
                    "topic": entry.id,
                    "kind": "answer",
                }
                for q in removed
            ]
        kept_entries.append(replace(entry, translations=translations))
    out_of_scope = {}
    for topic, by_lang in tables.out_of_scope.items():
        out_of_scope[topic] = {}
        for lang, phrasings in by_lang.items():
            kept, removed = _kept(tuple(phrasings), k, fold)
            out_of_scope[topic][lang] = kept
            probes += [
                {"id": f"oos:{topic}/{lang}", "q": q, "lang": lang, "topic": "oos", "kind": "oos"}
                for q in removed
            ]
    return kept_entries, replace(tables, out_of_scope=out_of_scope), probes


def brief_record(question: str, reply: Reply) -> Record:
    """The fields of the `ask --json` record that held-out scoring reads (no rendering)."""
    return {
        **match_fields(question, reply),
        "suggestions": [{"entry_id": e.id} for e in reply.suggestions],
    }


@dataclass
class HeldOut:
    items: list[Item]
    records: list[Record]
    leaked: int  # probes whose folded text is still indexed (a duplicate phrasing)
    seconds: float


def held_out(
    entries: Sequence[Entry], tables: Tables, k: int, config: MatcherConfig | None = None
) -> HeldOut:
    if k < 2:
        raise ValueError("--heldout needs K ≥ 2")
    started = time.perf_counter()
    items: list[Item] = []
    records: list[Record] = []
    leaked = 0
    for fold in range(k):
        fold_entries, fold_tables, probes = fold_split(entries, tables, k, fold)
        kb = build_kb(fold_entries, fold_tables, config)
        indexed = {
            normalize(p)
            for e in fold_entries
            if e.live
            for tr in e.translations.values()
            for p in (tr.question, *tr.alternates)
        } | {
            normalize(p)
            for by_lang in fold_tables.out_of_scope.values()
            for ps in by_lang.values()
            for p in ps
        }
        for probe in probes:
            leaked += normalize(probe["q"]) in indexed
            items.append(probe)
            records.append(brief_record(probe["q"], kb.answer(probe["q"])))
    return HeldOut(items, records, leaked, time.perf_counter() - started)


def run_held_out(k: int, verbose: bool) -> int:
    entries, tables = load_kb()
    result = held_out(entries, tables, k)
    answerable = sum(1 for i in result.items if i["kind"] == "answer")
    print(
        f"Held-out phrasings, {k} folds: {answerable} entry phrasings and "
        f"{len(result.items) - answerable} out-of-scope phrasings asked, each against a KB "
        f"built without it ({result.seconds:.1f} s); {result.leaked} of them are duplicates of "
        "a phrasing still indexed"
    )
    if shipped_calibration(tables) is not None:
        print(
            "note: the KB decides with the calibration of knowledge/data/calibration.yaml, fitted "
            "by benchmarks.calibrate on held-out phrasings of this KB and not refitted per fold "
            "here: for the calibration's part these figures are in-sample"
        )
    print(language_table(result.items, result.records, HELDOUT_ROWS, entry_outcome, LANGS))
    print("\nreliability (held-out phrasings)")
    print(reliability(result.items, result.records, entry_outcome))
    if verbose:
        for item, record in zip(result.items, result.records, strict=True):
            got = entry_outcome(item, record)
            if got not in ("correct", "rejected"):
                print(
                    f"  {item['id']} → {got} {record['entry_id']} {record['score']}: {item['q']}"
                )
    return 0


# The shipped default (0.40, 0.03, 0.02) is one of the points.
SWEEP_THRESHOLDS = (0.40, 0.45, 0.50)
SWEEP_MARGINS = (0.03, 0.05, 0.08)
SWEEP_OOS_MARGINS = (0.02, 0.04, 0.06)


def sweep_configs(
    thresholds: Sequence[float], margins: Sequence[float], oos_margins: Sequence[float]
) -> list[MatcherConfig]:
    base = MatcherConfig()
    return [
        replace(base, answer_threshold=t, answer_margin=m, out_of_scope_margin=o)
        for t, m, o in itertools.product(thresholds, margins, oos_margins)
    ]


@functools.cache
def _cached_kb() -> tuple[list[Entry], Tables]:
    return load_kb()


def shipped_calibration(tables: Tables) -> object | None:
    """The confidence model the KB decides with, when there is one (data/calibration.yaml)."""
    return getattr(tables, "calibration", None)


def without_calibration(tables: Tables) -> Tables:
    """The tables with no confidence model: the raw thresholds of MatcherConfig decide."""
    if shipped_calibration(tables) is None:
        return tables
    return replace(tables, calibration=None)


def _sweep_point(k: int, config: MatcherConfig | None, raw: bool = True) -> Scores:
    """One configuration over all folds (run in a worker process when --jobs > 1)."""
    entries, tables = _cached_kb()
    result = held_out(entries, without_calibration(tables) if raw else tables, k, config)
    return score(result.items, result.records, entry_outcome)


def _sweep_row(name: str, scores: Scores) -> str:
    cells = [_fmt(scores.rate(key)) for key in ("correct", "wrong", "clarify", "miss")]
    cells += [_fmt(scores.rate("rejected")), _fmt(scores.rate("harm"))]
    return f"  {name:<26}" + "".join(f"{c:>8}" for c in cells)


def run_sweep(k: int, configs: Sequence[MatcherConfig], jobs: int = 1) -> int:
    _, tables = _cached_kb()  # a KB that does not load fails here, not in a worker
    calibrated = shipped_calibration(tables) is not None
    default = MatcherConfig()
    started = time.perf_counter()
    print(
        f"Sweep on held-out phrasings ({k} folds), {len(configs)} configurations, "
        f"{jobs} process(es); * = the default MatcherConfig"
    )
    if calibrated:
        print(
            "note: the KB ships a calibration (knowledge/data/calibration.yaml): its answer and "
            "clarify probabilities decide, and answer_threshold / answer_margin act only "
            "without it. The grid below is the matcher with the calibration removed; the "
            "first row is the shipped, calibrated decision (benchmarks.calibrate chooses its "
            "probabilities)."
        )
    header = ["threshold  margin  oos m.", "acc", "wrong", "clarify", "miss", "oos rej", "harm"]
    print(_table(header, [], first_width=26, width=8))
    rows: list[tuple[MatcherConfig, Scores]] = []
    with contextlib.ExitStack() as stack:
        if jobs > 1:
            pool = stack.enter_context(ProcessPoolExecutor(max_workers=jobs))
            results = pool.map(_sweep_point, itertools.repeat(k), configs)
            shipped = pool.submit(_sweep_point, k, None, False) if calibrated else None
            shipped_scores = shipped.result() if shipped else None
        else:
            results = map(_sweep_point, itertools.repeat(k), configs)
            shipped_scores = _sweep_point(k, None, False) if calibrated else None
        if shipped_scores is not None:
            print(_sweep_row("shipped (calibrated)", shipped_scores), flush=True)
        for config, scores in zip(configs, results, strict=True):
            rows.append((config, scores))
            mark = "*" if _same_decision(config, default) else " "
            name = (
                f"{mark}{config.answer_threshold:8.2f}{config.answer_margin:8.3f}"
                f"{config.out_of_scope_margin:8.3f}"
            )
            print(_sweep_row(name, scores), flush=True)
    for line in sweep_summary(rows, default):
        print(line)
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


def _name(config: MatcherConfig) -> str:
    return (
        f"{config.answer_threshold:.2f}/{config.answer_margin:.3f}/"
        f"{config.out_of_scope_margin:.3f}"
    )


def sweep_summary(
    rows: Sequence[tuple[MatcherConfig, Scores]], default: MatcherConfig
) -> list[str]:
    """The two picks a person choosing thresholds asks for, beside the default."""
    figures = [(c, s.rate("correct") or 0.0, s.rate("harm") or 0.0) for c, s in rows]
    lines = [f"not dominated (accuracy up, harm down): {len(pareto(rows))} of {len(rows)}"]
    base = next((f for f in figures if _same_decision(f[0], default)), None)
    if base is None:
        return lines
    _, base_acc, base_harm = base
    close = [f for f in figures if f[1] >= base_acc - 0.01]
    safer = [f for f in figures if f[2] <= base_harm]
    for label, pool, key in (
        ("least harm, accuracy within 0.01 of the default's", close, lambda f: (f[2], -f[1])),
        ("best accuracy, harm at most the default's", safer, lambda f: (-f[1], f[2])),
    ):
        config, acc, harm = min(pool, key=key)
        lines.append(f"{label}: {_name(config)} (accuracy {acc:.3f}, harm {harm:.3f})")
    lines.append(
        f"default {_name(default)}: accuracy {base_acc:.3f}, harm {base_harm:.3f} "
        "(threshold/margin/oos margin)"
    )
    return lines


def _same_decision(a: MatcherConfig, b: MatcherConfig) -> bool:
    return (a.answer_threshold, a.answer_margin, a.out_of_scope_margin) == (
        b.answer_threshold,
        b.answer_margin,
        b.out_of_scope_margin,
    )


def pareto(rows: Sequence[tuple[MatcherConfig, Scores]]) -> list[MatcherConfig]:
    """Configs no other beats on both accuracy (higher) and harm (lower)."""
    figures = [(c, s.rate("correct") or 0.0, s.rate("harm") or 0.0) for c, s in rows]
    return [
        c
        for c, acc, harm in figures
        if not any((a >= acc and h <= harm) and (a > acc or h < harm) for _, a, h in figures)
    ]


# --- command line -----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--eval", type=Path, nargs="+", metavar="FILE", help="sets to run (default: %(default)s)"
    )
    parser.add_argument("--verbose", action="store_true", help="list every non-correct item")
    parser.add_argument(
        "--heldout",
        type=int,
        nargs="?",
        const=DEFAULT_K,
        metavar="K",
        help=f"K-fold over the KB's own phrasings (default K={DEFAULT_K})",
    )
    parser.add_argument(
        "--sweep", action="store_true", help="held-out folds for a grid of decision thresholds"
    )
    parser.add_argument("--thresholds", type=float, nargs="+", default=SWEEP_THRESHOLDS)
    parser.add_argument("--margins", type=float, nargs="+", default=SWEEP_MARGINS)
    parser.add_argument("--oos-margins", type=float, nargs="+", default=SWEEP_OOS_MARGINS)
    parser.add_argument(
        "--jobs",
        type=int,
        default=min(4, os.cpu_count() or 1),
        help="processes for --sweep (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    try:
        if args.sweep or args.heldout is not None:
            k = args.heldout if args.heldout is not None else DEFAULT_K
            if k < 2:
                print("--heldout needs K ≥ 2", file=sys.stderr)
                return 2
            if args.sweep:
                configs = sweep_configs(args.thresholds, args.margins, args.oos_margins)
                return run_sweep(k, configs, max(1, args.jobs))
            return run_held_out(k, args.verbose)
        paths = args.eval or default_sets()
        if not paths:
            print(
                f"no evaluation sets in {DATA_DIR} (*.jsonl); give some with --eval FILE ...",
                file=sys.stderr,
            )
            return 2
        missing = [p for p in paths if not p.is_file()]
        if missing:
            for path in missing:
                print(f"evaluation set not found: {path}", file=sys.stderr)
            return 2
        return run_sets(paths, args.verbose)
    except SetError as exc:
        print(exc, file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
