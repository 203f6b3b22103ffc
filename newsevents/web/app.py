"""``newsevents serve``: browse, search and see the evidence, local-first.

Article text is untrusted: Jinja2 escapes everything, charts are SVG built
from escaped parts, pages carry no script at all, and a strict
Content-Security-Policy forbids any script from running even if markup
slipped through. Read-only by default; the one write endpoint (ingest) exists
only with ``--allow-ingest`` and demands the token. The server never fetches
URLs. Every page has a JSON twin under ``/api`` (see ``/docs``).
"""

from __future__ import annotations

import secrets
import threading
from datetime import date
from html import escape
from pathlib import Path

from fastapi import Body, Depends, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from ..ingest.html import extract_page
from ..ingest.readers import parse_date
from ..records import MODALITIES, Article
from ..store import EventStore
from ..store.search import EvidenceIndex
from . import queries, svg

HERE = Path(__file__).resolve().parent
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
MAX_BODY = 2_000_000


class Backend:
    """The store and the coding pipeline behind the app; one lock serialises store access."""

    def __init__(self, db: str, allow_ingest: bool, token: str | None) -> None:
        self.db, self.allow_ingest = db, allow_ingest
        self.token = token or (secrets.token_urlsafe(24) if allow_ingest else None)
        self.store = EventStore(db, read_only=not allow_ingest)
        self.lock = threading.Lock()

    def run(self, fn, *args, **kwargs):
        with self.lock:
            return fn(self.store, *args, **kwargs)

    def text_keys(self, text: str | None) -> list[str] | None:
        if not text:
            return None
        index = EvidenceIndex(self.db)
        try:
            return [f"{a}:{e}" for a, e in index.search(text)]
        finally:
            index.close()

    @staticmethod
    def pipeline():
        from ..batch import worker_pipeline
        from ..settings import Settings

        return worker_pipeline(Settings())


def highlight(text: str, events: list[dict]) -> Markup:
    """The article with each evidence sentence in a <mark>, everything escaped."""
    spans = sorted({(e["evidence"]["start"], e["evidence"]["end"]) for e in events})
    out, cursor = [], 0
    for start, end in spans:
        if start < cursor or end > len(text):
            continue
        out.append(escape(text[cursor:start]))
        out.append(f'<mark class="evidence" id="ev-{start}">{escape(text[start:end])}</mark>')
        cursor = end
    out.append(escape(text[cursor:]))
    return Markup("".join(out).replace("\n", "<br>\n"))


def create_app(db: str, allow_ingest: bool = False, token: str | None = None) -> FastAPI:
    backend = Backend(db, allow_ingest, token)
    app = FastAPI(title="NewsEvents", description=__doc__, version="1")
    app.state.backend = backend
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.middleware("http")
    async def guard(request: Request, call_next):
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > MAX_BODY:
            return HTMLResponse("request too large", status_code=413)
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    def page(request: Request, name: str, **context) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"allow_ingest": backend.allow_ingest, **context})

    def event_filter(
        actor: str | None = None,
        country: str | None = None,
        code: str | None = None,
        plover: str | None = None,
        modality: str | None = None,
        start: date | None = None,
        end: date | None = None,
        text: str | None = None,
    ) -> queries.EventFilter:
        return queries.EventFilter(
            actor or None,
            country or None,
            code or None,
            plover or None,
            modality or None,
            start,
            end,
            backend.text_keys(text),
        )

    # -- search --------------------------------------------------------------
    @app.get("/api/events", tags=["events"])
    def api_events(flt: queries.EventFilter = Depends(event_filter), limit: int = Query(200, le=5000)) -> list[dict]:
        return backend.run(queries.search_events, flt, limit)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, flt: queries.EventFilter = Depends(event_filter)):
        rows = backend.run(queries.search_events, flt, 200)
        return page(request, "search.html", rows=rows, params=request.query_params, modalities=MODALITIES)

    # -- article -------------------------------------------------------------
    @app.get("/api/articles/{key}", tags=["articles"])
    def api_article(key: str) -> dict:
        found = backend.run(queries.article, key)
        if found is None:
            raise HTTPException(404, "no such article")
        return found

    @app.get("/articles/{key}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, key: str):
        found = backend.run(queries.article, key)
        if found is None:
            raise HTTPException(404, "no such article")
        return page(request, "article.html", article=found, body=highlight(found["text"] or "", found["events"]))

    # -- dyad, map, network ----------------------------------------------------
    @app.get("/api/dyad", tags=["charts"])
    def api_dyad(source: str, target: str) -> list[dict]:
        return backend.run(queries.dyad_timeline, source, target)

    @app.get("/dyad", response_class=HTMLResponse, include_in_schema=False)
    def dyad_page(request: Request, source: str = "", target: str = ""):
        rows = backend.run(queries.dyad_timeline, source, target) if source and target else []
        return page(request, "dyad.html", rows=rows, chart=Markup(svg.timeline(rows)), source=source, target=target)

    @app.get("/api/map", tags=["charts"])
    def api_map() -> list[dict]:
        return backend.run(queries.located_events)

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def map_page(request: Request):
        rows = backend.run(queries.located_events)
        return page(request, "map.html", rows=rows, chart=Markup(svg.world_map(rows)))

    @app.get("/api/network", tags=["charts"])
    def api_network() -> list[dict]:
        return backend.run(queries.dyad_network)

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request):
        edges = backend.run(queries.dyad_network)
        return page(request, "network.html", edges=edges, chart=Markup(svg.network(edges)))

    # -- code this ---------------------------------------------------------------
    def code_text(text: str, published: str | None, is_html: bool) -> tuple[str, list[dict]]:
        if len(text) > MAX_BODY:
            raise HTTPException(413, "article too long")
        if is_html:
            text, _ = extract_page(text)
        if not text.strip():
            raise HTTPException(422, "no text to code")
        try:
            day = parse_date(published)
        except ValueError as err:
            raise HTTPException(422, str(err)) from None
        results = list(backend.pipeline().code_many([Article(id="pasted", text=text, published=day)]))
        if results[0].error is not None:
            raise HTTPException(422, results[0].error.problem)
        return text, [e.to_dict() for e in results[0].events]

    @app.post("/api/code", tags=["code"])
    def api_code(
        text: str = Body(..., embed=True),
        published: str | None = Body(None, embed=True),
        html: bool = Body(False, embed=True),
    ) -> list[dict]:
        return code_text(text, published, html)[1]

    @app.get("/code", response_class=HTMLResponse, include_in_schema=False)
    def code_form(request: Request):
        return page(request, "code.html", events=None, body=None, error=None)

    @app.post("/code", response_class=HTMLResponse, include_in_schema=False)
    def code_page(request: Request, text: str = Form(...), published: str = Form(""), html: bool = Form(False)):
        try:
            clean, events = code_text(text, published or None, html)
        except HTTPException as err:
            return page(request, "code.html", events=None, body=None, error=err.detail)
        return page(request, "code.html", events=events, body=highlight(clean, events), error=None)

    # -- writing (opt-in) ----------------------------------------------------------
    if allow_ingest:

        @app.post("/api/ingest", tags=["write"])
        def api_ingest(article: dict = Body(...), authorization: str = Header("")) -> dict:
            if not secrets.compare_digest(authorization, f"Bearer {backend.token}"):
                raise HTTPException(401, "a valid token is required")
            text = article.get("text")
            if not isinstance(text, str) or not text.strip():
                raise HTTPException(422, "missing 'text'")
            try:
                day = parse_date(article.get("published"))
            except ValueError as err:
                raise HTTPException(422, str(err)) from None
            item = Article(
                id=str(article.get("id") or "posted"),
                text=text,
                title=article.get("title"),
                published=day,
                url=article.get("url"),
                outlet=article.get("outlet"),
                origin="api",
            )
            (result,) = backend.pipeline().code_many([item])
            if result.error is not None:
                raise HTTPException(422, result.error.problem)
            stored = backend.run(lambda store: store.add_article(item, result.events))
            return {"stored": stored, "events": len(result.events)}

    return app
