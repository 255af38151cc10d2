"""Serving the built front-end assets: precompressed, content-hashed, cached for a year."""

from __future__ import annotations

import json
import mimetypes
from functools import cache
from pathlib import Path

from flask import Blueprint, abort, request, send_file, url_for

bp = Blueprint("assets", __name__)
BUILD_DIR = Path(__file__).resolve().parent / "static" / "build"


@cache
def _manifest() -> dict[str, str]:
    manifest = BUILD_DIR / "manifest.json"
    if not manifest.exists():
        raise RuntimeError("front-end assets are not built: run `make assets`")
    return json.loads(manifest.read_text())


def asset_url(name: str) -> str:
    """URL of a built asset, with its content hash so browsers may cache it for ever."""
    return url_for("assets.built", filename=name, v=_manifest().get(name, "0"))


@bp.get("/static/build/<path:filename>")
def built(filename: str):
    """Serve a built asset, gzip-compressed when the browser accepts it."""
    if filename not in _manifest():
        abort(404)
    path = BUILD_DIR / filename
    mimetype = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    if filename.endswith(".mjs"):
        mimetype = "text/javascript"
    gzipped = path.with_name(path.name + ".gz")
    if "gzip" in request.headers.get("Accept-Encoding", "") and gzipped.exists():
        response = send_file(gzipped, mimetype=mimetype, conditional=True, etag=True)
        response.headers["Content-Encoding"] = "gzip"
    else:
        response = send_file(path, mimetype=mimetype, conditional=True, etag=True)
    response.vary.add("Accept-Encoding")
    response.headers["Cache-Control"] = "public, max-age=31536000, immutable"
    return response


def init_app(app) -> None:
    app.jinja_env.globals["asset_url"] = asset_url
    app.register_blueprint(bp)
