#!/usr/bin/env python3
"""Regenerates the WARC fixtures: crawl.warc (plain) and crawl.warc.gz (one gzip member per record)."""
import gzip
import pathlib

HERE = pathlib.Path(__file__).parent
PAGE = ("<html><head><meta charset=\"windows-1252\"><title>Orvel floods</title></head><body><article>"
        "<h1>Orvel floods close east bridge</h1><p>The Orvel river rose two metres overnight, Mayor Ida Brenn said "
        "in Lannick. Caf\u00e9 owners on the quay moved their stock upstairs.</p></article></body></html>").encode("cp1252")


def record(warc_type, uri, content_type, block, rid):
    head = (f"WARC/1.1\r\nWARC-Type: {warc_type}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000{rid}>\r\n"
            f"WARC-Date: 2024-05-14T10:00:0{rid}Z\r\n" + (f"WARC-Target-URI: {uri}\r\n" if uri else "") +
            f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n").encode("ascii")
    return head + block + b"\r\n\r\n"


def http(status, content_type, body, extra=b""):
    return (f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n".encode("ascii") + extra +
            f"Content-Length: {len(body)}\r\n\r\n".encode("ascii") + body)


chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(PAGE), PAGE)
gz_body = gzip.compress(PAGE)
records = [
    record("warcinfo", None, "application/warc-fields", b"software: handmade fixture\r\nformat: WARC File Format 1.1\r\n", 1),
    record("request", "https://ledger.example/orvel", "application/http; msgtype=request", b"GET /orvel HTTP/1.1\r\nHost: ledger.example\r\n\r\n", 2),
    record("response", "https://ledger.example/orvel", "application/http; msgtype=response", http("200 OK", "text/html; charset=windows-1252", PAGE), 3),
    record("response", "https://ledger.example/logo.png", "application/http; msgtype=response", http("200 OK", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00"), 4),
    record("response", "https://ledger.example/chunked", "application/http; msgtype=response",
           http("200 OK", "text/html", chunked, b"Transfer-Encoding: chunked\r\n"), 5),
    record("response", "https://ledger.example/gzipped", "application/http; msgtype=response",
           http("200 OK", "text/html; charset=windows-1252", gz_body, b"Content-Encoding: gzip\r\n"), 6),
    b"WARC/1.1\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: banana\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>x</p>\r\n\r\n",
    record("response", "https://ledger.example/redirect", "application/http; msgtype=response", http("301 Moved", "text/html", b"<a href=/x>x</a>"), 8),
    record("resource", "https://ledger.example/saved", "text/html", PAGE.replace(b"Orvel floods close", b"Saved copy:"), 9),
]
(HERE / "crawl.warc").write_bytes(b"".join(records))
(HERE / "crawl.warc.gz").write_bytes(b"".join(gzip.compress(r, mtime=0) for r in records))
truncated = b"".join(records[:3]) + records[4][:120]
(HERE / "truncated.warc").write_bytes(truncated)
