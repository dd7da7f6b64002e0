"""Records how the reference reads ImJoy plugin files (bioimageio.spec partner_utils.imjoy).

For each *.imjoy.html of DIR: `parse_imjoy_plugin` (its config without the random `id` and the `code`, the
plugin's own text) and `convert_config_to_rdf` (with a source URL), or the failure as "Type: message". Then
`enrich_partial_rdf_with_imjoy_plugin` on a few partial descriptions, plugin files served from DIR at
https://example.org/plugins/<name> (httpx.get replaced) and rdf sources resolved from a fixed table (RESOLVABLE),
with the warnings it gives. Writes DIR/REFERENCE.json.
usage: refpy scripts/reference/record_imjoy.py DIR   (refpy: the reference's python with lxml)
The reference's setup lacks these Debian packages; add them to its root once (TARGET as made by setup.sh):
  (cd "$(mktemp -d)" && apt-get download python3-lxml libxslt1.1 && for d in *.deb; do dpkg -x "$d" TARGET/root; done)
and run it with LD_LIBRARY_PATH=TARGET/root/usr/lib/x86_64-linux-gnu
"""

import json
import sys
import warnings
from pathlib import Path
from types import SimpleNamespace

import httpx

from bioimageio.spec.partner_utils.imjoy import _plugin_parser as parser

PLUGINS = "https://example.org/plugins/"

# what the test's resolver resolves (anything else fails with "no <source>"), the same on both sides
RESOLVABLE = {
    "https://example.org/apps/rdf.yaml": [{"name": "Resolved From Root", "tags": ["resolved"]}, "rdf.yaml", "https://example.org/apps/"],
    "/data/apps/app.yaml": [{"name": "Resolved From Folder"}, "app.yaml", "/data/apps"],
    "direct.yaml": [{"name": "Resolved Directly", "source": "https://example.org/elsewhere.html"}, "direct.yaml", "https://example.org/"],
}

ENRICH_CASES = [
    {"partial": {"source": PLUGINS + "segmentation-tags.imjoy.html", "name": "Overridden Name", "id": "my-app"}, "root": "https://example.org/"},
    {"partial": {"rdf_source": PLUGINS + "viewer-window.imjoy.html?v=2", "tags": ["viewer"]}, "root": "https://example.org/"},
    {"partial": {"rdf_source": {"name": "Given", "tags": ["a"]}, "source": "https://example.org/app.html"}, "root": "https://example.org/"},
    {"partial": {"rdf_source": "rdf.yaml", "description": "kept"}, "root": "https://example.org/apps/"},
    {"partial": {"rdf_source": "app.yaml"}, "root": "/data/apps"},
    {"partial": {"rdf_source": "direct.yaml", "source": PLUGINS + "worker-labels.imjoy.html"}, "root": "https://example.org/"},
    {"partial": {"rdf_source": "missing.yaml", "name": "Still Here"}, "root": "https://example.org/apps/"},
    {"partial": {"name": "Nothing To Enrich", "source": "https://example.org/app.zip"}, "root": "https://example.org/"},
]


def failure(e):
    return f"{type(e).__name__}: {e}"


def plain(value):
    return json.loads(json.dumps(value, default=str))


def main(folder: Path) -> None:
    def get(url, timeout=None):
        assert url.startswith(PLUGINS), url
        return SimpleNamespace(text=(folder / url[len(PLUGINS) :].split("?")[0]).read_text())

    httpx.get = get
    parser.httpx.get = get

    def resolve(source):
        key = str(source)
        if key not in RESOLVABLE:
            raise FileNotFoundError(f"no {key}")
        content, name, root = RESOLVABLE[key]
        return json.loads(json.dumps(content)), name, root

    plugins = {}
    for path in sorted(folder.glob("*.imjoy.html")):
        try:
            config = parser.parse_imjoy_plugin(path.read_text())
        except Exception as e:
            plugins[path.name] = {"error": failure(e)}
            continue
        config.pop("id")
        config.pop("code")
        entry = {"config": plain(config)}
        try:
            entry["rdf"] = plain(parser.convert_config_to_rdf(config, PLUGINS + path.name))
        except Exception as e:
            entry["rdf_error"] = failure(e)
        plugins[path.name] = entry

    enriched = []
    for case in ENRICH_CASES:
        root = case["root"] if case["root"].startswith("http") else Path(case["root"])
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                result = {"rdf": plain(parser.enrich_partial_rdf_with_imjoy_plugin(json.loads(json.dumps(case["partial"])), root, resolve))}
            except Exception as e:
                result = {"error": failure(e)}
        enriched.append({**case, **result, "warnings": [str(w.message) for w in caught]})

    out = {"plugins": plugins, "resolvable": RESOLVABLE, "enrich": enriched}
    (folder / "REFERENCE.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
