# Says hello and answers "accepted", but writes a debug line to stdout after every answer.
import json, sys
for line in sys.stdin:
    request = json.loads(line)
    if request["type"] == "hello":
        print(json.dumps({"type": "hello", "id": "chatty", "version": "1", "capabilities": ["WEBHOOK_VERIFIER"]}), flush=True)
    else:
        print(json.dumps({"id": request["id"], "accepted": True}), flush=True)
        print("debug: done", flush=True)
