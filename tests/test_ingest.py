from datetime import date

from newsevents.ingest import read_inputs
from newsevents.ingest.html import extract
from newsevents.records import Article, ArticleError


def _read(*paths, published=None):
    return list(read_inputs([str(p) for p in paths], published))


def test_text_file_with_headline(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Rebels seize border town\n\nRebels seized the town on Monday.\n", encoding="utf-8")
    (article,) = _read(path, published=date(2020, 3, 9))
    assert isinstance(article, Article)
    assert article.id == "story" and article.title == "Rebels seize border town"
    assert article.published == date(2020, 3, 9)


def test_first_sentence_is_not_taken_as_title(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The army said on Friday it had withdrawn.\nMore text follows here.", encoding="utf-8")
    (article,) = _read(path)
    assert article.title is None


def test_bad_files_give_one_clear_error_each(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 au lait".encode("latin-1"))
    (tmp_path / "good.txt").write_text("Police arrested ten protesters in Paris.", encoding="utf-8")
    results = _read(tmp_path, tmp_path / "missing.txt")
    errors = {r.origin.rsplit("/", 1)[-1]: r.problem for r in results if isinstance(r, ArticleError)}
    assert "empty" in errors["empty.txt"]
    assert "binary" in errors["binary.txt"]
    assert "UTF-8" in errors["latin1.txt"]
    assert errors["missing.txt"] == "no such file"
    assert [r.id for r in results if isinstance(r, Article)] == ["good"]


def test_utf16_with_bom_is_read(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("Troops crossed the border.".encode("utf-16"))
    (article,) = _read(path)
    assert article.text.startswith("Troops")


def test_jsonl_reports_bad_lines_and_keeps_the_rest(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text(
        '{"id": "a1", "text": "Iran condemned the strike.", "published": "2020-01-08"}\n'
        "{not json\n"
        '{"id": "a3"}\n'
        '{"id": "a4", "text": "Text.", "published": "2022-13-45"}\n'
        '{"id": "a5", "text": "Chad closed its border.", "date": "2021-04-20T10:00:00"}\n',
        encoding="utf-8",
    )
    results = _read(path)
    assert [r.id for r in results if isinstance(r, Article)] == ["a1", "a5"]
    problems = [str(r) for r in results if isinstance(r, ArticleError)]
    assert any(":2: invalid JSON" in p for p in problems)
    assert any(":3: missing 'text'" in p for p in problems)
    assert any(":4: bad date" in p for p in problems)
    assert results[-1].published == date(2021, 4, 20)


def test_html_extraction_drops_scripts_and_reads_metadata():
    page = (
        "<html><head><title>Site | Story</title><meta property='og:title' content='Army shells town'>"
        "<meta property='article:published_time' content='2021-05-02T08:00:00Z'><script>alert(1)</script></head>"
        "<body><nav>Home</nav><p>The army shelled the town.<p>Residents fled.</body>"
    )
    text, meta = extract(page)
    assert text == "The army shelled the town.\nResidents fled."
    assert meta["title"] == "Army shells town" and meta["published"].startswith("2021-05-02")


def test_rss_feed_entries_become_articles(tmp_path):
    feed = tmp_path / "news.rss"
    feed.write_text(
        """<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
        <item><title>Talks resume</title><link>https://example.org/a</link><guid>a</guid>
        <pubDate>Tue, 10 Mar 2020 08:00:00 GMT</pubDate>
        <description>&lt;p&gt;Delegations met in Geneva on Monday.&lt;/p&gt;</description></item>
        <item><title>Empty</title><guid>b</guid><description></description></item>
        </channel></rss>""",
        encoding="utf-8",
    )
    results = _read(feed)
    (article,) = [r for r in results if isinstance(r, Article)]
    assert article.text == "Delegations met in Geneva on Monday."
    assert article.outlet == "Example Wire" and article.published == date(2020, 3, 10)
    assert article.url == "https://example.org/a"
    assert any(isinstance(r, ArticleError) and "no text" in r.problem for r in results)


def test_warc_responses_become_articles(tmp_path):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        body = b"<html><head><title>Clashes</title></head><body><p>Troops clashed near the border.</p></body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            "https://example.org/clashes",
            "response",
            payload=BytesIO(body),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": "2021-06-01T10:00:00Z"},
        )
        writer.write_record(record)
    (article,) = _read(path)
    assert isinstance(article, Article)
    assert "Troops clashed near the border." in article.text
    assert article.url == "https://example.org/clashes" and article.published == date(2021, 6, 1)


def test_truncated_warc_is_an_error(tmp_path):
    path = tmp_path / "broken.warc"
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9999\r\n\r\n<html>")
    results = _read(path)
    assert results and all(isinstance(r, ArticleError) for r in results)
