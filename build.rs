//! Gives the build an identity of its sources (`SOURCE_ID`), the app's and the model's,
//! so the app can ask for its file worker by an address of this build's own
//! (`components::browser`): a worker cached from an older build is never used with a
//! newer app.

use std::hash::{DefaultHasher, Hasher};
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=model/src");
    println!("cargo:rerun-if-changed=Cargo.lock");
    let mut hasher = DefaultHasher::new();
    hash_tree(Path::new("src"), &mut hasher);
    hash_tree(Path::new("model/src"), &mut hasher);
    hasher.write(&std::fs::read("Cargo.lock").unwrap_or_default());
    println!("cargo:rustc-env=SOURCE_ID={:016x}", hasher.finish());
}

/// Every file under `folder`, in name order: its path and its bytes.
fn hash_tree(folder: &Path, hasher: &mut DefaultHasher) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    let mut paths: Vec<_> = entries
        .filter_map(|entry| Some(entry.ok()?.path()))
        .collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            hash_tree(&path, hasher);
        } else {
            hasher.write(path.to_string_lossy().as_bytes());
            hasher.write(&std::fs::read(&path).unwrap_or_default());
        }
    }
}
