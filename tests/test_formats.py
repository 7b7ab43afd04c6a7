#!/usr/bin/env python3
"""--format sarif is valid SARIF 2.1.0 (the official schema, checked with
python3-jsonschema) with rule metadata from the rule pages; --format json
follows the documented schema and carries the same findings as the text.
Each finding's path: the text's notes, JSON's "path" and SARIF's codeFlows
give the same steps in the same order, SARIF keeps relatedLocations, the
fingerprints do not depend on the path, and on chosen fixtures the path is the
witness it must be (the branch that skips the clear, the loop's back edge, the
caller path, the call between the I/O call and its classification).
usage: test_formats.py CHECKER SCHEMA FIXTURE_DIR (testdata/OSSL001: its siblings are used too)"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

import jsonschema
from testlib import report

PATH_RULES = {"OSSL001", "OSSL002", "OSSL003", "OSSL004", "OSSL005", "OSSL006"}  # the rules that give each finding a path
KINDS = {"entry", "caller", "push", "loop", "branch", "io", "call", "drain", "classify", "exit", "source", "use"}


def fnv1a(h, s):
    for b in s.encode():
        h = ((h ^ b) * 1099511628211) & (2**64 - 1)
    return ((h ^ 0xff) * 1099511628211) & (2**64 - 1)


def fingerprints(findings):
    """The documented fingerprint (rule, file name, function, message, occurrence), from JSON."""
    keyed = []
    for i, f in enumerate(findings):
        h = 14695981039346656037
        for part in (f["rule"], os.path.basename(f["file"]), f["function"], f["message"]):
            h = fnv1a(h, part)
        keyed.append((h, i))
    out, prev, occ = {}, None, 0
    for h, i in sorted(keyed):
        occ = occ + 1 if h == prev else 0
        prev = h
        out[i] = f"{h:016x}:{occ}"
    return [out[i] for i in range(len(findings))]


def json_of(checker, files, flags=()):
    p = subprocess.run([checker, "--format", "json"] + files + list(flags), capture_output=True, text=True,
                       timeout=120)
    return json.loads(p.stdout)["findings"]


def witness_checks(checker, testdata, check):
    """The path of chosen fixtures is the one the analysis must have found."""
    def one(rel, flags=()):
        path = os.path.join(testdata, rel)
        files = sorted(os.path.join(path, f) for f in os.listdir(path) if f.endswith(".c")) \
            if os.path.isdir(path) else [path]
        return json_of(checker, files, flags)

    def steps(f):
        return [(s["kind"], s["line"], s["message"]) for s in f["path"]]

    f = one("OSSL001/clear_on_one_branch_only.c")[0]
    check("path: the branch that skips the clear (`c->fresh` is false) from the function's entry",
          steps(f)[0][0] == "entry" and ("branch", 20, "`c->fresh` is false") in steps(f)
          and steps(f)[-1][0] == "classify" and ("io", 24) in [(k, l) for k, l, _ in steps(f)], steps(f))
    f = one("OSSL001/clear_before_loop_not_inside.c")[0]
    kinds = [k for k, _, _ in steps(f)]
    check("path: a loop's previous pass (the I/O call, the back edge, the I/O call again)",
          kinds[0] == "push" and steps(f)[0][1] == 29 and "loop" in kinds and
          kinds.index("loop") < kinds.index("io") and kinds[-1] == "classify"
          and ("branch", 47, "`err == SSL_ERROR_SYSCALL` is true") in steps(f), steps(f))
    f = one("caller_context/dirty_caller", ["--", "-I" + os.path.join(testdata, "caller_context/dirty_caller")])[0]
    s = steps(f)
    check("path: the caller path first (the call that may push in the caller, its call site), then the entry",
          [k for k, _, _ in s[:3]] == ["push", "caller", "entry"] and
          os.path.basename(f["path"][0]["file"]) == "callers.c" and "SSL_CTX_use_certificate_file" in s[0][2], s)
    f = one("OSSL001/goto_retry_clear_before_label.c")[0]
    check("path: a switch's case is named as its label writes it",
          any(k == "branch" and m == "`switch (err)` takes `case SSL_ERROR_WANT_WRITE`" for k, _, m in steps(f)),
          steps(f))
    f = one("OSSL006/queue_code_tested_for_want.c")[0]
    check("path (OSSL006): where the queue code comes from, then its comparison with an SSL_ERROR_* code",
          [k for k, _, _ in steps(f)] == ["source", "use"] and "ERR_get_error" in steps(f)[0][2]
          and "SSL_ERROR_WANT_READ" in steps(f)[-1][2], steps(f))
    f = [g for g in one("OSSL001/io_result_kept_in_field.c") if g["function"] == "skip_body"][0]
    check("path: a classifier that may leave the queue as it was is named as such, not as a clear",
          any(k == "call" and m == "conn_recoverable() may leave the queue as it was: only some of its paths "
              "find it empty" for k, _, m in steps(f)) and steps(f)[-1][0] == "classify", steps(f))
    f = [g for g in one("OSSL006/code_variable_reused_by_two_cases.c") if g["line"] == 49][0]
    check("path (OSSL006): a variable reused by two classifications: the source is the one that reaches the use",
          steps(f)[0][:2] == ("source", 47) and steps(f)[-1][0] == "use", steps(f))
    f = one("OSSL001/field_classifier_after_other_connection_io.c")[0]
    check("a classification of a field after another connection's I/O: no fix-it, the advice names the classified call",
          f["line"] == 56 and not f.get("fix") and "given a result kept in a field" in f["message"], f)
    f = one("OSSL006/not_io_result_variable_reused.c")[0]
    check("path (OSSL006): of the calls that store into the classified variable, the source is the one whose "
          "value reaches the classification",
          steps(f)[0][:2] == ("source", 25) and "BIO_read" in steps(f)[0][2] and steps(f)[-1][0] == "use", steps(f))
    f = one("OSSL004/drain_inside_classifier.c")[1]
    check("path (OSSL004 inside a classify wrapper): the I/O call, the branch, the drain inside the wrapper "
          "it hands the result on to, the classification",
          [k for k, _, _ in steps(f)] == ["io", "branch", "drain", "classify"] and steps(f)[2][1] == 23
          and steps(f)[2][2].startswith("inside log_then_classify(), ERR_print_errors_fp()"), steps(f))
    f = one("OSSL001/bool_retry_helper_behind_hint.c")[0]
    check("path: a test written in a branch hint's argument is named as tested (`ready(s)` true under "
          "`unlikely(!ready(s))`), and a bool helper's retry, given only for a want, is no way round the loop",
          f["line"] == 57 and ("branch", 55, "`ready(s)` is true") in steps(f) and steps(f)[0][0] == "push"
          and "loop" not in [k for k, _, _ in steps(f)], steps(f))
    f = one("OSSL001/path_tests_agree.c")[0]
    check("path: two tests of one field agree along the witness (`NULL != c->ssl` true, then `NULL == c->ssl` "
          "false), not the contradiction of both false",
          ("branch", 29, "`NULL != c->ssl` is true") in steps(f) and ("branch", 31, "`NULL == c->ssl` is false") in steps(f)
          and ("branch", 29, "`NULL != c->ssl` is false") not in steps(f), steps(f))
    g = [h for h in one("OSSL004/classify_and_drain_in_one_call.c") if h["function"] == "log_drain_first"]
    check("a drain in an earlier argument than the classification: one finding, as a drain between the two",
          len(g) == 1 and g[0]["message"].startswith("ERR_get_error() takes errors off the error queue between"), g)
    f = one("OSSL002/peer_cert_between_read_and_get_error.c")[0]
    check("path (OSSL002): I/O call, the branch taken, the call between, the classification",
          [k for k, _, _ in steps(f)] == ["io", "branch", "call", "branch", "classify"]
          and steps(f)[1][2] == "`peer != NULL` is true", steps(f))


# The runs over the whole fixture directory share a cache: the first parses, the others read the
# units back (test_cache.py shows that a cached run reports what an uncached one does).
CACHE = tempfile.mkdtemp(prefix="ossl-lint-formats-")


def run(checker, fmt, files):
    p = subprocess.run([checker, "--cache", CACHE, "--format", fmt] + files, capture_output=True, text=True,
                       timeout=120)
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
    text = subprocess.run([checker, "--cache", CACHE] + files, capture_output=True, text=True).stdout
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

    check("json: every finding of OSSL001-OSSL006 has a path of documented steps",
          all((f["path"] or f["rule"] not in PATH_RULES) and
              all({"file", "line", "column", "message", "kind"} <= set(st) and st["kind"] in KINDS
                  for st in f["path"]) for f in js["findings"]))
    check("json: an OSSL001 path starts where the error comes from and ends at the classification",
          all(f["path"][0]["kind"] in ("entry", "caller", "push", "io") and f["path"][-1]["kind"] == "classify"
              and any(st["kind"] == "io" for st in f["path"]) for f in js["findings"] if f["rule"] == "OSSL001"))
    # text: the notes after each warning are the path's steps, in order
    blocks, cur = [], None
    for line in text.splitlines():
        if ": warning: " in line:
            cur = []
            blocks.append(cur)
        elif ": note: " in line and cur is not None:
            cur.append(line)
    want_notes = [[f"{st['file']}:{st['line']}:{st['column']}: note: {st['message']}" for st in f["path"]]
                  if f["path"] else [f"{n['file']}:{n['line']}:{n['column']}: note: {n['message']}" for n in f["notes"]]
                  for f in js["findings"]]
    check("text: each warning's notes are its path, in order (else its related places)", blocks == want_notes,
          next((f"{a} vs {b}" for a, b in zip(blocks, want_notes) if a != b), ""))
    flows_ok, related_ok = True, True
    for r, f in zip(results, js["findings"]):
        locs = r.get("codeFlows", [{}])[0].get("threadFlows", [{}])[0].get("locations", [])
        got = [(l["location"]["physicalLocation"]["region"]["startLine"], l["location"]["message"]["text"],
                l["executionOrder"]) for l in locs]
        flows_ok &= got == [(st["line"], st["message"], i + 1) for i, st in enumerate(f["path"])]
        related_ok &= len(r["relatedLocations"]) == len(f["notes"]) and (len(f["notes"]) > 0 or not f["path"])
    check("sarif: codeFlows[0].threadFlows[0].locations are the path, in execution order", flows_ok)
    check("sarif: relatedLocations are kept (one per note)", related_ok)
    check("fingerprints: rule, file name, function, message, occurrence (not the path)",
          [f["fingerprint"] for f in js["findings"]] == fingerprints(js["findings"]))
    witness_checks(checker, os.path.dirname(os.path.abspath(fixture_dir.rstrip("/"))), check)

    gl = json.loads(run(checker, "gitlab", files))
    check("gitlab: one Code Quality issue per finding with the required keys",
          len(gl) == n_text and all({"description", "check_name", "fingerprint", "severity"} <= set(i)
                                    and i["location"]["path"] and i["location"]["lines"]["begin"]
                                    for i in gl))

    return report(checks)


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    finally:
        shutil.rmtree(CACHE, ignore_errors=True)
