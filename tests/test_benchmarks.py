"""The benchmark scripts score what they claim to score (no figures of the real sets here)."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import replace

import pytest

from benchmarks import latency, quality
from knowledge.answering.matching import MatcherConfig
from knowledge.answering.safety import shows_danger


def _answer_item(topic="wp.fees", lang="en", expect=(("600",),), **extra):
    return {
        "id": f"t-{topic}",
        "q": "q",
        "lang": lang,
        "topic": topic,
        "kind": "answer",
        "expect": [list(g) for g in expect],
        **extra,
    }


def _oos_item(**extra):
    return {"id": "t-oos", "q": "q", "lang": "en", "topic": "oos", "kind": "oos", "expect": []}


def _record(status="answer", entry_id="wp.fees", answer="It costs 600 AZN", language="en"):
    return {
        "status": status,
        "entry_id": entry_id if status == "answer" else None,
        "answer": answer,
        "language": language,
        "score": 0.8,
        "suggestions": [],
    }


def _write(path, items):
    path.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n", "utf-8")
    return path


def test_harm_counts_answered_out_of_scope_and_wrong_answers_over_all_messages():
    items = [_answer_item(), _answer_item(), _oos_item(), _oos_item()]
    records = [
        _record(),  # correct
        _record(answer="It is free"),  # wrong: expect token missing
        _record(entry_id="reg.fee"),  # out of scope, answered
        _record(status="none"),  # out of scope, rejected
    ]
    scores = quality.score(items, records)
    assert scores.counts == Counter(correct=1, wrong=1, oos_answered=1, rejected=1)
    assert scores.rate("harm") == pytest.approx(2 / 4)
    assert scores.rate("wrong") == pytest.approx(1 / 2)
    assert scores.rate("rejected") == pytest.approx(1 / 2)


def test_clarify_and_miss_do_no_harm():
    items = [_answer_item(), _oos_item()]
    records = [_record(status="clarify"), _record(status="clarify")]
    scores = quality.score(items, records)
    assert scores.rate("harm") == 0.0
    assert scores.rate("rejected") == 1.0


def test_strict_entry_accuracy_needs_the_topic_entry():
    item = _answer_item(topic="wp.fees")
    other_entry = _record(entry_id="wp.duration")  # right tokens, other entry
    assert quality.outcome(item, other_entry) == "correct"
    assert quality.score([item], [other_entry]).rate("strict") == 0.0
    assert quality.score([item], [_record(entry_id="wp.fees")]).rate("strict") == 1.0


def test_reply_in_another_language_is_wrong_unless_any():
    assert quality.outcome(_answer_item(lang="ru"), _record(language="en")) == "wrong"
    assert quality.outcome(_answer_item(lang="any"), _record(language="en")) == "correct"


def test_empty_denominators_read_as_a_dash_not_nan():
    scores = quality.score([_oos_item()], [_record(status="none")])
    assert scores.rate("correct") is None
    assert quality._fmt(scores.rate("correct")) == "—"


def test_score_bands():
    assert quality.band_of(0.2) is None
    assert quality.band_of(0.25) == 0
    assert quality.band_of(0.4) == 1
    assert quality.band_of(0.749) == 3
    assert quality.band_of(0.75) == 4
    assert quality.band_of(1.0) == 4


def test_reliability_counts_answered_oos_as_not_correct_and_reads_first_suggestion():
    items = [_answer_item(), _oos_item(), _answer_item(topic="reg.fee")]
    clarify = _record(status="clarify")
    clarify["suggestions"] = [{"entry_id": "reg.fee"}, {"entry_id": "wp.fees"}]
    records = [_record(), _record(entry_id="reg.fee"), clarify]
    table = quality.reliability(items, records)
    last = table.splitlines()[-1].split()
    assert last == ["all", "2", "0.500", "1", "1.000"]


def test_danger_set_is_recognised_and_scored(tmp_path, capsys):
    danger = [
        {"id": "d1", "q": "the police detained my brother", "lang": "en", "danger": True},
        {"id": "d2", "q": "what size is a passport photo", "lang": "en", "danger": False},
    ]
    assert quality.is_danger_set(danger)
    assert not quality.is_danger_set([_answer_item()])
    path = _write(tmp_path / "danger.jsonl", danger)
    assert quality.main(["--eval", str(path)]) == 0
    out = capsys.readouterr().out
    assert "danger.jsonl: danger set, 2 messages" in out
    assert "recall (danger flagged)" in out
    assert "accuracy" not in out


def test_danger_table_figures():
    items = [
        {"lang": "az", "danger": True},
        {"lang": "az", "danger": True},
        {"lang": "ru", "danger": False},
        {"lang": "ru", "danger": False},
    ]
    table = quality.danger_table(items, [True, False, True, False]).splitlines()
    assert table[2].split()[-4:] == ["0.500", "0.500", "—", "—"]  # recall: overall, az, ru, en
    assert table[3].split()[-4:] == ["0.500", "—", "0.500", "—"]  # false alarms


def test_danger_flag_prefers_the_record_and_falls_back_to_the_safety_rule():
    assert quality.danger_flag("hello", {"danger": True}) is True
    assert quality.danger_flag("the police detained me", {"danger": False}) is False
    question = "the police detained me"
    assert quality.danger_flag(question, {}) == shows_danger(question)


def test_missing_set_exits_2_naming_it(tmp_path, capsys):
    missing = tmp_path / "nowhere.jsonl"
    assert quality.main(["--eval", str(missing)]) == 2
    assert "nowhere.jsonl" in capsys.readouterr().err


def test_no_default_sets_exits_2(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(quality, "DATA_DIR", tmp_path)
    assert quality.main([]) == 2
    assert "no evaluation sets" in capsys.readouterr().err


def test_two_question_sets_get_a_combined_table_and_styles(tmp_path, kb, capsys):
    entry = kb.entries["con.call_centre"]
    question = entry.translations["en"].question
    first = _write(
        tmp_path / "a.jsonl",
        [_answer_item(topic="con.call_centre", expect=(("919",),), q=question, style="plain")],
    )
    second = _write(tmp_path / "b.jsonl", [{**_oos_item(), "q": "who won the football match"}])
    assert quality.main(["--eval", str(first), str(second)]) == 0
    out = capsys.readouterr().out
    assert "== a.jsonl" in out and "== b.jsonl" in out and "== combined" in out
    assert "strict entry accuracy" in out and "harm (all messages)" in out
    assert "  plain " in out and "  — " in out
    assert "reliability" in out


def test_verbose_does_not_list_items_of_in_repo_sets(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(quality, "DATA_DIR", tmp_path)
    secret = "zzqx unknowable question text"
    _write(tmp_path / "blind.jsonl", [_answer_item(q=secret)])
    assert quality.main(["--verbose"]) == 0
    out = capsys.readouterr().out
    assert "not listing" in out and "should not be read item by item" in out.replace("\n", " ")
    assert secret not in out


def test_folds_ask_every_alternate_once_and_keep_every_question(bundled):
    entries, tables = bundled
    k = 3
    asked: Counter = Counter()
    for fold in range(k):
        kept_entries, kept_tables, probes = quality.fold_split(entries, tables, k, fold)
        for before, after in zip(entries, kept_entries, strict=True):
            for lang, tr in after.translations.items():
                assert tr.question == before.translations[lang].question
                assert len(tr.alternates) < len(before.translations[lang].alternates)
        for topic, by_lang in kept_tables.out_of_scope.items():
            for lang, phrasings in by_lang.items():
                assert phrasings[0] == tables.out_of_scope[topic][lang][0]
        asked.update((p["topic"], p["lang"], p["q"]) for p in probes)
    expected = Counter(
        (e.id, lang, alt)
        for e in entries
        if e.live
        for lang, tr in e.translations.items()
        for alt in tr.alternates
    ) + Counter(
        ("oos", lang, p)
        for by_lang in tables.out_of_scope.values()
        for lang, ps in by_lang.items()
        for p in ps[1:]
    )
    assert asked == expected


@pytest.fixture
def small_kb(bundled, monkeypatch):
    """A tenth of the KB for the fold runs: the same code, a fraction of the questions."""
    entries, tables = bundled
    topics = dict(list(tables.out_of_scope.items())[:2])
    small = (entries[::10], replace(tables, out_of_scope=topics))
    monkeypatch.setattr(quality, "load_kb", lambda: small)
    quality._cached_kb.cache_clear()
    yield small
    quality._cached_kb.cache_clear()


def test_heldout_runs_and_prints_its_tables(small_kb, capsys):
    assert quality.main(["--heldout", "2"]) == 0
    out = capsys.readouterr().out
    assert "Held-out phrasings, 2 folds" in out
    for row in ("accuracy (right entry)", "1st suggestion right", "harm (all messages)"):
        assert row in out
    assert "[0.75, 1.00]" in out
    assert quality.main(["--heldout", "1"]) == 2


def test_sweep_marks_the_default_and_its_thresholds_act(small_kb, capsys):
    default = MatcherConfig()
    argv = ["--sweep", "--heldout", "2", "--jobs", "1"]
    argv += ["--thresholds", str(default.answer_threshold)]
    argv += ["--margins", str(default.answer_margin), "0.5"]
    argv += ["--oos-margins", str(default.out_of_scope_margin)]
    assert quality.main(argv) == 0
    out = capsys.readouterr().out
    grid = [line.split() for line in out.splitlines() if re.match(r"  [ *]\s+\d\.\d\d ", line)]
    assert len(grid) == 2
    assert grid[0][0] == "*" and grid[1][0] != "*"
    # A margin of 0.5 turns nearly every answer into a question back: fewer right answers.
    # (Equal figures would mean the thresholds did not act, e.g. a calibration left in.)
    accuracy = [float(row[-6]) for row in grid]
    assert accuracy[1] < accuracy[0]
    assert ("shipped (calibrated)" in out) == (
        quality.shipped_calibration(small_kb[1]) is not None
    )


def test_without_calibration_drops_only_the_calibration(bundled):
    _, tables = bundled
    raw = quality.without_calibration(tables)
    assert quality.shipped_calibration(raw) is None
    assert raw.out_of_scope == tables.out_of_scope


def test_entry_outcome_needs_the_entry():
    item = {"kind": "answer", "topic": "wp.fees", "lang": "en"}
    assert quality.entry_outcome(item, {"status": "answer", "entry_id": "wp.fees"}) == "correct"
    assert quality.entry_outcome(item, {"status": "answer", "entry_id": "reg.fee"}) == "wrong"


def test_pareto_keeps_only_undominated_configs():
    configs = quality.sweep_configs([0.3, 0.4, 0.5], [0.03], [0.02])
    scores = [
        quality.Scores(Counter(correct=8, wrong=2), 10, 0),  # acc .8 harm .2
        quality.Scores(Counter(correct=7, wrong=1), 10, 0),  # acc .7 harm .1
        quality.Scores(Counter(correct=6, wrong=2), 10, 0),  # dominated by both
    ]
    front = quality.pareto(list(zip(configs, scores, strict=True)))
    assert [c.answer_threshold for c in front] == [0.3, 0.4]


def test_latency_runs_and_prints_figures_beside_targets(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(latency, "default_sets", list)
    loaded, tables = latency.load_bundled()
    small = replace(loaded, entries=loaded.entries[::10])  # the same code on fewer entries
    monkeypatch.setattr(latency, "load_bundled", lambda: (small, tables))
    questions = _write(tmp_path / "q.jsonl", [_answer_item(q="work permit fee"), _oos_item()])
    assert latency.main(["--sizes", "1", "--rounds", "1", "--eval", str(questions)]) == 0
    out = capsys.readouterr().out
    assert "new question, ms" in out and "tracemalloc peak" in out and "(target ≤ 2)" in out
    assert "safety net, ms" in out
    assert latency.synthetic_entries([], 1) == []


def test_latency_says_why_it_took_no_tracemalloc_figure(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(latency, "default_sets", list)
    loaded, tables = latency.load_bundled()
    small = replace(loaded, entries=loaded.entries[::10])
    monkeypatch.setattr(latency, "load_bundled", lambda: (small, tables))
    questions = _write(tmp_path / "q.jsonl", [_answer_item(q="work permit fee")])
    argv = ["--sizes", "1", "--rounds", "1", "--trace", "never", "--eval", str(questions)]
    assert latency.main(argv) == 0
    assert "tracemalloc skipped (--trace never)" in capsys.readouterr().out


def test_latency_samples_each_question_per_round_and_stops_at_the_budget(kb):
    questions = ["work permit fee", "how to register", "visa"]
    samples = latency.time_questions(kb, questions, rounds=2)
    assert {k: len(v) for k, v in samples.items()} == {
        "new": 6,
        "safety net": 6,
        "uncached": 6,
        "cached": 6,
    }
    cut = latency.time_questions(kb, questions, rounds=2, budget=0.0)
    assert {len(v) for v in cut.values()} == {1}


def test_translit_benchmark_prints_each_reader_and_says_how_to_compare(
    tmp_path, monkeypatch, capsys
):
    from benchmarks import translit

    item = {"id": "t1", "q": "skolko stoit vnj na god", "lang": "ru", "topic": "trp.fees",
            "kind": "answer", "expect": [], "style": "translit"}  # fmt: skip
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps(item) + "\n", encoding="utf-8")
    monkeypatch.setattr(translit, "DATA_DIR", tmp_path / "none")
    monkeypatch.setitem(__import__("sys").modules, "transliterate", None)  # not installed
    assert translit.main(["--eval", str(path)]) == 0
    out = capsys.readouterr().out
    assert "1 Russian questions in Latin letters" in out
    assert "pip install transliterate" in out
    assert re.search(r"this project \(translit\.py\)\s+\d\.\d{3}\s+\d\.\d{3}", out)


def test_danger_training_leaves_out_what_is_near_a_set_not_yet_scored(tmp_path):
    from benchmarks.train_danger import near_copies

    unscored = tmp_path / "danger_blind999.jsonl"
    unscored.write_text(
        json.dumps({"q": "My boss took my passport and won't give it back!", "danger": True})
        + "\n",
        encoding="utf-8",
    )
    texts = [
        "my boss took my passport and wont give it back",
        "how much is the fee for a work permit",
        "the landlord keeps my passport",
    ]
    assert near_copies(texts, [unscored]) == {0}
    assert near_copies(texts, []) == set()
