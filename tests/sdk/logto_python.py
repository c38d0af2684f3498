"""Logto's Python SDK (`logto`) against a running `doorman serve`, as an app uses it: the
sign-up screen by `interaction_mode=signUp` (the SDK has no `first_screen`), then a sign-in
through the hosted pages, userinfo, an API token and the sign-out URL. Run by
tests/it/logto_sdk.rs with the server's address and the app's credentials in the environment;
prints one JSON object with what it saw, and exits non-zero on a failure."""

import asyncio
import html
import http.cookiejar
import json
import os
import re
import urllib.parse
import urllib.request

from logto import LogtoClient, LogtoConfig
from logto.Storage import MemoryStorage


def env(name):
    value = os.environ.get(name)
    if not value:
        raise SystemExit(f"{name} is not set")
    return value


ENDPOINT = env("DOORMAN_ENDPOINT")
REDIRECT = env("APP_REDIRECT_URI")


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


# The browser: a cookie jar and no automatic redirects.
jar = http.cookiejar.CookieJar()
browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirects)


# Doorman's pages redirect by path: resolve them against the page they came from (the
# authorization endpoint names the issuer's host, which may not be ENDPOINT's).
here = [ENDPOINT]


def browse(url, form=None):
    data = urllib.parse.urlencode(form).encode() if form else None
    here[0] = urllib.parse.urljoin(here[0], url)
    try:
        response = browser.open(here[0], data=data)
    except urllib.error.HTTPError as answer:
        response = answer
    return response.status, response.headers.get("Location"), response.read().decode()


def field(page, name):
    found = re.search(rf'name="{name}" value="([^"]*)"', page)
    if not found:
        raise SystemExit(f"no {name} field in the page")
    return html.unescape(found.group(1))


def follow(url):
    """GETs `url` and follows redirects on doorman's own pages; the last answer."""
    status, location, page = browse(url)
    while status in (302, 303) and not location.startswith(REDIRECT):
        url = location
        status, location, page = browse(url)
    return url, status, location, page


async def main():
    client = LogtoClient(
        LogtoConfig(
            endpoint=ENDPOINT,
            appId=env("APP_ID"),
            appSecret=env("APP_SECRET"),
            resources=[env("API_RESOURCE")],
            scopes=["email", "read", "write"],
        ),
        storage=MemoryStorage(),
    )
    seen = {}
    sign_up = await client.signIn(REDIRECT, interactionMode="signUp")
    seen["sign_up_param"] = urllib.parse.parse_qs(urllib.parse.urlparse(sign_up).query).get(
        "interaction_mode"
    )
    seen["sign_up_page"] = urllib.parse.urlparse(follow(sign_up)[0]).path

    sign_in = await client.signIn(REDIRECT)
    url, status, location, page = follow(sign_in)
    if "/consent" in url:
        status, location, page = browse(
            "/consent",
            {
                "csrf_token": field(page, "csrf_token"),
                "interaction": field(page, "interaction"),
                "decision": "allow",
            },
        )
    elif status == 200:
        status, location, page = browse(
            "/sign-in",
            {
                "csrf_token": field(page, "csrf_token"),
                "interaction": field(page, "interaction"),
                "identifier": env("USER_EMAIL"),
                "password": env("USER_PASSWORD"),
            },
        )
        if location and location.startswith("/consent"):
            url, status, location, page = follow(location)
            status, location, page = browse(
                "/consent",
                {
                    "csrf_token": field(page, "csrf_token"),
                    "interaction": field(page, "interaction"),
                    "decision": "allow",
                },
            )
    if not (location or "").startswith(REDIRECT):
        raise SystemExit(f"no redirect back to the app: {status} {location} {page[:300]}")
    await client.handleSignInCallback(location)
    seen["authenticated"] = client.isAuthenticated()
    seen["id_token_email"] = client.getIdTokenClaims().email
    seen["userinfo_email"] = (await client.fetchUserInfo()).email
    claims = await client.getAccessTokenClaims(env("API_RESOURCE"))
    seen["api_token"] = {"aud": claims.aud, "scope": claims.scope}
    sign_out = urllib.parse.urlparse(await client.signOut(env("APP_POST_LOGOUT_URI")))
    query = urllib.parse.parse_qs(sign_out.query)
    seen["sign_out"] = {"path": sign_out.path, "client_id": query.get("client_id")}
    # The SDK prints warnings on stdout; the result is the last line.
    print(json.dumps(seen))


asyncio.run(main())
