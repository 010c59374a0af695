# Says hello; the first request ever (marked by the file named in argv[1]) kills it, later ones are answered "accepted".
import json, os, sys
for line in sys.stdin:
    request = json.loads(line)
    if request["type"] == "hello":
        print(json.dumps({"type": "hello", "id": "crashes-once", "version": "1", "capabilities": ["WEBHOOK_VERIFIER"]}), flush=True)
    elif not os.path.exists(sys.argv[1]):
        open(sys.argv[1], "w").close()
        sys.exit(3)
    else:
        print(json.dumps({"id": request["id"], "accepted": True}), flush=True)
