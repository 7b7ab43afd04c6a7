#!/usr/bin/env python3
"""--format sarif is valid SARIF 2.1.0 (the official schema, checked with
python3-jsonschema) with rule metadata from the rule pages; --format json
follows the documented schema and carries the same findings as the text.
usage: test_formats.py CHECKER SCHEMA FIXTURE_DIR"""
import json
import os
import subprocess
import sys

import jsonschema


def run(checker, fmt, files):
    p = subprocess.run([checker, "--format", fmt] + files, capture_output=True, text=True, timeout=120)
    assert p.returncode == 1, f"{fmt}: exit {p.returncode}: {p.stderr}"
    return p.stdout


def main(argv):
    checker, schema_path, fixture_dir = argv[1:4]
    files = sorted(os.path.join(fixture_dir, f) for f in os.listdir(fixture_dir) if f.endswith(".c"))
    checks = []

    def check(name, cond, detail=""):
        checks.append((name, bool(cond), detail))

    sarif = json.loads(run(checker, "sarif", files))
    schema = json.load(open(schema_path))
    try:
        jsonschema.validate(sarif, schema)
        check("sarif validates against the SARIF 2.1.0 schema", True)
    except jsonschema.ValidationError as e:
        check("sarif validates against the SARIF 2.1.0 schema", False, e.message)
    run0 = sarif["runs"][0]
    rules = run0["tool"]["driver"]["rules"]
    listed = subprocess.run([checker, "--list-rules"], capture_output=True, text=True).stdout.split()
    check("every rule has a descriptor", [r["id"] for r in rules] == listed[0::2])
    check("descriptors carry the page texts",
          all(r["shortDescription"]["text"] != r["name"] and r["fullDescription"]["text"]
              and r["helpUri"].endswith(f"{r['id']}-{r['name']}.md") for r in rules))
    linked = json.loads(run(checker, "sarif", ["--rules-url", "https://example.org/r"] + files))
    check("--rules-url sets each rule's helpUri",
          all(r["helpUri"] == f"https://example.org/r/{r['id']}-{r['name']}.md"
              for r in linked["runs"][0]["tool"]["driver"]["rules"]))
    results = run0["results"]
    check("results have locations, related locations and fingerprints",
          results and all(r["locations"] and r["relatedLocations"] is not None and
                          r["partialFingerprints"]["osslLintFingerprint/v1"] for r in results))
    check("results with a certain fix carry SARIF fixes",
          any(r.get("fixes") and r["fixes"][0]["artifactChanges"][0]["replacements"][0]
              ["insertedContent"]["text"].startswith("ERR_clear_error();") for r in results))
    text = subprocess.run([checker] + files, capture_output=True, text=True).stdout
    n_text = sum(1 for l in text.splitlines() if ": warning: " in l)
    check("sarif has as many results as the text has warnings", len(results) == n_text,
          f"{len(results)} vs {n_text}")

    js = json.loads(run(checker, "json", files))
    check("json: version and tool", js.get("version") == 1 and js.get("tool") == "ossl-lint")
    keys = {"rule", "name", "file", "line", "column", "function", "message", "fingerprint", "notes"}
    check("json: every finding has the documented keys",
          js["findings"] and all(keys <= set(f) for f in js["findings"]))
    check("json: as many findings as the text", len(js["findings"]) == n_text)
    check("fingerprints are unique", len({f["fingerprint"] for f in js["findings"]}) == n_text)

    gl = json.loads(run(checker, "gitlab", files))
    check("gitlab: one Code Quality issue per finding with the required keys",
          len(gl) == n_text and all({"description", "check_name", "fingerprint", "severity"} <= set(i)
                                    and i["location"]["path"] and i["location"]["lines"]["begin"]
                                    for i in gl))

    failed = [c for c in checks if not c[1]]
    for name, ok, detail in checks:
        print(("ok   " if ok else "FAIL ") + name + (f": {detail}" if detail and not ok else ""))
    print(f"{len(checks) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
