//! What a valid authorization request needs next (OIDC Core §3.1.2.3 and §3.1.2.4): the user
//! signs in, the user consents, or the request is answered with a code — or, under
//! `prompt=none`, refused with the error the client expects. Plain values in, a decision out;
//! the pages and the code issuance act on it.

use crate::model::timestamp::Timestamp;
use crate::oidc::authorize::AuthRequest;
use crate::oidc::error::OAuthError;

/// The next step of an authorization request.
#[derive(Debug, Clone, PartialEq)]
pub enum Next {
    /// Nobody usable is signed in: show the sign-in (or register) page.
    SignIn,
    /// A third-party app lacks the user's consent: show the consent page.
    Consent,
    /// Answer the app with a code.
    Issue,
    /// Tell the app why not (`login_required`, `consent_required`).
    Refuse(OAuthError),
}

/// What is known of the browser and the app when the decision is made.
#[derive(Debug, Clone, Copy)]
pub struct Facts {
    /// When the browser's session signed in, if it has one.
    pub signed_in_at: Option<Timestamp>,
    /// The user signed in during this very interaction (so `prompt=login` and `max_age` are
    /// satisfied).
    pub fresh_sign_in: bool,
    /// The app is third-party (only those ask for consent).
    pub third_party: bool,
    /// The user has just answered the consent page with "allow".
    pub just_consented: bool,
}

/// Decides the next step. `consent_covers` says whether the user's stored consent covers the
/// requested scopes; it is asked only for a third-party app with a usable session, so the
/// lookup behind it is made only when it matters.
pub fn decide<E>(
    auth: &AuthRequest,
    facts: Facts,
    now: Timestamp,
    consent_covers: impl FnOnce() -> Result<bool, E>,
) -> Result<Next, E> {
    let usable = facts.signed_in_at.is_some_and(|at| {
        facts.fresh_sign_in
            || !(auth.prompts("login")
                || auth
                    .max_age
                    .is_some_and(|max| now.unix() - at.unix() >= max))
    });
    if !usable {
        return Ok(if auth.prompts("none") {
            Next::Refuse(OAuthError::new(
                "login_required",
                "the user is not signed in",
            ))
        } else {
            Next::SignIn
        });
    }
    if facts.third_party && !facts.just_consented && (auth.prompts("consent") || !consent_covers()?)
    {
        return Ok(if auth.prompts("none") {
            Next::Refuse(OAuthError::new(
                "consent_required",
                "the user has not consented",
            ))
        } else {
            Next::Consent
        });
    }
    Ok(Next::Issue)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(prompt: &[&str], max_age: Option<i64>) -> AuthRequest {
        AuthRequest {
            max_age,
            ..AuthRequest::for_tests("openid", prompt)
        }
    }

    const NOW: i64 = 1_800_000_000;

    fn facts(signed_in_at: Option<i64>) -> Facts {
        Facts {
            signed_in_at: signed_in_at.map(Timestamp::from_unix),
            fresh_sign_in: false,
            third_party: false,
            just_consented: false,
        }
    }

    fn run(auth: &AuthRequest, facts: Facts, covers: bool) -> Next {
        decide(auth, facts, Timestamp::from_unix(NOW), || {
            Ok::<_, ()>(covers)
        })
        .unwrap()
    }

    #[test]
    fn no_session_signs_in_or_refuses_under_prompt_none() {
        assert_eq!(run(&request(&[], None), facts(None), true), Next::SignIn);
        let Next::Refuse(e) = run(&request(&["none"], None), facts(None), true) else {
            panic!("prompt=none must refuse");
        };
        assert_eq!(e.error, "login_required");
    }

    #[test]
    fn a_session_answers_at_once() {
        assert_eq!(
            run(&request(&[], None), facts(Some(NOW - 10)), true),
            Next::Issue
        );
    }

    #[test]
    fn prompt_login_and_max_age_need_a_fresh_sign_in() {
        let session = facts(Some(NOW - 100));
        assert_eq!(run(&request(&["login"], None), session, true), Next::SignIn);
        assert_eq!(run(&request(&[], Some(100)), session, true), Next::SignIn);
        assert_eq!(run(&request(&[], Some(101)), session, true), Next::Issue);
        let fresh = Facts {
            fresh_sign_in: true,
            ..session
        };
        assert_eq!(run(&request(&["login"], Some(1)), fresh, true), Next::Issue);
    }

    #[test]
    fn third_party_apps_ask_for_missing_consent() {
        let third = Facts {
            third_party: true,
            ..facts(Some(NOW))
        };
        assert_eq!(run(&request(&[], None), third, false), Next::Consent);
        assert_eq!(run(&request(&[], None), third, true), Next::Issue);
        assert_eq!(
            run(&request(&["consent"], None), third, true),
            Next::Consent
        );
        let Next::Refuse(e) = run(&request(&["none"], None), third, false) else {
            panic!("prompt=none must refuse");
        };
        assert_eq!(e.error, "consent_required");
        let answered = Facts {
            just_consented: true,
            ..third
        };
        assert_eq!(
            run(&request(&["consent"], None), answered, false),
            Next::Issue
        );
    }

    #[test]
    fn first_party_apps_never_look_up_consent() {
        let asked = decide(
            &request(&["consent"], None),
            facts(Some(NOW)),
            Timestamp::from_unix(NOW),
            || Err("looked up"),
        );
        assert_eq!(asked, Ok(Next::Issue));
    }
}
