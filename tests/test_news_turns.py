"""models/news_turns.py: news-style turns whose stance toward an allegation is implicit."""

from __future__ import annotations

import re
import sys
from collections import Counter

from service.settings import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "models"))

from news_turns import ALLEGATIONS, FRAMES, _pool, news_turn_pairs, themes_for


def test_same_seed_gives_the_same_examples() -> None:
    assert news_turn_pairs(300, "train", seed=3) == news_turn_pairs(300, "train", seed=3)
    assert news_turn_pairs(300, "train", seed=3) != news_turn_pairs(300, "train", seed=4)


def test_labels_come_in_the_documented_shares() -> None:
    for split in ("train", "dev"):
        rows = news_turn_pairs(2000, split, seed=0)
        assert len(rows) == 2000
        share = {label: count / len(rows) for label, count in Counter(r.label for r in rows).items()}
        assert abs(share["accusation"] - 0.30) < 0.05
        assert abs(share["denial"] - 0.32) < 0.05
        assert abs(share["neutral"] - 0.38) < 0.05
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
        strings += [
            *theme["accused_party"],
            *theme["defend"],
            *theme["defend_indirect"],
            *theme["hard_neutral"],
        ]
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


FORBIDDEN = re.compile(r"\b(deny|denied|denies|false|lie|lies|baseless|smear\w*)\b|fabricat", re.IGNORECASE)
NEW_FRAMES = ("accused_side", "accused_side_open", "accuser_side", "accuser_side_open")


def test_themes_have_explanatory_denials_and_hard_neutrals() -> None:
    for theme in ALLEGATIONS:
        assert len(theme["accused_party"]) == 2
        assert all(p.startswith("the ") for p in theme["accused_party"])
        assert len(theme["defend"]) == 5 and len(theme["defend_indirect"]) == 2
        assert 3 <= len(theme["hard_neutral"]) <= 4
        assert all(s.startswith("that ") for s in theme["defend_indirect"])
        for s in [*theme["defend"], *theme["defend_indirect"]]:
            assert not FORBIDDEN.search(s), s
    every_turn = [
        s
        for t in ALLEGATIONS
        for s in [
            *t["accuse"],
            *t["deny"],
            *t["neutral"],
            *t["defend"],
            *t["defend_indirect"],
            *t["hard_neutral"],
        ]
    ]
    assert len(every_turn) == len(set(every_turn))


def test_side_frames_exist_and_carry_no_cue() -> None:
    assert len(FRAMES["accused_side"]) >= 15 and len(FRAMES["accused_side_open"]) >= 12
    assert len(FRAMES["accuser_side"]) >= 12 and len(FRAMES["accuser_side_open"]) >= 12
    assert all("{party}" in f for f in FRAMES["accused_side"] + FRAMES["accused_side_open"])
    cue = re.compile(
        r"accus|alleg(?!ations of)|deni|deny|reject|dismiss|defen|blame|insist|hit back", re.IGNORECASE
    )
    for name in NEW_FRAMES:
        for frame in FRAMES[name]:
            assert not cue.search(frame), frame


def test_frames_are_split_between_train_and_dev() -> None:
    for name, pool in FRAMES.items():
        train, dev = _pool(pool, "train", 0.2), _pool(pool, "dev", 0.2)
        assert train and dev, name
        assert not set(train) & set(dev), name


def test_new_kinds_appear_in_the_mix() -> None:
    rows = news_turn_pairs(4000, "train", seed=0)
    train_themes = themes_for("train")
    defend = {s for t in train_themes for s in [*t["defend"], *t["defend_indirect"]]}
    hard = {s for t in train_themes for s in t["hard_neutral"]}
    accused_side = [f.split("{party}")[0] for f in FRAMES["accused_side"] + FRAMES["accused_side_open"]]
    assert {r.label for r in rows if r.text in defend} == {"denial"}
    assert {r.label for r in rows if r.text in hard} == {"neutral"}
    share_defend = sum(r.text in defend for r in rows) / len(rows)
    share_hard = sum(r.text in hard for r in rows) / len(rows)
    assert abs(share_defend - 0.16) < 0.03 and abs(share_hard - 0.13) < 0.03
    # Speaker side is no shortcut: accused-side narration also precedes neutrals.
    hard_contexts = [r.context for r in rows if r.text in hard]
    assert any(c.startswith(p) for c in hard_contexts for p in accused_side if p)
