//! Host tests of the in-memory file system.

use super::*;
use crate::platform::testing::TestPlatform;

fn vfs() -> Vfs {
    let vfs = Vfs::new(TestPlatform::leak(b""));
    vfs.install_file("/etc/motd", b"hello\n".to_vec()).unwrap();
    vfs
}

fn write_only() -> OpenFlags {
    OpenFlags {
        write: true,
        ..OpenFlags::default()
    }
}

fn read_all(file: &OpenFile) -> Vec<u8> {
    let mut contents = Vec::new();
    let mut buffer = [0u8; 3];
    loop {
        let count = file.read(&mut buffer).unwrap();
        if count == 0 {
            return contents;
        }
        contents.extend_from_slice(&buffer[..count]);
    }
}

#[test]
fn embedded_files_appear_at_their_paths() {
    let vfs = vfs();
    let file = vfs.open("/", "/etc/motd", OpenFlags::read_only()).unwrap();
    assert_eq!(read_all(&file), b"hello\n");
    assert_eq!(vfs.stat("/etc", "motd").unwrap().size, 6);
}

#[test]
fn files_can_be_created_written_appended_and_truncated() {
    let vfs = vfs();
    let create = OpenFlags {
        create: true,
        ..write_only()
    };
    vfs.open("/", "/f", create).unwrap().write(b"one", || 0).unwrap();
    let append = OpenFlags {
        append: true,
        ..write_only()
    };
    vfs.open("/", "/f", append).unwrap().write(b"two", || 0).unwrap();
    assert_eq!(
        read_all(&vfs.open("/", "/f", OpenFlags::read_only()).unwrap()),
        b"onetwo"
    );
    let truncate = OpenFlags {
        truncate: true,
        ..write_only()
    };
    vfs.open("/", "/f", truncate).unwrap();
    assert_eq!(vfs.stat("/", "/f").unwrap().size, 0);
}

#[test]
fn exclusive_create_of_an_existing_file_fails() {
    let vfs = vfs();
    let flags = OpenFlags {
        create: true,
        exclusive: true,
        ..write_only()
    };
    assert_eq!(vfs.open("/", "/etc/motd", flags).err(), Some(Errno::EEXIST));
}

#[test]
fn writing_past_the_end_fills_with_zeros() {
    let vfs = vfs();
    let file = vfs.open("/", "/etc/motd", OpenFlags::read_write()).unwrap();
    file.seek(10, 0).unwrap();
    file.write(b"x", || 0).unwrap();
    assert_eq!(vfs.stat("/", "/etc/motd").unwrap().size, 11);
    assert_eq!(file.seek(-1, 0), Err(Errno::EINVAL));
    assert_eq!(file.seek(0, 7), Err(Errno::EINVAL));
}

#[test]
fn directories_are_made_listed_and_removed() {
    let vfs = vfs();
    vfs.mkdir("/", "/d").unwrap();
    vfs.mkdir("/d", "e").unwrap();
    assert_eq!(vfs.mkdir("/", "/d"), Err(Errno::EEXIST));
    assert_eq!(vfs.mkdir("/", "/missing/x"), Err(Errno::ENOENT));
    assert_eq!(vfs.list("/", "/d").unwrap(), ["e"]);
    assert_eq!(vfs.rmdir("/", "/d"), Err(Errno::ENOTEMPTY));
    vfs.rmdir("/", "/d/e").unwrap();
    vfs.rmdir("/", "/d").unwrap();
    assert_eq!(vfs.rmdir("/", "/"), Err(Errno::EBUSY));
    assert_eq!(vfs.rmdir("/", "/etc/motd"), Err(Errno::ENOTDIR));
}

#[test]
fn unlink_removes_files_but_not_directories() {
    let vfs = vfs();
    assert_eq!(vfs.unlink("/", "/etc"), Err(Errno::EISDIR));
    vfs.unlink("/", "/etc/motd").unwrap();
    assert_eq!(vfs.stat("/", "/etc/motd").err(), Some(Errno::ENOENT));
}

#[test]
fn rename_moves_and_replaces() {
    let vfs = vfs();
    vfs.install_file("/a", b"a".to_vec()).unwrap();
    vfs.rename("/", "/etc/motd", "/a").unwrap();
    assert_eq!(vfs.stat("/", "/a").unwrap().size, 6);
    assert_eq!(vfs.stat("/", "/etc/motd").err(), Some(Errno::ENOENT));
    vfs.mkdir("/", "/d").unwrap();
    assert_eq!(vfs.rename("/", "/d", "/d/inside"), Err(Errno::EINVAL));
    assert_eq!(vfs.rename("/", "/d", "/a"), Err(Errno::ENOTDIR));
    assert_eq!(vfs.rename("/", "/a", "/d"), Err(Errno::EISDIR));
}

#[test]
fn directories_list_in_name_order_and_refuse_writes() {
    let vfs = vfs();
    for name in ["c", "a", "b"] {
        vfs.install_file(&alloc::format!("/x/{name}"), Vec::new()).unwrap();
    }
    let directory = vfs.open("/", "/x", OpenFlags::read_only()).unwrap();
    assert_eq!(directory.next_entry(0), Err(Errno::ERANGE));
    let names: Vec<_> = core::iter::from_fn(|| directory.next_entry(16).unwrap()).collect();
    assert_eq!(names, ["a", "b", "c"]);
    assert_eq!(vfs.open("/", "/x", OpenFlags::read_write()).err(), Some(Errno::EISDIR));
    assert_eq!(
        vfs.open(
            "/",
            "/etc/motd",
            OpenFlags {
                directory: true,
                ..OpenFlags::read_only()
            }
        )
        .err(),
        Some(Errno::ENOTDIR)
    );
}

#[test]
fn devices_and_their_directories_cannot_be_moved_or_removed() {
    let vfs = vfs();
    vfs.install_device("/dev/null", alloc::rc::Rc::new(super::devices::Null))
        .unwrap();
    assert_eq!(vfs.rename("/", "/dev", "/elsewhere"), Err(Errno::EBUSY));
    assert_eq!(vfs.rename("/", "/dev/null", "/tmp-null"), Err(Errno::EBUSY));
    assert_eq!(vfs.rename("/", "/etc/motd", "/dev/null"), Err(Errno::EBUSY));
    assert_eq!(vfs.unlink("/", "/dev/null"), Err(Errno::EBUSY));
    vfs.install_file("/dev/scratch", b"x".to_vec()).unwrap();
    vfs.unlink("/", "/dev/scratch").unwrap();
    assert_eq!(vfs.stat("/", "/dev/null").unwrap().kind, NodeKind::Device);
}
