//! ACPI power-off: finds the FADT through the RSDP the bootloader reports, reads
//! the PM1a control port and the S5 sleep type from the DSDT, and enters S5.
//! The port comes from firmware, so it is checked before the kernel writes it.

use super::memory;
use super::port_io::Port;

/// The port ranges the kernel drives itself, each with the reason given when
/// the FADT names it as the ACPI control port: such a table is wrong, and
/// writing there would upset that device instead of powering off.
const KERNEL_PORTS: &[(u16, u16, &str)] = &[
    (0x20, 0x21, "the PM1a control port is the first PIC's"),
    (0x40, 0x43, "the PM1a control port is the PIT's"),
    (0x60, 0x64, "the PM1a control port is the PS/2 controller's"),
    (0x70, 0x71, "the PM1a control port is the CMOS clock's"),
    (0xa0, 0xa1, "the PM1a control port is the second PIC's"),
    (0xf4, 0xf7, "the PM1a control port is QEMU's debug exit"),
    (0x3f8, 0x3ff, "the PM1a control port is COM1's"),
];

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

/// Checks the PM1a control port read from the FADT: a 16-bit register, so
/// it and the port after it must lie in the I/O space and belong to no
/// device the kernel drives. Returns the port number, or why it is refused.
pub fn check_pm1a_control_port(port: u32) -> Result<u16, &'static str> {
    if port == 0 {
        return Err("the FADT names no PM1a control port");
    }
    let Some(first) = u16::try_from(port).ok().filter(|first| *first < u16::MAX) else {
        return Err("the FADT's PM1a control port lies outside the I/O space");
    };
    let last = first + 1;
    for &(start, end, reason) in KERNEL_PORTS {
        if first <= end && start <= last {
            return Err(reason);
        }
    }
    Ok(first)
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
    let control_port = match check_pm1a_control_port(control_port) {
        Ok(number) => number,
        Err(reason) => return reason,
    };
    let dsdt = read_u32(fadt + 40).map(u64::from).unwrap_or(0);
    let sleep_type = if dsdt != 0 { s5_sleep_type(dsdt).unwrap_or(0) } else { 0 };
    // SAFETY: the FADT names this port as the PM1a control register, whose
    // only effect is the machine's sleep state, and `check_pm1a_control_port`
    // ruled out the I/O space's edges and every port another driver owns.
    let control: Port<u16> = unsafe { Port::new(control_port) };
    const SLEEP_ENABLE: u16 = 1 << 13;
    control.write((sleep_type << 10) | SLEEP_ENABLE);
    // The machine turns off shortly after the write; give it time before giving up.
    for _ in 0..200 {
        x86_64::instructions::hlt();
    }
    "the machine ignored the S5 request"
}
