"""Helper place, fifty-third session: events on the right day and in order (issue 10), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import likely_within, likely_within_day, only_event


# "the start of the strike" is the happening of the verb that began the strike (anchoring/aspectual.py _aspect_noun_links)

def test_days_after_the_start_of_a_dated_strike_count_from_its_first_day() -> None:
    """"Dock workers in Harwell began a strike on November 2. Eight days after the start of the strike, the port hired
    temporary crews." (Friday 4 December 2026): the hiring is on Tuesday 10 November, eight days after the 2nd."""
    tl = timeline.build("Dock workers in Harwell began a strike on November 2. Eight days after the start of the strike, the port hired "
                        "temporary crews.", reference_time="2026-12-04")
    assert likely_within_day(only_event(tl, "start"), dt.date(2026, 11, 2))
    assert likely_within_day(only_event(tl, "hired"), dt.date(2026, 11, 10))


def test_days_after_the_start_of_a_festival_a_relative_clause_dates_count_from_it() -> None:
    """"The festival, which began on August 7, drew large crowds. Two days after the start of the festival, organisers
    closed one stage." (Friday 4 December 2026): the closing is on Sunday 9 August."""
    tl = timeline.build("The festival, which began on August 7, drew large crowds. Two days after the start of the festival, organisers "
                        "closed one stage.", reference_time="2026-12-04")
    assert likely_within_day(only_event(tl, "closed"), dt.date(2026, 8, 9))


# A passive clause ", but ... was turned down" after a verb its month dates (assembly/steps.py _coordinated_passives)

def test_a_passive_after_but_goes_on_in_the_month_of_the_clause_before() -> None:
    """"Ostler Foods approached the Marne board in June, but its offer was turned down." (Friday 4 December 2026): the
    offer was turned down in June, not on the publication day."""
    tl = timeline.build("Ostler Foods approached the Marne board in June, but its offer was turned down.", reference_time="2026-12-04")
    assert likely_within(only_event(tl, "turned"), dt.datetime(2026, 6, 1), dt.datetime(2026, 7, 1))


# "Ten days into the strike, ..." counted from the verb that began the strike (anchoring/aspectual.py _into_links), and a
# journey noun begun by the last verb of setting out (_journey_links)

def test_days_into_a_dated_strike_count_from_its_first_day() -> None:
    """"Porters at Lindell station began a strike on November 6. Twelve days into the strike, the operator recruited
    temporary porters." (Friday 4 December 2026): the recruiting is on Wednesday 18 November."""
    tl = timeline.build("Porters at Lindell station began a strike on November 6. Twelve days into the strike, the operator recruited "
                        "temporary porters.", reference_time="2026-12-04")
    assert likely_within_day(only_event(tl, "recruited"), dt.date(2026, 11, 18))


def test_days_into_a_voyage_count_from_the_sailing_day() -> None:
    """"The trawler Bressay sailed from Lerwick on October 3. Six days into the voyage, a wave smashed its wheelhouse
    window." (Friday 4 December 2026): the wave struck on Friday 9 October."""
    tl = timeline.build("The trawler Bressay sailed from Lerwick on October 3. Six days into the voyage, a wave smashed its wheelhouse "
                        "window.", reference_time="2026-12-04")
    assert likely_within_day(only_event(tl, "smashed"), dt.date(2026, 10, 9))


def test_a_length_put_into_work_is_not_counted_from_anything() -> None:
    """"The restoration of the mill began on March 2. Volunteers put ten days into the restoration, and the mill
    reopened in May." (Friday 4 December 2026): "ten days into the restoration" opens no clause, so the reopening is not
    counted ten days on from March 2 (12 March); it is in May."""
    tl = timeline.build("The restoration of the mill began on March 2. Volunteers put ten days into the restoration, and the mill "
                        "reopened in May.", reference_time="2026-12-04")
    reopened = only_event(tl, "reopened")
    assert not likely_within_day(reopened, dt.date(2026, 3, 12))
    assert likely_within(reopened, dt.datetime(2026, 5, 1), dt.datetime(2026, 6, 1))


# "Tickets for Sunday" dates the occasion the tickets are for, not the selling (lexicon pattern admission_topic,
# anchoring/governor.py _governor)

def test_tickets_for_a_day_did_not_sell_on_that_day() -> None:
    """"The Harbour Players staged a new comedy at the Quay Theatre on Tuesday. Tickets for Saturday sold out." (Wednesday
    2 December 2026): the selling is not on Saturday (28 November, nor the 5th); it was done by the publication day."""
    tl = timeline.build("The Harbour Players staged a new comedy at the Quay Theatre on Tuesday. Tickets for Saturday sold out.",
                        reference_time="2026-12-02")
    sold = only_event(tl, "sold")
    assert not likely_within_day(sold, dt.date(2026, 11, 28))
    assert not likely_within_day(sold, dt.date(2026, 12, 5))
    assert likely_within(sold, dt.datetime(2026, 12, 1), dt.datetime(2026, 12, 3))


def test_a_day_after_tickets_for_the_occasion_still_dates_the_selling() -> None:
    """"The theatre sold the last tickets for Saturday on Monday morning." (Wednesday 2 December 2026): Monday dates the
    selling (30 November)."""
    tl = timeline.build("The theatre sold the last tickets for Saturday on Monday morning.", reference_time="2026-12-02")
    assert likely_within_day(only_event(tl, "sold"), dt.date(2026, 11, 30))


# "The final offer" after "its offer" is another offer; after "its final offer" the same (lexicon distinct_modifiers,
# anchoring/coreference.py)

def test_the_final_offer_is_not_the_offer_turned_down_months_before() -> None:
    """"Halden Mills approached the Orrin board in May, but its offer was turned down. The final offer was accepted on
    Tuesday." (Friday 4 December 2026): the final offer is no mention of the May offer (no SIMULTANEOUS between them); the
    May offer starts before it."""
    tl = timeline.build("Halden Mills approached the Orrin board in May, but its offer was turned down. The final offer was accepted on "
                        "Tuesday.", reference_time="2026-12-04")
    first, final = sorted((e for e in tl.events if e.text == "offer"), key=lambda e: e.start)
    assert likely_within(first, dt.datetime(2026, 5, 1), dt.datetime(2026, 6, 1))
    between = {r.relation for r in tl.relations if {r.source, r.target} == {first.eid, final.eid}}
    assert "SIMULTANEOUS" not in between
    assert first.likely_start is not None and final.likely_start is not None and first.likely_start < final.likely_start


def test_the_final_offer_after_its_final_offer_is_the_same_offer() -> None:
    """"The council made its final offer to the bin crews on Monday. The union rejected the final offer on Wednesday."
    (Friday 4 December 2026): the final offer is Monday's (30 November)."""
    tl = timeline.build("The council made its final offer to the bin crews on Monday. The union rejected the final offer on Wednesday.",
                        reference_time="2026-12-04")
    offers = sorted((e for e in tl.events if e.text == "offer"), key=lambda e: e.start)
    assert len(offers) == 2
    assert likely_within_day(offers[1], dt.date(2026, 11, 30))


# A headline verb takes up a phrasal verb of another sense only with the same particle after it (lexicon
# headline_phrasal_verbs, anchoring/headline.py _particle)

def test_a_headline_verb_is_not_the_phrasal_verb_of_the_story() -> None:
    """"Rowers Set Atlantic Record\\n\\nFour rowers from Penrith reached Antigua on Sunday after 38 days at sea. They set off
    from La Gomera on October 22." (Tuesday 1 December 2026): the headline's record is the arrival's news (Sunday 29
    November), not the setting off (22 October)."""
    tl = timeline.build("Rowers Set Atlantic Record\n\nFour rowers from Penrith reached Antigua on Sunday after 38 days at sea. They set off "
                        "from La Gomera on October 22.", reference_time="2026-12-01")
    head = min((e for e in tl.events if e.text == "Set"), key=lambda e: e.start)
    assert likely_within_day(head, dt.date(2026, 11, 29))


def test_a_headline_verb_with_the_same_particle_is_the_storys_verb() -> None:
    """"Villagers Set Up Food Bank\n\nA parish councillor said on Tuesday that demand was rising. Villagers in Hoxne set up
    a food bank on Monday." (Wednesday 2 December 2026): "Set Up" is the setting up of Monday 30 November."""
    tl = timeline.build("Villagers Set Up Food Bank\n\nA parish councillor said on Tuesday that demand was rising. Villagers in Hoxne set up "
                        "a food bank on Monday.", reference_time="2026-12-02")
    head = min((e for e in tl.events if e.text == "Set"), key=lambda e: e.start)
    assert likely_within_day(head, dt.date(2026, 11, 30))


def test_a_bare_headline_verb_takes_up_the_verb_with_a_particle_that_keeps_its_sense() -> None:
    """"Residents Moved After Gas Leak\n\nResidents of a block in Corley were moved out of their flats on Sunday night.
    About three hours later, engineers began to move them back." (Tuesday 1 December 2026): "Moved" is the moving out of
    Sunday evening (29 November), not the moving back after midnight."""
    tl = timeline.build("Residents Moved After Gas Leak\n\nResidents of a block in Corley were moved out of their flats on Sunday night. "
                        "About three hours later, engineers began to move them back.", reference_time="2026-12-01")
    head = min((e for e in tl.events if e.text == "Moved"), key=lambda e: e.start)
    assert head.likely_start is not None and head.likely_start < dt.datetime(2026, 11, 30)
