//! `/register`: the sign-up form of a parked authorization request. It asks for the settings'
//! `sign_up.identifiers` and password, lists every broken rule next to its field, and with
//! `sign_up.verify` proves the email or phone with a code before the account exists.

use crate::model::settings::{Identifier, Settings, SignInMode};
use crate::ops::Doorman;
use crate::ops::accounts::registration::RegistrationProblem;
use crate::ops::accounts::verification::{self, Purpose};
use crate::web::common::code_limits::refused;
use crate::web::common::http::{Request, Response};
use crate::web::common::i18n::Texts;
use crate::web::common::parked::Parked;
use crate::web::common::responses::{Answer, error_with_link, language};
use crate::web::common::session::check_csrf;
use crate::web::engine::state::ServerState;
use crate::web::oidc::authorize::{FirstFactor, signed_in};
use crate::web::pages::templates::{
    self, Chrome, Field, PasswordField, RegisterPage, Terms, describe_violations,
};

/// `GET/POST /register`.
pub fn register(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    let parked = Parked::from_request(doorman, request)?;
    let settings = doorman.settings()?;
    let ui_locales = parked.ui_locales();
    if settings.sign_in_mode == SignInMode::SignIn {
        return Ok(error_with_link(
            doorman,
            request,
            ui_locales,
            403,
            "error.registration_disabled",
            (
                &format!("/sign-in?interaction={}", parked.id),
                "sign_in.title",
            ),
        ));
    }
    let chrome = Chrome::new(&settings, language(&settings, request, ui_locales));
    let mut form = RegisterForm::new(&settings, &chrome.t, request);
    let page = |chrome: Chrome, form: RegisterForm, status: u16, error: Option<String>| {
        templates::render(
            status,
            &RegisterPage {
                chrome,
                app_name: Some(parked.app.name.clone()),
                error,
                csrf_token: parked.csrf.clone(),
                interaction: parked.id.clone(),
                fields: form.fields,
                password: form.password,
                terms: Terms::for_form(&settings, true),
                offers_sign_in: settings.sign_in_mode == SignInMode::SignInAndRegister,
            },
        )
    };
    if request.method == "GET" {
        if let Some(hint) = &parked.auth.login_hint {
            form.prefill(hint);
        }
        return Ok(page(chrome, form, 200, None));
    }
    check_csrf(doorman, request, &parked.csrf, ui_locales)?;
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
        return Ok(page(
            chrome,
            form,
            400,
            Some(t.get("terms.required").into()),
        ));
    }
    if missing {
        return Ok(page(chrome, form, 400, None));
    }
    let username = value("username").filter(|_| asked(Identifier::Username));
    let email = value("email").filter(|_| asked(Identifier::Email));
    let phone = value("phone").filter(|_| asked(Identifier::Phone));
    let password = password.filter(|_| settings.sign_up.password);
    let taken = |mut form: RegisterForm| {
        for field in &mut form.fields {
            field.errors.push(t.get("register.error.taken").into());
        }
        form
    };
    let prepared = match doorman.prepare_registration(
        username,
        email,
        phone,
        password,
        terms.is_some() && (agreed || !terms.as_ref().is_some_and(|t| t.manual)),
    ) {
        Ok(p) => p,
        Err(crate::Error::Conflict(_)) => return Ok(page(chrome, taken(form), 409, None)),
        Err(e) => return Err(e.into()),
    };
    let pending = match prepared {
        Ok(pending) => pending,
        Err(problems) => {
            form.report(&t, &problems);
            return Ok(page(chrome, form, 400, None));
        }
    };
    let target = pending.email.clone().or_else(|| pending.phone.clone());
    match target {
        Some(target) if settings.sign_up.verify => {
            let now = doorman.clock.now().unix();
            state
                .code_limits
                .send(&target, state.limited_ip(request).as_deref(), now)
                .map_err(|l| refused(doorman, request, ui_locales, "error.codes_limited", l))?;
            let v = doorman.start_verification(
                Purpose::Register,
                &target,
                Some(&parked.id),
                Some(pending),
            )?;
            Ok(Response::redirect(&format!(
                "/verify?verification={}",
                v.id
            )))
        }
        _ => match doorman.register(pending) {
            Ok(user) => signed_in(
                state,
                doorman,
                request,
                &parked,
                user,
                FirstFactor {
                    amr: vec!["pwd".into()],
                    sign_up: true,
                    channel: None,
                },
            ),
            Err(crate::Error::Conflict(_)) => Ok(page(chrome, taken(form), 409, None)),
            Err(e) => Err(e.into()),
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
