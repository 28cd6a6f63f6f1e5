"""Lead, session 40: in a history, the date a plan was set for is not put back by the past perfect that tells the plan; a
round hundred joined to the decade next to it ("the 1900s and 1910s") is a decade, not its century."""

from _timelines import story_values as _values  # expression -> value, narrative mode


def test_a_date_set_for_in_the_past_perfect_stays_in_the_story_year():
    values = _values("In May 1812 the regiment reached Salamanca. The attack had been set for 19 June, but rain delayed it.")
    assert values["19 June"] == "1812-06-19"


def test_a_setting_verb_a_few_words_before_for_counts_too():
    values = _values("In May 1812 the regiment reached Salamanca. The council had fixed the sale for 2 July.")
    assert values["2 July"] == "1812-07-02"


def test_a_past_perfect_date_with_no_plan_still_looks_back():
    values = _values("In May 1812 the regiment reached Salamanca. It had crossed the river on 14 June.")
    assert values["14 June"] == "1811-06-14"


def test_for_after_a_verb_that_sets_nothing_still_looks_back():
    values = _values("In May 1812 the regiment reached Salamanca. It had waited for 19 June.")
    assert values["19 June"] == "1811-06-19"


def test_a_round_hundred_joined_to_the_next_decade_is_a_decade():
    assert _values("In the 1900s and 1910s the club won the cup twice.")["the 1900s"] == "190"
    assert _values("Between the 1890s and the 1900s the port doubled in size.", "news")["the 1900s"] == "190"


def test_a_round_hundred_alone_or_beside_a_distant_decade_stays_its_century():
    assert _values("The mill was built in the 1800s.")["the 1800s"] == "18"
    assert _values("It grew in the 1920s and the 1900s.")["the 1900s"] == "19"
