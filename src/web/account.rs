//! The pages beyond password sign-in: registration (`/register`), the one-time code
//! (`/verify`), password reset (`/forgot-password`) and the development outbox (`/dev/outbox`).
//! Each calls the `ops::verification` use cases; these handlers only read forms and pick pages.

use crate::model::settings::{Identifier, Settings, SignInMode};
use crate::oidc::authorize::AuthRequest;
use crate::ops::Doorman;
use crate::ops::verification::{
    self, CodeCheck, PasswordReset, Purpose, RegistrationProblem, Resend,
};
use crate::web::flow::{
    accepted_identifiers, csrf_ok, csrf_refused, csrf_token, identifier_label, parked,
    sign_in_notice, signed_in, with_csrf,
};
use crate::web::http::{Request, Response};
use crate::web::i18n::Texts;
use crate::web::logout::notify_apps;
use crate::web::pages::{
    self, Chrome, Field, ForgotPasswordPage, OutboxEntry, OutboxPage, PasswordField, RegisterPage,
    Terms, VerifyPage, describe_violations,
};
use crate::web::router::{error_page, error_with_link, language, server_error};
use crate::web::server::Shared;

fn settings_or_500(doorman: &Doorman) -> Result<Settings, Response> {
    doorman.settings().map_err(|e| server_error(doorman, e))
}

/// `GET/POST /register`.
pub fn register(shared: &Shared, doorman: &mut Doorman, request: &Request) -> Response {
    let (id, auth, csrf, app) = match parked(doorman, request) {
        Ok(found) => found,
        Err(page) => return page,
    };
    let settings = match settings_or_500(doorman) {
        Ok(s) => s,
        Err(page) => return page,
    };
    let ui_locales = auth.ui_locales.as_deref();
    if settings.sign_in_mode == SignInMode::SignIn {
        return error_with_link(
            doorman,
            request,
            ui_locales,
            403,
            "error.registration_disabled",
            (&format!("/sign-in?interaction={id}"), "sign_in.title"),
        );
    }
    let chrome = Chrome::new(&settings, language(&settings, request, ui_locales));
    let mut form = RegisterForm::new(&settings, &chrome.t, request);
    let page = |chrome: Chrome, form: RegisterForm, status: u16, error: Option<String>| {
        pages::render(
            status,
            &RegisterPage {
                chrome,
                app_name: Some(app.name.clone()),
                error,
                csrf_token: csrf.clone(),
                interaction: id.clone(),
                fields: form.fields,
                password: form.password,
                terms: Terms::for_form(&settings, true),
                offers_sign_in: settings.sign_in_mode == SignInMode::SignInAndRegister,
            },
        )
    };
    if request.method == "GET" {
        if let Some(hint) = &auth.login_hint {
            form.prefill(hint);
        }
        return page(chrome, form, 200, None);
    }
    if !csrf_ok(request, &csrf) {
        return csrf_refused(doorman, request, ui_locales);
    }
    let t = chrome.t;
    let value = |name: &str| request.param(name).map(str::trim).filter(|v| !v.is_empty());
    let asked = |kind: Identifier| settings.sign_up.identifiers.contains(&kind);
    let mut missing = false;
    for field in &mut form.fields {
        if value(field.name).is_none() {
            field.errors.push(t.get("register.error.required").into());
            missing = true;
        }
    }
    let password = request.param("password").filter(|p| !p.is_empty());
    if settings.sign_up.password && password.is_none() {
        if let Some(p) = &mut form.password {
            p.errors.push(t.get("register.error.required").into());
        }
        missing = true;
    }
    let terms = Terms::for_form(&settings, true);
    let agreed = request.param("agree_terms").is_some();
    if terms.as_ref().is_some_and(|terms| terms.manual) && !agreed {
        return page(chrome, form, 400, Some(t.get("terms.required").into()));
    }
    if missing {
        return page(chrome, form, 400, None);
    }
    let username = value("username").filter(|_| asked(Identifier::Username));
    let email = value("email").filter(|_| asked(Identifier::Email));
    let phone = value("phone").filter(|_| asked(Identifier::Phone));
    let password = password.filter(|_| settings.sign_up.password);
    let prepared = match doorman.prepare_registration(
        username,
        email,
        phone,
        password,
        terms.is_some() && (agreed || !terms.as_ref().is_some_and(|t| t.manual)),
    ) {
        Ok(p) => p,
        Err(crate::Error::Conflict(_)) => {
            for field in &mut form.fields {
                field.errors.push(t.get("register.error.taken").into());
            }
            return page(chrome, form, 409, None);
        }
        Err(e) => return server_error(doorman, e),
    };
    let pending = match prepared {
        Ok(pending) => pending,
        Err(problems) => {
            form.report(&t, &problems);
            return page(chrome, form, 400, None);
        }
    };
    let target = pending.email.clone().or_else(|| pending.phone.clone());
    match target {
        Some(target) if settings.sign_up.verify => {
            match doorman.start_verification(Purpose::Register, &target, Some(&id), Some(pending)) {
                Ok(v) => Response::redirect(&format!("/verify?verification={}", v.id)),
                Err(e) => server_error(doorman, e),
            }
        }
        _ => match doorman.register(pending) {
            Ok(user) => signed_in(
                shared,
                doorman,
                request,
                (&id, &auth, &csrf, &app),
                user,
                "pwd",
            ),
            Err(crate::Error::Conflict(_)) => {
                for field in &mut form.fields {
                    field.errors.push(t.get("register.error.taken").into());
                }
                page(chrome, form, 409, None)
            }
            Err(e) => server_error(doorman, e),
        },
    }
}

/// The register form's fields as the settings ask for them, with what was typed.
struct RegisterForm {
    fields: Vec<Field>,
    password: Option<PasswordField>,
}

impl RegisterForm {
    fn new(settings: &Settings, t: &Texts, request: &Request) -> RegisterForm {
        let fields = settings
            .sign_up
            .identifiers
            .iter()
            .map(|kind| {
                let (name, key, input_type, autocomplete) = match kind {
                    Identifier::Email => ("email", "identifier.email", "email", "email"),
                    Identifier::Phone => ("phone", "identifier.phone", "tel", "tel"),
                    Identifier::Username => ("username", "identifier.username", "text", "username"),
                };
                Field {
                    name,
                    label: t.get(key).into(),
                    input_type,
                    autocomplete,
                    value: request.param(name).unwrap_or_default().trim().to_string(),
                    errors: Vec::new(),
                }
            })
            .collect();
        let password = settings.sign_up.password.then(|| PasswordField {
            hint: t.count(
                "register.password_hint",
                settings.password_policy.min_length,
            ),
            errors: Vec::new(),
        });
        RegisterForm { fields, password }
    }

    /// Puts a `login_hint` into the field it fits.
    fn prefill(&mut self, hint: &str) {
        let kind = verification::channel_of(hint).map(|(kind, _)| kind);
        for field in &mut self.fields {
            let fits = match field.name {
                "email" => kind == Some(Identifier::Email),
                "phone" => kind == Some(Identifier::Phone),
                _ => kind.is_none(),
            };
            if fits && field.value.is_empty() {
                field.value = hint.to_string();
            }
        }
    }

    fn report(&mut self, t: &Texts, problems: &[(&'static str, RegistrationProblem)]) {
        for (name, problem) in problems {
            match problem {
                RegistrationProblem::Password(broken) => {
                    if let Some(p) = &mut self.password {
                        p.errors.extend(describe_violations(t, broken));
                    }
                }
                other => {
                    let key = match (other, *name) {
                        (RegistrationProblem::Taken, _) => "register.error.taken",
                        (_, "email") => "register.error.invalid_email",
                        (_, "phone") => "register.error.invalid_phone",
                        _ => "register.error.invalid_username",
                    };
                    if let Some(field) = self.fields.iter_mut().find(|f| f.name == *name) {
                        field.errors.push(t.get(key).into());
                    }
                }
            }
        }
    }
}

/// What the pages of a flow that may or may not continue an authorization request share: the
/// parked request, the settings, the chrome in the page's language, and the CSRF token the
/// forms carry (the interaction's, else the browser's own).
struct PageContext {
    interaction: Option<(String, AuthRequest, String)>,
    settings: Settings,
    chrome: Chrome,
    csrf: String,
    /// The browser has no CSRF cookie yet and no interaction carries one: set it.
    new_csrf_cookie: bool,
}

impl PageContext {
    fn load(
        doorman: &Doorman,
        request: &Request,
        interaction: Option<&str>,
    ) -> Result<PageContext, Response> {
        let interaction = interaction.and_then(|id| {
            doorman
                .interaction(id)
                .ok()
                .flatten()
                .map(|(auth, csrf)| (id.to_string(), auth, csrf))
        });
        let settings = settings_or_500(doorman)?;
        let ui_locales = interaction
            .as_ref()
            .and_then(|(_, auth, _)| auth.ui_locales.as_deref());
        let chrome = Chrome::new(&settings, language(&settings, request, ui_locales));
        let (browser_csrf, new) = csrf_token(request);
        let (csrf, new_csrf_cookie) = match &interaction {
            Some((_, _, csrf)) => (csrf.clone(), false),
            None => (browser_csrf, new),
        };
        Ok(PageContext {
            interaction,
            settings,
            chrome,
            csrf,
            new_csrf_cookie,
        })
    }

    /// The live verification named by the request's `verification` parameter, if `wanted`
    /// accepts it, with the context of its interaction; else the expired-code page.
    fn for_verification(
        doorman: &Doorman,
        request: &Request,
        wanted: impl Fn(&verification::Verification) -> bool,
    ) -> Result<(verification::Verification, PageContext), Response> {
        let id = request.param("verification").unwrap_or_default();
        let verification = match doorman.verification(id) {
            Ok(Some(v)) if wanted(&v) => v,
            Ok(_) => {
                return Err(error_page(
                    doorman,
                    request,
                    None,
                    400,
                    "error.code_expired",
                ));
            }
            Err(e) => return Err(server_error(doorman, e)),
        };
        let context = PageContext::load(doorman, request, verification.interaction.as_deref())?;
        Ok((verification, context))
    }

    fn ui_locales(&self) -> Option<&str> {
        self.interaction
            .as_ref()
            .and_then(|(_, auth, _)| auth.ui_locales.as_deref())
    }

    fn interaction_id(&self) -> String {
        self.interaction
            .as_ref()
            .map(|(id, _, _)| id.clone())
            .unwrap_or_default()
    }

    fn render(&self, shared: &Shared, status: u16, page: &impl askama::Template) -> Response {
        with_csrf(
            shared,
            pages::render(status, page),
            &self.csrf,
            self.new_csrf_cookie,
        )
    }
}

/// `GET/POST /verify`: enter the code, or ask for a new one (`action=resend`).
pub fn verify(shared: &Shared, doorman: &mut Doorman, request: &Request) -> Response {
    let (verification, context) = match PageContext::for_verification(doorman, request, |_| true) {
        Ok(found) => found,
        Err(page) => return page,
    };
    let ui_locales = context.ui_locales();
    let t = context.chrome.t;
    let page = |status: u16, error: Option<String>, notice: Option<String>| {
        context.render(
            shared,
            status,
            &VerifyPage {
                chrome: context.chrome.clone(),
                target: verification.target.clone(),
                verification: verification.id.clone(),
                csrf_token: context.csrf.clone(),
                error,
                notice,
            },
        )
    };
    if request.method == "GET" {
        return page(200, None, None);
    }
    if !csrf_ok(request, &context.csrf) {
        return csrf_refused(doorman, request, ui_locales);
    }
    if request.param("action") == Some("resend") {
        return match doorman.resend_code(&verification.id) {
            Ok(Resend::Sent) => page(200, None, Some(t.get("verify.resent").into())),
            Ok(Resend::Wait(seconds)) => {
                page(429, Some(t.count("verify.error.cooldown", seconds)), None)
                    .header("Retry-After", &seconds.to_string())
            }
            Ok(Resend::Gone) => error_page(doorman, request, ui_locales, 400, "error.code_expired"),
            Err(e) => server_error(doorman, e),
        };
    }
    let code = request.param("code").unwrap_or_default();
    let verified = match doorman.check_code(&verification.id, code) {
        Ok(CodeCheck::Verified(v)) => v,
        Ok(CodeCheck::Wrong(left)) => {
            return page(400, Some(t.count("verify.error.wrong", left)), None);
        }
        Ok(CodeCheck::Expired) => {
            return page(400, Some(t.get("verify.error.expired").into()), None);
        }
        Ok(CodeCheck::TooManyAttempts) => {
            return restart(
                doorman,
                request,
                &verification,
                ui_locales,
                "error.too_many_attempts",
            );
        }
        Ok(CodeCheck::Gone) => {
            return restart(
                doorman,
                request,
                &verification,
                ui_locales,
                "error.code_expired",
            );
        }
        Err(e) => return server_error(doorman, e),
    };
    match verified.purpose {
        Purpose::ResetPassword => reset_form(&context, shared, &verified.id, 200, Vec::new()),
        Purpose::Register | Purpose::SignIn => {
            let Some((interaction, auth, csrf)) = &context.interaction else {
                return error_page(doorman, request, None, 400, "error.interaction_gone");
            };
            let app = match crate::web::flow::app_of(doorman, request, auth) {
                Ok(app) => app,
                Err(page) => return page,
            };
            let (user, amr) = if verified.purpose == Purpose::Register {
                (doorman.complete_registration(&verified.id), "pwd")
            } else {
                (doorman.complete_code_sign_in(&verified.id), "otp")
            };
            match user {
                Ok(user) => signed_in(
                    shared,
                    doorman,
                    request,
                    (interaction, auth, csrf, &app),
                    user,
                    amr,
                ),
                Err(crate::Error::Conflict(_)) => error_with_link(
                    doorman,
                    request,
                    ui_locales,
                    409,
                    "error.code_expired",
                    (
                        &format!("/register?interaction={interaction}"),
                        "register.title",
                    ),
                ),
                Err(crate::Error::NotFound(_)) => {
                    error_page(doorman, request, ui_locales, 400, "error.code_expired")
                }
                Err(e) => server_error(doorman, e),
            }
        }
    }
}

/// An error page for a dead verification, with the way to start its flow again.
fn restart(
    doorman: &Doorman,
    request: &Request,
    verification: &verification::Verification,
    ui_locales: Option<&str>,
    key: &str,
) -> Response {
    let interaction = verification.interaction.clone().unwrap_or_default();
    let (href, label) = match verification.purpose {
        Purpose::Register => (
            format!("/register?interaction={interaction}"),
            "register.title",
        ),
        Purpose::SignIn => (
            format!("/sign-in?interaction={interaction}&method=code"),
            "sign_in.with_code",
        ),
        Purpose::ResetPassword => (
            format!("/forgot-password?interaction={interaction}"),
            "forgot.title",
        ),
    };
    error_with_link(doorman, request, ui_locales, 400, key, (&href, label))
}

/// The new-password form of a verified reset, with the rules the last try broke.
fn reset_form(
    context: &PageContext,
    shared: &Shared,
    verification: &str,
    status: u16,
    rule_errors: Vec<String>,
) -> Response {
    let password_hint = context.chrome.t.count(
        "register.password_hint",
        context.settings.password_policy.min_length,
    );
    context.render(
        shared,
        status,
        &ForgotPasswordPage {
            chrome: context.chrome.clone(),
            csrf_token: context.csrf.clone(),
            interaction: String::new(),
            identifier_label: String::new(),
            identifier: String::new(),
            verification: Some(verification.to_string()),
            error: None,
            password_hint,
            rule_errors,
        },
    )
}

/// The identifier kinds a reset code can reach: email and phone among the password methods.
fn reset_kinds(settings: &Settings) -> Vec<Identifier> {
    accepted_identifiers(settings, None, false)
        .into_iter()
        .filter(|k| *k != Identifier::Username)
        .collect()
}

/// `GET/POST /forgot-password`: the address to send a reset code to. The same answer whether
/// or not an account uses it.
pub fn forgot_password(shared: &Shared, doorman: &mut Doorman, request: &Request) -> Response {
    let context = match PageContext::load(doorman, request, request.param("interaction")) {
        Ok(c) => c,
        Err(page) => return page,
    };
    let ui_locales = context.ui_locales();
    let t = context.chrome.t;
    let kinds = reset_kinds(&context.settings);
    let page = |status: u16, identifier: &str, error: Option<String>| {
        context.render(
            shared,
            status,
            &ForgotPasswordPage {
                chrome: context.chrome.clone(),
                csrf_token: context.csrf.clone(),
                interaction: context.interaction_id(),
                identifier_label: identifier_label(&t, &kinds),
                identifier: identifier.to_string(),
                verification: None,
                error,
                password_hint: String::new(),
                rule_errors: Vec::new(),
            },
        )
    };
    if kinds.is_empty() {
        return error_page(doorman, request, ui_locales, 404, "error.not_found");
    }
    if request.method == "GET" {
        let hint = context
            .interaction
            .as_ref()
            .and_then(|(_, auth, _)| auth.login_hint.clone())
            .unwrap_or_default();
        return page(200, &hint, None);
    }
    if !csrf_ok(request, &context.csrf) {
        return csrf_refused(doorman, request, ui_locales);
    }
    let identifier = request
        .param("identifier")
        .unwrap_or_default()
        .trim()
        .to_string();
    let fits = verification::channel_of(&identifier).is_some_and(|(kind, _)| kinds.contains(&kind));
    if !fits {
        return page(400, &identifier, Some(identifier_label(&t, &kinds)));
    }
    let interaction = context.interaction.as_ref().map(|(id, _, _)| id.as_str());
    match doorman.start_verification(Purpose::ResetPassword, &identifier, interaction, None) {
        Ok(v) => Response::redirect(&format!("/verify?verification={}", v.id)),
        Err(e) => server_error(doorman, e),
    }
}

/// `POST /forgot-password/reset`: the new password, after a right code.
pub fn reset_password(shared: &Shared, doorman: &mut Doorman, request: &Request) -> Response {
    let (verification, context) = match PageContext::for_verification(doorman, request, |v| {
        v.verified && v.purpose == Purpose::ResetPassword
    }) {
        Ok(found) => found,
        Err(page) => return page,
    };
    let ui_locales = context.ui_locales();
    if !csrf_ok(request, &context.csrf) {
        return csrf_refused(doorman, request, ui_locales);
    }
    let password = request.param("password").unwrap_or_default();
    match doorman.complete_password_reset(&verification.id, password) {
        Ok(PasswordReset::Done(notices)) => {
            if let Err(e) = notify_apps(shared, doorman, notices) {
                return server_error(doorman, e);
            }
            let Some((interaction, auth, csrf)) = &context.interaction else {
                return error_page(doorman, request, ui_locales, 200, "reset.done_page");
            };
            let app = match crate::web::flow::app_of(doorman, request, auth) {
                Ok(app) => app,
                Err(page) => return page,
            };
            sign_in_notice(
                request,
                &context.settings,
                (interaction, auth, csrf, &app),
                &verification.target,
                context.chrome.t.get("reset.done").into(),
            )
        }
        Ok(PasswordReset::Refused(broken)) => reset_form(
            &context,
            shared,
            &verification.id,
            400,
            describe_violations(&context.chrome.t, &broken),
        ),
        Err(crate::Error::NotFound(_) | crate::Error::Invalid(_)) => {
            error_page(doorman, request, ui_locales, 400, "error.code_expired")
        }
        Err(e) => server_error(doorman, e),
    }
}

/// `GET /dev/outbox`: every message, newest first, when the outbox page is on.
pub fn outbox(shared: &Shared, doorman: &mut Doorman, request: &Request) -> Response {
    if !shared.outbox_page {
        return error_page(doorman, request, None, 404, "error.outbox_off");
    }
    let settings = match settings_or_500(doorman) {
        Ok(s) => s,
        Err(page) => return page,
    };
    let messages = match doorman.outbox(request.param("to"), false) {
        Ok(m) => m,
        Err(e) => return server_error(doorman, e),
    };
    pages::render(
        200,
        &OutboxPage {
            chrome: Chrome::new(&settings, language(&settings, request, None)),
            messages: messages.iter().map(OutboxEntry::from_message).collect(),
        },
    )
}
