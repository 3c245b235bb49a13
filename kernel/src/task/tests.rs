//! Host tests of the scheduler: round robin, blocking and waking, deadlines,
//! stopping and continuing, abandoning.

use super::*;
use alloc::rc::Rc;
use alloc::vec::Vec;
use core::cell::RefCell;

fn run_all(scheduler: &Scheduler, clock: &Cell<u64>) {
    let now = || {
        clock.set(clock.get() + 1);
        clock.get()
    };
    let mut idle_rounds = 0;
    while scheduler.task_count() > 0 {
        if scheduler.run_once(&now).is_none() {
            let next = scheduler.expire_timers(clock.get());
            match next {
                Some(deadline) => clock.set(deadline),
                None => {
                    idle_rounds += 1;
                    assert!(idle_rounds < 3, "every task is blocked for ever");
                }
            }
        }
    }
}

#[test]
fn ready_tasks_take_turns_round_robin() {
    let scheduler = Rc::new(Scheduler::new());
    let log = Rc::new(RefCell::new(Vec::new()));
    for id in 1..=3u32 {
        let (scheduler_in, log_in) = (scheduler.clone(), log.clone());
        scheduler
            .spawn(
                id,
                Box::new(move || {
                    for round in 0..2 {
                        log_in.borrow_mut().push((id, round));
                        scheduler_in.yield_now();
                    }
                }),
            )
            .unwrap();
    }
    run_all(&scheduler, &Cell::new(0));
    assert_eq!(*log.borrow(), [(1, 0), (2, 0), (3, 0), (1, 1), (2, 1), (3, 1)]);
    assert_eq!(scheduler.task_count(), 0);
}

#[test]
fn a_blocked_task_runs_again_only_when_woken() {
    let scheduler = Rc::new(Scheduler::new());
    let queue = Rc::new(WaitQueue::new());
    let log = Rc::new(RefCell::new(Vec::new()));
    let (s1, q1, l1) = (scheduler.clone(), queue.clone(), log.clone());
    scheduler
        .spawn(
            1,
            Box::new(move || {
                l1.borrow_mut().push("waiting");
                q1.wait(&s1, None);
                l1.borrow_mut().push("woken");
            }),
        )
        .unwrap();
    let (s2, q2, l2) = (scheduler.clone(), queue.clone(), log.clone());
    scheduler
        .spawn(
            2,
            Box::new(move || {
                for _ in 0..3 {
                    s2.yield_now();
                }
                l2.borrow_mut().push("waking");
                q2.wake_all(&s2);
            }),
        )
        .unwrap();
    run_all(&scheduler, &Cell::new(0));
    assert_eq!(*log.borrow(), ["waiting", "waking", "woken"]);
    assert!(queue.is_empty());
}

#[test]
fn a_deadline_wakes_a_blocked_task() {
    let scheduler = Rc::new(Scheduler::new());
    let woke_at = Rc::new(Cell::new(0));
    let clock = Rc::new(Cell::new(0u64));
    let (s, w, c) = (scheduler.clone(), woke_at.clone(), clock.clone());
    scheduler
        .spawn(
            1,
            Box::new(move || {
                s.block(Some(1_000_000));
                w.set(c.get());
            }),
        )
        .unwrap();
    run_all(&scheduler, &clock);
    assert!(woke_at.get() >= 1_000_000);
}

#[test]
fn a_stopped_task_is_not_scheduled_until_continued() {
    let scheduler = Rc::new(Scheduler::new());
    let count = Rc::new(Cell::new(0));
    let (s, c) = (scheduler.clone(), count.clone());
    scheduler
        .spawn(
            1,
            Box::new(move || {
                for _ in 0..10 {
                    c.set(c.get() + 1);
                    s.yield_now();
                    s.park_if_stopped();
                }
            }),
        )
        .unwrap();
    let (s, c) = (scheduler.clone(), count.clone());
    scheduler
        .spawn(
            2,
            Box::new(move || {
                s.yield_now();
                s.stop(1);
                let seen = c.get();
                for _ in 0..5 {
                    s.yield_now();
                }
                assert_eq!(c.get(), seen, "a stopped task ran");
                s.resume_stopped(1);
            }),
        )
        .unwrap();
    run_all(&scheduler, &Cell::new(0));
    assert_eq!(count.get(), 10);
}

#[test]
fn a_blocked_task_can_be_abandoned() {
    let scheduler = Rc::new(Scheduler::new());
    let (s, queue) = (scheduler.clone(), Rc::new(WaitQueue::new()));
    let q = queue.clone();
    scheduler
        .spawn(
            7,
            Box::new(move || {
                q.wait(&s, None);
                unreachable!("an abandoned task ran again");
            }),
        )
        .unwrap();
    let now = || 0;
    assert_eq!(scheduler.run_once(&now), Some((7, false)));
    assert_eq!(scheduler.task(7).unwrap().state(), TaskState::Blocked);
    scheduler.remove(7);
    assert_eq!(scheduler.task_count(), 0);
    queue.wake_all(&scheduler);
    assert_eq!(scheduler.run_once(&now), None);
}

#[test]
fn a_task_stopped_while_running_parks_at_its_next_yield() {
    let scheduler = Rc::new(Scheduler::new());
    let count = Rc::new(Cell::new(0));
    let (s, c) = (scheduler.clone(), count.clone());
    scheduler
        .spawn(
            1,
            Box::new(move || {
                for _ in 0..4 {
                    c.set(c.get() + 1);
                    if c.get() == 2 {
                        s.stop(1);
                    }
                    s.yield_now();
                }
            }),
        )
        .unwrap();
    let (s, c) = (scheduler.clone(), count.clone());
    scheduler
        .spawn(
            2,
            Box::new(move || {
                for _ in 0..5 {
                    s.yield_now();
                }
                assert_eq!(c.get(), 2, "a stopped task ran");
                s.resume_stopped(1);
            }),
        )
        .unwrap();
    run_all(&scheduler, &Cell::new(0));
    assert_eq!(count.get(), 4);
}
