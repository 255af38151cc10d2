"""A small synchronous HTTP client that reports bytes exactly as served (never decoded)."""

from __future__ import annotations

import gzip
import http.client
import time
import zlib
from dataclasses import dataclass
from urllib.parse import urlencode, urljoin, urlsplit

ACCEPT_ENCODING = "gzip, br"


@dataclass
class Fetched:
    url: str
    status: int
    headers: http.client.HTTPMessage
    body: bytes  # as it came over the wire (still compressed if it was served compressed)

    @property
    def encoding(self) -> str:
        return (self.headers.get("Content-Encoding") or "identity").lower()

    def decoded(self) -> bytes | None:
        """The body uncompressed, or None for an encoding we cannot read (brotli)."""
        if self.encoding == "identity":
            return self.body
        if self.encoding == "gzip":
            return gzip.decompress(self.body)
        if self.encoding == "deflate":
            return zlib.decompress(self.body)
        return None

    def text(self) -> str:
        data = self.decoded()
        return "" if data is None else data.decode("utf-8", "replace")


class Browser:
    """One visitor: keeps the session cookie, never follows redirects by itself."""

    def __init__(self, base: str, timeout: float = 15.0) -> None:
        self.base = base.rstrip("/")
        self.netloc = urlsplit(self.base).netloc
        self.timeout = timeout
        self.cookies: dict[str, str] = {}

    def same_origin(self, url: str) -> bool:
        parts = urlsplit(urljoin(self.base + "/", url))
        return parts.scheme == "http" and parts.netloc == self.netloc

    def request(
        self,
        method: str,
        url: str,
        form: list[tuple[str, str]] | None = None,
        *,
        cookies: bool = True,
    ) -> Fetched:
        absolute = urljoin(self.base + "/", url)
        parts = urlsplit(absolute)
        if parts.netloc != self.netloc:
            raise ValueError(f"refusing to fetch another site: {absolute}")
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        headers = {"Accept-Encoding": ACCEPT_ENCODING, "User-Agent": "portal-bench"}
        body = None
        if form is not None:
            body = urlencode(form).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if cookies and self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=self.timeout)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            data = response.read()  # http.client undoes chunking but never decompresses
        finally:
            connection.close()
        if cookies:
            for header in response.headers.get_all("Set-Cookie") or ():
                name, _, value = header.split(";", 1)[0].partition("=")
                self.cookies[name.strip()] = value.strip()
        return Fetched(absolute, response.status, response.headers, data)

    def get(self, url: str, **kwargs) -> Fetched:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, form: list[tuple[str, str]]) -> Fetched:
        return self.request("POST", url, form)


def wait_until_serving(base: str, path: str, deadline_s: float, alive) -> None:
    """Poll until the server answers 200, or raise if it died or took too long."""
    browser = Browser(base, timeout=2.0)
    end = time.monotonic() + deadline_s
    last_error: Exception | None = None
    while time.monotonic() < end:
        if not alive():
            raise RuntimeError("the server exited while starting")
        try:
            if browser.get(path, cookies=False).status == 200:
                return
        except OSError as error:
            last_error = error
        time.sleep(0.1)
    raise RuntimeError(
        f"the server did not answer on {base}{path} in {deadline_s:.0f} s: {last_error}"
    )
