//! Pagination as Logto does it: `page` (from 1) and `page_size` (1 to 100, 20 by default) in
//! the query, a `Total-Number` header with the count of every item, and RFC 8288 `Link` headers
//! to the first, last, previous and next pages. A route where Logto's pagination is optional
//! returns everything when the query names neither parameter.

use serde::Serialize;

use crate::web::api::error::ApiError;
use crate::web::common::http::{Request, Response};

/// Logto's default page size.
pub const DEFAULT_PAGE_SIZE: u64 = 20;
/// Logto's largest page size.
pub const MAX_PAGE_SIZE: u64 = 100;

/// One page of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    /// The page number, from 1.
    pub number: u64,
    /// Items per page.
    pub size: u64,
}

impl Page {
    /// The page a request asks for; `page` and `page_size` that are not positive integers (or a
    /// size over [`MAX_PAGE_SIZE`]) are Logto's 400 `guard.invalid_pagination`.
    pub fn of(request: &Request) -> Result<Page, ApiError> {
        let number = parameter(request, "page")?.unwrap_or(1);
        let size = parameter(request, "page_size")?.unwrap_or(DEFAULT_PAGE_SIZE);
        if size > MAX_PAGE_SIZE {
            return Err(invalid(format!("page_size is over {MAX_PAGE_SIZE}")));
        }
        Ok(Page { number, size })
    }

    /// The page a request asks for, or `None` (everything) when it names neither `page` nor
    /// `page_size`: Logto's optional pagination.
    pub fn optional(request: &Request) -> Result<Option<Page>, ApiError> {
        let named = |name| request.query.iter().any(|(k, _)| k == name);
        if named("page") || named("page_size") {
            Page::of(request).map(Some)
        } else {
            Ok(None)
        }
    }

    /// How many items come before this page.
    pub fn offset(self) -> u64 {
        (self.number - 1).saturating_mul(self.size)
    }

    /// This page's items out of all of them.
    pub fn slice<T>(self, items: &[T]) -> &[T] {
        let start = usize::try_from(self.offset())
            .unwrap_or(usize::MAX)
            .min(items.len());
        let end = start
            .saturating_add(usize::try_from(self.size).unwrap_or(usize::MAX))
            .min(items.len());
        &items[start..end]
    }

    /// The last page's number for `total` items (1 when there are none).
    pub fn last(self, total: u64) -> u64 {
        total.div_ceil(self.size).max(1)
    }

    /// A 200 with this page's items, `Total-Number` and the `Link` headers.
    pub fn respond<T: Serialize + ?Sized>(
        self,
        request: &Request,
        items: &T,
        total: u64,
    ) -> Response {
        let mut response =
            Response::no_store_json(200, items).header("Total-Number", &total.to_string());
        let last = self.last(total);
        let mut links = vec![(1, "first"), (last, "last")];
        if self.number > 1 {
            links.push(((self.number - 1).min(last), "prev"));
        }
        if self.number < last {
            links.push((self.number + 1, "next"));
        }
        for (number, rel) in links {
            response = response.header(
                "Link",
                &format!("<{}>; rel=\"{rel}\"", link(request, number)),
            );
        }
        response
    }
}

/// A list answered whole or by page, as the request asks.
pub fn respond_list<T: Serialize>(request: &Request, items: &[T]) -> Result<Response, ApiError> {
    Ok(match Page::optional(request)? {
        Some(page) => page.respond(request, page.slice(items), items.len() as u64),
        None => Response::no_store_json(200, items),
    })
}

fn parameter(request: &Request, name: &str) -> Result<Option<u64>, ApiError> {
    let Some((_, value)) = request.query.iter().find(|(k, _)| k == name) else {
        return Ok(None);
    };
    match value.parse::<u64>() {
        Ok(n) if n >= 1 => Ok(Some(n)),
        _ => Err(invalid(format!(
            "{name} '{value}' is not a positive integer"
        ))),
    }
}

fn invalid(details: String) -> ApiError {
    ApiError::new(
        400,
        "guard.invalid_pagination",
        "The request pagination value is invalid.",
    )
    .with_details(details)
}

/// The request's path and query with `page` set to `number`.
fn link(request: &Request, number: u64) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    for (k, v) in request.query.iter().filter(|(k, _)| k != "page") {
        query.append_pair(k, v);
    }
    query.append_pair("page", &number.to_string());
    format!("{}?{}", request.path, query.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get(target: &str) -> Request {
        Request::from_parts("GET", target, Vec::new(), b"", None).unwrap()
    }

    fn header<'a>(response: &'a Response, name: &str) -> Vec<&'a str> {
        response
            .headers
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    #[test]
    fn defaults_and_limits_follow_logto() {
        assert_eq!(
            Page::of(&get("/x")).unwrap(),
            Page {
                number: 1,
                size: 20
            }
        );
        assert_eq!(
            Page::of(&get("/x?page=3&page_size=100")).unwrap(),
            Page {
                number: 3,
                size: 100
            }
        );
        for bad in [
            "page=0",
            "page=-1",
            "page=a",
            "page_size=0",
            "page_size=101",
            "page_size=2.5",
        ] {
            let e = Page::of(&get(&format!("/x?{bad}"))).unwrap_err();
            assert_eq!(
                (e.status, e.code),
                (400, Some("guard.invalid_pagination")),
                "{bad}"
            );
        }
        assert_eq!(Page::optional(&get("/x?search=a")).unwrap(), None);
        assert!(Page::optional(&get("/x?page_size=5")).unwrap().is_some());
    }

    #[test]
    fn a_page_slices_and_counts() {
        let items: Vec<u32> = (1..=45).collect();
        let page = Page {
            number: 3,
            size: 20,
        };
        assert_eq!(page.slice(&items), &items[40..45]);
        assert_eq!(
            Page {
                number: 9,
                size: 20
            }
            .slice(&items),
            &[] as &[u32]
        );
        assert_eq!(page.last(45), 3);
        assert_eq!(page.last(0), 1);
    }

    #[test]
    fn total_number_and_links_are_sent() {
        let request = get("/api/resources?page=2&page_size=20&search=a%20b");
        let items: Vec<u32> = (1..=45).collect();
        let page = Page::of(&request).unwrap();
        let response = page.respond(&request, page.slice(&items), 45);
        assert_eq!(header(&response, "Total-Number"), ["45"]);
        let links = header(&response, "Link");
        assert!(links.contains(&"</api/resources?page_size=20&search=a+b&page=1>; rel=\"first\""));
        assert!(links.contains(&"</api/resources?page_size=20&search=a+b&page=3>; rel=\"last\""));
        assert!(links.iter().any(|l| l.ends_with("page=1>; rel=\"prev\"")));
        assert!(links.iter().any(|l| l.ends_with("page=3>; rel=\"next\"")));
        let body: Vec<u32> = serde_json::from_slice(&response.body).unwrap();
        assert_eq!(body, (21..=40).collect::<Vec<_>>());
    }
}
