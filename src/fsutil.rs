//! Small file-system primitives shared by storage, backups and files: a write that is
//! either complete or absent, and making a rename durable. Depends on nothing else in DHMA
//! but the error type, so that storage, backup and exchange all use it without a cycle.

use std::path::Path;

use crate::error::{Error, Result};

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, synced, then
/// renamed into place (and the rename made durable).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let tmp = dir.join(format!(
        ".{}.tmp-{}",
        path.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        std::process::id()
    ));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::io(path, &e)
    })?;
    sync_dir(dir);
    Ok(())
}

/// Makes renames and new names in `dir` durable; failing to is not an error worth stopping
/// for (the data itself is already synced).
#[cfg(unix)]
pub fn sync_dir(dir: &Path) {
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(not(unix))]
pub fn sync_dir(_dir: &Path) {}

/// `path` with `suffix` appended to its file name (`x.sqlite3` → `x.sqlite3-wal`).
pub fn with_suffix(path: &Path, suffix: &str) -> std::path::PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    std::path::PathBuf::from(s)
}

/// Maps an IO error on `path` to the error people can act on: a full disk and a read-only
/// folder are named as such.
pub fn io_error(path: &Path) -> impl Fn(std::io::Error) -> Error + '_ {
    move |e| match e.kind() {
        std::io::ErrorKind::StorageFull => Error::DiskFull {
            path: path.display().to_string(),
        },
        std::io::ErrorKind::ReadOnlyFilesystem | std::io::ErrorKind::PermissionDenied => {
            Error::ReadOnly {
                path: path.display().to_string(),
            }
        }
        _ => Error::io(path, &e),
    }
}
