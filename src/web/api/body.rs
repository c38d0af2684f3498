//! JSON request bodies for the APIs: `application/json` only, at most [`MAX_JSON_BYTES`], read
//! into the route's type so that a wrong field is named by its path (`profile.givenName`), as
//! Logto's guard names it. A route whose type says `#[serde(deny_unknown_fields)]` refuses fields
//! it does not know, where Logto's guard is strict; others ignore them, as Logto's do.

use serde::de::DeserializeOwned;

use crate::web::api::error::ApiError;
use crate::web::common::http::{MAX_BODY_BYTES, Request};

/// The largest JSON body an API route reads.
pub const MAX_JSON_BYTES: usize = MAX_BODY_BYTES;

/// The request's JSON body as `T`. An empty body reads as `{}`, as Logto's body parser gives it.
pub fn json<T: DeserializeOwned>(request: &Request) -> Result<T, ApiError> {
    if request.body.len() > MAX_JSON_BYTES {
        return Err(
            ApiError::new(413, "guard.invalid_input", "The request body is invalid.")
                .with_details(format!("the body is over {MAX_JSON_BYTES} bytes")),
        );
    }
    let media_type = request.header("content-type").unwrap_or_default();
    let essence = media_type.split(';').next().unwrap_or_default().trim();
    let is_json = essence.eq_ignore_ascii_case("application/json")
        || essence.to_ascii_lowercase().ends_with("+json");
    let empty = request.body.iter().all(u8::is_ascii_whitespace);
    let nothing_sent = empty && request.form.is_empty();
    if !is_json && !nothing_sent {
        return Err(ApiError::invalid_input(
            "body",
            format!("expected Content-Type: application/json, not '{essence}'"),
        ));
    }
    let bytes: &[u8] = if empty { b"{}" } else { &request.body };
    let mut reader = serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(&mut reader).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let details = if path == "." {
            inner.to_string()
        } else {
            format!("Error in key path \"{path}\": {inner}")
        };
        ApiError::invalid_input("body", details).with_data(serde_json::json!({ "path": path }))
    })
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::*;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields, rename_all = "camelCase")]
    struct Profile {
        #[allow(dead_code)]
        given_name: Option<String>,
        #[allow(dead_code)]
        address: Option<Address>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Address {
        #[allow(dead_code)]
        country: String,
    }

    fn request(content_type: &str, body: &str) -> Request {
        let headers = vec![("content-type".to_string(), content_type.to_string())];
        Request::from_parts("POST", "/api/x", headers, body.as_bytes(), None).unwrap()
    }

    #[test]
    fn a_wrong_field_is_named_by_its_path() {
        let e = json::<Profile>(&request("application/json", r#"{"address":{"country":7}}"#))
            .unwrap_err();
        assert_eq!((e.status, e.code), (400, Some("guard.invalid_input")));
        assert_eq!(e.data.clone().unwrap()["path"], "address.country");
        assert!(
            e.details
                .clone()
                .unwrap()
                .starts_with("Error in key path \"address.country\"")
        );
    }

    #[test]
    fn unknown_fields_are_refused_where_the_type_says_so() {
        let e = json::<Profile>(&request(
            "application/json; charset=utf-8",
            r#"{"nickname":"x"}"#,
        ))
        .unwrap_err();
        assert!(
            e.details
                .clone()
                .unwrap()
                .contains("unknown field `nickname`")
        );
    }

    #[test]
    fn only_json_is_read_and_an_empty_body_is_an_empty_object() {
        let e = json::<Profile>(&request("text/plain", r#"{"givenName":"Ada"}"#)).unwrap_err();
        assert!(e.details.clone().unwrap().contains("text/plain"));
        assert!(json::<Profile>(&request("application/json", "")).is_ok());
        assert!(json::<Profile>(&request("application/merge-patch+json", "{}")).is_ok());
        let e = json::<Profile>(&request("application/json", "{not json")).unwrap_err();
        assert_eq!(e.status, 400);
    }
}
