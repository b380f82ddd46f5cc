"""Ctrl-C during a cluster stage is taken between polls: the first press is noted and
raised by the loop where it looks, a second press raises at once."""

from __future__ import annotations

import os
import signal
import threading

import pytest

from benchmark.cluster.interrupt import deferred_interrupt


def press_ctrl_c() -> None:
    os.kill(os.getpid(), signal.SIGINT)  # the handler runs before os.kill returns


def test_the_first_ctrl_c_is_noted_not_raised_until_the_loop_checks():
    with deferred_interrupt() as interrupt:
        interrupt.check()  # nothing pressed yet: no exception
        press_ctrl_c()
        assert interrupt.asked.is_set()
        with pytest.raises(KeyboardInterrupt):
            interrupt.check()


def test_a_second_ctrl_c_raises_at_once():
    with deferred_interrupt(), pytest.raises(KeyboardInterrupt):
        press_ctrl_c()
        press_ctrl_c()


def test_the_previous_handler_is_back_afterwards():
    # Python's own handler, whatever the test runner installed (xdist workers change it).
    runner = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with deferred_interrupt():
            assert signal.getsignal(signal.SIGINT) is not signal.default_int_handler
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
        with pytest.raises(KeyboardInterrupt):  # the default handler raises again
            press_ctrl_c()
    finally:
        signal.signal(signal.SIGINT, runner)


def test_outside_the_main_thread_no_handler_is_installed():
    seen = {}

    def in_thread() -> None:
        with deferred_interrupt() as interrupt:
            seen["handler"] = signal.getsignal(signal.SIGINT)
            seen["asked"] = interrupt.asked.is_set()

    before = signal.getsignal(signal.SIGINT)
    thread = threading.Thread(target=in_thread)
    thread.start()
    thread.join()
    assert seen == {"handler": before, "asked": False}
