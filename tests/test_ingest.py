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
