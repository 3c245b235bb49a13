//! `poll_oneoff`: waits until a clock subscription's time comes or a
//! descriptor is ready to read or write, whichever is first, blocking the
//! task on every descriptor's wait queue with the earliest deadline.

use alloc::rc::Rc;
use alloc::vec::Vec;

use super::layout::{self, u32_at, u64_at, EVENT_SIZE, SUBSCRIPTION_SIZE};
use super::{capability, errno, rights, Done};
use crate::abi::guest::{self, Guest};
use crate::abi::Context;
use crate::errno::{Errno, KernelResult};
use crate::task::WaitQueue;
use crate::vfs::{NodeKind, OpenFile};

/// `eventtype`.
const EVENT_CLOCK: u8 = 0;
const EVENT_FD_READ: u8 = 1;
const EVENT_FD_WRITE: u8 = 2;

/// `subclockflags`: the timeout is an absolute time on the clock.
const ABSOLUTE_TIME: u16 = 1;

/// The most subscriptions one call takes.
const MOST_SUBSCRIPTIONS: usize = 4096;

/// One subscription, decoded.
enum Subscription {
    /// Fires when the monotonic clock reaches the deadline (or at once with an error).
    Clock {
        userdata: u64,
        deadline: Result<u64, Errno>,
    },
    /// Fires when the descriptor is ready (or at once with an error).
    Descriptor {
        userdata: u64,
        kind: u8,
        file: Result<Rc<OpenFile>, Errno>,
    },
}

fn decode(context: &Context, record: &[u8]) -> KernelResult<Subscription> {
    let userdata = u64_at(record, 0);
    let platform = context.system.platform;
    match record[8] {
        EVENT_CLOCK => {
            let id = u32_at(record, 16);
            let timeout = u64_at(record, 24);
            let absolute = u16::from_le_bytes([record[40], record[41]]) & ABSOLUTE_TIME != 0;
            let now = platform.monotonic_ns();
            let deadline = match (id, absolute) {
                // Realtime deadlines are turned into monotonic ones now.
                (0, true) => {
                    let wall = u64::try_from(platform.wall_clock_ns()).unwrap_or(0);
                    Ok(now.saturating_add(timeout.saturating_sub(wall)))
                }
                (0 | 1, false) => Ok(now.saturating_add(timeout)),
                (1, true) => Ok(timeout),
                // CPU-time clocks do not move while the process waits.
                (2 | 3, _) => Err(Errno::ENOTSUP),
                _ => Err(Errno::EINVAL),
            };
            Ok(Subscription::Clock { userdata, deadline })
        }
        kind @ (EVENT_FD_READ | EVENT_FD_WRITE) => {
            let fd = u32_at(record, 16).cast_signed();
            let file = context.process.fds.borrow().get(fd).and_then(|file| {
                if capability(&context.process, fd, &file).rights_base & rights::POLL_FD_READWRITE == 0 {
                    Err(Errno::ENOTCAPABLE)
                } else {
                    Ok(file)
                }
            });
            Ok(Subscription::Descriptor { userdata, kind, file })
        }
        _ => Err(Errno::EINVAL),
    }
}

/// Bytes that can be read from `file` without waiting, as far as is known.
fn readable_bytes(file: &OpenFile) -> u64 {
    match file.node().kind() {
        NodeKind::File => file.metadata().size.saturating_sub(file.offset()),
        _ if file.is_snapshot() => file.metadata().size.saturating_sub(file.offset()),
        _ => 1,
    }
}

pub(super) fn poll_oneoff(
    context: &Context,
    guest: &mut Guest,
    subscriptions: i32,
    events: i32,
    count: i32,
    written: i32,
) -> KernelResult<Done> {
    let count = usize::try_from(count).map_err(|_| Errno::EINVAL)?;
    if count == 0 || count > MOST_SUBSCRIPTIONS {
        return Err(Errno::EINVAL);
    }
    let records = guest.read_at(guest::unsigned(subscriptions)?, count * SUBSCRIPTION_SIZE)?;
    let events_at = guest::unsigned(events)?;
    guest.check_room(events, count * EVENT_SIZE)?;
    guest.check_room(written, 4)?;
    let subscriptions = records
        .as_chunks::<SUBSCRIPTION_SIZE>()
        .0
        .iter()
        .map(|record| decode(context, record))
        .collect::<KernelResult<Vec<_>>>()?;
    let platform = context.system.platform;
    loop {
        let now = platform.monotonic_ns();
        let mut fired: Vec<u8> = Vec::new();
        let mut queues: Vec<Rc<OpenFile>> = Vec::new();
        let mut earliest: Option<u64> = None;
        for subscription in &subscriptions {
            match subscription {
                Subscription::Clock { userdata, deadline } => match deadline {
                    Err(error) => fired.extend_from_slice(&event(*userdata, *error, EVENT_CLOCK)),
                    Ok(deadline) if now >= *deadline => {
                        fired.extend_from_slice(&layout::event(*userdata, 0, EVENT_CLOCK, 0, false));
                    }
                    Ok(deadline) => earliest = Some(earliest.map_or(*deadline, |earliest| earliest.min(*deadline))),
                },
                Subscription::Descriptor { userdata, kind, file } => match file {
                    Err(error) => fired.extend_from_slice(&event(*userdata, *error, *kind)),
                    Ok(file) => {
                        let readiness = file.node().readiness();
                        let ready = if *kind == EVENT_FD_READ {
                            readiness.readable
                        } else {
                            readiness.writable
                        };
                        if ready || readiness.hung_up {
                            let bytes = if *kind == EVENT_FD_READ {
                                readable_bytes(file)
                            } else {
                                0
                            };
                            fired.extend_from_slice(&layout::event(*userdata, 0, *kind, bytes, readiness.hung_up));
                        } else if file.node().wait_queue().is_some() {
                            queues.push(file.clone());
                        }
                    }
                },
            }
        }
        if !fired.is_empty() {
            guest.write_at(events_at, &fired)?;
            let written_count = u32::try_from(fired.len() / EVENT_SIZE).map_err(|_| Errno::EOVERFLOW)?;
            guest.write(written, &written_count.to_le_bytes())?;
            return Ok(Done);
        }
        let waits: Vec<&WaitQueue> = queues.iter().filter_map(|file| file.node().wait_queue()).collect();
        if waits.is_empty() && earliest.is_none() {
            // Nothing could ever fire (descriptors that never block are always ready).
            return Err(Errno::EINVAL);
        }
        context.system.block_on_any(&context.process, &waits, earliest)?;
    }
}

/// An event that reports `error` at once.
fn event(userdata: u64, error: Errno, kind: u8) -> [u8; EVENT_SIZE] {
    layout::event(
        userdata,
        u16::try_from(errno(error)).unwrap_or(u16::MAX),
        kind,
        0,
        false,
    )
}
