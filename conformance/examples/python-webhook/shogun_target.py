#!/usr/bin/env python3
"""A line-protocol target (conformance/PROTOCOL.md) around the webhook check from Shogun's documentation.

verify_webhook below is the documented Python snippet, unchanged. The rest is glue: it answers the kit's hello and
turns each "webhook.verify" request into calls of verify_webhook, one per active secret. Replace verify_webhook with
your own function to certify it.

Run by the kit:  java -jar conformance/target/shogun-kit.jar certify --target "cmd:python3 conformance/examples/python-webhook/shogun_target.py"
"""
import base64
import hashlib
import hmac
import json
import sys


def verify_webhook(payload_body: bytes, signature_header: str, secret: str) -> bool:
    expected = hmac.new(
        secret.encode(),
        payload_body,
        hashlib.sha256
    ).hexdigest()
    return hmac.compare_digest(f"sha256={expected}", signature_header)


def accepts(body: bytes, header, secrets) -> bool:
    """A delivery is accepted when any active secret verifies it. A missing header, or a verifier that raises (as
    hmac.compare_digest does for non-ASCII text), is a rejection: a receiver answers such a request with an error."""
    if header is None:
        return False
    for secret in secrets:
        try:
            if verify_webhook(body, header, secret):
                return True
        except (TypeError, ValueError):
            return False
    return False


def answer(request: dict) -> dict:
    kind = request.get("type")
    if kind == "hello":
        return {"type": "hello", "id": "python-docs-snippet", "version": "1", "capabilities": ["WEBHOOK_VERIFIER"]}
    if kind == "webhook.verify":
        body = base64.b64decode(request["body"])
        return {"id": request["id"], "accepted": accepts(body, request.get("signatureHeader"), request["secrets"])}
    return {"id": request.get("id"), "error": "unsupported request type: %s" % kind}


def main() -> None:
    for line in sys.stdin:
        if line.strip():
            print(json.dumps(answer(json.loads(line))), flush=True)


if __name__ == "__main__":
    main()
