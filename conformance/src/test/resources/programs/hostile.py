"""A correct webhook verifier that misbehaves, in one way chosen by its argument, on every request whose id is a
multiple of 10; every other request gets the right answer, so a run must keep those results.

  flood         writes 200,000 lines of noise before its answer
  endless-line  writes 64 MiB of stdout with no newline, then exits
  megabytes     answers with a 5 MB line
  stderr-flood  writes 64 MiB of stderr with no newline, then answers
  exits         exits without answering
  silent        never answers that request, but answers the next ones
"""
import base64, hashlib, hmac, json, os, sys

mode = sys.argv[1]
out = sys.stdout


def correct(request):
    body = base64.b64decode(request["body"])
    header = request.get("signatureHeader")
    ok = header is not None and any(
        hmac.compare_digest(("sha256=" + hmac.new(s.encode(), body, hashlib.sha256).hexdigest()).encode(),
                            header.encode("utf-8", "surrogateescape")) for s in request["secrets"])
    return {"id": request["id"], "accepted": ok}


for line in sys.stdin:
    request = json.loads(line)
    if request["type"] == "hello":
        print(json.dumps({"type": "hello", "id": "hostile-" + mode, "version": "1",
                          "capabilities": ["WEBHOOK_VERIFIER"]}), flush=True)
        continue
    if request["id"] % 10 == 0:
        if mode == "flood":
            out.write("noise, not JSON\n" * 200_000)
        elif mode == "endless-line":
            chunk = "x" * (1 << 20)
            for _ in range(64):
                out.write(chunk)
            out.flush()
            os._exit(3)
        elif mode == "megabytes":
            print(json.dumps({"id": request["id"], "accepted": False, "padding": "p" * 5_000_000}), flush=True)
            continue
        elif mode == "stderr-flood":
            chunk = "e" * (1 << 20)
            for _ in range(64):
                sys.stderr.write(chunk)
            sys.stderr.flush()
        elif mode == "exits":
            os._exit(4)
        elif mode == "silent":
            continue
    print(json.dumps(correct(request)), flush=True)
