# A token client that reports what the kit's calls gave it. client.call answers with a body that lists, in order:
# the clock, the clock after sleeping 90 s, the secret's length, the answer to a call for a client that does not
# exist, and it logs one line. client.validate waits until three requests are outstanding, then answers them in
# reverse order. A request of method CRASH makes the program exit.
import json, sys, threading

out = threading.Lock()
def send(message):
    with out:
        print(json.dumps(message), flush=True)

replies = {}
arrived = threading.Condition()
held = []

def ask(message):
    send(message)
    with arrived:
        arrived.wait_for(lambda: message["ref"] in replies)
        return replies.pop(message["ref"])

def serve(request):
    kind, handle = request["type"], request.get("client")
    if kind == "client.open":
        send({"id": request["id"], "ok": True})
    elif kind == "client.call" and request["method"] == "CRASH":
        sys.stderr.write("crashing on purpose\n"); sys.stderr.flush()
        import os; os._exit(4)
    elif kind == "client.call":
        before = ask({"call": "now", "client": handle, "ref": 1})["epochMillis"]
        after = ask({"call": "sleep", "client": handle, "ref": 2, "millis": 90000})["epochMillis"]
        secret = ask({"call": "secret", "client": handle, "ref": 3})["secret"]
        stranger = ask({"call": "now", "client": "nobody", "ref": 4})
        send({"call": "log", "client": handle, "line": "probe logged this"})
        body = json.dumps({"before": before, "after": after, "secretLength": len(secret), "stranger": stranger})
        send({"id": request["id"], "outcome": "ANSWERED", "httpStatus": 200, "body": body})
    elif kind == "client.validate":
        held.append(request)
        if len(held) == 3:
            for waiting in reversed(held):
                send({"id": waiting["id"], "tokenInfo": {"username": "u", "clientId": "c", "authorities": [],
                                                         "issuedAt": waiting["id"], "expiresAt": waiting["id"] + 1}})
            held.clear()
    else:
        send({"id": request["id"], "ok": True})

for line in sys.stdin:
    message = json.loads(line)
    if "ref" in message:
        with arrived:
            replies[message["ref"]] = message
            arrived.notify_all()
    elif message["type"] == "hello":
        send({"type": "hello", "id": "client-probe", "version": "1", "capabilities": ["TOKEN_CLIENT"]})
    else:
        threading.Thread(target=serve, args=(message,), daemon=True).start()
