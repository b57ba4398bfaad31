//! The first reading of a file: is it JSON, does it say it is a scenario file, and in
//! which version. Every other member is passed over unread, so this reads any JSON
//! document in one linear pass; the version then chooses the types of the second.

use super::{FileError, CURRENT_VERSION, FORMAT_NAME};
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::error::Category;
use std::fmt;

/// The file format version `text` declares, once it is known to be JSON that says it
/// is a scenario file of a version this calculator reads.
pub fn version(text: &str) -> Result<u64, FileError> {
    let header = serde_json::from_str::<Header>(text).map_err(|error| match error.classify() {
        Category::Syntax | Category::Eof | Category::Io => FileError::NotJson(format!(
            "the problem is at line {}, column {}",
            error.line(),
            error.column()
        )),
        Category::Data => FileError::Invalid(error.to_string()),
    })?;
    if header.format != Member::Text(FORMAT_NAME.to_string()) {
        return Err(FileError::NotAScenarioFile(format!(
            "it does not say \"format\": \"{FORMAT_NAME}\""
        )));
    }
    match header.version {
        Member::Whole(version) if version > u64::from(CURRENT_VERSION) => Err(
            FileError::NewerVersion(u32::try_from(version).unwrap_or(u32::MAX)),
        ),
        Member::Whole(version @ 1..) => Ok(version),
        _ => Err(FileError::Invalid(
            "its format version is missing or unknown".to_string(),
        )),
    }
}

/// The two members that say what a file is; absent when the file is not an object.
#[derive(Default)]
struct Header {
    format: Member,
    version: Member,
}

/// A member's value, as far as the header cares.
#[derive(Default, PartialEq)]
enum Member {
    #[default]
    Absent,
    Text(String),
    Whole(u64),
    Other,
}

impl<'de> Deserialize<'de> for Header {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(HeaderVisitor)
    }
}

struct HeaderVisitor;

impl<'de> Visitor<'de> for HeaderVisitor {
    type Value = Header;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON document")
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Header, M::Error> {
        let mut header = Header::default();
        while let Some(key) = map.next_key::<String>()? {
            let slot = match key.as_str() {
                "format" => &mut header.format,
                "version" => &mut header.version,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                    continue;
                }
            };
            if *slot != Member::Absent {
                return Err(de::Error::custom(format!(
                    "the member \"{key}\" is written twice"
                )));
            }
            *slot = map.next_value()?;
        }
        Ok(header)
    }

    fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<Header, S::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Header::default())
    }

    fn visit_bool<E>(self, _: bool) -> Result<Header, E> {
        Ok(Header::default())
    }

    fn visit_i64<E>(self, _: i64) -> Result<Header, E> {
        Ok(Header::default())
    }

    fn visit_u64<E>(self, _: u64) -> Result<Header, E> {
        Ok(Header::default())
    }

    fn visit_f64<E>(self, _: f64) -> Result<Header, E> {
        Ok(Header::default())
    }

    fn visit_str<E>(self, _: &str) -> Result<Header, E> {
        Ok(Header::default())
    }

    fn visit_unit<E>(self) -> Result<Header, E> {
        Ok(Header::default())
    }
}

impl<'de> Deserialize<'de> for Member {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MemberVisitor;
        impl<'de> Visitor<'de> for MemberVisitor {
            type Value = Member;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_str<E>(self, text: &str) -> Result<Member, E> {
                Ok(Member::Text(text.to_string()))
            }
            fn visit_u64<E>(self, n: u64) -> Result<Member, E> {
                Ok(Member::Whole(n))
            }
            fn visit_i64<E>(self, _: i64) -> Result<Member, E> {
                Ok(Member::Other)
            }
            fn visit_f64<E>(self, _: f64) -> Result<Member, E> {
                Ok(Member::Other)
            }
            fn visit_bool<E>(self, _: bool) -> Result<Member, E> {
                Ok(Member::Other)
            }
            fn visit_unit<E>(self) -> Result<Member, E> {
                Ok(Member::Other)
            }
            fn visit_seq<S: SeqAccess<'de>>(self, seq: S) -> Result<Member, S::Error> {
                IgnoredAny.visit_seq(seq).map(|_| Member::Other)
            }
            fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<Member, M::Error> {
                IgnoredAny.visit_map(map).map(|_| Member::Other)
            }
        }
        deserializer.deserialize_any(MemberVisitor)
    }
}
