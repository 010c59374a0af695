# A JWT_VERIFIER whose answers are chosen by the token: "good" is accepted with claims that echo the request's key,
# now and leeway; "expired" is rejected as expired; anything else is rejected with an unknown error code.
import json, sys
for line in sys.stdin:
    request = json.loads(line)
    if request["type"] == "hello":
        print(json.dumps({"type": "hello", "id": "jwt-echo", "version": "1", "capabilities": ["JWT_VERIFIER"]}), flush=True)
    elif request["token"] == "good":
        claims = {"key": request["key"], "now": request["now"], "leeway": request["leewaySeconds"]}
        print(json.dumps({"id": request["id"], "accepted": True, "claims": claims}), flush=True)
    elif request["token"] == "expired":
        print(json.dumps({"id": request["id"], "accepted": False, "error": "expired", "detail": "too late"}), flush=True)
    else:
        print(json.dumps({"id": request["id"], "accepted": False, "error": "nope"}), flush=True)
