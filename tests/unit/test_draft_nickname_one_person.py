"""A given name's short form and its formal name are one person (issue 10).

A fresh judged set offered "Charles Grassley" and "Chuck Grassley" side by side as the choices of a who_said whose
answer was Chuck Grassley: two answers fit. A short form that stands for one formal name only ("Chuck": Charles)
folds into it; one that stands for several ("Ted": Edward, Theodore or Rafael) does not, since a father and son may be
Edward and Ted.
"""

from __future__ import annotations

from tests.unit.drafting import analysis, deck, who_said

BODY = ("Senator Charles Fenwick of Iowa defended the nominee on Tuesday, a day after his party's leaders "
        "criticised her record on trade.\n\n"
        "\"I have said several times that I would not vote against a nominee for one speech,\" Chuck Fenwick told "
        "reporters in Des Moines. \"The trade record is what the committee will weigh.\"\n\n"
        "\"The senator is protecting his own committee's schedule,\" said Dana Velloway, a Democratic strategist. "
        "\"Voters in Iowa expect him to hold hearings on the tariffs.\"\n\n"
        "Paul Renner, the House speaker, said the nominee's trade record would not come up in the House.\n")


def test_chuck_and_charles_of_one_surname_are_one_person():
    people = [p.name for p in analysis(BODY).names.people]
    assert sum(name.endswith("Fenwick") for name in people) == 1


def test_no_who_said_offers_both_forms(tmp_path):
    for question in who_said(deck(tmp_path, BODY, title="Fenwick defends the nominee")):
        assert not {"Charles Fenwick", "Chuck Fenwick"} <= set(question["choices"])


def test_a_short_form_of_several_names_stays_apart():
    body = ("Mayor Ted Marsh of Valmora opened the harbour fair on Sunday with his father, Edward Marsh, who ran the "
            "town's fishing union for thirty years.\n\n"
            "\"The docks kept this town alive,\" Edward Marsh told the crowd. \"We will fight to keep them open,\" "
            "Ted Marsh said.\n")
    people = {p.name for p in analysis(body).names.people}
    assert {"Edward Marsh", "Ted Marsh"} <= people
