"""A SAML 2.0 identity provider for doorman's tests, built on pysaml2 (which signs with the
xmlsec1 binary): nobody here wrote its SAML. It signs everyone in as the user given on the command
line, with no page of its own.

    python idp.py --port 0 --sp-metadata URL... --user EMAIL [--name NAME] [--group G]...
                  [--want-signed-requests]

It prints `listening on PORT` once it serves:
  GET /metadata                    its IdP metadata (entity id, redirect SSO URL, signing cert)
  GET /sso/redirect                an AuthnRequest (HTTP-Redirect); answers with the auto-POST form
                                   (with --want-signed-requests its metadata asks for signed
                                   requests, and it refuses one whose signature the SP's
                                   metadata certificate does not verify)
  GET /idp-initiated?sp=ENTITY     an unsolicited response for that SP, as an auto-POST form
  GET /rotate                      a new signing key and certificate (the metadata shows the new
                                   one only, as after a roll-over)
  GET /break-metadata              /metadata answers 503 from now on (its host is down)
  GET /forge?sp=ENTITY&mode=M      a response as base64 text, for refusal tests: M is valid,
                                   unsigned, wrapped (an attacker's assertion beside the signed
                                   one) or bomb (a DTD with nested entities);
                                   in_response_to=ID answers a request
"""

import argparse
import base64
import datetime
import http.server
import os
import re
import shutil
import sys
import tempfile
import urllib.parse
import urllib.request

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from saml2 import BINDING_HTTP_POST, BINDING_HTTP_REDIRECT
from saml2.config import IdPConfig
from saml2.metadata import create_metadata_string
from saml2.saml import NAMEID_FORMAT_EMAILADDRESS, NAME_FORMAT_BASIC, NameID
from saml2.server import Server
from saml2.xmldsig import DIGEST_SHA256, SIG_RSA_SHA256


def key_and_cert(folder):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "doorman test IdP")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    key_file = os.path.join(folder, "idp.key")
    cert_file = os.path.join(folder, "idp.crt")
    with open(key_file, "wb") as f:
        f.write(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.TraditionalOpenSSL,
                serialization.NoEncryption(),
            )
        )
    with open(cert_file, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    return key_file, cert_file


class Idp:
    def __init__(self, args, base):
        self.args = args
        self.base = base
        self.metadata_down = False
        self.rotate()

    def rotate(self):
        folder = tempfile.mkdtemp(prefix="doorman-idp-")
        self.key_file, self.cert_file = key_and_cert(folder)
        self.server = None

    def config(self, inline):
        conf = IdPConfig()
        conf.load(
            {
                "entityid": f"{self.base}/metadata",
                "service": {
                    "idp": {
                        "endpoints": {
                            "single_sign_on_service": [
                                (f"{self.base}/sso/redirect", BINDING_HTTP_REDIRECT)
                            ]
                        },
                        "policy": {
                            "default": {
                                "lifetime": {"minutes": 5},
                                "name_form": NAME_FORMAT_BASIC,
                            }
                        },
                        "name_id_format": [NAMEID_FORMAT_EMAILADDRESS],
                        "want_authn_requests_signed": self.args.want_signed_requests,
                    }
                },
                "key_file": self.key_file,
                "cert_file": self.cert_file,
                "xmlsec_binary": shutil.which("xmlsec1"),
                "metadata": {"inline": inline},
                "allow_unknown_attributes": True,
            }
        )
        return conf

    def metadata(self):
        text = create_metadata_string(None, config=self.config([]), valid=24)
        return text.decode() if isinstance(text, bytes) else text

    def saml(self):
        # The SPs' metadata is read on first use: their connectors are made from ours.
        if self.server is None:
            inline = [urllib.request.urlopen(u).read().decode() for u in self.args.sp_metadata]
            self.server = Server(config=self.config(inline))
        return self.server

    def identity(self, user):
        identity = {"email": [user]}
        if self.args.name:
            identity["name"] = [self.args.name]
        if self.args.group:
            identity["groups"] = list(self.args.group)
        return identity

    def response(self, sp, acs, in_response_to, user, signed=True):
        server = self.saml()
        return str(
            server.create_authn_response(
                self.identity(user),
                in_response_to,
                acs,
                sp,
                name_id=NameID(format=NAMEID_FORMAT_EMAILADDRESS, text=user),
                authn={"class_ref": "urn:oasis:names:tc:SAML:2.0:ac:classes:Password"},
                sign_response=False,
                sign_assertion=signed,
                sign_alg=SIG_RSA_SHA256,
                digest_alg=DIGEST_SHA256,
            )
        )

    def acs_of(self, sp):
        server = self.saml()
        return server.metadata.assertion_consumer_service(sp, BINDING_HTTP_POST)[0]["location"]


def wrapped(xml):
    """Signature wrapping: a copy of the signed assertion for another user, put before it."""
    match = re.search(r"<(\w+):Assertion .*?</\1:Assertion>", xml, re.S)
    assertion = match.group(0)
    evil = re.sub(r"(<\w+:NameID[^>]*>)[^<]*", r"\1mallory@evil.test", assertion)
    evil = re.sub(r'ID="[^"]*"', 'ID="_evil"', evil, count=1)
    return xml.replace(assertion, evil + assertion)


BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_b" Version="2.0"
 IssueInstant="2026-01-01T00:00:00Z">&lol3;</samlp:Response>"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--sp-metadata", action="append", default=[])
    parser.add_argument("--user", required=True)
    parser.add_argument("--name")
    parser.add_argument("--group", action="append", default=[])
    parser.add_argument("--want-signed-requests", action="store_true")
    args = parser.parse_args()

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *_):
            pass

        def send(self, status, body, content_type="text/html; charset=utf-8"):
            data = body.encode()
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def post_form(self, response, acs, relay_state=""):
            page = self.server.idp.saml().apply_binding(
                BINDING_HTTP_POST, response, acs, relay_state, response=True
            )
            self.send(200, page["data"])

        def do_GET(self):
            url = urllib.parse.urlparse(self.path)
            query = dict(urllib.parse.parse_qsl(url.query))
            idp = self.server.idp
            try:
                if url.path == "/metadata":
                    if idp.metadata_down:
                        return self.send(503, "down", "text/plain")
                    return self.send(200, idp.metadata(), "application/samlmetadata+xml")
                if url.path == "/break-metadata":
                    idp.metadata_down = True
                    return self.send(200, "broken", "text/plain")
                if url.path == "/sso/redirect":
                    request = idp.saml().parse_authn_request(
                        query["SAMLRequest"],
                        BINDING_HTTP_REDIRECT,
                        relay_state=query.get("RelayState"),
                        sigalg=query.get("SigAlg"),
                        signature=query.get("Signature"),
                    ).message
                    sp = request.issuer.text
                    acs = request.assertion_consumer_service_url or idp.acs_of(sp)
                    response = idp.response(sp, acs, request.id, args.user)
                    return self.post_form(response, acs, query.get("RelayState", ""))
                if url.path == "/rotate":
                    idp.rotate()
                    return self.send(200, "rotated", "text/plain")
                if url.path == "/idp-initiated":
                    sp = query["sp"]
                    acs = idp.acs_of(sp)
                    return self.post_form(idp.response(sp, acs, None, args.user), acs)
                if url.path == "/forge":
                    sp = query["sp"]
                    acs = idp.acs_of(sp)
                    mode = query.get("mode", "valid")
                    irt = query.get("in_response_to")
                    user = query.get("user", args.user)
                    if mode == "bomb":
                        xml = BOMB
                    else:
                        xml = idp.response(sp, acs, irt, user, signed=(mode != "unsigned"))
                        if mode == "wrapped":
                            xml = wrapped(xml)
                    return self.send(200, base64.b64encode(xml.encode()).decode(), "text/plain")
                self.send(404, "not found")
            except Exception as e:  # the test reads the reason
                self.send(500, f"{type(e).__name__}: {e}", "text/plain")

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    port = httpd.server_address[1]
    httpd.idp = Idp(args, f"http://127.0.0.1:{port}")
    print(f"listening on {port}", flush=True)
    httpd.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
