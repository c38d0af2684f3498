//! The account center's pages: the overview with a section per field the settings show, and
//! the steps some changes take (a code sent to a new address, an authenticator app's QR code,
//! the backup codes shown once, the goodbye after deletion).

use askama::Template;

use crate::model::account_center::Control;
use crate::model::mfa::FactorKind;
use crate::model::settings::MfaPolicy;
use crate::ops::Doorman;
use crate::web::common::http::{Request, Response};
use crate::web::common::responses::Answer;
use crate::web::common::session::user_label;
use crate::web::engine::state::ServerState;
use crate::web::pages::account::entry::{Visit, visit};
use crate::web::pages::templates::{Chrome, render};

/// The notices a change ends with, as `/account?done=KEY` names them.
const DONE: &[&str] = &[
    "profile_saved",
    "password_changed",
    "email_changed",
    "phone_changed",
    "email_removed",
    "phone_removed",
    "factor_added",
    "factor_removed",
    "mfa_sign_in_changed",
    "token_revoked",
    "session_ended",
    "app_revoked",
];

/// Back to the overview with the notice `done` names.
pub fn done(done: &str) -> Answer {
    Ok(Response::redirect(&format!("/account?done={done}")))
}

/// The profile section.
pub struct ProfileView {
    /// Whether any of its fields shows.
    pub shown: bool,
    /// Whether any of them may change (the save button).
    pub editable: bool,
    /// The name's control.
    pub name: Control,
    /// The username's control.
    pub username: Control,
    /// The picture's control.
    pub avatar: Control,
    /// The current name.
    pub name_value: String,
    /// The current username.
    pub username_value: String,
    /// The current picture URL.
    pub avatar_value: String,
}

/// An email or phone section.
pub struct IdentifierView {
    /// `email` or `phone` (the form's id and path).
    pub kind: &'static str,
    /// The section title's key.
    pub title_key: &'static str,
    /// The new-address label's key.
    pub new_key: &'static str,
    /// The current value.
    pub value: Option<String>,
    /// Whether it may change.
    pub editable: bool,
}

/// A second factor's row.
pub struct FactorRow {
    /// Its id.
    pub id: String,
    /// Its kind's name.
    pub kind: &'static str,
    /// Its label's key.
    pub label_key: &'static str,
    /// The name its owner gave it (passkeys named through the Account API).
    pub name: Option<String>,
}

/// A row with an id, a label and a detail (a session, an app, a token).
pub struct Row {
    /// What the revoke button names.
    pub id: String,
    /// The label.
    pub name: String,
    /// Dates and such.
    pub detail: String,
    /// Whether it is this browser's session.
    pub current: bool,
}

/// The overview page.
#[derive(Template)]
#[template(path = "account.html")]
pub struct AccountPage {
    /// Shared chrome.
    pub chrome: Chrome,
    /// The forms' CSRF token.
    pub csrf_token: String,
    /// Who is signed in.
    pub user_label: String,
    /// What the last change did.
    pub notice: Option<String>,
    /// What went wrong.
    pub error: Option<String>,
    /// Whether sensitive forms show (a recent sign-in).
    pub recent: bool,
    /// The profile section.
    pub profile: ProfileView,
    /// The email and phone sections that show.
    pub identifiers: Vec<IdentifierView>,
    /// The password's control.
    pub password: Control,
    /// Whether a password is set.
    pub has_password: bool,
    /// Second factors' control.
    pub mfa: Control,
    /// The enrolled factors.
    pub factors: Vec<FactorRow>,
    /// Whether an authenticator app is enrolled.
    pub has_totp: bool,
    /// Whether new backup codes may be made (another factor exists).
    pub offers_backup_codes: bool,
    /// Whether a passkey may be added here (the settings offer passkeys, the issuer has a name).
    pub offers_passkey: bool,
    /// Whether the user skips the second factor at sign-in, when that is theirs to choose (they
    /// have a factor and the policy is not mandatory).
    pub skips_mfa_at_sign_in: Option<bool>,
    /// A token just made, shown once.
    pub new_token: Option<String>,
    /// The personal access tokens.
    pub tokens: Vec<Row>,
    /// Sessions' and apps' control.
    pub session_field: Control,
    /// The open sessions.
    pub sessions: Vec<Row>,
    /// The authorized apps.
    pub apps: Vec<Row>,
}

/// A step of a change, on a page of its own.
#[derive(Template)]
#[template(path = "account_step.html")]
pub struct StepPage {
    /// Shared chrome.
    pub chrome: Chrome,
    /// The forms' CSRF token.
    pub csrf_token: String,
    /// The title's key.
    pub title_key: &'static str,
    /// `code`, `totp`, `codes` or `deleted`.
    pub step: &'static str,
    /// `email` or `phone` for a code step.
    pub kind: &'static str,
    /// The address a code went to, or the authenticator secret.
    pub target: String,
    /// The verification a code step proves.
    pub verification: String,
    /// The authenticator QR code (a `data:` URI).
    pub qr_code: String,
    /// Backup codes, shown once.
    pub codes: Vec<String>,
    /// What went wrong.
    pub error: Option<String>,
}

impl StepPage {
    /// A step page for `visit` with nothing filled in yet.
    pub fn new(visit: &Visit, title_key: &'static str, step: &'static str) -> StepPage {
        StepPage {
            chrome: visit.chrome.clone(),
            csrf_token: visit.csrf.clone(),
            title_key,
            step,
            kind: "",
            target: String::new(),
            verification: String::new(),
            qr_code: String::new(),
            codes: Vec::new(),
            error: None,
        }
    }
}

/// `GET /account`.
pub fn show(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    let visit = visit(state, doorman, request)?;
    let notice = request
        .param("done")
        .filter(|key| DONE.contains(key))
        .map(|key| {
            visit
                .chrome
                .t
                .get(&format!("account.done.{key}"))
                .to_string()
        });
    overview(state, doorman, &visit, 200, notice, None, None)
}

/// The overview for `visit`, with a notice, an error or a new token's secret.
pub fn overview(
    state: &ServerState,
    doorman: &Doorman,
    visit: &Visit,
    status: u16,
    notice: Option<String>,
    error: Option<String>,
    new_token: Option<String>,
) -> Answer {
    let fields = visit.center.fields;
    let user = &visit.user;
    let profile = ProfileView {
        shown: fields.name.readable() || fields.username.readable() || fields.avatar.readable(),
        editable: fields.name.editable() || fields.username.editable() || fields.avatar.editable(),
        name: fields.name,
        username: fields.username,
        avatar: fields.avatar,
        name_value: user.name.clone().unwrap_or_default(),
        username_value: user.username.clone().unwrap_or_default(),
        avatar_value: user.avatar_url.clone().unwrap_or_default(),
    };
    let mut identifiers = Vec::new();
    for (kind, control, value) in [
        ("email", fields.email, &user.email),
        ("phone", fields.phone, &user.phone),
    ] {
        if control.readable() {
            identifiers.push(IdentifierView {
                kind,
                title_key: if kind == "email" {
                    "account.email.title"
                } else {
                    "account.phone.title"
                },
                new_key: if kind == "email" {
                    "account.email.new"
                } else {
                    "account.phone.new"
                },
                value: value.clone(),
                editable: control.editable(),
            });
        }
    }
    let enrolled = if fields.mfa.readable() {
        doorman.mfa_factors(&user.id)?
    } else {
        Vec::new()
    };
    let factors: Vec<FactorRow> = enrolled
        .iter()
        .filter_map(|f| {
            let label_key = match f.kind {
                FactorKind::Totp => "account.factor.totp",
                FactorKind::Webauthn => "account.factor.webauthn",
                FactorKind::BackupCode => "account.factor.backup_code",
                FactorKind::Email | FactorKind::Phone => return None,
            };
            Some(FactorRow {
                id: f.id.clone(),
                kind: f.kind.as_str(),
                label_key,
                name: f.name.clone(),
            })
        })
        .collect();
    let has_totp = enrolled.iter().any(|f| f.kind == FactorKind::Totp);
    let may_choose = !factors.is_empty() && visit.settings.mfa.policy != MfaPolicy::Mandatory;
    let skips_mfa_at_sign_in = if may_choose {
        Some(doorman.skips_mfa_on_sign_in(&user.id)?)
    } else {
        None
    };
    let offers_backup_codes = enrolled.iter().any(|f| f.kind != FactorKind::BackupCode);
    let tokens = doorman
        .list_personal_tokens(&user.id)?
        .into_iter()
        .map(|t| Row {
            id: t.name.clone(),
            detail: match t.expires_at {
                Some(at) => format!("→ {}", at.to_rfc3339()),
                None => String::new(),
            },
            name: t.name,
            current: false,
        })
        .collect();
    let (sessions, apps) = if fields.session.readable() {
        let sessions = doorman
            .open_sessions(&user.id)?
            .into_iter()
            .map(|s| Row {
                current: s.id == visit.session.id,
                detail: s.created_at.to_rfc3339(),
                name: String::new(),
                id: s.id,
            })
            .collect();
        let apps = doorman
            .authorized_apps(&user.id)?
            .into_iter()
            .map(|a| Row {
                name: a
                    .app
                    .map_or_else(|| a.grant.client_id.clone(), |app| app.name),
                detail: a.grant.scope.clone(),
                id: a.grant.id,
                current: false,
            })
            .collect();
        (sessions, apps)
    } else {
        (Vec::new(), Vec::new())
    };
    let page = AccountPage {
        chrome: visit.chrome.clone(),
        csrf_token: visit.csrf.clone(),
        user_label: user_label(user),
        notice,
        error,
        recent: visit.recent,
        profile,
        identifiers,
        password: fields.password,
        has_password: user.has_password,
        mfa: fields.mfa,
        factors,
        has_totp,
        offers_backup_codes,
        offers_passkey: fields.mfa.editable() && doorman.passkeys_offered()?,
        skips_mfa_at_sign_in,
        new_token,
        tokens,
        session_field: fields.session,
        sessions,
        apps,
    };
    Ok(visit.finish(state, render(status, &page)))
}

/// The overview again with an error, as the answer to a form that failed.
pub fn refused(state: &ServerState, doorman: &Doorman, visit: &Visit, key: &str) -> Answer {
    let message = visit.chrome.t.get(key).to_string();
    overview(state, doorman, visit, 400, None, Some(message), None)
}

/// A step page as a response.
pub fn step(state: &ServerState, visit: &Visit, status: u16, page: &StepPage) -> Answer {
    Ok(visit.finish(state, render(status, page)))
}
