# Says hello, then never answers a request.
import json, sys
for line in sys.stdin:
    if json.loads(line)["type"] == "hello":
        print(json.dumps({"type": "hello", "id": "hangs", "version": "1", "capabilities": ["WEBHOOK_VERIFIER"]}), flush=True)
