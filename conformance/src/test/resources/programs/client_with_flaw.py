# The Python example client with one flaw, named by the first argument.
# Usage: client_with_flaw.py <flaw> <directory of shogun_target.py>
import json, sys, time
from datetime import datetime

sys.path.insert(0, sys.argv[2])
import shogun_client
import shogun_target

flaw = sys.argv[1]
TokenClient = shogun_client.TokenClient

if flaw == "no-single-flight":
    # Every caller without a usable token fetches one itself; the proactive refresh is left as it was.
    def usable_token(self, rejected):
        now = self._clock()
        cached = self._token
        if cached is not None and cached is not rejected and now < cached.expires:
            if self._in_refresh_window(cached, now) and self._fetching.acquire(blocking=False):
                try:
                    if self._token is cached:
                        self._fetch()
                finally:
                    self._fetching.release()
            return self._token, None
        return self._fetch()
    TokenClient._usable_token = usable_token
elif flaw == "machine-clock":
    # Reads the machine's clock instead of the one it was given.
    original = TokenClient.__init__
    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        self._clock = time.time
    TokenClient.__init__ = init
elif flaw == "local-time-validate":
    # Reads validate_token's zone-less timestamps in the machine's zone.
    shogun_client._utc_seconds = lambda text: int(datetime.fromisoformat(text).timestamp())
elif flaw == "logs-secret":
    # Logs the token request body, secret and all.
    original_fetch = TokenClient._fetch
    def fetch(self):
        self._log("token request body: " + json.dumps({"client_id": self._client_id, "client_secret": self._secret()}))
        return original_fetch(self)
    TokenClient._fetch = fetch
elif flaw == "no-retry-on-401":
    # Returns the first 401 instead of fetching a new token and retrying once.
    shogun_client._rejects_token = lambda status, body: False
else:
    sys.exit("unknown flaw " + flaw)

shogun_target.main()
