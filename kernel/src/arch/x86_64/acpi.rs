//! ACPI power-off: finds the FADT through the RSDP the bootloader reports, reads
//! the PM1a control port and the S5 sleep type from the DSDT, and enters S5.

use super::{memory, port_io};

fn read_bytes<const N: usize>(physical: u64) -> Option<[u8; N]> {
    let pointer = memory::physical_to_virtual(physical)? as *const [u8; N];
    // SAFETY: `physical_to_virtual` only returns addresses inside the
    // bootloader's complete mapping of physical memory; ACPI tables are plain
    // bytes, read without alignment assumptions.
    Some(unsafe { pointer.read_unaligned() })
}

fn read_u32(physical: u64) -> Option<u32> {
    read_bytes::<4>(physical).map(u32::from_le_bytes)
}

fn read_u64(physical: u64) -> Option<u64> {
    read_bytes::<8>(physical).map(u64::from_le_bytes)
}

/// Finds the table with `signature` among the RSDT/XSDT entries.
fn find_table(rsdp: u64, signature: &[u8; 4]) -> Option<u64> {
    let header = read_bytes::<36>(rsdp)?;
    if &header[0..8] != b"RSD PTR " {
        return None;
    }
    let revision = header[15];
    let (root, entry_size) = if revision >= 2 {
        (u64::from_le_bytes(header[24..32].try_into().ok()?), 8)
    } else {
        (u64::from(u32::from_le_bytes(header[16..20].try_into().ok()?)), 4)
    };
    let length = u64::from(read_u32(root + 4)?);
    let entries = length.checked_sub(36)? / entry_size;
    for index in 0..entries.min(256) {
        let address = root + 36 + index * entry_size;
        let table = if entry_size == 8 {
            read_u64(address)?
        } else {
            u64::from(read_u32(address)?)
        };
        if read_bytes::<4>(table)? == *signature {
            return Some(table);
        }
    }
    None
}

/// The S5 sleep type from the DSDT's `_S5_` package (QEMU's is 0).
fn s5_sleep_type(dsdt: u64) -> Option<u16> {
    let length = read_u32(dsdt + 4)? as u64;
    let mut offset = 36;
    while offset + 8 < length.min(1 << 20) {
        if read_bytes::<4>(dsdt + offset)? == *b"_S5_" {
            // NameOp _S5_ PackageOp PkgLength NumElements, then the first element.
            let mut cursor = dsdt + offset + 4;
            if read_bytes::<1>(cursor)?[0] != 0x12 {
                return None;
            }
            cursor += 1;
            let package_length_bytes = (read_bytes::<1>(cursor)?[0] >> 6) as u64 + 1;
            cursor += package_length_bytes + 1;
            return match read_bytes::<2>(cursor)? {
                [0x0a, value] => Some(u16::from(value)),
                [0x00, _] => Some(0),
                [0x01, _] => Some(1),
                _ => None,
            };
        }
        offset += 1;
    }
    None
}

/// Powers off through ACPI. Returns (with the reason) only if that is not possible.
pub fn power_off(rsdp: Option<u64>) -> &'static str {
    let Some(rsdp) = rsdp else {
        return "the bootloader reported no RSDP";
    };
    let Some(fadt) = find_table(rsdp, b"FACP") else {
        return "no FADT found";
    };
    let Some(control_port) = read_u32(fadt + 64) else {
        return "the FADT is unreadable";
    };
    let dsdt = read_u32(fadt + 40).map(u64::from).unwrap_or(0);
    let sleep_type = if dsdt != 0 { s5_sleep_type(dsdt).unwrap_or(0) } else { 0 };
    if control_port == 0 || control_port > 0xffff {
        return "no PM1a control port";
    }
    const SLEEP_ENABLE: u16 = 1 << 13;
    port_io::write_u16(control_port as u16, (sleep_type << 10) | SLEEP_ENABLE);
    // The machine turns off shortly after the write; give it time before giving up.
    for _ in 0..200 {
        x86_64::instructions::hlt();
    }
    "the machine ignored the S5 request"
}
