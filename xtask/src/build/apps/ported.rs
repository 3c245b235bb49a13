//! C programs ported from sources fetched from crates.io: an app whose
//! `Cargo.toml` has a `[package.metadata.wasmos]` table names a dependency and
//! the C files to take from it. Cargo only fetches the crate (it is never
//! built); its C files, every `*.c` of the app folder and our C library are
//! compiled and linked by xtask.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use serde::Deserialize;

use super::clang::{self, Library, SourceGroup};
use super::App;
use crate::util::files::{self, modified, newest_under, up_to_date};

/// Where a ported C program's sources come from, read from the
/// `[package.metadata.wasmos]` table of its `Cargo.toml`:
///
/// ```toml
/// crate = "lua-src"            # a dependency of the manifest
/// directory = "lua-5.4.9"      # the folder inside that crate with the C files
/// exclude = ["lua.c", "luac.c"] # file names not to compile
/// include = "wasmos_lua.h"     # forced into every file (-include), from the app folder
/// cflags = ["-DLUA_COMPAT_MATHLIB"] # further compiler flags
/// ```
#[derive(Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrateSources {
    /// The crate whose files are compiled.
    #[serde(rename = "crate")]
    pub crate_name: String,
    /// The folder inside the crate.
    pub directory: String,
    /// File names left out.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// A header of the app folder forced into every file.
    pub include: Option<String>,
    /// Further compiler flags.
    #[serde(default, rename = "cflags")]
    pub compiler_flags: Vec<String>,
}

/// The parts of a manifest read here.
#[derive(Deserialize)]
struct Manifest {
    package: Option<Package>,
}

#[derive(Deserialize)]
struct Package {
    metadata: Option<PackageMetadata>,
}

#[derive(Deserialize)]
struct PackageMetadata {
    wasmos: Option<toml::Value>,
}

/// The `[package.metadata.wasmos]` table of a manifest's text, if it has one.
fn wasmos_table(manifest: &str) -> Result<Option<toml::Value>> {
    let manifest: Manifest = toml::from_str(manifest)?;
    Ok(manifest
        .package
        .and_then(|package| package.metadata)
        .and_then(|metadata| metadata.wasmos))
}

/// Whether a manifest's text makes its folder a ported C program.
pub fn is_ported(manifest: &str) -> bool {
    wasmos_table(manifest).is_ok_and(|table| table.is_some())
}

impl CrateSources {
    /// Reads the `[package.metadata.wasmos]` table from a manifest's text.
    pub fn parse(manifest: &str) -> Result<CrateSources> {
        let table = wasmos_table(manifest)?.context("no [package.metadata.wasmos] table")?;
        table
            .try_into()
            .context("in [package.metadata.wasmos] (keys: crate, directory, exclude, include, cflags)")
    }
}

/// The folder in Cargo's registry cache holding `crate_name`, as resolved for
/// the app's manifest (`cargo metadata` downloads it when missing). The answer
/// is cached in `cache` until the manifest or its lock file changes.
fn crate_directory(app: &App, crate_name: &str, cache: &Path) -> Result<PathBuf> {
    let manifest = app.directory.join("Cargo.toml");
    let manifest_time = modified(&manifest).max(modified(&app.directory.join("Cargo.lock")));
    if up_to_date(cache, manifest_time) {
        if let Ok(cached) = std::fs::read_to_string(cache) {
            let directory = PathBuf::from(cached.trim());
            if directory.is_dir() {
                return Ok(directory);
            }
        }
    }
    let metadata = cargo_metadata::MetadataCommand::new()
        .manifest_path(&manifest)
        .current_dir(crate::root())
        .exec()
        .with_context(|| format!("`{}`: cargo could not fetch `{crate_name}`", app.label))?;
    let directory = metadata
        .packages
        .iter()
        .find(|package| package.name.as_str() == crate_name)
        .and_then(|package| package.manifest_path.parent())
        .map(|directory| directory.as_std_path().to_path_buf())
        .with_context(|| {
            format!(
                "`{}`: `{crate_name}` is not a dependency of {}",
                app.label,
                manifest.display()
            )
        })?;
    files::write(cache, directory.display().to_string())?;
    Ok(directory)
}

/// A ported app's configuration and where its crate's sources are.
struct Port {
    config: CrateSources,
    source_directory: PathBuf,
}

fn locate(app: &App) -> Result<Port> {
    let manifest = app.directory.join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest).with_context(|| format!("reading {}", manifest.display()))?;
    let config = CrateSources::parse(&text).with_context(|| format!("{}", manifest.display()))?;
    let cache = app.object_directory().join("crate-directory");
    let crate_root = crate_directory(app, &config.crate_name, &cache)?;
    let source_directory = crate_root.join(&config.directory);
    if !source_directory.is_dir() {
        bail!(
            "`{}`: no folder `{}` in {}",
            app.label,
            config.directory,
            crate_root.display()
        );
    }
    Ok(Port {
        config,
        source_directory,
    })
}

/// The compiler flags of a ported app: ours, its folder and the crate's on the
/// include path, its forced header and its own flags.
fn port_flags(app: &App, port: &Port) -> (&'static str, Vec<String>) {
    let (compiler, mut flags) = clang::language_flags(false);
    flags.push(format!("-I{}", app.directory.display()));
    flags.push(format!("-I{}", port.source_directory.display()));
    if let Some(include) = &port.config.include {
        flags.push("-include".into());
        flags.push(app.directory.join(include).display().to_string());
    }
    flags.extend(port.config.compiler_flags.iter().cloned());
    (compiler, flags)
}

/// The app folder's own C files (not the crate's), compiled as the build does.
pub fn own_sources(app: &App) -> Result<SourceGroup> {
    let port = locate(app)?;
    let (compiler, flags) = port_flags(app, &port);
    Ok(SourceGroup {
        what: format!("`{}`", app.label),
        compiler,
        flags,
        sources: files::files_under(&app.directory, &[".c"]),
    })
}

/// Builds a ported app; returns whether anything was rebuilt.
pub fn build(app: &App, libc: &Library) -> Result<bool> {
    let root = crate::root();
    let port = locate(app)?;
    let source_directory = &port.source_directory;
    // The app folder holds the forced header and the flags, so it counts as a header.
    let headers = newest_under(&root.join("stdlib/c/include"), &[])
        .max(newest_under(&app.directory, &[]))
        .max(newest_under(source_directory, &[".h"]));
    let newest_input = headers.max(newest_under(source_directory, &[".c"])).max(libc.newest);
    if up_to_date(&app.output_path(), newest_input) {
        return Ok(false);
    }
    let (compiler, flags) = port_flags(app, &port);
    let crate_sources = SourceGroup {
        what: format!("`{}`", app.label),
        compiler,
        flags: flags.clone(),
        sources: files::files_under(source_directory, &[".c"])
            .into_iter()
            .filter(|source| {
                let name = source.file_name().map(|name| name.to_string_lossy().into_owned());
                !port
                    .config
                    .exclude
                    .iter()
                    .any(|excluded| Some(excluded) == name.as_ref())
            })
            .collect(),
    };
    let app_sources = SourceGroup {
        what: crate_sources.what.clone(),
        compiler,
        flags,
        sources: files::files_under(&app.directory, &[".c"]),
    };
    let objects = app.object_directory();
    clang::build_ported(
        &[
            (&crate_sources, source_directory, objects.join("crate")),
            (&app_sources, &app.directory, objects.clone()),
        ],
        headers,
        libc,
        &app.output_path(),
    )?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crate_sources_are_read_from_the_manifest_table() {
        let manifest = "[package]\nname = \"x\"\n\n[package.metadata.wasmos]\ncrate = \"lua-src\" # the crate\ndirectory = \"lua-5.4.9\"\nexclude = [\"lua.c\", \"luac.c\"]\ninclude = \"port.h\"\n\n[dependencies]\nname = \"y\"\n";
        let sources = CrateSources::parse(manifest).unwrap();
        assert_eq!(
            sources,
            CrateSources {
                crate_name: "lua-src".into(),
                directory: "lua-5.4.9".into(),
                exclude: vec!["lua.c".into(), "luac.c".into()],
                include: Some("port.h".into()),
                compiler_flags: vec![],
            }
        );
        assert!(CrateSources::parse("[package.metadata.wasmos]\ncrate = \"x\"\n").is_err());
        assert!(
            CrateSources::parse("[package.metadata.wasmos]\ncrate = \"x\"\ndirectory = \"d\"\nsurprise = 1\n").is_err()
        );
    }

    #[test]
    fn only_manifests_with_the_table_are_ported_programs() {
        assert!(is_ported("[package]\n[package.metadata.wasmos]\n"));
        assert!(!is_ported("[package]\nname = \"x\"\n"));
        assert!(!is_ported("not toml ["));
    }
}
