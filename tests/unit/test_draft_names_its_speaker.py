"""A quote that names its speaker in full is not put to that speaker (issue 10).

A fresh judged set credited the president's "there has never been a man or a woman - not me, not Bill, nobody - more
qualified than Hillary Clinton" to Hillary Clinton ("The president left no doubt of his commitment to helping Mrs.
Clinton succeed him, saying that ..."): both judges, wrong. People do not name themselves in full in their own words;
a who_said whose answer the quote names in full is a misread attribution, and is not asked.
"""

from __future__ import annotations

from tests.unit.drafting import deck, who_said

BODY = ("President Tomas Arkwright closed the party's convention in Valmora on Tuesday with a call to elect Dana "
        "Velloway, who served four years as his budget director.\n\n"
        "The president left no doubt of his commitment to helping Mrs. Velloway succeed him, saying that \"there has "
        "never been a man or a woman - not me, not my wife, nobody - more qualified than Dana Velloway\" to serve as "
        "president.\n\n"
        "\"Her budget would close the fishing school in Marrow,\" said Ivo Kestrel, the rival party's leader, in a "
        "statement.\n\n"
        "\"Her plan would add 40 million dollars to the city's debt by 2030 and raise the port fees for every "
        "trawler,\" Senator Pia Strand, a Republican, told reporters.\n\n"
        "Governor Lena Roth said on Thursday that the state would review the harbour tax plan.\n\n"
        # a fourth voice: the "Her" of Strand's words is Velloway, no choice beside them (issue 10, round 28)
        "\"The port fees have not risen in a decade,\" said Peter Kerr, a city councilman.\n")


def test_a_quote_naming_its_answer_in_full_is_not_asked(tmp_path):
    asked = who_said(deck(tmp_path, BODY, title="Arkwright rallies the party for Velloway"))
    assert asked  # the deck still asks who said what
    for question in asked:
        assert question["answer"] not in question["quote"]
    assert not any("more qualified than" in q["quote"] and q["answer"] == "Dana Velloway" for q in asked)
