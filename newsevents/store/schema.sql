-- NewsEvents store schema (DuckDB). One row per article, event, actor role, attribution
-- and mention; global_events groups the same event reported by several articles.
CREATE TABLE IF NOT EXISTS articles (
    article_key   VARCHAR PRIMARY KEY,      -- content hash: idempotent ingest
    article_id    VARCHAR NOT NULL,
    title         VARCHAR,
    published     DATE,
    url           VARCHAR,
    outlet        VARCHAR,
    origin        VARCHAR,
    n_chars       INTEGER,
    n_events      INTEGER,
    text          VARCHAR,                  -- the article as coded: evidence offsets point into it
    coded_at      TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS events (
    article_key     VARCHAR NOT NULL,
    event_id        VARCHAR NOT NULL,
    article_id      VARCHAR NOT NULL,
    sentence_index  INTEGER,
    cameo           VARCHAR NOT NULL,
    cameo_root      VARCHAR NOT NULL,
    cameo_name      VARCHAR,
    goldstein       DOUBLE,
    quad_class      INTEGER,
    plover_type     VARCHAR,
    plover_mode     VARCHAR,
    source_code     VARCHAR,
    source_country  VARCHAR,
    target_code     VARCHAR,
    target_country  VARCHAR,
    location_text   VARCHAR,
    location_country VARCHAR,
    lat             DOUBLE,
    lon             DOUBLE,
    date            DATE,
    date_precision  VARCHAR,
    date_start      DATE,
    date_end        DATE,
    negated         BOOLEAN,
    modality        VARCHAR,
    sentence        VARCHAR,
    start_char      INTEGER,
    end_char        INTEGER,
    trigger         VARCHAR,
    rule            VARCHAR,
    record          JSON,                  -- the full event record as NewsEvents emits it
    PRIMARY KEY (article_key, event_id)
);
CREATE TABLE IF NOT EXISTS actors (
    article_key VARCHAR NOT NULL,
    event_id    VARCHAR NOT NULL,
    role        VARCHAR NOT NULL,          -- source | target | speaker
    text        VARCHAR,
    code        VARCHAR,
    country     VARCHAR,
    sector      VARCHAR,
    name        VARCHAR,
    PRIMARY KEY (article_key, event_id, role)
);
CREATE TABLE IF NOT EXISTS attributions (
    article_key VARCHAR NOT NULL,
    event_id    VARCHAR NOT NULL,
    speaker_code VARCHAR,
    speaker_text VARCHAR,
    cue         VARCHAR,
    outlet      VARCHAR,
    quote       VARCHAR,
    PRIMARY KEY (article_key, event_id)
);
CREATE TABLE IF NOT EXISTS errors (
    origin  VARCHAR NOT NULL,
    problem VARCHAR NOT NULL,
    seen_at TIMESTAMP DEFAULT current_timestamp,
    PRIMARY KEY (origin, problem)
);
