"""Hostile and broken inputs, generated here (never stored): name -> (filename, bytes).

Shared by the reliability tests and ``bench/hostile.py``, which prints what each gives.
"""

from __future__ import annotations

import json

ENGLISH = "Armenia cut diplomatic ties with Azerbaijan on Monday, the foreign ministry said."


def nested_html(depth: int) -> bytes:
    return ("<html><body>" + "<div>" * depth + f"<p>{ENGLISH}</p>" + "</div>" * depth + "</body></html>").encode()


def cases() -> dict[str, tuple[str, bytes]]:
    return {
        "empty file": ("empty.txt", b""),
        "whitespace only": ("blank.txt", b"  \n\t\n   "),
        "binary (PNG header)": ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))),
        "truncated UTF-8": ("truncated.txt", ENGLISH.encode()[:-1] + "é".encode()[:1]),
        "UTF-16 with BOM": ("utf16.txt", ENGLISH.encode("utf-16")),
        "Latin-1": ("latin1.txt", ("Caf\u00e9 owners in Paris protested. " + ENGLISH).encode("latin-1")),
        "50 MB text": ("huge.txt", (ENGLISH + " ").encode() * (50 * 1024 * 1024 // (len(ENGLISH) + 1))),
        "10,000-character sentence without punctuation": ("runon.txt", (" ".join(["troops"] * 1430)).encode()),
        "deeply nested HTML (20,000 divs)": ("nested.html", nested_html(20_000)),
        "malformed HTML": ("broken.html", b"<html><body><p>" + ENGLISH.encode() + b"<div><span><b>unclosed <i"),
        "HTML with scripts": (
            "script.html",
            b"<html><head><script>alert('x')</script></head><body><p>"
            + ENGLISH.encode()
            + b"</p><script>document.write('Russia attacked Ukraine.')</script>"
            + b"<img src=x onerror=alert(1)></body></html>",
        ),
        "Russian text": (
            "ru.txt",
            "Президент России Владимир Путин заявил в четверг о начале военной операции.".encode(),
        ),
        "Arabic text": ("ar.txt", "قال الرئيس الروسي فلاديمير بوتين يوم الخميس إن روسيا بدأت عملية عسكرية.".encode()),
        "Chinese text": ("zh.txt", "俄罗斯总统普京周四表示，俄罗斯已开始在乌克兰的军事行动。".encode()),
        "JSONL with broken lines, missing fields, bad and future dates, duplicate ids": (
            "mixed.jsonl",
            "\n".join(
                [
                    json.dumps({"id": "ok", "text": ENGLISH, "published": "2020-09-28"}),
                    '{"id": "broken", "text": "unterminated',
                    json.dumps({"id": "notext", "title": "No body"}),
                    json.dumps({"id": "baddate", "text": ENGLISH, "published": "2022-13-45"}),
                    json.dumps({"id": "future", "text": ENGLISH, "published": "2099-01-01"}),
                    json.dumps({"id": "dup", "text": ENGLISH, "published": "2020-09-28"}),
                    json.dumps(
                        {"id": "dup", "text": "Iran condemned the attack on Monday.", "published": "2020-09-28"}
                    ),
                    json.dumps([1, 2, 3]),
                    "",
                ]
            ).encode(),
        ),
    }
