//! Path resolution: turning what an app passes into checked, absolute components.

use alloc::string::{String, ToString};
use alloc::vec::Vec;

use crate::errno::{Errno, KernelResult};

/// The longest path the kernel accepts, in bytes.
pub const PATH_MAX: usize = 4096;
/// The longest single component, in bytes.
pub const NAME_MAX: usize = 255;

/// Resolves `path` against the absolute directory `cwd` into normalised
/// components (no `.`, `..` or empty parts). `..` at the root stays at the root.
pub fn resolve(cwd: &str, path: &str) -> KernelResult<Vec<String>> {
    if path.is_empty() {
        return Err(Errno::ENOENT);
    }
    if path.len() > PATH_MAX {
        return Err(Errno::ENAMETOOLONG);
    }
    if path.contains('\0') {
        return Err(Errno::EINVAL);
    }
    let mut components: Vec<String> = Vec::new();
    let start = if path.starts_with('/') { "" } else { cwd };
    for part in start.split('/').chain(path.split('/')) {
        match part {
            "" | "." => {}
            ".." => {
                components.pop();
            }
            name => {
                if name.len() > NAME_MAX {
                    return Err(Errno::ENAMETOOLONG);
                }
                components.push(name.to_string());
            }
        }
    }
    Ok(components)
}

/// Joins components back into an absolute path (`/` for none).
pub fn join(components: &[String]) -> String {
    if components.is_empty() {
        return "/".to_string();
    }
    let mut path = String::new();
    for component in components {
        path.push('/');
        path.push_str(component);
    }
    path
}

/// Validates guest bytes as a UTF-8 path.
pub fn from_guest_bytes(bytes: &[u8]) -> KernelResult<&str> {
    if bytes.len() > PATH_MAX {
        return Err(Errno::ENAMETOOLONG);
    }
    core::str::from_utf8(bytes).map_err(|_| Errno::EINVAL)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_resolve_against_the_working_directory() {
        assert_eq!(
            resolve("/home/user", "docs/a.txt").unwrap(),
            ["home", "user", "docs", "a.txt"]
        );
    }

    #[test]
    fn dot_dot_at_the_root_stays_at_the_root() {
        assert_eq!(resolve("/", "../../etc/./motd").unwrap(), ["etc", "motd"]);
        assert_eq!(join(&resolve("/a", "..").unwrap()), "/");
    }

    #[test]
    fn bad_paths_are_refused() {
        assert_eq!(resolve("/", ""), Err(Errno::ENOENT));
        assert_eq!(resolve("/", &"a".repeat(256)), Err(Errno::ENAMETOOLONG));
        assert_eq!(resolve("/", &"a/".repeat(3000)), Err(Errno::ENAMETOOLONG));
        assert_eq!(from_guest_bytes(&[0xff, 0xfe]), Err(Errno::EINVAL));
    }
}
