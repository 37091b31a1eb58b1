package org.brandaward.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox's sender and the deadline reminders run on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationScheduling {
}
