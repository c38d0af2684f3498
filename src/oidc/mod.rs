//! The OpenID Connect protocol as plain functions over plain values, kept apart from storage and
//! HTTP so each rule can be tested directly. Signing keys come first; the endpoints join them.

pub mod keys;
