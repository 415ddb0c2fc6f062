"""Russian typed in Latin letters: this project's reading against the `transliterate` package.

    python -m benchmarks.translit [--eval FILE ...]

Two measures, each printed for both readers:
1. words: the share of the informal spellings below read as the Cyrillic word meant (after
   the matcher's normalisation, which folds ё and й). They were written for this benchmark
   from the schemes people use in chat (zh/j/z for ж, sh/w for ш, ya/ja for я, no soft
   sign, "vnj" for ВНЖ), not taken from any question set;
2. questions: the Russian items of the question sets typed in Latin letters (style
   "translit": the in-repo sets, and any --eval file). The matcher searches each reading
   alone, and the share whose best entry is the item's topic is counted.

`transliterate` is not a dependency of the bot; install it to compare
(`pip install transliterate`); without it only this project's figures are printed.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.quality import DATA_DIR, build_kb, load_kb
from knowledge.answering.normalize import normalize
from knowledge.answering.translit import looks_latin, to_cyrillic

WORDS = (
    ("registraciya", "регистрация"),
    ("registratsiya", "регистрация"),
    ("propiska", "прописка"),
    ("vnj", "внж"),
    ("vnzh", "внж"),
    ("rvp", "рвп"),
    ("skolko", "сколько"),
    ("stoit", "стоит"),
    ("mojno", "можно"),
    ("mozhno", "можно"),
    ("nujno", "нужно"),
    ("uje", "уже"),
    ("zhena", "жена"),
    ("jena", "жена"),
    ("muj", "муж"),
    ("kakoj", "какой"),
    ("kakoy", "какой"),
    ("dnej", "дней"),
    ("dney", "дней"),
    ("vyjti", "выйти"),
    ("azerbajdzhan", "азербайджан"),
    ("azerbaydzhan", "азербайджан"),
    ("shtraf", "штраф"),
    ("wtraf", "штраф"),
    ("rabotodatel", "работодатель"),
    ("razreshenie", "разрешение"),
    ("prodlit", "продлить"),
    ("prosrochil", "просрочил"),
    ("pasport", "паспорт"),
    ("grazhdanstvo", "гражданство"),
    ("platnaya", "платная"),
    ("zaderzhali", "задержали"),
    ("ne vypuskayut", "не выпускают"),
    ("uchus", "учусь"),
    ("student", "студент"),
    ("vizu", "визу"),
    ("chto delat", "что делать"),
    ("yavka", "явка"),
    ("obyasnite", "объясните"),
    ("pozhalujsta", "пожалуйста"),
)


def _folded(text: str) -> str:
    return normalize(text).replace("ь", "").replace("ъ", "")


def word_share(read: Callable[[str], str]) -> float:
    right = sum(_folded(read(latin)) == _folded(cyrillic) for latin, cyrillic in WORDS)
    return right / len(WORDS)


def translit_items(paths: Sequence[Path]) -> list[dict]:
    items = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            if (
                item.get("style") == "translit"
                and item.get("kind") == "answer"
                and looks_latin(item["q"])
            ):
                items.append(item)
    return items


def question_share(read: Callable[[str], str], items: Sequence[dict]) -> float:
    entries, tables = load_kb()
    kb = build_kb(entries, tables)
    right = 0
    for item in items:
        result = kb.index.search(read(item["q"]), "ru")
        right += bool(result.candidates) and result.candidates[0].entry_id == item["topic"]
    return right / len(items) if items else 0.0


def readers() -> list[tuple[str, Callable[[str], str]]]:
    found: list[tuple[str, Callable[[str], str]]] = [("this project (translit.py)", to_cyrillic)]
    try:
        from transliterate import translit  # type: ignore[import-not-found]
    except ImportError:
        print("(transliterate is not installed: pip install transliterate to compare)")
        return found
    found.append(("transliterate (ru)", lambda text: translit(text, "ru")))
    found.append(("as typed (no reading)", lambda text: text))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, nargs="*", default=[])
    args = parser.parse_args(argv)
    paths = sorted(DATA_DIR.glob("*.jsonl")) + list(args.eval)
    items = translit_items(paths)
    print(f"{len(WORDS)} informal spellings; {len(items)} Russian questions in Latin letters")
    print(f"{'reader':30} {'words':>7} {'questions (top entry right)':>28}")
    for name, read in readers():
        print(f"{name:30} {word_share(read):7.3f} {question_share(read, items):28.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
