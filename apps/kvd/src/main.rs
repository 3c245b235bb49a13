//! kvd: the key-value service. Registers under the name `kv` (or
//! `--name NAME`), then answers the requests of `kv` clients (protocol in
//! `store.rs`) until it is killed or sent `Q` with a one-way message.
#![cfg_attr(not(test), no_std)]

extern crate alloc;

mod store;

use alloc::string::String;
use alloc::vec::Vec;
use store::Store;
use wasmos::{env, eprintln, ipc, println, Error};

// Host tests link their own `_start`.
#[cfg(not(test))]
wasmos::main!(main);

/// The name registered without `--name`.
const DEFAULT_NAME: &str = "kv";

const USAGE: &str = "usage: kvd [--name NAME]";

#[cfg_attr(test, allow(dead_code))]
fn main() -> i32 {
    let name = match service_name(&env::args()) {
        Ok(Some(name)) => name,
        Ok(None) => {
            println!("{USAGE}");
            return 0;
        }
        Err(problem) => {
            eprintln!("kvd: {problem}\n{USAGE}");
            return 2;
        }
    };
    // The registration lasts as long as this process.
    if let Err(error) = ipc::Service::register(&name) {
        if error == Error::EEXIST {
            match ipc::lookup(&name) {
                Ok(pid) => eprintln!("kvd: a {name} service is already running (pid {pid})"),
                Err(_) => eprintln!("kvd: a {name} service is already running"),
            }
        } else {
            eprintln!("kvd: cannot register service {name}: {error}");
        }
        return 1;
    }
    serve(&mut Store::new())
}

/// The service name the arguments ask for; `None` for `--help`.
fn service_name(arguments: &[String]) -> Result<Option<String>, String> {
    match arguments.get(1..).unwrap_or_default() {
        [] => Ok(Some(DEFAULT_NAME.into())),
        [flag] if flag == "--help" || flag == "-h" => Ok(None),
        [flag, name] if flag == "--name" => Ok(Some(name.clone())),
        [flag] if flag == "--name" => Err("--name needs a NAME".into()),
        [other, ..] => Err(alloc::format!("unexpected argument '{other}'")),
    }
}

/// Receives requests and answers them, for ever; returns the exit status
/// when told to quit or when receiving fails.
#[cfg_attr(test, allow(dead_code))]
fn serve(store: &mut Store) -> i32 {
    let mut request: Vec<u8> = alloc::vec![0; ipc::MESSAGE_MAX];
    let mut reply = Vec::with_capacity(ipc::MESSAGE_MAX);
    loop {
        let message = match ipc::receive(&mut request) {
            Ok(message) => message,
            Err(error) => {
                eprintln!("kvd: receiving a request: {error}");
                return 1;
            }
        };
        let body = &request[..message.length];
        if !message.is_call() {
            // A one-way message gets no answer; `Q` asks the service to end.
            if body == b"Q" {
                return 0;
            }
            continue;
        }
        store.handle(body, &mut reply);
        match ipc::reply(message.sender, message.call, &reply) {
            // ESRCH: the caller ended before its answer, nothing to do.
            Err(error) if error != Error::ESRCH => {
                eprintln!("kvd: answering pid {}: {error}", message.sender);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<String> {
        line.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn the_name_defaults_to_kv_and_name_changes_it() {
        assert_eq!(service_name(&words("kvd")), Ok(Some("kv".into())));
        assert_eq!(service_name(&words("kvd --name kv2")), Ok(Some("kv2".into())));
        assert_eq!(service_name(&words("kvd --help")), Ok(None));
        assert!(service_name(&words("kvd --name")).is_err());
        assert!(service_name(&words("kvd extra")).is_err());
        assert!(service_name(&words("kvd --name a b")).is_err());
    }
}
