#!/usr/bin/env python3
"""The example receiver (conformance/examples/python-receiver/receiver.py) with one flaw: the signature is compared
character by character in a Python loop that stops at the first difference, instead of with hmac.compare_digest.
Used to measure what the loopback timing screen can see (README, "The timing screens")."""
import hashlib
import hmac
import importlib.util
import pathlib

RECEIVER = pathlib.Path(__file__).resolve().parents[4] / "examples" / "python-receiver" / "receiver.py"
spec = importlib.util.spec_from_file_location("receiver", RECEIVER)
receiver = importlib.util.module_from_spec(spec)
spec.loader.exec_module(receiver)


def verify_webhook(payload_body: bytes, signature_header: str, secret: str) -> bool:
    expected = "sha256=" + hmac.new(secret.encode(), payload_body, hashlib.sha256).hexdigest()
    if len(expected) != len(signature_header):
        return False
    for a, b in zip(expected, signature_header):
        if a != b:
            return False
    return True


receiver.verify_webhook = verify_webhook

if __name__ == "__main__":
    receiver.main()
