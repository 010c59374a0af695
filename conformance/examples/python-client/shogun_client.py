"""A Shogun API client in plain Python (standard library only): token and dashboard clients.

TokenClient
  * one cached token serves every call until it nears expiry, by this client's clock and the response's expires_in;
  * inside the refresh window (5 minutes, at most half the lifetime) one caller refreshes while the others keep using
    the still-valid token; a failed refresh keeps it;
  * with no usable token exactly one caller fetches (single flight), the others wait for its result;
  * a 401 or response_code "42" on a call drops the token, fetches one new token and retries once;
  * refused credentials are retried with capped, jittered exponential back-off, 3 times (below Shogun's lockout
    threshold of 5), then reported; the same secret is not tried again for 20 minutes, a new secret at once;
  * a lockout (429) is waited out: no token request before its Retry-After has passed;
  * 5xx and connection failures on the token endpoint are retried with back-off.
The client secret goes only into the token request body. It is read through `secret()` on every token request, so a
rotated secret takes effect without a restart.

Time, waiting and logging are injected (`clock`, `sleep`, `log`) so that tests can run hours of token lifetime in no
time; in production leave the defaults.
"""

import json
import random
import threading
import time
import urllib.error
import urllib.request
from datetime import datetime, timezone

GENERATE_TOKEN = "/api/v1/security/api/generate_token"
VALIDATE_TOKEN = "/api/v1/security/api/validate_token"
DASHBOARD_LOGIN = "/api/v1/auth/web/login"

ANSWERED = "ANSWERED"
INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
LOCKED_OUT = "LOCKED_OUT"
UNAVAILABLE = "UNAVAILABLE"

_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class Response:
    """What a call came to: an outcome, the HTTP status of the last response (0 if none) and its body."""

    def __init__(self, outcome, status, body=""):
        self.outcome = outcome
        self.status = status
        self.body = body


class Backoff:
    """Attempt n (from 1) waits base * factor**(n-1), at most cap, scaled by a random factor in [1-jitter, 1+jitter]."""

    def __init__(self, base=1.0, factor=2.0, cap=30.0, jitter=0.2):
        self.base, self.factor, self.cap, self.jitter = base, factor, cap, jitter

    def delay(self, attempt):
        return min(self.cap, self.base * self.factor ** (attempt - 1)) * random.uniform(1 - self.jitter, 1 + self.jitter)


def _exchange(method, url, headers=None, body=None, timeout=30):
    """(status, body text, headers); status 0 when the server could not be reached."""
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8", "replace"), response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace"), error.headers
    except (urllib.error.URLError, OSError):
        return 0, "", {}


class _Token:
    def __init__(self, value, obtained, expires):
        self.value, self.obtained, self.expires = value, obtained, expires


class TokenClient:
    """An integration client for client_id + client_secret. Safe for concurrent use from many threads."""

    def __init__(self, base_url, client_id, secret, clock=time.time, sleep=time.sleep, log=lambda line: None,
                 refresh_before=300.0, backoff=Backoff(), credential_attempts=3, transient_attempts=4,
                 credentials_cool_down=1200.0, default_lockout=900.0):
        self._base = base_url.rstrip("/")
        self._client_id = client_id
        self._secret = secret
        self._clock, self._sleep, self._log = clock, sleep, log
        self._refresh_before = refresh_before
        self._backoff = backoff
        self._credential_attempts = credential_attempts
        self._transient_attempts = transient_attempts
        self._cool_down = credentials_cool_down
        self._default_lockout = default_lockout
        self._fetching = threading.Lock()
        self._token = None
        self._locked_until = 0.0
        self._refused_secret = None
        self._refused_at = 0.0

    def __repr__(self):
        return "TokenClient(%s, client_id=%s)" % (self._base, self._client_id)

    def call(self, method, path):
        """Makes an authenticated call and returns a Response; never raises."""
        token, failure = self._usable_token(None)
        if failure:
            return failure
        status, body, _ = self._send(method, path, token)
        if status == 0:
            self._log("call %s %s failed: no response" % (method, path))
            return Response(UNAVAILABLE, 0)
        if not _rejects_token(status, body):
            return Response(ANSWERED, status, body)
        self._log("call %s %s: token refused (%d), fetching a new one and retrying once" % (method, path, status))
        token, failure = self._usable_token(token)
        if failure:
            return failure
        status, body, _ = self._send(method, path, token)
        return Response(ANSWERED, status, body) if status else Response(UNAVAILABLE, 0)

    def validate_token(self):
        """validate_token's answer as a dict with issued_at and expires_at in epoch seconds (read as UTC), or None."""
        token, failure = self._usable_token(None)
        if failure:
            return None
        status, body, _ = self._send("GET", VALIDATE_TOKEN, token)
        try:
            data = json.loads(body)["data"]
            if status != 200:
                return None
            return {"username": data.get("username", ""), "client_id": data.get("client_id", ""),
                    "authorities": list(data.get("authorities", [])),
                    "issued_at": _utc_seconds(data["issued_at"]), "expires_at": _utc_seconds(data["expires_at"])}
        except (ValueError, KeyError, TypeError):
            return None

    # ---- the token -----------------------------------------------------------------------------------------------

    def _usable_token(self, rejected):
        """(token, None) to send, or (None, Response) saying why there is none."""
        now = self._clock()
        cached = self._token
        if cached is not None and cached is not rejected and now < cached.expires:
            if self._in_refresh_window(cached, now) and self._fetching.acquire(blocking=False):
                try:
                    if self._token is cached and self._fetch()[1] is not None:
                        self._log("proactive refresh failed; keeping the current token")
                finally:
                    self._fetching.release()
            return self._token, None
        with self._fetching:
            current = self._token
            if current is not None and current is not rejected and self._clock() < current.expires:
                return current, None
            if current is rejected:
                self._token = None
            return self._fetch()

    def _in_refresh_window(self, token, now):
        window = min(self._refresh_before, (token.expires - token.obtained) / 2)
        return now >= token.expires - window

    def _fetch(self):
        """Token requests with back-off; called with the lock held."""
        credential_failures = transient_failures = 0
        while True:
            now = self._clock()
            if now < self._locked_until:
                self._log("locked out; not asking for a token")
                return None, Response(LOCKED_OUT, 429)
            secret = self._secret()
            if secret == self._refused_secret and now < self._refused_at + self._cool_down:
                return None, Response(INVALID_CREDENTIALS, 401)
            self._log("requesting a token for client_id=%s" % self._client_id)
            status, body, headers = _exchange("POST", self._base + GENERATE_TOKEN,
                                              {"Content-Type": "application/json"},
                                              {"client_id": self._client_id, "client_secret": secret})
            if status == 200:
                token = _parse_token(body, now)
                if token is not None:
                    self._token = token
                    self._refused_secret = None
                    self._log("token obtained")
                    return token, None
                status = 0
            if status == 429:
                wait = _retry_after(headers, self._default_lockout)
                self._locked_until = now + wait
                self._log("locked out for %d s" % wait)
                return None, Response(LOCKED_OUT, 429)
            if status in (400, 401, 403):
                credential_failures += 1
                self._log("credentials refused (%d), attempt %d of %d"
                          % (status, credential_failures, self._credential_attempts))
                if credential_failures >= self._credential_attempts:
                    self._refused_secret = secret
                    self._refused_at = self._clock()
                    return None, Response(INVALID_CREDENTIALS, status)
                self._sleep(self._backoff.delay(credential_failures))
                continue
            transient_failures += 1
            if transient_failures >= self._transient_attempts:
                return None, Response(UNAVAILABLE, status)
            self._sleep(self._backoff.delay(transient_failures))

    def _send(self, method, path, token):
        return _exchange(method, self._base + path, {"Authorization": "Bearer " + token.value})


class DashboardClient:
    """Email/password login; the JWT as Bearer (and the session cookie) on /web/ calls; a 401 logs in again once."""

    def __init__(self, base_url, email, password, log=lambda line: None):
        self._base = base_url.rstrip("/")
        self._email = email
        self._password = password
        self._log = log
        self._lock = threading.Lock()
        self._token = None
        self._cookie = None

    def __repr__(self):
        return "DashboardClient(%s, %s)" % (self._base, self._email)

    def login(self):
        with self._lock:
            self._log("dashboard login for %s" % self._email)
            status, body, headers = _exchange("POST", self._base + DASHBOARD_LOGIN, {"Content-Type": "application/json"},
                                              {"email": self._email, "password": self._password})
            if status == 0:
                return Response(UNAVAILABLE, 0)
            if status == 200:
                try:
                    self._token = json.loads(body)["data"]["token"]
                except (ValueError, KeyError, TypeError):
                    self._token = None
                cookie = headers.get("Set-Cookie")
                self._cookie = cookie.split(";", 1)[0] if cookie else None
            return Response(ANSWERED, status, body)

    def call(self, method, path):
        if self._token is None:
            login = self.login()
            if self._token is None:
                return login
        response = self._send(method, path)
        if response.status == 401:
            self._log("dashboard session refused; logging in again once")
            self.login()
            response = self._send(method, path)
        return response

    def _send(self, method, path):
        headers = {"Authorization": "Bearer " + self._token}
        if self._cookie:
            headers["Cookie"] = self._cookie
        status, body, _ = _exchange(method, self._base + path, headers)
        return Response(ANSWERED, status, body) if status else Response(UNAVAILABLE, 0)


def _rejects_token(status, body):
    if status == 401:
        return True
    try:
        return json.loads(body).get("response_code") == "42"
    except (ValueError, AttributeError):
        return False


def _parse_token(body, now):
    try:
        data = json.loads(body)["data"]
        value, expires_in = data["token"], int(data["expires_in"])
    except (ValueError, KeyError, TypeError):
        return None
    return _Token(value, now, now + expires_in) if value and expires_in > 0 else None


def _retry_after(headers, default):
    try:
        return int(headers.get("Retry-After"))
    except (TypeError, ValueError):
        return default


def _utc_seconds(local_date_time):
    """Shogun's zone-less timestamps are UTC: never read them in the machine's zone."""
    return int(datetime.fromisoformat(local_date_time).replace(tzinfo=timezone.utc).timestamp())
