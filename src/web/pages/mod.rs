//! The hosted pages, one file each: sign-in, registration, one-time codes, password reset, the
//! second factor, passkey ceremonies, consent, connector sign-in, the outbox and the playground;
//! their askama templates and the static files they load.

pub mod account;
pub mod assets;
pub mod connectors;
pub mod consent;
pub mod continue_email;
pub mod device;
pub mod invitation;
pub mod mfa;
pub mod outbox;
pub mod passkey;
pub mod playground;
pub mod register;
pub mod reset;
pub mod sign_in;
pub mod templates;
pub mod verify;
