"""Line-protocol adapter (conformance/PROTOCOL.md) for the token and dashboard clients in shogun_client.py.

Requests are served on a thread pool, so concurrent callers in the kit are concurrent callers here. The clients read
the kit's clock, wait through the kit and ask it for the client secret, by calls written to stdout and answered on
stdin.
"""

import itertools
import json
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import shogun_client


class Kit:
    """The kit at the other end of stdin/stdout: one writer lock, and replies routed to the waiting caller by ref."""

    def __init__(self):
        self._out = threading.Lock()
        self._refs = itertools.count(1)
        self._waiting = {}

    def send(self, message):
        line = json.dumps(message)
        with self._out:
            sys.stdout.write(line + "\n")
            sys.stdout.flush()

    def call(self, name, client, **fields):
        ref = next(self._refs)
        done, reply = threading.Event(), {}
        self._waiting[ref] = (done, reply)
        self.send(dict(fields, call=name, client=client, ref=ref))
        done.wait()
        if "error" in reply:
            raise RuntimeError("the kit refused '%s': %s" % (name, reply["error"]))
        return reply

    def deliver(self, reply):
        done, slot = self._waiting.pop(reply["ref"], (None, None))
        if done is not None:
            slot.update(reply)
            done.set()


kit = Kit()
clients = {}


def open_client(request):
    handle = request["client"]
    log = lambda line: kit.send({"call": "log", "client": handle, "line": line})
    if request["kind"] == "token":
        clients[handle] = shogun_client.TokenClient(
            request["baseUrl"], request["clientId"],
            secret=lambda: kit.call("secret", handle)["secret"],
            clock=lambda: kit.call("now", handle)["epochMillis"] / 1000.0,
            sleep=lambda seconds: kit.call("sleep", handle, millis=int(seconds * 1000)),
            log=log)
    else:
        clients[handle] = shogun_client.DashboardClient(request["baseUrl"], request["email"], request["password"],
                                                        log=log)
    return {"ok": True}


def answer(response):
    return {"outcome": response.outcome, "httpStatus": response.status, "body": response.body}


def validate(client):
    info = client.validate_token()
    if info is None:
        return {"tokenInfo": None}
    return {"tokenInfo": {"username": info["username"], "clientId": info["client_id"],
                          "authorities": info["authorities"], "issuedAt": info["issued_at"],
                          "expiresAt": info["expires_at"]}}


def close_client(request):
    clients.pop(request["client"], None)
    return {"ok": True}


HANDLERS = {
    "client.open": open_client,
    "client.call": lambda request: answer(clients[request["client"]].call(request["method"], request["path"])),
    "client.login": lambda request: answer(clients[request["client"]].login()),
    "client.validate": lambda request: validate(clients[request["client"]]),
    "client.close": close_client,
}


def serve(request):
    try:
        result = HANDLERS[request["type"]](request)
    except Exception as error:  # the protocol's error answer: this case fails with the message
        result = {"error": "%s: %s" % (type(error).__name__, error)}
    kit.send(dict(result, id=request["id"]))


def main():
    pool = ThreadPoolExecutor(max_workers=64)
    for line in sys.stdin:
        message = json.loads(line)
        if "ref" in message:
            kit.deliver(message)
        elif message.get("type") == "hello":
            kit.send({"type": "hello", "id": "python-shogun-client", "version": "1.0.0",
                      "capabilities": ["TOKEN_CLIENT", "DASHBOARD_CLIENT"]})
        else:
            pool.submit(serve, message)


if __name__ == "__main__":
    main()
