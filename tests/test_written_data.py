"""models/written/: the news turns and headlines written for this project, as the trainers read them."""

from __future__ import annotations

import json
import sys
from collections import Counter

from service.settings import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "models"))

from train_sentiment import written_headlines
from train_stance import WRITTEN, written_turns


def test_every_written_turn_has_a_topic_a_text_a_context_and_a_label() -> None:
    rows = [json.loads(line) for line in WRITTEN.read_text(encoding="utf-8").splitlines()]
    assert all(set(r) == {"field", "topic", "context", "text", "label"} for r in rows)
    assert Counter(r["label"] for r in rows) == {"accusation": 1940, "denial": 1940, "neutral": 1940}
    assert all(r["topic"].strip() and len(r["text"].split()) >= 5 for r in rows)
    assert len({r["text"] for r in rows}) == len(rows)


def test_written_dev_holds_whole_stories_that_training_never_sees() -> None:
    train, dev = written_turns("train"), written_turns("dev")
    assert len(train) + len(dev) == 5820
    assert not {e.topic for e in train} & {e.topic for e in dev}
    assert 500 <= len(dev) <= 1000
    assert Counter(e.label for e in dev) == {"accusation": 245, "denial": 245, "neutral": 245}


def test_written_headlines_train_on_their_valence() -> None:
    items = written_headlines(weight=2.0)
    assert len(items) == 1775  # 600 from session 7, 1,175 from session 10
    for it in items:
        neg, _, pos = it.soft
        assert -1.0 <= pos - neg <= 1.0 and it.weight == 2.0 and it.segments[1] == ""
    # A strongly negative headline is a mostly-negative target, and its hard label says so.
    worst = min(items, key=lambda it: it.soft[2] - it.soft[0])
    assert worst.soft[0] > 0.7 and worst.label == 0


def test_a_run_from_before_the_file_grew_can_be_repeated() -> None:
    """Runs on the file's first 2,880, 4,320 or 5,280 rows: --written-rows gives them the same splits."""
    for rows, n_dev in [(2880, 405), (4320, 570), (5280, 705)]:
        train, dev = written_turns("train", rows=rows), written_turns("dev", rows=rows)
        assert len(train) + len(dev) == rows and len(dev) == n_dev
        assert {e.id for e in dev} <= {e.id for e in written_turns("dev")}
