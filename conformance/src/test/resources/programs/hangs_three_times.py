# Never answers its first three requests (counted across restarts in the file named by the first argument), then
# accepts everything.
import json, os, sys
counter = sys.argv[1]
for line in sys.stdin:
    request = json.loads(line)
    if request["type"] == "hello":
        print(json.dumps({"type": "hello", "id": "hangs-three-times", "version": "1",
                          "capabilities": ["WEBHOOK_VERIFIER"]}), flush=True)
        continue
    hangs = int(open(counter).read()) if os.path.exists(counter) else 0
    if hangs < 3:
        open(counter, "w").write(str(hangs + 1))
        continue
    print(json.dumps({"id": request["id"], "accepted": True}), flush=True)
