//! The key-value store and its protocol: one request in, one reply out.
//!
//! A request is an operation byte and its payload:
//!
//! | request | meaning |
//! |---|---|
//! | `S` KEY `\0` VALUE | set KEY to VALUE |
//! | `G` KEY | get KEY's value |
//! | `D` KEY | delete KEY |
//! | `L` AFTER | list the keys after AFTER in byte order (AFTER may be empty) |
//!
//! A reply is a status byte and its payload: `0` ok (for `G` the value
//! follows, for `L` a page of keys each ended by `\n`), `.` ok and the last
//! page of an `L`, `N` not found, `E` an error and its message.

use alloc::collections::BTreeMap;
use alloc::vec::Vec;
use core::ops::Bound;

/// The longest key, in bytes.
pub const KEY_MAX: usize = 255;
/// The longest value, in bytes.
pub const VALUE_MAX: usize = 3800;
/// The most bytes of keys (with their `\n`) in one page of a listing.
pub const PAGE_MAX: usize = 4000;
/// What the store may hold in all, counted by [`Store::cost`]: well inside
/// an app's memory, so that an allocation never fails and ends the service.
pub const CAPACITY: usize = 16 << 20;

/// Reply status: ok.
const OK: u8 = b'0';
/// Reply status: ok, and the last page of a listing.
const LAST_PAGE: u8 = b'.';
/// Reply status: no such key.
const NOT_FOUND: u8 = b'N';
/// Reply status: an error, its message follows.
const ERROR: u8 = b'E';

/// A parsed request.
#[derive(Debug, PartialEq, Eq)]
enum Request<'a> {
    Set { key: &'a [u8], value: &'a [u8] },
    Get { key: &'a [u8] },
    Delete { key: &'a [u8] },
    List { after: &'a [u8] },
}

/// The keys and values, and the room they take.
#[derive(Debug, Default)]
pub struct Store {
    entries: BTreeMap<Vec<u8>, Vec<u8>>,
    /// The sum of [`Store::cost`] over the entries.
    used: usize,
}

impl Store {
    /// An empty store.
    pub fn new() -> Store {
        Store::default()
    }

    /// The room one entry is counted for: its bytes and the bookkeeping
    /// around them (two allocations and a map slot).
    fn cost(key: &[u8], value: &[u8]) -> usize {
        key.len() + value.len() + 64
    }

    /// Answers `request`, writing the reply (at most 4001 bytes) into `reply`.
    pub fn handle(&mut self, request: &[u8], reply: &mut Vec<u8>) {
        reply.clear();
        match parse(request) {
            Ok(Request::Set { key, value }) => self.set(key, value, reply),
            Ok(Request::Get { key }) => match self.entries.get(key) {
                Some(value) => {
                    reply.push(OK);
                    reply.extend_from_slice(value);
                }
                None => reply.push(NOT_FOUND),
            },
            Ok(Request::Delete { key }) => match self.entries.remove(key) {
                Some(value) => {
                    self.used -= Store::cost(key, &value);
                    reply.push(OK);
                }
                None => reply.push(NOT_FOUND),
            },
            Ok(Request::List { after }) => self.list(after, reply),
            Err(message) => {
                reply.push(ERROR);
                reply.extend_from_slice(message.as_bytes());
            }
        }
    }

    fn set(&mut self, key: &[u8], value: &[u8], reply: &mut Vec<u8>) {
        let released = self.entries.get(key).map_or(0, |old| Store::cost(key, old));
        let used = self.used - released + Store::cost(key, value);
        if used > CAPACITY {
            reply.push(ERROR);
            reply.extend_from_slice(b"store full");
            return;
        }
        self.entries.insert(key.to_vec(), value.to_vec());
        self.used = used;
        reply.push(OK);
    }

    /// The keys after `after`, as many as fit in [`PAGE_MAX`] bytes.
    fn list(&self, after: &[u8], reply: &mut Vec<u8>) {
        reply.push(OK);
        let mut page = 0;
        for key in self
            .entries
            .range::<[u8], _>((Bound::Excluded(after), Bound::Unbounded))
            .map(|(key, _)| key)
        {
            if page + key.len() + 1 > PAGE_MAX {
                return;
            }
            reply.extend_from_slice(key);
            reply.push(b'\n');
            page += key.len() + 1;
        }
        reply[0] = LAST_PAGE;
    }
}

/// Splits a request into its operation and arguments, or says what is wrong.
fn parse(request: &[u8]) -> Result<Request<'_>, &'static str> {
    let Some((&operation, payload)) = request.split_first() else {
        return Err("bad request: empty");
    };
    match operation {
        b'S' => {
            let separator = payload
                .iter()
                .position(|&byte| byte == 0)
                .ok_or("bad request: no NUL between key and value")?;
            let (key, value) = (&payload[..separator], &payload[separator + 1..]);
            check_key(key)?;
            if value.len() > VALUE_MAX {
                return Err("value too long (at most 3800 bytes)");
            }
            Ok(Request::Set { key, value })
        }
        b'G' => check_key(payload).map(|key| Request::Get { key }),
        b'D' => check_key(payload).map(|key| Request::Delete { key }),
        b'L' => Ok(Request::List { after: payload }),
        _ => Err("bad request: unknown operation"),
    }
}

/// A key is 1-255 bytes without NUL, and without `\n`, which ends it in a listing.
fn check_key(key: &[u8]) -> Result<&[u8], &'static str> {
    if key.is_empty() {
        Err("empty key")
    } else if key.len() > KEY_MAX {
        Err("key too long (at most 255 bytes)")
    } else if key.contains(&0) {
        Err("key contains a NUL byte")
    } else if key.contains(&b'\n') {
        Err("key contains a newline")
    } else {
        Ok(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sends `request` to `store` and returns the reply.
    fn ask(store: &mut Store, request: &[u8]) -> Vec<u8> {
        let mut reply = Vec::new();
        store.handle(request, &mut reply);
        reply
    }

    #[test]
    fn set_then_get_returns_the_value() {
        let mut store = Store::new();
        assert_eq!(ask(&mut store, b"Scolour\0blue"), b"0");
        assert_eq!(ask(&mut store, b"Gcolour"), b"0blue");
        assert_eq!(ask(&mut store, b"Scolour\0re\0d"), b"0");
        assert_eq!(ask(&mut store, b"Gcolour"), b"0re\0d");
        assert_eq!(ask(&mut store, b"Sempty\0"), b"0");
        assert_eq!(ask(&mut store, b"Gempty"), b"0");
    }

    #[test]
    fn missing_keys_are_not_found() {
        let mut store = Store::new();
        assert_eq!(ask(&mut store, b"Gnothing"), b"N");
        assert_eq!(ask(&mut store, b"Dnothing"), b"N");
        ask(&mut store, b"Sk\0v");
        assert_eq!(ask(&mut store, b"Dk"), b"0");
        assert_eq!(ask(&mut store, b"Gk"), b"N");
        assert_eq!(store.used, 0);
    }

    #[test]
    fn bad_requests_are_errors_with_a_message() {
        let mut store = Store::new();
        for request in [&b""[..], b"X", b"Skey-without-value", b"S\0value", b"G", b"Ga\nb"] {
            let reply = ask(&mut store, request);
            assert_eq!(reply[0], b'E', "{request:?}");
            assert!(reply.len() > 1);
        }
        let long_key = [&b"G"[..], &[b'k'; 256]].concat();
        assert_eq!(ask(&mut store, &long_key), b"Ekey too long (at most 255 bytes)");
        let longest_key = [&b"S"[..], &[b'k'; 255], b"\0v"].concat();
        assert_eq!(ask(&mut store, &longest_key), b"0");
        let long_value = [&b"Sk\0"[..], &[b'v'; 3801]].concat();
        assert_eq!(ask(&mut store, &long_value)[0], b'E');
        let longest_value = [&b"Sk\0"[..], &[b'v'; 3800]].concat();
        assert_eq!(ask(&mut store, &longest_value), b"0");
        assert_eq!(ask(&mut store, b"Gk").len(), 3801);
    }

    #[test]
    fn list_pages_through_keys_in_byte_order() {
        let mut store = Store::new();
        for key in ["b", "a", "c"] {
            ask(&mut store, format!("S{key}\0x").as_bytes());
        }
        assert_eq!(ask(&mut store, b"L"), b".a\nb\nc\n");
        assert_eq!(ask(&mut store, b"La"), b".b\nc\n");
        assert_eq!(ask(&mut store, b"Laa"), b".b\nc\n");
        assert_eq!(ask(&mut store, b"Lc"), b".");
    }

    #[test]
    fn a_long_listing_comes_in_pages_of_at_most_4000_bytes() {
        let mut store = Store::new();
        // 100 keys of 99 bytes, in byte order: 40 fit in a page with their `\n`.
        let keys: Vec<Vec<u8>> = (0..100u8)
            .map(|index| {
                let mut key = vec![b'x'; 99];
                key[0] = b'a' + index / 10;
                key[1] = b'0' + index % 10;
                key
            })
            .collect();
        for key in &keys {
            ask(&mut store, &[&b"S"[..], key, b"\0"].concat());
        }
        let mut listed = Vec::new();
        let mut after = Vec::new();
        loop {
            let reply = ask(&mut store, &[&b"L"[..], &after].concat());
            assert!(reply.len() - 1 <= PAGE_MAX);
            let page: Vec<Vec<u8>> = reply[1..]
                .split(|&byte| byte == b'\n')
                .filter(|key| !key.is_empty())
                .map(<[u8]>::to_vec)
                .collect();
            listed.extend(page.iter().cloned());
            if reply[0] == b'.' {
                break;
            }
            assert_eq!(reply[0], b'0');
            assert_eq!(page.len(), 40);
            after = page.last().unwrap().clone();
        }
        assert_eq!(listed, keys);
    }

    #[test]
    fn a_full_store_refuses_new_entries_but_still_answers() {
        let mut store = Store::new();
        let value = [b'v'; VALUE_MAX];
        let mut index = 0u32;
        let reply = loop {
            let reply = ask(&mut store, &[format!("Skey{index}\0").as_bytes(), &value].concat());
            if reply != b"0" {
                break reply;
            }
            index += 1;
        };
        assert_eq!(reply, b"Estore full");
        assert!(store.used <= CAPACITY);
        assert_eq!(ask(&mut store, b"Dkey0"), b"0");
        assert_eq!(
            ask(&mut store, &[format!("Skey{index}\0").as_bytes(), &value].concat()),
            b"0"
        );
    }
}
