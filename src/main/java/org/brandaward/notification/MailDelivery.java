package org.brandaward.notification;

import org.brandaward.organisation.DemoAccounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Whether mail leaves the application. Spring Boot makes a {@link JavaMailSender} only when {@code spring.mail.host}
 * is set; without one, and in the demo (whose addresses are examples), mail is kept in the outbox for the admin to
 * read. {@code brand-award.mail.send} overrides the demo rule (a test sends to its own SMTP server).
 */
@Component
class MailDelivery {

    static final String SEND_PROPERTY = "brand-award.mail.send";

    private final ObjectProvider<JavaMailSender> sender;
    private final boolean sendWanted;

    MailDelivery(ObjectProvider<JavaMailSender> sender, Environment environment) {
        this.sender = sender;
        this.sendWanted = environment.getProperty(SEND_PROPERTY, Boolean.class, !DemoAccounts.enabled(environment));
    }

    /** The server to send through; empty when mail is kept in the outbox instead. */
    Optional<JavaMailSender> sender() {
        return sendWanted ? Optional.ofNullable(sender.getIfAvailable()) : Optional.empty();
    }

    boolean sends() {
        return sender().isPresent();
    }
}
