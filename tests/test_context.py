"""The context a turn is read with: the nearby sentence that talks about the topic."""

from service.context import stance_context

STORY = (
    "The harbour authority rejected claims of illegal dumping on Tuesday. "
    "Its director spoke at a crowded meeting in the town hall. "
    "\u201cThis is slander, and we will prove it,\u201d she said."
)


def reply_start() -> int:
    return STORY.index("\u201cThis is slander")


def test_the_sentence_about_the_topic_wins_over_the_nearer_one() -> None:
    context = stance_context(STORY, reply_start(), "illegal dumping of waste", 300)
    assert context == "The harbour authority rejected claims of illegal dumping on Tuesday."


def test_without_topic_words_nearby_the_preceding_sentence_is_the_context() -> None:
    context = stance_context(STORY, reply_start(), "tax evasion", 300)
    assert context == "Its director spoke at a crowded meeting in the town hall."


def test_the_cue_clause_of_reported_speech_is_a_candidate() -> None:
    text = "Officials denied the bribery charges. The mayor said that he never took a bribe."
    start = text.index("he never")
    assert stance_context(text, start, "bribery", 300) == "Officials denied the bribery charges."
    assert stance_context(text, start, "the weather", 300) == "The mayor said that"


def test_no_context_at_the_start_or_when_disabled() -> None:
    assert stance_context(STORY, 0, "illegal dumping", 300) == ""
    assert stance_context(STORY, reply_start(), "illegal dumping", 0) == ""


def test_a_long_sentence_is_cut_at_a_word_boundary() -> None:
    text = "Critics alleged fraud " + "in the accounts " * 10 + ". It is false."
    context = stance_context(text, text.index("It is false"), "fraud", 50)
    assert len(context) <= 50 and context.startswith("Critics alleged fraud") and not context.endswith(" ")
