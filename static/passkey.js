// Passkeys on doorman's pages. A button with data-passkey="sign_in|verify|register" asks the
// server for the ceremony's options (bound to the page's interaction and CSRF token, or on the
// account page, where data-passkey-options names the endpoint, to the session), runs it in the
// browser, and posts the browser's answer in the button's form. Binary fields travel
// as base64url, as the server's WebAuthn library reads them. Without this script (or without
// WebAuthn) the buttons stay hidden and the pages' other forms work as they are.
(function () {
  "use strict";

  function decode(text) {
    var base64 = text.replace(/-/g, "+").replace(/_/g, "/");
    while (base64.length % 4) {
      base64 += "=";
    }
    var binary = atob(base64);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function encode(buffer) {
    var bytes = new Uint8Array(buffer);
    var binary = "";
    for (var i = 0; i < bytes.length; i++) {
      binary += String.fromCharCode(bytes[i]);
    }
    return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function decodeIds(list) {
    (list || []).forEach(function (item) {
      item.id = decode(item.id);
    });
  }

  function created(credential) {
    return {
      id: credential.id,
      rawId: encode(credential.rawId),
      type: credential.type,
      response: {
        attestationObject: encode(credential.response.attestationObject),
        clientDataJSON: encode(credential.response.clientDataJSON),
      },
      extensions: credential.getClientExtensionResults(),
    };
  }

  function asserted(credential) {
    var response = credential.response;
    return {
      id: credential.id,
      rawId: encode(credential.rawId),
      type: credential.type,
      response: {
        authenticatorData: encode(response.authenticatorData),
        clientDataJSON: encode(response.clientDataJSON),
        signature: encode(response.signature),
        userHandle: response.userHandle ? encode(response.userHandle) : null,
      },
      extensions: credential.getClientExtensionResults(),
    };
  }

  function fail(form) {
    var alert = form.querySelector("[data-passkey-error]");
    if (alert) {
      alert.hidden = false;
    }
  }

  function run(button) {
    var form = button.form;
    var purpose = button.getAttribute("data-passkey");
    var body = new URLSearchParams();
    body.set("csrf_token", form.elements.csrf_token.value);
    if (form.elements.interaction) {
      body.set("interaction", form.elements.interaction.value);
    }
    body.set("purpose", purpose);
    var endpoint = button.getAttribute("data-passkey-options") || "/passkey/options";
    fetch(endpoint, { method: "POST", body: body, credentials: "same-origin" })
      .then(function (reply) {
        if (!reply.ok) {
          throw new Error("options refused: " + reply.status);
        }
        return reply.json();
      })
      .then(function (options) {
        var publicKey = options.publicKey;
        publicKey.challenge = decode(publicKey.challenge);
        if (purpose === "register") {
          publicKey.user.id = decode(publicKey.user.id);
          decodeIds(publicKey.excludeCredentials);
          return navigator.credentials.create({ publicKey: publicKey }).then(created);
        }
        decodeIds(publicKey.allowCredentials);
        return navigator.credentials.get({ publicKey: publicKey }).then(asserted);
      })
      .then(function (answer) {
        form.elements.credential.value = JSON.stringify(answer);
        form.submit();
      })
      .catch(function (error) {
        console.warn("passkey:", error);
        fail(form);
      });
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (!window.PublicKeyCredential) {
      return;
    }
    document.querySelectorAll("[data-passkey]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function (event) {
        event.preventDefault();
        run(button);
      });
    });
  });
})();
