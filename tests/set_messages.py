"""The messages of the in-repo evaluation sets (benchmarks/data), normalized as the matcher
reads them: what tests check the knowledge base and the prefilter against."""

from __future__ import annotations

import json
from pathlib import Path

from knowledge.answering.normalize import normalize

SETS = Path(__file__).resolve().parent.parent / "benchmarks" / "data"


def normalized_set_messages() -> list[str]:
    return [
        normalize(json.loads(line)["q"])
        for path in sorted(SETS.glob("*.jsonl"))
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    ]
