"""models/news_turns.py: news-style turns whose stance toward an allegation is implicit."""

from __future__ import annotations

import sys
from collections import Counter

import pytest

from service.settings import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "models"))

from news_turns import ALLEGATIONS, FRAMES, news_turn_pairs, themes_for


def test_same_seed_gives_the_same_examples() -> None:
    assert news_turn_pairs(300, "train", seed=3) == news_turn_pairs(300, "train", seed=3)
    assert news_turn_pairs(300, "train", seed=3) != news_turn_pairs(300, "train", seed=4)


def test_labels_come_in_the_documented_shares() -> None:
    for split in ("train", "dev"):
        rows = news_turn_pairs(2000, split, seed=0)
        assert len(rows) == 2000
        share = {label: count / len(rows) for label, count in Counter(r.label for r in rows).items()}
        assert abs(share["accusation"] - 0.30) < 0.05
        assert abs(share["denial"] - 0.30) < 0.05
        assert abs(share["neutral"] - 0.40) < 0.05
        assert {r.source for r in rows} == {"news_turns"}


def test_dev_themes_and_turns_are_unseen_in_train() -> None:
    train, dev = news_turn_pairs(2000, "train", seed=0), news_turn_pairs(2000, "dev", seed=0)
    assert themes_for("dev") and themes_for("train")
    assert not {r.topic for r in train} & {r.topic for r in dev}
    assert not {r.text for r in train} & {r.text for r in dev}
    dev_topics = {t for theme in themes_for("dev") for t in theme["topics"]}
    assert {r.topic for r in dev} <= dev_topics


def test_every_placeholder_is_filled() -> None:
    for split in ("train", "dev"):
        for r in news_turn_pairs(2000, split, seed=1):
            for field in (r.topic, r.text, r.context):
                assert "{" not in field and "}" not in field, r
            assert r.context[0].isupper(), r


def test_an_indirect_turn_continues_its_context() -> None:
    # e.g. "Ines Valcourt told the inquiry" + " " + "that every interrogation was filmed and reviewed by a lawyer."
    rows = news_turn_pairs(2000, "train", seed=2)
    indirect = [r for r in rows if r.text.startswith("that ")]
    assert indirect
    for r in rows:
        assert r.context.endswith(".") != (r in indirect), r


def test_war_crimes_stay_out_of_every_pool() -> None:
    # "war crimes" is the topic of the article the service is demonstrated on.
    strings = [s for pool in FRAMES.values() for s in pool]
    for theme in ALLEGATIONS:
        strings += [*theme["topics"], *theme["accuse"], *theme["deny"], *theme["neutral"]]
        strings += [*theme["indirect"]["accuse"], *theme["indirect"]["deny"]]
    assert all("war crime" not in s.lower() for s in strings)
    for split in ("train", "dev"):
        for r in news_turn_pairs(2000, split, seed=0):
            assert "war crime" not in f"{r.topic} {r.text} {r.context}".lower()


def test_themes_have_full_pools() -> None:
    assert len(ALLEGATIONS) >= 36
    for theme in ALLEGATIONS:
        assert 2 <= len(theme["topics"]) <= 3
        assert len(theme["accuse"]) == len(theme["deny"]) == 6 and len(theme["neutral"]) == 4
        assert all(s.startswith("that ") for s in theme["indirect"]["accuse"] + theme["indirect"]["deny"])


def test_specific_topics_name_one_story_and_keep_the_turns() -> None:
    # "accounting fraud" -> "accounting fraud at Velmar Holdings"; the turn and its label stay.
    plain = news_turn_pairs(1000, "train", seed=5)
    named = news_turn_pairs(1000, "train", seed=5, specific=1.0)
    generic = {t for theme in ALLEGATIONS for t in theme["topics"]}
    assert sum(r.topic not in generic for r in named) > 0.9 * len(named)
    assert Counter(r.label for r in named) == pytest.approx(Counter(r.label for r in plain), rel=0.15)
    for r in named:
        assert "{" not in r.topic and "  " not in r.topic, r
    # Dev keeps its own names and places: no train topic appears in dev.
    dev = news_turn_pairs(1000, "dev", seed=5, specific=1.0)
    assert not {r.topic for r in named} & {r.topic for r in dev}
