package org.brandaward.reliability;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test of the whole application on the reliability tests' own database ({@link ReliabilityDatabase}): one context
 * for all of them, with an engine of its own name (the other tests' context runs in the same JVM) and, as in every
 * test, its job executor off: the nodes the tests start in processes of their own do the work.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"camunda.bpm.process-engine-name=reliability", "spring.jmx.enabled=false"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = ReliabilityDatabase.class)
@interface ReliabilityTest {
}
