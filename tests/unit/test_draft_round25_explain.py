"""Issue 10, round 25 (explanations): an explanation says only what is true of its own question."""

from __future__ import annotations

from tests.unit.drafting import analysis, deck

MARKET_FIRE = ("At least nine people were killed and 21 were wounded when a blaze swept through the old harbour "
               "market of Valmora on Friday night.\n\n"
               "Pavel Dorn, the opposition leader, said on Saturday that the city had ignored warnings about the "
               "market's wiring for years. “This cannot continue,” Dorn said. “The council knew the market was a "
               "danger and did nothing.”\n\n"
               "Mayor Ilse Varnow said an inquiry would report within three months.\n")


def test_a_lead_that_sets_the_scene_of_a_headline_about_someone_is_not_called_the_main_claim(tmp_path):
    # the scene shares two of the headline's words (Valmora, market), as a lead under such a headline does
    drafted = deck(tmp_path, MARKET_FIRE, title="Dorn Addresses Valmora Market Fire: ‘This Cannot Continue’")
    toll = next(q for q in drafted["questions"] if q.get("statement", "").startswith("At least nine people"))
    assert "main claim" not in toll["explain"]
    assert toll["explain"].startswith("From the article's lead")


def test_a_lead_about_the_headlines_person_is_still_the_main_claim(tmp_path):
    body = ("Pavel Dorn said on Saturday that the city had ignored warnings about the harbour market's wiring for "
            "years, a day after a fire killed nine people there.\n\n" + MARKET_FIRE.split("\n\n", 1)[1])
    drafted = deck(tmp_path, body, title="Dorn blames Valmora council for market fire")
    claim = drafted["questions"][0]
    assert "main claim" in claim["explain"]


def test_one_of_several_people_a_headline_lists_is_a_part_of_its_claim():
    from trainer.draft.build import headline_people, names_the_headline_people

    found = analysis("Ilse Varnow, Tomas Arkwright and Marta Quellin were paid for speeches while they campaigned, "
                     "records show.\n\nMarta Quellin, a former senator, gave two speeches in October, her aide said. "
                     "Tomas Arkwright said he gave seven. Ilse Varnow said she gave one.\n",
                     header=" date 2025-10-16 Varnow, Arkwright, Quellin earned speaking fees during campaign\n\n")
    assert sorted(headline_people(found)) == ["Arkwright", "Quellin", "Varnow"]
    assert not names_the_headline_people(found, "Marta Quellin gave two speeches in October.")
    assert names_the_headline_people(found, "Ilse Varnow, Tomas Arkwright and Marta Quellin were paid for speeches.")
    # the headline's one person named by a post or a pronoun is still named
    one = analysis("Tomas Arkwright said he was paid for seven speeches.\n",
                   header=" date 2025-10-16 Arkwright earned speaking fees during campaign\n\n")
    assert headline_people(one) == ["Arkwright"]
    assert names_the_headline_people(one, "The Valmora senator was paid for seven speeches.")
    assert names_the_headline_people(one, "He was paid for seven speeches.")
    assert not names_the_headline_people(one, "Seven speeches were paid for.")
