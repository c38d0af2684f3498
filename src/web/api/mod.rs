//! The JSON API layer that the Account API and the Management API share, in Logto's shapes:
//! bearer authentication by audience and scope that names the caller ([`auth`]), Logto's error
//! body with one conversion from the domain error ([`error`]), JSON request bodies with a size
//! limit and errors that name the field ([`body`]), and Logto's pagination ([`pagination`]).
//! The routes sit beside them, one file per group: the health check ([`status`]), the Account
//! API ([`account`], with its security verification routes) and the Management API
//! ([`management`]).

pub mod account;
pub mod auth;
pub mod body;
pub mod error;
pub mod management;
pub mod management_openapi;
pub mod openapi;
pub mod pagination;
pub mod route_table;
pub mod status;
