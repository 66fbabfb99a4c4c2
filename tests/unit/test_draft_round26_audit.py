"""Issue 10, round 26: refusals audited against every judged question since round 1, and the ones the judges
mostly kept narrowed (invented article text only)."""

from __future__ import annotations

import drafting

#: One person quoted, twice, with three other people of the story named (the choices).
ONE_VOICE = (
    "Senator Lina Vidal toured the harbour of Valmora on Monday with Governor Pavel Kerr, Mayor Rosa Ferrante and "
    "Senator Ivo Renner, her rivals in the race.\n\n"
    "“The Kerr budget cuts eleven thousand teachers to pay for cranes that replace forty dockers each,” Vidal said "
    "at a rally in the harbour district.\n\n"
    "The port debt doubled between 2019 and 2024, according to the treasury's figures, and the assembly votes on "
    "the budget in May.\n\n"
    "“We will audit every crane contract signed since 2019 and publish the results before the vote,” Vidal said.\n")


def test_one_person_quoted_is_asked_once_on_their_best_quote(tmp_path):
    """Round 6 asked no who_said where one person is quoted; the judges kept 8 of the 18 quotes that refused
    (deleting 7: a second quote of the speaker, or a fragment). One, the speaker's best, is asked; never two."""
    asked = drafting.who_said(drafting.deck(tmp_path, ONE_VOICE))
    assert len(asked) == 1, asked
    assert asked[0]["answer"] == "Lina Vidal"
    assert "eleven thousand teachers" in asked[0]["prompt"]


#: An article about one person's contracts, four of its figures worth asking past the lead (invented).
MARSH = (
    "Lena Marsh, the Valmora harbour commissioner, steered port contracts to a firm she co-owns, state records show.\n\n"
    "Marsh has denied any wrongdoing, and Marsh said an independent panel chose the firm.\n\n"
    "Marsh's firm, Keel Works, won contracts worth $40 million from the harbour since 2019.\n\n"
    "Marsh owns 45% of Keel Works, according to filings reviewed by the Harbour Times.\n\n"
    "Under Marsh, the harbour raised ferry fares by 30% to pay for the Keel Works contracts.\n\n"
    "Marsh's office spent $9 million on dredging by Keel Works, up from $6 million under her predecessor.\n")


def _figure_candidates():
    from trainer.draft import build

    found = drafting.analysis(MARSH, " date 2025-10-16 Harbour chief steered port contracts to her own firm\n\n")
    lead = build.lead_end(found.body, found.article.title)
    figures = [c for c in found.candidates if build._figure_question(c) and not build.side_detail(found, c, lead)]
    return build, found, lead, figures


def test_a_third_figure_is_kept_when_asked_as_a_number():
    """The figure cap refused fill-in numbers the judges rated 16 keep, 8 edit, 2 delete: one more is kept."""
    build, found, lead, figures = _figure_candidates()
    numbers = [c for c in figures if c.fields["type"] == "number"]
    assert len(numbers) == 4
    kept = build.salient_figures(found, numbers, lead)
    assert len(kept) == build.MAX_FIGURES + build.NUMBER_EXTRA == 3


def test_the_extra_figure_is_no_true_false():
    """A true/false on a figure does not take the extra place (let in, it pushed out a kept number)."""
    build, found, lead, figures = _figure_candidates()
    statements = [c for c in figures if c.fields["type"] == "true_false"]
    assert len(statements) == 3
    assert len(build.salient_figures(found, statements, lead)) == build.MAX_FIGURES


#: Four people quoted on the harbour budget; Renner's words say what one cannot say (invented).
CANNOT_SAY = (
    "Senator Lina Vidal, Governor Pavel Kerr, Mayor Rosa Ferrante and Senator Ivo Renner clashed on Monday over the "
    "harbour budget before the assembly's vote in May.\n\n"
    "“The Kerr budget cuts eleven thousand teachers to pay for cranes that replace forty dockers each,” Vidal said at "
    "a rally in the harbour district.\n\n"
    "Renner warned that the assembly would reject any budget that closed schools. “We cannot say, 'Let the voters "
    "decide the harbour,' and then say, 'Not this year,'” Renner said at the assembly.\n\n"
    "“The harbour debt has doubled since 2019 and the treasury cannot pay for a single new crane,” Ferrante said.\n")


def test_what_one_cannot_say_is_no_speech_reported_inside(tmp_path):
    """'Speech reported inside' refused quotes rated 5 keep, 2 edit, 3 delete; the keeps said what one would or
    cannot say (no one's words are reported): such a quote is asked."""
    asked = {q["answer"]: q["prompt"] for q in drafting.who_said(drafting.deck(tmp_path, CANNOT_SAY))}
    assert "Let the voters decide" in asked.get("Ivo Renner", ""), asked


def test_a_real_report_inside_a_quote_is_still_refused():
    from trainer.draft.questions import reports_speech

    assert reports_speech("Kerr said ‘reckless’ and walked out of the chamber")
    assert reports_speech("We cannot say no, and Kerr said, 'The harbour is finished.'")  # a 'said' still reports
    assert not reports_speech("no American would ever say ‘back of the queue’")
    assert not reports_speech("We cannot say, 'Let the people speak,' and then say, 'No, you can't.'")
