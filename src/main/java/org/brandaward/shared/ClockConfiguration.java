package org.brandaward.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** Dates are Asia/Shanghai dates, whatever zone the server runs in. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
