package org.brandaward.notification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.security.Roles;
import org.brandaward.shared.ClockConfiguration;
import org.brandaward.ui.Messages;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * 邮件 — the outbox for the admin: to, subject, state, created, sent, error; the body of the mail picked below. Where
 * no SMTP server is configured, or in the demo, this is where mail goes instead of leaving.
 */
@Route("admin/mail")
@RolesAllowed(Roles.ADMIN)
class MailOutboxView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ClockConfiguration.ZONE);

    private final MailOutboxService outbox;
    private final Grid<OutboxMail> grid = new Grid<>();
    private final Pre body = new Pre();
    private final Button requeue = new Button(getTranslation("mail.requeue"));

    MailOutboxView(MailOutboxService outbox) {
        this.outbox = outbox;
        Paragraph mode = new Paragraph(getTranslation(outbox.sends() ? "mail.mode.sending" : "mail.mode.kept"));
        mode.setId("mail-mode");
        grid.setId("mail-outbox");
        grid.addColumn(this::to).setHeader(getTranslation("mail.to")).setAutoWidth(true);
        grid.addColumn(OutboxMail::getSubject).setHeader(getTranslation("mail.subject")).setFlexGrow(1);
        grid.addColumn(m -> getTranslation(m.getKind().labelKey())).setHeader(getTranslation("mail.kind")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("mail.state." + m.getState())).setHeader(getTranslation("mail.state")).setAutoWidth(true);
        grid.addColumn(m -> when(m.getCreatedAt())).setHeader(getTranslation("mail.created")).setAutoWidth(true);
        grid.addColumn(m -> when(m.getSentAt())).setHeader(getTranslation("mail.sent")).setAutoWidth(true);
        grid.addColumn(OutboxMail::getAttempts).setHeader(getTranslation("mail.attempts")).setAutoWidth(true);
        grid.addColumn(m -> m.getLastError() == null ? "" : m.getLastError()).setHeader(getTranslation("mail.error")).setFlexGrow(1);
        grid.setItems(query -> outbox.newest(query.getPage(), query.getPageSize()).stream());
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        body.setId("mail-body");
        body.getStyle().set("white-space", "pre-wrap");
        requeue.setId("mail-requeue");
        requeue.setVisible(false);
        requeue.addClickListener(e -> grid.asSingleSelect().getOptionalValue().ifPresent(mail -> {
            outbox.requeue(mail.getId());
            Messages.success("mail.requeued");
            grid.getDataProvider().refreshAll();
            show(null);
        }));
        add(new H2(getTranslation("mail.title")), mode, grid, requeue, body);
    }

    private String to(OutboxMail mail) {
        String address = mail.getRecipient() == null ? getTranslation("mail.noAddress") : mail.getRecipient();
        return mail.getRecipientAccount() == null ? address : address + "（" + mail.getRecipientAccount() + "）";
    }

    private void show(OutboxMail mail) {
        body.setText(mail == null ? "" : mail.getSubject() + "\n\n" + mail.getBody());
        requeue.setVisible(mail != null && mail.getState() == MailState.FAILED);
    }

    private static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.title");
    }
}
