"""Code a corpus into the store: read -> code (in worker processes or on Dask) -> store.

Workers load the model once each and code whole articles; the parent process
is the only writer and stores results in input order, so the rows are the same
whatever the number of workers or the engine. Articles already stored (same
content hash) are skipped before any coding, which makes reruns idempotent
and an interrupted run resumable.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from threadpoolctl import threadpool_limits
from tqdm import tqdm

from .pipeline import Pipeline, Result
from .records import Article, ArticleError
from .settings import Settings
from .store import EventStore, content_key
from .store.search import EvidenceIndex

LOG = logging.getLogger(__name__)
CHUNK = 16
WRITE_BATCH = 32  # articles per store transaction


@dataclass
class BatchReport:
    stored: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0
    words: int = 0
    seconds: float = 0.0


@lru_cache(maxsize=2)
def worker_pipeline(settings: Settings) -> Pipeline:
    """The pipeline of this process, loaded on first use (once per worker)."""
    return Pipeline.from_settings(settings)


def code_chunk(articles: list[Article], settings: Settings | None = None) -> list[Result]:
    """The per-partition function every engine runs."""
    return list(worker_pipeline(settings or Settings()).code_many(articles))


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _local_results(chunks: Iterable[list[Article]], workers: int, settings: Settings) -> Iterator[Result]:
    if workers <= 1:
        for chunk in chunks:
            yield from code_chunk(chunk, settings)
        return
    if os.name == "posix":
        worker_pipeline(settings)  # forked workers inherit the loaded model (copy-on-write)
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with context.Pool(workers, initializer=_one_blas_thread) as pool:
        for results in pool.imap(_code_chunk_star, ((c, settings) for c in chunks)):
            yield from results


def _one_blas_thread() -> None:
    """A worker per core: matrix threads of their own would only contend for the same cores."""
    threadpool_limits(limits=1, user_api="blas")


def _code_chunk_star(args: tuple[list[Article], Settings]) -> list[Result]:
    return code_chunk(*args)


def _dask_results(chunks: Iterable[list[Article]], scheduler: str | None, settings: Settings) -> Iterator[Result]:
    from dask.distributed import Client, LocalCluster

    cluster = None if scheduler else LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True)
    client = Client(scheduler or cluster)
    try:
        futures = [client.submit(code_chunk, chunk, settings, pure=False) for chunk in chunks]
        for future in futures:  # in input order: identical rows to the local engine
            yield from future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def code_stream(
    items: Iterable[Article | ArticleError],
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    settings: Settings | None = None,
) -> Iterator[Result]:
    """Code a stream of articles on the chosen engine; input errors pass through as results.

    Results come in input order (errors of reading first, as they are met), so the
    output is the same whatever the engine and the number of workers."""
    errors: list[ArticleError] = []

    def articles() -> Iterator[Article]:
        for item in items:
            if isinstance(item, ArticleError):
                errors.append(item)
            else:
                yield item

    settings = settings or Settings()
    chunks = _chunks(articles(), CHUNK)
    if engine == "dask":
        results = _dask_results(chunks, scheduler, settings)
    else:
        results = _local_results(chunks, workers, settings)
    for result in results:
        while errors:
            yield Result(None, [], errors.pop(0))
        yield result
    while errors:
        yield Result(None, [], errors.pop(0))


def ingest(
    items: Iterable[Article | ArticleError],
    store: EventStore,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    settings: Settings | None = None,
    progress: bool = True,
) -> BatchReport:
    """Code what the store lacks and store it, one article per transaction."""
    report = BatchReport()
    started = time.perf_counter()
    known = store.known_keys()

    def fresh(stream: Iterable[Article | ArticleError]) -> Iterator[Article | ArticleError]:
        for item in stream:
            if isinstance(item, Article):
                item.key = content_key(item)
                if item.key in known:
                    report.skipped += 1
                    continue
                known.add(item.key)
            yield item

    bar = tqdm(unit=" articles", disable=not progress, smoothing=0.1)
    pending: list[tuple[Article, list, str]] = []

    def flush() -> None:
        report.stored += store.add_articles(pending)
        report.events += sum(len(events) for _, events, _ in pending)
        report.words += sum(len(article.text.split()) for article, _, _ in pending)
        pending.clear()
        bar.set_postfix(events=report.events, failed=report.failed)

    for result in code_stream(fresh(items), workers, engine, scheduler, settings):
        bar.update(1)
        if result.error is not None:
            store.add_error(result.error)
            report.failed += 1
            LOG.warning("%s", result.error)
            continue
        article = result.article
        assert article is not None
        pending.append((article, result.events, article.key or content_key(article)))
        if len(pending) >= WRITE_BATCH:
            flush()
    flush()
    bar.close()
    index = EvidenceIndex(store.path)
    index.sync(store)
    index.close()
    report.seconds = time.perf_counter() - started
    return report
