package org.brandaward.security;

import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused by {@link LoginThrottle} before its password was looked at. A {@link LockedException}, so the
 * login page can tell it from a wrong password (no account is ever locked otherwise).
 */
public class SignInThrottledException extends LockedException {

    SignInThrottledException() {
        super("too many failed sign-ins");
    }
}
