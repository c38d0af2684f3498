//! Test controls under `/dev/` (`serve --test-controls`, loopback listeners only): the clock,
//! scripted outcomes, captured requests, headless sign-in of test users and the reset to the
//! start-up fixtures, for an app's own test suite. JSON in and out; form posts are refused so no
//! page on another origin can drive them.

pub mod capture;
pub mod clock;
pub mod controls;
pub mod headless;
pub mod outcomes;
pub mod reset;
pub mod routes;
pub mod token;
