"""The web app: API through the ASGI client, pages in a real headless Chromium."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from datetime import date

import pytest

from newsevents.records import Article
from newsevents.store import EventStore
from newsevents.store.search import EvidenceIndex

SEED = "seed/000_fb64b8c95e9989a8.txt"
HOSTILE = (
    "Iran condemned the attack on Monday. <script>document.title='pwned'; window.pwned = 1;</script> "
    "<img src=x onerror=\"document.title='pwned'\"> The ministry said it was <b>not</b> involved."
)


@pytest.fixture(scope="module")
def db(tmp_path_factory, shared, pipeline):
    path = str(tmp_path_factory.mktemp("web") / "web.duckdb")
    seed = Article(
        id="seed",
        text=(shared / SEED).read_text(encoding="utf-8"),
        published=date(2022, 2, 24),
        title="Ukraine breaks diplomatic ties with Russia",
    )
    hostile = Article(id="hostile", text=HOSTILE, published=date(2020, 1, 6), title="<script>alert(1)</script>")
    with EventStore(path) as store:
        for article in (seed, hostile):
            store.add_article(article, pipeline.code_article(article))
        index = EvidenceIndex(path)
        index.sync(store)
        index.close()
    return path


@pytest.fixture(scope="module")
def client(db):
    from fastapi.testclient import TestClient

    from newsevents.web import create_app

    return TestClient(create_app(db))


def _key(client, article_id):
    rows = client.get("/api/events", params={"limit": 1000}).json()
    return next(r["article_key"] for r in rows if r["article_id"] == article_id)


def test_api_search_filters(client):
    rows = client.get("/api/events", params={"actor": "UKR", "code": "16"}).json()
    assert rows and all(r["cameo"].startswith("16") for r in rows)
    denied = client.get("/api/events", params={"modality": "denied"}).json()
    assert denied and all(r["modality"] == "denied" for r in denied)
    text = client.get("/api/events", params={"text": "broken off"}).json()
    assert text and all("broken off" in r["sentence"] for r in text)


def test_api_article_dyad_map_network_and_openapi(client):
    key = _key(client, "seed")
    article = client.get(f"/api/articles/{key}").json()
    assert article["title"].startswith("Ukraine") and article["events"]
    dyad = client.get("/api/dyad", params={"source": "UKR", "target": "RUS"}).json()
    assert any(str(r["date"]) == "2022-02-24" for r in dyad)
    assert isinstance(client.get("/api/map").json(), list)
    assert any(e["source"].startswith("RUS") for e in client.get("/api/network").json())
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/articles/{key}", "/api/dyad", "/api/map", "/api/network", "/api/code"} <= set(
        spec["paths"]
    )
    assert client.get("/api/articles/nope").status_code == 404


def test_pages_escape_and_carry_a_strict_csp(client):
    key = _key(client, "hostile")
    response = client.get(f"/articles/{key}")
    assert response.status_code == 200
    assert "script-src" not in response.headers["content-security-policy"]  # default-src 'none': no script at all
    assert "default-src 'none'" in response.headers["content-security-policy"]
    assert "<script>" not in response.text and "&lt;script&gt;" in response.text
    assert "<img src=x" not in response.text
    for path in ("/", "/dyad?source=UKR&target=RUS", "/map", "/network", "/code"):
        page = client.get(path)
        assert page.status_code == 200 and "<script" not in page.text


def test_code_this_and_limits(client):
    rows = client.post(
        "/api/code", json={"text": "Armenia cut diplomatic ties with Azerbaijan.", "published": "2020-09-28"}
    )
    assert rows.status_code == 200 and rows.json()[0]["cameo"] == "161"
    page = client.post(
        "/code", data={"text": "<p>Belarusian police arrested ten protesters in Minsk.</p>", "html": "true"}
    )
    assert page.status_code == 200 and "Arrest" in page.text
    assert client.post("/api/code", json={"text": "x" * 2_100_000}).status_code == 413
    assert client.post("/api/code", json={"text": "  "}).status_code == 422


def test_read_only_by_default_and_token_for_ingest(db, tmp_path):
    from fastapi.testclient import TestClient

    from newsevents.web import create_app

    read_only = TestClient(create_app(db))
    assert read_only.post("/api/ingest", json={"text": "x"}).status_code in (404, 405)
    writable_db = str(tmp_path / "w.duckdb")
    app = create_app(writable_db, allow_ingest=True, token="s3cret")
    writer = TestClient(app)
    body = {"id": "w1", "text": "Egypt expelled the Turkish ambassador on Sunday.", "published": "2013-11-24"}
    assert writer.post("/api/ingest", json=body).status_code == 401
    assert writer.post("/api/ingest", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    ok = writer.post("/api/ingest", json=body, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 200 and ok.json()["stored"] is True


# -- a real browser ------------------------------------------------------------------
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def server(db):
    if CHROMIUM is None:
        if os.environ.get("NEWSEVENTS_REQUIRE_BROWSER") == "1":
            pytest.fail("Debian's chromium is required (apt-get install chromium)")
        pytest.skip("no chromium on this machine (apt-get install chromium)")
    pytest.importorskip("playwright")
    import uvicorn

    from newsevents.web import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ],
        )
        yield b
        b.close()


def test_browser_article_view_highlights_evidence(browser, server, client, tmp_path):
    page = browser.new_page()
    page.goto(f"{server}/articles/{_key(client, 'seed')}")
    marks = page.locator("mark.evidence")
    assert marks.count() >= 3
    assert any("broken off diplomatic ties" in marks.nth(i).inner_text() for i in range(marks.count()))
    page.screenshot(path=str(tmp_path / "article.png"), full_page=True)
    shots = os.environ.get("NEWSEVENTS_SCREENSHOTS")
    if shots:
        page.screenshot(path=os.path.join(shots, "article.png"), full_page=True)
    page.close()


def test_browser_dyad_filter(browser, server):
    page = browser.new_page()
    page.goto(f"{server}/dyad")
    page.fill("input[name=source]", "UKR")
    page.fill("input[name=target]", "RUS")
    page.click("button[type=submit]")
    page.wait_for_load_state()
    assert "source=UKR" in page.url
    assert page.locator("svg.chart rect.conflict").count() >= 1
    assert "2022-02-24" in page.inner_text("table.events")
    page.close()


def test_browser_runs_no_script_from_an_article(browser, server, client):
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{server}/articles/{_key(client, 'hostile')}")
    page.wait_for_timeout(300)
    assert page.title() != "pwned" and not dialogs
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert "<script>document.title='pwned'" in page.inner_text("article.text")
    page.close()
