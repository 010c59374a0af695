#!/usr/bin/env python3
"""A small Shogun webhook receiver over HTTP, built on the documented Python snippet.

POST /webhooks with the raw body and X-Shogun-Signature: 204 when the signature verifies, 401 when it does not.
The secret comes from the environment variable SHOGUN_WEBHOOK_SECRET; the port is the first argument.

Certify it:
  SHOGUN_WEBHOOK_SECRET=shogun_whsec_test_5c1f0e9a27b84d6f python3 conformance/examples/python-receiver/receiver.py 8765 &
  java -jar conformance/target/shogun-kit.jar certify --target http://127.0.0.1:8765/webhooks
"""
import hashlib
import hmac
import os
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def verify_webhook(payload_body: bytes, signature_header: str, secret: str) -> bool:
    expected = hmac.new(
        secret.encode(),
        payload_body,
        hashlib.sha256
    ).hexdigest()
    return hmac.compare_digest(f"sha256={expected}", signature_header)


SECRET = os.environ["SHOGUN_WEBHOOK_SECRET"]


class WebhookHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        if self.path != "/webhooks":
            self.send_error(404)
            return
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        header = self.headers.get("X-Shogun-Signature")
        try:
            valid = header is not None and verify_webhook(body, header, SECRET)
        except TypeError:  # hmac.compare_digest refuses non-ASCII text
            valid = False
        self.send_response(204 if valid else 401)
        self.end_headers()

    def log_message(self, format, *args):
        pass  # one line per delivery is noise; never log the signature


def main() -> None:
    port = int(sys.argv[1])
    server = ThreadingHTTPServer(("127.0.0.1", port), WebhookHandler)
    print("listening on http://127.0.0.1:%d/webhooks" % port, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
