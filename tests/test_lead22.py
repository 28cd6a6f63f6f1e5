"""Events placed by the lead in the twenty-second session (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from _timelines import event as _event

from timeline.anchoring import anchor_words
from timeline.anchoring.cues import _clause_break
from timeline.anchoring.clauses import _object_gap

DCT = "2026-11-30"  # a Monday


def _day(d: int, h: int = 0, m: int = 0) -> dt.datetime:
    """Day ``d`` of the weeks around publication: 20-30 November, then 1-7 December."""
    return dt.datetime(2026, 11, d, h, m) if d >= 20 else dt.datetime(2026, 12, d, h, m)


# the colon of a clock time ("7:15") is no clause break: the day after the clock time dates the
# verb before it, not the verb of the next clause
def test_a_clock_time_colon_does_not_cut_its_clause() -> None:
    text = ("The harbour master said the first ferry would leave at 7:15 a.m. on Thursday and that "
            "the full timetable would run from Friday.")
    tl = timeline.build(text, reference_time=DCT)
    leave, run = _event(tl, "leave"), _event(tl, "run")
    assert leave.earliest_start == _day(3, 7, 15)
    assert run.earliest_start == _day(4)
    assert run.latest_end is None  # it starts on Friday and runs on; Thursday is not its day


@pytest.mark.parametrize("between,breaks", [(" at 7:15 a.m. on ", False), (" said: the ", True), ("; then ", True), (" (the ", True)])
def test_a_colon_breaks_a_clause_unless_inside_a_number(between: str, breaks: bool) -> None:
    text = "x" + between + "y"
    assert _clause_break(anchor_words("en"), text, 1, len(text) - 1) is breaks


@pytest.mark.parametrize("between,gap", [(" the 2,000 ", True), (" the 7:15 ", True), (" the, ", False), (" them: the ", False)])
def test_a_comma_inside_a_number_keeps_an_object_phrase(between: str, gap: bool) -> None:
    text = "x" + between + "y"
    assert _object_gap(anchor_words("en"), text, 1, len(text) - 1) is gap


# a passive "was carried out", "was conducted", "was performed": its subject event noun is the same happening
@pytest.mark.parametrize(
    "text,noun,day",
    [
        ("A safety inspection was carried out on Sunday evening.", "inspection", 29),
        ("A safety audit was conducted on Wednesday.", "audit", 25),
        ("The operation was performed on Tuesday at the city hospital.", "operation", 24),
    ],
)
def test_a_passive_happening_dates_its_subject(text: str, noun: str, day: int) -> None:
    e = _event(timeline.build(text, reference_time=DCT), noun)
    assert e.earliest_start is not None and e.earliest_start >= _day(day)
    assert e.latest_end is not None and e.latest_end <= _day(day + 1)


# a verb of effect whose subject is an event noun starts no earlier than it, most likely soon after
@pytest.mark.parametrize(
    "text,noun,verb",
    [
        ("A landslide on the coast road on Saturday night forced police to close the route, officials said on Monday.",
         "landslide", "forced"),
        ("Crossings resume on Thursday, a week after a fire in the engine room of the ferry forced the operator to cancel them.",
         "fire", "forced"),
        ("A power failure at the station on Friday morning disrupted trains for hours, the operator said.", "failure", "disrupted"),
        ("The blast at the depot on Wednesday prompted an evacuation of the street, police said on Monday.", "blast", "prompted"),
    ],
)
def test_an_effect_starts_with_its_event_subject(text: str, noun: str, verb: str) -> None:
    tl = timeline.build(text, reference_time=DCT)
    cause, effect = _event(tl, noun), _event(tl, verb)
    assert cause.likely_start is not None and effect.likely_start is not None
    assert cause.likely_start <= effect.likely_start < cause.likely_start + dt.timedelta(days=2)
    if cause.earliest_start is not None:
        assert effect.earliest_start is not None and effect.earliest_start >= cause.earliest_start


# another verb after an event noun is no effect of it
@pytest.mark.parametrize(
    "text,verb",
    [
        ("After the storm on Friday the crew praised the passengers.", "praised"),
        ("The fire at the mill on Thursday destroyed the roof.", "destroyed"),
    ],
)
def test_no_effect_for_other_verbs(text: str, verb: str) -> None:
    e = _event(timeline.build(text, reference_time=DCT), verb)
    assert "soon after" not in (e.likely_basis or "")


# "is due to take place", "is set to go ahead": the subject event noun is the happening the predicate dates
@pytest.mark.parametrize(
    "text,noun,start,end",
    [
        ("A sentencing hearing is due to take place in February.", "hearing", dt.datetime(2027, 2, 1), dt.datetime(2027, 3, 1)),
        ("The parade is set to go ahead on Sunday.", "parade", _day(6), _day(7)),
    ],
)
def test_a_due_happening_dates_its_subject(text: str, noun: str, start: dt.datetime, end: dt.datetime) -> None:
    e = _event(timeline.build(text, reference_time=DCT), noun)
    assert e.earliest_start is not None and e.earliest_start >= start
    assert e.latest_end is not None and e.latest_end <= end


# a claim in the present and a passive participle are no effect of the noun before them
@pytest.mark.parametrize(
    "text,verb",
    [
        ("The union says the closure of the plant on Monday triggers a strike ballot.", "triggers"),
        ("Heavy selling in the morning triggered by weak profits pushed the index down on Tuesday.", "triggered"),
        ("An evacuation of the town prompted by the flood warning began on Sunday.", "prompted"),
    ],
)
def test_no_effect_from_a_claim_or_a_passive(text: str, verb: str) -> None:
    e = _event(timeline.build(text, reference_time=DCT), verb)
    assert "soon after" not in (e.likely_basis or "")


# "since then" after a long object still orders its verb after the time told before
def test_since_then_after_a_long_object() -> None:
    tl = timeline.build("The road was closed by a landslide on Saturday. Drivers have used a narrow farm track over the hill since then.",
                        reference_time=DCT)
    used = _event(tl, "used")
    assert used.earliest_start is not None and used.earliest_start >= _day(28)
    assert used.likely_start is not None and used.likely_start <= _day(30)  # within a day of Saturday's end


# a noun-or-verb word that closes a noun phrase a determiner opens, with an auxiliary right after it,
# is the subject's head noun: "a final safety check was carried out" is the check's happening
def test_a_subject_head_after_a_determiner_is_a_noun() -> None:
    text = "The operator said engineers had replaced a pump over the weekend and that a final safety check was carried out on Sunday evening."
    check = _event(timeline.build(text, reference_time=DCT), "check")
    assert check.earliest_start is not None and check.earliest_start >= _day(29, 17)
    assert check.latest_end is not None and check.latest_end <= _day(29, 23)


@pytest.mark.parametrize(
    "sentence,word,head",
    [
        ("a final safety check was carried out", "check", True),
        ("the cut will hit exporters", "cut", True),
        ("police check was", "check", False),  # no determiner
        ("they had to check was", "check", False),  # a verb marker before it
        ("the check on the wall", "check", False),  # no auxiliary after it
        ("the 2026 check was", "check", False),  # a figure inside the phrase
        ("a very long and detailed check was", "check", False),  # past the reach
    ],
)
def test_subject_head(sentence: str, word: str, head: bool) -> None:
    from timeline.events.detect import _subject_head

    words = sentence.split()
    assert _subject_head(words, words.index(word)) is head


# a hedged length of days or more is whole days: "almost a decade" before a sentencing on Friday does not
# push the sentencing to a clock time inside Friday
def test_a_hedged_long_length_is_whole_days() -> None:
    text = "A former treasurer was jailed for six years on Friday for stealing from the club over almost a decade."
    tl = timeline.build(text, reference_time="2026-11-28")
    length = next(t for t in tl.timexes if t.text == "almost a decade")
    assert length.min_length is not None and not length.min_length % dt.timedelta(days=1)
    jailed = _event(tl, "jailed")
    assert jailed.likely_start == dt.datetime(2026, 11, 27) and jailed.likely_end == dt.datetime(2026, 11, 28)


# "the night before the vote", "the morning after the robbery": the other event most likely on the
# neighbouring calendar day, certainly within two days
@pytest.mark.parametrize(
    "text,word,day",
    [
        ("Supporters held a rally on Tuesday evening, the night before the vote.", "vote", 25),
        ("The crew tested the engine on Friday, the day before the launch.", "launch", 28),
        ("Police found the car on Sunday, the morning after the robbery.", "robbery", 28),  # "the morning" is a time expression
        ("The team trained on Thursday afternoon, the afternoon before the final.", "final", 27),
    ],
)
def test_the_night_before_is_the_neighbouring_day(text: str, word: str, day: int) -> None:
    e = _event(timeline.build(text, reference_time="2026-11-30"), word)
    assert (e.likely_start, e.likely_end) == (_day(day), _day(day + 1))


# "the announcement came on Monday": the subject event noun is the happening "came" dates
@pytest.mark.parametrize(
    "text,noun,day",
    [
        ("The announcement came on Monday.", "announcement", 23),
        ("The verdict came late on Friday after three days of deliberations.", "verdict", 27),
        ("Their resignation comes on Thursday, the party said.", "resignation", 3),
    ],
)
def test_a_subject_that_came_is_dated(text: str, noun: str, day: int) -> None:
    e = _event(timeline.build(text, reference_time="2026-11-28"), noun)
    assert e.earliest_start is not None and e.earliest_start >= _day(day)
    assert e.latest_end is not None and e.latest_end <= _day(day + 1)


# a reporting verb that directs an act ("were told to keep", "urged drivers to stay away") is an order given
# at the story's time, not speech reported at publication; a report of a clause still is
@pytest.mark.parametrize(
    "text,word,day",
    [
        ("Families nearby were told to keep their windows shut, and the village school stayed closed on Friday.", "told", 27),
        ("On Thursday the council urged drivers to avoid the bridge, which stayed closed until the evening.", "urged", 26),
        ("Officials told reporters the bridge had reopened on Thursday.", "told", 28),  # reported speech: publication
    ],
)
def test_a_directive_is_no_reported_speech(text: str, word: str, day: int) -> None:
    e = _event(timeline.build(text, reference_time="2026-11-28"), word)
    assert (e.likely_start, e.likely_end) == (_day(day), _day(day + 1))


# a short aside between commas after the subject noun: "the vote, 61 to 38, came late on Wednesday"
@pytest.mark.parametrize(
    "text,noun,day",
    [
        ("The final vote, 61 to 38, came late on Wednesday.", "vote", 25),
        ("The crash, the third this year, happened on Sunday.", "crash", 22),
    ],
)
def test_an_aside_after_the_subject(text: str, noun: str, day: int) -> None:
    e = _event(timeline.build(text, reference_time="2026-11-27"), noun)
    assert e.earliest_start is not None and e.earliest_start >= _day(day)
    assert e.latest_end is not None and e.latest_end <= _day(day + 1)


# a figure verb with an amount before the time: the time is the figure's period, not when it was stated
@pytest.mark.parametrize(
    "text,verb,noun,period",
    [
        ("The brewer reported a loss of $5 million for the third quarter.", "reported", "loss",
         (dt.datetime(2026, 7, 1), dt.datetime(2026, 10, 1))),
        ("The chain expects sales of $2 billion in 2027.", "expects", "sales", (dt.datetime(2027, 1, 1), dt.datetime(2028, 1, 1))),
    ],
)
def test_a_time_after_a_figure_is_the_figures(text: str, verb: str, noun: str, period: tuple[dt.datetime, dt.datetime]) -> None:
    tl = timeline.build(text, reference_time="2026-11-25")
    stated, measured = _event(tl, verb), _event(tl, noun)
    assert (measured.earliest_start, measured.latest_end) == period
    assert stated.likely_start is not None and stated.likely_start >= dt.datetime(2026, 11, 25)  # stated now, not in the period


# without an amount between, or with another verb, the time dates the verb as before
@pytest.mark.parametrize(
    "text,verb,start",
    [
        ("The brewer reported on Monday that sales had slowed.", "reported", dt.datetime(2026, 11, 23)),
        ("Sales rose 4 percent in the third quarter.", "rose", dt.datetime(2026, 7, 1)),
    ],
)
def test_a_time_without_a_figure_dates_its_verb(text: str, verb: str, start: dt.datetime) -> None:
    e = _event(timeline.build(text, reference_time="2026-11-25"), verb)
    assert e.earliest_start == start


# a bare "overnight" is the night of a day told in its sentence or the one before, not of one told further back
def test_overnight_takes_no_far_told_day() -> None:
    text = ("The harbour wall collapsed on March 3 during a gale.\n\nDozens of boats were damaged along the quay.\n\n"
            "Engineers said the cracks found overnight with sonar were new.")
    overnight = next(t for t in timeline.tag(text, "2026-03-20").timexes if t.text == "overnight")
    assert overnight.value != "2026-03-03TNI"  # the day told two sentences back
    near = next(t for t in timeline.tag("The storm hit the coast on Saturday. Crews worked overnight to restore power.", "2026-11-30").timexes
                if t.text == "overnight")
    assert near.value == "2026-11-28TNI"  # the day told in the sentence before: that day's night


# only a verb that can direct ("told", "urged") directs its infinitive: "said on Monday to expect delays" stays a report
@pytest.mark.parametrize(
    "text,word,directs",
    [
        ("The ministry said on Monday to expect delays.", "said", False),
        ("The minister told residents on Monday to stay indoors.", "told", True),
        ("Police told reporters that the road had reopened.", "told", False),
    ],
)
def test_directives(text: str, word: str, directs: bool) -> None:
    from timeline.events.detect import detect_events
    from timeline.assembly.reports import _directives
    from timeline.text import as_doc

    mentions = detect_events(text)
    m = next(m for m in mentions if m.text == word)
    assert (m.eid in _directives(as_doc(text), mentions)) is directs


# "is expected to be discharged on Friday": a passive infinitive is no past verb (it squeezed the discharge to midnight)
def test_a_passive_infinitive_is_no_past() -> None:
    tl = timeline.build("She was taken to hospital and is expected to be discharged on Friday.", reference_time="2026-11-26")
    e = _event(tl, "discharged")
    assert (e.earliest_start, e.latest_end) == (_day(27), _day(28))


@pytest.mark.parametrize(
    "text,word,tense",
    [
        ("She is expected to be discharged on Friday.", "discharged", "INFINITIVE"),
        ("The talks appear to be stalled after the walkout.", "stalled", "PAST"),  # a state that holds: no act ahead
    ],
)
def test_participle_after_to_be(text: str, word: str, tense: str) -> None:
    from timeline.events.detect import detect_events

    assert next(m.tense for m in detect_events(text) if m.text == word) == tense
