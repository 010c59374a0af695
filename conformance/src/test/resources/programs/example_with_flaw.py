# The Python example target with one flaw: verify_webhook accepts any header that ends with the right digest, whatever
# precedes it. Usage: example_with_flaw.py <directory of shogun_target.py>
import hashlib, hmac, sys
sys.path.insert(0, sys.argv[1])
import shogun_target


def ends_with_digest(payload_body: bytes, signature_header: str, secret: str) -> bool:
    expected = hmac.new(secret.encode(), payload_body, hashlib.sha256).hexdigest()
    return signature_header.endswith(expected)


shogun_target.verify_webhook = ends_with_digest
shogun_target.main()
