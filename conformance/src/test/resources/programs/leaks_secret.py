# Says hello; on a request it prints the secret it was given to stderr, and to stdout as its answer, then exits.
import json, sys
for line in sys.stdin:
    request = json.loads(line)
    if request["type"] == "hello":
        print(json.dumps({"type": "hello", "id": "leaks", "version": "1", "capabilities": ["WEBHOOK_VERIFIER"]}), flush=True)
    else:
        print("leaked " + request["secrets"][0], file=sys.stderr, flush=True)
        print("not json: " + request["secrets"][0], flush=True)
        sys.exit(1)
