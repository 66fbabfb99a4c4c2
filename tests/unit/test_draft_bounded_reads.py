"""Issue 10's linear time: round 30 read each quote's whole sentence for the names it says, and a text with no
sentence end is one sentence, so 50,000 words of quotes took three times as long a word as 5,000
(bench/draft_scaling.py, "quote marks"). What a quote reads around itself is bounded. Invented text."""

from __future__ import annotations

from tests.unit.drafting import analysis
from trainer.draft.questions import AROUND_CHARS, _around


def test_a_quote_reads_a_bounded_window_of_a_sentence_that_never_ends():
    # one "sentence": quotes and speech verbs with no full stop anywhere, as the scaling bench writes them
    chunk = ("“The harbour will close for good,” said Dana Velloway, and “The union will fight it,” said Tomas "
             "Arkwright, and ")
    found = analysis(chunk * 200)
    assert len(found.body.sentences) == 1 and len(found.quotes) > 50
    for finding in found.quotes:
        around = _around(found.body, finding)
        assert len(around) <= (finding.end - finding.start) + 2 * AROUND_CHARS
        assert found.body.text[finding.start:finding.end] in around


def test_a_short_sentence_is_read_whole():
    found = analysis("Tomas Arkwright, the union's leader, spoke on Tuesday. “The council sold the docks to the "
                     "marina,” Arkwright said after the vote. The mayor said nothing.\n")
    finding = found.quotes[0]
    assert _around(found.body, finding).startswith("“The council sold the docks")
    assert _around(found.body, finding).rstrip().endswith("after the vote.")
