"""A US state or a country read as a one-word name is no person (issue 10).

A fresh judged set had "Johnson served as finance chairman for former Florida governor Jeb Bush's presidential bid"
give a person "Florida" (with the post "finance chairman for former"), offered as who said it three times in one
deck. A state or a country alone is no one; as a full name's surname it still is ("Chuck Jordan").
"""

from __future__ import annotations

from trainer.draft.names import no_person

from tests.unit.drafting import deck, who_said

BODY = ("Wealthy donors who backed other Republicans are now raising money for Donald Trump, a sign that the party's "
        "establishment is making peace with its nominee.\n\n"
        "Johnson served as finance chairman for former Florida governor Jeb Bush's presidential bid, while Hendricks "
        "donated $5 million to a super PAC supporting Wisconsin Gov. Scott Walker.\n\n"
        "\"I kept telling myself that won't happen, that can't happen. I now fear it may happen,\" developer Mel "
        "Sembler told the Tampa Bay Times in February.\n\n"
        "\"We will raise a billion dollars for the general election and spend it in the swing states,\" said Ray "
        "Washburne, the party's finance chairman.\n\n"
        "\"Donors who sat out the primary are calling us every day to offer money to the campaign,\" said Ron "
        "Weiser, a former ambassador to Slovakia.\n\n"
        "Corey Lewandowski, the campaign manager, said the campaign would not need the donors' money.\n")


def test_a_state_is_no_person_nor_choice(tmp_path):
    drafted = deck(tmp_path, BODY, title="Fundraisers rally behind Trump")
    assert "Florida" not in [p["name"] for p in drafted["people"]]
    assert all("Florida" not in q["choices"] for q in who_said(drafted))


def test_a_state_or_country_alone_is_no_one_but_a_surname_may_be_one():
    assert no_person("Florida") and no_person("Jordan")
    assert not no_person("Jordan", surname=True) and not no_person("Washington", surname=True)
    assert not no_person("Chuck Jordan")
