"""Web pages in: the article without its page furniture, its title without the site's name, its own date."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.io.html import NoArticleError, _title_without_site, read_html

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Island ferry resumes service after storm repairs | The Harbour Courier</title>
<meta property="og:site_name" content="The Harbour Courier">
<meta property="og:title" content="Island ferry resumes service after storm repairs">
<meta property="article:published_time" content="2026-04-14T09:30:00+02:00">
<script>window.__config = {"build": "2026-01-09", "offset": "+02:00"};</script>
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2026-04-14T09:30:00+02:00", "headline": "Island ferry resumes service after storm repairs"}</script>
</head>
<body>
<div class="cookie-banner" id="cookie-consent">
  <p>We use cookies to improve your experience. Your choice is stored for 12 months. Accept all cookies or manage your settings.</p>
  <button>Accept</button>
</div>
<nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/weather">Weather</a></nav>
<main>
<article>
<h1>Island ferry resumes service after storm repairs</h1>
<p class="byline">By Morag Lindsay, transport reporter</p>
<p>The island ferry sailed again on Monday after crews replaced the damaged loading ramp at the north pier.</p>
<p>The ramp was torn loose on March 28, when gale-force winds pushed the vessel against the pier for nearly three hours. Engineers inspected the hull the following week and found only minor dents.</p>
<p>Passengers queued from early morning, and the first crossing left at 07:15. The operator said on Sunday that the timetable would return to normal by the end of April.</p>
<p>Fishing crews, who had used the south pier during the repairs, welcomed the reopening and said the weeks of detours had cost them fuel and time.</p>
</article>
<div class="related-stories">
  <h3>Related stories</h3>
  <ul>
    <li><a href="/a">Harbour wall collapsed in January 2019 storm</a></li>
    <li><a href="/b">Council approved new pier budget in 2024</a></li>
    <li><a href="/c">Ferry fares rose by five percent last September</a></li>
  </ul>
</div>
<section class="comments" id="comments">
  <h3>Leave a Comment</h3>
  <p>Your email address will not be published. Required fields are marked *</p>
  <form><textarea name="comment"></textarea><button>Post Comment</button></form>
  <div class="comment"><p>I waited two hours on Tuesday for the bus instead. - Angus, 15 April 2026</p></div>
</section>
</main>
<footer>
  <p>© 2026 The Harbour Courier. All rights reserved. Registered in Scotland in 1998.</p>
  <p>Subscribe to our newsletter, sent every Friday.</p>
</footer>
</body>
</html>
"""

ARTICLE = (
    "The island ferry sailed again on Monday after crews replaced the damaged loading ramp at the north pier.",
    "The ramp was torn loose on March 28, when gale-force winds pushed the vessel against the pier for nearly three hours. "
    "Engineers inspected the hull the following week and found only minor dents.",
    "Passengers queued from early morning, and the first crossing left at 07:15. "
    "The operator said on Sunday that the timetable would return to normal by the end of April.",
    "Fishing crews, who had used the south pier during the repairs, welcomed the reopening and said the weeks of detours had cost them fuel and time.",
)
TITLE = "Island ferry resumes service after storm repairs"
# words of the cookie banner, navigation, byline, related links, comment form, a reader's comment and the footer
FURNITURE = ("cookies", "12 months", "Accept", "Weather", "Morag", "Related stories", "Harbour wall", "January 2019", "pier budget",
             "five percent", "Leave a Comment", "Required fields", "Post Comment", "Angus", "Tuesday", "15 April", "rights reserved",
             "Scotland", "1998", "newsletter", "Friday", "The Harbour Courier", "2026-01-09", "+02:00")


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def trafilatura():
    pytest.importorskip("htmldate")
    return pytest.importorskip("trafilatura")


@pytest.fixture()
def page(tmp_path) -> Path:
    path = tmp_path / "ferry.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_article_text_without_furniture(trafilatura) -> None:
    article = read_html(PAGE)
    assert article.extractor == "trafilatura"
    assert article.title == TITLE and article.text.startswith(TITLE + "\n\n")
    for paragraph in ARTICLE:
        assert paragraph in article.text
    for words in FURNITURE:
        assert words not in article.text, words
    assert article.published == "2026-04-14T09:30"  # the page's local time, the offset left out as everywhere


def test_title_comes_first_even_without_a_heading_in_the_body(trafilatura) -> None:
    article = read_html(PAGE.replace(f"<h1>{TITLE}</h1>", ""))
    assert article.text.startswith(TITLE + "\n\n" + ARTICLE[0])


def test_title_without_the_site_name() -> None:
    assert _title_without_site("Ferry back | The Harbour Courier", "The Harbour Courier") == "Ferry back"
    assert _title_without_site("Ferry back after repairs to the north pier - Courier", None) == "Ferry back after repairs to the north pier"
    assert _title_without_site("Storm - what we know", None) == "Storm - what we know"  # not a site name: as long as the rest
    assert _title_without_site(None, "Courier") is None


def test_standard_library_fallback_still_reads_the_page() -> None:
    article = read_html(PAGE, extractor="html.parser")
    assert article.title == TITLE and article.published == "2026-04-14T09:30" and ARTICLE[0] in article.text
    assert "window.__config" not in article.text and "Post Comment" not in article.text


@pytest.mark.parametrize("command", ["tag", "build", "render"])
def test_page_date_is_used_and_said(trafilatura, page, capsys, command) -> None:
    args = [command, str(page), "--format", "json"] + ([] if command == "tag" else ["--event-model", "perceptron"])
    code, out, err = run(capsys, *args)
    assert code == 0, err
    data = json.loads(out)
    assert data["reference_time"] == "2026-04-14T09:30"
    assert data["reference_time_source"] == "from the page's meta article:published_time"


def test_no_expression_from_page_furniture(trafilatura, page, capsys) -> None:
    code, out, _ = run(capsys, "tag", str(page))
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    article = read_html(PAGE).text
    assert {r["text"] for r in records} >= {"Monday", "March 28", "07:15", "Sunday", "the end of April"}
    for r in records:
        assert any(r["text"] in p for p in ARTICLE), r["text"]
        assert article[r["start"]:r["end"]] == r["text"]
    assert not any(r["text"] in ("02:00", "2026-01-09", "12 months", "Friday", "Tuesday", "1998") for r in records)


def test_no_event_from_page_furniture_and_the_title_in_the_heading(trafilatura, page, capsys) -> None:
    code, out, _ = run(capsys, "build", str(page), "--event-model", "perceptron")
    assert code == 0
    events = json.loads(out)["events"]
    assert events
    for e in events:
        assert any(e["sentence"] in p for p in ARTICLE), e["sentence"]  # no banner, related link, comment or footer event
    code, out, _ = run(capsys, "render", str(page), "--event-model", "perceptron")
    assert code == 0
    heading = out.splitlines()[0]
    assert heading == f"# Timeline: {TITLE}"


def test_page_date_beats_a_batch_reference_time_unless_forced(trafilatura, tmp_path, capsys) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.html").write_text(PAGE, encoding="utf-8")
    (folder / "b.html").write_text(PAGE.replace("2026-04-14T09:30:00+02:00", "2026-05-02T18:00:00+01:00"), encoding="utf-8")
    out_dir = tmp_path / "out"
    code, _, err = run(capsys, "build", str(folder), "--reference-time", "2026-01-01", "--out", str(out_dir), "--event-model", "perceptron")
    assert code == 0, err
    dates = {p.stem: json.loads(p.read_text())["reference_time"] for p in out_dir.iterdir()}
    assert dates == {"a": "2026-04-14T09:30", "b": "2026-05-02T18:00"}
    code, _, _ = run(capsys, "build", str(folder), "--reference-time", "2026-01-01", "--force-reference-time", "--out", str(out_dir), "--event-model", "perceptron")
    assert code == 0
    forced = {p.stem: json.loads(p.read_text()) for p in out_dir.iterdir()}
    assert {k: v["reference_time"] for k, v in forced.items()} == {"a": "2026-01-01T00:00", "b": "2026-01-01T00:00"}
    assert "--force-reference-time" in forced["a"]["reference_time_source"]


def test_page_without_a_date(trafilatura, tmp_path, capsys) -> None:
    undated = tmp_path / "undated.html"
    markup = PAGE.replace('<meta property="article:published_time" content="2026-04-14T09:30:00+02:00">', "")
    undated.write_text(markup.replace('"datePublished": "2026-04-14T09:30:00+02:00", ', ""), encoding="utf-8")
    code, out, err = run(capsys, "tag", str(undated))
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert "undated.html" in err and "no reference time" in err and "--reference-time" in err
    code, out, err = run(capsys, "tag", str(undated), "--reference-time", "2026-04-14", "--format", "json")
    assert code == 0 and json.loads(out)["reference_time_source"] == "given on the command line; the page gives no date"


def test_page_with_nothing_to_extract(trafilatura, tmp_path, capsys) -> None:
    empty = tmp_path / "empty.html"
    empty.write_text("<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>", encoding="utf-8")
    with pytest.raises(NoArticleError):
        read_html(empty.read_text())
    code, out, err = run(capsys, "render", str(empty), "--reference-time", "2026-04-14")
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and "empty.html" in err and "no article text" in err
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "empty.html").write_text(empty.read_text(), encoding="utf-8")
    (folder / "ferry.html").write_text(PAGE, encoding="utf-8")
    code, _, err = run(capsys, "render", str(folder), "--out", str(tmp_path / "out"), "--event-model", "perceptron")
    assert code == 3 and [p.name for p in (tmp_path / "out").iterdir()] == ["ferry.md"] and err.count("empty.html") == 1
