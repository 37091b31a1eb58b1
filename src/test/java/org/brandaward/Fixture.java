package org.brandaward;

import org.springframework.stereotype.Component;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A feature's test fixture: a bean beside the feature's tests, in its package, that builds the people and records a
 * test needs through the real services (so a service need not be public for the fixture alone). Fixtures act as the
 * role that would really do each step and say in their documentation who is signed in when they return.
 *
 * <p>Every test class uses rounds of its own year ({@code RoundFixtures.round(year)}), never another class's: the
 * tests share one database for the whole run, and a round's quotas, rankings and committee are per programme and year.
 * Take a year no other test class uses ({@code grep -rn "round(20" src/test}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Component
public @interface Fixture {
}
