# Says hello, then answers every request with a line that is not JSON, after echoing the request to stderr.
import json, sys
for line in sys.stdin:
    if json.loads(line)["type"] == "hello":
        print(json.dumps({"type": "hello", "id": "garbage", "version": "1", "capabilities": ["WEBHOOK_VERIFIER"]}), flush=True)
    else:
        print("ok!", flush=True)
