"""The order a timeline states between events (session s34, helper order, bench/stories-s34order): kinds of textual
order that came out unstated or reversed on our own sentences.  Each kind has a control the fix must keep."""

from __future__ import annotations

import timeline

from _timelines import _INVERSE
from _timelines import nth_event as _nth

_REF = "2026-12-04"  # a Friday


def _certain(tl: timeline.Timeline, a: timeline.Event, b: timeline.Event) -> "str | None":
    """The certain relation ``tl.relations`` states of ``a`` to ``b`` (either way round), None when none."""
    for r in tl.relations:
        if r.certain and (r.source, r.target) == (a.eid, b.eid):
            return r.relation
        if r.certain and (r.source, r.target) == (b.eid, a.eid):
            return _INVERSE[r.relation]
    return None


# --- a relative clause with a subject of its own, closed by a comma, hands the signal to the verb before it ----------

def test_an_object_relative_clause_hands_the_gap_to_the_verb_before_it() -> None:
    """ "A baker burned down the shop where she had worked for ten years, a month after she was fired": the burning came a
    month after the firing, not the working (which had ended by then)."""
    tl = timeline.build("A baker burned down the shop where she had worked for ten years, a month after she was fired.", _REF)
    assert _certain(tl, _nth(tl, "burned"), _nth(tl, "fired")) == "AFTER"
    assert _certain(tl, _nth(tl, "worked"), _nth(tl, "fired")) != "AFTER"


def test_a_complement_clause_keeps_the_signal() -> None:
    """Control: "The guard admitted that he had lied to detectives, a day after he was charged": "that" opens the
    admission's complement, not a relative clause; the lying is what the phrase after the comma measures."""
    tl = timeline.build("The guard admitted that he had lied to detectives, a day after he was charged.", _REF)
    assert _certain(tl, _nth(tl, "admitted"), _nth(tl, "charged")) is None


# --- the subject of a signal's clause described by a relative clause with its own subject --------------------------

def test_a_signal_clause_subject_described_by_a_contact_relative_orders_the_clause_verb() -> None:
    """ "The mayor quit on Thursday, two days after a letter she had sent to donors was published": the publishing came
    two days before the quitting (on Tuesday), not the sending."""
    tl = timeline.build("The mayor quit on Thursday, two days after a letter she had sent to donors was published.", _REF)
    published = _nth(tl, "published")
    assert _certain(tl, _nth(tl, "quit"), published) == "AFTER"
    assert published.likely_start is not None and published.likely_start.date().isoformat() == "2026-12-01"


def test_a_coordinated_verb_of_the_relative_clause_is_not_the_clause_verb() -> None:
    """Control: "The mayor quit on Thursday, two days after a letter she had written and signed": "signed" is the
    relative clause's second verb, no verb of the letter; nothing after it is ordered as the signal's clause."""
    tl = timeline.build("The mayor quit on Thursday, two days after a letter she had written and signed was published.", _REF)
    assert _certain(tl, _nth(tl, "quit"), _nth(tl, "signed")) != "AFTER"


# --- a complement of the subject noun, then auxiliaries and an adverb before the verb -----------------------------

def test_a_noun_complement_then_auxiliaries_leads_to_the_clause_verb() -> None:
    """ "The board said on Wednesday it had approved the sale, three weeks after talks with the buyer were first
    reported": the reporting came three weeks before the saying (about 4 November)."""
    tl = timeline.build("The board said on Wednesday it had approved the sale, three weeks after talks with the buyer were first reported.", "2026-11-26")
    reported = _nth(tl, "reported")
    assert _certain(tl, _nth(tl, "said"), reported) == "AFTER"
    assert reported.likely_start is not None and reported.likely_start.date().isoformat() == "2026-11-04"


def test_an_event_noun_subject_described_by_a_contact_relative_orders_the_clause_verb() -> None:
    """ "The coach was sacked on Thursday, a week after a defeat he had called a disgrace was shown on television": the
    subject is an event noun; the showing came a week before the sacking (about 26 November), not the calling."""
    tl = timeline.build("The coach was sacked on Thursday, a week after a defeat he had called a disgrace was shown on television.", _REF)
    shown = _nth(tl, "shown")
    assert _certain(tl, _nth(tl, "sacked"), shown) == "AFTER"
    assert shown.likely_start is not None and shown.likely_start.date().isoformat() == "2026-11-26"


# --- a fronted time clause orders the main verb, past a relative clause on the main subject --------------------------

def test_a_fronted_clause_orders_the_main_verb_past_a_subject_relative() -> None:
    """ "By the time the guards arrived, the men who had smashed the window had fled": the fleeing was over before the
    arrival; the smashing is the relative clause's, which the fronted clause does not order."""
    tl = timeline.build("By the time the guards arrived, the men who had smashed the window had fled.", _REF)
    arrived = _nth(tl, "arrived")
    assert _certain(tl, _nth(tl, "fled"), arrived) == "BEFORE"


def test_a_fronted_clause_still_orders_a_main_verb_with_a_relative_object() -> None:
    """Control: "After the storm passed, the crews repaired the lines that had fallen": the repairing is the first verb
    after the comma and the main one; the relative clause after it changes nothing."""
    tl = timeline.build("After the storm passed, the crews repaired the lines that had fallen.", _REF)
    assert _certain(tl, _nth(tl, "repaired"), _nth(tl, "passed")) == "AFTER"
    assert _certain(tl, _nth(tl, "fallen"), _nth(tl, "passed")) is None


# --- "before"/"after" with a pronoun clause orders a verb past a long object -----------------------------------------

def test_a_pronoun_clause_after_before_orders_a_verb_past_its_long_object() -> None:
    """ "The goalkeeper saved a penalty in the last minute of the first half before he was sent off": the saving came
    before the sending off, however long the object between."""
    tl = timeline.build("The goalkeeper saved a penalty in the last minute of the first half before he was sent off.", _REF)
    assert _certain(tl, _nth(tl, "saved"), _nth(tl, "sent")) == "BEFORE"


def test_a_far_signal_without_a_pronoun_clause_orders_nothing() -> None:
    """Control: "The goalkeeper saved a penalty in the last minute of the first half before officials sent him off": the
    signal opens a clause with a noun subject, too far from the saving to be sure it is the saving's."""
    tl = timeline.build("The goalkeeper saved a penalty in the last minute of the first half before officials sent him off.", _REF)
    assert _certain(tl, _nth(tl, "saved"), _nth(tl, "sent")) is None


# --- a past perfect in a relative clause with a subject pronoun and no opener ------------------------------------------

def test_a_perfect_in_a_contact_relative_is_before_the_clause_verb() -> None:
    """ "The cash he had taken from the safe was found in his car": the taking (a relative clause on "cash", no opener)
    was over before the finding, the sentence's own verb."""
    tl = timeline.build("The cash he had taken from the safe was found in his car.", _REF)
    assert _certain(tl, _nth(tl, "taken"), _nth(tl, "found")) == "BEFORE"


def test_a_perfect_in_a_report_complement_is_no_relative_clause() -> None:
    """Control: "The clerk admitted he had taken the cash the auditors counted": "admitted he had" is a report and its
    complement, no relative clause; the counting (a relative clause of "cash") is not put after the taking."""
    tl = timeline.build("The clerk admitted he had taken the cash the auditors counted.", _REF)
    assert _certain(tl, _nth(tl, "taken"), _nth(tl, "counted")) is None


# --- the act a charge or a verdict names after its preposition came before it -----------------------------------------

def test_the_act_a_conviction_names_came_before_it() -> None:
    """ "A jury on Thursday convicted a former nurse of stealing drugs from the hospital": the stealing came before the
    conviction (the gerund has no tense of its own to say so)."""
    tl = timeline.build("A jury on Thursday convicted a former nurse of stealing drugs from the hospital.", _REF)
    assert _certain(tl, _nth(tl, "stealing"), _nth(tl, "convicted")) == "BEFORE"


def test_the_act_a_charge_names_with_with_came_before_it() -> None:
    """ "Two men were charged on Tuesday with attacking a bus driver": the attack came before the charge."""
    tl = timeline.build("Two men were charged on Tuesday with attacking a bus driver.", _REF)
    assert _certain(tl, _nth(tl, "attacking"), _nth(tl, "charged")) == "BEFORE"


def test_a_verb_of_no_charge_does_not_order_its_of_gerund() -> None:
    """Control: "The council approved the idea of building a new bridge": approving is no charge; the building (a plan)
    is not put before it."""
    tl = timeline.build("The council approved the idea of building a new bridge.", _REF)
    assert _certain(tl, _nth(tl, "building"), _nth(tl, "approved")) is None


def test_a_contact_relative_with_a_noun_subject_orders_the_clause_verb() -> None:
    """ "Shares fell sharply, hours after a report the bank had commissioned was published": the relative clause's subject
    is a noun ("the bank"); the publishing, not the commissioning, came hours before the fall."""
    tl = timeline.build("Shares fell sharply, hours after a report the bank had commissioned was published.", _REF)
    assert _certain(tl, _nth(tl, "fell"), _nth(tl, "published")) == "AFTER"


def test_a_verb_after_a_relative_opener_is_no_clause_verb() -> None:
    """Control: "The pier closed days after a storm the town had feared which damaged the roof": "which damaged" opens
    another relative clause; the damaging is not what the signal orders."""
    tl = timeline.build("The pier closed days after a storm the town had feared which damaged the roof.", _REF)
    assert _certain(tl, _nth(tl, "closed"), _nth(tl, "damaged")) is None


# --- a perfect after a participle describing a verb's object looks back from that verb too ---------------------------

def test_a_perfect_after_an_object_participle_is_before_the_verb_holding_the_object() -> None:
    """ "Police later found the van dumped in a car park, where it had been stripped": the stripping came before the
    finding, not only before the dumping the participle tells."""
    tl = timeline.build("Police later found the van dumped in a car park, where it had been stripped.", _REF)
    assert _certain(tl, _nth(tl, "stripped"), _nth(tl, "found")) == "BEFORE"


def test_a_finite_verb_with_its_own_object_is_no_object_participle() -> None:
    """Control: "Police found the gang dumped the van in a car park, where it had been stripped": "dumped the van" is a
    clause of its own (an object after it); the stripping is not put before the finding."""
    tl = timeline.build("Police found the gang dumped the van in a car park, where it had been stripped.", _REF)
    assert _certain(tl, _nth(tl, "stripped"), _nth(tl, "found")) is None
