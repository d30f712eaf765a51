"""Per-speaker summary: what each speaker said, how, and where they stand on each topic."""

from __future__ import annotations

from collections import defaultdict

from service.schemas import SpeakerOut, SpeakerRef, SpeakerSentiment, SpeakerStance, TurnOut
from service.types import Speaker


def summarise_speakers(speakers: list[Speaker], turns: list[TurnOut], topics: list[str]) -> list[SpeakerOut]:
    by_speaker: dict[str, list[TurnOut]] = defaultdict(list)
    for turn in turns:
        if turn.speaker is not None:
            by_speaker[turn.speaker.id].append(turn)
    summaries = []
    for speaker in speakers:
        own = by_speaker.get(speaker.id, [])
        if not own:
            continue  # a mention that never got a turn is not a speaker of this text
        summaries.append(
            SpeakerOut(
                id=speaker.id,
                name=speaker.name,
                role=speaker.role,
                aliases=list(speaker.aliases),
                turns=[t.index for t in own],
                sentiment=_mean_sentiment(own),
                stances=[_dominant_stance(own, topic) for topic in topics],
            )
        )
    return summaries


def speaker_ref(speaker: Speaker | None) -> SpeakerRef | None:
    return None if speaker is None else SpeakerRef(id=speaker.id, name=speaker.name, role=speaker.role)


def _mean_sentiment(turns: list[TurnOut]) -> SpeakerSentiment:
    """Mean score; the label is the confidence-weighted vote of the turns' labels."""
    votes: dict[str, float] = defaultdict(float)
    for turn in turns:
        votes[turn.sentiment.label] += turn.sentiment.confidence
    label = max(votes, key=lambda k: votes[k])
    score = sum(t.sentiment.score for t in turns) / len(turns)
    return SpeakerSentiment(label=label, score=round(score, 4))  # type: ignore[arg-type]


def _dominant_stance(turns: list[TurnOut], topic: str) -> SpeakerStance:
    """A speaker accuses (or denies) when any of their turns does; between the two,
    the larger total confidence wins. Neutral only when every turn is neutral.

    Evidence is the turns with the winning label, strongest first; confidence is
    their mean confidence.
    """
    by_label: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for turn in turns:
        for stance in turn.stances:
            if stance.topic == topic:
                by_label[stance.label].append((stance.confidence, turn.index))
    polar = [lab for lab in ("accusation", "denial") if by_label.get(lab)]
    if polar:
        label = max(polar, key=lambda lab: sum(c for c, _ in by_label[lab]))
    else:
        label = "neutral"
    evidence = sorted(by_label.get(label, []), reverse=True)
    confidence = sum(c for c, _ in evidence) / len(evidence) if evidence else 0.0
    return SpeakerStance(
        topic=topic,
        label=label,  # type: ignore[arg-type]
        confidence=round(confidence, 4),
        evidence=[i for _, i in evidence] if label != "neutral" else [],
    )
