"""Reporting verbs said at the story's time rather than at publication: attributions, reports told as a
participle, joined by "and", spoken at an occasion, with a dated event as subject, by the same teller,
closing a quote, in the passive, said afterwards; directives and declarations.  Read by
:func:`timeline.pipeline.assemble`; split out of the former pipeline.py."""

from __future__ import annotations

import re
import datetime as dt

from typing import TYPE_CHECKING, Mapping, Optional, Sequence

from ..anchoring import anchor_words, coordinated_firsts
from ..text import Doc

if TYPE_CHECKING:
    from ..anchoring.cues import AnchorWords
    from ..events.detect import EventMention


_SUBJECT_GAP = re.compile(r"\s+(?:[A-Za-z]+\s+){0,3}|\s+")  # at most a short phrase ("on Friday") between a subject noun and its verb
"""The longest measured gap ("about an hour after") after which a verb still tells the story's next step."""


def _attributions(text: str, mentions: Sequence["EventMention"]) -> frozenset[str]:
    """Reporting events that attribute the clause before them ("..., officials said"): a comma
    stands between them and the event before; "the first case was reported in August" reports
    its subject and is no attribution."""
    out = set()
    previous_end = 0
    for m in sorted(mentions, key=lambda m: m.start):
        if m.cls == "REPORTING" and "," in text[previous_end : m.start]:
            out.add(m.eid)
        previous_end = m.end
    return frozenset(out)


def _participle_reports(mentions: Sequence["EventMention"], language: str) -> frozenset[str]:
    """Reports told as a participle of their clause ("cut its forecast on Monday, saying demand had weakened"): said as the
    clause's act was done, so they take its time, not the publication's; "according" (lexicon ``not_verbs``) is no act."""
    from ..resolve.tense_cues import tense_words

    not_verbs = tense_words(language).not_verbs
    return frozenset(m.eid for m in mentions if m.cls == "REPORTING" and m.tense == "PRESPART" and m.text.lower() not in not_verbs)


def _coordinated_reports(doc: Doc, mentions: Sequence["EventMention"], timed: Mapping[str, str]) -> frozenset[str]:
    """Past reports with no time of their own that "and" joins to a dated verb told right before them, sharing its subject
    ("Experts examined the canvas on Tuesday and confirmed it was genuine"): said as that act was done, at its time,
    not speech reported at publication (the join as :func:`anchoring.times.coordinated_firsts` finds it)."""
    wanted = frozenset(m.eid for m in mentions if m.cls == "REPORTING" and m.pos == "VERB" and m.tense == "PAST" and m.eid not in timed)
    # (and to an act of the story told in the simple past with no time of its own, "Afterwards, she thanked the crowd and
    # said she would rest": said as she thanked, at the time the story gives that act; not to a verb of what a report before
    # it in its sentence tells, "said on Tuesday that the ground was sold and added": the telling's own act is the report)
    first_report: dict[int, int] = {}  # sentence start -> where its first report stands
    for m in mentions:
        if m.cls == "REPORTING":
            first_report[m.sentence_start] = min(m.start, first_report.get(m.sentence_start, m.start))
    acts = frozenset(m.eid for m in mentions if m.cls != "REPORTING" and m.pos == "VERB" and m.tense == "PAST" and m.aspect == "NONE"
                     and not (m.sentence_start in first_report and first_report[m.sentence_start] < m.start))
    return frozenset(eid for eid, first in coordinated_firsts(doc, mentions, wanted).items() if first in timed or first in acts)


def _second_reports(doc: Doc, mentions: Sequence["EventMention"], timed: Mapping[str, str]) -> frozenset[str]:
    """Past reports with no time of their own that "and" joins right after a dated report whose object is a noun phrase,
    no told clause ("Her family announced her death on Wednesday and said she had been ill"): the same teller's one
    statement, said at its time, not speech reported at publication.  Not after a told clause ("said that prices rose and
    added", the last verb before is the clause's) nor across a comma or another verb."""
    cues = anchor_words(doc.language)
    out = []
    ordered = sorted(mentions, key=lambda m: m.start)
    verbs = [m for m in ordered if m.pos == "VERB"]
    for first, m in zip(verbs, verbs[1:]):
        if (m.cls != "REPORTING" or m.tense != "PAST" or m.aspect != "NONE" or m.eid in timed or first.cls != "REPORTING"
                or first.tense != "PAST" or first.eid not in timed or first.sentence_start != m.sentence_start):
            continue
        between = doc.text[first.end : m.start]
        words = between.lower().split()
        if (not words or words[-1] not in cues.shared_before_coordinators or len(words) > 10 or any(c in between for c in ",;:()\"“”")
                or cues.complementizers.intersection(words)):
            continue
        out.append(m.eid)
    return frozenset(out)


def _addressing(doc: Doc, mentions: Sequence["EventMention"]) -> frozenset[str]:
    """Past reporting verbs spoken at an occasion of the story ("Prosecutors told the court that ...", "told a news
    conference"; lexicon ``addressed_occasion``; (s63) "She told police she had become addicted", lexicon ``telling_verbs`` and
    ``told_investigators``) or heard by it ("The jury heard that ...", lexicon ``occasion_subject``):
    said then, a step of the story, not speech reported at publication."""
    cues = anchor_words(doc.language)
    return frozenset(m.eid for m in mentions if m.cls in ("REPORTING", "PERCEPTION") and m.pos == "VERB" and m.tense == "PAST"
                     and ((m.cls == "REPORTING" and cues.addressed_occasion.match(doc.text, m.end) is not None)
                          or (m.text.lower() in cues.telling_verbs and cues.told_investigators.match(doc.text, m.end) is not None)  # (s63 lead) "told police
                          or cues.occasion_subject.search(doc.text, max(m.sentence_start, m.end - 40), m.end) is not None))


def _told_content(doc: Doc, mentions: Sequence["EventMention"], reports: frozenset[str]) -> frozenset[str]:
    """(s57) The events of the clause a report of ``reports`` tells after a complementizer ("The court heard [that] he had
    been scrolling ... before his van struck her on the morning of 3 April"): in its sentence, after the first
    complementizer that follows the report."""
    if not reports:
        return frozenset()
    cues = anchor_words(doc.language)
    by_sentence: dict[int, list["EventMention"]] = {}
    for x in mentions:
        by_sentence.setdefault(x.sentence_start, []).append(x)
    out = set()
    for m in mentions:
        if m.eid not in reports:
            continue
        end = doc.sentence_at(m.start)[1]
        opened = next((w.start() for w in _TOLD_WORD.finditer(doc.text, m.end, end) if w.group().lower() in cues.complementizers), None)
        if opened is not None:
            out.update(x.eid for x in by_sentence[m.sentence_start] if x.start > opened)
    return frozenset(out)


_TOLD_WORD = re.compile(r"[A-Za-z]+")


def _dated_subject_reports(doc: Doc, mentions: Sequence["EventMention"], timed: Mapping[str, str]) -> frozenset[str]:
    """Past reporting verbs whose subject is an event noun a time of its own dates, the first event of its sentence with at
    most that time's short phrase between ("A recount on Friday confirmed that ...", "Tuesday's inquest heard"): said by
    that happening, at its time, not speech reported at publication."""
    out = []
    first: dict[int, "EventMention"] = {}
    for m in mentions:
        noun = first.get(m.sentence_start)
        if noun is None:
            first[m.sentence_start] = m
            continue
        if (m.cls == "REPORTING" and m.pos == "VERB" and m.tense == "PAST"
                and (noun.pos == "NOUN" or (m.text.lower() in anchor_words(doc.language).evidence_reports and _describing_participle(doc, noun)))
                and noun.eid in timed and _SUBJECT_GAP.fullmatch(doc.text, noun.end, m.start) is not None
                and next((x for x in mentions if noun.end <= x.start < m.start), None) is None):
            out.append(m.eid)
    return frozenset(out)


_SET_OFF_ASIDE = re.compile(r",\s[^,;.]+,\s*")  # a noun's aside set off by two commas, up to the verb after it


def _aside_dated_reports(doc: Doc, mentions: Sequence["EventMention"], timed: Mapping[str, str]) -> dict[str, str]:
    """(s63 lead) Event -> its time, for a past reporting verb whose subject, an event noun first in its sentence, has an
    aside set off by commas whose one event is a past participle a time dates ("Its report, published on Tuesday, said
    managers had ignored warnings"), and for that noun: the report said it when it came out, at the participle's time,
    not at publication."""
    out: dict[str, str] = {}
    first: dict[int, int] = {}
    ordered = sorted(mentions, key=lambda m: m.start)
    for k, m in enumerate(ordered):
        j = first.setdefault(m.sentence_start, k)
        if j == k or k - j != 2:
            continue
        noun, part = ordered[j], ordered[j + 1]
        if (m.cls == "REPORTING" and m.pos == "VERB" and m.tense == "PAST" and noun.pos == "NOUN" and part.pos == "VERB"
                and part.tense == "PAST" and part.eid in timed and m.eid not in timed and noun.eid not in timed
                and _SET_OFF_ASIDE.fullmatch(doc.text, noun.end, m.start) is not None):
            out[m.eid] = out[noun.eid] = timed[part.eid]
    return out


def _teller_anaphor(cues: "AnchorWords", subject: Sequence[str]) -> bool:
    """Whether a subject is "the" and a noun that takes up an organisation named before ("Meridian Lines said on Wednesday
    ... The company reported revenue of"; lexicon ``teller_anaphors``)."""
    return len(subject) == 2 and subject[0].lower() == "the" and subject[1].lower() in cues.teller_anaphors


def _same_teller_reports(doc: Doc, mentions: Sequence["EventMention"], timed: Mapping[str, str]) -> dict[str, str]:
    """Past reporting verbs that open the sentence right after the lead, the first sentence that dates an event, when its
    first event is a report a time of its own dates, their subject a pronoun or a short name ("The mayor said on Thursday
    that she would cooperate ... She denied that she had helped the firm", "... Ward denied"): the teller goes on with
    the statement of that day, not speech reported at publication (after a later report of another day, "She announced
    on Monday a reward ... She told envoys", the story may be back at its own day) (lexicon ``subject_pronouns``; a verb of ``statement_verbs`` the tagger does not class as reporting counts too).
    Report -> the dated report before it."""
    cues = anchor_words(doc.language)
    out: dict[str, str] = {}
    first: dict[int, "EventMention"] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        first.setdefault(doc.sentence_index(m.start), m)
    lead = min((doc.sentence_index(m.start) for m in mentions if m.eid in timed), default=-1)
    for k, m in first.items():
        before = first.get(k - 1)
        if (k - 1 != lead or before is None or (m.cls != "REPORTING" and m.text.lower() not in cues.statement_verbs) or m.pos != "VERB" or m.tense != "PAST" or m.aspect != "NONE" or m.eid in timed
                or before.cls != "REPORTING" or before.pos != "VERB" or before.tense != "PAST" or before.eid not in timed):
            continue
        subject = doc.text[m.sentence_start : m.start].split()
        if (len(subject) == 1 and subject[0].lower() in cues.subject_pronouns) or (
                2 <= len(subject) <= 3 and subject[0].lower() not in cues.determiners and all(_NAME_WORD.fullmatch(w) for w in subject)) or (
                _teller_anaphor(cues, subject)):
            out[m.eid] = before.eid  # (one capitalised word may be a group, "Officials denied": another teller)
    return out


def _teller_goes_on(doc: Doc, mentions: Sequence["EventMention"], steps: frozenset[str]) -> dict[str, str]:
    """(s63 place) Past reports that open their sentence with a subject pronoun alone ("She said", "He added"), right after
    a sentence whose first event is a past report the story tells as one of its steps (``steps``: told to someone, at an
    occasion, dated; "A driver was jailed on Tuesday. Judge Helen Ward told him he had shown no remorse. She said the
    family would never recover"), or after such a pronoun's report itself: the teller goes on at the same occasion, not
    speech reported at publication (lexicon ``subject_pronouns``, ``statement_verbs``).  Report -> the report before it,
    in text order (a chain: "She said ... She added ..." each take up the one before)."""
    cues = anchor_words(doc.language)
    out: dict[str, str] = {}
    first: dict[int, "EventMention"] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        first.setdefault(doc.sentence_index(m.start), m)

    def reports(m: "EventMention") -> bool:
        return (m.pos == "VERB" and m.tense == "PAST" and m.aspect == "NONE"
                and (m.cls == "REPORTING" or m.text.lower() in cues.statement_verbs))

    for k in sorted(first):
        m, before = first[k], first.get(k - 1)
        if before is None or not reports(m) or not reports(before) or not (before.eid in steps or before.eid in out):
            continue
        subject = doc.text[m.sentence_start : m.start].split()
        if len(subject) == 1 and subject[0].lower() in cues.subject_pronouns:
            out[m.eid] = before.eid
    return out


_BENCH_SUBJECT = 4  # words at most of a bench report's subject ("Judge Alan Reed", "The judge", "District Judge Ann Roe")
_OTHER_SITTING = dt.timedelta(days=7)  # a dated time at most this long between the sentencing and a report may be another sitting


def _bench_reports(doc: Doc, mentions: Sequence["EventMention"], timed: Mapping[str, str],
                   spans: Mapping[str, tuple[dt.datetime, dt.datetime]]) -> dict[str, str]:
    """(s63 place) Past reports whose subject opens with a bench title (lexicon ``bench_titles``: "Judge Alan Reed told her
    she had abused the trust of patients", "The judge said"), with no time of their own, in a story whose first dated
    event is a past verb of sentencing (``sentencing_verbs``: "A nurse ... was jailed for two years on Tuesday"), told
    in a later sentence with no other time of at most a week dating an event between: spoken at that sentencing, not
    at publication.  Report -> the verb of sentencing."""
    cues = anchor_words(doc.language)
    if not cues.bench_titles or not cues.sentencing_verbs:
        return {}
    ordered = sorted(mentions, key=lambda m: m.start)
    lead = next((m for m in ordered if m.eid in timed), None)
    if lead is None or lead.pos != "VERB" or lead.tense != "PAST" or lead.text.lower() not in cues.sentencing_verbs:
        return {}
    lead_time = timed[lead.eid]
    out: dict[str, str] = {}
    for m in ordered:
        if m.sentence_start <= lead.sentence_start:
            continue
        if m.eid in timed:
            span = spans.get(timed[m.eid])
            if timed[m.eid] != lead_time and span is not None and span[1] - span[0] <= _OTHER_SITTING:
                break  # another day of the story: a later report may be of another sitting
            continue
        if not (m.pos == "VERB" and m.tense == "PAST" and m.aspect == "NONE"
                and (m.cls == "REPORTING" or m.text.lower() in cues.statement_verbs)):
            continue
        subject = [w.lower() for w in doc.text[m.sentence_start : m.start].split()]
        if subject[:1] == ["the"]:
            subject = subject[1:]
        if 1 <= len(subject) <= _BENCH_SUBJECT and any(w in cues.bench_titles for w in subject[:2]):
            out[m.eid] = lead.eid
    return out


def _end_attributions(doc: Doc, mentions: Sequence["EventMention"]) -> dict[str, str]:
    """Reports that close their sentence as a bare attribution (a subject pronoun and a past reporting verb after a comma
    or a closing quote, nothing but the full stop after it: '"We expect the wards to reopen soon," she said.', "It can be
    restored, they said.") right after a sentence that tells a past report: the pronoun takes up that teller, and the
    words were said at the same occasion (the report of "told reporters on Sunday", the judge's "told him" of the
    hearing), not as speech reported at publication (lexicon ``subject_pronouns``, ``statement_verbs``).
    Report -> the first past report of the sentence before."""
    cues = anchor_words(doc.language)
    text = doc.text
    out: dict[str, str] = {}
    first_report: dict[int, "EventMention"] = {}
    last: dict[int, "EventMention"] = {}

    def reports(m: "EventMention") -> bool:
        return (m.pos == "VERB" and m.tense == "PAST" and m.aspect == "NONE"
                and (m.cls == "REPORTING" or m.text.lower() in cues.statement_verbs))

    for m in sorted(mentions, key=lambda m: m.start):
        k = doc.sentence_index(m.start)
        last[k] = m
        if reports(m):
            first_report.setdefault(k, m)
    for k, m in last.items():
        before = first_report.get(k - 1)
        if before is None or not reports(m):
            continue
        end = doc.sentence_at(m.start)[1]
        if text[m.end : end].strip() not in (".", ""):
            continue
        head = text[max(doc.sentence_at(m.start)[0], m.start - 12) : m.start].rstrip()
        words = head.split()
        if len(words) < 2 or words[-1].lower() not in cues.subject_pronouns or not words[-2].endswith((",", '"', "\u201d")):
            continue
        out[m.eid] = before.eid
    return out


_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
"""A word of a person's name ("Helen Ward"); "The" matches too, so the subject's first word must be no determiner."""


_NOUN_PHRASE_OPENING = re.compile(r"\s*(?:[A-Z][a-z]+|[a-z]+)(?:\s+[a-z]+){0,3}\s+$")  # "Laboratory results ", "The tests "


def _describing_participle(doc: Doc, m: "EventMention") -> bool:
    """Whether ``m``, the first event of its sentence, is a bare past form right after the short noun phrase that opens
    the sentence ("Laboratory results received overnight confirmed ...", "Tests carried out on Monday showed ..."): the
    participle describes the subject, so a report a thing can make (lexicon ``evidence_reports``) is that thing's, at
    its time ("Residents evacuated on Sunday said" is speech at publication)."""
    if m.pos != "VERB" or m.tense != "PAST" or m.aspect != "NONE":
        return False
    start = doc.sentence_at(m.start)[0]
    return m.start - start <= 40 and _NOUN_PHRASE_OPENING.fullmatch(doc.text, start, m.start) is not None


def _directives(doc: Doc, mentions: Sequence["EventMention"]) -> frozenset[str]:
    """Reporting verbs that direct an act ("residents were told to keep their windows closed", "urged
    drivers to stay away"; lexicon ``directive_verbs``, ``directive_gap``): an order given at the story's time, not speech
    reported at publication."""
    cues = anchor_words(doc.language)
    ordered = sorted(mentions, key=lambda m: m.start)
    return frozenset(a.eid for a, b in zip(ordered, ordered[1:]) if a.cls == "REPORTING" and a.pos == "VERB" and b.tense == "INFINITIVE"
                     and a.text.lower() in cues.directive_verbs and cues.directive_gap.fullmatch(doc.text, a.end, b.start) is not None)


def _declarations(doc: Doc, mentions: Sequence["EventMention"]) -> frozenset[str]:
    """Reporting verbs whose object a state word completes ("A friend reported them missing", "declared him dead"; lexicon
    ``declared_state``), or told in the passive with the thing shown as its object ("was shown a red card"; lexicon
    ``shown_recipient``, matched from the be-form before the verb): an act of the story, done at its time, not speech
    reported at publication."""
    cues = anchor_words(doc.language)
    return frozenset(m.eid for m in mentions if m.cls == "REPORTING" and m.pos == "VERB"
                     and (cues.declared_state.match(doc.text, m.end) is not None
                          or cues.shown_recipient.search(doc.text, max(m.sentence_start, m.start - 8), min(len(doc.text), m.end + 8)) is not None))


def _said_afterwards(doc: Doc, mentions: Sequence["EventMention"], sentence_of: Mapping[str, int],
                     lead_day: Mapping[str, tuple[str, Optional[dt.datetime], dt.datetime]], continued: Mapping[str, str]) -> dict[str, str]:
    """Past reporting verbs with an adverb of ``after_occasion_adverbs`` right after them ("Harwick's manager said
    afterwards"), told right after a sentence whose happenings are on the lead's day (``lead_day``, see
    :func:`~timeline.placement.undated.news_day`) or go on with the time of the discourse (``continued``): spoken just
    after that occasion, so at its time too; so are those a phrase naming the occasion follows (``after_occasion_phrase``:
    "told reporters after the race", the phrase ending where an event noun begins). Report -> that time."""
    cues = anchor_words(doc.language)
    on_lead: dict[int, str] = {}
    for eid, (t, _start, _end) in lead_day.items():
        on_lead.setdefault(sentence_of[eid], t)
    for eid, t in continued.items():
        on_lead.setdefault(sentence_of[eid], t)
    out: dict[str, str] = {}
    noun_starts = frozenset(m.start for m in mentions if m.pos != "VERB")
    for m in mentions:
        if m.pos != "VERB" or m.cls != "REPORTING" or m.tense != "PAST" or sentence_of[m.eid] - 1 not in on_lead:
            continue
        after = doc.text[m.end : m.end + 12].split()
        phrase = cues.after_occasion_phrase.match(doc.text, m.end)
        if ((after and after[0].strip(",.;").lower() in cues.after_occasion_adverbs)
                or (phrase is not None and phrase.end() in noun_starts)):  # "told reporters after the race"
            out[m.eid] = on_lead[sentence_of[m.eid] - 1]
    return out


_TOLD_REACH = 4
"""Words at most between a clause signal and the passive report it opens ("when the final result was announced")."""


def _passive_reports(doc: Doc, mentions: Sequence["EventMention"]) -> frozenset[str]:
    """Reporting verbs told in the passive in a clause a signal opens ("cheered when the result was announced",
    "after the verdict was read out"): something that happened at the story's time, not speech reported at publication."""
    cues = anchor_words(doc.language)
    out = set()
    for m in mentions:
        if m.cls != "REPORTING" or m.pos != "VERB":
            continue
        words = [w.lower() for w in doc.text[m.sentence_start : m.start].split()]
        if not words or words[-1] not in cues.passive_be:
            continue
        for k in range(len(words) - 2, max(-1, len(words) - 3 - _TOLD_REACH), -1):
            if any(c in words[k] for c in ",;:()"):
                break  # the clause ends before the signal
            if words[k] in cues.clause_signals:
                out.add(m.eid)
                break
    return frozenset(out)


def _declared_state_times(doc: Doc, mentions: Sequence["EventMention"], timed: Mapping[str, str]) -> dict[str, str]:
    """(s60 place) Past reporting verbs with no time of their own told right before the state they declare, an event word
    with a time of its own, told in the passive (a be-form of lexicon ``passive_declaring`` right before: "Two walkers who
    were reported missing on Tuesday evening were found"): the declaring is done at that state's time (an act of the
    story, as :func:`_declarations`), not speech reported at publication ("The minister said spending in 2025 was too
    high": no passive, the saying stays the publication's).
    Report -> the state's time."""
    cues = anchor_words(doc.language)
    out: dict[str, str] = {}
    ordered = sorted(mentions, key=lambda m: m.start)
    for m, state in zip(ordered, ordered[1:]):
        before = doc.text[max(m.sentence_start, m.start - 12) : m.start].lower().split()[-1:]  # the passive's "were" ("said spending": none)
        if (m.cls == "REPORTING" and m.pos == "VERB" and m.tense == "PAST" and m.eid not in timed and state.eid in timed
                and before and before[0] in cues.passive_declaring
                and state.sentence_start == m.sentence_start and state.start > m.end and not doc.text[m.end : state.start].strip()):
            out[m.eid] = timed[state.eid]
    return out


def _teller_second_reports(doc: Doc, mentions: Sequence["EventMention"], timed: Mapping[str, str]) -> dict[str, str]:
    """(s60 place) Past reports (or intentions that open a told clause, "warned that") with no time of their own, told right after "and", whose clause's verb before them (no comma
    between) is a move of a period's figure (its subject a word of ``period_figures``: "sales fell") in the clause a
    dated report before it tells ("Brisco said on Monday that its sales fell 8% in the last three months of 2026 and
    warned that profits would be lower"): a figure makes no statement, so the teller made it, at the first report's
    time, not at the figure's period. Report -> the first report's time."""
    cues = anchor_words(doc.language)
    if not cues.complementizers or not cues.period_figures:
        return {}
    ordered = sorted((m for m in mentions if m.pos == "VERB"), key=lambda m: m.start)
    out: dict[str, str] = {}
    last_report = None  # the last dated report of the sentence so far
    for a, b in zip(ordered, ordered[1:]):
        if a.cls == "REPORTING" and a.eid in timed:
            last_report = a
        if last_report is None or last_report.sentence_start != b.sentence_start:
            continue
        opens = next(iter(doc.text[b.end : b.end + 12].lower().split()), "") in cues.complementizers  # ("warned that")
        if (not (b.cls == "REPORTING" or (b.cls == "I_ACTION" and opens)) or b.tense != "PAST" or b.eid in timed or a.cls == "REPORTING" or a.sentence_start != b.sentence_start
                or any(c in doc.text[a.end : b.start] for c in ",;:()")):
            continue
        between = doc.text[a.end : b.start].lower().split()
        before = doc.text[max(a.sentence_start, a.start - 24) : a.start].lower().split()
        told = doc.text[last_report.end : a.start].lower().split()
        if between[-1:] == ["and"] and before[-1:] and before[-1] in cues.period_figures and cues.complementizers.intersection(told):
            out[b.eid] = timed[last_report.eid]
    return out
