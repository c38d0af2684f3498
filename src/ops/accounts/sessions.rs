//! Browser sessions and password sign-in: who is signed in, how long ago, and how. The server's
//! pages call these; a session's cookie secret is handed out once and stored as a digest.

use serde_json::json;

use crate::credentials::client_secret;
use crate::error::Result;
use crate::model::id::new_id;
use crate::model::session::Session;
use crate::model::settings::Identifier;
use crate::model::user::User;
use crate::oidc::authorize::AuthRequest;
use crate::ops::{Doorman, record};
use crate::store;
use crate::store::interactions::{Slot, StoredInteraction};
use crate::store::users::Key;

/// A signed-in browser and its user.
#[derive(Debug, Clone)]
pub struct ActiveSession {
    /// The session.
    pub session: Session,
    /// Who is signed in.
    pub user: User,
}

/// What a password sign-in came to. Wrong identifier and wrong password are one outcome, so the
/// page cannot be used to find out who has an account.
#[derive(Debug, Clone)]
pub enum SignIn {
    /// The password is right.
    Success(Box<User>),
    /// No such user, no password, or the wrong password.
    WrongCredentials,
    /// The password is right but the account is suspended.
    Suspended,
}

/// Ends a first-factor check inside the caller's transaction: the user it proved (if any) is
/// signed in unless suspended (`last_sign_in_at` set), and the outcome is audited with
/// `detail`. Password, passkey and connector sign-ins share it.
pub(crate) fn conclude_sign_in(
    conn: &rusqlite::Connection,
    actor: &str,
    now: crate::model::timestamp::Timestamp,
    proved: Option<store::users::StoredUser>,
    detail: serde_json::Value,
) -> Result<SignIn> {
    let outcome = match proved {
        Some(stored) if stored.user.suspended => SignIn::Suspended,
        Some(mut stored) => {
            stored.user.last_sign_in_at = Some(now);
            store::users::record_sign_in(conn, &stored.user.id, now)?;
            SignIn::Success(Box::new(stored.user))
        }
        None => SignIn::WrongCredentials,
    };
    let (event, user_id) = match &outcome {
        SignIn::Success(u) => ("sign_in.succeeded", Some(u.id.as_str())),
        SignIn::Suspended => ("sign_in.refused_suspended", None),
        SignIn::WrongCredentials => ("sign_in.failed", None),
    };
    record(conn, actor, now, event, user_id, detail)?;
    Ok(outcome)
}

/// Where a sign-out goes: an app's back-channel logout URI and the token to POST there.
#[derive(Debug, Clone, PartialEq)]
pub struct LogoutNotice {
    /// The app.
    pub client_id: String,
    /// Its `backchannel_logout_uri`.
    pub uri: String,
    /// The signed logout token.
    pub logout_token: String,
}

/// The password a missing user is "checked" against, so a wrong identifier costs as much time
/// as a wrong password.
const DECOY_PASSWORD: &str = "doorman decoy password";

impl Doorman {
    /// The open session a cookie belongs to: not ended, not expired, user not suspended.
    pub fn session_from_cookie(&self, cookie: &str) -> Result<Option<ActiveSession>> {
        let conn = self.store.conn();
        let Some(session) = store::sessions::find_by_cookie(conn, &client_secret::digest(cookie))?
        else {
            return Ok(None);
        };
        if session.ended_at.is_some() || session.expires_at <= self.clock.now() {
            return Ok(None);
        }
        let Some(user) = store::users::find_by(conn, Key::Id, &session.user_id)? else {
            return Ok(None);
        };
        if user.user.suspended {
            return Ok(None);
        }
        Ok(Some(ActiveSession {
            session,
            user: user.user,
        }))
    }

    /// The key failed sign-ins and wrong one-time codes are counted under: the account an
    /// identifier names, so its email, username and phone share one budget, or the identifier
    /// itself when it names nobody (answered the same way, so the limit does not tell which
    /// accounts exist).
    pub fn account_limit_key(&self, identifier: &str) -> Result<String> {
        let identifier = identifier.trim();
        let kind = Identifier::of(identifier);
        Ok(
            match store::users::find_by(self.store.conn(), Key::from(kind), identifier)? {
                Some(found) => format!("user:{}", found.user.id),
                None => format!("name:{}", identifier.to_ascii_lowercase()),
            },
        )
    }

    /// Checks an identifier and password against the sign-in methods the settings allow. On
    /// success the hash is upgraded if it is legacy or at an old cost, `last_sign_in_at` is set,
    /// and either way the attempt is audited.
    pub fn sign_in_with_password(&mut self, identifier: &str, password: &str) -> Result<SignIn> {
        let now = self.clock.now();
        let settings = self.settings()?;
        let identifier = identifier.trim();
        let kind = Identifier::of(identifier);
        let allowed = settings
            .sign_in
            .methods
            .iter()
            .any(|m| m.identifier == kind && m.password);
        let found = if allowed {
            store::users::find_by(self.store.conn(), Key::from(kind), identifier)?
        } else {
            None
        };
        let hash = found.as_ref().and_then(|u| u.password_hash.clone());
        let matched = match &hash {
            Some(h) => self.hasher.verify(password, h),
            None => {
                let decoy = self.decoy_hash()?;
                let _ = self.hasher.verify(password, &decoy);
                false
            }
        };
        let tx = self.store.transaction()?;
        let proved = match found {
            Some(mut stored) if matched => {
                if !stored.user.suspended
                    && hash.as_deref().is_some_and(|h| self.hasher.needs_rehash(h))
                {
                    let upgraded = self.hasher.hash(password)?;
                    store::users::set_password_hash(&tx, &stored.user.id, &upgraded)?;
                    stored.password_hash = Some(upgraded);
                }
                Some(stored)
            }
            _ => None,
        };
        let detail = json!({ "identifier": identifier, "method": "password" });
        let outcome = conclude_sign_in(&tx, &self.actor, now, proved, detail)?;
        tx.commit()?;
        Ok(outcome)
    }

    pub(crate) fn decoy_hash(&self) -> Result<String> {
        if let Some(h) = self.decoy.get() {
            return Ok(h.clone());
        }
        let h = self.hasher.hash(DECOY_PASSWORD)?;
        Ok(self.decoy.get_or_init(|| h).clone())
    }

    /// Starts a session for a user who just proved who they are, or refreshes the browser's
    /// current one when it is the same user. Returns the session and the cookie value to set.
    pub fn start_session(
        &mut self,
        user: &User,
        amr: &[String],
        current: Option<&ActiveSession>,
    ) -> Result<(Session, Option<String>)> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        if let Some(current) = current {
            if current.user.id == user.id {
                store::sessions::reauthenticate(&tx, &current.session.id, now, amr)?;
                tx.commit()?;
                let mut session = current.session.clone();
                session.auth_time = now;
                session.amr = amr.to_vec();
                return Ok((session, None));
            }
            store::sessions::end(&tx, &current.session.id, now)?;
        }
        let cookie = client_secret::generate();
        let session = Session {
            id: new_id(),
            cookie_digest: client_secret::digest(&cookie),
            user_id: user.id.clone(),
            auth_time: now,
            amr: amr.to_vec(),
            created_at: now,
            expires_at: now.plus(self.lifetimes.session),
            ended_at: None,
        };
        store::sessions::insert(&tx, &session)?;
        tx.commit()?;
        Ok((session, Some(cookie)))
    }

    /// Ends a session and revokes what its apps were given. Returns the back-channel logout
    /// notices to send (one per app of the session that registered a URI).
    pub fn end_session(&mut self, session_id: &str) -> Result<Vec<LogoutNotice>> {
        let now = self.clock.now();
        let issuer = self.issuer()?;
        let signer = self.current_signer()?;
        let tx = self.store.transaction()?;
        let Some(session) = store::sessions::find(&tx, session_id)? else {
            return Ok(Vec::new());
        };
        let notices = end_session_in(&tx, &self.actor, &issuer, &signer, &session, now)?;
        tx.commit()?;
        Ok(notices)
    }

    /// Parks an authorization request while the user signs in or consents. `csrf` is the
    /// browser's CSRF token, which the interaction's forms must repeat.
    pub fn start_interaction(&mut self, request: &AuthRequest, csrf: &str) -> Result<String> {
        let now = self.clock.now();
        let id = crate::model::id::random_string(24);
        let tx = self.store.transaction()?;
        store::interactions::insert(
            &tx,
            &StoredInteraction {
                id: id.clone(),
                request: serde_json::to_string(request).map_err(|e| {
                    crate::Error::Runtime(format!("encoding an interaction failed: {e}"))
                })?,
                csrf: csrf.to_string(),
                created_at: now,
                expires_at: now.plus(self.lifetimes.interaction),
            },
        )?;
        tx.commit()?;
        Ok(id)
    }

    /// A live interaction and the CSRF token bound to it.
    pub fn interaction(&self, id: &str) -> Result<Option<(AuthRequest, String)>> {
        let Some(found) = store::interactions::find(self.store.conn(), id)? else {
            return Ok(None);
        };
        if found.expires_at <= self.clock.now() {
            return Ok(None);
        }
        Ok(serde_json::from_str(&found.request)
            .ok()
            .map(|r| (r, found.csrf)))
    }

    /// Binds the steps of an interaction after this one to the browser holding the secret whose
    /// digest this is (replacing any earlier binding).
    pub fn bind_interaction(&mut self, id: &str, digest: &str) -> Result<()> {
        let tx = self.store.transaction()?;
        store::interactions::set_slot(&tx, id, Slot::Step, Some(digest))?;
        tx.commit()
    }

    /// The digest an interaction's later steps are bound to, once it passed its first factor.
    pub fn interaction_binding(&self, id: &str) -> Result<Option<String>> {
        store::interactions::slot(self.store.conn(), id, Slot::Step)
    }

    /// Forgets a finished interaction.
    pub fn finish_interaction(&mut self, id: &str) -> Result<()> {
        let tx = self.store.transaction()?;
        store::interactions::delete(&tx, id)?;
        tx.commit()
    }
}

/// Ends every open session of a user inside the caller's transaction (a password reset, a
/// deletion, a suspension): the logout tokens their apps are owed.
pub(crate) fn end_user_sessions_in(
    tx: &rusqlite::Connection,
    actor: &str,
    issuer: &str,
    signer: &crate::oidc::keys::Signer,
    user_id: &str,
    now: crate::model::timestamp::Timestamp,
) -> Result<Vec<LogoutNotice>> {
    let mut notices = Vec::new();
    for session in store::sessions::open_for_user(tx, user_id, now)? {
        notices.extend(end_session_in(tx, actor, issuer, signer, &session, now)?);
    }
    Ok(notices)
}

/// Ends a session inside the caller's transaction: revokes its grants, audits the sign-out, and
/// returns one signed logout token per app that registered a back-channel logout URI.
pub(crate) fn end_session_in(
    tx: &rusqlite::Connection,
    actor: &str,
    issuer: &str,
    signer: &crate::oidc::keys::Signer,
    session: &Session,
    now: crate::model::timestamp::Timestamp,
) -> Result<Vec<LogoutNotice>> {
    let was_open = store::sessions::end(tx, &session.id, now)?;
    let clients = store::grants::revoke_session(tx, &session.id, now)?;
    let mut notices = Vec::new();
    if !was_open {
        return Ok(notices);
    }
    for client_id in clients {
        let Some(app) = store::apps::find(tx, &client_id)? else {
            continue;
        };
        if let Some(uri) = app.app.backchannel_logout_uri {
            let claims = crate::oidc::tokens::logout_token_claims(
                issuer,
                &client_id,
                &session.user_id,
                &session.id,
                now,
            );
            notices.push(LogoutNotice {
                client_id,
                uri,
                logout_token: crate::oidc::jwt::sign(
                    signer,
                    Some(crate::oidc::jwt::LOGOUT_TOKEN_TYPE),
                    &claims,
                )?,
            });
        }
    }
    record(
        tx,
        actor,
        now,
        "sign_out",
        Some(&session.user_id),
        json!({ "sid": session.id }),
    )?;
    Ok(notices)
}
