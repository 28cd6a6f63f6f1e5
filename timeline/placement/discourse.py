"""Soft facts from the discourse: narrated sequences, lasting states, the time the discourse around an event continues,
the lead's main time, habits."""

from __future__ import annotations

from types import MappingProxyType
import datetime as dt
import re
from typing import TYPE_CHECKING, Mapping, Sequence


from ..anchoring import REFERENCE, Link
from ..order import Constraint, end_of, start_of
from .base import SOFT_STRENGTH, SoftFact, _ZERO

if TYPE_CHECKING:
    from ..anchoring.cues import AnchorWords
    from ..events.detect import EventMention


SEQUENCE_CONFIDENCE = 0.7
"""How sure the likely layer is that two past verbs joined by "and" happened in the order told."""

SEQUENCE_GAP = dt.timedelta(days=1)
"""... and that the second began within this long after the first ended: "was arrested in
November, and spent 40 days in custody" (the custody began with the arrest, not at publication);
"a gale tore the ferry loose and damaged the ramp" (the damage is the gale's day)."""


def sequence_facts(text: str, mentions: Sequence["EventMention"], real: Mapping[str, bool], links: Sequence[Link] = (),
                   language: str = "en", relative: frozenset[str] = frozenset()) -> list[SoftFact]:
    """ "Firefighters arrived at the scene and put out the blaze": two past-tense verbs of one
    clause joined by "and" most likely started in the order told (``sequence`` in the
    language's anchoring cues); the second may start with the first, never before it.  When the
    first closes a clause a signal hangs on the verb before it ("arrived eight minutes after the
    alarm sounded and put out the blaze"), that verb is the one "and" joins (``links``: the
    anchoring links, whose event-to-event signal links say so), unless a comma set the signal's
    phrase off ("reopened on Tuesday, four days after a crane collapsed and killed two workers":
    "and" joins inside the phrase).  A relative clause closed by a
    comma ("received the prize, which was founded in 1921, and thanked ...": ``relative``, the
    verbs that describe a noun) tells no sequence with what follows it.  "and" or "but" with an adverb of the next step
    (``stepped_sequence``: "said the fire was an accident but later withdrew the statement") orders the two even when the
    first is a report.  An anaphoric time closing the first's clause ("bought the mill then and sold it in 2003":
    lexicon ``closing_time_anaphors``) keeps the order of the starts but not the second soon after the first."""
    from ..anchoring import anchor_words
    from ..anchoring.cues import closing_anaphor
    from ..order.links import Strength

    from ..wordscan import may_match

    cues = anchor_words(language)
    stepping = may_match(cues.stepped_sequence, text)  # (s61) no match tried where none of the pattern's words is written
    verbs = [m for m in mentions if m.pos == "VERB"]
    by_id = {m.eid: m for m in verbs}
    head_of: dict[str, "EventMention"] = {}
    for link in links:  # "had noticed water seeping ... before it collapsed": the clause's first verb, not the participle, is the head
        if (link.strength == Strength.SIGNAL and link.relation in ("after", "before") and link.source in by_id and link.target in by_id
                and by_id[link.source].start < by_id[link.target].start
                and (link.target not in head_of or by_id[link.source].start < head_of[link.target].start)):
            head_of[link.target] = by_id[link.source]
    for link in links:  # "visited shortly after the floods began to recede and promised": the verb "began" begins is its clause's last
        if link.relation in ("begun_by", "ended_by") and link.target in head_of and link.source in by_id and by_id[link.target].start < by_id[link.source].start:
            head_of[link.source] = head_of[link.target]
    out = []
    # (s62) a verb told as not done (or only supposed) is no step: "noticed payments he did not recognise and called the
    # police" tells noticing, then calling
    steps = [m for m in verbs if real.get(m.eid, False)]
    for last, b in zip(steps, steps[1:]):
        a = head_of.get(last.eid, last)
        if a is not last and "," in text[a.end : last.start] and "," not in text[last.end : b.start]:
            a = last  # "reopened on Tuesday, four days after a crane collapsed onto a berth and killed": "and" joins inside the clause
        stepped = a is last and stepping(last.end, b.start) and cues.stepped_sequence.fullmatch(text, last.end, b.start) is not None
        if (a.sentence_start != b.sentence_start or not real.get(a.eid, False) or not real.get(b.eid, False)
                or a.tense != "PAST" or b.tense != "PAST" or a.aspect not in ("NONE", "PERFECTIVE") or b.aspect != "NONE"
                or (a.cls == "REPORTING" and not stepped and not _reported_step(cues, a, last, b))):
            continue
        if a.eid in relative and "," in text[a.end : b.start]:
            continue
        # "A farmer who saw the landing drove the injured to a clinic": the perceiver acts after perceiving
        perceived = a is last and a.cls == "PERCEPTION" and a.eid in relative and cues.perceived_object.fullmatch(text, a.end, b.start)
        if perceived or stepped or cues.sequence.fullmatch(text, last.end, b.start):
            evidence = f"told in sequence: {text[a.start : b.end]}"
            fact = Constraint(start_of(a.eid), start_of(b.eid), _ZERO, None, evidence, SOFT_STRENGTH)
            out.append(SoftFact(a.eid, b.eid, "START_BEFORE", SEQUENCE_CONFIDENCE, "event-event", (fact,), "told in sequence", told="sequence"))
            if closing_anaphor(cues, text, a.end, b.start):
                continue  # "bought the mill then and sold it in 2003": the first has a time of its own told before, not the second's
            if a is last and a.text.lower() in cues.dwelling_verbs:
                # (s60 place) "lived in a cottage by the estuary and wrote three books": the second done while the first
                # held, over by its end, not soon after it: most likely any time of it, from its start ("In her final years
                # she lived in a flat and wrote a memoir. She died on Monday": not on the death day)
                along = Constraint(start_of(a.eid), start_of(b.eid), _ZERO, _ZERO, evidence, SOFT_STRENGTH)
                inside = Constraint(end_of(b.eid), end_of(a.eid), _ZERO, None, evidence, SOFT_STRENGTH)
                out.append(SoftFact(b.eid, a.eid, "IS_INCLUDED", SEQUENCE_CONFIDENCE, "sequence", (along, inside), "done while the first held"))
                continue
            soon = Constraint(end_of(a.eid), start_of(b.eid), None, SEQUENCE_GAP, evidence, SOFT_STRENGTH)
            out.append(SoftFact(b.eid, a.eid, "AFTER", SEQUENCE_CONFIDENCE, "sequence", (fact, soon), "told in sequence"))
            # and the first over by then ("studied law and worked for a decade at the ministry before winning a seat in
            # 1979": the studying ended when the work began, not at publication)
            ended = Constraint(start_of(b.eid), end_of(a.eid), None, SEQUENCE_GAP, evidence, SOFT_STRENGTH)
            out.append(SoftFact(a.eid, b.eid, "BEFORE", SEQUENCE_CONFIDENCE, "sequence-end", (ended,), "told in sequence"))
    out += _gerund_steps(text, verbs, real, links)
    ids = frozenset(m.eid for m in mentions)
    out += _comma_participles(text, mentions, real, frozenset(link.source for link in links if link.target in ids), language)
    return out


def _comma_participles(text: str, mentions: Sequence["EventMention"], real: Mapping[str, bool], linked: frozenset[str],
                       language: str) -> list[SoftFact]:
    """(s63 lead) "Cole then won it in stoppage time, firing in from the edge of the area": a present participle the tagger
    took for a noun (by lexicon ``participle_days.endings``) right after the comma that follows the past verb
    before it in its sentence, with no link of its own, tells how or with what that act was done: most likely with it, soon
    after its start (not on the publication day a learned guess gives).  (s64) So does a verb participle that tells what
    the act did (``participle_days.outcomes``: "A driver who crashed into the traffic, killing two people, was jailed on
    Friday": the killing is the crash's, not Friday's)."""
    from ..lexicon import load_lexicon

    table = load_lexicon(language).tables.get("participle_days", {})
    endings, not_participles = tuple(table.get("endings", ())), frozenset(table.get("not_participles", ()))
    outcomes = frozenset(table.get("outcomes", ()))
    out = []
    ordered = sorted(mentions, key=lambda m: m.start)
    for a, b in zip(ordered, ordered[1:]):
        participle = ((b.pos == "NOUN" and bool(endings) and b.text.lower().endswith(endings)) and (
            b.text.lower() not in not_participles)  # (not "stopped on Monday, according to officials": an attribution)
            or (b.pos == "VERB" and b.text.lower() in outcomes))  # (s64) "crashed into the traffic, killing two": what it did
        # (only one the tagger took for a noun: a verb participle has the rules of its own, and on MATRES this one cost
        # "accepted the papers, marking their entry" its day and "..., wearing a hard hat, toured" its order)
        if (a.pos != "VERB" or a.sentence_start != b.sentence_start or a.tense != "PAST" or a.aspect != "NONE" or not participle
                or b.eid in linked or not real.get(a.eid, False) or not real.get(b.eid, False)):
            continue
        between = text[a.end : b.start]
        if not between.rstrip().endswith(",") or between.count(",") != 1:
            continue
        evidence = f"told with it: {text[a.start : b.end]}"
        fact = Constraint(start_of(a.eid), start_of(b.eid), _ZERO, None, evidence, SOFT_STRENGTH)
        soon = Constraint(end_of(a.eid), start_of(b.eid), None, SEQUENCE_GAP, evidence, SOFT_STRENGTH)
        out.append(SoftFact(b.eid, a.eid, "AFTER", SEQUENCE_CONFIDENCE, "sequence", (fact, soon), "told with it"))
    return out


def _gerund_steps(text: str, verbs: Sequence["EventMention"], real: Mapping[str, bool], links: Sequence[Link]) -> list[SoftFact]:
    """(s58) "took watches worth 300,000 pounds before escaping on motorbikes": a gerund a signal link ("before", "prior
    to") orders after the past verb of its clause is the story's next step, told in sequence as "and" tells one: most
    likely soon after it, on its day once that is known (not on the publication day a learned guess gives)."""
    by_id = {m.eid: m for m in verbs}
    out = []
    for link in links:
        a, b = by_id.get(link.source), by_id.get(link.target)
        if (link.relation != "before" or a is None or b is None or a.sentence_start != b.sentence_start or a.tense != "PAST"
                or a.aspect != "NONE" or b.tense != "PRESPART" or not real.get(a.eid, False) or not real.get(b.eid, False)):
            continue
        evidence = f"told in sequence: {text[a.start : b.end]}"
        fact = Constraint(start_of(a.eid), start_of(b.eid), _ZERO, None, evidence, SOFT_STRENGTH)
        soon = Constraint(end_of(a.eid), start_of(b.eid), None, SEQUENCE_GAP, evidence, SOFT_STRENGTH)
        out.append(SoftFact(b.eid, a.eid, "AFTER", SEQUENCE_CONFIDENCE, "sequence", (fact, soon), "told in sequence"))
    return out


def _reported_step(cues: "AnchorWords", a: "EventMention", last: "EventMention", b: "EventMention") -> bool:
    """Whether the report ``a`` is a step of the story "and" orders: a verb of ``object_reports`` (whose object may be the
    thing reported, "A guard reported a smell of diesel, and the operator halted trains") right before ``b`` (``last``: the
    verb "and" joins; a clause it reports would put its own verb between), ``b`` no report itself."""
    return a is last and b.cls != "REPORTING" and a.text.lower() in cues.object_reports


def lasting_states(text: str, mentions: Sequence["EventMention"], language: str = "en") -> frozenset[str]:
    """The states a verb says lasted ("remained closed", "stayed shut", "the strike lasted"), outside
    a sentence told in the present perfect ("has remained closed for months" reaches up to now)."""
    from ..anchoring import anchor_words

    cues = anchor_words(language)
    states = cues.state_verbs | cues.lasting_verbs
    perfect = frozenset(m.sentence_start for m in mentions if m.pos == "VERB" and m.tense == "PRESENT" and m.aspect == "PERFECTIVE")
    out = set()
    for m in mentions:
        words = text[max(m.sentence_start, m.start - 24) : m.start].split()
        if m.sentence_start not in perfect and (m.text.lower() in states or (words and words[-1].lower() in states)):
            out.add(m.eid)
    return frozenset(out)


def continued_discourse(events: Sequence[tuple[str, str, int]], lends: Mapping[str, str], opening: frozenset[int], real: Mapping[str, bool],
                        past: Mapping[str, bool], past_times: frozenset[str], timed: Mapping[str, str], now_told: frozenset[str] = frozenset(),
                        flashbacks: frozenset[str] = frozenset(), carried: frozenset[str] = frozenset(),
                        narrated: frozenset[str] = frozenset(), addressing: frozenset[str] = frozenset(),
                        clock_times: frozenset[str] = frozenset(), far_back: Mapping[str, str] = MappingProxyType({}),
                        paragraph_of: Mapping[int, int] = MappingProxyType({}), ahead: frozenset[str] = frozenset(),
                        background: frozenset[str] = frozenset(), attributing: frozenset[str] = frozenset(),
                        lead_main: Mapping[int, str] = MappingProxyType({}), undating: frozenset[str] = frozenset(),
                        later_asides: Mapping[int, tuple[dt.datetime, str]] = MappingProxyType({}),
                        spans: Mapping[str, tuple[dt.datetime, dt.datetime]] = MappingProxyType({}),
                        deadlines: frozenset[int] = frozenset()) -> dict[str, str]:
    """Event -> the time it continues from the sentence before: its sentence opens with a pronoun
    taking that sentence up (``opening``: "The last strike, in 2019, lasted 11 days. It ended after
    the government appointed a mediator.") and dates nothing itself, the event is past and the
    earlier time (of the last real event there that is no report) was over before publication;
    an event the text ties to a time (``timed``) keeps its own, and one told in the present or the
    perfect (``now_told``: "It is the largest reward the government has ever offered") reaches now;
    the time of a flashback (``flashbacks``, events told in the past perfect: "She had sprained her
    ankle on Sunday. She was flown to hospital") is continued only by another flashback; after a
    flashback inside a report with a time of its own ("The owner said on Wednesday that the unit
    had been repaired in March. He apologised"), a sentence with no flashback continues the
    report's time. Without a
    pronoun, a day or a part of one (``carried``; not a clock time, which no other event shares) is
    continued by a happening told in the simple past that the text ties to nothing (``narrated``:
    "A fire broke out on Tuesday. The crew abandoned the vessel"). What a report spoken at an
    occasion (``addressing``: "Prosecutors told the court that he accepted the money in 2022") says
    after it dates neither it nor its sentence: the telling continues the occasion's time; and a
    flashback told after a time of the story in one sentence ("convicted him on Thursday, ending a
    trial that had opened three weeks earlier") does not take that time's place. A report at a clock time
    (``clock_times``: "A tenant reported a smell of gas shortly before 9 p.m.") is a step of the story, not speech
    reported at publication: its time is carried as a happening's. A day told well before a time the story told
    earlier (``far_back``: flashback time -> that story time; "called off a strike on Thursday ... Drivers first walked
    out on March 3") is a flashback: only a happening the narration itself tells in its paragraph (``paragraph_of``:
    sentence -> paragraph) goes on with it; what an undated report says after it ("Union leaders said the deal was
    approved") is left to the conventions for reports, and a new paragraph ("Councillors voted by 31 to 9") is back at
    the story's time. A time that begins after publication (``ahead``: "Councillors voted to close the library next
    spring") is a plan's: it keeps no past step of its sentence from going on with the time before. A flashback time
    that ends :data:`BACKGROUND_GAP` or more before the story's time (``background``: "The library opened in 1962.
    Several speakers urged ...") is no scene: an undated happening after it, in a sentence that does not open with a
    pronoun, is back at the story's time. A report spoken at an occasion that attributes what its sentence told before it
    (``attributing``: "She began taking the drugs in 2021, the court heard") is not dated by what it attributes: the
    hearing continues the time before its sentence. A sentence opening with a pronoun that takes up the speaker of a report
    spoken at an occasion its own time dates ("The climber's brother gave evidence at the first hearing in May. He told
    the inquest that ..."), even a time well before the story's, tells that occasion's report. A lead that dates its main act and then an act on another day
    (``lead_main``: lead sentence -> its main act's time; see :func:`lead_main_time`) hands on its main act's time to a
    new paragraph that does not open by taking up the sentence before ("won the shield on Saturday ... and celebrated on
    Monday. Alder Town took the lead after eight minutes": the match's Saturday). The time of an event in an aside that
    dates nothing told before it (``undating``: "was taken to hospital, where she had surgery on Thursday") leaves the
    events before it in its sentence to go on with the sentence before's time. A relative clause on the object told after
    the main verb (``later_asides``: sentence -> the start of its time and that time; "A neighbour called the police, who
    found the tools the next day") tells what came after the main act: the main act goes on with the time before only
    when that time (``spans``: time -> its bounds) ends by the relative clause's ("The council then went to the High
    Court, which ruled against it in May" does not go on with a time after May). (s63) A sentence with a past deadline of
    its own (``deadlines``: sentences with an event told done by a past time, "He had closed his business account by the
    following spring and moved to Spain") is dated: its other steps do not go on with the sentence before's time."""
    last_time: dict[int, str] = {}
    told_in: dict[str, int] = {}  # a flashback time -> the paragraph it was told in
    told_back: dict[int, bool] = {}
    past_told: dict[int, str] = {}  # sentence -> the last time of a real event it told that is not a plan's ahead
    reported_at: dict[int, str] = {}
    dated: set[int] = set()
    addressed: set[int] = set()  # sentences in which a report spoken at an occasion has been passed
    spoke_at: dict[int, str] = {}  # sentence -> the own time of its first report spoken at an occasion
    heard_at: dict[int, str] = {}  # sentence -> the last past time of a happening its report spoken at an occasion told
    opened: set[int] = set()  # sentences with an event told so far (a report first in its sentence attributes nothing of it)
    dated.update(deadlines)
    for eid, cls, sentence in events:
        attributes = cls == "REPORTING" and eid in attributing and eid not in addressing and sentence in opened
        opened.add(sentence)
        if eid in addressing:
            addressed.add(sentence)
            if eid in lends and real.get(eid, False):
                spoke_at.setdefault(sentence, lends[eid])
        if eid in lends and lends[eid] in far_back:
            told_in.setdefault(lends[eid], paragraph_of.get(sentence, 0))
        if eid in lends and sentence not in addressed:
            if (lends[eid] not in ahead and eid not in undating  # ("Councillors voted to close the library next spring": a plan's time ahead dates no past step of its sentence)
                    and not attributes):  # (s54) nor the time of a report attributing what its sentence told before it ("They
                # earned a day off, the coach said on Monday": the earning goes on with the time before, as with no time at all;
                # not "Mark Ellis, 58, admitted the fraud in September", a report with a comma before it but first in its sentence)
                dated.add(sentence)
            if (real.get(eid, False) and (cls != "REPORTING" or lends[eid] in clock_times)
                    and not (eid in flashbacks and sentence in last_time and not told_back[sentence])):
                last_time[sentence] = lends[eid]
                told_back[sentence] = eid in flashbacks
                if lends[eid] not in ahead:
                    past_told[sentence] = lends[eid]
            elif real.get(eid, False):
                reported_at.setdefault(sentence, lends[eid])
        elif eid in lends and eid in addressing and real.get(eid, False) and lends[eid] not in far_back:
            reported_at.setdefault(sentence, lends[eid])  # "On Monday the judge told her ...": that sitting's time (not "admitted it at a hearing in March")
        elif (eid in lends and sentence in addressed and eid not in addressing and real.get(eid, False) and cls != "REPORTING"
              and eid not in flashbacks and lends[eid] in past_times and lends[eid] not in ahead):
            heard_at[sentence] = lends[eid]  # "The court heard that the man forced a door shortly after midnight on Thursday": what was heard
    # a sentence whose time is a plan's ahead leaves an occasion's time where the sentence before it set it ("admitted the
    # theft on Monday. She will be sentenced next month. The court heard that ..."): heard at Monday's sitting
    before_plan = {sentence: last_time[sentence - 1] for sentence, t in last_time.items()
                   if t in ahead and sentence - 1 in last_time and last_time[sentence - 1] not in ahead}
    looking_back = frozenset(sentence for eid, _cls, sentence in events if eid in flashbacks)
    passing = _passing_sentences(events, lends, real)
    out = {}
    reporting: set[int] = set()  # sentences in which an undated report has been passed
    telling: set[int] = set()  # sentences in which a report spoken at an occasion has been passed
    for eid, cls, sentence in events:
        if cls == "REPORTING" and eid not in lends and eid not in addressing and real.get(eid, False):
            reporting.add(sentence)
        if eid in addressing:
            telling.add(sentence)
        elif sentence in telling:
            continue  # "Prosecutors told the court that he took the money and hid it": what was told, not the telling's time
        if cls == "I_STATE" and sentence in reporting:
            continue  # "She said the crews expected to contain it": what a report says was thought is thought when it is said
        before = sentence - 1
        if (before not in last_time and before in passing and before - 1 in last_time
                and paragraph_of.get(before, 0) == paragraph_of.get(sentence, 0)):
            before -= 1  # (s60) "Wagons left the rails at 10.50 p.m. Nobody was hurt. The driver stopped the engine": past a
            # sentence that tells no real happening (only what did not happen, or an undated report), the story goes on
        t = last_time.get(before)
        if t is not None and t not in past_times and reported_at.get(before) in past_times and eid in narrated:
            # "told staff on Tuesday that the plant would close at the end of the year. Workers then staged a sit-in": what
            # the report said lies ahead; the story goes on from the telling's time, not the plan's
            t = reported_at[before]
        if (before in lead_main and t is not None and sentence not in opening
                and paragraph_of.get(sentence, 0) != paragraph_of.get(before, 0)):
            t = lead_main[before]  # the lead's main act: what the next paragraph goes on to tell of
        if before in heard_at and eid in narrated and eid not in addressing and sentence not in opening:
            # "The court heard that the man forced a door shortly after midnight on Thursday. A neighbour who saw the van called
            # the police": the story the court heard goes on, at its time, not the hearing's
            t = heard_at[before]
        if t is None and eid in addressing:
            t = reported_at.get(before)  # "On Tuesday the judge told him ... The court heard that": heard at that sitting
        if eid in addressing and before in before_plan and (t is None or t in ahead):
            t = before_plan[before]
        elif eid in addressing and (t is None or t in ahead) and before in past_told:
            t = past_told[before]  # "was banned on Thursday and will be sentenced in January. The judge said": Thursday's sitting
        if eid in addressing and sentence in opening and before in spoke_at:
            t = spoke_at[before]  # "gave evidence at the first hearing in May. He told the inquest": at that hearing
        elif t is not None and t in told_in and sentence in reporting:
            continue  # a flashback's day: not what an undated report says of it (which the conventions for reports place)
        if t is not None and t in told_in and paragraph_of.get(sentence, 0) != told_in[t]:
            t = far_back[t]  # nor a new paragraph: the story's time
        elif t is not None and t in background and t in far_back and sentence not in opening and eid not in flashbacks:
            t = far_back[t]  # nor after a year's or a month's background ("The library opened in 1962. Speakers urged ..."): the story's time
        if t is not None and told_back.get(before, False) and eid not in flashbacks:
            # "The owner said on Wednesday that the unit had been repaired in March. He apologised":
            # after a flashback inside a report, a sentence with none is back at the report's time; after one outside a
            # report, at the story's time the flashback stepped back from ("admitted the theft on Monday. She had denied it
            # at a hearing in January. She was released on bail": Monday), when the flashback's time lies well before it
            # (a new paragraph or a background's end has moved it back to the story's time already: it stays there)
            if t == last_time.get(before):
                t = reported_at.get(before) or far_back.get(t)
                if t is None or sentence in looking_back:
                    continue
        if (t is not None and sentence in later_asides and eid not in addressing and cls != "REPORTING"
                and (t not in spans or spans[t][1] > later_asides[sentence][0])):
            continue  # "went to the High Court, which ruled against it in May": not after the ruling's time (a report's
            # own time is not bound by what it tells: "The court heard she bought a car, which she bought in 2021")
        heard_after = eid in addressing and eid in attributing  # "..., the court heard": its sentence's times are what it heard
        if (t is not None and (sentence in opening or (t in carried and (eid in narrated or heard_after))) and (sentence not in dated or heard_after)
                and t in past_times and cls != "REPORTING"
                and real.get(eid, False) and past.get(eid, False) and eid not in timed and eid not in now_told):
            out[eid] = t
            if sentence not in last_time:  # the narration goes on: the next sentence may continue the same time
                last_time[sentence] = t
                told_back[sentence] = told_back.get(before, False)
    return out


def _passing_sentences(events: Sequence[tuple[str, str, int]], lends: Mapping[str, str], real: Mapping[str, bool]) -> frozenset[int]:
    """Sentences that tell no real happening and date nothing: only what did not happen or might ("Nobody was hurt."), or
    an undated report of it ("No one was injured, police said."); the story's time goes on past them."""
    told: dict[int, bool] = {}
    for eid, cls, sentence in events:
        happening = eid in lends or (real.get(eid, False) and cls != "REPORTING")
        told[sentence] = told.get(sentence, False) or happening
    return frozenset(sentence for sentence, happened in told.items() if not happened)


_WORDS = re.compile(r"[^\W\d_]+")


def lead_main_time(events: Sequence[tuple[str, str, int]], lends: Mapping[str, str], real: Mapping[str, bool],
                   past_times: frozenset[str], flashbacks: frozenset[str] = frozenset(), ahead: frozenset[str] = frozenset(),
                   text: str = "", offsets: Mapping[str, tuple[int, int]] = MappingProxyType({}),
                   coordinators: frozenset[str] = frozenset()) -> dict[int, str]:
    """The lead sentence -> its main act's time, when the lead (the first sentence that dates a real event other than a
    report) dates its main act (its first dated one, no flashback) to a time over before publication and an act after it
    to another ("Westbrook won the county shield on Saturday, beating Alder Town 3-1, and celebrated with a civic
    reception on Monday"): the news is the main act, and the paragraph after the lead tells of it, not of the act joined on after it (see
    :func:`continued_discourse`). Empty when the lead dates one time only, or a time ahead of publication (``ahead``), or
    when no coordinator (``coordinators``) joins the later act to the main one in the ``text`` between them (``offsets``)."""
    times: list[tuple[str, str]] = []
    lead = None
    for eid, cls, sentence in events:
        if lead is not None and sentence != lead:
            break
        if eid in lends and real.get(eid, False) and cls != "REPORTING":
            lead = sentence
            times.append((eid, lends[eid]))
    if lead is None or len({t for _eid, t in times}) < 2:
        return {}
    first_eid, first = times[0]
    later_eid = next(eid for eid, t in times if t != first)
    if first_eid not in offsets or later_eid not in offsets or not coordinators.intersection(
            w.lower() for w in _WORDS.findall(text, offsets[first_eid][1], offsets[later_eid][0])):
        return {}  # the later act joined on ("..., and celebrated on Monday"), not the main verb after a relative clause's
        # dated act ("A van driver who hit a cyclist in May was banned on Friday": Friday's is the news)
    if first_eid in flashbacks or first not in past_times or any(t in ahead for _eid, t in times):  # (the later act may be the
        # publication day's, not a plan's ahead: "showed the company is moving to prepare for a turnaround next year")
        return {}
    return {lead: first}


HABIT_CONFIDENCE = 0.7
"""How sure the likely layer is that a past habit held from the time told before it up to publication (see :func:`habit_facts`)."""


def habit_facts(habits: Mapping[str, str]) -> list[SoftFact]:
    """ "Doyle took the card in February ... Every Friday she visited the woman": a habit told in the simple past with a
    recurring time in its clause (``habits``: event -> the time of the sentence before it) is no one day's act, neither
    the publication day's nor that time's: it most likely held from the start of that time up to publication, an honest
    wide interval."""
    evidence = "a past habit (a recurring time in its clause): from the time told before it, before publication"
    return [SoftFact(eid, t, "AFTER", HABIT_CONFIDENCE, "discourse",
                     (Constraint(start_of(t), start_of(eid), _ZERO, None, evidence, SOFT_STRENGTH),
                      Constraint(end_of(eid), end_of(REFERENCE), _ZERO, None, evidence, SOFT_STRENGTH)),
                     told="habit")
            for eid, t in habits.items()]
