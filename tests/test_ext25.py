"""Helper ext, session 25: extents of time expressions in news texts written for the purpose."""

from __future__ import annotations

import timeline


def _tags(text: str, reference: str = "2026-05-12") -> list[tuple[str, str]]:
    """(extent, value) of every time expression, in text order."""
    return [(t.text, t.value) for t in timeline.tag(text, reference_time=reference).timexes]


def test_another_year_is_one_more_year() -> None:
    # "another", "an additional", "a further": one more, a length of its own, the word inside the extent
    assert _tags("The council voted to keep the bus lane for another year.") == [("another year", "P1Y")]
    assert _tags("The lender may extend the bridge loan for an additional year.") == [("an additional year", "P1Y")]


def test_another_before_a_count_is_inside_the_extent() -> None:
    assert _tags("Crews expect another three days of freezing rain.") == [("another three days", "P3D")]
    assert _tags("The dockers stayed out for a further two weeks.") == [("a further two weeks", "P2W")]


def test_another_second_is_an_ordinal() -> None:
    # "another second ballot": "second" is the ordinal there, as after "a"
    assert _tags("Nobody wants another second ballot in the province.") == []


def test_a_year_like_number_before_a_currency_is_an_amount() -> None:
    assert _tags("A seat in the stalls cost 1990 francs.") == []
    assert _tags("A loaf of bread sells for 2040 pesos.") == []
    assert _tags("The 1990 elections changed the country.") == [("1990", "1990")]


def test_recent_and_coming_quarters_are_vague_spans() -> None:
    assert _tags("Margins have shrunk in recent quarters.") == [("recent quarters", "PXQ")]
    assert _tags("The bank sees weaker lending in the coming quarters.") == [("the coming quarters", "PXQ")]


def test_a_later_date_points_ahead() -> None:
    assert _tags("The hearing was put off until a later date.") == [("a later date", "FUTURE_REF")]


def test_two_ordinals_sharing_quarters_are_two_quarters() -> None:
    # "the second and fourth quarters": "second" alone, the plural noun with the last; the year after the noun is both's
    assert _tags("Shipments peaked in the second and fourth quarters of 2024.", "2026-03-09") == [
        ("second", "2024-Q2"), ("fourth quarters of 2024", "2024-Q4")]


def test_a_plural_quarter_alone_is_no_quarter() -> None:
    # "the two fourth quarters" is no coordination: not tagged as a quarter
    assert all(not t.startswith("fourth quarters") for t, _ in _tags("The two fourth quarters were weak.", "2026-03-09"))


def test_a_clock_time_before_a_range_of_days_stays_apart() -> None:
    # "5 p.m. Tuesday through Sunday": the weekday opens the range of days, it is not the clock time's day
    texts = [t for t, _ in _tags("The gallery is open from 10 a.m. to 5 p.m. Tuesday through Sunday.", "2026-03-09")]
    assert texts == ["10 a.m.", "5 p.m.", "Tuesday", "Sunday"]
    assert [t for t, _ in _tags("The final starts at 5 p.m. Tuesday.", "2026-03-09")] == ["5 p.m. Tuesday"]


def test_a_length_in_two_units_after_in_is_one_length() -> None:
    # "in two hours and 12 minutes": one length, not "two hours" (an offset) and "12 minutes"
    assert _tags("The winner finished in three hours and 41 minutes.") == [("three hours and 41 minutes", "PT3H41M")]


def test_a_fiscal_year_with_both_years_is_one_expression() -> None:
    assert [t for t, _ in _tags("The levy applies from fiscal year 2026-27.", "2026-03-09")] == ["fiscal year 2026-27"]


def test_as_many_units_is_the_whole_count() -> None:
    assert _tags("The plant shut for the second time in as many months.") == [("as many months", "PXM")]


def test_a_second_half_in_a_forecast_about_the_economy() -> None:
    assert _tags("A recession is likely in the second half, the minister warned.", "2026-03-09") == [("the second half", "2026-H2")]


def test_quarterly_before_a_conjunction_is_the_adverb() -> None:
    # "meets quarterly and ...": a recurrence; "quarterly results" stays untagged (a modifier)
    assert _tags("The committee meets quarterly and publishes its minutes.") == [("quarterly", "P3M")]
    assert _tags("The bank posted quarterly earnings above forecasts.") == []
