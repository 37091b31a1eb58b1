package org.brandaward.notice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.security.Roles;
import org.brandaward.ui.Messages;

import java.util.List;

/** 异议答复 — the applicant answers the grounds of an objection the office asked it to respond to; never who objected. */
@Route("objections/answers")
@RolesAllowed(Roles.APPLICANT)
class ObjectionAnswersView extends VerticalLayout implements HasDynamicTitle {

    private final ObjectionService objections;

    ObjectionAnswersView(ObjectionService objections) {
        this.objections = objections;
        show();
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("objection.answers.title")));
        List<ObjectionService.ToAnswer> open = objections.toAnswer();
        if (open.isEmpty()) {
            add(new Paragraph(getTranslation("objection.answers.none")));
        }
        for (ObjectionService.ToAnswer item : open) {
            Paragraph grounds = new Paragraph(item.grounds());
            grounds.setId("objection-grounds-" + item.objectionId());
            TextArea answer = new TextArea(getTranslation("objection.answers.answer"));
            answer.setId("objection-answer-" + item.objectionId());
            answer.setMaxLength(Objection.TEXT_MAX);
            answer.setWidthFull();
            Button send = new Button(getTranslation("objection.answers.send"), e -> {
                objections.respond(item.objectionId(), answer.getValue());
                Messages.success("objection.answers.sent");
                show();
            });
            send.setId("objection-send-" + item.objectionId());
            add(new H3(item.subject()), new Paragraph(getTranslation("objection.answers.due", item.due().toString())), grounds, answer, send);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("objection.answers.title");
    }
}
