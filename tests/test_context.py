"""The context a turn's stance is read with: the text just before it (service.pipeline.context_before)."""

from __future__ import annotations

from service.pipeline import context_before


def test_short_text_gives_everything_before_the_turn() -> None:
    text = "The ministry rejected the report. “It is a fabrication,” she said."
    assert context_before(text, text.index("“"), 300) == "The ministry rejected the report."


def test_window_drops_the_sentence_it_cuts_into() -> None:
    lead = "An unrelated opening sentence that runs on for a while. "
    text = lead + "The union dismissed the claims. “Our members did nothing wrong.”"
    context = context_before(text, text.index("“"), len(text) - len(lead) + 10)
    assert context == "The union dismissed the claims."


def test_a_quote_that_opens_a_paragraph_keeps_the_paragraph_before() -> None:
    # A paragraph break right before the turn used to empty the context.
    text = (
        "Investigators said the site had been struck three times. The regional governor then spoke.\n\n"
        "“We have proof that the hospital was the target,” she said."
    )
    context = context_before(text, text.index("“"), 80)
    assert context == "The regional governor then spoke."
